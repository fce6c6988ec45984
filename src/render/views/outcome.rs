//! What happened to each key of an action over several keys (delete, enable, disable): one
//! failure does not hide the others' outcomes.

use std::borrow::Cow;

use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::render::columns::{member, Align, Cell, Column, Fit, Row, Tone};
use crate::render::values;
use crate::sanitize::for_terminal;

/// One key's outcome.
#[derive(Debug)]
pub struct Outcome {
    pub hash: String,
    pub name: String,
    /// `delete`, `disable` or `enable`.
    pub action: &'static str,
    pub result: Result<Done, Error>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Done,
    /// A retried delete found the key gone: the earlier attempt, whose answer was lost,
    /// deleted it.
    AlreadyGone,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.result.is_ok()
    }

    fn past_tense(&self) -> &'static str {
        match self.action {
            "delete" => "deleted",
            "disable" => "disabled",
            "enable" => "enabled",
            other => other,
        }
    }
}

impl Row for Outcome {
    fn columns() -> &'static [Column<Self>] {
        &OUTCOME_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["name", "hash", "result"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["hash", "name", "action", "ok", "error"]
    }

    /// `{"hash", "name", "action", "ok", "note"?, "error"?: {"kind", "status", "message"}}`.
    fn json(&self) -> Cow<'_, str> {
        let mut object = Map::new();
        object.insert("hash".into(), json!(self.hash));
        object.insert("name".into(), json!(self.name));
        object.insert("action".into(), json!(self.action));
        object.insert("ok".into(), json!(self.ok()));
        match &self.result {
            Ok(Done::Done) => {}
            Ok(Done::AlreadyGone) => {
                object.insert(
                    "note".into(),
                    json!("already gone on the retry: the earlier attempt deleted it"),
                );
            }
            Err(error) => {
                object.insert("error".into(), error.to_json());
            }
        }
        Cow::Owned(Value::Object(object).to_string())
    }
}

static OUTCOME_COLUMNS: [Column<Outcome>; 6] = [
    Column {
        name: "name",
        header: "NAME",
        title: "Name",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "name"),
        human: |r, _| Cell::plain(for_terminal(&r.name)),
    },
    Column {
        name: "hash",
        header: "HASH",
        title: "Hash",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "hash"),
        human: |r, h| {
            let hash = for_terminal(&r.hash);
            Cell::plain(if h.detail {
                hash
            } else {
                values::short_hash(&hash).to_string()
            })
        },
    },
    Column {
        name: "action",
        header: "ACTION",
        title: "Action",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "action"),
        human: |r, _| Cell::plain(r.action),
    },
    Column {
        name: "ok",
        header: "OK",
        title: "OK",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |r, _| json!(r.ok()),
        human: |r, _| Cell::plain(if r.ok() { "yes" } else { "no" }),
    },
    Column {
        name: "result",
        header: "RESULT",
        title: "Result",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |r, _| match &r.result {
            Ok(Done::Done) => json!(r.past_tense()),
            Ok(Done::AlreadyGone) => json!("already gone"),
            Err(_) => json!("failed"),
        },
        human: |r, _| match &r.result {
            Ok(Done::Done) => Cell::toned(r.past_tense(), Tone::Good),
            Ok(Done::AlreadyGone) => Cell::toned(
                "deleted (already gone on the retry: the earlier attempt deleted it)",
                Tone::Good,
            ),
            Err(error) => Cell::toned(format!("failed: {}", error.message), Tone::Bad),
        },
    },
    Column {
        name: "error",
        header: "ERROR",
        title: "Error",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |r, _| match &r.result {
            Err(error) => json!(error.message),
            Ok(_) => Value::Null,
        },
        human: |r, _| match &r.result {
            Err(error) => Cell::toned(error.message.clone(), Tone::Bad),
            Ok(_) => Cell::plain(""),
        },
    },
];
