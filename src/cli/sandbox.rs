//! `orkeys sandbox serve` and `orkeys sandbox reset`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)
    #[command(
        after_help = "Examples:\n  orkeys sandbox serve --port 8787\n  orkeys sandbox serve --port 0 --latency 20 --faults 'GET /keys=429x2'"
    )]
    Serve(ServeArgs),
    /// Start the sandbox over, with fresh example keys
    #[command(
        after_help = "Examples:\n  orkeys sandbox reset\n  orkeys sandbox reset --keys 10000"
    )]
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
    match crate::validate::count(raw) {
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
