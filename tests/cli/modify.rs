//! `update`, `enable`, `disable` and `delete`.

use httpmock::{
    Method::{DELETE, GET, PATCH},
    MockServer,
};
use serde_json::json;

use crate::common::*;

#[test]
fn update_sends_exactly_the_fields_given() {
    let server = MockServer::start();
    let mut updated = key_named(1, "renamed");
    updated["disabled"] = json!(true);
    let mock = server.mock(|when, then| {
        api_call(when, PATCH, &format!("/keys/{}", hash(1)), &[])
            .header("content-type", "application/json")
            .json_body(json!({
                "name": "renamed",
                "disabled": true,
                "limit": 75,
                "limit_reset": "daily",
                "include_byok_in_limit": false,
                "workspace_id": WORKSPACE
            }));
        then.status(200).json_body(json!({"data": updated.clone()}));
    });
    let out = run(orkeys(&server).args([
        "update",
        &hash(1),
        "--name",
        "renamed",
        "--disable",
        "--limit",
        "75",
        "--limit-reset",
        "daily",
        "--include-byok-in-limit",
        "false",
        "--workspace-id",
        WORKSPACE,
        "--json",
    ]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert_eq!(out.json(), updated);
}

#[test]
fn no_limit_and_reset_none_send_explicit_nulls() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, PATCH, &format!("/keys/{}", hash(1)), &[])
            .json_body(json!({"limit": null, "limit_reset": null, "disabled": false}));
        then.status(200).json_body(json!({"data": key(1)}));
    });
    let out = run(orkeys(&server).args([
        "keys",
        "update",
        &hash(1),
        "--no-limit",
        "--limit-reset",
        "none",
        "--enable",
    ]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert!(out
        .stdout
        .starts_with(&format!("{}\tkey-1\tactive\t", hash(1))));
}

#[test]
fn update_by_name_resolves_then_patches() {
    let server = MockServer::start();
    let listing = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "prod"), key_named(2, "dev")])],
    );
    let patch = server.mock(|when, then| {
        api_call(when, PATCH, &format!("/keys/{}", hash(2)), &[]).json_body(json!({"limit": 5}));
        then.status(200)
            .json_body(json!({"data": key_named(2, "dev")}));
    });
    let out = run(orkeys(&server).args(["update", "dev", "--limit", "5"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    patch.assert_calls(1);
}

#[test]
fn disable_and_enable_take_several_keys() {
    let server = MockServer::start();
    let listing = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "a"), key_named(2, "b")])],
    );
    let mut patches = Vec::new();
    for n in [1, 2] {
        patches.push(server.mock(move |when, then| {
            api_call(when, PATCH, &format!("/keys/{}", hash(n)), &[])
                .json_body(json!({"disabled": true}));
            let mut disabled = key(n);
            disabled["disabled"] = json!(true);
            then.status(200).json_body(json!({"data": disabled}));
        }));
    }
    let out = run(orkeys(&server).args(["disable", "a", "b", "--json"]));
    out.expect_code(0);
    listing.assert_each_page_once();
    for patch in &patches {
        patch.assert_calls(1);
    }
    assert_eq!(
        out.json(),
        json!([
            {"hash": hash(1), "name": "key-1", "action": "disable", "ok": true},
            {"hash": hash(2), "name": "key-2", "action": "disable", "ok": true}
        ])
    );

    let enable = server.mock(|when, then| {
        api_call(when, PATCH, &format!("/keys/{}", hash(3)), &[])
            .json_body(json!({"disabled": false}));
        then.status(200).json_body(json!({"data": key(3)}));
    });
    let get = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(3)), &[]);
        then.status(200).json_body(json!({"data": key(3)}));
    });
    let out = run(orkeys(&server).args(["keys", "enable", &hash(3)]));
    out.expect_code(0);
    get.assert_calls(0);
    enable.assert_calls(1);
}

#[test]
fn delete_with_yes_deletes_each_key_and_reports_it() {
    let server = MockServer::start();
    let get = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(1)), &[]);
        then.status(200)
            .json_body(json!({"data": key_named(1, "old")}));
    });
    let listing = listing(
        &server,
        &EVERY_KEY,
        vec![(0, vec![key_named(1, "old"), key_named(2, "older")])],
    );
    let mut deletes = Vec::new();
    for n in [1, 2] {
        deletes.push(server.mock(move |when, then| {
            api_call(when, DELETE, &format!("/keys/{}", hash(n)), &[]);
            then.status(200).json_body(json!({"deleted": true}));
        }));
    }
    let out = run(orkeys(&server).args(["delete", &hash(1), "older", "--yes", "--json"]));
    out.expect_code(0);
    get.assert_calls(1);
    listing.assert_each_page_once();
    for delete in &deletes {
        delete.assert_calls(1);
    }
    assert_eq!(
        out.json(),
        json!([
            {"hash": hash(1), "name": "old", "action": "delete", "ok": true},
            {"hash": hash(2), "name": "older", "action": "delete", "ok": true}
        ])
    );

    let out = run(orkeys(&server).args(["rm", "-y", &hash(1)]));
    out.expect_code(0);
    assert_eq!(out.stdout, format!("{}\told\tdelete\ttrue\t\n", hash(1)));
}

#[test]
fn delete_without_a_terminal_or_yes_sends_nothing() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let out = run(orkeys(&server).args(["delete", &hash(1)]));
    out.expect_code(2);
    anything.assert_calls(0);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    let out = run(orkeys(&server).args(["delete", "prod", "--json"]));
    out.expect_code(2);
    anything.assert_calls(0);
    let error: serde_json::Value = serde_json::from_str(out.stderr.trim()).expect("JSON error");
    assert_eq!(error["error"]["kind"], "not_interactive");
}

#[test]
fn a_failure_midway_does_not_stop_the_other_keys() {
    let server = MockServer::start();
    let gets: Vec<_> = [1, 2]
        .into_iter()
        .map(|n| {
            server.mock(move |when, then| {
                api_call(when, GET, &format!("/keys/{}", hash(n)), &[]);
                then.status(200).json_body(json!({"data": key(n)}));
            })
        })
        .collect();
    let first = server.mock(|when, then| {
        api_call(when, DELETE, &format!("/keys/{}", hash(1)), &[]);
        then.status(200).json_body(json!({"deleted": true}));
    });
    let second = server.mock(|when, then| {
        api_call(when, DELETE, &format!("/keys/{}", hash(2)), &[]);
        then.status(404)
            .json_body(json!({"error": {"code": 404, "message": "API key not found"}}));
    });
    let third = server.mock(|when, then| {
        api_call(when, DELETE, &format!("/keys/{}", hash(3)), &[]);
        then.status(200).json_body(json!({"deleted": true}));
    });
    let get3 = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(3)), &[]);
        then.status(200).json_body(json!({"data": key(3)}));
    });
    let out = run(orkeys(&server).args(["delete", "--yes", &hash(1), &hash(2), &hash(3)]));
    out.expect_code(3);
    for get in gets.iter().chain([&get3]) {
        get.assert_calls(1);
    }
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(rows.len(), 3, "{}", out.stdout);
    assert_eq!(rows[0], format!("{}\tkey-1\tdelete\ttrue\t", hash(1)));
    assert!(rows[1].starts_with(&format!("{}\tkey-2\tdelete\tfalse\tnot found", hash(2))));
    assert_eq!(rows[2], format!("{}\tkey-3\tdelete\ttrue\t", hash(3)));
    assert!(
        out.stderr
            .contains("1 of 3 keys could not be deleted; the first failure: not found"),
        "{}",
        out.stderr
    );
}
