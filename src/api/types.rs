//! Wire types. Responses keep the object exactly as the API sent it (for `--json`) next to a
//! typed view of the few fields orkeys reads; requests serialise only what the user gave.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::secret::Secret;

/// One key as the API describes it. `raw` is the object exactly as the API sent it (unknown
/// fields included, for `--json`), kept as compact text: far smaller than a parsed map when an
/// account holds thousands of keys. `fields` is the typed view of what orkeys reads.
#[derive(Debug, Clone)]
pub struct Key {
    raw: Box<RawValue>,
    pub fields: KeyFields,
    /// The one-time secret, on a key just created.
    secret: Option<Secret>,
}

/// The fields orkeys reads. Only `hash` is required: everything else may be missing in older
/// or newer API versions, and a missing field is never an error.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct KeyFields {
    pub hash: String,
    pub name: Option<String>,
    pub label: Option<String>,
    pub disabled: Option<bool>,
    #[serde(flatten)]
    pub spending: Spending,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    pub expires_at: Option<String>,
    pub last_used_at: Option<String>,
    pub creator_user_id: Option<String>,
    pub workspace_id: Option<String>,
    pub external_user: Option<String>,
}

/// What a key may spend and has spent, in US dollars. Managed keys and the calling key
/// (`GET /key`) describe this the same way.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Spending {
    pub limit: Option<f64>,
    pub limit_remaining: Option<f64>,
    pub limit_reset: Option<String>,
    pub include_byok_in_limit: Option<bool>,
    pub usage: Option<f64>,
    pub usage_daily: Option<f64>,
    pub usage_weekly: Option<f64>,
    pub usage_monthly: Option<f64>,
    pub byok_usage: Option<f64>,
}

impl Spending {
    /// The spend that counts against the limit: in the limit's current window when it resets
    /// (`limit - limit_remaining`), over the key's life when it does not. `None` without a
    /// limit, where nothing is counted against one.
    pub fn limit_used(&self) -> Option<f64> {
        let limit = self.limit?;
        let used = match self.limit_remaining {
            Some(left) => limit - left,
            None => match self.limit_reset.as_deref() {
                Some("daily") => self.usage_daily?,
                Some("weekly") => self.usage_weekly?,
                Some("monthly") => self.usage_monthly?,
                _ => self.usage?,
            },
        };
        // Rounding in the API's arithmetic can leave -0.0000001; nobody spent a negative sum.
        Some(round_micro(used.max(0.0)))
    }
}

/// A dollar amount as the API writes amounts: `25.5`, and whole amounts without a fraction
/// (`0`, `100`); null for none.
pub fn amount_json(amount: Option<f64>) -> Value {
    match amount {
        None => Value::Null,
        Some(amount) if amount.fract() == 0.0 && amount.abs() < 1e15 =>
        {
            #[allow(clippy::cast_possible_truncation)]
            Value::from(amount as i64)
        }
        Some(amount) => serde_json::Number::from_f64(amount).map_or(Value::Null, Value::Number),
    }
}

/// Dollar amounts to a millionth of a dollar, which hides binary floating-point noise
/// (`100 - 74.5` is exact, `0.3 - 0.1` is not) without losing anything the API reports.
pub fn round_micro(amount: f64) -> f64 {
    (amount * 1e6).round() / 1e6
}

impl Key {
    /// Reads a key object; fails only when it is not an object or lacks a string `hash`.
    pub fn from_raw(raw: Box<RawValue>) -> Result<Self, String> {
        if !raw.get().trim_start().starts_with('{') {
            return Err("a key is not a JSON object".to_string());
        }
        let fields: KeyFields = lenient(raw.get())?;
        if fields.hash.is_empty() {
            return Err("a key has no \"hash\"".to_string());
        }
        Ok(Key {
            raw,
            fields,
            secret: None,
        })
    }

    /// The key as just created, with the secret the API returns this once.
    pub fn with_secret(mut self, secret: Secret) -> Self {
        self.secret = Some(secret);
        self
    }

    pub fn secret(&self) -> Option<&Secret> {
        self.secret.as_ref()
    }

    /// The same key without its secret, for output where the secret must not appear.
    pub fn without_secret(&self) -> Key {
        Key {
            secret: None,
            ..self.clone()
        }
    }

    pub fn from_value(value: &Value) -> Result<Self, String> {
        let raw = serde_json::value::to_raw_value(value).map_err(|e| e.to_string())?;
        Key::from_raw(raw)
    }

    pub fn hash(&self) -> &str {
        &self.fields.hash
    }

    pub fn name(&self) -> &str {
        self.fields.name.as_deref().unwrap_or("")
    }

    pub fn status(&self, now: Timestamp) -> Status {
        Status::of(&self.fields, now)
    }

    /// The object as the API sent it, as compact JSON text.
    pub fn raw_json(&self) -> &str {
        self.raw.get()
    }

    /// The object as the API sent it, parsed (member order kept).
    pub fn object(&self) -> Map<String, Value> {
        serde_json::from_str(self.raw.get()).unwrap_or_default()
    }
}

/// Reads the typed view of an object leniently: a member of an unexpected type (`"limit":
/// "50.00"`, `"disabled": 0`) is read as missing instead of failing the whole listing; the
/// object itself is kept as sent, so `--json` still shows it. The common case, where every
/// member has its documented type, takes one pass.
fn lenient<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, String> {
    let strict = match serde_json::from_str(raw) {
        Ok(typed) => return Ok(typed),
        Err(error) => error,
    };
    let object: Map<String, Value> =
        serde_json::from_str(raw).map_err(|_| format!("not a JSON object ({strict})"))?;
    let fitting: Map<String, Value> = object
        .into_iter()
        .filter(|(name, value)| {
            let alone = Value::Object(Map::from_iter([(name.clone(), value.clone())]));
            serde_json::from_value::<T>(alone).is_ok()
        })
        .collect();
    serde_json::from_value(Value::Object(fitting)).map_err(|e| e.to_string())
}

/// The state a person cares about first. A disabled key is shown as disabled even when it
/// has also expired: disabling is the deliberate act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Disabled,
    Expired,
}

impl Status {
    pub fn of(key: &KeyFields, now: Timestamp) -> Status {
        if key.disabled.unwrap_or(false) {
            Status::Disabled
        } else if key
            .expires_at
            .as_deref()
            .and_then(|raw| raw.parse::<Timestamp>().ok())
            .is_some_and(|when| when <= now)
        {
            Status::Expired
        } else {
            Status::Active
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Disabled => "disabled",
            Status::Expired => "expired",
        }
    }
}

/// `GET /key`: the calling key's own metadata (it has no hash and no name).
#[derive(Debug, Clone)]
pub struct CurrentKey {
    raw: Box<RawValue>,
    pub fields: CurrentKeyFields,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CurrentKeyFields {
    pub label: Option<String>,
    pub is_management_key: Option<bool>,
    pub is_provisioning_key: Option<bool>,
    pub is_free_tier: Option<bool>,
    #[serde(flatten)]
    pub spending: Spending,
    pub expires_at: Option<String>,
    pub creator_user_id: Option<String>,
    pub workspace_id: Option<String>,
}

impl CurrentKey {
    pub fn from_raw(raw: Box<RawValue>) -> Result<Self, String> {
        if !raw.get().trim_start().starts_with('{') {
            return Err("\"data\" is not a JSON object".to_string());
        }
        let fields = lenient(raw.get())?;
        Ok(CurrentKey { raw, fields })
    }

    /// Management keys were once called provisioning keys; either flag means the same.
    pub fn is_management(&self) -> bool {
        self.fields.is_management_key.unwrap_or(false)
            || self.fields.is_provisioning_key.unwrap_or(false)
    }

    pub fn raw_json(&self) -> &str {
        self.raw.get()
    }
}

/// One row of `GET /activity`: a UTC date × model × endpoint. Only what the spend report
/// adds up is read; a missing number counts as zero.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActivityItem {
    pub date: String,
    pub model: String,
    pub provider_name: Option<String>,
    pub usage: f64,
    pub byok_usage_inference: f64,
    pub requests: u64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub reasoning_tokens: u64,
}

impl ActivityItem {
    pub fn from_raw(raw: &str) -> Result<Self, String> {
        if !raw.trim_start().starts_with('{') {
            return Err("an activity row is not a JSON object".to_string());
        }
        let item: ActivityItem = lenient(raw)?;
        if item.date.is_empty() {
            return Err("an activity row has no \"date\"".to_string());
        }
        Ok(item)
    }
}

/// The filters of `GET /keys`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub include_disabled: bool,
    pub include_expired: bool,
    pub workspace_id: Option<String>,
}

impl ListQuery {
    /// Every key the account can see in the default (or given) workspace.
    pub fn everything(workspace_id: Option<String>) -> Self {
        ListQuery {
            include_disabled: true,
            include_expired: true,
            workspace_id,
        }
    }

    pub fn pairs(&self, offset: u64) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.include_disabled {
            pairs.push(("include_disabled", "true".to_string()));
        }
        if self.include_expired {
            pairs.push(("include_expired", "true".to_string()));
        }
        if let Some(workspace) = &self.workspace_id {
            pairs.push(("workspace_id", workspace.clone()));
        }
        pairs.push(("offset", offset.to_string()));
        pairs
    }
}

/// The body of `POST /keys`. Absent options are left out, so the API applies its defaults.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CreateKeyRequest {
    pub name: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "usd::optional"
    )]
    pub limit: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_reset: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_byok_in_limit: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator_user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalUser>,
}

/// Ties a key to a user of the caller's own platform.
#[derive(Debug, Clone, Serialize)]
pub struct ExternalUser {
    pub user: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "expose_secret"
    )]
    pub api_key: Option<Secret>,
}

fn expose_secret<S: serde::Serializer>(secret: &Option<Secret>, s: S) -> Result<S::Ok, S::Error> {
    match secret {
        Some(secret) => s.serialize_str(secret.expose()),
        None => s.serialize_none(),
    }
}

/// The body of `PATCH /keys/{hash}`. The outer `Option` says whether a field is sent at all;
/// `Some(None)` sends an explicit JSON `null`, which clears a limit or a reset period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UpdateKeyRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "usd::clearable"
    )]
    pub limit: Option<Option<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_reset: Option<Option<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_byok_in_limit: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}

impl UpdateKeyRequest {
    pub fn is_empty(&self) -> bool {
        *self == UpdateKeyRequest::default()
    }
}

/// Dollar amounts go out as the user wrote them: `75`, not `75.0`.
mod usd {
    use serde::Serializer;

    fn amount<S: Serializer>(value: f64, s: S) -> Result<S::Ok, S::Error> {
        // Whole amounts well inside f64's exact-integer range are sent as integers.
        if value.fract() == 0.0 && value.abs() < 1e15 {
            #[allow(clippy::cast_possible_truncation)]
            return s.serialize_i64(value as i64);
        }
        s.serialize_f64(value)
    }

    pub fn optional<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => amount(*value, s),
            None => s.serialize_none(),
        }
    }

    pub fn clearable<S: Serializer>(value: &Option<Option<f64>>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(Some(value)) => amount(*value, s),
            _ => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_member_of_an_unexpected_type_reads_as_missing() {
        let key = Key::from_value(&json!({"hash": "abc", "name": "n", "limit": "fifty",
                                         "disabled": 0, "usage": 2.5}))
        .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(key.fields.spending.limit, None);
        assert_eq!(key.fields.disabled, None);
        assert_eq!(key.fields.spending.usage, Some(2.5));
        assert_eq!(key.name(), "n");
        // `--json` still shows what the API sent.
        assert!(key.raw_json().contains(r#""limit":"fifty""#));
        assert!(Key::from_value(&json!({"hash": 7, "name": "n"})).is_err());
    }

    #[test]
    fn keys_keep_unknown_fields_and_their_order() {
        let value = json!({"zeta": 1, "hash": "abc", "name": "n", "brand_new": {"x": [1]}});
        let key = Key::from_value(&value).expect("decodes");
        assert_eq!(Value::Object(key.object()), value);
        let order: Vec<String> = key.object().keys().cloned().collect();
        assert_eq!(order, ["zeta", "hash", "name", "brand_new"]);
        assert_eq!(
            key.raw_json(),
            r#"{"zeta":1,"hash":"abc","name":"n","brand_new":{"x":[1]}}"#
        );
    }

    #[test]
    fn missing_optional_fields_are_not_errors() {
        let key = Key::from_value(&json!({"hash": "abc"})).expect("decodes");
        assert_eq!(key.name(), "");
        assert_eq!(key.fields.spending.limit, None);
        let key = Key::from_value(&json!({"hash": "abc", "limit": null, "expires_at": null}))
            .expect("decodes");
        assert_eq!(key.fields.expires_at, None);
    }

    #[test]
    fn a_key_without_a_string_hash_is_rejected() {
        assert!(Key::from_value(&json!({"name": "x"})).is_err());
        assert!(Key::from_value(&json!({"hash": 12})).is_err());
        assert!(Key::from_value(&json!([1])).is_err());
    }

    #[test]
    fn limit_used_is_the_spend_counted_against_the_limit() {
        let spending = |v: Value| {
            Key::from_value(&v)
                .map(|k| k.fields.spending.limit_used())
                .expect("decodes")
        };
        let windowed = json!({"hash": "a", "limit": 100, "limit_remaining": 74.5,
                              "limit_reset": "monthly", "usage": 400, "usage_monthly": 25.5});
        assert_eq!(spending(windowed), Some(25.5));
        let lifetime = json!({"hash": "a", "limit": 10, "limit_remaining": 0.4, "usage": 9.6});
        assert_eq!(spending(lifetime), Some(9.6));
        let unknown_remaining = json!({"hash": "a", "limit": 10, "limit_reset": "daily",
                                       "usage": 50, "usage_daily": 2});
        assert_eq!(spending(unknown_remaining), Some(2.0));
        assert_eq!(spending(json!({"hash": "a", "usage": 3})), None);
        let overspent = json!({"hash": "a", "limit": 5, "limit_remaining": 6});
        assert_eq!(spending(overspent), Some(0.0));
    }

    #[test]
    fn status_prefers_disabled_then_expired() {
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().expect("time");
        let mut key = KeyFields::default();
        assert_eq!(Status::of(&key, now), Status::Active);
        key.expires_at = Some("2026-01-01T00:00:00.123+00:00".into());
        assert_eq!(Status::of(&key, now), Status::Expired);
        key.disabled = Some(true);
        assert_eq!(Status::of(&key, now), Status::Disabled);
    }

    #[test]
    fn update_sends_explicit_nulls_only_when_asked() {
        let clear = UpdateKeyRequest {
            limit: Some(None),
            limit_reset: Some(None),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&clear).expect("serialises"),
            json!({"limit": null, "limit_reset": null})
        );
        let set = UpdateKeyRequest {
            name: Some("n".into()),
            disabled: Some(true),
            limit: Some(Some(10.5)),
            limit_reset: Some(Some("weekly")),
            include_byok_in_limit: Some(false),
            workspace_id: Some("w".into()),
        };
        assert_eq!(
            serde_json::to_value(&set).expect("serialises"),
            json!({"name": "n", "disabled": true, "limit": 10.5, "limit_reset": "weekly",
                   "include_byok_in_limit": false, "workspace_id": "w"})
        );
        assert!(UpdateKeyRequest::default().is_empty());
        assert!(!clear.is_empty());
    }

    #[test]
    fn whole_dollar_limits_are_sent_as_integers() {
        let request = UpdateKeyRequest {
            limit: Some(Some(75.0)),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&request).ok().as_deref(),
            Some(r#"{"limit":75}"#)
        );
        let request = CreateKeyRequest {
            name: "n".into(),
            limit: Some(0.25),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&request).ok().as_deref(),
            Some(r#"{"name":"n","limit":0.25}"#)
        );
    }

    #[test]
    fn create_leaves_out_what_was_not_given() {
        let minimal = CreateKeyRequest {
            name: "ci".into(),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&minimal).expect("serialises"),
            json!({"name": "ci"})
        );
        let external = CreateKeyRequest {
            name: "ci".into(),
            external: Some(ExternalUser {
                user: "u1".into(),
                api_key: None,
            }),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&external).expect("serialises"),
            json!({"name": "ci", "external": {"user": "u1"}})
        );
    }

    #[test]
    fn list_query_pairs_name_only_the_filters_given() {
        let plain = ListQuery::default();
        assert_eq!(plain.pairs(0), [("offset", "0".to_string())]);
        let all = ListQuery::everything(Some("w".into()));
        assert_eq!(
            all.pairs(100),
            [
                ("include_disabled", "true".to_string()),
                ("include_expired", "true".to_string()),
                ("workspace_id", "w".to_string()),
                ("offset", "100".to_string()),
            ]
        );
    }
}
