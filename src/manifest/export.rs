//! An account written as a manifest: every key's managed fields, pinned by hash where names
//! repeat, so that planning it at once shows nothing to do.

use std::collections::HashMap;

use jiff::Timestamp;

use crate::api::types::Key;

/// The manifest text for `keys`.
pub fn manifest(keys: &[Key], now: Timestamp) -> String {
    let mut names: HashMap<&str, usize> = HashMap::new();
    for key in keys {
        *names.entry(key.name()).or_default() += 1;
    }
    let mut text = format!(
        "# orkeys manifest, exported {}.\n\
         # Each [[key]] holds the fields orkeys manages; a field left out is not managed.\n\
         # `orkeys plan -f FILE` compares it with the account, `orkeys apply -f FILE` makes it so.\n",
        Timestamp::from_second(now.as_second()).unwrap_or(now)
    );
    for key in keys {
        let f = &key.fields;
        let s = &f.spending;
        text.push_str("\n[[key]]\n");
        line(&mut text, "name", &string(key.name()));
        if names.get(key.name()).copied().unwrap_or(0) > 1 {
            line(&mut text, "hash", &string(key.hash()));
        }
        line(
            &mut text,
            "limit",
            &s.limit.map_or_else(|| string("none"), amount),
        );
        line(
            &mut text,
            "limit_reset",
            &string(s.limit_reset.as_deref().unwrap_or("none")),
        );
        line(
            &mut text,
            "include_byok_in_limit",
            &s.include_byok_in_limit.unwrap_or(false).to_string(),
        );
        line(
            &mut text,
            "disabled",
            &f.disabled.unwrap_or(false).to_string(),
        );
        // The API keeps any fraction of a second; the manifest keeps exactly what it has.
        if let Some(expires) = f
            .expires_at
            .as_deref()
            .and_then(|r| r.parse::<Timestamp>().ok())
        {
            line(&mut text, "expires_at", &string(&expires.to_string()));
        }
        if let Some(workspace) = &f.workspace_id {
            line(&mut text, "workspace_id", &string(workspace));
        }
    }
    text
}

fn line(text: &mut String, field: &str, value: &str) {
    text.push_str(field);
    text.push_str(" = ");
    text.push_str(value);
    text.push('\n');
}

/// A TOML basic string, escaped by the toml crate.
fn string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// `50`, `12.5`: whole dollars without a fraction.
fn amount(value: f64) -> String {
    crate::api::types::amount_json(Some(value)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::diff::{plan, Options};
    use crate::manifest::model::parse;
    use crate::testing::now;
    use serde_json::json;

    fn keys() -> Vec<Key> {
        [
            json!({"hash": "aaaaaa01", "name": "ci", "limit": 5, "limit_remaining": 5, "limit_reset": "daily",
                   "include_byok_in_limit": true, "disabled": false, "expires_at": null,
                   "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11"}),
            json!({"hash": "bbbbbb02", "name": "ci", "limit": null, "limit_reset": null, "disabled": true,
                   "expires_at": "2026-01-01T00:00:00.5+00:00"}),
            json!({"hash": "cccccc03", "name": "quote \"me\" \\ \u{1b}", "limit": 12.5, "limit_reset": null}),
        ]
        .iter()
        .map(|v| Key::from_value(v).unwrap_or_else(|e| unreachable!("{e}")))
        .collect()
    }

    #[test]
    fn an_export_plans_to_nothing() {
        let text = manifest(&keys(), now());
        let parsed = parse(&text).unwrap_or_else(|e| unreachable!("{text}\n{e:?}"));
        assert_eq!(parsed.keys.len(), 3);
        assert_eq!(
            parsed.keys[0].hash.as_deref(),
            Some("aaaaaa01"),
            "repeated names are pinned"
        );
        assert_eq!(parsed.keys[2].hash, None);
        assert_eq!(parsed.keys[2].name, "quote \"me\" \\ \u{1b}");
        let plan = plan(&parsed, &keys(), &Options::default(), now())
            .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert!(plan.is_empty(), "{:?}", plan.summary());
    }
}
