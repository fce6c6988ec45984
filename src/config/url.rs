//! The base URL rules: http(s) only, no credentials in the URL, and no plain http except to
//! this machine, because every request carries the management key.

use reqwest::Url;
use url::Host;

use super::Source;
use crate::error::{Error, Result};
use crate::sanitize::for_terminal;

/// A base URL that may be used, and whether it points at this machine.
#[derive(Debug)]
pub struct Target {
    pub url: Url,
    pub loopback: bool,
}

pub fn checked(raw: &str, source: &Source, allow_insecure_http: bool) -> Result<Target> {
    let shown = for_terminal(raw.trim());
    let invalid = || {
        Error::usage(format!(
            "the base URL '{shown}' (from {source}) is not an http(s) URL"
        ))
        .with_hint("use the form https://openrouter.ai/api/v1")
    };
    let url = Url::parse(raw.trim()).map_err(|_| invalid())?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(invalid());
    }
    if !url.username().is_empty() || url.password().is_some() {
        // reqwest would turn these into Basic authentication in place of the bearer key.
        return Err(Error::usage(format!(
            "the base URL from {source} carries a user name or password; orkeys authenticates with the management key only"
        ))
        .with_hint("remove the user:password@ part"));
    }
    let loopback = is_loopback(&url);
    if url.scheme() == "http" && !loopback && !allow_insecure_http {
        let host = url.host_str().unwrap_or_default();
        return Err(Error::usage(format!(
            "refusing to send the management key over plain http to {} (base URL from {source})",
            for_terminal(host)
        ))
        .with_hint(
            "use https; for a test server you trust, pass --allow-insecure-http (or set ORKEYS_ALLOW_INSECURE_HTTP=1)",
        ));
    }
    Ok(Target { url, loopback })
}

/// 127.0.0.0/8, ::1 and `localhost`: traffic that never leaves the machine.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, allow: bool) -> Result<bool> {
        checked(raw, &Source::Flag("--base-url"), allow).map(|t| t.loopback)
    }

    #[test]
    fn https_anywhere_and_http_only_to_this_machine() {
        assert_eq!(
            check("https://openrouter.ai/api/v1", false).ok(),
            Some(false)
        );
        for local in [
            "http://127.0.0.1:8787/api/v1",
            "http://127.9.9.9/api/v1",
            "http://[::1]:80/api/v1",
            "http://localhost:3000/api/v1",
            "http://LOCALHOST/api/v1",
        ] {
            assert_eq!(check(local, false).ok(), Some(true), "{local}");
        }
        for remote in [
            "http://example.com/api/v1",
            "http://10.0.0.1/api/v1",
            "http://128.0.0.1/",
            "http://localhost.evil.com/",
        ] {
            let error = check(remote, false).expect_err(remote);
            assert!(error.message.contains("plain http"), "{}", error.message);
            assert!(error
                .hint
                .unwrap_or_default()
                .contains("--allow-insecure-http"));
            assert_eq!(
                check(remote, true).ok(),
                Some(false),
                "{remote} when allowed"
            );
        }
    }

    #[test]
    fn credentials_in_the_url_and_other_schemes_are_refused() {
        let error = check("https://user:hunter2@proxy.example/api/v1", false).expect_err("creds");
        assert!(!error.message.contains("hunter2"));
        assert!(check("https://user@proxy.example/", false).is_err());
        for bad in ["ftp://example.com", "openrouter.ai", "", "http://"] {
            assert!(check(bad, true).is_err(), "{bad}");
        }
    }
}
