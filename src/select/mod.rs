//! Turns KEY arguments into keys. A full hash goes straight to the API; anything else is
//! matched by exact name or unique hash prefix against every key of a workspace (disabled
//! and expired ones included), listed once per command.

pub mod filter;

use crate::api::paging::{self, Paging};
use crate::api::types::{Key, ListQuery};
use crate::api::Client;
use crate::error::{Details, Error, Kind, Result};
use crate::render::Progress;
use crate::sanitize::for_terminal;
use crate::validate::is_full_hash;

/// The shortest hash prefix accepted, so that a short word is not mistaken for a prefix.
pub const MIN_PREFIX: usize = 6;

/// A key a selector named: fetched in full, or known only by hash (a full hash needs no
/// request at all when only its hash is wanted).
#[derive(Debug)]
pub struct Named {
    pub hash: String,
    pub key: Option<Key>,
}

/// Finds keys by selector in one workspace, or in several tried in order.
pub struct Search<'c> {
    client: &'c Client,
    workspaces: Vec<Option<String>>,
    concurrency: usize,
    listings: Vec<Option<Vec<Key>>>,
    /// Whether reading a listing shows progress on standard error.
    progress: bool,
}

impl std::fmt::Debug for Search<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("workspaces", &self.workspaces)
            .finish_non_exhaustive()
    }
}

impl<'c> Search<'c> {
    /// Searches `workspace` (`None`: the default workspace).
    pub fn new(client: &'c Client, workspace: Option<String>, concurrency: usize) -> Self {
        Search::in_order(client, vec![workspace], concurrency)
    }

    /// Searches each workspace in turn; the first with a match decides.
    pub fn in_order(
        client: &'c Client,
        workspaces: Vec<Option<String>>,
        concurrency: usize,
    ) -> Self {
        let listings = workspaces.iter().map(|_| None).collect();
        Search {
            client,
            workspaces,
            concurrency,
            listings,
            progress: false,
        }
    }

    /// Shows progress while a long listing is read (when a person is watching).
    pub fn with_progress(mut self, enabled: bool) -> Self {
        self.progress = enabled;
        self
    }

    /// Resolves every selector to a key with its details, before anything is changed.
    pub fn keys(&mut self, selectors: &[String]) -> Result<Vec<Key>> {
        selectors
            .iter()
            .map(|selector| match full_hash(selector) {
                Some(hash) => self.client.get_key(&hash),
                None => self.pick(selector),
            })
            .collect()
    }

    /// Resolves one selector to a key with its details.
    pub fn key(&mut self, selector: &str) -> Result<Key> {
        let mut keys = self.keys(std::slice::from_ref(&selector.to_string()))?;
        Ok(keys.remove(0))
    }

    /// Resolves every selector to a hash, fetching nothing for a full hash.
    pub fn named(&mut self, selectors: &[String]) -> Result<Vec<Named>> {
        selectors
            .iter()
            .map(|selector| match full_hash(selector) {
                Some(hash) => Ok(Named { hash, key: None }),
                None => self.pick(selector).map(|key| Named {
                    hash: key.hash().to_string(),
                    key: Some(key),
                }),
            })
            .collect()
    }

    /// The one key `selector` names, looking in each workspace in turn.
    fn pick(&mut self, selector: &str) -> Result<Key> {
        let mut first_miss = None;
        for index in 0..self.workspaces.len() {
            let workspace = self.workspaces[index].clone();
            let keys = match &self.listings[index] {
                Some(keys) => keys,
                None => {
                    let query = ListQuery::everything(workspace.clone());
                    let mut progress = Progress::counter(self.progress, "listing keys…");
                    let listed = paging::collect(
                        self.client,
                        &query,
                        Paging::all(self.concurrency),
                        &mut |n| progress.set(n),
                    )?;
                    self.listings[index].insert(listed)
                }
            };
            match pick(keys, selector, workspace.as_deref()) {
                Ok(key) => return Ok(key.clone()),
                Err(error) if error.kind == Kind::NotFound => {
                    first_miss.get_or_insert(error);
                }
                Err(error) => return Err(error),
            }
        }
        Err(self.not_found(selector, first_miss))
    }

    fn not_found(&self, selector: &str, first: Option<Error>) -> Error {
        let searched: Vec<String> = self
            .workspaces
            .iter()
            .map(|w| workspace_label(w.as_deref()))
            .collect();
        let mut error = first.unwrap_or_else(|| Error::new(Kind::NotFound, "no key matched"));
        if searched.len() > 1 {
            error.message = format!(
                "no key in {} is named '{}' or has a hash starting with it",
                searched.join(" or "),
                for_terminal(selector)
            );
        }
        error
    }
}

fn full_hash(selector: &str) -> Option<String> {
    is_full_hash(selector).then(|| selector.to_ascii_lowercase())
}

fn workspace_label(workspace: Option<&str>) -> String {
    match workspace {
        None => "the default workspace".to_string(),
        Some(id) => format!("workspace {id}"),
    }
}

/// Finds the one key a selector names among `keys` (those of `workspace`).
pub(crate) fn pick<'k>(
    keys: &'k [Key],
    selector: &str,
    workspace: Option<&str>,
) -> Result<&'k Key> {
    let prefix = selector.to_ascii_lowercase();
    let hex = !prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_hexdigit());
    let usable_prefix = hex && prefix.len() >= MIN_PREFIX;
    let matches: Vec<&Key> = keys
        .iter()
        .filter(|key| key.name() == selector || (usable_prefix && key.hash().starts_with(&prefix)))
        .collect();
    let place = workspace_label(workspace);
    match matches.as_slice() {
        [key] => Ok(key),
        [] => {
            let shown = for_terminal(selector);
            let mut error = Error::new(
                Kind::NotFound,
                format!("no key in {place} is named '{shown}' or has a hash starting with it"),
            );
            error = if hex && !usable_prefix {
                error.with_hint(format!(
                    "a hash prefix needs at least {MIN_PREFIX} hex digits ('{shown}' has {}); \
                     give more of the hash, or the key's name",
                    prefix.len()
                ))
            } else if workspace.is_none() {
                error.with_hint(
                    "keys in other workspaces are found with --workspace-id UUID; \
                     `orkeys list --include-disabled --include-expired` shows this workspace's keys",
                )
            } else {
                error.with_hint(format!(
                    "--workspace-id UUID searches another workspace; \
                     `orkeys list --include-disabled --include-expired --workspace-id {}` shows this one's keys",
                    workspace.unwrap_or_default()
                ))
            };
            Err(error)
        }
        several => Err(Error::new(
            Kind::Ambiguous,
            format!(
                "'{}' matches {} keys in {place}",
                for_terminal(selector),
                several.len()
            ),
        )
        .with_hint("name the key by its hash (or a longer hash prefix)")
        .with_details(Details::Candidates(
            several.iter().map(|key| key.object()).collect(),
        ))),
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
            Key::from_value(&json!({"hash": hash, "name": name}))
                .unwrap_or_else(|e| unreachable!("{e}"))
        })
        .collect()
    }

    fn hash_of(selector: &str) -> Option<String> {
        pick(&keys(), selector, None)
            .map(|k| k.hash().to_string())
            .ok()
    }

    #[test]
    fn exact_names_and_unique_prefixes_resolve() {
        assert_eq!(hash_of("prod").as_deref(), Some("aaaaaa1111"));
        assert_eq!(hash_of("bbbbbb").as_deref(), Some("bbbbbb3333"));
        assert_eq!(hash_of("AAAAAA2").as_deref(), Some("aaaaaa2222"));
        // A name that is also a prefix of the same key is one match.
        assert_eq!(hash_of("cccccc").as_deref(), Some("cccccc4444"));
    }

    #[test]
    fn ambiguity_carries_the_candidates_as_objects() {
        let keys = keys();
        let both = pick(&keys, "ci", None).expect_err("two keys are named ci");
        assert_eq!(both.kind, Kind::Ambiguous);
        assert!(both
            .message
            .contains("matches 2 keys in the default workspace"));
        let Some(Details::Candidates(candidates)) = both.details else {
            unreachable!("candidates expected")
        };
        let hashes: Vec<&str> = candidates
            .iter()
            .filter_map(|c| c.get("hash").and_then(|h| h.as_str()))
            .collect();
        assert_eq!(hashes, ["aaaaaa2222", "bbbbbb3333"]);
        assert_eq!(
            pick(&keys, "aaaaaa", None).map_err(|e| e.kind).err(),
            Some(Kind::Ambiguous)
        );
    }

    #[test]
    fn absence_says_where_it_looked_and_why_a_short_prefix_fails() {
        let keys = keys();
        let missing = pick(&keys, "staging", None).expect_err("absent");
        assert_eq!(missing.kind, Kind::NotFound);
        assert!(missing.message.contains("in the default workspace"));
        assert!(missing
            .hint
            .as_deref()
            .unwrap_or_default()
            .contains("--workspace-id"));
        let short = pick(&keys, "bbbbb", None).expect_err("too short");
        assert!(short
            .hint
            .as_deref()
            .unwrap_or_default()
            .contains("at least 6 hex digits"));
        let elsewhere = pick(
            &keys,
            "staging",
            Some("0df9e665-d932-5740-b2c7-b52af166bc11"),
        )
        .expect_err("absent");
        assert!(elsewhere
            .message
            .contains("in workspace 0df9e665-d932-5740-b2c7-b52af166bc11"));
    }
}
