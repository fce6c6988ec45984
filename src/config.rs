//! Flags and environment turned into checked settings: how to print, and how to reach the API.

use std::io::{IsTerminal, Read};
use std::time::Duration;

use jiff::Timestamp;
use reqwest::Url;

use crate::api::ClientOptions;
use crate::cli::{ColorChoice, GlobalArgs};
use crate::error::{Error, Kind, Result};
use crate::log::Log;
use crate::render::Output;
use crate::sandbox;
use crate::secret::Secret;

/// The variables that may hold the management key, in order of preference.
/// `OPENROUTER_PROVISIONING_KEY` is the name management keys had before.
const KEY_VARIABLES: [&str; 2] = ["OPENROUTER_MANAGEMENT_KEY", "OPENROUTER_PROVISIONING_KEY"];
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub fn output(global: &GlobalArgs) -> Output {
    let terminal = std::io::stdout().is_terminal();
    let color = match global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && colour_allowed_by_environment(),
    };
    Output {
        json: global.json,
        terminal,
        color,
        now: Timestamp::now(),
    }
}

/// `NO_COLOR` (any non-empty value) and `TERM=dumb` turn automatic colour off.
fn colour_allowed_by_environment() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|v| v == "dumb");
    !no_color && !dumb
}

/// Everything the API client needs. Input errors (a bad URL) are reported before a missing key.
///
/// With a sandbox, its URL and key are used. A key given explicitly (`--api-key-file`,
/// `--api-key-stdin`) is still honoured, to try what other keys may do; the environment's
/// key is not, because it most likely belongs to a real account.
pub fn client_options(
    global: &GlobalArgs,
    sandbox: Option<&sandbox::Running>,
) -> Result<ClientOptions> {
    let (base_url, management_key) = match sandbox {
        Some(running) => (
            base_url(&running.base_url())?,
            explicit_key(global)?
                .unwrap_or_else(|| Secret::new(sandbox::MANAGEMENT_KEY.to_string())),
        ),
        None => (base_url(&global.base_url)?, management_key(global)?),
    };
    let timeout = Duration::from_secs_f64(global.timeout);
    Ok(ClientOptions {
        base_url,
        management_key,
        timeout,
        connect_timeout: CONNECT_TIMEOUT.min(timeout),
        retries: global.retries,
        log: Log::new(global.verbose > 0),
    })
}

fn base_url(raw: &str) -> Result<Url> {
    let invalid = || {
        Error::usage(format!(
            "--base-url '{}' is not an http(s) URL",
            crate::render::sanitize::for_terminal(raw)
        ))
        .with_hint("use the form https://openrouter.ai/api/v1")
    };
    let url = Url::parse(raw.trim()).map_err(|_| invalid())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid());
    }
    Ok(url)
}

/// The management key, from `--api-key-file`, `--api-key-stdin` or the environment.
fn management_key(global: &GlobalArgs) -> Result<Secret> {
    if let Some(key) = explicit_key(global)? {
        return Ok(key);
    }
    let found = KEY_VARIABLES.iter().find_map(|name| {
        let value = std::env::var(name).ok()?;
        (!value.trim().is_empty()).then(|| (value, (*name).to_string()))
    });
    let (value, source) = found.ok_or_else(|| {
        Error::new(Kind::Auth, "no management key was given").with_hint(
            "create one at https://openrouter.ai/settings/management-keys, then set \
             OPENROUTER_MANAGEMENT_KEY (or pass --api-key-file PATH or --api-key-stdin); \
             to try orkeys without an account, add --sandbox",
        )
    })?;
    checked_key(&value, &source)
}

/// A key given with `--api-key-file` or `--api-key-stdin`, if either was used.
fn explicit_key(global: &GlobalArgs) -> Result<Option<Secret>> {
    let (value, source) = if let Some(path) = &global.api_key_file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                Kind::Auth,
                format!(
                    "could not read the management key from {}: {e}",
                    path.display()
                ),
            )
        })?;
        (text, format!("the file {}", path.display()))
    } else if global.api_key_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            Error::new(
                Kind::Auth,
                format!("could not read the management key from standard input: {e}"),
            )
        })?;
        (text, "standard input".to_string())
    } else {
        return Ok(None);
    };
    checked_key(&value, &source).map(Some)
}

/// Trims a key and rejects one that cannot be a key, without ever echoing it.
fn checked_key(value: &str, source: &str) -> Result<Secret> {
    let key = value.trim();
    if key.is_empty() {
        return Err(Error::new(
            Kind::Auth,
            format!("the management key from {source} is empty"),
        ));
    }
    if key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::new(
            Kind::Auth,
            format!("the management key from {source} contains spaces or control characters"),
        )
        .with_hint("a key is a single word like sk-or-v1-…; check for extra lines or quotes"));
    }
    Ok(Secret::new(key.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_must_be_http() {
        assert!(base_url("https://openrouter.ai/api/v1").is_ok());
        assert!(base_url("http://127.0.0.1:8787/api/v1/").is_ok());
        assert!(base_url("ftp://example.com").is_err());
        assert!(base_url("openrouter.ai").is_err());
        assert!(base_url("").is_err());
    }
}
