//! One output model: every format, --fields and --jq, for every view.

use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

use crate::common::*;

fn two_keys(server: &MockServer) -> Listing<'_> {
    let mut tricky = key_named(2, "acme, \"west\"\nline two");
    tricky["limit"] = Value::Null;
    tricky["limit_remaining"] = Value::Null;
    listing(server, &[], vec![(0, vec![key(1), tricky])])
}

#[test]
fn jq_filters_the_json_in_process() {
    let server = MockServer::start();
    let mock = two_keys(&server);
    let out = run(orkeys(&server).args(["list", "--jq", ".[] | select(.limit != null) | .name"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "key-1\n", "strings print raw");
    let out = run(orkeys(&server).args(["list", "--jq", ".[0] | {name, usage}"]));
    out.expect_code(0);
    assert_eq!(
        out.stdout, "{\"name\":\"key-1\",\"usage\":25.5}\n",
        "objects print compact"
    );
    let out = run(orkeys(&server).args(["list", "--jq", "map(.usage) | add", "--fields", "usage"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "51\n");
    mock.pages[0].assert_calls(3);
}

#[test]
fn an_invalid_jq_expression_is_a_usage_error_before_any_request() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let out = run(orkeys(&server).args(["list", "--jq", ".[] | select(.usage >"]));
    out.expect_code(2);
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("a JSON error");
    assert_eq!(error["error"]["kind"], "usage");
    assert!(
        error["error"]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("invalid --jq expression: expected ")),
        "{}",
        out.stderr
    );
    let out = run(orkeys(&server).args(["list", "--jq", ".", "--format", "csv"]));
    out.expect_code(2);
    anything.assert_calls(0);
}

#[test]
fn fields_choose_columns_in_every_format() {
    let server = MockServer::start();
    let mock = two_keys(&server);
    let fields = ["--fields", "name,limit_used,usage,status"];
    let out = run(orkeys(&server)
        .args(["list", "--format", "tsv"])
        .args(fields));
    out.expect_code(0);
    assert_eq!(
        out.stdout,
        "key-1\t25.5\t25.5\tactive\nacme, \"west\"\\nline two\t\t25.5\tactive\n"
    );
    let out = run(orkeys(&server)
        .args(["list", "--format", "csv"])
        .args(fields));
    out.expect_code(0);
    assert_eq!(
        out.stdout,
        "name,limit_used,usage,status\nkey-1,25.5,25.5,active\n\"acme, \"\"west\"\"\nline two\",,25.5,active\n"
    );
    let out = run(orkeys(&server).args(["list", "--json"]).args(fields));
    out.expect_code(0);
    assert_eq!(
        out.json()[0],
        json!({"name": "key-1", "limit_used": 25.5, "usage": 25.5, "status": "active"})
    );
    let out = run(orkeys(&server)
        .args(["list", "--format", "jsonl"])
        .args(fields));
    out.expect_code(0);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["limit_used"], Value::Null);
    let out = run(orkeys(&server)
        .args(["list", "--format", "table"])
        .args(fields));
    out.expect_code(0);
    let header = out.stdout.lines().next().unwrap_or_default();
    let columns: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(columns, ["NAME", "LIMIT", "USED", "LIFETIME", "STATUS"]);
    mock.pages[0].assert_calls(5);
}

#[test]
fn jsonl_writes_the_api_objects_one_per_line() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, (0..3).map(key).collect())]);
    let out = run(orkeys(&server).args(["list", "--format", "jsonl"]));
    out.expect_code(0);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines, vec![key(0), key(1), key(2)]);
    mock.assert_each_page_once();
}

#[test]
fn one_object_views_take_every_format_too() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(1)), &[]);
        then.status(200).json_body(json!({"data": key(1)}));
    });
    let get = |format: &str| {
        let out = run(orkeys(&server).args([
            "get",
            &hash(1),
            "--format",
            format,
            "--fields",
            "hash,name",
        ]));
        out.expect_code(0);
        out.stdout
    };
    assert_eq!(get("csv"), format!("hash,name\n{},key-1\n", hash(1)));
    assert_eq!(get("tsv"), format!("{}\tkey-1\n", hash(1)));
    assert_eq!(
        get("jsonl"),
        format!("{{\"hash\":\"{}\",\"name\":\"key-1\"}}\n", hash(1))
    );
    let table = get("table");
    assert!(
        table.contains("Hash") && table.contains(&hash(1)),
        "{table}"
    );
    mock.assert_calls(4);
}

#[test]
fn json_errors_carry_an_ambiguous_keys_candidates_as_objects() {
    let server = MockServer::start();
    let mock = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "ci"), key_named(2, "ci"), key(3)])],
    );
    let out = run(orkeys(&server).args(["get", "ci", "--json"]));
    out.expect_code(2);
    mock.assert_each_page_once();
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("a JSON error");
    assert_eq!(error["error"]["kind"], "ambiguous");
    let candidates = error["error"]["candidates"].as_array().expect("an array");
    assert_eq!(candidates, &vec![key_named(1, "ci"), key_named(2, "ci")]);
}
