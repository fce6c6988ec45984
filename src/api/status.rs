//! A final non-success HTTP status, turned into an error that says what failed and what to do.

use reqwest::{Method, Url};

use super::client::Client;
use super::decode;
use super::transport::{display_url, Reply};
use crate::error::{Error, Kind};
use crate::sanitize;

const MANAGEMENT_KEYS_PAGE: &str = "https://openrouter.ai/settings/management-keys";

impl Client {
    /// Maps a final non-success status to an error with a next step.
    pub(super) fn status_error(
        &self,
        method: &Method,
        url: &Url,
        reply: &Reply,
        retries_used: u32,
    ) -> Error {
        let status = reply.status.as_u16();
        let api_message = decode::error_message(&reply.body).map(|m| sanitize::for_terminal(&m));
        let detail = api_message
            .clone()
            .unwrap_or_else(|| sanitize::snippet(&reply.body, 200));
        let target = format!("{method} {}", display_url(url));
        let retried = match retries_used {
            0 => String::new(),
            1 => " after 1 retry".to_string(),
            n => format!(" after {n} retries"),
        };
        let names_one_key = url.path().contains("/keys/");
        let error = match status {
            400 | 409 | 422 => Error::new(
                Kind::Rejected,
                format!("the API rejected {target} (HTTP {status}): {detail}"),
            )
            .with_hint("check the values given; `orkeys <command> --help` lists what each flag takes"),
            401 => Error::new(
                Kind::Auth,
                format!("the API did not accept the management key from {} (HTTP 401): {detail}", self.key_source),
            )
            .with_hint(format!(
                "the key is wrong, revoked or expired: check {}, or create a new management key at {MANAGEMENT_KEYS_PAGE}",
                self.key_source
            )),
            403 => Error::new(
                Kind::Auth,
                format!("the key from {} may not do this (HTTP 403): {detail}", self.key_source),
            )
            .with_hint(format!(
                "managing keys needs a management key, not an ordinary API key (`orkeys current` shows which this is); create one at {MANAGEMENT_KEYS_PAGE}"
            )),
            404 => Error::new(Kind::NotFound, format!("not found: {target} (HTTP 404): {detail}"))
                .with_hint(if names_one_key {
                    "run `orkeys list --include-disabled --include-expired` to see every key"
                } else {
                    "check --base-url / OPENROUTER_BASE_URL: it should end in /api/v1"
                }),
            429 => Error::new(Kind::RateLimited, format!("rate limited by the API{retried}: {detail}"))
                .with_hint("wait a minute and try again, or allow more with --retries N and --deadline SECS"),
            500..=599 if api_message.is_none() && !reply.body.is_empty() && !looks_like_json(&reply.body) => {
                Error::new(Kind::Server, format!("unexpected response from {target} (HTTP {status}){retried}: {detail}"))
                    .with_hint("the API or a proxy in front of it failed; try again later")
            }
            500..=599 => Error::new(Kind::Server, format!("the API failed on {target} (HTTP {status}){retried}: {detail}"))
                .with_hint("the service had a problem; try again in a few minutes"),
            _ => Error::new(Kind::Server, format!("unexpected response from {target} (HTTP {status}): {detail}"))
                .with_hint("check --base-url / OPENROUTER_BASE_URL and any proxy in between"),
        };
        error.with_status(status)
    }

    /// `unexpected response from GET <url> (HTTP 200): <first 200 characters>`; the precise
    /// reason goes to the `-v` log.
    pub(super) fn unexpected(&self, method: &Method, url: &Url, reply: &Reply, why: &str) -> Error {
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
}

fn looks_like_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}
