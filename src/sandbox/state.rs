//! The sandbox's keys as they are kept in the state file, and the key object the API returns
//! for each.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The state file format; a file of another version is refused, not rewritten.
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// Creation order: lists are newest first, and many keys can share a creation second.
    pub next_seq: u64,
    /// Kept in `seq` order (oldest first), so a page of a listing is read from the end
    /// without sorting.
    pub keys: Vec<StoredKey>,
}

/// One key as the sandbox keeps it. The secret itself is never stored, only its SHA-256
/// (which is the key's hash), as the real service does.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredKey {
    pub seq: u64,
    pub hash: String,
    pub name: String,
    pub label: String,
    pub disabled: bool,
    pub limit: Option<f64>,
    pub limit_reset: Option<String>,
    pub include_byok_in_limit: bool,
    pub usage: f64,
    pub usage_daily: f64,
    pub usage_weekly: f64,
    pub usage_monthly: f64,
    pub byok_usage: f64,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub expires_at: Option<String>,
    pub creator_user_id: Option<String>,
    pub workspace_id: String,
    pub external_user: Option<String>,
    /// SHA-256 of the external user's own API key, which is never returned.
    pub external_api_key_sha256: Option<String>,
    pub last_used_at: Option<String>,
}

impl StoredKey {
    pub fn is_expired(&self, now: Timestamp) -> bool {
        self.expires_at
            .as_deref()
            .and_then(|raw| raw.parse::<Timestamp>().ok())
            .is_some_and(|when| when <= now)
    }

    /// The spend that counts against the limit in the current period.
    fn counted_usage(&self) -> f64 {
        match self.limit_reset.as_deref() {
            Some("daily") => self.usage_daily,
            Some("weekly") => self.usage_weekly,
            Some("monthly") => self.usage_monthly,
            _ => self.usage,
        }
    }

    pub fn limit_remaining(&self) -> Option<f64> {
        self.limit
            .map(|limit| round_cents(limit - self.counted_usage()).max(0.0))
    }

    /// The key object exactly as the API documents it, fields in the API's order.
    pub fn to_api(&self) -> Value {
        json!({
            "hash": self.hash,
            "name": self.name,
            "label": self.label,
            "disabled": self.disabled,
            "limit": self.limit.map(dollars),
            "limit_remaining": self.limit_remaining().map(dollars),
            "limit_reset": self.limit_reset,
            "include_byok_in_limit": self.include_byok_in_limit,
            "usage": dollars(self.usage),
            "usage_daily": dollars(self.usage_daily),
            "usage_weekly": dollars(self.usage_weekly),
            "usage_monthly": dollars(self.usage_monthly),
            "byok_usage": dollars(self.byok_usage),
            "byok_usage_daily": 0,
            "byok_usage_weekly": 0,
            "byok_usage_monthly": 0,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "expires_at": self.expires_at,
            "creator_user_id": self.creator_user_id,
            "workspace_id": self.workspace_id,
            "external_user": self.external_user,
            "last_used_at": self.last_used_at,
        })
    }
}

/// Amounts as the API writes them: `100` and `0` for whole dollars, `25.5` otherwise.
pub fn dollars(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation)]
        return json!(value as i64);
    }
    json!(value)
}

fn round_cents(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}
