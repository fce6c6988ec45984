//! How this run prints, decided once from the flags, the environment and the terminal.

use std::io::IsTerminal;

use jiff::Timestamp;

use crate::cli::{ColorChoice, FormatArg, GlobalArgs};
use crate::error::{Error, Result};

/// The output formats. Every view can be written in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people (the default on a terminal).
    Table,
    /// Tab-separated rows without a header (the default in a pipe).
    Tsv,
    /// RFC 4180, with a header row.
    Csv,
    /// One JSON document: an array for lists, an object otherwise.
    Json,
    /// One JSON object per line, written as they arrive.
    Jsonl,
}

/// Everything the renderers need to know about this run.
#[derive(Debug, Clone)]
pub struct OutputSettings {
    pub format: Format,
    /// Colour in tables.
    pub color: bool,
    /// Indented JSON, for a person at a terminal; compact otherwise.
    pub pretty_json: bool,
    /// The terminal's width in columns; `None` when standard output is not a terminal
    /// (piped output is never cut to fit).
    pub width: Option<usize>,
    /// The fields `--fields` asked for, in order.
    pub fields: Option<Vec<String>>,
    /// `--jq`: a filter over the JSON output.
    pub jq: Option<crate::jq::Filter>,
    /// Progress indicators on standard error: only when a person watches it, and the output
    /// goes to that person or into a file, not down a pipe to another program.
    pub progress: bool,
    pub now: Timestamp,
}

/// A terminal narrower than this is not believed (a pseudo-terminal with no size reports 0):
/// tables keep their natural width instead.
const MIN_BELIEVABLE_WIDTH: usize = 20;

pub fn settings(global: &GlobalArgs) -> Result<OutputSettings> {
    let stdout_terminal = std::io::stdout().is_terminal();
    let format = format(global, stdout_terminal)?;
    let width = if stdout_terminal {
        terminal_width()
    } else {
        None
    };
    let fields = global.fields.as_ref().map(|fields| {
        fields
            .iter()
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect()
    });
    let jq = global
        .jq
        .as_deref()
        .map(crate::jq::Filter::new)
        .transpose()
        .map_err(|why| {
            Error::usage(why).with_hint("--jq takes a jq expression, like '.[] | .name'")
        })?;
    Ok(OutputSettings {
        format,
        color: colour(global.color, stdout_terminal),
        pretty_json: stdout_terminal && jq.is_none(),
        width,
        fields,
        jq,
        progress: std::io::stderr().is_terminal() && (stdout_terminal || stdout_is_file()),
        now: Timestamp::now(),
    })
}

/// What standard output is open on; `None` when it is not open at all.
#[cfg(unix)]
pub fn stdout_metadata() -> Option<std::io::Result<std::fs::Metadata>> {
    use std::os::fd::AsFd;
    let fd = std::io::stdout().as_fd().try_clone_to_owned().ok()?;
    Some(std::fs::File::from(fd).metadata())
}

/// Whether standard output is a regular file (`> out.json`), as opposed to a pipe or socket.
#[cfg(unix)]
fn stdout_is_file() -> bool {
    matches!(stdout_metadata(), Some(Ok(m)) if m.file_type().is_file())
}

#[cfg(not(unix))]
fn stdout_is_file() -> bool {
    false
}

/// The terminal's width: `COLUMNS` when set (as shells and `ls` honour it), else what the
/// terminal reports.
fn terminal_width() -> Option<usize> {
    let from_environment = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok());
    from_environment
        .or_else(|| {
            dialoguer::console::Term::stdout()
                .size_checked()
                .map(|(_, columns)| usize::from(columns))
        })
        .filter(|&columns| columns >= MIN_BELIEVABLE_WIDTH)
}

/// `--json` is `--format json`, and `--jq` implies it; without any, a table on a terminal
/// and tab-separated rows in a pipe.
fn format(global: &GlobalArgs, stdout_terminal: bool) -> Result<Format> {
    let chosen = global.format.map(|f| match f {
        FormatArg::Table => Format::Table,
        FormatArg::Tsv => Format::Tsv,
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
    });
    if global.jq.is_some() && chosen.is_some_and(|f| f != Format::Json) {
        return Err(Error::usage(
            "--jq filters JSON output; it cannot be combined with another --format",
        ));
    }
    match (global.json || global.jq.is_some(), chosen) {
        (true, Some(format)) if format != Format::Json => Err(Error::usage(
            "--json is --format json; it cannot be combined with another --format",
        )),
        (true, _) => Ok(Format::Json),
        (false, Some(format)) => Ok(format),
        (false, None) if stdout_terminal => Ok(Format::Table),
        (false, None) => Ok(Format::Tsv),
    }
}

/// `--color always|never` wins. Otherwise, in the order the `anstream` crates use:
/// `NO_COLOR` turns colour off, `CLICOLOR_FORCE` turns it on (even in a pipe), `CLICOLOR=0`
/// turns it off, and a terminal whose `TERM` supports colour turns it on.
fn colour(choice: ColorChoice, stdout_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if anstyle_query::no_color() {
                false
            } else if anstyle_query::clicolor_force() {
                true
            } else if anstyle_query::clicolor() == Some(false) {
                false
            } else {
                stdout_terminal
                    && (anstyle_query::term_supports_color()
                        || anstyle_query::clicolor() == Some(true))
            }
        }
    }
}
