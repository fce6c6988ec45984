//! Everything orkeys prints on standard output goes through here: JSON, tables for a
//! terminal, tab-separated rows for pipes. Status lines for people go to standard error.

pub mod format;
pub mod sanitize;
mod table;
mod tsv;

use std::io::{self, Write};

use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::api::types::{CreatedKey, CurrentKey, Key};

/// How this run prints, decided once from the flags, `NO_COLOR` and the terminal.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    /// Standard output is a terminal: tables and pretty JSON, otherwise TSV and compact JSON.
    pub terminal: bool,
    pub color: bool,
    pub now: Timestamp,
}

/// A deleted key, as reported back.
#[derive(Debug, Clone)]
pub struct Deleted {
    pub hash: String,
    pub name: String,
}

#[derive(Debug)]
pub struct Printer<W: Write> {
    out: W,
    output: Output,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, output: Output) -> Self {
        Printer { out, output }
    }

    pub fn output(&self) -> Output {
        self.output
    }

    /// A list of keys: a JSON array (`[]` when empty), a table, or one TSV row per key.
    pub fn keys(&mut self, keys: &[Key]) -> io::Result<()> {
        if self.output.json {
            let items = keys.iter().map(|k| Value::Object(k.raw.clone())).collect();
            return self.json(&Value::Array(items));
        }
        if self.output.terminal {
            if keys.is_empty() {
                return Ok(());
            }
            let rendered = table::key_list(keys, &self.output).trim_fmt();
            return writeln!(self.out, "{rendered}");
        }
        for key in keys {
            writeln!(self.out, "{}", tsv::key_row(key, self.output.now))?;
        }
        Ok(())
    }

    /// One key: a JSON object, a field/value table, or one TSV row.
    pub fn key(&mut self, key: &Key) -> io::Result<()> {
        if self.output.json {
            return self.json(&Value::Object(key.raw.clone()));
        }
        if self.output.terminal {
            let rendered = table::key_detail(key, &self.output).trim_fmt();
            return writeln!(self.out, "{rendered}");
        }
        writeln!(self.out, "{}", tsv::key_row(key, self.output.now))
    }

    /// A new key together with its secret: JSON gains a `key` field, a terminal shows the
    /// details and then the secret on a line of its own, TSV puts the secret first.
    pub fn created_with_secret(&mut self, created: &CreatedKey) -> io::Result<()> {
        let secret = created.secret.expose();
        if self.output.json {
            let mut object: Map<String, Value> = created.key.raw.clone();
            object.insert("key".to_string(), Value::String(secret.to_string()));
            return self.json(&Value::Object(object));
        }
        if self.output.terminal {
            let rendered = table::key_detail(&created.key, &self.output).trim_fmt();
            return writeln!(self.out, "{rendered}\nSecret: {secret}");
        }
        writeln!(
            self.out,
            "{secret}\t{}",
            tsv::key_row(&created.key, self.output.now)
        )
    }

    /// Only the secret and a newline, for `KEY=$(orkeys create ... --key-only)`.
    pub fn secret_only(&mut self, created: &CreatedKey) -> io::Result<()> {
        writeln!(self.out, "{}", created.secret.expose())
    }

    /// The calling key's own metadata.
    pub fn current(&mut self, current: &CurrentKey) -> io::Result<()> {
        if self.output.json {
            return self.json(&Value::Object(current.raw.clone()));
        }
        if self.output.terminal {
            let rendered = table::current_detail(current, &self.output).trim_fmt();
            return writeln!(self.out, "{rendered}");
        }
        writeln!(self.out, "{}", tsv::current_row(current))
    }

    /// Keys that were deleted: `[{"hash", "name", "deleted": true}]`, a line each on a
    /// terminal, `hash<TAB>name` rows in a pipe.
    pub fn deleted(&mut self, deleted: &[Deleted]) -> io::Result<()> {
        if self.output.json {
            let items = deleted
                .iter()
                .map(|d| serde_json::json!({"hash": d.hash, "name": d.name, "deleted": true}))
                .collect();
            return self.json(&Value::Array(items));
        }
        for d in deleted {
            if self.output.terminal {
                writeln!(
                    self.out,
                    "Deleted {} ({})",
                    sanitize::for_terminal(&d.name),
                    format::short_hash(&d.hash)
                )?;
            } else {
                writeln!(self.out, "{}\t{}", d.hash, sanitize::for_tsv(&d.name))?;
            }
        }
        Ok(())
    }

    /// Bytes produced elsewhere (completion scripts, the man page).
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn json(&mut self, value: &Value) -> io::Result<()> {
        if self.output.terminal {
            serde_json::to_writer_pretty(&mut self.out, value)?;
        } else {
            serde_json::to_writer(&mut self.out, value)?;
        }
        writeln!(self.out)
    }
}

/// A status line for people on standard error (`orkeys: ...`).
pub fn notice(message: &str) {
    let _ = writeln!(io::stderr().lock(), "orkeys: {message}");
}

/// A warning on standard error.
pub fn warning(message: &str) {
    let _ = writeln!(io::stderr().lock(), "orkeys: warning: {message}");
}
