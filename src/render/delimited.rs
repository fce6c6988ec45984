//! Tab-separated and CSV rows for scripts and spreadsheets: machine values, never cut,
//! never coloured, with server text made safe (see `sanitize`).

use serde_json::Value;

use super::columns::{Column, Row};
use super::values;
use crate::sanitize;

/// One tab-separated line: fields in column order, empty for null.
pub fn tsv_row<R: Row>(row: &R, columns: &[&Column<R>]) -> String {
    let object = row.object();
    columns
        .iter()
        .map(|c| sanitize::for_tsv(&plain((c.value)(row, &object), c.time)))
        .collect::<Vec<_>>()
        .join("\t")
}

/// The CSV header: the field names.
pub fn csv_header<R>(columns: &[&Column<R>]) -> String {
    columns
        .iter()
        .map(|c| sanitize::for_csv(c.name))
        .collect::<Vec<_>>()
        .join(",")
}

/// One CSV record (RFC 4180 quoting).
pub fn csv_row<R: Row>(row: &R, columns: &[&Column<R>]) -> String {
    let object = row.object();
    columns
        .iter()
        .map(|c| sanitize::for_csv(&plain((c.value)(row, &object), c.time)))
        .collect::<Vec<_>>()
        .join(",")
}

/// A machine value as text: strings as they are (times in RFC 3339 UTC), numbers exactly as
/// the API wrote them, booleans as `true`/`false`, null as nothing, anything else as JSON.
fn plain(value: Value, time: bool) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) if time => values::rfc3339(&text),
        Value::String(text) => text,
        other => other.to_string(),
    }
}
