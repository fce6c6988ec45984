//! The blocking HTTP client: authentication, base URL, timeouts, the deadline, retries, and
//! one method per API operation.

use std::time::Duration;

use reqwest::header::HeaderValue;
use reqwest::{Method, StatusCode, Url};

use super::decode;
use super::retry::{self, Deadline};
use super::transport::{display_url, Reply};
use super::types::{ActivityItem, CreateKeyRequest, CurrentKey, Key, ListQuery, UpdateKeyRequest};
use crate::error::{Error, Kind, Result};
use crate::log::Log;
use crate::secret::Secret;

/// The most retries `--retries` accepts: beyond this a command only waits longer for a
/// service that is down.
pub const MAX_RETRIES: u32 = 10;

/// How the client connects; built from the command line, environment and profile in `config`.
#[derive(Debug)]
pub struct ClientOptions {
    pub base_url: Url,
    pub management_key: Secret,
    /// Where the key came from, for messages: `OPENROUTER_MANAGEMENT_KEY`, `the file …`.
    pub key_source: String,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub retries: u32,
    pub deadline: Duration,
    /// Whether to honour the proxy variables. Off for loopback, where a proxy would only
    /// carry the key off the machine in clear text.
    pub use_proxy: bool,
    pub log: Log,
}

#[derive(Debug)]
pub struct Client {
    pub(super) http: reqwest::blocking::Client,
    base_url: Url,
    pub(super) authorization: HeaderValue,
    pub(super) key_source: String,
    retries: u32,
    pub(super) timeout: Duration,
    pub(super) deadline: Deadline,
    pub(super) log: Log,
    /// Whether any request has been answered 429 so far. It stays set for the rest of the
    /// command: the API limits the account, not one endpoint, so every later listing of
    /// this run goes one request at a time.
    pub(super) rate_limited: std::sync::atomic::AtomicBool,
}

/// A create that failed. When `outcome_unknown` is set the request reached the server and the
/// key may exist: the caller must not resend it and must tell the user how to check.
#[derive(Debug)]
pub struct CreateFailure {
    pub error: Error,
    pub outcome_unknown: bool,
}

/// One page of a listing, and whether the server rate-limited it on the way.
#[derive(Debug)]
pub struct Page {
    pub keys: Vec<Key>,
    pub rate_limited: bool,
}

/// How a delete ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletion {
    Deleted,
    /// A retry found the key gone: the earlier attempt, whose answer was lost, deleted it.
    AlreadyGone,
}

/// A final non-success reply, after any retries.
struct Refused {
    reply: Reply,
    retries: u32,
    /// An earlier attempt may have reached the server and been acted on (its answer was
    /// lost to a timeout, a dropped connection or a gateway error).
    earlier_may_have_landed: bool,
    /// Another retry was due, but its wait would have ended past the deadline.
    stopped_by_deadline: bool,
}

/// A successful exchange after any retries.
struct Sent {
    reply: Reply,
    /// Some attempt was answered 429.
    rate_limited: bool,
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
                        format!(
                            "the management key from {} contains characters that cannot be sent in a header",
                            options.key_source
                        ),
                    )
                    .with_hint("check the key for stray spaces or quotes")
                },
            )?;
        authorization.set_sensitive(true);
        let mut builder = reqwest::blocking::Client::builder()
            .user_agent(concat!("orkeys/", env!("CARGO_PKG_VERSION")))
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout);
        if !options.use_proxy {
            builder = builder.no_proxy();
        }
        if options.base_url.scheme() == "http" {
            // Plain http goes only to this machine (the sandbox, a test rig): loading the
            // system's certificates would cost milliseconds for a TLS that never happens,
            // and with no roots a redirect to https elsewhere fails closed.
            builder = builder.tls_certs_only([]);
        }
        let http = builder
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
            key_source: options.key_source,
            retries: options.retries.min(MAX_RETRIES),
            rate_limited: std::sync::atomic::AtomicBool::new(false),
            timeout: options.timeout,
            deadline: Deadline::starting_now(options.deadline),
            log: options.log,
        })
    }

    /// One page of `GET /keys`.
    /// Whether the API has answered any request 429: a listing then sends one request at a
    /// time, even while the limited request still waits to be retried.
    pub fn has_been_rate_limited(&self) -> bool {
        self.rate_limited.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn list_page(&self, query: &ListQuery, offset: u64) -> Result<Page> {
        let mut url = self.url(&["keys"]);
        url.query_pairs_mut().extend_pairs(query.pairs(offset));
        let sent = self.send_idempotent(&Method::GET, &url, None)?;
        let keys = decode::key_list(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::GET, &url, &sent.reply, &why))?;
        Ok(Page {
            keys,
            rate_limited: sent.rate_limited,
        })
    }

    /// `GET /keys/{hash}`.
    pub fn get_key(&self, hash: &str) -> Result<Key> {
        let url = self.url(&["keys", hash]);
        let sent = self.send_idempotent(&Method::GET, &url, None)?;
        decode::key(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::GET, &url, &sent.reply, &why))
    }

    /// `PATCH /keys/{hash}`. Safe to retry: sending the same fields twice has the same effect.
    pub fn update_key(&self, hash: &str, request: &UpdateKeyRequest) -> Result<Key> {
        let url = self.url(&["keys", hash]);
        let body = to_json(request)?;
        let sent = self.send_idempotent(&Method::PATCH, &url, Some(body))?;
        decode::key(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::PATCH, &url, &sent.reply, &why))
    }

    /// `DELETE /keys/{hash}`. A retry answered 404 after an attempt whose answer was lost
    /// means that attempt deleted the key: that is reported as done, not as "not found".
    pub fn delete_key(&self, hash: &str) -> Result<Deletion> {
        let url = self.url(&["keys", hash]);
        let sent = match self.send_retrying(&Method::DELETE, &url, None)? {
            Ok(sent) => sent,
            Err(refused) => {
                if refused.reply.status == StatusCode::NOT_FOUND && refused.earlier_may_have_landed
                {
                    self.log.line(|| {
                        "the key was gone on the retry: the earlier DELETE deleted it".to_string()
                    });
                    return Ok(Deletion::AlreadyGone);
                }
                return Err(self.refusal_error(&Method::DELETE, &url, &refused));
            }
        };
        decode::deleted(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::DELETE, &url, &sent.reply, &why))?;
        Ok(Deletion::Deleted)
    }

    /// `GET /key`: the calling key itself.
    pub fn current_key(&self) -> Result<CurrentKey> {
        let url = self.url(&["key"]);
        let sent = self.send_idempotent(&Method::GET, &url, None)?;
        decode::current(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::GET, &url, &sent.reply, &why))
    }

    /// `GET /activity?api_key_hash=HASH`: the key's last 30 completed UTC days.
    pub fn activity(&self, hash: &str) -> Result<Vec<ActivityItem>> {
        let mut url = self.url(&["activity"]);
        url.query_pairs_mut().append_pair("api_key_hash", hash);
        let sent = self.send_idempotent(&Method::GET, &url, None)?;
        decode::activity(&sent.reply.body)
            .map_err(|why| self.unexpected(&Method::GET, &url, &sent.reply, &why))
    }

    /// `POST /keys`. Sent at most once unless the server certainly did not act on it: only a
    /// failure to connect or a 429 is retried. Anything after the request may have reached the
    /// server (a timeout, a 5xx, a dropped connection, an unreadable 2xx) is reported as an
    /// unknown outcome, because a second create would leave a live key nobody holds.
    pub fn create_key(&self, request: &CreateKeyRequest) -> Result<Key, CreateFailure> {
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
            let can_retry = retry < self.retries;
            match self.send_once(&method, &url, Some(&body)) {
                Ok(reply) if reply.status == StatusCode::TOO_MANY_REQUESTS && can_retry => {
                    let reason = format!("HTTP {}", reply.status.as_u16());
                    if !self.pause(&method, &url, retry, &reason, reply.retry_after) {
                        let error = self.status_error(&method, &url, &reply, retry);
                        return Err(definite(self.not_retried(error)));
                    }
                }
                Ok(reply) => break reply,
                Err(failure) if !failure.maybe_sent && failure.retryable && can_retry => {
                    if !self.pause(&method, &url, retry, &failure.error.message, None) {
                        return Err(definite(self.not_retried(failure.error)));
                    }
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
        let (key, secret) = decode::created(&reply.body)
            .map_err(|why| unknown(self.unexpected(&method, &url, &reply, &why)))?;
        Ok(key.with_secret(secret))
    }

    fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    /// Sends a request that is safe to repeat and turns a final failure status into an error.
    fn send_idempotent(&self, method: &Method, url: &Url, body: Option<Vec<u8>>) -> Result<Sent> {
        match self.send_retrying(method, url, body)? {
            Ok(sent) => Ok(sent),
            Err(refused) => Err(self.refusal_error(method, url, &refused)),
        }
    }

    fn refusal_error(&self, method: &Method, url: &Url, refused: &Refused) -> Error {
        let error = self.status_error(method, url, &refused.reply, refused.retries);
        if refused.stopped_by_deadline {
            self.not_retried(error)
        } else {
            error
        }
    }

    /// Sends a request that is safe to repeat, retrying on 429/502/503/504 and transport
    /// failures while retries and the deadline allow. A final non-success reply is handed back
    /// with the retries used and whether an earlier attempt may have landed, so the caller can
    /// read it in that light.
    fn send_retrying(
        &self,
        method: &Method,
        url: &Url,
        body: Option<Vec<u8>>,
    ) -> Result<Result<Sent, Refused>> {
        let mut retry = 0;
        let mut rate_limited = false;
        let mut earlier_may_have_landed = false;
        loop {
            let outcome = self.send_once(method, url, body.as_ref());
            let can_retry = retry < self.retries;
            match outcome {
                Ok(reply) if retry::is_retryable_status(reply.status.as_u16()) && can_retry => {
                    let status = reply.status.as_u16();
                    rate_limited |= status == 429;
                    let reason = format!("HTTP {status}");
                    if !self.pause(method, url, retry, &reason, reply.retry_after) {
                        return Ok(Err(Refused {
                            reply,
                            retries: retry,
                            earlier_may_have_landed,
                            stopped_by_deadline: true,
                        }));
                    }
                    // A gateway error may come after the API acted; a 429 never does.
                    earlier_may_have_landed |= status != 429;
                }
                Ok(reply) if reply.status.is_success() => {
                    return Ok(Ok(Sent {
                        reply,
                        rate_limited,
                    }));
                }
                Ok(reply) => {
                    return Ok(Err(Refused {
                        reply,
                        retries: retry,
                        earlier_may_have_landed,
                        stopped_by_deadline: false,
                    }))
                }
                Err(failure) if failure.retryable && can_retry => {
                    if !self.pause(method, url, retry, &failure.error.message, None) {
                        return Err(self.not_retried(failure.error));
                    }
                    earlier_may_have_landed |= failure.maybe_sent;
                }
                Err(failure) => return Err(failure.error),
            }
            retry += 1;
        }
    }

    /// Waits before retry number `retry + 1`, unless the wait would outlast the deadline;
    /// returns whether to retry.
    fn pause(
        &self,
        method: &Method,
        url: &Url,
        retry: u32,
        reason: &str,
        server_delay: Option<Duration>,
    ) -> bool {
        let delay = server_delay.unwrap_or_else(|| retry::backoff(retry));
        // A transport error's message already names the request.
        let shown = display_url(url);
        let what = if reason.contains(&shown) {
            reason.to_string()
        } else {
            format!("{reason} from {method} {shown}")
        };
        if !self.deadline.allows_wait(delay) {
            self.log
                .line(|| format!("{what}; not retried: the --deadline would pass first"));
            return false;
        }
        self.log.line(|| {
            format!(
                "{what}; retry {} of {} in {:.1} s",
                retry + 1,
                self.retries,
                delay.as_secs_f64()
            )
        });
        retry::sleep(delay);
        true
    }

    /// A failure that would have been retried but for the deadline says so.
    fn not_retried(&self, mut error: Error) -> Error {
        error.message = format!(
            "{} (not retried: the --deadline of {} s would pass first)",
            error.message,
            super::transport::seconds(self.deadline.limit())
        );
        error.with_hint("try again, or allow the command longer with --deadline SECS")
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value)
        .map_err(|e| Error::usage(format!("could not encode the request: {e}")))
}
