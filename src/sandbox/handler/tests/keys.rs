//! The key routes answer as the API does.

use serde_json::{json, Value};

use super::*;
use crate::sandbox::seed::{self, DEFAULT_WORKSPACE};

#[test]
fn create_answers_201_with_a_real_looking_secret_once() {
    let sandbox = Sandbox::new();
    let (data, secret) =
        sandbox.create(json!({"name": "ci", "limit": 10, "limit_reset": "weekly"}));
    assert_key_shape(&data);
    assert!(
        secret.starts_with("sk-or-v1-") && secret.len() == 73,
        "{secret}"
    );
    assert_eq!(data["hash"], json!(seed::sha256_hex(&secret)));
    assert_eq!(data["label"], json!(seed::label(&secret)));
    assert!(!data["label"]
        .as_str()
        .unwrap_or_default()
        .contains(&secret[12..70]));
    assert_eq!(data["limit"], json!(10));
    assert_eq!(data["limit_remaining"], json!(10));
    assert_eq!(data["workspace_id"], json!(DEFAULT_WORKSPACE));
    let fetched = sandbox.call(
        "GET",
        &format!("/keys/{}", data["hash"].as_str().unwrap_or_default()),
        "",
    );
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.body, json!({"data": data}));
    assert!(
        !fetched.body.to_string().contains(&secret),
        "the secret is never returned again"
    );
}

#[test]
fn create_takes_every_documented_field() {
    let sandbox = Sandbox::new();
    let (data, _) = sandbox.create(json!({
        "name": "acme", "limit": 12.5, "limit_reset": "monthly", "include_byok_in_limit": true,
        "expires_at": "2027-12-31T23:59:59Z", "workspace_id": WORKSPACE,
        "creator_user_id": "user_1", "external": {"user": "cust-1", "api_key": "x".repeat(32)},
        "ignored_unknown_field": 1
    }));
    assert_eq!(data["limit"], json!(12.5));
    assert_eq!(data["limit_reset"], json!("monthly"));
    assert_eq!(data["include_byok_in_limit"], json!(true));
    assert_eq!(data["expires_at"], json!("2027-12-31T23:59:59Z"));
    assert_eq!(data["workspace_id"], json!(WORKSPACE));
    assert_eq!(data["creator_user_id"], json!("user_1"));
    assert_eq!(data["external_user"], json!("cust-1"));
    assert!(
        !data.to_string().contains(&"x".repeat(32)),
        "an external key is never returned"
    );
}

#[test]
fn create_validation_answers_400_and_creates_nothing() {
    let sandbox = Sandbox::new();
    let cases = [
        ("[1]", "JSON object"),
        ("not json", "JSON object"),
        (r#"{}"#, "name is required"),
        (r#"{"name": ""}"#, "name must not be empty"),
        (r#"{"name": "  "}"#, "name must not be empty"),
        (r#"{"name": 5}"#, "name must be a string"),
        (
            r#"{"name": "x", "limit": -1}"#,
            "limit must be a non-negative number",
        ),
        (
            r#"{"name": "x", "limit": "10"}"#,
            "limit must be a non-negative number",
        ),
        (
            r#"{"name": "x", "limit_reset": "yearly"}"#,
            "limit_reset must be one of",
        ),
        (
            r#"{"name": "x", "include_byok_in_limit": "yes"}"#,
            "must be a boolean",
        ),
        (
            r#"{"name": "x", "expires_at": "2027-12-31T23:59Z"}"#,
            "with seconds",
        ),
        (
            r#"{"name": "x", "expires_at": "2027-12-31T23:59:59+02:00"}"#,
            "UTC",
        ),
        (
            r#"{"name": "x", "expires_at": "2020-01-01T00:00:00Z"}"#,
            "in the future",
        ),
        (
            r#"{"name": "x", "workspace_id": "default"}"#,
            "workspace_id must be a UUID",
        ),
        (r#"{"name": "x", "creator_user_id": ""}"#, "creator_user_id"),
        (
            r#"{"name": "x", "external": {"api_key": "k"}}"#,
            "external.user is required",
        ),
        (
            r#"{"name": "x", "external": {"user": "u", "api_key": "short"}}"#,
            "at least 32",
        ),
    ];
    for (body, message) in cases {
        assert_error(&sandbox.call("POST", "/keys", body), 400, message);
    }
    assert_eq!(sandbox.count(), 0);
}

#[test]
fn update_changes_only_what_is_sent_and_null_clears() {
    let sandbox = Sandbox::new();
    let (data, _) = sandbox.create(json!({"name": "ci", "limit": 10, "limit_reset": "daily"}));
    let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
    let answer = sandbox.call(
        "PATCH",
        &path,
        r#"{"limit": null, "limit_reset": null, "unknown": 1}"#,
    );
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    assert_key_shape(&answer.body["data"]);
    assert_eq!(answer.body["data"]["limit"], Value::Null);
    assert_eq!(answer.body["data"]["limit_remaining"], Value::Null);
    assert_eq!(answer.body["data"]["limit_reset"], Value::Null);
    assert_eq!(answer.body["data"]["name"], json!("ci"));
    assert_eq!(
        answer.body["data"]["updated_at"],
        json!("2026-11-22T12:00:00Z")
    );

    let answer = sandbox.call(
        "PATCH",
        &path,
        &json!({"name": "renamed", "disabled": true, "limit": 3, "limit_reset": "weekly",
                "include_byok_in_limit": true, "workspace_id": WORKSPACE})
        .to_string(),
    );
    assert_eq!(answer.status, 200);
    let updated = &answer.body["data"];
    assert_eq!(
        (
            &updated["name"],
            &updated["disabled"],
            &updated["limit"],
            &updated["limit_reset"],
            &updated["workspace_id"]
        ),
        (
            &json!("renamed"),
            &json!(true),
            &json!(3),
            &json!("weekly"),
            &json!(WORKSPACE)
        )
    );
}

#[test]
fn update_validation_answers_400_and_changes_nothing() {
    let sandbox = Sandbox::new();
    let (data, _) = sandbox.create(json!({"name": "ci"}));
    let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
    for (body, message) in [
        ("{}", "No update fields provided"),
        (
            r#"{"expires_at": "2030-01-01T00:00:00Z"}"#,
            "No update fields provided",
        ),
        (
            r#"{"name": "ok", "limit": -5}"#,
            "limit must be a non-negative number",
        ),
        (r#"{"name": ""}"#, "name must be a non-empty string"),
        (r#"{"disabled": "true"}"#, "disabled must be a boolean"),
        (r#"{"limit_reset": "hourly"}"#, "limit_reset must be one of"),
        (r#"{"workspace_id": 7}"#, "workspace_id must be a UUID"),
        ("null", "JSON object"),
    ] {
        assert_error(&sandbox.call("PATCH", &path, body), 400, message);
    }
    let unchanged = sandbox.call("GET", &path, "");
    assert_eq!(unchanged.body["data"], data);
    assert_error(
        &sandbox.call("PATCH", "/keys/0000", r#"{"name": "x"}"#),
        404,
        "not found",
    );
}

#[test]
fn delete_answers_deleted_true_then_404() {
    let sandbox = Sandbox::new();
    let (data, _) = sandbox.create(json!({"name": "gone"}));
    let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
    let answer = sandbox.call("DELETE", &path, "");
    assert_eq!(
        (answer.status, answer.body),
        (200, json!({"deleted": true}))
    );
    assert_error(&sandbox.call("DELETE", &path, ""), 404, "not found");
    assert_error(&sandbox.call("GET", &path, ""), 404, "not found");
    assert_eq!(sandbox.count(), 0);
}

#[test]
fn authentication_and_permissions_match_the_api() {
    let sandbox = Sandbox::new();
    assert_error(
        &sandbox.call_as(None, "GET", "/keys", ""),
        401,
        "Missing Authentication header",
    );
    assert_error(
        &sandbox.call_as(Some("sk-or-v1-wrong"), "GET", "/keys", ""),
        401,
        "User not found",
    );
    for (method, path) in [
        ("GET", "/keys"),
        ("POST", "/keys"),
        ("GET", "/keys/abc"),
        ("DELETE", "/keys/abc"),
    ] {
        assert_error(
            &sandbox.call_as(Some(ORDINARY_KEY), method, path, "{}"),
            403,
            "Only management keys",
        );
    }
    assert_eq!(sandbox.count(), 0);

    let manager = sandbox.call("GET", "/key", "");
    assert_eq!(manager.status, 200);
    for field in CURRENT_FIELDS {
        assert!(
            manager.body["data"].get(field).is_some(),
            "GET /key lacks {field}"
        );
    }
    assert_eq!(manager.body["data"]["is_management_key"], json!(true));
    let ordinary = sandbox.call_as(Some(ORDINARY_KEY), "GET", "/key", "");
    assert_eq!(ordinary.body["data"]["is_management_key"], json!(false));

    // A key created in the sandbox can ask about itself, until it is disabled.
    let (data, secret) = sandbox.create(json!({"name": "app", "limit": 4}));
    let own = sandbox.call_as(Some(&secret), "GET", "/key", "");
    assert_eq!(own.body["data"]["label"], data["label"]);
    assert_eq!(own.body["data"]["limit"], json!(4));
    assert_error(
        &sandbox.call_as(Some(&secret), "GET", "/keys", ""),
        403,
        "Only management keys",
    );
    sandbox.call(
        "PATCH",
        &format!("/keys/{}", data["hash"].as_str().unwrap_or_default()),
        r#"{"disabled": true}"#,
    );
    assert_error(
        &sandbox.call_as(Some(&secret), "GET", "/key", ""),
        401,
        "User not found",
    );
}

#[test]
fn unknown_routes_and_methods_are_refused() {
    let sandbox = Sandbox::new();
    assert_error(&sandbox.call("GET", "/models", ""), 404, "Not Found");
    assert_error(&sandbox.call("GET", "/keys/a/b", ""), 404, "Not Found");
    assert_error(&sandbox.call("PUT", "/keys", ""), 405, "Method Not Allowed");
    assert_error(&sandbox.call("POST", "/key", ""), 405, "Method Not Allowed");
    assert_error(
        &sandbox.call("POST", "/keys/abc", ""),
        405,
        "Method Not Allowed",
    );
    // A trailing slash is the same collection, as the upstream examples use it.
    assert_eq!(sandbox.call("GET", "/keys/", "").status, 200);
}

#[test]
fn seeded_secrets_follow_the_sequence_number_so_sharers_never_collide() {
    let mut first = Sandbox::examples();
    first.seed = Some(11);
    let (data, secret) = first.create(json!({"name": "a"}));
    assert_eq!(
        secret,
        seed::derived_secret(11, 6),
        "after the six examples"
    );
    assert_eq!(data["hash"], json!(seed::sha256_hex(&secret)));
    // A second server with the same seed over the same state file gets the next number.
    let second = Sandbox {
        seed: Some(11),
        ..Sandbox::sharing(&first)
    };
    let (_, other) = second.create(json!({"name": "b"}));
    assert_eq!(other, seed::derived_secret(11, 7));
    // Without a seed, secrets are random.
    first.seed = None;
    let (_, random) = first.create(json!({"name": "c"}));
    assert_ne!(random, seed::derived_secret(11, 8));
    assert_eq!(first.count(), 9);
}
