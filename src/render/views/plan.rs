//! A manifest's plan, as a diff a person reviews (`+ create`, `~ update`, `± replace`,
//! `- delete`) or as rows and JSON for scripts; and what an apply did.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::{json, Map, Value};

use crate::manifest::apply::{Applied, Outcome};
use crate::manifest::diff::{Change, FieldChange, Plan};
use crate::render::columns::{Cell, Column, Row, Tone};
use crate::render::values::short_hash;
use crate::sanitize::for_terminal;

/// One change of a plan, for tab-separated, CSV and JSON lines.
#[derive(Debug, Clone)]
pub struct PlanLine(pub Change);

impl PlanLine {
    fn name(&self) -> String {
        match &self.0 {
            Change::Create { entry, .. } => entry.name.clone(),
            Change::Update { key, .. }
            | Change::Replace { key, .. }
            | Change::Unchanged { key }
            | Change::Delete { key } => key.name().to_string(),
        }
    }

    fn hash(&self) -> Option<&str> {
        match &self.0 {
            Change::Create { .. } => None,
            Change::Update { key, .. }
            | Change::Replace { key, .. }
            | Change::Unchanged { key }
            | Change::Delete { key } => Some(key.hash()),
        }
    }

    fn field_changes(&self) -> &[FieldChange] {
        match &self.0 {
            Change::Update { changes, .. } | Change::Replace { changes, .. } => changes,
            _ => &[],
        }
    }
}

impl Row for PlanLine {
    fn columns() -> &'static [Column<Self>] {
        &PLAN_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["action", "name", "hash", "changes"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["action", "name", "hash", "changes"]
    }

    /// `{"action", "name", "hash", "fields": {"limit": {"old", "new"}}, "create"?}`.
    fn json(&self) -> Cow<'_, str> {
        let fields: Map<String, Value> = self
            .field_changes()
            .iter()
            .map(|c| (c.field.to_string(), json!({"old": c.old, "new": c.new})))
            .collect();
        let mut object = json!({
            "action": self.0.kind(),
            "name": self.name(),
            "hash": self.hash(),
            "fields": fields,
        });
        match &self.0 {
            Change::Create {
                request, disable, ..
            }
            | Change::Replace {
                request, disable, ..
            } => {
                object["create"] = serde_json::to_value(request).unwrap_or(Value::Null);
                if *disable {
                    object["disable_after_create"] = json!(true);
                }
            }
            _ => {}
        }
        Cow::Owned(object.to_string())
    }
}

static PLAN_COLUMNS: LazyLock<Vec<Column<PlanLine>>> = LazyLock::new(|| {
    vec![
        Column::api("action", "ACTION", "Action"),
        Column::api("name", "NAME", "Name").shrink(),
        Column::api("hash", "HASH", "Hash"),
        Column::computed("changes", "CHANGES", "Changes", |line: &PlanLine, _| {
            json!(describe_changes(line.field_changes()))
        })
        .shrink(),
    ]
});

/// `limit: 50 → 75, disabled: false → true`.
pub fn describe_changes(changes: &[FieldChange]) -> String {
    changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.field, shown(&c.old), shown(&c.new)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => "none".to_string(),
        Value::String(text) => for_terminal(text),
        other => other.to_string(),
    }
}

/// The plan as a reviewer reads it, a line a change, with a summary line; coloured like a
/// diff when `color`. Unchanged keys are listed only when `verbose`.
pub fn diff_text(plan: &Plan, verbose: bool, color: bool) -> String {
    let paint = |code: &str, text: String| {
        if color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text
        }
    };
    let mut lines = Vec::new();
    for change in &plan.changes {
        let line = PlanLine(change.clone());
        let who = match line.hash() {
            Some(hash) => format!("{} ({})", for_terminal(&line.name()), short_hash(hash)),
            None => for_terminal(&line.name()),
        };
        let text = match change {
            Change::Create {
                request, disable, ..
            } => paint(
                "32",
                format!(
                    "+ create   {who}  {}",
                    then_disabled(describe_request(request), *disable)
                ),
            ),
            Change::Update { changes, .. } => paint(
                "33",
                format!("~ update   {who}  {}", describe_changes(changes)),
            ),
            Change::Replace {
                changes, disable, ..
            } => paint(
                "35",
                format!(
                    "± replace  {who}  {} (only with --replace: the API cannot change it)",
                    then_disabled(describe_changes(changes), *disable)
                ),
            ),
            Change::Delete { .. } => paint("31", format!("- delete   {who}")),
            Change::Unchanged { .. } if verbose => format!("  unchanged {who}"),
            Change::Unchanged { .. } => continue,
        };
        lines.push(text);
    }
    lines.push(format!("Plan: {}.", plan.summary()));
    lines.join("\n") + "\n"
}

/// The create body cannot disable a key: a key declared disabled is disabled straight after.
fn then_disabled(described: String, disable: bool) -> String {
    match (disable, described.is_empty()) {
        (false, _) => described,
        (true, true) => "then disabled".to_string(),
        (true, false) => format!("{described}, then disabled"),
    }
}

fn describe_request(request: &crate::api::types::CreateKeyRequest) -> String {
    let value = serde_json::to_value(request).unwrap_or(Value::Null);
    value
        .as_object()
        .map(|o| {
            o.iter()
                .filter(|(k, _)| *k != "name")
                .map(|(k, v)| format!("{k}: {}", shown(v)))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

impl Row for Applied {
    fn columns() -> &'static [Column<Self>] {
        &APPLIED_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["action", "name", "hash", "result"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["action", "name", "hash", "ok", "result", "secret_file"]
    }

    /// `{"action", "name", "hash", "ok", "result", "replaced"?, "key"?, "secret_file"?,
    /// "error"?}`: a new secret is here only when no file took it.
    fn json(&self) -> Cow<'_, str> {
        let mut object = json!({
            "action": self.action,
            "name": self.name,
            "hash": self.hash,
            "ok": self.ok(),
            "result": result(self),
        });
        if let Some(replaced) = &self.replaced {
            object["replaced"] = json!(replaced);
        }
        if let Some(secret) = self.created.as_ref().and_then(|k| k.secret()) {
            object["key"] = json!(secret.expose());
        }
        if let Some(path) = &self.secret_file {
            object["secret_file"] = json!(path.display().to_string());
        }
        if let Outcome::Failed(error) = &self.outcome {
            object["error"] = error.to_json();
        }
        Cow::Owned(object.to_string())
    }
}

fn result(applied: &Applied) -> String {
    match &applied.outcome {
        Outcome::Done => match applied.action {
            "create" => "created".to_string(),
            "update" => "updated".to_string(),
            "replace" => match &applied.replaced {
                Some(old) => format!("created in place of {}", short_hash(old)),
                None => "created".to_string(),
            },
            "disable" => "disabled".to_string(),
            "delete" => "deleted".to_string(),
            other => other.to_string(),
        },
        Outcome::Failed(error) => format!("failed: {}", error.message),
        Outcome::Skipped(why) => format!("skipped: {why}"),
        Outcome::NotDone => "not done: the apply stopped before it".to_string(),
    }
}

static APPLIED_COLUMNS: LazyLock<Vec<Column<Applied>>> = LazyLock::new(|| {
    vec![
        Column::api("action", "ACTION", "Action"),
        Column::api("name", "NAME", "Name").shrink(),
        Column::api("hash", "HASH", "Hash").human(|a: &Applied, h| {
            Cell::plain(match &a.hash {
                Some(hash) if h.detail => hash.clone(),
                Some(hash) => short_hash(hash).to_string(),
                None => "-".to_string(),
            })
        }),
        Column::computed("ok", "OK", "OK", |a: &Applied, _| json!(a.ok())),
        Column::computed("result", "RESULT", "Result", |a: &Applied, _| {
            json!(result(a))
        })
        .shrink()
        .human(|a: &Applied, _| {
            let tone = match a.outcome {
                Outcome::Done => Tone::Good,
                Outcome::Skipped(_) => Tone::Warn,
                Outcome::Failed(_) | Outcome::NotDone => Tone::Bad,
            };
            Cell::toned(for_terminal(&result(a)), tone)
        }),
        Column::api("secret_file", "SECRET FILE", "Secret file"),
    ]
});
