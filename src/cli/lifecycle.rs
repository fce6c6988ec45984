//! The jobs keys are held for: rotation, the spend report and the hygiene audit.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::examples;
use super::keys::{FilterArgs, SearchArgs};
use crate::validate;

#[derive(Debug, Args)]
#[command(after_help = examples::ROTATE)]
pub struct RotateArgs {
    /// The key to replace: full hash, unique hash prefix (6+ hex digits) or exact name (on a
    /// terminal, left out, orkeys offers a picker)
    #[arg(value_name = "KEY")]
    pub key: Option<String>,

    #[command(flatten)]
    pub search: SearchArgs,

    /// Name of the new key (default: the old key's name)
    #[arg(long, value_parser = validate::name)]
    pub name: Option<String>,

    /// Disable the old key once the new secret is delivered (the default)
    #[arg(long, group = "old")]
    pub disable_old: bool,

    /// Delete the old key once the new secret is delivered
    #[arg(long, group = "old")]
    pub delete_old: bool,

    /// Leave the old key working (it is still renamed, so its name points at the new key only)
    #[arg(long, group = "old")]
    pub keep_old: bool,

    /// New name for the old key (default: 'NAME (rotated YYYY-MM-DD)' when the new key takes
    /// its name)
    #[arg(long, value_parser = validate::name, conflicts_with = "delete_old")]
    pub old_name: Option<String>,

    /// The new key expires at this UTC time (default: the old key's expiry, if still ahead)
    #[arg(long, value_name = "TIME", value_parser = validate::expires_at, conflicts_with = "expires_in")]
    pub expires_at: Option<String>,

    /// The new key expires after this long (e.g. 30d)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = validate::expires_in)]
    pub expires_in: Option<String>,

    /// Print only the new secret and a newline
    #[arg(long, conflicts_with = "key_file")]
    pub key_only: bool,

    /// Write the new secret to a new file with mode 0600 instead of printing it
    #[arg(long, value_name = "PATH")]
    pub key_file: Option<PathBuf>,

    /// Show what would be created and done to the old key; change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Do it without asking (with no terminal, required to delete the old key)
    #[arg(short, long)]
    pub yes: bool,
}

/// What the spend report can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UsageSort {
    /// Spend in the limit's current window (largest first)
    Spend,
    /// What remains of the limit (smallest first)
    Remaining,
    Name,
    Created,
    LastUsed,
}

#[derive(Debug, Args)]
#[command(after_help = examples::USAGE)]
pub struct UsageArgs {
    /// Keys to report on (default: every key that passes the filters)
    #[arg(value_name = "KEY")]
    pub keys: Vec<String>,

    /// Only keys in this workspace, and where KEYs are looked for
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Include disabled keys
    #[arg(long)]
    pub include_disabled: bool,

    /// Include expired keys
    #[arg(long)]
    pub include_expired: bool,

    /// Order the rows (default: as listed, newest first)
    #[arg(long, value_name = "FIELD", value_enum)]
    pub sort: Option<UsageSort>,

    /// Add each key's last 30 completed UTC days: spend and requests per day, top models
    #[arg(long)]
    pub days: bool,
}

/// The findings `audit` looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum)]
pub enum Rule {
    /// No spending limit
    NoLimit,
    /// No expiry date
    NoExpiry,
    /// Not used for --stale (default 90 days)
    Stale,
    /// Over --near-limit percent (default 80) of the limit used in its current window
    NearLimit,
    /// Expiring within --expiring (default 7 days)
    Expiring,
    /// Disabled but still present
    Disabled,
    /// Sharing its name with another key
    DuplicateName,
    /// Every rule
    All,
}

#[derive(Debug, Args)]
#[command(after_help = examples::AUDIT)]
pub struct AuditArgs {
    /// Only keys in this workspace
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Exit 10 when any of these findings is present (comma-separated, or `all`)
    #[arg(long, value_name = "RULES", value_delimiter = ',', value_enum)]
    pub fail_on: Vec<Rule>,

    /// How long unused makes a key stale
    #[arg(long, value_name = "DURATION", default_value = "90d", value_parser = validate::duration)]
    pub stale: jiff::SignedDuration,

    /// The share of the limit, in percent, that counts as near it
    #[arg(long, value_name = "PERCENT", default_value_t = 80.0, value_parser = validate::percent)]
    pub near_limit: f64,

    /// How soon an expiry is worth a finding
    #[arg(long, value_name = "DURATION", default_value = "7d", value_parser = validate::duration)]
    pub expiring: jiff::SignedDuration,
}
