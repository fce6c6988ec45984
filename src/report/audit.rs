//! Key hygiene: which keys have no limit, no expiry, have not been used for a while, are
//! near their limit, expire soon, are disabled but still present, or share a name.

use std::collections::HashMap;

use jiff::{SignedDuration, Timestamp};

use crate::api::types::{Key, Status};
use crate::select::filter::{percent_used, unused_since};

/// One hygiene rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    NoLimit,
    NoExpiry,
    Stale,
    NearLimit,
    Expiring,
    Disabled,
    DuplicateName,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::NoLimit,
        Rule::NoExpiry,
        Rule::Stale,
        Rule::NearLimit,
        Rule::Expiring,
        Rule::Disabled,
        Rule::DuplicateName,
    ];

    /// The name `--fail-on` and JSON use.
    pub fn name(self) -> &'static str {
        match self {
            Rule::NoLimit => "no-limit",
            Rule::NoExpiry => "no-expiry",
            Rule::Stale => "stale",
            Rule::NearLimit => "near-limit",
            Rule::Expiring => "expiring",
            Rule::Disabled => "disabled",
            Rule::DuplicateName => "duplicate-name",
        }
    }

    /// The orkeys command that fixes it.
    pub fn remedy(self) -> &'static str {
        match self {
            Rule::NoLimit => "cap it: orkeys update KEY --limit USD --limit-reset monthly",
            Rule::NoExpiry => {
                "give its replacement an expiry: orkeys rotate KEY --expires-in 90d"
            }
            Rule::Stale => "retire it: orkeys disable KEY (or orkeys delete KEY)",
            Rule::NearLimit => "raise the limit (orkeys update KEY --limit USD) or look at its spend: orkeys usage KEY --days",
            Rule::Expiring => "replace it before it expires: orkeys rotate KEY --expires-in 90d",
            Rule::Disabled => "delete it if it is not coming back: orkeys delete KEY",
            Rule::DuplicateName => "rename one so names pick one key: orkeys update HASH --name NEW",
        }
    }
}

/// The thresholds of the rules that have one.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    pub stale: SignedDuration,
    pub near_limit_percent: f64,
    pub expiring: SignedDuration,
}

/// What makes a rule hold for a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// No limit; lifetime spend so far.
    Unlimited {
        spent: f64,
    },
    NeverExpires,
    /// Last used then, or never.
    LastUsed(Option<Timestamp>),
    PercentUsed(f64),
    ExpiresAt(Timestamp),
    Disabled,
    /// This many keys share the name.
    SharedName(usize),
}

/// A key that a rule holds for, with what makes it hold.
#[derive(Debug, Clone)]
pub struct Flagged {
    pub key: Key,
    pub detail: Detail,
}

/// A rule and every key it holds for.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: Rule,
    pub keys: Vec<Flagged>,
}

/// Every rule that holds for at least one key, in [`Rule::ALL`]'s order, keys in listing
/// order.
pub fn audit(keys: &[Key], now: Timestamp, thresholds: Thresholds) -> Vec<Finding> {
    let mut names: HashMap<&str, usize> = HashMap::new();
    for key in keys {
        *names.entry(key.name()).or_default() += 1;
    }
    Rule::ALL
        .iter()
        .filter_map(|&rule| {
            let flagged: Vec<Flagged> = keys
                .iter()
                .filter_map(|key| {
                    holds(rule, key, now, thresholds, &names).map(|detail| Flagged {
                        key: key.clone(),
                        detail,
                    })
                })
                .collect();
            (!flagged.is_empty()).then_some(Finding {
                rule,
                keys: flagged,
            })
        })
        .collect()
}

/// Why `rule` holds for `key`, or `None`.
fn holds(
    rule: Rule,
    key: &Key,
    now: Timestamp,
    t: Thresholds,
    names: &HashMap<&str, usize>,
) -> Option<Detail> {
    let f = &key.fields;
    let time = |raw: Option<&str>| raw.and_then(|r| r.parse::<Timestamp>().ok());
    match rule {
        Rule::NoLimit => f.spending.limit.is_none().then(|| Detail::Unlimited {
            spent: f.spending.usage.unwrap_or(0.0),
        }),
        Rule::NoExpiry => f.expires_at.is_none().then_some(Detail::NeverExpires),
        Rule::Stale => {
            let cutoff = now.checked_sub(t.stale).unwrap_or(Timestamp::MIN);
            unused_since(key, cutoff).then(|| Detail::LastUsed(time(f.last_used_at.as_deref())))
        }
        Rule::NearLimit => percent_used(key)
            .filter(|percent| *percent >= t.near_limit_percent)
            .map(Detail::PercentUsed),
        Rule::Expiring => {
            let until = now.checked_add(t.expiring).unwrap_or(Timestamp::MAX);
            time(f.expires_at.as_deref())
                .filter(|when| *when > now && *when <= until)
                .map(Detail::ExpiresAt)
        }
        Rule::Disabled => (key.status(now) == Status::Disabled).then_some(Detail::Disabled),
        Rule::DuplicateName => names
            .get(key.name())
            .filter(|count| **count > 1)
            .map(|count| Detail::SharedName(*count)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::now;
    use serde_json::json;

    fn key(hash: &str, fields: serde_json::Value) -> Key {
        let mut object = json!({"hash": hash, "name": hash, "limit": 10, "limit_remaining": 9,
                                "expires_at": "2027-06-01T00:00:00Z",
                                "created_at": "2026-10-01T00:00:00Z",
                                "last_used_at": "2026-11-20T00:00:00Z", "disabled": false});
        if let (Some(base), Some(extra)) = (object.as_object_mut(), fields.as_object()) {
            base.extend(extra.clone());
        }
        Key::from_value(&object).unwrap_or_else(|e| unreachable!("{e}"))
    }

    fn thresholds() -> Thresholds {
        Thresholds {
            stale: SignedDuration::from_hours(90 * 24),
            near_limit_percent: 80.0,
            expiring: SignedDuration::from_hours(7 * 24),
        }
    }

    fn flagged(keys: &[Key]) -> Vec<(&'static str, Vec<String>)> {
        audit(keys, now(), thresholds())
            .into_iter()
            .map(|f| {
                (
                    f.rule.name(),
                    f.keys.iter().map(|k| k.key.hash().to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_tidy_key_has_no_findings() {
        assert!(flagged(&[key("tidy", json!({}))]).is_empty());
    }

    #[test]
    fn each_rule_holds_for_its_keys_only() {
        let keys = [
            key("open", json!({"limit": null, "limit_remaining": null})),
            key("forever", json!({"expires_at": null})),
            key("old", json!({"last_used_at": "2026-01-01T00:00:00Z"})),
            key(
                "unused",
                json!({"last_used_at": null, "created_at": "2026-01-01T00:00:00Z"}),
            ),
            key("hot", json!({"limit_remaining": 1.5})),
            key("soon", json!({"expires_at": "2026-11-25T00:00:00Z"})),
            key("off", json!({"disabled": true})),
            key("twin-a", json!({"name": "twin"})),
            key("twin-b", json!({"name": "twin"})),
        ];
        assert_eq!(
            flagged(&keys),
            [
                ("no-limit", vec!["open".to_string()]),
                ("no-expiry", vec!["forever".to_string()]),
                ("stale", vec!["old".to_string(), "unused".to_string()]),
                ("near-limit", vec!["hot".to_string()]),
                ("expiring", vec!["soon".to_string()]),
                ("disabled", vec!["off".to_string()]),
                (
                    "duplicate-name",
                    vec!["twin-a".to_string(), "twin-b".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn thresholds_move_the_lines() {
        let keys = [key("warm", json!({"limit_remaining": 3}))];
        assert!(flagged(&keys).is_empty());
        let stricter = Thresholds {
            near_limit_percent: 70.0,
            ..thresholds()
        };
        assert_eq!(audit(&keys, now(), stricter).len(), 1);
        let recent = [key(
            "recent",
            json!({"last_used_at": "2026-10-01T00:00:00Z"}),
        )];
        let short = Thresholds {
            stale: SignedDuration::from_hours(30 * 24),
            ..thresholds()
        };
        assert_eq!(audit(&recent, now(), short)[0].rule, Rule::Stale);
    }
}
