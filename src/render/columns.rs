//! The one description of a view: its columns. Each column has the name `--fields`, CSV
//! headers and JSON use, a header for tables, a machine value, and a human rendering. Every
//! writer (table, tsv, csv, json, jsonl) works from this, so a view is described once.

use std::borrow::Cow;

use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// How a column behaves when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never cut (hashes, money, dates, states): dropped whole, last column first, when
    /// there is no room.
    Fixed,
    /// Free text (names): cut with `…` to make room.
    Shrink,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How a table cell should stand out when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warn,
    Bad,
}

/// What a person sees in a table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }

    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Cell {
            text: text.into(),
            tone,
        }
    }
}

/// What human renderings need to know.
#[derive(Debug, Clone, Copy)]
pub struct Human {
    pub now: Timestamp,
    /// One object shown field by field, where there is room for the long forms.
    pub detail: bool,
}

/// How a row's machine value is read: from the row and its JSON object.
type ValueFn<R> = Box<dyn Fn(&R, &Map<String, Value>) -> Value + Send + Sync>;
/// How a row's table cell is made, from the same.
type HumanFn<R> = Box<dyn Fn(&R, &Map<String, Value>, &Human) -> Cell + Send + Sync>;

/// One column of a view over rows of type `R`.
pub struct Column<R> {
    /// The field name: `--fields`, CSV header, JSON member. The API's own name where the
    /// value is the API's.
    pub name: &'static str,
    /// Table header.
    pub header: &'static str,
    /// Row title in a one-object (detail) table.
    pub title: &'static str,
    pub fit: Fit,
    pub align: Align,
    /// A timestamp: tab-separated and CSV output give it as RFC 3339 UTC.
    pub time: bool,
    /// The machine value, given the row and its JSON object.
    pub value: ValueFn<R>,
    /// The human rendering for tables.
    pub human: HumanFn<R>,
}

impl<R> std::fmt::Debug for Column<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Column")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl<R> Column<R> {
    /// A column showing the API's member `name`: the machine value is the member exactly as
    /// the API sent it; a table shows it as text (`-` when absent) unless told otherwise.
    pub fn api(name: &'static str, header: &'static str, title: &'static str) -> Self {
        Column::computed(name, header, title, move |_, object| member(object, name))
    }

    /// A column whose machine value orkeys works out; a table shows it as text unless told
    /// otherwise.
    pub fn computed(
        name: &'static str,
        header: &'static str,
        title: &'static str,
        value: impl Fn(&R, &Map<String, Value>) -> Value + Send + Sync + 'static,
    ) -> Self {
        Column {
            name,
            header,
            title,
            fit: Fit::Fixed,
            align: Align::Left,
            time: false,
            value: Box::new(value),
            human: Box::new(move |_, object, _| Cell::plain(text(&member(object, name)))),
        }
    }

    /// How a table shows the value, from the row.
    pub fn human(mut self, human: impl Fn(&R, &Human) -> Cell + Send + Sync + 'static) -> Self {
        self.human = Box::new(move |row, _, context| human(row, context));
        self
    }

    /// Free text, cut with `…` when the terminal is narrow.
    pub fn shrink(mut self) -> Self {
        self.fit = Fit::Shrink;
        self
    }

    pub fn right(mut self) -> Self {
        self.align = Align::Right;
        self
    }

    /// A timestamp (RFC 3339 UTC in tsv and csv).
    pub fn time(mut self) -> Self {
        self.time = true;
        self
    }
}

/// A machine value as a person reads it in a table: text as it is (made safe), `-` for null.
fn text(value: &Value) -> String {
    match value {
        Value::Null => "-".to_string(),
        Value::String(text) => crate::sanitize::for_terminal(text),
        other => crate::sanitize::for_terminal(&other.to_string()),
    }
}

/// A kind of row a view shows, described once for every format.
pub trait Row: Sized + 'static {
    /// Every column the view offers, in the order `--fields` lists them.
    fn columns() -> &'static [Column<Self>];
    /// The columns of a table on a terminal, most important first (narrow terminals drop
    /// from the end).
    fn table_fields() -> &'static [&'static str];
    /// The columns of tab-separated and CSV output. Only ever extended at the end.
    fn plain_fields() -> &'static [&'static str];
    /// The rows of a one-object table on a terminal.
    fn detail_fields() -> &'static [&'static str] {
        Self::table_fields()
    }
    /// The object `--json` prints: for API objects, exactly what the API sent.
    fn json(&self) -> Cow<'_, str>;
    /// The same object, parsed.
    fn object(&self) -> Map<String, Value> {
        serde_json::from_str(&self.json()).unwrap_or_default()
    }
    /// A line shown under a one-object table (a new key's secret).
    fn footer(&self) -> Option<String> {
        None
    }
}

/// The member `name` of an API object, or null when absent.
pub fn member(object: &Map<String, Value>, name: &str) -> Value {
    object.get(name).cloned().unwrap_or(Value::Null)
}

/// A dollar amount orkeys worked out, written as the API writes amounts: `25.5`, and whole
/// amounts without a fraction (`0`, `100`).
pub fn money(amount: Option<f64>) -> Value {
    match amount {
        None => Value::Null,
        Some(amount) if amount.fract() == 0.0 && amount.abs() < 1e15 =>
        {
            #[allow(clippy::cast_possible_truncation)]
            Value::from(amount as i64)
        }
        Some(amount) => serde_json::Number::from_f64(amount).map_or(Value::Null, Value::Number),
    }
}

/// Every field name a view offers, for messages.
pub fn names<R: Row>() -> Vec<&'static str> {
    R::columns().iter().map(|c| c.name).collect()
}

/// The columns to show: those asked for with `--fields`, or the default set given.
pub fn select<R: Row>(
    fields: Option<&[String]>,
    default: &[&str],
) -> Result<Vec<&'static Column<R>>> {
    let by_name = |name: &str| R::columns().iter().find(|c| c.name == name);
    match fields {
        None => Ok(default.iter().filter_map(|name| by_name(name)).collect()),
        Some(fields) => fields
            .iter()
            .map(|name| {
                by_name(name).ok_or_else(|| {
                    Error::usage(format!(
                        "unknown field '{}' for this command",
                        crate::sanitize::for_terminal(name)
                    ))
                    .with_hint(format!("available fields: {}", names::<R>().join(", ")))
                })
            })
            .collect(),
    }
}

/// Fails before any request when `--fields` names a field the view does not have.
pub fn check<R: Row>(fields: Option<&[String]>) -> Result<()> {
    select::<R>(fields, &[]).map(|_| ())
}
