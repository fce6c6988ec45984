//! Flags and environment turned into one checked `Settings`: how to print, and how to reach
//! the API. Clap types stop here.

mod key;
pub mod output;
mod url;

use std::time::Duration;

use crate::api::ClientOptions;
use crate::cli::GlobalArgs;
use crate::error::{Error, Kind, Result};
use crate::log::Log;
use crate::sandbox;
use crate::secret::Secret;

pub use output::{Format, OutputSettings};

const DEFAULT_BASE_URL: &str = "https://openrouter.ai/api/v1";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where a setting's value came from, for messages and `config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Environment(&'static str),
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Environment(name) => write!(f, "{name}"),
            Source::Default => write!(f, "the default"),
        }
    }
}

/// Everything a command needs to know about this run, checked.
#[derive(Debug)]
pub struct Settings {
    pub output: OutputSettings,
    /// Page requests in flight when reading a listing.
    pub concurrency: usize,
    pub sandbox: bool,
    connection: Connection,
}

#[derive(Debug)]
struct Connection {
    base_url: String,
    base_url_source: Source,
    timeout: Duration,
    deadline: Duration,
    retries: u32,
    allow_insecure_http: bool,
    verbose: bool,
    key_file: Option<std::path::PathBuf>,
    key_stdin: bool,
}

impl Settings {
    pub fn from_args(global: &GlobalArgs) -> Result<Settings> {
        let (base_url, base_url_source) = match &global.base_url {
            Some(url) => (url.clone(), Source::Flag("--base-url")),
            None => match std::env::var("OPENROUTER_BASE_URL") {
                Ok(url) if !url.trim().is_empty() => {
                    (url, Source::Environment("OPENROUTER_BASE_URL"))
                }
                _ => (DEFAULT_BASE_URL.to_string(), Source::Default),
            },
        };
        Ok(Settings {
            output: output::settings(global)?,
            concurrency: global.concurrency,
            sandbox: global.sandbox,
            connection: Connection {
                base_url,
                base_url_source,
                timeout: Duration::from_secs_f64(global.timeout),
                deadline: Duration::from_secs_f64(global.deadline),
                retries: global.retries,
                allow_insecure_http: global.allow_insecure_http,
                verbose: global.verbose > 0,
                key_file: global.api_key_file.clone(),
                key_stdin: global.api_key_stdin,
            },
        })
    }

    /// Everything the API client needs. Input errors (a bad URL) are reported before a
    /// missing key, and both before any request.
    ///
    /// With a sandbox, its URL and key are used. A key given explicitly (`--api-key-file`,
    /// `--api-key-stdin`) is still honoured, to try what other keys may do; the environment's
    /// key is not, because it most likely belongs to a real account.
    pub fn client_options(&self, sandbox: Option<&sandbox::Running>) -> Result<ClientOptions> {
        let c = &self.connection;
        let (target, key) = match sandbox {
            Some(running) => {
                let target = url::checked(&running.base_url(), &Source::Default, false)?;
                let key = self.explicit_key()?.unwrap_or_else(|| key::SourcedKey {
                    key: Secret::new(sandbox::MANAGEMENT_KEY.to_string()),
                    source: "the sandbox".to_string(),
                });
                (target, key)
            }
            None => {
                let target = url::checked(&c.base_url, &c.base_url_source, c.allow_insecure_http)?;
                (target, self.management_key()?)
            }
        };
        Ok(ClientOptions {
            base_url: target.url,
            management_key: key.key,
            key_source: key.source,
            timeout: c.timeout,
            connect_timeout: CONNECT_TIMEOUT.min(c.timeout),
            retries: c.retries,
            deadline: c.deadline,
            use_proxy: !target.loopback,
            log: Log::new(c.verbose),
        })
    }

    /// The management key, from `--api-key-file`, `--api-key-stdin` or the environment.
    fn management_key(&self) -> Result<key::SourcedKey> {
        if let Some(key) = self.explicit_key()? {
            return Ok(key);
        }
        key::from_environment()?.ok_or_else(|| {
            Error::new(Kind::Auth, "no management key was given").with_hint(
                "create one at https://openrouter.ai/settings/management-keys, then set \
                 OPENROUTER_MANAGEMENT_KEY (or pass --api-key-file PATH or --api-key-stdin); \
                 to try orkeys without an account, add --sandbox",
            )
        })
    }

    /// A key given with `--api-key-file` or `--api-key-stdin`, if either was used.
    fn explicit_key(&self) -> Result<Option<key::SourcedKey>> {
        let c = &self.connection;
        if let Some(path) = &c.key_file {
            return key::from_file(path).map(Some);
        }
        if c.key_stdin {
            return key::from_stdin().map(Some);
        }
        Ok(None)
    }
}
