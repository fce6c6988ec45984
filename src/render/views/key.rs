//! A managed key, in lists and on its own; a key just created also carries its secret.
//!
//! Spend columns say which quantity they are: `limit_used` is what counts against the limit
//! (in the limit's current window when it resets), `usage` is lifetime spend, and
//! `usage_daily/weekly/monthly` are the current UTC day, week and month.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::{json, Map, Value};

use super::common::{hash_column, name_column, spending_columns, yes_no};
use crate::api::types::{Key, Status};
use crate::render::columns::{Cell, Column, Human, Row, Tone};
use crate::render::values;
use crate::sanitize::for_terminal;

impl Row for Key {
    fn columns() -> &'static [Column<Self>] {
        &KEY_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &[
            "name",
            "hash",
            "status",
            "limit_used",
            "limit_remaining",
            "usage",
            "created_at",
            "expires_at",
        ]
    }

    fn plain_fields() -> &'static [&'static str] {
        &[
            "hash",
            "name",
            "status",
            "label",
            "usage",
            "limit",
            "limit_remaining",
            "limit_reset",
            "created_at",
            "expires_at",
            "workspace_id",
            "limit_used",
        ]
    }

    fn detail_fields() -> &'static [&'static str] {
        &[
            "name",
            "hash",
            "label",
            "status",
            "limit_used",
            "limit_remaining",
            "usage",
            "usage_daily",
            "usage_weekly",
            "usage_monthly",
            "byok_usage",
            "include_byok_in_limit",
            "created_at",
            "updated_at",
            "expires_at",
            "last_used_at",
            "workspace_id",
            "creator_user_id",
            "external_user",
        ]
    }

    /// The API's object; a new key's secret is added as `key`, as the API's create answer
    /// has it.
    fn json(&self) -> Cow<'_, str> {
        match self.secret() {
            None => Cow::Borrowed(self.raw_json()),
            Some(_) => Cow::Owned(Value::Object(Row::object(self)).to_string()),
        }
    }

    fn object(&self) -> Map<String, Value> {
        let mut object = Key::object(self);
        if let Some(secret) = self.secret() {
            object.insert("key".to_string(), json!(secret.expose()));
        }
        object
    }

    fn footer(&self) -> Option<String> {
        self.secret()
            .map(|secret| format!("Secret: {}", secret.expose()))
    }
}

static KEY_COLUMNS: LazyLock<Vec<Column<Key>>> = LazyLock::new(|| {
    let mut columns = vec![
        name_column(),
        hash_column(),
        Column::computed("status", "STATUS", "Status", |k: &Key, _| {
            json!(k.status(jiff::Timestamp::now()).as_str())
        })
        .human(|k: &Key, h| status_cell(k.status(h.now))),
        Column::api("label", "LABEL", "Label"),
        Column::api("disabled", "DISABLED", "Disabled")
            .human(|k: &Key, _| Cell::plain(yes_no(k.fields.disabled))),
    ];
    columns.extend(spending_columns());
    columns.extend([
        time(
            "created_at",
            "CREATED",
            "Created",
            |k| k.fields.created_at.as_deref(),
            "-",
        ),
        time(
            "updated_at",
            "UPDATED",
            "Updated",
            |k| k.fields.updated_at.as_deref(),
            "-",
        ),
        Column::api("expires_at", "EXPIRES", "Expires")
            .time()
            .human(|k: &Key, h| Cell::plain(expiry(k.fields.expires_at.as_deref(), h))),
        time(
            "last_used_at",
            "LAST USED",
            "Last used",
            |k| k.fields.last_used_at.as_deref(),
            "never",
        ),
        Column::api("workspace_id", "WORKSPACE", "Workspace"),
        Column::api("creator_user_id", "CREATOR", "Creator"),
        Column::api("external_user", "EXTERNAL USER", "External user"),
        Column::computed("key", "SECRET", "Secret", |k: &Key, _| {
            k.secret().map_or(Value::Null, |s| json!(s.expose()))
        })
        .human(|k: &Key, _| Cell::plain(k.secret().map_or("-", |s| s.expose()))),
    ]);
    columns
});

/// An API timestamp: `3 months ago` in a list, the exact time too on its own.
fn time(
    name: &'static str,
    header: &'static str,
    title: &'static str,
    read: fn(&Key) -> Option<&str>,
    none: &'static str,
) -> Column<Key> {
    Column::api(name, header, title)
        .time()
        .human(move |k: &Key, h| Cell::plain(when(read(k), h, none)))
}

pub fn status_cell(status: Status) -> Cell {
    let tone = match status {
        Status::Active => Tone::Good,
        Status::Disabled => Tone::Bad,
        Status::Expired => Tone::Warn,
    };
    Cell::toned(status.as_str(), tone)
}

/// A list shows `3 months ago`; a one-key view adds the exact time.
pub fn when(raw: Option<&str>, human: &Human, none: &str) -> String {
    match raw {
        None => none.to_string(),
        Some(raw) => match values::parse_time(raw) {
            Some(t) if human.detail => format!("{t} ({})", values::relative(t, human.now)),
            Some(t) => values::relative(t, human.now),
            None => for_terminal(raw),
        },
    }
}

pub fn expiry(raw: Option<&str>, human: &Human) -> String {
    match raw {
        None => "never".to_string(),
        Some(raw) => match values::parse_time(raw) {
            Some(t) if t <= human.now => {
                format!("expired {}", values::relative(t, human.now))
            }
            Some(t) if human.detail => format!("{t} ({})", values::relative(t, human.now)),
            Some(t) => values::relative(t, human.now),
            None => for_terminal(raw),
        },
    }
}
