//! Wire types. Responses keep the object exactly as the API sent it (for `--json`) next to a
//! typed view of the few fields orkeys reads; requests serialise only what the user gave.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::secret::Secret;

/// One key as the API describes it. `raw` is the untouched object, unknown fields included.
#[derive(Debug, Clone)]
pub struct Key {
    pub raw: Map<String, Value>,
    pub fields: KeyFields,
}

/// The fields orkeys reads. Only `hash` is required: everything else may be missing in older
/// or newer API versions, and a missing field is never an error.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct KeyFields {
    #[serde(deserialize_with = "required_string")]
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

fn required_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    String::deserialize(d)
}

impl Key {
    /// Reads a key object; fails only when it is not an object or lacks a string `hash`.
    pub fn from_value(value: Value) -> Result<Self, String> {
        let Value::Object(raw) = value else {
            return Err("a key is not a JSON object".to_string());
        };
        if !matches!(raw.get("hash"), Some(Value::String(_))) {
            return Err("a key has no \"hash\"".to_string());
        }
        let fields = KeyFields::deserialize(Value::Object(raw.clone()))
            .map_err(|e| format!("a key field has an unexpected type ({e})"))?;
        Ok(Key { raw, fields })
    }

    pub fn hash(&self) -> &str {
        &self.fields.hash
    }

    pub fn name(&self) -> &str {
        self.fields.name.as_deref().unwrap_or("")
    }
}

/// The answer to `POST /keys`: the new key and its one-time secret.
#[derive(Debug)]
pub struct CreatedKey {
    pub key: Key,
    pub secret: Secret,
}

/// `GET /key`: the calling key's own metadata (it has no hash and no name).
#[derive(Debug, Clone)]
pub struct CurrentKey {
    pub raw: Map<String, Value>,
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
    pub fn from_value(value: Value) -> Result<Self, String> {
        let Value::Object(raw) = value else {
            return Err("\"data\" is not a JSON object".to_string());
        };
        let fields = CurrentKeyFields::deserialize(Value::Object(raw.clone()))
            .map_err(|e| format!("a key field has an unexpected type ({e})"))?;
        Ok(CurrentKey { raw, fields })
    }

    /// Management keys were once called provisioning keys; either flag means the same.
    pub fn is_management(&self) -> bool {
        self.fields.is_management_key.unwrap_or(false)
            || self.fields.is_provisioning_key.unwrap_or(false)
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
#[derive(Debug, Default, Serialize)]
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
#[derive(Debug, Serialize)]
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
#[derive(Debug, Default, PartialEq, Serialize)]
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
    fn keys_keep_unknown_fields_and_their_order() {
        let value = json!({"zeta": 1, "hash": "abc", "name": "n", "brand_new": {"x": [1]}});
        let key = Key::from_value(value.clone()).expect("decodes");
        assert_eq!(Value::Object(key.raw.clone()), value);
        let order: Vec<&str> = key.raw.keys().map(String::as_str).collect();
        assert_eq!(order, ["zeta", "hash", "name", "brand_new"]);
    }

    #[test]
    fn missing_optional_fields_are_not_errors() {
        let key = Key::from_value(json!({"hash": "abc"})).expect("decodes");
        assert_eq!(key.name(), "");
        assert_eq!(key.fields.spending.limit, None);
        let key = Key::from_value(json!({"hash": "abc", "limit": null, "expires_at": null}))
            .expect("decodes");
        assert_eq!(key.fields.expires_at, None);
    }

    #[test]
    fn a_key_without_a_hash_or_with_wrong_types_is_rejected() {
        assert!(Key::from_value(json!({"name": "x"})).is_err());
        assert!(Key::from_value(json!({"hash": 12})).is_err());
        assert!(Key::from_value(json!({"hash": "a", "usage": "lots"})).is_err());
        assert!(Key::from_value(json!([1])).is_err());
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
