//! A string that must never be printed: the management key and freshly created secrets.
//! Every secret this run holds is also remembered, so that what orkeys reports on standard
//! error (server messages included: a gateway may echo the Authorization header) can be
//! scrubbed of it.

use std::fmt;
use std::sync::Mutex;

/// Every secret value this run has held, for `redact`.
static HELD: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Shorter values are not worth scrubbing (and would scrub ordinary words).
const MIN_REDACTED_LEN: usize = 8;

/// The run of key characters after `sk-or-` that marks a real key rather than the
/// `sk-or-v1-…` of a hint.
const MIN_KEY_BODY: usize = 12;

/// Holds a secret. `Debug` and `Display` redact it; only `expose` gives the value, so every
/// place that reveals it is a deliberate, searchable call.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
        if value.len() >= MIN_REDACTED_LEN {
            if let Ok(mut held) = HELD.lock() {
                if !held.contains(&value) {
                    held.push(value.clone());
                }
            }
        }
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// `text` without any secret this run holds, and without anything shaped like an OpenRouter
/// key (`sk-or-…`): for every message that reaches standard error or an error object.
pub fn redact(text: &str) -> String {
    let mut text = text.to_string();
    if let Ok(held) = HELD.lock() {
        for secret in held.iter() {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), "<redacted>");
            }
        }
    }
    redact_key_shapes(&text)
}

fn redact_key_shapes(text: &str) -> String {
    const PREFIX: &str = "sk-or-";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(PREFIX) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let body = &from[PREFIX.len()..];
        let len = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(body.len());
        out.push_str(PREFIX);
        if len >= MIN_KEY_BODY {
            out.push_str("<redacted>");
        } else {
            out.push_str(&body[..len]);
        }
        rest = &body[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_secrets_and_key_shapes_are_scrubbed() {
        let _held = Secret::new("management-key-of-a-test".to_string());
        assert_eq!(
            redact("upstream said: Bearer management-key-of-a-test"),
            "upstream said: Bearer <redacted>"
        );
        assert_eq!(
            redact("Invalid credentials: Bearer sk-or-v1-0e6f44a47a2d4c7f9a1d3c5b7e9f."),
            "Invalid credentials: Bearer sk-or-<redacted>."
        );
        // The examples of hints stay readable.
        assert_eq!(
            redact("a key is a single word like sk-or-v1-…"),
            "a key is a single word like sk-or-v1-…"
        );
        assert_eq!(redact("no key here"), "no key here");
    }

    #[test]
    fn formatting_never_shows_the_value() {
        let secret = Secret::new("sk-or-v1-topsecret".to_string());
        assert!(!format!("{secret:?}").contains("topsecret"));
        assert!(!format!("{secret}").contains("topsecret"));
        assert!(!format!("{:?}", Some(&secret)).contains("topsecret"));
        assert_eq!(secret.expose(), "sk-or-v1-topsecret");
    }
}
