//! The blocking HTTP client: authentication, base URL, timeouts, retries, and the mapping of
//! HTTP statuses and transport failures onto orkeys' error classes.

use std::time::{Duration, Instant};

use jiff::Timestamp;
use reqwest::blocking::Response;
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use super::retry;
use super::types::{CreateKeyRequest, CreatedKey, CurrentKey, Key, ListQuery, UpdateKeyRequest};
use crate::error::{Error, Kind, Result};
use crate::log::Log;
use crate::render::sanitize;
use crate::secret::Secret;

const KEYS_HINT: &str = "a management key is needed to manage keys, not an ordinary API key: \
create one at https://openrouter.ai/settings/management-keys and set OPENROUTER_MANAGEMENT_KEY";

/// How the client connects; built from the command line and environment in `config.rs`.
#[derive(Debug)]
pub struct ClientOptions {
    pub base_url: Url,
    pub management_key: Secret,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub retries: u32,
    pub log: Log,
}

#[derive(Debug)]
pub struct Client {
    http: reqwest::blocking::Client,
    base_url: Url,
    authorization: HeaderValue,
    retries: u32,
    timeout: Duration,
    log: Log,
}

/// A create that failed. When `outcome_unknown` is set the request reached the server and the
/// key may exist: the caller must not resend it and must tell the user how to check.
#[derive(Debug)]
pub struct CreateFailure {
    pub error: Error,
    pub outcome_unknown: bool,
}

/// A complete HTTP exchange: the status and the whole body.
struct Reply {
    status: StatusCode,
    body: Vec<u8>,
    /// The wait the server asked for in `Retry-After`, if any.
    retry_after: Option<Duration>,
}

/// Why a request failed before a full reply arrived.
struct TransportFailure {
    error: Error,
    /// The request may have reached the server (so a create may have happened).
    maybe_sent: bool,
}

impl Client {
    pub fn new(options: ClientOptions) -> Result<Self> {
        // reqwest is built without a bundled TLS provider; ring is the one orkeys ships.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut authorization =
            HeaderValue::from_str(&format!("Bearer {}", options.management_key.expose())).map_err(
                |_| {
                    Error::new(
                        Kind::Auth,
                        "the management key contains characters that cannot be sent in a header",
                    )
                    .with_hint("check the key for stray spaces or quotes")
                },
            )?;
        authorization.set_sensitive(true);
        let http = reqwest::blocking::Client::builder()
            .user_agent(concat!("orkeys/", env!("CARGO_PKG_VERSION")))
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout)
            .build()
            .map_err(|e| Error::new(Kind::Network, format!("could not set up HTTPS: {e}")))?;
        let mut base_url = options.base_url;
        if !base_url.path().ends_with('/') {
            let path = format!("{}/", base_url.path());
            base_url.set_path(&path);
        }
        Ok(Client {
            http,
            base_url,
            authorization,
            retries: options.retries,
            timeout: options.timeout,
            log: options.log,
        })
    }

    /// One page of `GET /keys`.
    pub fn list_page(&self, query: &ListQuery, offset: u64) -> Result<Vec<Key>> {
        let mut url = self.url(&["keys"]);
        url.query_pairs_mut().extend_pairs(query.pairs(offset));
        let reply = self.send_idempotent(Method::GET, &url, None)?;
        let data = self.data(&Method::GET, &url, &reply)?;
        let Value::Array(items) = data else {
            return Err(self.unexpected(&Method::GET, &url, &reply, "\"data\" is not a list"));
        };
        items
            .into_iter()
            .map(|item| {
                Key::from_value(item)
                    .map_err(|why| self.unexpected(&Method::GET, &url, &reply, &why))
            })
            .collect()
    }

    /// `GET /keys/{hash}`.
    pub fn get_key(&self, hash: &str) -> Result<Key> {
        let url = self.url(&["keys", hash]);
        let reply = self.send_idempotent(Method::GET, &url, None)?;
        self.key_in(&Method::GET, &url, &reply)
    }

    /// `PATCH /keys/{hash}`. Safe to retry: sending the same fields twice has the same effect.
    pub fn update_key(&self, hash: &str, request: &UpdateKeyRequest) -> Result<Key> {
        let url = self.url(&["keys", hash]);
        let body = to_json(request)?;
        let reply = self.send_idempotent(Method::PATCH, &url, Some(body))?;
        self.key_in(&Method::PATCH, &url, &reply)
    }

    /// `DELETE /keys/{hash}`.
    pub fn delete_key(&self, hash: &str) -> Result<()> {
        let url = self.url(&["keys", hash]);
        let reply = self.send_idempotent(Method::DELETE, &url, None)?;
        let body = self.parse_json(&Method::DELETE, &url, &reply)?;
        match body.get("deleted") {
            Some(Value::Bool(true)) => Ok(()),
            _ => Err(self.unexpected(&Method::DELETE, &url, &reply, "no \"deleted\": true")),
        }
    }

    /// `GET /key`: the calling key itself.
    pub fn current_key(&self) -> Result<CurrentKey> {
        let url = self.url(&["key"]);
        let reply = self.send_idempotent(Method::GET, &url, None)?;
        let data = self.data(&Method::GET, &url, &reply)?;
        CurrentKey::from_value(data)
            .map_err(|why| self.unexpected(&Method::GET, &url, &reply, &why))
    }

    /// `POST /keys`. Sent at most once unless the server certainly did not act on it: only a
    /// failure to connect or a 429 is retried. Anything after the request may have reached the
    /// server (a timeout, a 5xx, a dropped connection, an unreadable 2xx) is reported as an
    /// unknown outcome, because a second create would leave a live key nobody holds.
    pub fn create_key(&self, request: &CreateKeyRequest) -> Result<CreatedKey, CreateFailure> {
        let url = self.url(&["keys"]);
        let method = Method::POST;
        let definite = |error| CreateFailure {
            error,
            outcome_unknown: false,
        };
        let unknown = |error| CreateFailure {
            error,
            outcome_unknown: true,
        };
        let body = to_json(request).map_err(definite)?;
        let mut retry = 0;
        let reply = loop {
            match self.send_once(&method, &url, Some(&body)) {
                Ok(reply)
                    if reply.status == StatusCode::TOO_MANY_REQUESTS && retry < self.retries =>
                {
                    self.pause(
                        &method,
                        &url,
                        retry,
                        &format!("HTTP {}", reply.status.as_u16()),
                        reply.retry_after,
                    );
                }
                Ok(reply) => break reply,
                Err(failure) if !failure.maybe_sent && retry < self.retries => {
                    self.pause(&method, &url, retry, &failure.error.message, None);
                }
                Err(failure) if failure.maybe_sent => return Err(unknown(failure.error)),
                Err(failure) => return Err(definite(failure.error)),
            }
            retry += 1;
        };
        if !reply.status.is_success() {
            let error = self.status_error(&method, &url, &reply, retry);
            return Err(if reply.status.is_server_error() {
                unknown(error)
            } else {
                definite(error)
            });
        }
        // From here on the key exists: a body we cannot read means its secret is lost to us.
        let body = self.parse_json(&method, &url, &reply).map_err(unknown)?;
        let secret = match body.get("key") {
            Some(Value::String(secret)) if !secret.is_empty() => Secret::new(secret.clone()),
            _ => {
                return Err(unknown(self.unexpected(
                    &method,
                    &url,
                    &reply,
                    "no \"key\" in the answer",
                )))
            }
        };
        let data = body.get("data").cloned().unwrap_or(Value::Null);
        let key = Key::from_value(data)
            .map_err(|why| unknown(self.unexpected(&method, &url, &reply, &why)))?;
        Ok(CreatedKey { key, secret })
    }

    fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    /// Sends a request that is safe to repeat, retrying on 429/502/503/504 and on transport
    /// failures, then turns any remaining failure status into an error.
    fn send_idempotent(&self, method: Method, url: &Url, body: Option<Vec<u8>>) -> Result<Reply> {
        let mut retry = 0;
        loop {
            let outcome = self.send_once(&method, url, body.as_ref());
            let can_retry = retry < self.retries;
            match outcome {
                Ok(reply) if retry::is_retryable_status(reply.status.as_u16()) && can_retry => {
                    let reason = format!("HTTP {}", reply.status.as_u16());
                    self.pause(&method, url, retry, &reason, reply.retry_after);
                }
                Ok(reply) if reply.status.is_success() => return Ok(reply),
                Ok(reply) => return Err(self.status_error(&method, url, &reply, retry)),
                Err(failure) if can_retry => {
                    self.pause(&method, url, retry, &failure.error.message, None);
                }
                Err(failure) => return Err(failure.error),
            }
            retry += 1;
        }
    }

    fn pause(
        &self,
        method: &Method,
        url: &Url,
        retry: u32,
        reason: &str,
        server_delay: Option<Duration>,
    ) {
        let delay = server_delay.unwrap_or_else(|| retry::backoff(retry));
        self.log.line(|| {
            format!(
                "{reason} from {method} {}; retry {} of {} in {:.1} s",
                display_url(url),
                retry + 1,
                self.retries,
                delay.as_secs_f64()
            )
        });
        std::thread::sleep(delay);
    }

    /// One attempt: send, and read the whole body.
    fn send_once(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&Vec<u8>>,
    ) -> Result<Reply, TransportFailure> {
        self.log.line(|| format!("> {method} {}", display_url(url)));
        self.log
            .line(|| "> authorization: Bearer <redacted>".to_string());
        let mut request = self
            .http
            .request(method.clone(), url.clone())
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
            .map_err(|e| self.transport_failure(method, url, &e))?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| retry::retry_after(value, Timestamp::now()));
        let body = read_body(response).map_err(|e| TransportFailure {
            maybe_sent: true,
            ..self.transport_failure(method, url, &e)
        })?;
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

    fn transport_failure(
        &self,
        method: &Method,
        url: &Url,
        error: &reqwest::Error,
    ) -> TransportFailure {
        let target = format!("{method} {}", display_url(url));
        if error.is_connect() {
            let host = url.host_str().unwrap_or("the API");
            return TransportFailure {
                error: Error::new(
                    Kind::Network,
                    format!("could not connect to {host}: {}", root_cause(error)),
                )
                .with_hint("check your network connection and --base-url / OPENROUTER_BASE_URL"),
                maybe_sent: false,
            };
        }
        if error.is_timeout() {
            return TransportFailure {
                error: Error::new(
                    Kind::Timeout,
                    format!(
                        "no response to {target} within {} s",
                        self.timeout.as_secs_f64()
                    ),
                )
                .with_hint("try again, or allow longer with --timeout SECS"),
                maybe_sent: true,
            };
        }
        TransportFailure {
            error: Error::new(
                Kind::Network,
                format!(
                    "the connection failed during {target}: {}",
                    root_cause(error)
                ),
            )
            .with_hint("check your network connection and try again"),
            maybe_sent: true,
        }
    }

    /// Maps a final non-success status to an error with a next step.
    fn status_error(&self, method: &Method, url: &Url, reply: &Reply, retries_used: u32) -> Error {
        let status = reply.status.as_u16();
        let api_message = api_error_message(&reply.body);
        let detail = api_message
            .clone()
            .unwrap_or_else(|| sanitize::snippet(&reply.body, 200));
        let target = format!("{method} {}", display_url(url));
        let retried = match retries_used {
            0 => String::new(),
            1 => " after 1 retry".to_string(),
            n => format!(" after {n} retries"),
        };
        let on_keys = url.path().contains("/keys");
        let names_one_key = url.path().contains("/keys/");
        let error = match status {
            400 | 409 | 422 => Error::new(Kind::Rejected, format!("the API rejected {target} (HTTP {status}): {detail}"))
                .with_hint("check the values given; `orkeys <command> --help` lists what each flag takes"),
            401 => Error::new(Kind::Auth, format!("the API did not accept the management key (HTTP 401): {detail}"))
                .with_hint(if on_keys { KEYS_HINT } else { "check the key in OPENROUTER_MANAGEMENT_KEY; create one at https://openrouter.ai/settings/management-keys" }),
            403 => Error::new(Kind::Auth, format!("the key in use may not do this (HTTP 403): {detail}"))
                .with_hint(KEYS_HINT),
            404 => Error::new(Kind::NotFound, format!("not found: {target} (HTTP 404): {detail}"))
                .with_hint(if names_one_key {
                    "run `orkeys list --include-disabled --include-expired` to see every key"
                } else {
                    "check --base-url / OPENROUTER_BASE_URL: it should end in /api/v1"
                }),
            429 => Error::new(Kind::RateLimited, format!("rate limited by the API{retried}: {detail}"))
                .with_hint("wait a minute and try again, or allow more with --retries N"),
            500..=599 if api_message.is_none() && !reply.body.is_empty() && !looks_like_json(&reply.body) => {
                Error::new(Kind::Server, format!("unexpected response from {target} (HTTP {status}): {detail}"))
                    .with_hint("the API or a proxy in front of it failed; try again later")
            }
            500..=599 => Error::new(Kind::Server, format!("the API failed on {target} (HTTP {status}){retried}: {detail}"))
                .with_hint("the service had a problem; try again in a few minutes"),
            _ => Error::new(Kind::Server, format!("unexpected response from {target} (HTTP {status}): {detail}")),
        };
        error.with_status(status)
    }

    fn parse_json(&self, method: &Method, url: &Url, reply: &Reply) -> Result<Value> {
        serde_json::from_slice(&reply.body)
            .map_err(|_| self.unexpected(method, url, reply, "the body is not JSON"))
    }

    /// `unexpected response from GET <url> (HTTP 200): <first 200 characters>`; the precise
    /// reason goes to the `-v` log.
    fn unexpected(&self, method: &Method, url: &Url, reply: &Reply, why: &str) -> Error {
        self.log.line(|| format!("cannot use the response: {why}"));
        Error::new(
            Kind::UnexpectedResponse,
            format!(
                "unexpected response from {method} {} (HTTP {}): {}",
                display_url(url),
                reply.status.as_u16(),
                sanitize::snippet(&reply.body, 200)
            ),
        )
        .with_status(reply.status.as_u16())
        .with_hint("the API answered in a form orkeys does not understand; try again, or report it with the output of -v")
    }

    /// The `data` member of a success envelope.
    fn data(&self, method: &Method, url: &Url, reply: &Reply) -> Result<Value> {
        let body = self.parse_json(method, url, reply)?;
        match body {
            Value::Object(mut map) => map
                .remove("data")
                .ok_or_else(|| self.unexpected(method, url, reply, "no \"data\" member")),
            _ => Err(self.unexpected(method, url, reply, "not a JSON object")),
        }
    }

    fn key_in(&self, method: &Method, url: &Url, reply: &Reply) -> Result<Key> {
        let data = self.data(method, url, reply)?;
        Key::from_value(data).map_err(|why| self.unexpected(method, url, reply, &why))
    }
}

fn read_body(response: Response) -> Result<Vec<u8>, reqwest::Error> {
    response.bytes().map(|bytes| bytes.to_vec())
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value)
        .map_err(|e| Error::usage(format!("could not encode the request: {e}")))
}

fn looks_like_json(body: &[u8]) -> bool {
    serde_json::from_slice::<Value>(body).is_ok()
}

/// The API's own words from an error body `{"error": {"message": "..."}}`, sanitized.
fn api_error_message(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let message = value.get("error")?.get("message")?.as_str()?;
    Some(sanitize::for_terminal(message))
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
fn root_cause(error: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    sanitize::for_terminal(&cause.to_string())
}
