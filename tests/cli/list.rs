//! `list`, `get` and KEY selectors.

use std::ops::Range;

use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

use crate::common::*;

/// A listing whose page at each offset holds the sample keys given.
fn pages(server: &MockServer, pages: [(u64, Range<usize>); 3]) -> Listing<'_> {
    listing(
        server,
        &[],
        pages
            .into_iter()
            .map(|(offset, keys)| (offset, keys.map(key).collect()))
            .collect(),
    )
}

#[test]
fn list_follows_three_pages_and_drops_the_duplicate_across_a_boundary() {
    let server = MockServer::start();
    // 250 keys; key 99 shifts onto the second page as well (a key was created mid-listing).
    let mocks = pages(&server, [(0, 0..100), (100, 99..199), (200, 199..250)]);

    let out = run(orkeys(&server).args(["list", "--json"]));
    out.expect_code(0);
    mocks.assert_each_page_once();
    let listed = out.json();
    let hashes: Vec<&str> = listed
        .as_array()
        .expect("array")
        .iter()
        .map(|k| k["hash"].as_str().expect("hash"))
        .collect();
    let expected: Vec<String> = (0..250).map(hash).collect();
    assert_eq!(hashes, expected);
    // Objects pass through exactly as the API sent them, unknown fields included.
    assert_eq!(listed[7], key(7));
    assert_eq!(out.stderr, "");
}

#[test]
fn list_limit_fetches_only_the_pages_needed() {
    let server = MockServer::start();
    let mocks = pages(&server, [(0, 0..100), (100, 100..200), (200, 200..250)]);

    let out = run(orkeys(&server).args(["list", "--limit", "150"]));
    out.expect_code(0);
    mocks.pages[0].assert_calls(1);
    mocks.pages[1].assert_calls(1);
    mocks.pages[2].assert_calls(0);
    mocks.rest.assert_calls(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 150);
    assert!(lines[149].starts_with(&format!("{}\tkey-149\t", hash(149))));
}

#[test]
fn list_sends_every_filter_and_starts_at_the_offset() {
    let server = MockServer::start();
    let filters = [
        ("include_disabled", "true"),
        ("include_expired", "true"),
        ("workspace_id", WORKSPACE),
    ];
    let mock = listing(&server, &filters, vec![(5, vec![key(5), key(6)])]);
    let out = run(orkeys(&server).args([
        "keys",
        "list",
        "--include-disabled",
        "--include-expired",
        "--workspace-id",
        WORKSPACE,
        "--offset",
        "5",
        "--json",
    ]));
    out.expect_code(0);
    mock.assert_each_page_once();
    assert_eq!(out.json(), json!([key(5), key(6)]));
}

#[test]
fn an_empty_list_is_success_in_every_format() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, vec![])]);
    let out = run(orkeys(&server).args(["list", "--json"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "[]\n");
    let out = run(orkeys(&server).args(["list"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "");
    mock.pages[0].assert_calls(2);
}

#[test]
fn piped_list_prints_one_tab_separated_row_per_key() {
    let server = MockServer::start();
    let mut odd = key(1);
    odd["name"] = json!("tab\there\nnewline");
    odd["disabled"] = json!(true);
    odd["limit"] = Value::Null;
    odd["limit_remaining"] = Value::Null;
    odd["limit_reset"] = Value::Null;
    odd["expires_at"] = json!("2027-12-31T23:59:59Z");
    let mock = listing(&server, &[], vec![(0, vec![key(0), odd])]);
    let out = run(orkeys(&server).arg("list"));
    out.expect_code(0);
    mock.assert_each_page_once();
    let h0 = hash(0);
    let h1 = hash(1);
    let expected = format!(
        "{h0}\tkey-0\tactive\tsk-or-v1-{}...{}\t25.5\t100\t74.5\tmonthly\t2025-02-19T20:52:27.363244Z\t\t{WORKSPACE}\t25.5\n\
         {h1}\ttab\\there\\nnewline\tdisabled\tsk-or-v1-{}...{}\t25.5\t\t\t\t2025-02-19T20:52:27.363244Z\t2027-12-31T23:59:59Z\t{WORKSPACE}\t\n",
        &h0[..3],
        &h0[60..],
        &h1[..3],
        &h1[60..]
    );
    assert_eq!(out.stdout, expected);
    assert!(!out.stdout.contains('\u{1b}'), "no colour in pipes");
}

#[test]
fn get_by_full_hash_asks_for_that_key_only() {
    let server = MockServer::start();
    let upper = hash(3).to_uppercase();
    let mock = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(3)), &[]);
        then.status(200).json_body(json!({"data": key(3)}));
    });
    let out = run(orkeys(&server).args(["get", &upper, "--json"]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert_eq!(out.json(), key(3));
}

#[test]
fn get_by_name_or_prefix_searches_disabled_and_expired_keys_too() {
    let server = MockServer::start();
    let mut disabled = key_named(2, "staging");
    disabled["disabled"] = json!(true);
    let listing = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "prod"), disabled.clone()])],
    );
    let out = run(orkeys(&server).args(["get", "staging", "--json"]));
    out.expect_code(0);
    assert_eq!(out.json(), disabled);

    let prefix = &hash(1)[..8];
    let out = run(orkeys(&server).args(["keys", "get", prefix]));
    out.expect_code(0);
    assert!(out
        .stdout
        .starts_with(&format!("{}\tprod\tactive\t", hash(1))));
    listing.pages[0].assert_calls(2);
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_exits_2() {
    let server = MockServer::start();
    let listing = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "ci"), key_named(2, "ci")])],
    );
    let out = run(orkeys(&server).args(["get", "ci"]));
    out.expect_code(2);
    listing.assert_each_page_once();
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("'ci' matches 2 keys in the default workspace"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(&hash(1)[..12]) && out.stderr.contains(&hash(2)[..12]));
    assert!(out.stderr.contains("by its hash"), "{}", out.stderr);
}

#[test]
fn a_selector_that_matches_nothing_exits_3() {
    let server = MockServer::start();
    let listing = listing(&server, &EVERY_KEY, vec![(0, vec![key(1)])]);
    let out = run(orkeys(&server).args(["get", "nope"]));
    out.expect_code(3);
    listing.assert_each_page_once();
    assert!(
        out.stderr
            .starts_with("orkeys: error: no key in the default workspace is named 'nope'"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--workspace-id"), "{}", out.stderr);

    let missing = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(9)), &[]);
        then.status(404)
            .json_body(json!({"error": {"code": 404, "message": "API key not found"}}));
    });
    let out = run(orkeys(&server).args(["get", &hash(9)]));
    out.expect_code(3);
    missing.assert_calls(1);
    assert!(out.stderr.contains("API key not found"), "{}", out.stderr);
}

#[test]
fn current_shows_the_calling_key() {
    let server = MockServer::start();
    let data = json!({
        "label": "sk-or-v1-au7...890", "is_management_key": true, "is_provisioning_key": true,
        "is_free_tier": false, "limit": null, "limit_remaining": null, "limit_reset": null,
        "usage": 0, "usage_daily": 0, "usage_weekly": 0, "usage_monthly": 0, "expires_at": null,
        "allowed_data_regions": ["global"], "organization_id": null
    });
    let mock = server.mock(|when, then| {
        api_call(when, GET, "/key", &[]);
        then.status(200).json_body(json!({"data": data.clone()}));
    });
    let out = run(orkeys(&server).args(["current", "--json"]));
    out.expect_code(0);
    assert_eq!(out.json(), data);
    let out = run(orkeys(&server).arg("whoami"));
    out.expect_code(0);
    assert_eq!(out.stdout, "sk-or-v1-au7...890\ttrue\t0\t\t\t\t\tfalse\t\n");
    mock.assert_calls(2);
}

#[test]
fn base_url_may_end_with_a_slash_and_json_may_come_first() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, vec![key(0)])]);
    let out = run(orkeys(&server).args(["--json", "--base-url", &server.url("/api/v1/"), "list"]));
    out.expect_code(0);
    mock.assert_each_page_once();
    assert_eq!(out.json(), json!([key(0)]));
}

#[test]
fn colour_never_reaches_a_pipe() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, vec![key(0), key(1)])]);
    let out = run(orkeys(&server).args(["list", "--color", "always"]));
    out.expect_code(0);
    mock.assert_each_page_once();
    assert_eq!(out.stdout.lines().count(), 2);
    assert!(!out.stdout.contains('\u{1b}'));
}

#[test]
fn sort_orders_the_whole_listing_before_offset_and_limit() {
    let server = MockServer::start();
    let spend = [3.0, 412.75, 0.0, 310.0, 58.1];
    let keys: Vec<Value> = spend
        .iter()
        .enumerate()
        .map(|(n, usage)| {
            let mut key = key_named(n, &format!("k{n}"));
            key["usage"] = json!(usage);
            key
        })
        .collect();
    let listing = listing(&server, &[], vec![(0, keys)]);
    let out = run(orkeys(&server).args([
        "list",
        "--sort",
        "usage",
        "--reverse",
        "--offset",
        "1",
        "--limit",
        "2",
        "--fields",
        "name,usage",
    ]));
    out.expect_code(0);
    listing.assert_each_page_once();
    assert_eq!(out.stdout, "k3\t310.0\nk4\t58.1\n");
}
