//! The one error type: a failure class (which picks the exit code), a message, a next step,
//! and structured details. It is data: `main` turns it into text or JSON where it is reported.

use std::fmt;

use serde_json::{json, Map, Value};

use crate::sanitize::for_terminal;
use crate::secret::redact;

/// What kind of failure happened. Each class has one documented exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad flags or values, caught before any request.
    Usage,
    /// The API rejected the request's content (400, 409, 422).
    Rejected,
    /// A KEY selector matched several keys.
    Ambiguous,
    /// A destructive action with no terminal to confirm on and no `--yes`.
    NotInteractive,
    /// 404, or a KEY selector that matched nothing.
    NotFound,
    /// No management key, or the API refused it (401, 403).
    Auth,
    /// 429 after every retry.
    RateLimited,
    /// 5xx after every retry, or another status the API does not document.
    Server,
    /// DNS, connect or TLS failure, or a connection dropped mid-request.
    Network,
    /// No answer within `--timeout`.
    Timeout,
    /// A body that is not the JSON the API documents.
    UnexpectedResponse,
    /// Reading or writing a local file failed.
    Io,
    /// The user declined a confirmation or pressed Ctrl-C.
    Interrupted,
    /// Standard output was closed early (`orkeys list | head`): not a failure.
    ClosedPipe,
    /// `audit --fail-on` found what it was told to fail on: the run worked, the account
    /// needs attention.
    Findings,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Usage | Kind::Rejected | Kind::Ambiguous | Kind::NotInteractive => 2,
            Kind::NotFound => 3,
            Kind::Auth => 4,
            Kind::Interrupted => 130,
            Kind::ClosedPipe => 0,
            Kind::Findings => 10,
            Kind::RateLimited
            | Kind::Server
            | Kind::Network
            | Kind::Timeout
            | Kind::UnexpectedResponse
            | Kind::Io => 1,
        }
    }

    /// The stable name used in `--json` error objects.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Usage => "usage",
            Kind::Rejected => "rejected",
            Kind::Ambiguous => "ambiguous",
            Kind::NotInteractive => "not_interactive",
            Kind::NotFound => "not_found",
            Kind::Auth => "auth",
            Kind::RateLimited => "rate_limited",
            Kind::Server => "server",
            Kind::Network => "network",
            Kind::Timeout => "timeout",
            Kind::UnexpectedResponse => "unexpected_response",
            Kind::Io => "io",
            Kind::Interrupted => "interrupted",
            Kind::ClosedPipe => "closed_pipe",
            Kind::Findings => "findings",
        }
    }
}

/// A failure ready to be shown: one line of message, an optional hint, an HTTP status if any,
/// and details a script can use.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub status: Option<u16>,
    pub message: String,
    pub hint: Option<String>,
    pub details: Option<Details>,
}

/// What an error carries besides its message.
#[derive(Debug, Clone, PartialEq)]
pub enum Details {
    /// The keys an ambiguous KEY matched, each the object the API sent.
    Candidates(Vec<Map<String, Value>>),
    /// A key was created but its secret never reached anyone: the hash of that key, for
    /// scripts to clean up (`"created"` in JSON).
    SecretLost(String),
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            status: None,
            message: message.into(),
            hint: None,
            details: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(Kind::Usage, message)
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_details(mut self, details: Details) -> Self {
        self.details = Some(details);
        self
    }

    /// A new key's secret that could not be written out is lost for good: never the quiet
    /// end of a closed pipe, but a failure that names the key which now exists with nobody
    /// holding its secret.
    pub fn secret_not_delivered(hash: &str, name: &str, cause: &Error, place: &str) -> Self {
        Error::new(
            Kind::Io,
            format!(
                "the key {hash} ('{}') was created but its secret could not be written to {place}: {}",
                for_terminal(name),
                cause.message
            ),
        )
        .with_hint(format!(
            "its secret cannot be retrieved: delete it with `orkeys delete {hash} --yes` and try again"
        ))
        .with_details(Details::SecretLost(hash.to_string()))
    }

    pub fn io(context: &str, err: &std::io::Error) -> Self {
        Error::new(Kind::Io, format!("{context}: {err}"))
    }

    /// `{"kind", "status", "message", "hint"?, "candidates"?, "created"?}`: the error as `--json` reports it.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        object.insert("kind".into(), json!(self.kind.name()));
        object.insert("status".into(), json!(self.status));
        object.insert("message".into(), json!(redact(&self.message)));
        if let Some(hint) = &self.hint {
            object.insert("hint".into(), json!(redact(hint)));
        }
        match &self.details {
            Some(Details::Candidates(keys)) => {
                object.insert(
                    "candidates".into(),
                    Value::Array(keys.iter().cloned().map(Value::Object).collect()),
                );
            }
            Some(Details::SecretLost(hash)) => {
                object.insert("created".into(), json!(hash));
            }
            None => {}
        }
        Value::Object(object)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Failures writing standard output. A reader that went away ends the run quietly.
impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            Error::new(Kind::ClosedPipe, "standard output was closed")
        } else {
            Error::io("could not write output", &err)
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_documented_table() {
        assert_eq!(Kind::Usage.exit_code(), 2);
        assert_eq!(Kind::Rejected.exit_code(), 2);
        assert_eq!(Kind::Ambiguous.exit_code(), 2);
        assert_eq!(Kind::NotInteractive.exit_code(), 2);
        assert_eq!(Kind::NotFound.exit_code(), 3);
        assert_eq!(Kind::Auth.exit_code(), 4);
        assert_eq!(Kind::Server.exit_code(), 1);
        assert_eq!(Kind::UnexpectedResponse.exit_code(), 1);
        assert_eq!(Kind::Interrupted.exit_code(), 130);
        assert_eq!(Kind::Findings.exit_code(), 10);
    }
}
