//! What happened to each key of an action over several keys (delete, enable, disable): one
//! failure does not hide the others' outcomes.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::{json, Map, Value};

use super::common::{hash_column, name_column, Identified};
use crate::error::Error;
use crate::render::columns::{Cell, Column, Row, Tone};

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

static OUTCOME_COLUMNS: LazyLock<Vec<Column<Outcome>>> = LazyLock::new(|| {
    vec![
        name_column(),
        hash_column(),
        Column::api("action", "ACTION", "Action"),
        Column::computed("ok", "OK", "OK", |r: &Outcome, _| json!(r.ok()))
            .human(|r: &Outcome, _| Cell::plain(if r.ok() { "yes" } else { "no" })),
        Column::computed("result", "RESULT", "Result", |r: &Outcome, _| {
            match &r.result {
                Ok(Done::Done) => json!(r.past_tense()),
                Ok(Done::AlreadyGone) => json!("already gone"),
                Err(_) => json!("failed"),
            }
        })
        .shrink()
        .human(|r: &Outcome, _| match &r.result {
            Ok(Done::Done) => Cell::toned(r.past_tense(), Tone::Good),
            Ok(Done::AlreadyGone) => Cell::toned(
                "deleted (already gone on the retry: the earlier attempt deleted it)",
                Tone::Good,
            ),
            Err(error) => Cell::toned(format!("failed: {}", error.message), Tone::Bad),
        }),
        Column::computed("error", "ERROR", "Error", |r: &Outcome, _| {
            match &r.result {
                Err(error) => json!(error.message),
                Ok(_) => Value::Null,
            }
        })
        .shrink(),
    ]
});

impl Identified for Outcome {
    fn key_name(&self) -> &str {
        &self.name
    }

    fn key_hash(&self) -> &str {
        &self.hash
    }
}
