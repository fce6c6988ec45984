//! `GET /keys` pages newest first, filters, and reads a large state from its end.

use serde_json::json;

use super::*;
use crate::sandbox::seed::DEFAULT_WORKSPACE;

#[test]
fn list_pages_newest_first_and_filters() {
    let sandbox = Sandbox::new();
    let mut hashes = Vec::new();
    for n in 0..5 {
        let (data, _) = sandbox.create(json!({"name": format!("k{n}")}));
        hashes.push(data["hash"].as_str().unwrap_or_default().to_string());
    }
    let names = |answer: &Response| -> Vec<String> {
        answer.body["data"]
            .as_array()
            .map(|keys| {
                keys.iter()
                    .map(|k| k["name"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let first = sandbox.call("GET", "/keys", "");
    assert_eq!(
        names(&first),
        ["k4", "k3", "k2"],
        "page size 3, newest first"
    );
    assert_key_shape(&first.body["data"][0]);
    assert_eq!(
        names(&sandbox.call("GET", "/keys?offset=3", "")),
        ["k1", "k0"]
    );
    assert_eq!(
        names(&sandbox.call("GET", "/keys?offset=9", "")),
        Vec::<String>::new()
    );

    sandbox.call(
        "PATCH",
        &format!("/keys/{}", hashes[4]),
        r#"{"disabled": true}"#,
    );
    sandbox.call(
        "PATCH",
        &format!("/keys/{}", hashes[3]),
        &json!({"workspace_id": WORKSPACE}).to_string(),
    );
    assert_eq!(names(&sandbox.call("GET", "/keys", "")), ["k2", "k1", "k0"]);
    assert_eq!(
        names(&sandbox.call("GET", "/keys?include_disabled=true", "")),
        ["k4", "k2", "k1"]
    );
    assert_eq!(
        names(&sandbox.call("GET", &format!("/keys?workspace_id={WORKSPACE}"), "")),
        ["k3"]
    );

    assert_error(&sandbox.call("GET", "/keys?offset=-1", ""), 400, "offset");
    assert_error(
        &sandbox.call("GET", "/keys?include_disabled=yes", ""),
        400,
        "true or false",
    );
    assert_error(
        &sandbox.call("GET", "/keys?workspace_id=x", ""),
        400,
        "UUID",
    );
}

#[test]
fn expired_keys_are_hidden_unless_asked_for() {
    let mut sandbox = Sandbox::new();
    sandbox.create(json!({"name": "soon", "expires_at": "2026-11-22T12:00:01Z"}));
    sandbox.now = "2026-11-23T00:00:00Z"
        .parse()
        .unwrap_or_else(|_| unreachable!());
    assert_eq!(sandbox.call("GET", "/keys", "").body, json!({"data": []}));
    let all = sandbox.call("GET", "/keys?include_expired=true", "");
    assert_eq!(all.body["data"][0]["name"], json!("soon"));
}

#[test]
fn pages_of_a_large_state_come_from_its_end() {
    let now = Sandbox::new().now;
    let sandbox = Sandbox::with(crate::sandbox::seed::Fresh::new(Some(2), Some(1_000)).state(now));
    let state = sandbox
        .store
        .read(|| unreachable!(), Clone::clone)
        .unwrap_or_else(|e| unreachable!("{e}"));
    let mut expected: Vec<&crate::sandbox::state::StoredKey> = state
        .keys
        .iter()
        .filter(|k| k.workspace_id == DEFAULT_WORKSPACE && !k.disabled && !k.is_expired(now))
        .collect();
    expected.sort_by_key(|k| std::cmp::Reverse(k.seq));
    let mut seen = Vec::new();
    for offset in (0..).step_by(3) {
        let page = sandbox.call("GET", &format!("/keys?offset={offset}"), "");
        let hashes: Vec<String> = page.body["data"]
            .as_array()
            .map(|keys| {
                keys.iter()
                    .filter_map(|k| k["hash"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        if hashes.is_empty() {
            break;
        }
        seen.extend(hashes);
    }
    let expected: Vec<String> = expected.iter().map(|k| k.hash.clone()).collect();
    assert_eq!(seen, expected);
}
