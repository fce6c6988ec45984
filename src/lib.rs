//! orkeys: administer OpenRouter API keys from the command line. The binary is a thin
//! `main`; everything lives here so that the fuzz targets and tests can reach the parsers.

mod api;
mod cli;
mod commands;
mod config;
mod error;
#[doc(hidden)]
pub mod fuzzing;
mod jq;
mod log;
mod manifest;
mod notice;
mod render;
mod report;
mod sandbox;
mod sanitize;
mod secret;
mod select;
#[cfg(test)]
mod testing;
mod validate;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::error::{Details, Error, Kind};

/// Parses the command line, runs the command, reports any failure once, and picks the exit
/// code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Known even when parsing fails, so a usage error can still be reported as JSON.
    let json = wants_json(&args);
    let parsed = cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| {
            let cli = cli::Cli::from_arg_matches(&matches)?;
            Ok((cli, cli::given(&matches)))
        });
    let (cli, given) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return clap_failure(&error, json),
    };
    match commands::run(cli, given) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind == Kind::ClosedPipe => ExitCode::SUCCESS,
        Err(error) => {
            report(&error, json);
            ExitCode::from(error.kind.exit_code())
        }
    }
}

/// Whether failures should be reported as JSON: the output was asked for as JSON.
fn wants_json(args: &[OsString]) -> bool {
    let mut previous_was_format = false;
    for arg in args {
        let arg = arg.to_string_lossy();
        let is_json_format = |value: &str| value == "json" || value == "jsonl";
        if arg == "--json"
            || arg == "--jq"
            || arg.starts_with("--jq=")
            || (previous_was_format && is_json_format(&arg))
            || arg.strip_prefix("--format=").is_some_and(is_json_format)
        {
            return true;
        }
        previous_was_format = arg == "--format";
    }
    false
}

/// Help and version go to stdout with success; every other parse error is a usage error,
/// reported with the same `orkeys: error:` prefix as every other failure.
fn clap_failure(error: &clap::Error, json: bool) -> ExitCode {
    use clap::error::ErrorKind;
    let informational = matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    );
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    if informational {
        let _ = error.print();
        return code;
    }
    // A key pasted where a flag was expected must not be echoed back.
    let text = secret::redact(&shorten_invalid_value(error, error.render().to_string()));
    if json {
        let first = text.lines().next().unwrap_or("invalid arguments");
        let message = first.strip_prefix("error: ").unwrap_or(first);
        report(&Error::usage(message), true);
    } else {
        let text = text.strip_prefix("error: ").unwrap_or(&text);
        let _ = write!(std::io::stderr().lock(), "orkeys: error: {text}");
    }
    code
}

/// A rejected value of a few thousand characters is quoted by its start and its length, so
/// the error stays one readable line.
fn shorten_invalid_value(error: &clap::Error, text: String) -> String {
    use clap::error::{ContextKind, ContextValue};
    const SHOWN: usize = 40;
    let Some(ContextValue::String(value)) = error.get(ContextKind::InvalidValue) else {
        return text;
    };
    let length = value.chars().count();
    if length <= 2 * SHOWN {
        return text;
    }
    let start: String = value.chars().take(SHOWN).collect();
    // Some messages quote the value more than once.
    text.replace(
        &format!("'{value}'"),
        &format!("'{start}…' ({length} characters)"),
    )
    .replace(value.as_str(), &format!("{start}…"))
}

/// The one place failures are shown: `orkeys: error: ...`, any candidates, and a hint; or one
/// JSON object on standard error.
fn report(error: &Error, json: bool) {
    let mut stderr = std::io::stderr().lock();
    if json {
        let object = serde_json::json!({ "error": error.to_json() });
        let _ = writeln!(stderr, "{object}");
        return;
    }
    let _ = writeln!(stderr, "orkeys: error: {}", secret::redact(&error.message));
    if let Some(Details::Candidates(keys)) = &error.details {
        for line in render::candidates(keys) {
            let _ = writeln!(stderr, "  {line}");
        }
    }
    if let Some(hint) = &error.hint {
        let _ = writeln!(stderr, "hint: {}", secret::redact(hint));
    }
}
