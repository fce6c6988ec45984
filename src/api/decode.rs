//! Response bodies into wire types: pure functions over bytes, so the fuzz targets and their
//! replay test exercise exactly what the client runs. Each `Err` is a short reason for the
//! `-v` log; the client turns it into an "unexpected response" error for the user.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::types::{ActivityItem, CurrentKey, Key};
use crate::secret::Secret;

/// `{"data": …}` with the member kept as unparsed text.
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    data: Option<&'a RawValue>,
}

/// `{"data": [...]}` of a listing, each element kept as unparsed text.
#[derive(Deserialize)]
struct ListEnvelope<'a> {
    #[serde(borrow, default)]
    data: Option<Vec<&'a RawValue>>,
}

/// The answer to `POST /keys`.
#[derive(Deserialize)]
struct CreatedEnvelope<'a> {
    #[serde(borrow, default)]
    data: Option<&'a RawValue>,
    #[serde(default)]
    key: Option<Value>,
}

/// One page of `GET /keys`.
pub fn key_list(body: &[u8]) -> Result<Vec<Key>, String> {
    list(body, |item| Key::from_raw(item.to_owned()))
}

/// `{"data": Key}` of get and update.
pub fn key(body: &[u8]) -> Result<Key, String> {
    Key::from_raw(data(body)?)
}

/// `{"data": {...}}` of `GET /key`.
pub fn current(body: &[u8]) -> Result<CurrentKey, String> {
    CurrentKey::from_raw(data(body)?)
}

/// The created key and its one-time secret.
pub fn created(body: &[u8]) -> Result<(Key, Secret), String> {
    let envelope: CreatedEnvelope = object(body)?;
    let secret = match envelope.key {
        Some(Value::String(secret)) if !secret.trim().is_empty() => Secret::new(secret),
        _ => return Err("no \"key\" (the new secret) in the answer".to_string()),
    };
    let data = envelope
        .data
        .ok_or_else(|| "no \"data\" member".to_string())?;
    Ok((Key::from_raw(data.to_owned())?, secret))
}

/// `{"deleted": true}`.
pub fn deleted(body: &[u8]) -> Result<(), String> {
    let value: Value = serde_json::from_slice(body).map_err(|_| "the body is not JSON")?;
    match value.get("deleted") {
        Some(Value::Bool(true)) => Ok(()),
        _ => Err("no \"deleted\": true".to_string()),
    }
}

/// `{"data": [ActivityItem]}` of `GET /activity`.
pub fn activity(body: &[u8]) -> Result<Vec<ActivityItem>, String> {
    list(body, |item| ActivityItem::from_raw(item.get()))
}

/// `{"data": [...]}`, each element read by `read`.
fn list<T>(body: &[u8], read: impl Fn(&RawValue) -> Result<T, String>) -> Result<Vec<T>, String> {
    let envelope: ListEnvelope = object(body)?;
    let items = envelope
        .data
        .ok_or_else(|| "no \"data\" list".to_string())?;
    items.into_iter().map(read).collect()
}

/// The API's own words from an error body `{"error": {"message": "..."}}`.
pub fn error_message(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let message = value.get("error")?.get("message")?.as_str()?;
    (!message.trim().is_empty()).then(|| message.to_string())
}

fn data(body: &[u8]) -> Result<Box<RawValue>, String> {
    let envelope: Envelope = object(body)?;
    envelope
        .data
        .map(RawValue::to_owned)
        .ok_or_else(|| "no \"data\" member".to_string())
}

/// A JSON object of the given shape; the reason says whether it was JSON at all.
fn object<'a, T: Deserialize<'a>>(body: &'a [u8]) -> Result<T, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the body is not UTF-8 text")?;
    if !text.trim_start().starts_with('{') {
        return Err(if serde_json::from_str::<Value>(text).is_ok() {
            "not a JSON object".to_string()
        } else {
            "the body is not JSON".to_string()
        });
    }
    serde_json::from_str(text).map_err(|e| format!("the body is not the expected JSON ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listings_keep_each_key_as_sent() {
        let body = br#"{"data": [{"hash": "a1", "name": "x", "new": [1]}, {"hash": "b2"}]}"#;
        let keys = key_list(body).expect("decodes");
        assert_eq!(keys.len(), 2);
        assert_eq!(
            keys[0].raw_json(),
            r#"{"hash": "a1", "name": "x", "new": [1]}"#
        );
        assert_eq!(keys[1].hash(), "b2");
        assert_eq!(key_list(br#"{"data": []}"#).map(|k| k.len()), Ok(0));
    }

    #[test]
    fn malformed_bodies_are_reasons_not_panics() {
        for body in [
            &b""[..],
            b"<html>502</html>",
            b"[1, 2]",
            b"{\"data\": 5}",
            b"{\"data\": [1]}",
            b"{\"data\": [{\"name\": \"no hash\"}]}",
            b"{\"data\": [{\"hash\": \"a\"}",
            b"\xff\xfe",
            b"{}",
        ] {
            assert!(key_list(body).is_err(), "{body:?}");
        }
        assert!(key(b"{\"data\": null}").is_err());
        assert!(current(b"{\"data\": []}").is_err());
        assert!(deleted(b"{\"deleted\": false}").is_err());
        assert!(created(br#"{"data": {"hash": "a"}}"#).is_err());
        assert!(created(br#"{"data": {"hash": "a"}, "key": ""}"#).is_err());
    }

    #[test]
    fn created_answers_give_the_key_and_its_secret() {
        let (key, secret) =
            created(br#"{"data": {"hash": "a1", "name": "n"}, "key": "sk-or-v1-x"}"#)
                .expect("decodes");
        assert_eq!(key.hash(), "a1");
        assert_eq!(secret.expose(), "sk-or-v1-x");
    }

    #[test]
    fn error_bodies_give_the_message_when_there_is_one() {
        assert_eq!(
            error_message(br#"{"error": {"code": 400, "message": "Invalid limit"}}"#).as_deref(),
            Some("Invalid limit")
        );
        assert_eq!(error_message(b"<html>"), None);
        assert_eq!(error_message(br#"{"error": {"message": " "}}"#), None);
    }
}
