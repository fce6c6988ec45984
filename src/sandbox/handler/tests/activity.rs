//! `GET /activity` answers as the API documents it, with stable, plausible numbers.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use jiff::{tz::TimeZone, SignedDuration, ToSpan};
use serde_json::{json, Value};

use super::*;
use crate::sandbox::generate::SECOND_WORKSPACE;
use crate::sandbox::seed::DEFAULT_WORKSPACE;

/// Required members of an ActivityItem in `openrouter-activity-openapi.yaml`.
const ITEM_FIELDS: [&str; 11] = [
    "date",
    "model",
    "model_permaslug",
    "endpoint_id",
    "provider_name",
    "usage",
    "byok_usage_inference",
    "requests",
    "prompt_tokens",
    "completion_tokens",
    "reasoning_tokens",
];

fn items(answer: &Response) -> Vec<Value> {
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    answer.body["data"].as_array().cloned().unwrap_or_default()
}

fn hash_of(sandbox: &Sandbox, name: &str) -> String {
    sandbox
        .store
        .read(
            || unreachable!(),
            |s| {
                s.keys
                    .iter()
                    .find(|k| k.name == name)
                    .map(|k| k.hash.clone())
            },
        )
        .ok()
        .flatten()
        .unwrap_or_else(|| unreachable!("no key {name}"))
}

fn activity_of(sandbox: &Sandbox, name: &str) -> Vec<Value> {
    let hash = hash_of(sandbox, name);
    items(&sandbox.call("GET", &format!("/activity?api_key_hash={hash}"), ""))
}

fn today(sandbox: &Sandbox) -> Date {
    sandbox.now.to_zoned(TimeZone::UTC).date()
}

fn usage(item: &Value) -> f64 {
    item["usage"].as_f64().unwrap_or(f64::NAN)
}

/// Spend per date, in date order.
fn daily(items: &[Value]) -> BTreeMap<String, f64> {
    let mut days = BTreeMap::new();
    for item in items {
        let date = item["date"].as_str().unwrap_or_default().to_string();
        *days.entry(date).or_insert(0.0) += usage(item);
    }
    days
}

#[test]
fn items_have_every_field_of_the_spec_and_no_other() {
    let sandbox = Sandbox::examples();
    let rows = activity_of(&sandbox, "production-api");
    assert!(!rows.is_empty());
    for row in &rows {
        let object = row.as_object().unwrap_or_else(|| unreachable!("{row}"));
        let fields: Vec<&str> = object.keys().map(String::as_str).collect();
        assert_eq!(fields, ITEM_FIELDS, "in the spec's order: {row}");
        for field in [
            "date",
            "model",
            "model_permaslug",
            "endpoint_id",
            "provider_name",
        ] {
            assert!(row[field].as_str().is_some_and(|s| !s.is_empty()), "{row}");
        }
        for field in ["usage", "byok_usage_inference"] {
            assert!(row[field].as_f64().is_some_and(|v| v >= 0.0), "{row}");
        }
        for field in [
            "requests",
            "prompt_tokens",
            "completion_tokens",
            "reasoning_tokens",
        ] {
            assert!(
                row[field].as_u64().is_some(),
                "{field} is an integer: {row}"
            );
        }
        assert!(row["requests"].as_u64() >= Some(1));
        assert!(row["reasoning_tokens"].as_u64() <= row["completion_tokens"].as_u64());
        assert!(crate::validate::uuid(row["endpoint_id"].as_str().unwrap_or("")).is_ok());
    }
}

#[test]
fn rows_cover_the_last_30_completed_days_newest_first() {
    let sandbox = Sandbox::examples();
    let rows = activity_of(&sandbox, "production-api");
    let dates: Vec<Date> = rows
        .iter()
        .filter_map(|r| r["date"].as_str()?.parse().ok())
        .collect();
    assert_eq!(dates.len(), rows.len());
    assert!(
        dates.windows(2).all(|pair| pair[0] >= pair[1]),
        "newest first"
    );
    let today = today(&sandbox);
    let (oldest, newest) = (today - 30.days(), today - 1.day());
    assert!(
        dates.iter().all(|d| oldest <= *d && *d <= newest),
        "{dates:?}"
    );
    let distinct: BTreeSet<Date> = dates.iter().copied().collect();
    assert!(
        (15..30).contains(&distinct.len()),
        "most days, not all: {distinct:?}"
    );
    // Each date lists a model's endpoints once.
    let mut seen = BTreeSet::new();
    for row in &rows {
        let id = (row["date"].to_string(), row["endpoint_id"].to_string());
        assert!(seen.insert(id), "one row per date, model and endpoint");
    }
    let models: BTreeSet<&str> = rows.iter().filter_map(|r| r["model"].as_str()).collect();
    assert!((2..=4).contains(&models.len()), "{models:?}");
}

#[test]
fn amounts_roughly_follow_the_keys_usage_with_a_spike() {
    let sandbox = Sandbox::examples();
    let state = sandbox
        .store
        .read(|| unreachable!(), Clone::clone)
        .unwrap_or_else(|e| unreachable!("{e}"));
    for key in &state.keys {
        let days = daily(&activity_of(&sandbox, &key.name));
        let total: f64 = days.values().sum();
        assert!(total <= key.usage, "{}: {total} > {}", key.name, key.usage);
        if key.usage_monthly == 0.0 {
            assert_eq!(total, 0.0, "{} has not spent lately", key.name);
        } else {
            let ratio = total / key.usage_monthly;
            assert!((0.4..=2.0).contains(&ratio), "{}: {total}", key.name);
        }
    }
    let days = daily(&activity_of(&sandbox, "production-api"));
    let mut amounts: Vec<f64> = days.values().copied().collect();
    amounts.sort_by(f64::total_cmp);
    let (median, busiest) = (amounts[amounts.len() / 2], amounts[amounts.len() - 1]);
    assert!(busiest > 3.0 * median, "a visible spike: {amounts:?}");
}

#[test]
fn activity_is_the_same_for_every_sandbox_and_every_day_it_is_asked() {
    let first = Sandbox::examples();
    let second = Sandbox::examples();
    let rows = activity_of(&first, "customer-acme");
    assert_eq!(rows, activity_of(&second, "customer-acme"));
    assert_eq!(rows, activity_of(&first, "customer-acme"));
    // A day later, the window has moved by one day but the days it shares are unchanged.
    let mut later = Sandbox::sharing(&first);
    later.now = first.now + SignedDuration::from_hours(24);
    let moved = activity_of(&later, "customer-acme");
    let shared = |rows: &[Value], from: &str, to: &str| -> Vec<Value> {
        rows.iter()
            .filter(|r| r["date"].as_str().is_some_and(|d| from <= d && d <= to))
            .cloned()
            .collect()
    };
    let (from, to) = ("2026-10-24", "2026-11-21");
    assert!(!shared(&rows, from, to).is_empty());
    assert_eq!(shared(&rows, from, to), shared(&moved, from, to));
}

#[test]
fn unused_and_unknown_keys_have_no_activity() {
    let sandbox = Sandbox::examples();
    let (data, _) = sandbox.create(json!({"name": "brand-new"}));
    let hash = data["hash"].as_str().unwrap_or_default();
    let empty = json!({"data": []});
    let answer = sandbox.call("GET", &format!("/activity?api_key_hash={hash}"), "");
    assert_eq!((answer.status, answer.body), (200, empty.clone()));
    let answer = sandbox.call(
        "GET",
        &format!("/activity?api_key_hash={}", "0".repeat(64)),
        "",
    );
    assert_eq!(answer.body, empty);
    assert_eq!(activity_of(&sandbox, "old-laptop"), Vec::<Value>::new());
}

#[test]
fn without_a_key_the_accounts_rows_add_up_every_keys() {
    let sandbox = Sandbox::examples();
    let account = items(&sandbox.call("GET", "/activity?unknown=1", ""));
    let mut per_key = BTreeMap::new();
    for name in ["production-api", "staging", "customer-acme", "ci-nightly"] {
        for row in activity_of(&sandbox, name) {
            let id = (row["date"].to_string(), row["endpoint_id"].to_string());
            let entry = per_key.entry(id).or_insert((0.0, 0));
            entry.0 += usage(&row);
            entry.1 += row["requests"].as_u64().unwrap_or(0);
        }
    }
    assert_eq!(account.len(), per_key.len());
    for row in &account {
        let id = (row["date"].to_string(), row["endpoint_id"].to_string());
        let (spent, requests) = per_key[&id];
        assert!((usage(row) - spent).abs() < 1e-5, "{row}");
        assert_eq!(row["requests"].as_u64(), Some(requests));
        assert!(row.get("workspace_id").is_none());
    }
}

#[test]
fn date_workspace_and_grouping_narrow_the_rows() {
    let sandbox = Sandbox::with(Fresh::new(Some(4), Some(300)).state(Sandbox::new().now));
    let today = today(&sandbox);
    let yesterday = today - 1.day();
    let rows = items(&sandbox.call("GET", &format!("/activity?date={yesterday}"), ""));
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r["date"] == json!(yesterday.to_string())));
    let oldest = today - 30.days();
    assert_eq!(
        sandbox
            .call("GET", &format!("/activity?date={oldest}"), "")
            .status,
        200
    );

    let grouped = items(&sandbox.call("GET", "/activity?group_by=workspace", ""));
    let workspaces: BTreeSet<&str> = grouped
        .iter()
        .filter_map(|r| r["workspace_id"].as_str())
        .collect();
    assert_eq!(
        workspaces,
        BTreeSet::from([DEFAULT_WORKSPACE, SECOND_WORKSPACE])
    );
    assert!(grouped
        .iter()
        .all(|r| r.as_object().map(|o| o.len()) == Some(12)));
    let second = items(&sandbox.call(
        "GET",
        &format!("/activity?workspace_id={SECOND_WORKSPACE}&group_by=workspace"),
        "",
    ));
    assert!(!second.is_empty());
    assert!(second
        .iter()
        .all(|r| r["workspace_id"] == json!(SECOND_WORKSPACE)));
    let total = |rows: &[Value]| rows.iter().map(usage).sum::<f64>();
    let all = items(&sandbox.call("GET", "/activity", ""));
    assert!((total(&grouped) - total(&all)).abs() < 1e-3);
    assert!(total(&second) < total(&all));
}

#[test]
fn bad_parameters_answer_400() {
    let sandbox = Sandbox::examples();
    let today = today(&sandbox);
    for query in [
        format!("date={today}"),
        format!("date={}", today - 31.days()),
        format!("date={}", today + 3.days()),
        "date=2026-11-2".to_string(),
        "date=2026-11-21T00:00:00Z".to_string(),
        "date=yesterday".to_string(),
    ] {
        assert_error(
            &sandbox.call("GET", &format!("/activity?{query}"), ""),
            400,
            "last 30 completed UTC days",
        );
    }
    assert_error(
        &sandbox.call("GET", "/activity?workspace_id=default", ""),
        400,
        "workspace_id must be a UUID",
    );
    assert_error(
        &sandbox.call("GET", "/activity?group_by=model", ""),
        400,
        "group_by",
    );
    assert_error(
        &sandbox.call("POST", "/activity", ""),
        405,
        "Method Not Allowed",
    );
}

#[test]
fn only_management_keys_fetch_activity() {
    let sandbox = Sandbox::examples();
    let (_, secret) = sandbox.create(json!({"name": "app"}));
    for key in [ORDINARY_KEY, secret.as_str()] {
        assert_error(
            &sandbox.call_as(Some(key), "GET", "/activity", ""),
            403,
            "Only management keys can fetch activity",
        );
    }
    assert_error(
        &sandbox.call_as(None, "GET", "/activity", ""),
        401,
        "Missing Authentication header",
    );
    assert_error(
        &sandbox.call_as(Some("sk-or-v1-unknown"), "GET", "/activity?date=x", ""),
        401,
        "User not found",
    );
}
