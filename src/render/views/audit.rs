//! Audit findings: a row per key a rule holds for, grouped by rule with its remedy.

use std::borrow::Cow;
use std::sync::LazyLock;

use jiff::Timestamp;
use serde_json::{json, Value};

use super::common::Identified;
use crate::render::columns::{Cell, Column, Row};
use crate::render::values::{dollars, relative};
use crate::report::audit::{Detail, Flagged, Rule};
use crate::sanitize::for_terminal;

/// A key a rule holds for.
#[derive(Debug, Clone)]
pub struct AuditRow {
    pub rule: Rule,
    pub flagged: Flagged,
    pub now: Timestamp,
}

impl AuditRow {
    /// What makes the rule hold, as a person reads it.
    pub fn detail(&self) -> String {
        let now = self.now;
        match &self.flagged.detail {
            Detail::Unlimited { spent } => format!("{} spent, no limit", dollars(*spent)),
            Detail::NeverExpires => "never expires".to_string(),
            Detail::LastUsed(Some(when)) => format!("last used {}", relative(*when, now)),
            Detail::LastUsed(None) => "never used".to_string(),
            Detail::PercentUsed(percent) => format!("{percent:.0}% of its limit used"),
            Detail::ExpiresAt(when) => format!("expires {}", relative(*when, now)),
            Detail::Disabled => "disabled".to_string(),
            Detail::SharedName(count) => format!("{count} keys share this name"),
        }
    }
}

impl Identified for AuditRow {
    fn key_name(&self) -> &str {
        self.flagged.key.name()
    }

    fn key_hash(&self) -> &str {
        self.flagged.key.hash()
    }
}

impl Row for AuditRow {
    fn columns() -> &'static [Column<Self>] {
        &AUDIT_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["name", "hash", "detail"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["finding", "hash", "name", "detail"]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(
            json!({
                "finding": self.rule.name(),
                "hash": self.flagged.key.hash(),
                "name": self.flagged.key.name(),
                "detail": self.detail(),
            })
            .to_string(),
        )
    }
}

static AUDIT_COLUMNS: LazyLock<Vec<Column<AuditRow>>> = LazyLock::new(|| {
    vec![
        Column::api("finding", "FINDING", "Finding"),
        super::common::name_column(),
        super::common::hash_column(),
        Column::api("detail", "DETAIL", "Detail")
            .shrink()
            .human(|r: &AuditRow, _| Cell::plain(for_terminal(&r.detail()))),
    ]
});

/// `no-limit: 2 keys. Remedy: …`, over a finding's keys in a table.
pub fn heading(rule: Rule, count: usize) -> String {
    let noun = if count == 1 { "key" } else { "keys" };
    format!("{}: {count} {noun}. Remedy: {}", rule.name(), rule.remedy())
}

/// `{"finding", "remedy", "keys": [{"hash", "name", "detail"}]}`.
pub fn group_json(rule: Rule, rows: &[AuditRow]) -> Value {
    json!({
        "finding": rule.name(),
        "remedy": rule.remedy(),
        "keys": rows.iter().map(|r| json!({
            "hash": r.flagged.key.hash(),
            "name": r.flagged.key.name(),
            "detail": r.detail(),
        })).collect::<Vec<_>>(),
    })
}
