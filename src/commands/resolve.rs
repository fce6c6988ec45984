//! Turns a KEY argument into a key: a full hash goes straight to the API; anything else is
//! matched against every key (disabled and expired too) by exact name or unique hash prefix.

use super::list;
use crate::api::types::{Key, ListQuery};
use crate::api::Client;
use crate::error::{Error, Kind, Result};
use crate::render::format::short_hash;
use crate::render::sanitize::for_terminal;
use crate::validate::is_full_hash;

/// The shortest hash prefix accepted, so that a short word is not mistaken for a prefix.
const MIN_PREFIX: usize = 6;

/// Resolves one selector and fetches the key.
pub fn one(client: &Client, selector: &str) -> Result<Key> {
    let mut keys = keys(client, &[selector.to_string()])?;
    Ok(keys.remove(0))
}

/// Resolves every selector, before anything is changed, to a key with its details
/// (a full hash is fetched with a GET).
pub fn keys(client: &Client, selectors: &[String]) -> Result<Vec<Key>> {
    let mut listing = Listing::new(client);
    selectors
        .iter()
        .map(|selector| match full_hash(selector) {
            Some(hash) => client.get_key(&hash),
            None => listing.pick(selector).cloned(),
        })
        .collect()
}

/// Resolves every selector to a hash only: a full hash needs no request at all.
pub fn hashes(client: &Client, selectors: &[String]) -> Result<Vec<String>> {
    let mut listing = Listing::new(client);
    selectors
        .iter()
        .map(|selector| match full_hash(selector) {
            Some(hash) => Ok(hash),
            None => listing.pick(selector).map(|key| key.hash().to_string()),
        })
        .collect()
}

fn full_hash(selector: &str) -> Option<String> {
    is_full_hash(selector).then(|| selector.to_ascii_lowercase())
}

/// Every key of the account, listed on first need and at most once per command.
struct Listing<'c> {
    client: &'c Client,
    keys: Option<Vec<Key>>,
}

impl<'c> Listing<'c> {
    fn new(client: &'c Client) -> Self {
        Listing { client, keys: None }
    }

    fn pick(&mut self, selector: &str) -> Result<&Key> {
        if self.keys.is_none() {
            self.keys = Some(list::collect(
                self.client,
                &ListQuery::everything(None),
                0,
                None,
            )?);
        }
        pick(self.keys.as_deref().unwrap_or_default(), selector)
    }
}

/// Finds the one key a selector names among `keys`.
fn pick<'k>(keys: &'k [Key], selector: &str) -> Result<&'k Key> {
    let prefix = selector.to_ascii_lowercase();
    let usable_prefix = prefix.len() >= MIN_PREFIX && prefix.chars().all(|c| c.is_ascii_hexdigit());
    let matches: Vec<&Key> = keys
        .iter()
        .filter(|key| key.name() == selector || (usable_prefix && key.hash().starts_with(&prefix)))
        .collect();
    match matches.as_slice() {
        [key] => Ok(key),
        [] => Err(Error::new(
            Kind::NotFound,
            format!(
                "no key is named '{}' or has a hash starting with it",
                for_terminal(selector)
            ),
        )
        .with_hint("run `orkeys list --include-disabled --include-expired` to see every key")),
        several => {
            let candidates: Vec<String> = several
                .iter()
                .map(|key| {
                    format!(
                        "  {}  {}  created {}{}",
                        for_terminal(key.name()),
                        short_hash(key.hash()),
                        key.fields.created_at.as_deref().unwrap_or("-"),
                        if key.fields.disabled.unwrap_or(false) {
                            "  disabled"
                        } else {
                            ""
                        }
                    )
                })
                .collect();
            Err(Error::new(
                Kind::Ambiguous,
                format!(
                    "'{}' matches {} keys:\n{}",
                    for_terminal(selector),
                    several.len(),
                    candidates.join("\n")
                ),
            )
            .with_hint("name the key by its hash (or a longer hash prefix)"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys() -> Vec<Key> {
        [
            ("aaaaaa1111", "prod"),
            ("aaaaaa2222", "ci"),
            ("bbbbbb3333", "ci"),
            ("cccccc4444", "cccccc"),
        ]
        .into_iter()
        .map(|(hash, name)| {
            Key::from_value(json!({"hash": hash, "name": name}))
                .unwrap_or_else(|e| unreachable!("{e}"))
        })
        .collect()
    }

    #[test]
    fn exact_names_and_unique_prefixes_resolve() {
        let keys = keys();
        assert_eq!(pick(&keys, "prod").map(Key::hash).ok(), Some("aaaaaa1111"));
        assert_eq!(
            pick(&keys, "bbbbbb").map(Key::hash).ok(),
            Some("bbbbbb3333")
        );
        assert_eq!(
            pick(&keys, "AAAAAA2").map(Key::hash).ok(),
            Some("aaaaaa2222")
        );
    }

    #[test]
    fn ambiguity_and_absence_are_reported() {
        let keys = keys();
        let both = pick(&keys, "ci").expect_err("two keys are named ci");
        assert_eq!(both.kind, Kind::Ambiguous);
        assert!(both.message.contains("aaaaaa2222") && both.message.contains("bbbbbb3333"));
        assert_eq!(
            pick(&keys, "aaaaaa").map_err(|e| e.kind).err(),
            Some(Kind::Ambiguous)
        );
        assert_eq!(
            pick(&keys, "staging").map_err(|e| e.kind).err(),
            Some(Kind::NotFound)
        );
        // Too short to be taken as a prefix.
        assert_eq!(
            pick(&keys, "bbbbb").map_err(|e| e.kind).err(),
            Some(Kind::NotFound)
        );
    }

    #[test]
    fn a_name_that_is_also_a_prefix_of_the_same_key_is_one_match() {
        let keys = keys();
        assert_eq!(
            pick(&keys, "cccccc").map(Key::hash).ok(),
            Some("cccccc4444")
        );
    }
}
