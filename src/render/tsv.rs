//! Tab-separated rows for pipes: no header, no colour, no truncation, full hashes, RFC 3339
//! times, empty fields for nulls. Columns are only ever added at the end.

use jiff::Timestamp;
use serde_json::{Map, Value};

use super::format::{self, Status};
use super::sanitize;
use crate::api::types::{CurrentKey, Key};

/// hash, name, status, label, usage, limit, limit_remaining, limit_reset, created_at,
/// expires_at, workspace_id
pub fn key_row(key: &Key, now: Timestamp) -> String {
    let status = Status::of(&key.fields, now);
    let raw = &key.raw;
    [
        text(raw, "hash"),
        text(raw, "name"),
        status.as_str().to_string(),
        text(raw, "label"),
        text(raw, "usage"),
        text(raw, "limit"),
        text(raw, "limit_remaining"),
        text(raw, "limit_reset"),
        time(raw, "created_at"),
        time(raw, "expires_at"),
        text(raw, "workspace_id"),
    ]
    .join("\t")
}

/// label, is_management_key, usage, limit, limit_remaining, limit_reset, expires_at,
/// is_free_tier
pub fn current_row(current: &CurrentKey) -> String {
    let raw = &current.raw;
    [
        text(raw, "label"),
        current.is_management().to_string(),
        text(raw, "usage"),
        text(raw, "limit"),
        text(raw, "limit_remaining"),
        text(raw, "limit_reset"),
        time(raw, "expires_at"),
        text(raw, "is_free_tier"),
    ]
    .join("\t")
}

/// A field as text: strings escaped, numbers exactly as the API wrote them, null as empty.
fn text(raw: &Map<String, Value>, field: &str) -> String {
    match raw.get(field) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => sanitize::for_tsv(s),
        Some(other) => sanitize::for_tsv(&other.to_string()),
    }
}

fn time(raw: &Map<String, Value>, field: &str) -> String {
    match raw.get(field) {
        Some(Value::String(s)) => sanitize::for_tsv(&format::rfc3339(s)),
        _ => text(raw, field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_have_fixed_columns_and_escape_text() {
        let key = Key::from_value(json!({
            "hash": "f01d", "name": "a\tb\nc", "label": "sk-or-v1-0e6...1c96", "disabled": false,
            "usage": 25.5, "limit": 100, "limit_remaining": 74.5, "limit_reset": "monthly",
            "created_at": "2025-02-19T20:52:27.363244+00:00", "expires_at": null,
            "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11"
        }))
        .expect("decodes");
        assert_eq!(
            key_row(&key, Timestamp::now()),
            "f01d\ta\\tb\\nc\tactive\tsk-or-v1-0e6...1c96\t25.5\t100\t74.5\tmonthly\t\
             2025-02-19T20:52:27.363244Z\t\t0df9e665-d932-5740-b2c7-b52af166bc11"
        );
        let sparse = Key::from_value(json!({"hash": "f01d"})).expect("decodes");
        assert_eq!(
            key_row(&sparse, Timestamp::now()),
            "f01d\t\tactive\t\t\t\t\t\t\t\t"
        );
    }
}
