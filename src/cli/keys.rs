//! The key verbs: list, get, create, update, delete, enable, disable.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::examples;
use crate::validate;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List keys, following every page
    #[command(visible_alias = "ls", after_help = examples::LIST)]
    List(ListArgs),
    /// Show one key
    #[command(after_help = examples::GET)]
    Get(GetArgs),
    /// Create a key and show its secret once
    #[command(after_help = examples::CREATE)]
    Create(CreateArgs),
    /// Change a key's name, limit, reset period, state or workspace
    #[command(after_help = examples::UPDATE)]
    Update(UpdateArgs),
    /// Delete keys (asks first on a terminal)
    #[command(visible_alias = "rm", after_help = examples::DELETE)]
    Delete(BulkArgs),
    /// Enable keys
    #[command(after_help = examples::ENABLE)]
    Enable(BulkArgs),
    /// Disable keys (they stop working until enabled again)
    #[command(after_help = examples::DISABLE)]
    Disable(BulkArgs),
}

/// Filters over a whole listing; they combine with AND.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Only keys whose name matches this pattern (`*` any text, `?` one character)
    #[arg(long = "match", value_name = "GLOB", value_parser = validate::glob)]
    pub name: Option<glob::Pattern>,

    /// Only keys that are not disabled
    #[arg(long, conflicts_with = "disabled")]
    pub enabled: bool,

    /// Only disabled keys (fetched without --include-disabled)
    #[arg(long)]
    pub disabled: bool,

    /// Only expired keys (fetched without --include-expired)
    #[arg(long)]
    pub expired: bool,

    /// Only keys that expire within this long from now (e.g. 7d)
    #[arg(long, value_name = "DURATION", value_parser = validate::duration)]
    pub expiring_within: Option<jiff::SignedDuration>,

    /// Only keys that used more than this share of their limit in its current window
    #[arg(long, value_name = "PERCENT", value_parser = validate::percent)]
    pub over: Option<f64>,

    /// Only keys not used for this long (never used: created longer ago than this)
    #[arg(long, value_name = "DURATION", value_parser = validate::duration)]
    pub unused_for: Option<jiff::SignedDuration>,

    /// Only keys without a spending limit
    #[arg(long = "no-limit")]
    pub no_limit: bool,
}

impl FilterArgs {
    pub fn filter(&self) -> crate::select::filter::Filter {
        crate::select::filter::Filter {
            name: self.name.clone(),
            enabled: self.enabled,
            disabled: self.disabled,
            expired: self.expired,
            expiring_within: self.expiring_within,
            over_percent: self.over,
            unused_for: self.unused_for,
            no_limit: self.no_limit,
        }
    }
}

/// Where a KEY given by name or prefix is looked for.
#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// Look for KEY names and prefixes in this workspace (default: the default workspace)
    #[arg(long = "workspace-id", value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,
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

    /// Order the keys by this field (keys without a value come last)
    #[arg(long, value_name = "FIELD", value_enum)]
    pub sort: Option<SortKey>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Reverse the order (largest, newest or last first)
    #[arg(long, requires = "sort")]
    pub reverse: bool,
}

/// What `list --sort` orders by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Name,
    Created,
    /// Lifetime spend
    Usage,
    Limit,
    Remaining,
    Expires,
    LastUsed,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// A key: its full 64-hex hash, a unique hash prefix (6+ hex digits), or its exact name
    /// (on a terminal, left out, orkeys offers a picker)
    #[arg(value_name = "KEY")]
    pub key: Option<String>,

    #[command(flatten)]
    pub search: SearchArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResetPeriod {
    Daily,
    Weekly,
    Monthly,
}

impl ResetPeriod {
    pub fn as_str(self) -> &'static str {
        match self {
            ResetPeriod::Daily => "daily",
            ResetPeriod::Weekly => "weekly",
            ResetPeriod::Monthly => "monthly",
        }
    }
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
    /// Name of the new key, 1 to 200 characters (on a terminal, left out, orkeys asks)
    #[arg(long, value_parser = validate::name)]
    pub name: Option<String>,

    /// Spending limit in US dollars (0 to 1,000,000)
    #[arg(long, value_name = "USD", allow_negative_numbers = true, value_parser = validate::usd)]
    pub limit: Option<f64>,

    /// Reset the limit every day, week or month (midnight UTC; weeks start on Monday)
    #[arg(long, value_name = "PERIOD", value_enum, requires = "limit")]
    pub limit_reset: Option<ResetPeriod>,

    /// Count usage on your own provider keys (BYOK) against the limit
    #[arg(long)]
    pub include_byok_in_limit: bool,

    /// Expire at this UTC time, with seconds, within 10 years (e.g. 2027-12-31T23:59:59Z)
    #[arg(long, value_name = "TIME", value_parser = validate::expires_at, conflicts_with = "expires_in")]
    pub expires_at: Option<String>,

    /// Expire after this long, up to 10 years (e.g. 30d, 12h, 2w, 1y)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = validate::expires_in)]
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
    /// A key: its full 64-hex hash, a unique hash prefix (6+ hex digits), or its exact name
    /// (on a terminal, left out, orkeys offers a picker)
    #[arg(value_name = "KEY")]
    pub key: Option<String>,

    /// New name (1 to 200 characters)
    #[arg(long, value_parser = validate::name)]
    pub name: Option<String>,

    /// Disable the key
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,

    /// Enable the key
    #[arg(long)]
    pub enable: bool,

    /// New spending limit in US dollars (0 to 1,000,000)
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

    /// Move the key to this workspace (KEY is looked for in the default workspace, then here)
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    /// Look for KEY in this workspace instead of the default one
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub from_workspace: Option<String>,
}

/// Keys named one by one, or chosen by filters over the whole listing.
#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Keys: full 64-hex hashes, unique hash prefixes (6+ hex digits), or exact names (left
    /// out: filters choose the keys, or on a terminal orkeys offers a picker)
    #[arg(value_name = "KEY")]
    pub keys: Vec<String>,

    #[command(flatten)]
    pub search: SearchArgs,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Every key of the workspace, disabled and expired ones included (on purpose: filters
    /// choose among every key)
    #[arg(long, conflicts_with = "keys")]
    pub all: bool,

    /// Only list the keys the action would change; change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Do it without asking (required when no terminal is attached, except for keys named one
    /// by one with enable and disable)
    #[arg(short, long)]
    pub yes: bool,
}
