//! `list`: every page of the listing, read through the API layer's paging.

use super::Context;
use crate::api::paging::{self, Paging};
use std::cmp::Ordering;

use jiff::Timestamp;

use crate::api::types::Key;
use crate::cli::{ListArgs, SortKey};
use crate::config::Format;
use crate::error::Result;
use crate::notice;
use crate::render::Progress;

pub fn run(args: &ListArgs, context: &mut Context) -> Result<()> {
    let filter = args.filters.filter();
    let query = filter.query(
        context.settings.workspace(args.workspace_id.as_ref()),
        args.include_disabled,
        args.include_expired,
    );
    let now = context.settings.output.now;
    // With filters or a sort, --offset and --limit count the keys that pass and in their
    // new order, so the whole listing is read; without, the listing itself starts and stops
    // where they say.
    let whole = !filter.is_empty() || args.sort.is_some();
    let paging = Paging {
        offset: args.offset.filter(|_| !whole).unwrap_or(0),
        limit: args.limit.filter(|_| !whole),
        concurrency: context.settings.concurrency,
    };
    let to_count =
        |n: Option<u64>, none: usize| n.map_or(none, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let skip = if whole { to_count(args.offset, 0) } else { 0 };
    let wanted = to_count(args.limit, usize::MAX);
    let format = context.settings.output.format;
    let mut progress = Progress::counter(context.settings.output.progress, "listing keys…");
    let client = context.api.client(&context.settings)?;
    if format == Format::Jsonl && args.sort.is_none() {
        // Written as the keys arrive: memory stays flat however large the account.
        let printer = &mut context.printer;
        let (mut passed, mut written) = (0, 0);
        return paging::for_each(
            client,
            &query,
            paging,
            &mut |n| progress.set(n),
            &mut |key| {
                if written == wanted || !filter.matches(&key, now) {
                    return Ok(());
                }
                passed += 1;
                if passed <= skip {
                    return Ok(());
                }
                written += 1;
                printer.json_line(&key)
            },
        );
    }
    let mut keys = filter.apply(
        paging::collect(client, &query, paging, &mut |n| progress.set(n))?,
        now,
    );
    drop(progress);
    if let Some(field) = args.sort {
        sort(&mut keys, field, args.reverse);
    }
    let keys: Vec<Key> = keys.into_iter().skip(skip).take(wanted).collect();
    if keys.is_empty() && format == Format::Table {
        let hidden = if args.include_disabled {
            ""
        } else {
            " (disabled keys are hidden: add --include-disabled)"
        };
        notice::notice(&format!("no keys found{hidden}"));
    }
    context.printer.list(&keys)
}

/// Orders keys by `field`, keys without a value last whichever the direction; ties keep the
/// listing's order.
pub fn sort(keys: &mut [Key], field: SortKey, reverse: bool) {
    keys.sort_by(|a, b| {
        let order = match field {
            SortKey::Name => Some(a.name().cmp(b.name())),
            SortKey::Created => by_time(
                a.fields.created_at.as_deref(),
                b.fields.created_at.as_deref(),
            ),
            SortKey::Expires => by_time(
                a.fields.expires_at.as_deref(),
                b.fields.expires_at.as_deref(),
            ),
            SortKey::LastUsed => by_time(
                a.fields.last_used_at.as_deref(),
                b.fields.last_used_at.as_deref(),
            ),
            SortKey::Usage => by_number(a.fields.spending.usage, b.fields.spending.usage),
            SortKey::Limit => by_number(a.fields.spending.limit, b.fields.spending.limit),
            SortKey::Remaining => by_number(
                a.fields.spending.limit_remaining,
                b.fields.spending.limit_remaining,
            ),
        };
        match order {
            Some(order) if reverse => order.reverse(),
            Some(order) => order,
            None => missing_last(a, b, field),
        }
    });
}

/// `None` when either side has no value: the caller puts the missing one last.
fn by_number(a: Option<f64>, b: Option<f64>) -> Option<Ordering> {
    Some(a?.total_cmp(&b?))
}

fn by_time(a: Option<&str>, b: Option<&str>) -> Option<Ordering> {
    let a: Timestamp = a?.parse().ok()?;
    let b: Timestamp = b?.parse().ok()?;
    Some(a.cmp(&b))
}

fn missing_last(a: &Key, b: &Key, field: SortKey) -> Ordering {
    let has = |key: &Key| match field {
        SortKey::Name => true,
        SortKey::Created => key.fields.created_at.is_some(),
        SortKey::Expires => key.fields.expires_at.is_some(),
        SortKey::LastUsed => key.fields.last_used_at.is_some(),
        SortKey::Usage => key.fields.spending.usage.is_some(),
        SortKey::Limit => key.fields.spending.limit.is_some(),
        SortKey::Remaining => key.fields.spending.limit_remaining.is_some(),
    };
    has(b).cmp(&has(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys() -> Vec<Key> {
        [
            json!({"hash": "a", "name": "beta", "usage": 5, "limit": null, "created_at": "2026-01-02T00:00:00Z"}),
            json!({"hash": "b", "name": "alpha", "usage": 50, "limit": 10, "created_at": "2026-03-01T00:00:00+00:00"}),
            json!({"hash": "c", "name": "gamma", "usage": 0.5, "limit": 100}),
        ]
        .iter()
        .map(|v| Key::from_value(v).unwrap_or_else(|e| unreachable!("{e}")))
        .collect()
    }

    fn order(field: SortKey, reverse: bool) -> Vec<String> {
        let mut keys = keys();
        sort(&mut keys, field, reverse);
        keys.iter().map(|k| k.name().to_string()).collect()
    }

    #[test]
    fn keys_sort_by_any_field_with_missing_values_last() {
        assert_eq!(order(SortKey::Name, false), ["alpha", "beta", "gamma"]);
        assert_eq!(order(SortKey::Usage, true), ["alpha", "beta", "gamma"]);
        assert_eq!(order(SortKey::Usage, false), ["gamma", "beta", "alpha"]);
        assert_eq!(order(SortKey::Limit, false), ["alpha", "gamma", "beta"]);
        assert_eq!(order(SortKey::Limit, true), ["gamma", "alpha", "beta"]);
        assert_eq!(order(SortKey::Created, true), ["alpha", "beta", "gamma"]);
    }
}
