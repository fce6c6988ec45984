//! What the API accepts in request bodies: each field checked as the API checks it and turned
//! into typed values before anything changes. Errors are the API's 400 messages.

use jiff::Timestamp;
use serde_json::{Map, Value};

use super::seed;
use super::state::StoredKey;
use crate::validate;

/// The API's minimum length for an external user's own key.
const MIN_EXTERNAL_KEY_LEN: usize = 32;
const RESET_PERIODS: [&str; 3] = ["daily", "weekly", "monthly"];
/// The fields `PATCH /keys/{hash}` accepts; a body with none of them is refused.
const UPDATABLE: [&str; 6] = [
    "name",
    "disabled",
    "limit",
    "limit_reset",
    "include_byok_in_limit",
    "workspace_id",
];

/// A checked value, or the API's message for why it was refused.
type Checked<T> = Result<T, String>;

/// A valid `POST /keys` body.
#[derive(Debug)]
pub struct NewKey {
    pub name: String,
    pub limit: Option<f64>,
    pub limit_reset: Option<String>,
    pub include_byok_in_limit: bool,
    pub expires_at: Option<String>,
    pub workspace_id: Option<String>,
    pub creator_user_id: Option<String>,
    pub external_user: Option<String>,
    /// The SHA-256 of the external user's own key; the key itself is not kept.
    pub external_api_key_sha256: Option<String>,
}

/// A valid `PATCH /keys/{hash}` body: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug)]
pub struct KeyChanges {
    name: Option<String>,
    disabled: Option<bool>,
    limit: Option<Option<f64>>,
    limit_reset: Option<Option<String>>,
    include_byok_in_limit: Option<bool>,
    workspace_id: Option<String>,
}

impl KeyChanges {
    pub fn apply_to(self, key: &mut StoredKey) {
        if let Some(name) = self.name {
            key.name = name;
        }
        if let Some(disabled) = self.disabled {
            key.disabled = disabled;
        }
        if let Some(limit) = self.limit {
            key.limit = limit;
        }
        if let Some(limit_reset) = self.limit_reset {
            key.limit_reset = limit_reset;
        }
        if let Some(include) = self.include_byok_in_limit {
            key.include_byok_in_limit = include;
        }
        if let Some(workspace_id) = self.workspace_id {
            key.workspace_id = workspace_id;
        }
    }
}

pub fn new_key(body: &[u8], now: Timestamp) -> Checked<NewKey> {
    let body = object(body)?;
    let name = match body.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => name.clone(),
        Some(Value::String(_)) => return Err("name must not be empty".into()),
        Some(_) => return Err("name must be a string".into()),
        None => return Err("name is required".into()),
    };
    let expires_at = match body.get("expires_at") {
        None | Some(Value::Null) => None,
        Some(Value::String(raw)) => {
            let when = validate::utc_with_seconds(raw).map_err(|_| {
                "expires_at must be an ISO 8601 UTC timestamp with seconds (YYYY-MM-DDTHH:MM:SSZ)"
                    .to_string()
            })?;
            if when <= now {
                return Err("expires_at must be in the future".into());
            }
            Some(when.to_string())
        }
        Some(_) => return Err("expires_at must be a string or null".into()),
    };
    let creator_user_id = match body.get("creator_user_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if !id.is_empty() => Some(id.clone()),
        Some(_) => return Err("creator_user_id must be a non-empty string or null".into()),
    };
    let (external_user, external_api_key_sha256) = external(&body)?;
    Ok(NewKey {
        name,
        limit: limit(&body)?.flatten(),
        limit_reset: limit_reset(&body)?.flatten(),
        include_byok_in_limit: boolean(&body, "include_byok_in_limit")?.unwrap_or(false),
        expires_at,
        workspace_id: workspace(&body)?,
        creator_user_id,
        external_user,
        external_api_key_sha256,
    })
}

/// Every field is checked before any is applied, so a rejected PATCH changes nothing.
pub fn key_changes(body: &[u8]) -> Checked<KeyChanges> {
    let body = object(body)?;
    if !UPDATABLE.iter().any(|field| body.contains_key(*field)) {
        return Err("No update fields provided".into());
    }
    let name = match body.get("name") {
        None => None,
        Some(Value::String(name)) if !name.trim().is_empty() => Some(name.clone()),
        Some(_) => return Err("name must be a non-empty string".into()),
    };
    Ok(KeyChanges {
        name,
        disabled: boolean(&body, "disabled")?,
        limit: limit(&body)?,
        limit_reset: limit_reset(&body)?,
        include_byok_in_limit: boolean(&body, "include_byok_in_limit")?,
        workspace_id: workspace(&body)?,
    })
}

fn object(body: &[u8]) -> Checked<Map<String, Value>> {
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err("Request body must be a JSON object".into()),
    }
}

/// `external`: the user of the caller's platform a key belongs to, and optionally that
/// user's own key.
fn external(body: &Map<String, Value>) -> Checked<(Option<String>, Option<String>)> {
    match body.get("external") {
        None | Some(Value::Null) => Ok((None, None)),
        Some(Value::Object(external)) => {
            let user = match external.get("user") {
                Some(Value::String(user)) if !user.is_empty() => user.clone(),
                _ => return Err("external.user is required".into()),
            };
            let api_key = match external.get("api_key") {
                None | Some(Value::Null) => None,
                Some(Value::String(key)) if key.chars().count() >= MIN_EXTERNAL_KEY_LEN => {
                    Some(seed::sha256_hex(key))
                }
                Some(_) => return Err("external.api_key must be at least 32 characters".into()),
            };
            Ok((Some(user), api_key))
        }
        Some(_) => Err("external must be an object".into()),
    }
}

/// `limit`: absent (`None`), null (`Some(None)`) or a non-negative number.
fn limit(body: &Map<String, Value>) -> Checked<Option<Option<f64>>> {
    let refused = || "limit must be a non-negative number or null".to_string();
    match body.get("limit") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::Number(n)) => match n.as_f64() {
            Some(v) if v.is_finite() && v >= 0.0 => Ok(Some(Some(v))),
            _ => Err(refused()),
        },
        Some(_) => Err(refused()),
    }
}

fn limit_reset(body: &Map<String, Value>) -> Checked<Option<Option<String>>> {
    match body.get("limit_reset") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(period)) if RESET_PERIODS.contains(&period.as_str()) => {
            Ok(Some(Some(period.clone())))
        }
        Some(_) => Err("limit_reset must be one of daily, weekly, monthly, or null".into()),
    }
}

fn boolean(body: &Map<String, Value>, field: &str) -> Checked<Option<bool>> {
    match body.get(field) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(format!("{field} must be a boolean")),
    }
}

fn workspace(body: &Map<String, Value>) -> Checked<Option<String>> {
    match body.get("workspace_id") {
        None => Ok(None),
        Some(Value::String(id)) => validate::uuid(id)
            .map(Some)
            .map_err(|_| "workspace_id must be a UUID".to_string()),
        Some(_) => Err("workspace_id must be a UUID".into()),
    }
}
