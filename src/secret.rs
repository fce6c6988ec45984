//! A string that must never be printed: the management key and freshly created secrets.

use std::fmt;

/// Holds a secret. `Debug` and `Display` redact it; only `expose` gives the value, so every
/// place that reveals it is a deliberate, searchable call.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_never_shows_the_value() {
        let secret = Secret::new("sk-or-v1-topsecret".to_string());
        assert!(!format!("{secret:?}").contains("topsecret"));
        assert!(!format!("{secret}").contains("topsecret"));
        assert!(!format!("{:?}", Some(&secret)).contains("topsecret"));
        assert_eq!(secret.expose(), "sk-or-v1-topsecret");
    }
}
