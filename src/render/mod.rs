//! Everything orkeys prints on standard output goes through here. A view describes its rows
//! once (`columns`); the `Printer` writes any view in the format chosen for this run: a table
//! for a terminal, tab-separated rows or CSV for scripts, JSON or JSON lines.

pub mod columns;
mod delimited;
mod progress;
mod table;
pub mod values;
pub mod views;

use std::io::Write;

use serde_json::{Map, Value};

use crate::api::types::Key;
use crate::config::{Format, OutputSettings};
use crate::error::Result;
use columns::{select, Column, Human, Row};
pub use progress::Progress;

#[derive(Debug)]
pub struct Printer<W: Write> {
    out: W,
    settings: OutputSettings,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, settings: OutputSettings) -> Self {
        Printer { out, settings }
    }

    /// A list: a JSON array (`[]` when empty), JSON lines, a table, or a row per item.
    pub fn list<R: Row>(&mut self, rows: &[R]) -> Result<()> {
        let fields = self.settings.fields.clone();
        let fields = fields.as_deref();
        match self.settings.format {
            Format::Table => {
                if rows.is_empty() {
                    return Ok(());
                }
                let columns = select::<R>(fields, R::table_fields())?;
                let text = table::list(
                    rows,
                    &columns,
                    &self.human(false),
                    self.settings.color,
                    self.settings.width,
                );
                writeln!(self.out, "{text}")?;
            }
            Format::Tsv => {
                let columns = select::<R>(fields, R::plain_fields())?;
                for row in rows {
                    writeln!(self.out, "{}", delimited::tsv_row(row, &columns))?;
                }
            }
            Format::Csv => {
                let columns = select::<R>(fields, R::plain_fields())?;
                writeln!(self.out, "{}", delimited::csv_header(&columns))?;
                for row in rows {
                    writeln!(self.out, "{}", delimited::csv_row(row, &columns))?;
                }
            }
            Format::Json => self.json_array(rows, fields)?,
            Format::Jsonl => {
                for row in rows {
                    self.json_line(row)?;
                }
            }
        }
        Ok(())
    }

    /// One object: a JSON object, a field-per-line table, or one row.
    pub fn one<R: Row>(&mut self, row: &R) -> Result<()> {
        self.one_with(row, R::plain_fields())
    }

    /// A key just created. Its secret is part of every format: the `key` member in JSON,
    /// the first field of a row, a line under the table.
    pub fn created(&mut self, key: &Key) -> Result<()> {
        let mut plain = vec!["key"];
        plain.extend_from_slice(Key::plain_fields());
        self.one_with(key, &plain)
    }

    /// One element of a JSON array written as its elements become known (`apply`'s report,
    /// where each new secret must be out before the next write): `[` before the first, the
    /// same text `list` writes once all is done. A run cut short leaves no closing `]`, so
    /// the text cannot pass for a whole report.
    pub fn array_item<R: Row>(&mut self, row: &R, index: usize) -> Result<()> {
        self.out.write_all(if index == 0 { b"[" } else { b"," })?;
        if self.settings.pretty_json {
            let pretty = serde_json::to_string_pretty(&Value::Object(row.object()))
                .map_err(std::io::Error::from)?;
            write!(self.out, "\n  {}", pretty.replace('\n', "\n  "))?;
        } else {
            self.out.write_all(row.json().as_bytes())?;
        }
        Ok(())
    }

    /// Closes an array begun with `array_item` (or writes `[]` when it holds nothing).
    pub fn array_end(&mut self, count: usize) -> Result<()> {
        match count {
            0 => self.out.write_all(b"[]\n")?,
            _ if self.settings.pretty_json => self.out.write_all(b"\n]\n")?,
            _ => self.out.write_all(b"]\n")?,
        }
        Ok(())
    }

    /// One JSON line, for listings written as they arrive (`--format jsonl`).
    pub fn json_line<R: Row>(&mut self, row: &R) -> Result<()> {
        match self.settings.fields.clone() {
            Some(fields) => {
                let columns = select::<R>(Some(&fields), &[])?;
                writeln!(self.out, "{}", picked(row, &columns))?;
            }
            None => writeln!(self.out, "{}", row.json())?,
        }
        Ok(())
    }

    /// A JSON document of a command's own shape (a rotation, a report), through `--jq` when
    /// given, pretty on a terminal.
    pub fn document(&mut self, value: &Value) -> Result<()> {
        self.json_text(&value.to_string())
    }

    /// Bytes produced elsewhere (completion scripts, man pages, export lines).
    pub fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes)?;
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }

    fn one_with<R: Row>(&mut self, row: &R, plain: &[&str]) -> Result<()> {
        let fields = self.settings.fields.clone();
        let fields = fields.as_deref();
        match self.settings.format {
            Format::Table => {
                let columns = select::<R>(fields, R::detail_fields())?;
                let text = table::detail(row, &columns, &self.human(true), self.settings.color);
                writeln!(self.out, "{text}")?;
                if let Some(footer) = row.footer() {
                    writeln!(self.out, "{footer}")?;
                }
            }
            Format::Tsv => {
                let columns = select::<R>(fields, plain)?;
                writeln!(self.out, "{}", delimited::tsv_row(row, &columns))?;
            }
            Format::Csv => {
                let columns = select::<R>(fields, plain)?;
                writeln!(self.out, "{}", delimited::csv_header(&columns))?;
                writeln!(self.out, "{}", delimited::csv_row(row, &columns))?;
            }
            Format::Json => {
                let text = match fields {
                    Some(fields) => picked(row, &select::<R>(Some(fields), &[])?).to_string(),
                    None => row.json().into_owned(),
                };
                self.json_text(&text)?;
            }
            Format::Jsonl => self.json_line(row)?,
        }
        Ok(())
    }

    /// Lists go out whole: the array is written only once every row is in hand, so a failed
    /// listing never leaves a valid-looking short array behind.
    fn json_array<R: Row>(&mut self, rows: &[R], fields: Option<&[String]>) -> Result<()> {
        let columns = match fields {
            Some(fields) => Some(select::<R>(Some(fields), &[])?),
            None => None,
        };
        if self.settings.jq.is_some() {
            let mut compact = String::from("[");
            for (i, row) in rows.iter().enumerate() {
                if i > 0 {
                    compact.push(',');
                }
                match &columns {
                    Some(columns) => compact.push_str(&picked(row, columns).to_string()),
                    None => compact.push_str(&row.json()),
                }
            }
            compact.push(']');
            return self.json_text(&compact);
        }
        if self.settings.pretty_json {
            let items = rows
                .iter()
                .map(|row| match &columns {
                    Some(columns) => picked(row, columns),
                    None => Value::Object(row.object()),
                })
                .collect();
            serde_json::to_writer_pretty(&mut self.out, &Value::Array(items))
                .map_err(std::io::Error::from)?;
            writeln!(self.out)?;
            return Ok(());
        }
        self.out.write_all(b"[")?;
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            match &columns {
                Some(columns) => write!(self.out, "{}", picked(row, columns))?,
                None => self.out.write_all(row.json().as_bytes())?,
            }
        }
        self.out.write_all(b"]\n")?;
        Ok(())
    }

    /// One JSON document: through `--jq` when given, else indented for a person and compact
    /// for a program.
    fn json_text(&mut self, compact: &str) -> Result<()> {
        if let Some(filter) = &self.settings.jq {
            let lines = filter.run(compact).map_err(crate::error::Error::usage)?;
            for line in lines {
                writeln!(self.out, "{line}")?;
            }
            return Ok(());
        }
        if self.settings.pretty_json {
            let value: Value = serde_json::from_str(compact).unwrap_or(Value::Null);
            serde_json::to_writer_pretty(&mut self.out, &value).map_err(std::io::Error::from)?;
            writeln!(self.out)?;
        } else {
            writeln!(self.out, "{compact}")?;
        }
        Ok(())
    }

    fn human(&self, detail: bool) -> Human {
        Human {
            now: self.settings.now,
            detail,
        }
    }
}

/// Only the chosen fields of a row, in the order asked for.
fn picked<R: Row>(row: &R, columns: &[&Column<R>]) -> Value {
    let object = row.object();
    let picked: Map<String, Value> = columns
        .iter()
        .map(|c| (c.name.to_string(), (c.value)(row, &object)))
        .collect();
    Value::Object(picked)
}

/// Every field any view offers, for `--fields` completion; each command then accepts those
/// of its own view.
pub fn field_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    let all = columns::names::<Key>()
        .into_iter()
        .chain(columns::names::<crate::api::types::CurrentKey>())
        .chain(columns::names::<views::Outcome>())
        .chain(columns::names::<crate::config::Shown>())
        .chain(columns::names::<views::Step>())
        .chain(columns::names::<views::usage::UsageLine>())
        .chain(columns::names::<views::audit::AuditRow>())
        .chain(columns::names::<views::plan::PlanLine>())
        .chain(columns::names::<crate::manifest::apply::Applied>());
    for name in all {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The keys an ambiguous KEY matched, a line each: name, short hash, creation time, status.
pub fn candidates(keys: &[Map<String, Value>]) -> Vec<String> {
    let now = jiff::Timestamp::now();
    let rows: Vec<Key> = keys
        .iter()
        .filter_map(|object| Key::from_value(&Value::Object(object.clone())).ok())
        .collect();
    let names: Vec<String> = rows
        .iter()
        .map(|k| crate::sanitize::for_terminal(k.name()))
        .collect();
    let width = names
        .iter()
        .map(|n| table::text_width(n))
        .max()
        .unwrap_or(0);
    rows.iter()
        .zip(&names)
        .map(|(key, name)| {
            let pad = width - table::text_width(name);
            format!(
                "{name}{}  {}  created {}  {}",
                " ".repeat(pad),
                values::short_hash(key.hash()),
                key.fields
                    .created_at
                    .as_deref()
                    .map_or_else(|| "-".to_string(), values::rfc3339),
                key.status(now).as_str()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sanitize::is_bidi_control;
    use proptest::prelude::*;
    use serde_json::json;

    fn printer(format: Format) -> Printer<Vec<u8>> {
        Printer::new(
            Vec::new(),
            OutputSettings {
                format,
                color: false,
                pretty_json: false,
                width: Some(80),
                fields: None,
                jq: None,
                progress: false,
                now: jiff::Timestamp::now(),
            },
        )
    }

    fn keys(names: &[(String, String)]) -> Vec<Key> {
        names
            .iter()
            .enumerate()
            .map(|(n, (name, label))| {
                let object = json!({
                    "hash": format!("{n:064x}"), "name": name, "label": label,
                    "usage": 1.5, "limit": 10, "limit_remaining": 8.5, "limit_reset": "daily",
                    "created_at": "2026-01-01T00:00:00Z", "workspace_id": label,
                });
                Key::from_value(&object).unwrap_or_else(|e| unreachable!("{e}"))
            })
            .collect()
    }

    fn written(format: Format, keys: &[Key]) -> String {
        let mut printer = printer(format);
        printer.list(keys).unwrap_or_else(|e| unreachable!("{e}"));
        String::from_utf8(printer.out).unwrap_or_else(|e| unreachable!("{e}"))
    }

    /// RFC 4180 records: fields split on commas outside quotes, `""` inside quotes a quote.
    fn csv_records(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let (mut record, mut field) = (Vec::new(), String::new());
        let (mut quoted, mut chars) = (false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\n') => {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (false, c) => field.push(c),
            }
        }
        records
    }

    /// Names and labels of any characters at all, control and bidi included.
    fn texts() -> impl Strategy<Value = Vec<(String, String)>> {
        let text = prop_oneof![
            any::<String>(),
            "[a-z\\t\\n\\r,\"\\\\\\u{1b}\\u{7}\\u{9b}\\u{202e}\\u{2066} ]{0,12}",
        ];
        prop::collection::vec((text.clone(), text), 0..6)
    }

    proptest! {
        #[test]
        fn tsv_has_one_row_per_key_and_a_fixed_number_of_columns(names in texts()) {
            let keys = keys(&names);
            let text = written(Format::Tsv, &keys);
            let rows: Vec<&str> = text.lines().collect();
            prop_assert_eq!(rows.len(), keys.len());
            for row in rows {
                prop_assert_eq!(row.split('\t').count(), Key::plain_fields().len());
            }
        }

        #[test]
        fn csv_has_a_header_and_one_record_per_key_of_equal_width(names in texts()) {
            let keys = keys(&names);
            let records = csv_records(&written(Format::Csv, &keys));
            prop_assert_eq!(records.len(), keys.len() + 1);
            for (record, (name, _)) in records.iter().skip(1).zip(&names) {
                prop_assert_eq!(record.len(), Key::plain_fields().len());
                // Text without control characters comes back exactly.
                if !name.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)) {
                    prop_assert_eq!(&record[1], name);
                }
            }
        }

        #[test]
        fn tables_and_tsv_never_pass_control_or_bidi_characters_through(names in texts()) {
            let keys = keys(&names);
            for format in [Format::Table, Format::Tsv] {
                let text = written(format, &keys);
                let leaked: Vec<char> = text
                    .chars()
                    .filter(|&c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c))
                    .collect();
                prop_assert!(leaked.is_empty(), "{:?} leaked {:?}", format, leaked);
                if format == Format::Table {
                    prop_assert!(!text.contains('\t'));
                }
            }
            if let Some(key) = keys.first() {
                let mut printer = printer(Format::Table);
                printer.one(key).unwrap_or_else(|e| unreachable!("{e}"));
                let text = String::from_utf8_lossy(&printer.out).into_owned();
                prop_assert!(!text.chars().any(|c| (c.is_control() && c != '\n') || is_bidi_control(c)));
            }
        }
    }
}
