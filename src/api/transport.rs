//! One HTTP exchange: send, read the whole (bounded) body, and describe any transport
//! failure in terms a user can act on, noting whether the request may have reached the server.

use std::io::Read;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use reqwest::blocking::Response;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};

use super::client::Client;
use super::retry;
use crate::error::{Error, Kind};
use crate::sanitize;

/// The largest response body orkeys reads. A page of 100 keys is about 100 KB; anything near
/// this is a misbehaving server or proxy, and reading on would only exhaust memory.
pub const MAX_BODY: u64 = 32 * 1024 * 1024;

/// A complete HTTP exchange: the status and the whole body.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub body: Vec<u8>,
    /// The wait the server asked for in `Retry-After`, if any.
    pub retry_after: Option<Duration>,
}

/// Why a request failed before a full reply arrived.
#[derive(Debug)]
pub struct TransportFailure {
    pub error: Error,
    /// The request may have reached the server (so a create may have happened).
    pub maybe_sent: bool,
    /// Trying again could help (a dropped connection, a timeout); not so for an answer
    /// that is too large, which the server would send again.
    pub retryable: bool,
}

impl Client {
    /// One attempt: send, and read the whole body. The attempt's timeout is `--timeout`, cut
    /// short when less of the command's deadline is left.
    pub(super) fn send_once(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&Vec<u8>>,
    ) -> Result<Reply, TransportFailure> {
        let left = self.deadline.remaining();
        if left.is_zero() {
            return Err(TransportFailure {
                error: self.deadline_error(method, url),
                maybe_sent: false,
                retryable: false,
            });
        }
        let timeout = self.timeout.min(left);
        self.log.line(|| format!("> {method} {}", display_url(url)));
        self.log
            .line(|| "> authorization: Bearer <redacted>".to_string());
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .timeout(timeout)
            .header(AUTHORIZATION, self.authorization.clone())
            .header(ACCEPT, "application/json");
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let started = Instant::now();
        let response = request
            .send()
            .map_err(|e| self.transport_failure(method, url, &e, timeout))?;
        let status = response.status();
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            // Heard at once by a listing's other requests, before this one's retry is due.
            self.rate_limited
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| retry::retry_after(value, Timestamp::now()));
        let body = self.read_body(method, url, response, timeout)?;
        self.log.line(|| {
            format!(
                "< {} ({} ms, {} bytes)",
                status,
                started.elapsed().as_millis(),
                body.len()
            )
        });
        Ok(Reply {
            status,
            body,
            retry_after,
        })
    }

    /// Reads at most [`MAX_BODY`] bytes; a larger answer is refused, not buffered.
    fn read_body(
        &self,
        method: &Method,
        url: &Url,
        response: Response,
        timeout: Duration,
    ) -> Result<Vec<u8>, TransportFailure> {
        let too_large = || {
            TransportFailure {
            error: Error::new(
                Kind::UnexpectedResponse,
                format!(
                    "the answer to {method} {} is larger than {} MiB; orkeys stopped reading it",
                    display_url(url),
                    MAX_BODY / 1024 / 1024
                ),
            )
            .with_hint("check --base-url / OPENROUTER_BASE_URL and any proxy: the API's answers are far smaller"),
            maybe_sent: true,
            retryable: false,
            }
        };
        let declared = response
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<u64>().ok());
        if declared.is_some_and(|length| length > MAX_BODY) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        let mut limited = response.take(MAX_BODY + 1);
        if let Err(e) = limited.read_to_end(&mut body) {
            return Err(self.read_failure(method, url, &e, timeout));
        }
        if body.len() as u64 > MAX_BODY {
            return Err(too_large());
        }
        Ok(body)
    }

    fn read_failure(
        &self,
        method: &Method,
        url: &Url,
        error: &std::io::Error,
        timeout: Duration,
    ) -> TransportFailure {
        let timed_out = error.kind() == std::io::ErrorKind::TimedOut
            || root_cause(error).to_ascii_lowercase().contains("timed out");
        let error = if timed_out {
            self.timeout_error(method, url, timeout)
        } else {
            Error::new(
                Kind::Network,
                format!(
                    "the connection failed while reading the answer to {method} {}: {}",
                    display_url(url),
                    root_cause(error)
                ),
            )
            .with_hint("check your network connection and try again")
        };
        TransportFailure {
            error,
            maybe_sent: true,
            retryable: true,
        }
    }

    fn transport_failure(
        &self,
        method: &Method,
        url: &Url,
        error: &reqwest::Error,
        timeout: Duration,
    ) -> TransportFailure {
        if error.is_connect() {
            let host = url.host_str().unwrap_or("the API");
            // A refused or unreachable connection never delivered the request.
            return TransportFailure {
                error: Error::new(
                    Kind::Network,
                    format!("could not connect to {host}: {}", root_cause(error)),
                )
                .with_hint("check your network connection and --base-url / OPENROUTER_BASE_URL"),
                maybe_sent: false,
                retryable: true,
            };
        }
        if error.is_timeout() {
            return TransportFailure {
                error: self.timeout_error(method, url, timeout),
                maybe_sent: true,
                retryable: true,
            };
        }
        TransportFailure {
            error: Error::new(
                Kind::Network,
                format!(
                    "the connection failed during {method} {}: {}",
                    display_url(url),
                    root_cause(error)
                ),
            )
            .with_hint("check your network connection and try again"),
            maybe_sent: true,
            retryable: true,
        }
    }

    /// No answer in time: either `--timeout` for this attempt or what was left of the deadline.
    fn timeout_error(&self, method: &Method, url: &Url, timeout: Duration) -> Error {
        if timeout < self.timeout {
            return self.deadline_error(method, url);
        }
        Error::new(
            Kind::Timeout,
            format!(
                "no response to {method} {} within {} s",
                display_url(url),
                seconds(self.timeout)
            ),
        )
        .with_hint("try again, or allow longer with --timeout SECS")
    }

    pub(super) fn deadline_error(&self, method: &Method, url: &Url) -> Error {
        Error::new(
            Kind::Timeout,
            format!(
                "gave up on {method} {}: the command's --deadline of {} s ran out",
                display_url(url),
                seconds(self.deadline.limit())
            ),
        )
        .with_hint("try again later, or allow longer with --deadline SECS")
    }
}

/// `30` or `0.5`: seconds as a person would write them.
pub fn seconds(duration: Duration) -> String {
    let value = duration.as_secs_f64();
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// A URL fit for messages: any user name or password in it is dropped.
pub fn display_url(url: &Url) -> String {
    let mut shown = url.clone();
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.to_string()
}

/// The innermost cause of a transport error, which names what actually went wrong
/// ("Connection refused", "invalid peer certificate", ...).
fn root_cause(error: &dyn std::error::Error) -> String {
    let mut cause: &dyn std::error::Error = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    sanitize::for_terminal(&cause.to_string())
}
