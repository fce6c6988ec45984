//! orkeys: administer OpenRouter API keys from the command line. The binary is a thin
//! `main`; everything lives here so that the fuzz targets and tests can reach the parsers.

mod api;
mod cli;
mod commands;
mod config;
mod error;
mod log;
mod render;
mod sandbox;
mod secret;
mod validate;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::error::{Error, Kind};

/// Parses the command line, runs the command, reports any failure once, and picks the exit
/// code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Known even when parsing fails, so a usage error can still be reported as JSON.
    let json = args.iter().any(|arg| arg == "--json");
    let cli = match cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return clap_failure(&error, json),
    };
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind == Kind::ClosedPipe => ExitCode::SUCCESS,
        Err(error) => {
            report(&error, json);
            ExitCode::from(error.kind.exit_code())
        }
    }
}

/// Help and version go to stdout with success; every other parse error is a usage error.
fn clap_failure(error: &clap::Error, json: bool) -> ExitCode {
    use clap::error::ErrorKind;
    let informational = matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    );
    if json && !informational {
        let text = error.render().to_string();
        let first = text.lines().next().unwrap_or("invalid arguments");
        let message = first.strip_prefix("error: ").unwrap_or(first);
        report(&Error::usage(message), true);
    } else {
        let _ = error.print();
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// The one place failures are shown: `orkeys: error: ...` and a hint, or a JSON object.
fn report(error: &Error, json: bool) {
    let mut stderr = std::io::stderr().lock();
    if json {
        let object = serde_json::json!({"error": {
            "kind": error.kind.name(),
            "status": error.status,
            "message": error.message,
        }});
        let _ = writeln!(stderr, "{object}");
        return;
    }
    let _ = writeln!(stderr, "orkeys: error: {}", error.message);
    if let Some(hint) = &error.hint {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}
