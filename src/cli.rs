//! Every command-line type. Doc comments are the help text; clap types stop at `config.rs`
//! and the command handlers.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::validate;

const AFTER_HELP: &str = "\
Authentication:
  The management key is read from OPENROUTER_MANAGEMENT_KEY (or OPENROUTER_PROVISIONING_KEY),
  or from --api-key-file PATH, or from standard input with --api-key-stdin. It is never taken
  as a command-line value. Create one at https://openrouter.ai/settings/management-keys

Environment:
  OPENROUTER_MANAGEMENT_KEY    management key (OPENROUTER_PROVISIONING_KEY also accepted)
  OPENROUTER_BASE_URL          API base URL (default https://openrouter.ai/api/v1)
  ORKEYS_SANDBOX               1 to use the local sandbox, as --sandbox does
  NO_COLOR                     disable colour when set to any non-empty value

Exit codes:
  0    success (an empty list too)
  1    any other failure: server error or rate limit after retries, network, timeout,
       an unreadable response, a local file error
  2    usage or invalid input: bad flags or values, API 400/409/422, an ambiguous KEY,
       a delete with no terminal and no --yes
  3    not found: HTTP 404, or KEY matched no key
  4    authentication or permission: no management key, HTTP 401 or 403
  130  interrupted, or a confirmation declined";

const KEY_HELP: &str =
    "A key: its full 64-hex hash, a unique hash prefix (6+ hex digits), or its exact name";

/// Administer OpenRouter API keys: list, create, cap, rotate and delete them.
#[derive(Debug, Parser)]
#[command(name = "orkeys", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted anywhere on the line.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Print JSON: arrays for lists, objects otherwise, field names as the API sends them
    #[arg(long, global = true)]
    pub json: bool,

    /// Read the management key from this file
    #[arg(long, global = true, value_name = "PATH")]
    pub api_key_file: Option<PathBuf>,

    /// Read the management key from standard input
    #[arg(long, global = true, conflicts_with = "api_key_file")]
    pub api_key_stdin: bool,

    /// API base URL
    #[arg(
        long,
        global = true,
        value_name = "URL",
        env = "OPENROUTER_BASE_URL",
        hide_env_values = true,
        default_value = "https://openrouter.ai/api/v1"
    )]
    pub base_url: String,

    /// Seconds to wait for each response
    #[arg(long, global = true, value_name = "SECS", default_value = "30", value_parser = validate::seconds)]
    pub timeout: f64,

    /// How many times to retry a rate-limited or failed request
    #[arg(long, global = true, value_name = "N", default_value_t = 3)]
    pub retries: u32,

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage keys (every verb is also available at the top level)
    #[command(subcommand)]
    Keys(KeysCommand),

    #[command(flatten)]
    Verb(KeysCommand),

    /// Show the key in use: its label, whether it is a management key, limit, usage and expiry
    #[command(visible_alias = "whoami")]
    Current,

    /// Run or reset the local sandbox (a stand-in for the key-management API)
    #[command(subcommand)]
    Sandbox(SandboxCommand),

    /// Print a shell completion script
    Completions {
        /// The shell to complete for
        shell: Shell,
    },

    /// Print the man page (roff)
    Man,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List keys, following every page
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one key
    Get(GetArgs),
    /// Create a key and show its secret once
    Create(CreateArgs),
    /// Change a key's name, limit, reset period, state or workspace
    Update(UpdateArgs),
    /// Delete keys (asks first on a terminal)
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    /// Enable keys
    Enable(ToggleArgs),
    /// Disable keys (they stop working until enabled again)
    Disable(ToggleArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include disabled keys
    #[arg(long)]
    pub include_disabled: bool,

    /// Include expired keys
    #[arg(long)]
    pub include_expired: bool,

    /// Only keys in this workspace (default: the default workspace)
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    /// Skip this many keys before the first one listed
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = validate::count)]
    pub offset: Option<u64>,

    /// Stop after N keys, fetching only the pages needed
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = validate::count)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[arg(value_name = "KEY", help = KEY_HELP)]
    pub key: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResetPeriod {
    Daily,
    Weekly,
    Monthly,
}

/// `update` can also clear the reset period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResetChange {
    Daily,
    Weekly,
    Monthly,
    /// No reset: the limit is a lifetime limit
    None,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the new key
    #[arg(long, value_parser = validate::name)]
    pub name: String,

    /// Spending limit in US dollars
    #[arg(long, value_name = "USD", allow_negative_numbers = true, value_parser = validate::usd)]
    pub limit: Option<f64>,

    /// Reset the limit every day, week or month (midnight UTC; weeks start on Monday)
    #[arg(long, value_name = "PERIOD", value_enum)]
    pub limit_reset: Option<ResetPeriod>,

    /// Count usage on your own provider keys (BYOK) against the limit
    #[arg(long)]
    pub include_byok_in_limit: bool,

    /// Expire at this UTC time, with seconds (e.g. 2027-12-31T23:59:59Z)
    #[arg(long, value_name = "TIME", value_parser = validate::expires_at, conflicts_with = "expires_in")]
    pub expires_at: Option<String>,

    /// Expire after this long (e.g. 30d, 12h, 2w, 1y)
    #[arg(long, value_name = "DURATION", value_parser = validate::expires_in)]
    pub expires_in: Option<String>,

    /// Create the key in this workspace (default: the default workspace)
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    /// Record this organization member as the key's creator
    #[arg(long, value_name = "ID", value_parser = validate::identifier)]
    pub creator_user_id: Option<String>,

    /// Tie the key to a user of your own platform
    #[arg(long, value_name = "ID", value_parser = validate::identifier)]
    pub external_user: Option<String>,

    /// Read that user's own API key (32+ characters) from this file
    #[arg(long, value_name = "PATH", requires = "external_user")]
    pub external_api_key_file: Option<PathBuf>,

    /// Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))
    #[arg(long, conflicts_with = "key_file")]
    pub key_only: bool,

    /// Write the secret to a new file with mode 0600 instead of printing it
    #[arg(long, value_name = "PATH")]
    pub key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(value_name = "KEY", help = KEY_HELP)]
    pub key: String,

    /// New name
    #[arg(long, value_parser = validate::name)]
    pub name: Option<String>,

    /// Disable the key
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,

    /// Enable the key
    #[arg(long)]
    pub enable: bool,

    /// New spending limit in US dollars
    #[arg(long, value_name = "USD", allow_negative_numbers = true, value_parser = validate::usd, conflicts_with = "no_limit")]
    pub limit: Option<f64>,

    /// Remove the spending limit
    #[arg(long)]
    pub no_limit: bool,

    /// New reset period; `none` makes the limit a lifetime limit
    #[arg(long, value_name = "PERIOD", value_enum)]
    pub limit_reset: Option<ResetChange>,

    /// Whether usage on your own provider keys (BYOK) counts against the limit
    #[arg(long, value_name = "BOOL", value_parser = clap::value_parser!(bool))]
    pub include_byok_in_limit: Option<bool>,

    /// Move the key to this workspace
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[arg(value_name = "KEY", required = true, help = KEY_HELP)]
    pub keys: Vec<String>,

    /// Delete without asking (required when no terminal is attached)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ToggleArgs {
    #[arg(value_name = "KEY", required = true, help = KEY_HELP)]
    pub keys: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)
    Serve(ServeArgs),
    /// Start the sandbox over, with fresh example keys
    Reset(ResetArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8787)]
    pub port: u16,

    /// Address to listen on
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,

    /// State file (default: the same one `--sandbox` uses, in the user's data directory)
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,

    /// Seed for the example keys of a new state file and for created keys' secrets, for
    /// reproducible runs (default: the usual example keys, random secrets)
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Fill a new state file with N generated keys instead of the six examples (refused when
    /// the file exists: use `orkeys sandbox reset --keys N` or a new --state)
    #[arg(long, value_name = "N", value_parser = key_count)]
    pub keys: Option<usize>,

    /// Delay every answer by this many milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,

    /// Keys per page of GET /keys
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub page_size: u16,

    /// Make chosen requests fail, e.g. 'GET /keys=429x2,POST /keys=500x1,*=503@0.1'
    /// (xN: the next N matching requests; @P: each with probability P)
    #[arg(long, value_name = "SPEC", value_parser = parse_faults)]
    pub faults: Option<crate::sandbox::Faults>,
}

fn parse_faults(raw: &str) -> Result<crate::sandbox::Faults, String> {
    raw.parse()
}

fn key_count(raw: &str) -> Result<usize, String> {
    let max = crate::sandbox::MAX_GENERATED_KEYS;
    match validate::count(raw) {
        Ok(n) if n <= max as u64 => Ok(n as usize),
        Ok(_) => Err(format!("at most {max} keys")),
        Err(e) => Err(e),
    }
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// State file (default: the one `--sandbox` uses)
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,

    /// Seed for the example keys (default: the usual example keys)
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// N generated keys instead of the six examples
    #[arg(long, value_name = "N", value_parser = key_count)]
    pub keys: Option<usize>,
}

/// The clap command tree, for completions, the man page and tests.
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
