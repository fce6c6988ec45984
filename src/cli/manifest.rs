//! `export`, `plan` and `apply`: the account as a TOML manifest, and the manifest made true.

use std::path::PathBuf;

use clap::Args;

use super::examples;
use super::keys::FilterArgs;
use crate::validate;

#[derive(Debug, Args)]
#[command(after_help = examples::EXPORT)]
pub struct ExportArgs {
    /// Write the manifest to this new file instead of standard output (never replaced)
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Only keys in this workspace (default: the default workspace)
    #[arg(long, value_name = "UUID", value_parser = validate::uuid)]
    pub workspace_id: Option<String>,

    #[command(flatten)]
    pub filters: FilterArgs,
}

/// What `plan` and `apply` share.
#[derive(Debug, Args)]
pub struct ManifestArgs {
    /// The manifest
    #[arg(short, long, value_name = "PATH")]
    pub file: PathBuf,

    /// Also delete keys the manifest does not name (within --match, if given)
    #[arg(long)]
    pub prune: bool,

    /// With --prune: only keys whose name matches this pattern may be deleted
    #[arg(long = "match", value_name = "GLOB", requires = "prune", value_parser = validate::glob)]
    pub prune_match: Option<glob::Pattern>,
}

#[derive(Debug, Args)]
#[command(after_help = examples::PLAN)]
pub struct PlanArgs {
    #[command(flatten)]
    pub manifest: ManifestArgs,

    /// Exit 0 when there is nothing to do and 10 when changes are pending
    #[arg(long)]
    pub detailed_exitcode: bool,
}

#[derive(Debug, Args)]
#[command(after_help = examples::APPLY)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub manifest: ManifestArgs,

    /// Also make replacements: a new key for a change the API cannot patch (an expiry), then
    /// the old key deleted
    #[arg(long)]
    pub replace: bool,

    /// Write each new key's secret to a new 0600 file in this directory, named after the key
    #[arg(long, value_name = "DIR")]
    pub secrets_dir: Option<PathBuf>,

    /// Apply without asking (required when no terminal is attached)
    #[arg(short, long)]
    pub yes: bool,
}
