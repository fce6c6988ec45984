//! Filters over a whole listing, shared by `list`, `usage`, `audit` and the bulk actions.
//! They combine with AND, run on the full de-duplicated listing (never on one page), and
//! ask the API for disabled or expired keys whenever a filter needs to see them.

use jiff::{SignedDuration, Timestamp};

use crate::api::types::{Key, ListQuery};

/// The filters a command was given, checked.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `--match GLOB` on the name (`*` and `?`).
    pub name: Option<glob::Pattern>,
    pub enabled: bool,
    pub disabled: bool,
    pub expired: bool,
    /// `--expiring-within`: expires after now and no later than this much from now.
    pub expiring_within: Option<SignedDuration>,
    /// `--over PERCENT` of the limit used in its current window.
    pub over_percent: Option<f64>,
    /// `--unused-for`: last used longer ago than this, or never used and created before.
    pub unused_for: Option<SignedDuration>,
    pub no_limit: bool,
}

impl Filter {
    /// Whether any filter was given (bulk actions refuse to act on "everything" unasked).
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && !self.enabled
            && !self.disabled
            && !self.expired
            && self.expiring_within.is_none()
            && self.over_percent.is_none()
            && self.unused_for.is_none()
            && !self.no_limit
    }

    /// The listing to read: disabled and expired keys are fetched when a filter needs them,
    /// or when `include_*` asks for them anyway.
    pub fn query(
        &self,
        workspace_id: Option<String>,
        include_disabled: bool,
        include_expired: bool,
    ) -> ListQuery {
        ListQuery {
            include_disabled: include_disabled || self.disabled,
            include_expired: include_expired || self.expired,
            workspace_id,
        }
    }

    /// Whether `key` passes every filter given.
    pub fn matches(&self, key: &Key, now: Timestamp) -> bool {
        let f = &key.fields;
        let expires = f.expires_at.as_deref().and_then(parse_time);
        self.name.as_ref().is_none_or(|p| p.matches(key.name()))
            && (!self.enabled || f.disabled != Some(true))
            && (!self.disabled || f.disabled == Some(true))
            && (!self.expired || expires.is_some_and(|t| t <= now))
            && self
                .expiring_within
                .is_none_or(|within| expires.is_some_and(|t| t > now && t <= add(now, within)))
            && self
                .over_percent
                .is_none_or(|over| percent_used(key).is_some_and(|percent| percent > over))
            && self
                .unused_for
                .is_none_or(|unused| unused_since(key, add(now, -unused)))
            && (!self.no_limit || f.spending.limit.is_none())
    }

    /// The keys of `keys` that pass.
    pub fn apply(&self, keys: Vec<Key>, now: Timestamp) -> Vec<Key> {
        keys.into_iter().filter(|k| self.matches(k, now)).collect()
    }
}

/// The share of the limit used in its current window, in percent; `None` without a limit.
/// A limit of 0 that nothing was spent against is 0 % used; anything spent against it, 100 %.
pub fn percent_used(key: &Key) -> Option<f64> {
    let spending = &key.fields.spending;
    let limit = spending.limit?;
    let used = spending.limit_used()?;
    if limit <= 0.0 {
        return Some(if used > 0.0 { 100.0 } else { 0.0 });
    }
    Some(used / limit * 100.0)
}

/// Last used before `cutoff`, or never used and created before it.
pub fn unused_since(key: &Key, cutoff: Timestamp) -> bool {
    let f = &key.fields;
    match f.last_used_at.as_deref().and_then(parse_time) {
        Some(last) => last < cutoff,
        None => f
            .created_at
            .as_deref()
            .and_then(parse_time)
            .is_none_or(|created| created < cutoff),
    }
}

fn parse_time(raw: &str) -> Option<Timestamp> {
    raw.parse().ok()
}

fn add(now: Timestamp, duration: SignedDuration) -> Timestamp {
    now.checked_add(duration)
        .unwrap_or(if duration.is_negative() {
            Timestamp::MIN
        } else {
            Timestamp::MAX
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::now;
    use serde_json::json;

    fn key(fields: serde_json::Value) -> Key {
        let mut object = json!({"hash": "a", "name": "customer-1", "disabled": false,
                                "created_at": "2026-01-01T00:00:00Z"});
        if let (Some(base), Some(extra)) = (object.as_object_mut(), fields.as_object()) {
            base.extend(extra.clone());
        }
        Key::from_value(&object).unwrap_or_else(|e| unreachable!("{e}"))
    }

    fn days(n: i64) -> SignedDuration {
        SignedDuration::from_hours(24 * n)
    }

    #[test]
    fn names_match_globs() {
        let filter = Filter {
            name: glob::Pattern::new("customer-?").ok(),
            ..Filter::default()
        };
        assert!(filter.matches(&key(json!({})), now()));
        assert!(!filter.matches(&key(json!({"name": "customer-10"})), now()));
        let star = Filter {
            name: glob::Pattern::new("cust*").ok(),
            ..Filter::default()
        };
        assert!(star.matches(&key(json!({"name": "customer-10"})), now()));
    }

    #[test]
    fn state_filters_and_what_they_fetch() {
        let disabled = Filter {
            disabled: true,
            ..Filter::default()
        };
        assert!(disabled.matches(&key(json!({"disabled": true})), now()));
        assert!(!disabled.matches(&key(json!({})), now()));
        assert!(disabled.query(None, false, false).include_disabled);
        let expired = Filter {
            expired: true,
            ..Filter::default()
        };
        assert!(expired.matches(&key(json!({"expires_at": "2026-11-01T00:00:00Z"})), now()));
        assert!(!expired.matches(&key(json!({"expires_at": "2027-01-01T00:00:00Z"})), now()));
        assert!(!expired.matches(&key(json!({})), now()));
        assert!(expired.query(None, false, false).include_expired);
        let enabled = Filter {
            enabled: true,
            ..Filter::default()
        };
        assert!(enabled.matches(&key(json!({})), now()));
        assert!(!enabled.matches(&key(json!({"disabled": true})), now()));
        assert!(!Filter::default().query(None, false, false).include_disabled);
    }

    #[test]
    fn expiring_within_counts_only_keys_that_have_not_expired() {
        let filter = Filter {
            expiring_within: Some(days(7)),
            ..Filter::default()
        };
        assert!(filter.matches(&key(json!({"expires_at": "2026-11-25T00:00:00Z"})), now()));
        assert!(!filter.matches(&key(json!({"expires_at": "2026-12-25T00:00:00Z"})), now()));
        assert!(!filter.matches(&key(json!({"expires_at": "2026-11-20T00:00:00Z"})), now()));
        assert!(!filter.matches(&key(json!({})), now()));
    }

    #[test]
    fn over_counts_the_limit_window() {
        let filter = Filter {
            over_percent: Some(90.0),
            ..Filter::default()
        };
        let near =
            json!({"limit": 100, "limit_remaining": 5, "limit_reset": "monthly", "usage": 1000});
        assert!(filter.matches(&key(near), now()));
        let lifetime_high =
            json!({"limit": 100, "limit_remaining": 60, "limit_reset": "daily", "usage": 1000});
        assert!(!filter.matches(&key(lifetime_high), now()));
        assert!(!filter.matches(&key(json!({"usage": 1000})), now()));
        assert_eq!(
            percent_used(&key(json!({"limit": 0, "limit_remaining": 0}))),
            Some(0.0)
        );
    }

    #[test]
    fn unused_for_looks_at_last_use_or_creation() {
        let filter = Filter {
            unused_for: Some(days(90)),
            ..Filter::default()
        };
        assert!(filter.matches(&key(json!({"last_used_at": "2026-06-01T00:00:00Z"})), now()));
        assert!(!filter.matches(&key(json!({"last_used_at": "2026-11-01T00:00:00Z"})), now()));
        assert!(filter.matches(&key(json!({"last_used_at": null})), now()));
        assert!(!filter.matches(
            &key(json!({"last_used_at": null, "created_at": "2026-11-01T00:00:00Z"})),
            now()
        ));
    }

    #[test]
    fn filters_combine_with_and() {
        let filter = Filter {
            no_limit: true,
            name: glob::Pattern::new("ci-*").ok(),
            ..Filter::default()
        };
        assert!(filter.matches(&key(json!({"name": "ci-nightly"})), now()));
        assert!(!filter.matches(&key(json!({"name": "ci-nightly", "limit": 5})), now()));
        assert!(!filter.matches(&key(json!({"name": "prod"})), now()));
    }
}
