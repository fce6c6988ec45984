//! Filters, and actions over every key they choose: the requests sent, confirmation, dry runs
//! and a failure in the middle.

use httpmock::{
    Method::{DELETE, PATCH},
    MockServer,
};
use serde_json::{json, Value};

use crate::common::*;

/// Keys spending 95 %, 10 % and (no limit) of their monthly limits.
/// Filters choose among every key: bulk actions list them all.
const EVERY: &[(&str, &str)] = &[("include_disabled", "true"), ("include_expired", "true")];

fn spenders() -> Vec<Value> {
    let mut hot = key_named(1, "hot");
    hot["limit_remaining"] = json!(5);
    let mut cool = key_named(2, "cool");
    cool["limit_remaining"] = json!(90);
    let mut open = key_named(3, "open");
    open["limit"] = Value::Null;
    open["limit_remaining"] = Value::Null;
    vec![hot, cool, open]
}

fn patch(server: &MockServer, n: usize, disabled: bool, status: u16) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        api_call(when, PATCH, &format!("/keys/{}", hash(n)), &[])
            .json_body(json!({"disabled": disabled}));
        if status == 200 {
            let mut updated = key(n);
            updated["disabled"] = json!(disabled);
            then.status(200).json_body(json!({"data": updated}));
        } else {
            then.status(status)
                .json_body(json!({"error": {"code": status, "message": "Internal Server Error"}}));
        }
    })
}

#[test]
fn a_filtered_disable_patches_exactly_the_keys_that_pass() {
    let server = MockServer::start();
    let listing = listing(&server, EVERY, vec![(0, spenders())]);
    let hot = patch(&server, 1, true, 200);
    let others = server.mock(|when, then| {
        when.method(PATCH).path_excludes(hash(1));
        then.status(599);
    });
    let out = run(orkeys(&server).args(["disable", "--over", "90", "--yes", "--json"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    hot.assert_calls(1);
    others.assert_calls(0);
    assert_eq!(
        out.json(),
        json!([{"hash": hash(1), "name": "key-1", "action": "disable", "ok": true}])
    );
}

#[test]
fn filters_choose_among_every_key_disabled_and_expired_ones_included() {
    let server = MockServer::start();
    let mut old = key_named(1, "old");
    old["disabled"] = json!(true);
    old["last_used_at"] = json!("2025-01-01T00:00:00Z");
    let mut recent = key_named(2, "recent");
    recent["disabled"] = json!(true);
    recent["last_used_at"] = Value::Null;
    recent["created_at"] = json!(jiff::Timestamp::now().to_string());
    let listing = listing(&server, EVERY, vec![(0, vec![old, recent, key(3)])]);
    let delete = server.mock(|when, then| {
        api_call(when, DELETE, &format!("/keys/{}", hash(1)), &[]);
        then.status(200).json_body(json!({"deleted": true}));
    });
    let out = run(orkeys(&server).args(["delete", "--disabled", "--unused-for", "180d", "--yes"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    delete.assert_calls(1);
    assert_eq!(out.stdout, format!("{}\told\tdelete\ttrue\t\n", hash(1)));
}

#[test]
fn a_failure_in_the_middle_does_not_stop_the_others() {
    let server = MockServer::start();
    // Enabling changes disabled keys; an active one needs no write.
    let disabled = |n| {
        let mut key = key(n);
        key["disabled"] = json!(true);
        key
    };
    let listing = listing(
        &server,
        EVERY,
        vec![(0, vec![disabled(1), disabled(2), key(4), disabled(3)])],
    );
    let first = patch(&server, 1, false, 200);
    let second = patch(&server, 2, false, 500);
    let third = patch(&server, 3, false, 200);
    let out = run(orkeys(&server).args(["enable", "--all", "--yes", "--json", "--retries", "0"]));
    out.expect_code(1);
    listing.assert_each_page_once();
    for mock in [&first, &second, &third] {
        mock.assert_calls(1);
    }
    let outcomes = out.json();
    let ok: Vec<bool> = outcomes
        .as_array()
        .expect("an array")
        .iter()
        .map(|o| o["ok"].as_bool().unwrap_or(true))
        .collect();
    assert_eq!(ok, [true, false, true]);
    assert_eq!(outcomes[1]["error"]["kind"], "server");
    assert!(
        out.stderr
            .contains("1 of 3 keys could not be enabled; the first failure:"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_dry_run_lists_and_writes_nothing() {
    let server = MockServer::start();
    let listing = listing(&server, EVERY, vec![(0, spenders())]);
    let writes = server.mock(|when, then| {
        when.method(PATCH);
        then.status(599);
    });
    let out = run(orkeys(&server).args(["disable", "--no-limit", "--dry-run", "--fields", "name"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    writes.assert_calls(0);
    assert_eq!(out.stdout, "open\n");
}

#[test]
fn bulk_actions_refuse_to_guess() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let cases: [(&[&str], &str); 4] = [
        (
            &["disable", "--over", "90"],
            "refusing to disable without confirmation",
        ),
        (
            &["delete", "--all"],
            "refusing to delete without confirmation",
        ),
        (
            &["disable"],
            "the following required argument was not provided",
        ),
        (
            &["disable", "somekey", "--over", "5", "--yes"],
            "give KEYs or filters, not both",
        ),
    ];
    for (args, message) in cases {
        let out = run(orkeys(&server).args(args));
        out.expect_code(2);
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
    }
    let out = run(orkeys(&server).arg("disable"));
    assert!(out.stderr.contains("(or --all)"), "{}", out.stderr);
    anything.assert_calls(0);
}

#[test]
fn every_filter_narrows_a_listing_of_the_sandbox() {
    let playground = Playground::new();
    let names = |args: &str| -> Vec<String> {
        let out = playground.sh(&format!("orkeys list {args} --fields name --sort name"));
        out.expect_code(0);
        out.stdout.lines().map(str::to_string).collect()
    };
    assert_eq!(names("--match 'c*'"), ["ci-nightly", "customer-acme"]);
    assert_eq!(names("--disabled"), ["old-laptop"]);
    assert_eq!(names("--expired"), ["hackathon-2025"]);
    assert_eq!(names("--expiring-within 30d"), ["ci-nightly"]);
    assert_eq!(names("--over 90"), ["staging"]);
    assert_eq!(
        names("--over 90 --include-disabled --include-expired"),
        ["hackathon-2025", "old-laptop", "staging"]
    );
    assert_eq!(names("--no-limit"), ["ci-nightly"]);
    assert_eq!(names("--unused-for 60d --include-disabled"), ["old-laptop"]);
    assert_eq!(
        names("--enabled --match '*a*' --over 10"),
        ["production-api", "staging"]
    );
    assert_eq!(names("--disabled --limit 1"), ["old-laptop"]);
}

#[test]
fn keys_already_as_asked_are_skipped_and_said_so() {
    let server = MockServer::start();
    let mut off = spenders();
    for key in &mut off {
        key["disabled"] = json!(true);
    }
    let listing = listing(&server, EVERY, vec![(0, off)]);
    let writes = server.mock(|when, then| {
        when.method(PATCH);
        then.status(599);
    });
    let out = run(orkeys(&server).args(["disable", "--all", "--yes", "--json"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    writes.assert_calls(0);
    assert_eq!(out.json(), json!([]));
    assert!(
        out.stderr
            .contains("3 keys matched, all already disabled; nothing to disable"),
        "{}",
        out.stderr
    );
    // A dry run says so too, and prints the list of keys it would change (none), as a dry
    // run always does.
    let out = run(orkeys(&server).args(["disable", "--all", "--dry-run", "--format", "csv"]));
    out.expect_code(0);
    writes.assert_calls(0);
    assert_eq!(
        out.stdout,
        "hash,name,status,label,usage,limit,limit_remaining,limit_reset,created_at,expires_at,workspace_id,limit_used\n"
    );
    assert!(
        out.stderr.contains("all already disabled"),
        "{}",
        out.stderr
    );
    // And for enable, over keys that are all enabled.
    let server = MockServer::start();
    let listing = crate::common::listing(&server, EVERY, vec![(0, spenders())]);
    let writes = server.mock(|when, then| {
        when.method(PATCH);
        then.status(599);
    });
    let out = run(orkeys(&server).args(["enable", "--all", "--yes"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    writes.assert_calls(0);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("3 keys matched, all already enabled; nothing to enable"),
        "{}",
        out.stderr
    );
}
