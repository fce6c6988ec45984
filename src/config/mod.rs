//! Flags, environment and the config file's profile turned into one checked `Settings`: how
//! to print, and how to reach the API. Precedence: flags, then environment variables, then
//! the profile, then defaults. Clap types stop here.

mod key;
pub mod output;
pub mod profile;
mod url;

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::api::ClientOptions;
use crate::cli::GlobalArgs;
use crate::error::{Error, Kind, Result};
use crate::log::Log;
use crate::sandbox;
use crate::secret::Secret;

pub use output::{Format, OutputSettings};
use profile::{KeySource, Profile};

const DEFAULT_BASE_URL: &str = "https://openrouter.ai/api/v1";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where a setting's value came from, for messages and `config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Environment(String),
    Profile(String),
    /// The config file's `default_profile`.
    DefaultProfile,
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Environment(name) => write!(f, "{name}"),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::DefaultProfile => write!(f, "default_profile"),
            Source::Default => write!(f, "default"),
        }
    }
}

/// How each global flag got its value: typed, from its environment variable, or by default.
pub type Given = HashMap<&'static str, Source>;

/// The profile in use and where it was chosen.
#[derive(Debug, Clone)]
pub struct ActiveProfile {
    pub name: String,
    pub chosen_by: Source,
    pub profile: Profile,
    pub file: PathBuf,
}

/// Everything a command needs to know about this run, checked.
#[derive(Debug)]
pub struct Settings {
    pub output: OutputSettings,
    /// Page requests in flight when reading a listing.
    pub concurrency: usize,
    pub sandbox: bool,
    /// Whether orkeys may ask a person (pickers, create's questions).
    pub prompts: bool,
    pub profile: Option<ActiveProfile>,
    workspace: Option<(String, Source)>,
    connection: Connection,
    given: Given,
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
    key_file: Option<PathBuf>,
    key_stdin: bool,
}

/// One resolved setting, for `config show`.
#[derive(Debug, Clone)]
pub struct Shown {
    pub setting: &'static str,
    pub value: Option<String>,
    pub source: String,
}

impl Settings {
    /// `load_config`: read the config file (commands that need no API, such as
    /// `completions`, do not, so a broken file never stops them).
    pub fn from_args(global: &GlobalArgs, given: Given, load_config: bool) -> Result<Settings> {
        let profile = if load_config {
            active_profile(global)?
        } else {
            None
        };
        let from_profile = |field: fn(&Profile) -> Option<String>| -> Option<(String, Source)> {
            let active = profile.as_ref()?;
            field(&active.profile).map(|value| (value, Source::Profile(active.name.clone())))
        };
        let (base_url, base_url_source) = match &global.base_url {
            Some(url) => (url.clone(), Source::Flag("--base-url")),
            None => environment("OPENROUTER_BASE_URL")
                .or_else(|| from_profile(|p| p.base_url.clone()))
                .unwrap_or_else(|| (DEFAULT_BASE_URL.to_string(), Source::Default)),
        };
        let workspace = match environment("ORKEYS_WORKSPACE_ID") {
            Some((id, source)) => Some((
                crate::validate::uuid(&id)
                    .map_err(|why| Error::usage(format!("ORKEYS_WORKSPACE_ID: {why}")))?,
                source,
            )),
            None => from_profile(|p| p.workspace_id.clone()),
        };
        let no_prompt =
            std::env::var_os("ORKEYS_NO_PROMPT").is_some_and(|v| !v.is_empty() && v != "0");
        Ok(Settings {
            output: output::settings(global)?,
            concurrency: global.concurrency,
            sandbox: global.sandbox,
            prompts: !no_prompt,
            profile,
            workspace,
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
            given,
        })
    }

    /// `-v`: log requests, and list what is unchanged.
    pub fn verbose(&self) -> bool {
        self.connection.verbose
    }

    /// The workspace a command works in: its own `--workspace-id`, else `ORKEYS_WORKSPACE_ID`,
    /// else the profile's; `None` is the account's default workspace.
    pub fn workspace(&self, flag: Option<&String>) -> Option<String> {
        flag.cloned()
            .or_else(|| self.workspace.as_ref().map(|(id, _)| id.clone()))
    }

    /// Everything the API client needs. Input errors (a bad URL) are reported before a
    /// missing key, and both before any request.
    ///
    /// With a sandbox, its URL and key are used. A key given explicitly (`--api-key-file`,
    /// `--api-key-stdin`) is still honoured, to try what other keys may do; the environment's
    /// and the profile's are not, because they most likely belong to a real account.
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

    /// Every resolved setting and where it came from; the key only as its source and a
    /// masked form.
    pub fn shown(&self) -> Vec<Shown> {
        let c = &self.connection;
        let given = |flag: &'static str| self.given.get(flag).cloned().unwrap_or(Source::Default);
        // `~/…` for a person; `orkeys config path` gives the full path for scripts.
        let config = profile::path().map_or_else(|e| e.message, |p| tilde(&p));
        // With the sandbox, its address and key are what a command would use.
        let key = if self.sandbox {
            self.explicit_key().map(|key| {
                key.unwrap_or_else(|| key::SourcedKey {
                    key: Secret::new(sandbox::MANAGEMENT_KEY.to_string()),
                    source: "the sandbox".to_string(),
                })
            })
        } else {
            self.management_key()
        };
        let (key_value, key_source) = match key {
            Ok(key) => (Some(mask(key.key.expose())), key.source),
            Err(error) => (None, error.message),
        };
        let (base_url, base_url_source) = if self.sandbox {
            (
                "a sandbox on a free loopback port".to_string(),
                given("--sandbox").to_string(),
            )
        } else {
            (c.base_url.clone(), c.base_url_source.to_string())
        };
        let mut rows = vec![
            Shown {
                setting: "config_file",
                value: Some(config),
                source: if std::env::var_os("ORKEYS_CONFIG").is_some() {
                    "ORKEYS_CONFIG".into()
                } else {
                    "default".into()
                },
            },
            Shown {
                setting: "profile",
                value: self.profile.as_ref().map(|p| p.name.clone()),
                source: self
                    .profile
                    .as_ref()
                    .map_or_else(|| "default".to_string(), |p| p.chosen_by.to_string()),
            },
            Shown {
                setting: "base_url",
                value: Some(base_url),
                source: base_url_source,
            },
            Shown {
                setting: "management_key",
                value: key_value,
                source: key_source,
            },
            Shown {
                setting: "workspace_id",
                value: self.workspace.as_ref().map(|(id, _)| id.clone()),
                source: self
                    .workspace
                    .as_ref()
                    .map_or_else(|| "default".to_string(), |(_, s)| s.to_string()),
            },
        ];
        let seconds = |d: Duration| crate::api::display_seconds(d);
        for (setting, flag, value) in [
            ("timeout", "--timeout", seconds(c.timeout)),
            ("deadline", "--deadline", seconds(c.deadline)),
            ("retries", "--retries", c.retries.to_string()),
            ("concurrency", "--concurrency", self.concurrency.to_string()),
            ("sandbox", "--sandbox", self.sandbox.to_string()),
            (
                "allow_insecure_http",
                "--allow-insecure-http",
                c.allow_insecure_http.to_string(),
            ),
            ("color", "--color", format!("{}", self.output.color)),
        ] {
            rows.push(Shown {
                setting,
                value: Some(value),
                source: given(flag).to_string(),
            });
        }
        rows
    }

    /// The management key: `--api-key-file` or `--api-key-stdin`, then the environment, then
    /// the profile.
    fn management_key(&self) -> Result<key::SourcedKey> {
        if let Some(key) = self.explicit_key()? {
            return Ok(key);
        }
        if let Some(key) = key::from_environment()? {
            return Ok(key);
        }
        if let Some(active) = &self.profile {
            let name = &active.name;
            match active.profile.key_source(name, &active.file)? {
                Some(KeySource::Command(command)) => return key::from_command(name, &command),
                Some(KeySource::File(path)) => return key::from_profile_file(&path),
                Some(KeySource::Env(variable)) => return key::from_named_variable(name, &variable),
                Some(KeySource::Inline) => {
                    let value = active.profile.key.as_deref().unwrap_or_default();
                    return key::inline(name, value, &active.file);
                }
                None => {}
            }
        }
        Err(
            Error::new(Kind::Auth, "no management key was given").with_hint(
                "create one at https://openrouter.ai/settings/management-keys, then set \
                 OPENROUTER_MANAGEMENT_KEY (or pass --api-key-file PATH or --api-key-stdin, or \
                 name a key source in a profile: see `orkeys config init`); to try orkeys \
                 without an account, add --sandbox",
            ),
        )
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

/// A variable's value and its name as the source, when set and not blank.
fn environment(name: &str) -> Option<(String, Source)> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .map(|v| (v, Source::Environment(name.to_string())))
}

/// The profile named by `--profile`, `ORKEYS_PROFILE` or the file's `default_profile`.
fn active_profile(global: &GlobalArgs) -> Result<Option<ActiveProfile>> {
    let path = profile::path()?;
    let file = profile::load(&path)?;
    let chosen = match &global.profile {
        Some(name) => Some((name.clone(), Source::Flag("--profile"))),
        None => environment("ORKEYS_PROFILE").or_else(|| {
            file.as_ref()
                .and_then(|f| f.default_profile.clone())
                .map(|name| (name, Source::DefaultProfile))
        }),
    };
    let Some((name, chosen_by)) = chosen else {
        return Ok(None);
    };
    let Some(file) = file else {
        return Err(Error::usage(format!(
            "profile '{name}' was asked for (by {chosen_by}), but there is no config file at {}",
            path.display()
        ))
        .with_hint("create one with `orkeys config init`"));
    };
    match file.profiles.get(&name) {
        Some(profile) => Ok(Some(ActiveProfile {
            name,
            chosen_by,
            profile: profile.clone(),
            file: path,
        })),
        None => {
            let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
            Err(Error::usage(format!(
                "there is no profile '{name}' in {} (asked for by {chosen_by})",
                path.display()
            ))
            .with_hint(if known.is_empty() {
                "the file defines no [profiles.NAME] yet".to_string()
            } else {
                format!("profiles defined there: {}", known.join(", "))
            }))
        }
    }
}

/// A path under the home directory as `~/…`.
fn tilde(path: &std::path::Path) -> String {
    match dirs::home_dir().and_then(|home| path.strip_prefix(home).ok().map(PathBuf::from)) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// `sk-or-v1-0e6…c96`: enough to recognise a key, too little to use it.
pub fn mask(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 16 {
        return "…".to_string();
    }
    let body_start = if key.starts_with("sk-or-v1-") { 9 } else { 0 };
    let head: String = chars[..body_start + 3].iter().collect();
    let tail: String = chars[chars.len() - 3..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_show_a_few_characters_only() {
        assert_eq!(
            mask("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"),
            "sk-or-v1-0e6…c96"
        );
        assert_eq!(mask("short"), "…");
    }
}
