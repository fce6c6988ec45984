//! Handler tests: each calls `handle` as the server would, over a state file of its own.

mod activity;
mod keys;
mod listing;

use serde_json::{json, Value};

use super::*;
use crate::sandbox::state::STATE_VERSION;

/// Required members of a key object (list, get, create, update) in the API's OpenAPI
/// description, plus `expires_at`, `external_user` and `last_used_at` from newer SDKs.
pub(super) const KEY_FIELDS: [&str; 23] = [
    "hash",
    "name",
    "label",
    "disabled",
    "limit",
    "limit_remaining",
    "limit_reset",
    "include_byok_in_limit",
    "usage",
    "usage_daily",
    "usage_weekly",
    "usage_monthly",
    "byok_usage",
    "byok_usage_daily",
    "byok_usage_weekly",
    "byok_usage_monthly",
    "created_at",
    "updated_at",
    "creator_user_id",
    "workspace_id",
    "expires_at",
    "external_user",
    "last_used_at",
];
/// Required members of `GET /key`'s `data`.
pub(super) const CURRENT_FIELDS: [&str; 18] = [
    "label",
    "limit",
    "usage",
    "usage_daily",
    "usage_weekly",
    "usage_monthly",
    "byok_usage",
    "byok_usage_daily",
    "byok_usage_weekly",
    "byok_usage_monthly",
    "is_free_tier",
    "is_management_key",
    "is_provisioning_key",
    "limit_remaining",
    "limit_reset",
    "include_byok_in_limit",
    "creator_user_id",
    "rate_limit",
];
pub(super) const WORKSPACE: &str = "0df9e665-d932-5740-b2c7-b52af166bc11";

pub(super) struct Sandbox {
    _dir: tempfile::TempDir,
    pub(super) store: Store,
    pub(super) now: Timestamp,
    pub(super) seed: Option<u64>,
}

impl Sandbox {
    /// An empty sandbox (no example keys), so counts are exact.
    pub(super) fn new() -> Self {
        Sandbox::with(State {
            version: STATE_VERSION,
            next_seq: 0,
            keys: Vec::new(),
        })
    }

    /// The hand-written example keys of the default seed.
    pub(super) fn examples() -> Self {
        let sandbox = Sandbox::new();
        let state = Fresh::default().state(sandbox.now);
        sandbox
            .store
            .replace(state)
            .unwrap_or_else(|e| unreachable!("{e}"));
        sandbox
    }

    /// Another server over the same state file, with a cache of its own.
    pub(super) fn sharing(other: &Sandbox) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        Sandbox {
            _dir: dir,
            store: Store::new(other.store.path().to_path_buf()),
            now: other.now,
            seed: other.seed,
        }
    }

    pub(super) fn with(state: State) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let store = Store::new(dir.path().join("sandbox.json"));
        store.replace(state).unwrap_or_else(|e| unreachable!("{e}"));
        let now = "2026-11-22T12:00:00Z"
            .parse()
            .unwrap_or_else(|_| unreachable!());
        Sandbox {
            _dir: dir,
            store,
            now,
            seed: None,
        }
    }

    pub(super) fn call_as(
        &self,
        key: Option<&str>,
        method: &str,
        target: &str,
        body: &str,
    ) -> Response {
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let authorization = key.map(|k| format!("Bearer {k}"));
        let request = Request {
            method,
            path,
            query,
            authorization: authorization.as_deref(),
            body: body.as_bytes(),
        };
        let context = Context {
            store: &self.store,
            page_size: 3,
            now: self.now,
            fresh: Fresh::default(),
            seed: self.seed,
        };
        handle(&request, &context)
    }

    pub(super) fn call(&self, method: &str, target: &str, body: &str) -> Response {
        self.call_as(Some(MANAGEMENT_KEY), method, target, body)
    }

    pub(super) fn create(&self, body: Value) -> (Value, String) {
        let answer = self.call("POST", "/keys", &body.to_string());
        assert_eq!(answer.status, 201, "{:?}", answer.body);
        let secret = answer.body["key"].as_str().unwrap_or_default().to_string();
        (answer.body["data"].clone(), secret)
    }

    pub(super) fn count(&self) -> usize {
        self.store
            .read(|| unreachable!(), |s| s.keys.len())
            .unwrap_or_else(|e| unreachable!("{e}"))
    }
}

pub(super) fn assert_error(answer: &Response, status: u16, message: &str) {
    assert_eq!(answer.status, status, "{:?}", answer.body);
    assert_eq!(answer.body["error"]["code"], json!(status));
    let text = answer.body["error"]["message"].as_str().unwrap_or_default();
    assert!(text.contains(message), "expected '{message}' in '{text}'");
}

pub(super) fn assert_key_shape(key: &Value) {
    let object = key.as_object().unwrap_or_else(|| unreachable!("{key}"));
    for field in KEY_FIELDS {
        assert!(object.contains_key(field), "key lacks {field}: {key}");
    }
    assert_eq!(
        object.len(),
        KEY_FIELDS.len(),
        "no undocumented fields: {key}"
    );
}
