//! The config file: `[profiles.NAME]` tables with a base URL, a default workspace and where
//! the management key comes from, and which profile is the default.
//!
//! ```toml
//! default_profile = "work"
//!
//! [profiles.work]
//! base_url = "https://openrouter.ai/api/v1"
//! workspace_id = "0df9e665-d932-5740-b2c7-b52af166bc11"
//! key_command = "pass show openrouter/management"   # or key_file, key_env, key
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Kind, Result};

/// `ORKEYS_CONFIG` names the file; otherwise `$XDG_CONFIG_HOME/orkeys/config.toml` (the
/// platform's config directory).
pub fn path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("ORKEYS_CONFIG").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    dirs::config_dir()
        .map(|dir| dir.join("orkeys").join("config.toml"))
        .ok_or_else(|| {
            Error::new(Kind::Io, "cannot find a config directory")
                .with_hint("set XDG_CONFIG_HOME, or ORKEYS_CONFIG to the file's path")
        })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One `[profiles.NAME]` table.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub base_url: Option<String>,
    pub workspace_id: Option<String>,
    /// A command whose standard output is the key (`pass show …`, `op read …`).
    pub key_command: Option<String>,
    /// A file holding the key.
    pub key_file: Option<PathBuf>,
    /// The name of an environment variable holding the key.
    pub key_env: Option<String>,
    /// The key itself: accepted only when the file is private.
    pub key: Option<String>,
}

/// Where a profile's key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Command(String),
    File(PathBuf),
    Env(String),
    /// Written in the config file itself.
    Inline,
}

impl Profile {
    /// The profile's one key source, if it names one.
    pub fn key_source(&self, name: &str, file: &Path) -> Result<Option<KeySource>> {
        let sources: Vec<KeySource> = [
            self.key_command.clone().map(KeySource::Command),
            self.key_file.clone().map(KeySource::File),
            self.key_env.clone().map(KeySource::Env),
            self.key.as_ref().map(|_| KeySource::Inline),
        ]
        .into_iter()
        .flatten()
        .collect();
        match sources.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one.clone())),
            _ => Err(Error::usage(format!(
                "profile '{name}' in {} names more than one key source",
                file.display()
            ))
            .with_hint("keep one of key_command, key_file, key_env and key")),
        }
    }
}

/// The config file, if there is one. A file others may change is refused: it can name a
/// command orkeys runs.
pub fn load(path: &Path) -> Result<Option<ConfigFile>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&format!("could not read {}", path.display()), &e)),
    };
    check_writable_by_owner_only(path)?;
    let file = parse(&text).map_err(|why| {
        Error::usage(format!("{}:{why}", path.display()))
            .with_hint("fix the file there; `orkeys config show` reads it again")
    })?;
    for (name, profile) in &file.profiles {
        if let Some(workspace) = &profile.workspace_id {
            crate::validate::uuid(workspace).map_err(|why| {
                Error::usage(format!(
                    "{}: profile '{name}', workspace_id: {why}",
                    path.display()
                ))
            })?;
        }
        profile.key_source(name, path)?;
    }
    Ok(Some(file))
}

/// The file parsed, or `LINE:COLUMN: message (field …)`.
pub fn parse(text: &str) -> Result<ConfigFile, String> {
    toml::from_str(text).map_err(|error| {
        let message = error.message().replace('`', "'");
        match error.span() {
            Some(span) => {
                let (line, column) = line_and_column(text, span.start);
                let field = text
                    .lines()
                    .nth(line - 1)
                    .and_then(|l| l.split_once('='))
                    .map(|(key, _)| key.trim())
                    .filter(|key| !key.is_empty() && !message.contains(&format!("'{key}'")))
                    .map(|key| format!(" (field '{key}')"))
                    .unwrap_or_default();
                format!("{line}:{column}: {message}{field}")
            }
            None => format!(" {message}"),
        }
    })
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(unix)]
fn check_writable_by_owner_only(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map(|m| m.permissions().mode())
        .unwrap_or(0o600);
    if mode & 0o022 != 0 {
        return Err(Error::new(
            Kind::Auth,
            format!(
                "refusing to use {}: other users may change it (mode {:o}), and it names where the key comes from",
                path.display(),
                mode & 0o777
            ),
        )
        .with_hint(format!("make it private: chmod 600 {}", path.display())));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_writable_by_owner_only(_: &Path) -> Result<()> {
    Ok(())
}

/// Whether anyone but the owner may read the file (a plain `key` is then refused).
#[cfg(unix)]
pub fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
}

#[cfg(not(unix))]
pub fn readable_by_others(_: &Path) -> bool {
    false
}

/// The starter file `orkeys config init` writes.
pub const STARTER: &str = r#"# orkeys configuration. Settings given as flags win, then environment variables,
# then the profile in use, then the defaults; `orkeys config show` tells which applied.

# The profile used when neither --profile nor ORKEYS_PROFILE names one.
# default_profile = "work"

# [profiles.work]
# base_url = "https://openrouter.ai/api/v1"
# workspace_id = "0df9e665-d932-5740-b2c7-b52af166bc11"   # where KEYs are looked for and created
#
# Where the management key comes from: one of
# key_command = "pass show openrouter/management"        # its standard output is the key
# key_file = "~/.config/openrouter/management-key"        # a file holding the key
# key_env = "WORK_OPENROUTER_MANAGEMENT_KEY"              # an environment variable
# key = "sk-or-v1-..."                                    # only while this file is mode 600
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_parse_and_name_one_key_source() {
        let file = parse(
            "default_profile = \"work\"\n[profiles.work]\nbase_url = \"https://example.com/api/v1\"\nkey_env = \"WORK_KEY\"\n[profiles.ci]\nkey_command = \"pass show x\"\n",
        )
        .expect("parses");
        assert_eq!(file.default_profile.as_deref(), Some("work"));
        let work = &file.profiles["work"];
        assert_eq!(
            work.key_source("work", Path::new("c")).ok().flatten(),
            Some(KeySource::Env("WORK_KEY".into()))
        );
        let both = Profile {
            key_env: Some("A".into()),
            key: Some("sk".into()),
            ..Profile::default()
        };
        assert!(both.key_source("x", Path::new("c")).is_err());
    }

    #[test]
    fn errors_give_line_column_and_field() {
        let error =
            parse("[profiles.work]\nbase_url = \"x\"\nkey_comand = \"y\"\n").expect_err("typo");
        assert!(
            error.starts_with("3:1: unknown field 'key_comand'"),
            "{error}"
        );
        let error = parse("[profiles.work]\nworkspace_id = 5\n").expect_err("type");
        assert!(error.starts_with("2:16: invalid type: integer"), "{error}");
        assert!(error.ends_with("(field 'workspace_id')"), "{error}");
        let error = parse("[profiles.work\n").expect_err("syntax");
        assert!(error.starts_with("1:15:"), "{error}");
    }

    #[test]
    fn the_starter_file_parses_to_nothing_set() {
        let file = parse(STARTER).expect("parses");
        assert!(file.default_profile.is_none() && file.profiles.is_empty());
    }
}
