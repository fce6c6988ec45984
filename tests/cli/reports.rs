//! The spend report (with 30-day history) and the hygiene audit.

use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

use crate::common::*;

fn spenders() -> Vec<Value> {
    let mut monthly = key_named(1, "monthly");
    monthly["usage"] = json!(412.75);
    let mut lifetime = key_named(2, "lifetime");
    lifetime["limit"] = json!(10);
    lifetime["limit_remaining"] = json!(0.4);
    lifetime["limit_reset"] = Value::Null;
    lifetime["usage"] = json!(9.6);
    let mut open = key_named(3, "open");
    open["limit"] = Value::Null;
    open["limit_remaining"] = Value::Null;
    open["limit_reset"] = Value::Null;
    open["usage"] = json!(3.2);
    vec![monthly, lifetime, open]
}

#[test]
fn usage_separates_the_limit_window_from_lifetime_and_totals_them() {
    let server = MockServer::start();
    let listing = listing(&server, &[], vec![(0, spenders())]);
    let out = run(orkeys(&server).args(["usage", "--json", "--sort", "spend"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    let report = out.json();
    let rows = report["keys"].as_array().expect("keys");
    let pick = |field: &str| -> Vec<Value> { rows.iter().map(|r| r[field].clone()).collect() };
    assert_eq!(
        pick("name"),
        [json!("monthly"), json!("lifetime"), json!("open")]
    );
    assert_eq!(pick("limit_used"), [json!(25.5), json!(9.6), Value::Null]);
    assert_eq!(pick("usage"), [json!(412.75), json!(9.6), json!(3.2)]);
    assert_eq!(
        pick("percent_used"),
        [json!(25.5), json!(96.0), Value::Null]
    );
    assert_eq!(report["totals"]["keys"], 3);
    assert_eq!(report["totals"]["limit_used"], 35.1);
    assert_eq!(report["totals"]["usage"], 425.55);
    assert_eq!(report["totals"]["limit"], 110);
}

#[test]
fn usage_days_adds_thirty_days_and_models_from_activity() {
    let server = MockServer::start();
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let yesterday = today.yesterday().expect("a date").to_string();
    let rows = json!({"data": [
        {"date": yesterday, "model": "openai/gpt-4.1", "model_permaslug": "openai/gpt-4.1",
         "endpoint_id": "e1", "provider_name": "OpenAI", "usage": 1.5, "byok_usage_inference": 0,
         "requests": 10, "prompt_tokens": 1, "completion_tokens": 1, "reasoning_tokens": 0},
        {"date": yesterday, "model": "anthropic/claude-sonnet-4", "model_permaslug": "x",
         "endpoint_id": "e2", "provider_name": "Anthropic", "usage": 2.5, "byok_usage_inference": 0,
         "requests": 3, "prompt_tokens": 1, "completion_tokens": 1, "reasoning_tokens": 0}
    ]});
    let activity = server.mock(|when, then| {
        api_call(when, GET, "/activity", &[("api_key_hash", &hash(1))]);
        then.status(200).json_body(rows);
    });
    let quiet = server.mock(|when, then| {
        api_call(when, GET, "/activity", &[("api_key_hash", &hash(2))]);
        then.status(200).json_body(json!({"data": []}));
    });
    let get = |n: usize| {
        server.mock(move |when, then| {
            api_call(when, GET, &format!("/keys/{}", hash(n)), &[]);
            then.status(200).json_body(json!({"data": key(n)}));
        })
    };
    let (get1, get2) = (get(1), get(2));
    let out = run(orkeys(&server).args(["usage", &hash(1), &hash(2), "--days", "--json"]));
    out.expect_code(0);
    for mock in [&activity, &quiet, &get1, &get2] {
        mock.assert_calls(1);
    }
    let history = &out.json()["activity"];
    let days = history[0]["days"].as_array().expect("days");
    assert_eq!(days.len(), 30);
    assert_eq!(days[29]["date"], yesterday);
    assert_eq!(days[29]["usage"], 4);
    assert_eq!(days[29]["requests"], 13);
    assert!(
        days[..29].iter().all(|d| d["usage"] == 0),
        "missing days are zero"
    );
    assert_eq!(
        history[0]["models"][0]["model"],
        "anthropic/claude-sonnet-4"
    );
    assert_eq!(history[0]["usage"], 4);
    assert_eq!(history[1]["usage"], 0, "a key with no activity");
    assert_eq!(history[1]["days"].as_array().map(Vec::len), Some(30));
}

#[test]
fn usage_days_draws_the_history_on_a_terminal_in_the_sandbox() {
    let playground = Playground::new();
    let out = playground.sh("orkeys usage production-api --days --format table --color never");
    out.expect_code(0);
    assert!(
        out.stdout.contains("LIMIT WINDOW") && out.stdout.contains("LIFETIME"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("TOTAL (1 key)"), "{}", out.stdout);
    assert!(
        out.stdout.contains("over the last 30 days"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains('█'), "a bar per day: {}", out.stdout);
    assert!(out.stdout.contains("MODEL"), "{}", out.stdout);
}

fn untidy() -> Vec<Value> {
    let mut open = key_named(1, "open");
    open["limit"] = Value::Null;
    open["limit_remaining"] = Value::Null;
    let mut off = key_named(2, "off");
    off["disabled"] = json!(true);
    off["expires_at"] = json!("2035-01-01T00:00:00Z");
    let twin = |n: usize| {
        let mut twin = key_named(n, "twin");
        twin["expires_at"] = json!("2035-01-01T00:00:00Z");
        twin["last_used_at"] = json!(jiff::Timestamp::now().to_string());
        twin
    };
    vec![open, off, twin(3), twin(4)]
}

#[test]
fn audit_groups_findings_with_remedies_and_reads_every_key() {
    let server = MockServer::start();
    let listing = listing(&server, &EVERY_KEY, vec![(0, untidy())]);
    let out = run(orkeys(&server).args(["audit", "--json"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    let groups = out.json();
    let found: Vec<(String, Vec<String>)> = groups
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            (
                g["finding"].as_str().unwrap_or_default().to_string(),
                g["keys"]
                    .as_array()
                    .map(|keys| {
                        keys.iter()
                            .map(|k| k["name"].as_str().unwrap_or_default().to_string())
                            .collect()
                    })
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("no-limit".to_string(), vec!["open".to_string()]),
            ("no-expiry".to_string(), vec!["open".to_string()]),
            (
                "stale".to_string(),
                vec!["open".to_string(), "off".to_string()]
            ),
            ("disabled".to_string(), vec!["off".to_string()]),
            (
                "duplicate-name".to_string(),
                vec!["twin".to_string(), "twin".to_string()]
            ),
        ]
    );
    assert!(groups[0]["remedy"]
        .as_str()
        .is_some_and(|r| r.contains("orkeys update KEY --limit")));
}

#[test]
fn fail_on_exits_10_only_for_the_findings_it_names() {
    let server = MockServer::start();
    let listing = listing(&server, &EVERY_KEY, vec![(0, untidy())]);
    for (fail_on, code) in [
        ("no-limit", 10),
        ("duplicate-name,stale", 10),
        ("all", 10),
        ("near-limit,expiring", 0),
    ] {
        let out = run(orkeys(&server).args(["audit", "--fail-on", fail_on]));
        assert_eq!(out.code, code, "--fail-on {fail_on}: {}", out.stderr);
        if code == 10 {
            assert!(
                out.stderr.contains("findings listed in --fail-on"),
                "{}",
                out.stderr
            );
        }
        // Piped, as in CI: rows on stdout, each finding's remedy on stderr.
        assert!(
            out.stderr
                .contains("orkeys: no-limit: 1 key. Remedy: cap it: orkeys update KEY --limit USD"),
            "{}",
            out.stderr
        );
        assert!(
            out.stdout.lines().all(|l| l.split('\t').count() == 4),
            "{}",
            out.stdout
        );
    }
    let out = run(orkeys(&server).args(["audit", "--fail-on", "everything"]));
    out.expect_code(2);
    listing.pages[0].assert_calls(4);
}

#[test]
fn audit_thresholds_are_flags() {
    let playground = Playground::new();
    let out =
        playground.sh("orkeys audit --format tsv --near-limit 90 --expiring 30d --stale 100d");
    out.expect_code(0);
    let findings: Vec<(String, String)> = out
        .stdout
        .lines()
        .filter_map(|l| {
            let mut fields = l.split('\t');
            Some((fields.next()?.to_string(), fields.nth(1)?.to_string()))
        })
        .collect();
    assert!(
        findings.contains(&("near-limit".into(), "staging".into())),
        "{}",
        out.stdout
    );
    assert!(
        findings.contains(&("expiring".into(), "ci-nightly".into())),
        "{}",
        out.stdout
    );
    assert!(
        findings.contains(&("stale".into(), "old-laptop".into())),
        "{}",
        out.stdout
    );
    assert!(
        findings.contains(&("disabled".into(), "old-laptop".into())),
        "{}",
        out.stdout
    );
    assert!(
        findings.contains(&("no-limit".into(), "ci-nightly".into())),
        "{}",
        out.stdout
    );
}
