//! A small, stateful stand-in for the key API over the fault server, for tests that look at
//! the whole conversation: every request is logged in order, and chosen requests can fail.

use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

use crate::common::hash;
use crate::fault_server::{Action, FaultServer, Seen};

/// Requests that fail: (method, hash or "" for POST, status).
pub type Failures = Vec<(&'static str, String, u16)>;

pub struct FakeApi {
    pub server: FaultServer,
    pub keys: Arc<Mutex<Vec<Value>>>,
}

impl FakeApi {
    pub fn new(keys: Vec<Value>, failures: Failures) -> Self {
        let state = Arc::new(Mutex::new(keys));
        let shared = Arc::clone(&state);
        let created = Arc::new(Mutex::new(0usize));
        let server = FaultServer::start(move |seen, _| answer(seen, &shared, &created, &failures));
        FakeApi {
            server,
            keys: state,
        }
    }

    /// `METHOD /path` of every request, in order.
    pub fn log(&self) -> Vec<String> {
        self.server
            .seen()
            .iter()
            .map(|s| {
                format!(
                    "{} {}",
                    s.method,
                    s.target.split('?').next().unwrap_or_default()
                )
            })
            .collect()
    }

    /// The requests that change something.
    pub fn writes(&self) -> Vec<String> {
        self.log()
            .into_iter()
            .filter(|l| !l.starts_with("GET "))
            .collect()
    }

    pub fn names(&self) -> Vec<String> {
        self.keys
            .lock()
            .map(|keys| {
                keys.iter()
                    .map(|k| k["name"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn answer(
    seen: &Seen,
    keys: &Mutex<Vec<Value>>,
    created: &Mutex<usize>,
    failures: &Failures,
) -> Action {
    let path = seen.target.split('?').next().unwrap_or_default();
    let target_hash = path
        .strip_prefix("/api/v1/keys/")
        .unwrap_or_default()
        .to_string();
    for (method, hash, status) in failures {
        if seen.method == *method && (hash.is_empty() || *hash == target_hash) {
            return Action::json(
                *status,
                &json!({"error": {"code": status, "message": "failed on purpose"}}).to_string(),
            );
        }
    }
    let mut keys = match keys.lock() {
        Ok(keys) => keys,
        Err(_) => return Action::json(500, "{}"),
    };
    let found = keys.iter().position(|k| k["hash"] == target_hash);
    match (seen.method.as_str(), path) {
        ("GET", "/api/v1/keys") => {
            let offset: usize = seen
                .target
                .split(['?', '&'])
                .find_map(|p| p.strip_prefix("offset="))
                .and_then(|o| o.parse().ok())
                .unwrap_or(0);
            let page: Vec<Value> = keys.iter().skip(offset).take(100).cloned().collect();
            Action::json(200, &json!({"data": page}).to_string())
        }
        ("POST", "/api/v1/keys") => {
            let body: Value = serde_json::from_str(&seen.body).unwrap_or(Value::Null);
            let mut n = created.lock().map(|c| *c).unwrap_or(0);
            n += 1;
            if let Ok(mut c) = created.lock() {
                *c = n;
            }
            let hash = hash(1000 + n);
            let mut key = json!({
                "hash": hash, "name": body["name"], "disabled": false,
                "limit": body.get("limit").cloned().unwrap_or(Value::Null),
                "limit_reset": body.get("limit_reset").cloned().unwrap_or(Value::Null),
                "include_byok_in_limit": body.get("include_byok_in_limit").cloned().unwrap_or(json!(false)),
                "expires_at": body.get("expires_at").cloned().unwrap_or(Value::Null),
                "workspace_id": body.get("workspace_id").cloned().unwrap_or(json!(crate::common::WORKSPACE)),
                "usage": 0,
            });
            key["limit_remaining"] = key["limit"].clone();
            keys.push(key.clone());
            Action::json(
                201,
                &json!({"data": key, "key": format!("sk-or-v1-new{n:061}")}).to_string(),
            )
        }
        ("PATCH", _) => match found {
            Some(index) => {
                let body: Value = serde_json::from_str(&seen.body).unwrap_or(Value::Null);
                if let (Some(key), Some(changes)) = (keys[index].as_object_mut(), body.as_object())
                {
                    for (field, value) in changes {
                        key.insert(field.clone(), value.clone());
                    }
                }
                Action::json(200, &json!({"data": keys[index]}).to_string())
            }
            None => Action::json(
                404,
                r#"{"error": {"code": 404, "message": "API key not found"}}"#,
            ),
        },
        ("DELETE", _) => match found {
            Some(index) => {
                keys.remove(index);
                Action::json(200, r#"{"deleted": true}"#)
            }
            None => Action::json(
                404,
                r#"{"error": {"code": 404, "message": "API key not found"}}"#,
            ),
        },
        ("GET", _) => match found {
            Some(index) => Action::json(200, &json!({"data": keys[index]}).to_string()),
            None => Action::json(
                404,
                r#"{"error": {"code": 404, "message": "API key not found"}}"#,
            ),
        },
        _ => Action::json(405, "{}"),
    }
}
