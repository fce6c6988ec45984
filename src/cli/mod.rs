//! Every command-line type. Doc comments are the help text; clap types stop at `config` and
//! the command handlers.

mod examples;
mod keys;
mod lifecycle;
mod manifest;
mod sandbox;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::validate;

pub use keys::*;
pub use lifecycle::*;
pub use manifest::*;
pub use sandbox::*;

const AFTER_HELP: &str = "\
Authentication:
  The management key is read from OPENROUTER_MANAGEMENT_KEY (or OPENROUTER_PROVISIONING_KEY),
  or from --api-key-file PATH, or from standard input with --api-key-stdin. It is never taken
  as a command-line value. Create one at https://openrouter.ai/settings/management-keys

Environment:
  OPENROUTER_MANAGEMENT_KEY    management key (OPENROUTER_PROVISIONING_KEY also accepted)
  OPENROUTER_BASE_URL          API base URL (default https://openrouter.ai/api/v1)
  ORKEYS_SANDBOX               1 to use the local sandbox, as --sandbox does
  ORKEYS_ALLOW_INSECURE_HTTP   1 to allow a plain-http base URL off this machine
  ORKEYS_PROFILE               the profile of the config file to use (see orkeys config)
  ORKEYS_CONFIG                the config file (default $XDG_CONFIG_HOME/orkeys/config.toml)
  ORKEYS_WORKSPACE_ID          the default workspace
  ORKEYS_NO_PROMPT             1 to never ask, even on a terminal
  NO_COLOR, CLICOLOR=0         turn colour off; CLICOLOR_FORCE=1 turns it on

Exit codes:
  0    success (an empty list too)
  1    any other failure: server error or rate limit after retries, network, timeout or
       deadline, an unreadable response, a local file error
  2    usage or invalid input: bad flags or values, API 400/409/422, an ambiguous KEY,
       a delete with no terminal and no --yes
  3    not found: HTTP 404, or KEY matched no key
  4    authentication or permission: no management key, HTTP 401 or 403
  10   audit --fail-on found what it fails on; plan --detailed-exitcode has changes
  130  interrupted, or a confirmation declined";

/// Administer OpenRouter API keys: list, create, cap, rotate, audit, disable and delete them.
#[derive(Debug, Parser)]
#[command(name = "orkeys", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// A `--fields` name: any text is taken here, and checked against the command's own fields
/// before anything is sent (so the error lists only those); every field name is offered to
/// shell completion.
#[derive(Debug, Clone, Copy)]
struct AnyField;

impl clap::builder::TypedValueParser for AnyField {
    type Value = String;

    fn parse_ref(
        &self,
        _command: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::render::field_names()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// Flags accepted anywhere on the line.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Print JSON: arrays for lists, objects otherwise, field names as the API sends them
    /// (short for --format json)
    #[arg(long, global = true)]
    pub json: bool,

    /// Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Output format [default: table on a terminal, tsv in a pipe]
    #[arg(long, global = true, value_name = "FORMAT", value_enum)]
    pub format: Option<FormatArg>,

    /// Show only these fields, in this order (comma-separated field names, as in JSON)
    #[arg(long, global = true, value_name = "LIST", value_delimiter = ',',
          value_parser = AnyField, hide_possible_values = true)]
    pub fields: Option<Vec<String>>,

    /// Use this profile of the config file [env: ORKEYS_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Read the management key from this file (it must not be writable by others)
    #[arg(long, global = true, value_name = "PATH")]
    pub api_key_file: Option<PathBuf>,

    /// Read the management key from standard input
    #[arg(long, global = true, conflicts_with = "api_key_file")]
    pub api_key_stdin: bool,

    /// API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,

    /// Allow a plain-http base URL that is not on this machine (the key travels in clear)
    #[arg(
        long,
        global = true,
        env = "ORKEYS_ALLOW_INSECURE_HTTP",
        hide_env_values = true,
        value_parser = clap::builder::FalseyValueParser::new(),
        action = clap::ArgAction::SetTrue
    )]
    pub allow_insecure_http: bool,

    /// Seconds to wait for each response
    #[arg(long, global = true, value_name = "SECS", default_value = "30", value_parser = validate::seconds)]
    pub timeout: f64,

    /// Seconds the whole command may take, retries and waits included
    #[arg(long, global = true, value_name = "SECS", default_value = "180", value_parser = validate::seconds)]
    pub deadline: f64,

    /// How many times to retry a rate-limited or failed request (at most 10)
    #[arg(long, global = true, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u32).range(0..=i64::from(crate::api::MAX_RETRIES)))]
    pub retries: u32,

    /// Page requests in flight when reading a listing (1 to 16)
    #[arg(long, global = true, value_name = "N", default_value_t = 4,
          value_parser = validate::concurrency)]
    pub concurrency: usize,

    /// Log each request, response and retry to standard error
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// When to use colour in tables
    #[arg(long, global = true, value_name = "WHEN", value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Run against a local sandbox instead of OpenRouter: no account, no network, no real keys
    #[arg(
        long,
        global = true,
        env = "ORKEYS_SANDBOX",
        hide_env_values = true,
        value_parser = clap::builder::FalseyValueParser::new(),
        action = clap::ArgAction::SetTrue
    )]
    pub sandbox: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned columns for people
    Table,
    /// Tab-separated rows, no header
    Tsv,
    /// Comma-separated (RFC 4180), with a header row
    Csv,
    /// One JSON document
    Json,
    /// One JSON object per line, written as they arrive
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage keys (every verb is also available at the top level)
    #[command(subcommand)]
    Keys(KeysCommand),

    #[command(flatten)]
    Verb(KeysCommand),

    /// Replace a key: create the new one, deliver its secret, then disable (or delete) the old
    Rotate(RotateArgs),

    /// Spend per key: the limit's current window next to lifetime, daily, weekly and monthly
    Usage(UsageArgs),

    /// Key hygiene: keys without limits or expiry, stale, near their limit, expiring,
    /// disabled, or sharing a name; a CI gate with --fail-on
    Audit(AuditArgs),

    /// Write the account's keys as a TOML manifest, to manage them declaratively
    Export(ExportArgs),

    /// Compare a manifest with the account: what apply would create, update, replace, delete
    Plan(PlanArgs),

    /// Make the account match a manifest: creates, then updates, replacements, deletes
    Apply(ApplyArgs),

    /// Show the key in use: its label, whether it is a management key, limit, usage and expiry
    #[command(visible_alias = "whoami", after_help = examples::CURRENT)]
    Current,

    /// Run or reset the local sandbox (a stand-in for the key-management API)
    #[command(subcommand)]
    Sandbox(SandboxCommand),

    /// Show the settings in use and where each came from; find or start the config file
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Print a shell completion script
    #[command(after_help = examples::COMPLETIONS)]
    Completions {
        /// The shell to complete for
        shell: Shell,
    },

    /// Print the man page, or write one page per command into a directory
    #[command(after_help = examples::MAN)]
    Man {
        /// Write orkeys.1 and a page per subcommand (orkeys-list.1, …) into this directory
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print every setting in use, where it came from (flag, environment, profile, default),
    /// and the key only as its source and a masked form
    #[command(after_help = examples::CONFIG_SHOW)]
    Show,
    /// Print the config file's path
    #[command(after_help = examples::CONFIG_PATH)]
    Path,
    /// Write a commented starter config file (mode 0600; an existing file is never replaced)
    #[command(after_help = examples::CONFIG_INIT)]
    Init,
}

/// How each global flag got its value (typed, its environment variable, or the default),
/// for `config show`.
pub fn given(matches: &clap::ArgMatches) -> crate::config::Given {
    use clap::parser::ValueSource;
    let flags: [(&'static str, &str, Option<&str>); 7] = [
        ("--timeout", "timeout", None),
        ("--deadline", "deadline", None),
        ("--retries", "retries", None),
        ("--concurrency", "concurrency", None),
        ("--sandbox", "sandbox", Some("ORKEYS_SANDBOX")),
        (
            "--allow-insecure-http",
            "allow_insecure_http",
            Some("ORKEYS_ALLOW_INSECURE_HTTP"),
        ),
        ("--color", "color", None),
    ];
    let mut given = crate::config::Given::new();
    for (flag, id, variable) in flags {
        // Global flags may be typed before or after the subcommand.
        let mut level = Some(matches);
        let mut source = None;
        while let Some(current) = level {
            match current
                .try_get_raw(id)
                .ok()
                .flatten()
                .and(current.value_source(id))
            {
                Some(ValueSource::CommandLine) => source = Some(crate::config::Source::Flag(flag)),
                Some(ValueSource::EnvVariable) if source.is_none() => {
                    source = variable.map(|v| crate::config::Source::Environment(v.to_string()));
                }
                _ => {}
            }
            level = current.subcommand().map(|(_, sub)| sub);
        }
        given.insert(flag, source.unwrap_or(crate::config::Source::Default));
    }
    given
}

/// The clap command tree, for completions, the man pages and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }
}
