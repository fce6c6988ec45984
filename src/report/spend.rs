//! The spend report: what each key spent in its limit's current window, next to lifetime and
//! the current UTC day, week and month, and the totals.

use crate::api::types::{round_micro, Key};
use crate::select::filter::percent_used;

/// One key's spend. Amounts are US dollars; `None` where the API gave no figure.
#[derive(Debug, Clone)]
pub struct SpendRow {
    pub key: Key,
    /// The spend that counts against the limit in its current window; `None` without a limit.
    pub limit_used: Option<f64>,
    pub percent_used: Option<f64>,
}

impl SpendRow {
    pub fn of(key: Key) -> Self {
        SpendRow {
            limit_used: key.fields.spending.limit_used(),
            percent_used: percent_used(&key).map(|p| (p * 10.0).round() / 10.0),
            key,
        }
    }
}

/// Sums over every row. Limits and what remains add up over the keys that have a limit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub keys: usize,
    pub limit_used: f64,
    pub usage: f64,
    pub usage_daily: f64,
    pub usage_weekly: f64,
    pub usage_monthly: f64,
    pub limit: f64,
    pub limit_remaining: f64,
    pub byok_usage: f64,
}

pub fn totals(rows: &[SpendRow]) -> Totals {
    let mut totals = Totals {
        keys: rows.len(),
        ..Totals::default()
    };
    for row in rows {
        let s = &row.key.fields.spending;
        totals.limit_used += row.limit_used.unwrap_or(0.0);
        totals.usage += s.usage.unwrap_or(0.0);
        totals.usage_daily += s.usage_daily.unwrap_or(0.0);
        totals.usage_weekly += s.usage_weekly.unwrap_or(0.0);
        totals.usage_monthly += s.usage_monthly.unwrap_or(0.0);
        totals.byok_usage += s.byok_usage.unwrap_or(0.0);
        if let Some(limit) = s.limit {
            totals.limit += limit;
            totals.limit_remaining += s.limit_remaining.unwrap_or(limit);
        }
    }
    for amount in [
        &mut totals.limit_used,
        &mut totals.usage,
        &mut totals.usage_daily,
        &mut totals.usage_weekly,
        &mut totals.usage_monthly,
        &mut totals.limit,
        &mut totals.limit_remaining,
        &mut totals.byok_usage,
    ] {
        *amount = round_micro(*amount);
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn row(fields: serde_json::Value) -> SpendRow {
        let mut object = json!({"hash": "a", "name": "k"});
        if let (Some(base), Some(extra)) = (object.as_object_mut(), fields.as_object()) {
            base.extend(extra.clone());
        }
        SpendRow::of(Key::from_value(&object).unwrap_or_else(|e| unreachable!("{e}")))
    }

    #[test]
    fn a_resetting_limit_counts_its_window_not_lifetime() {
        let monthly = row(
            json!({"limit": 100, "limit_remaining": 74.5, "limit_reset": "monthly",
                                 "usage": 412.75, "usage_monthly": 25.5}),
        );
        assert_eq!(monthly.limit_used, Some(25.5));
        assert_eq!(monthly.percent_used, Some(25.5));
    }

    #[test]
    fn a_lifetime_limit_counts_lifetime_spend() {
        let lifetime = row(json!({"limit": 10, "limit_remaining": 0.4, "usage": 9.6}));
        assert_eq!(lifetime.limit_used, Some(9.6));
        assert_eq!(lifetime.percent_used, Some(96.0));
    }

    #[test]
    fn no_limit_means_nothing_counted_against_one() {
        let open = row(json!({"limit": null, "usage": 3.2, "usage_daily": 0.1}));
        assert_eq!(open.limit_used, None);
        assert_eq!(open.percent_used, None);
    }

    #[test]
    fn totals_add_every_window_and_the_limits_that_exist() {
        let rows = [
            row(
                json!({"limit": 100, "limit_remaining": 74.5, "limit_reset": "monthly",
                       "usage": 412.75, "usage_daily": 1.2, "usage_weekly": 6.4,
                       "usage_monthly": 25.5, "byok_usage": 1}),
            ),
            row(json!({"limit": 10, "limit_remaining": 0.4, "usage": 9.6})),
            row(json!({"usage": 3.2, "usage_daily": 0.1})),
        ];
        let totals = totals(&rows);
        assert_eq!(totals.keys, 3);
        assert_eq!(totals.limit_used, 35.1);
        assert_eq!(totals.usage, 425.55);
        assert_eq!(totals.usage_daily, 1.3);
        assert_eq!(totals.limit, 110.0);
        assert_eq!(totals.limit_remaining, 74.9);
        assert_eq!(totals.byok_usage, 1.0);
    }
}
