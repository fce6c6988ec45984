//! A managed key, in lists and on its own; a key just created also carries its secret.
//!
//! Spend columns say which quantity they are: `limit_used` is what counts against the limit
//! (in the limit's current window when it resets), `usage` is lifetime spend, and
//! `usage_daily/weekly/monthly` are the current UTC day, week and month.

use std::borrow::Cow;

use serde_json::{json, Map, Value};

use crate::api::types::{Key, Status};
use crate::render::columns::{member, money, Align, Cell, Column, Fit, Human, Row, Tone};
use crate::render::values::{self, Headroom};
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
            Some(secret) => {
                let mut object = self.object();
                object.insert("key".to_string(), json!(secret.expose()));
                Cow::Owned(Value::Object(object).to_string())
            }
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

/// A column that shows one of the API's members as it is.
macro_rules! api_text {
    ($name:literal, $header:literal, $title:literal) => {
        Column {
            name: $name,
            header: $header,
            title: $title,
            fit: Fit::Fixed,
            align: Align::Left,
            time: false,
            value: |_, o| member(o, $name),
            human: |_, _| Cell::plain(""),
        }
    };
}

/// A column of dollars from the API.
macro_rules! api_dollars {
    ($name:literal, $header:literal, $title:literal, $field:ident) => {
        Column {
            name: $name,
            header: $header,
            title: $title,
            fit: Fit::Fixed,
            align: Align::Right,
            time: false,
            value: |_, o| member(o, $name),
            human: |k: &Key, _| Cell::plain(dollars_or_dash(k.fields.spending.$field)),
        }
    };
}

/// A column of an API timestamp.
macro_rules! api_time {
    ($name:literal, $header:literal, $title:literal, $field:ident, $never:literal) => {
        Column {
            name: $name,
            header: $header,
            title: $title,
            fit: Fit::Fixed,
            align: Align::Left,
            time: true,
            value: |_, o| member(o, $name),
            human: |k: &Key, h| Cell::plain(when(k.fields.$field.as_deref(), h, $never)),
        }
    };
}

static KEY_COLUMNS: [Column<Key>; 23] = [
    Column {
        name: "name",
        header: "NAME",
        title: "Name",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "name"),
        human: |k, _| Cell::plain(for_terminal(k.name())),
    },
    Column {
        name: "hash",
        header: "HASH",
        title: "Hash",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "hash"),
        human: |k, h| {
            let hash = for_terminal(k.hash());
            if h.detail {
                Cell::plain(hash)
            } else {
                Cell::plain(values::short_hash(&hash))
            }
        },
    },
    Column {
        name: "status",
        header: "STATUS",
        title: "Status",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |k, _| json!(k.status(jiff::Timestamp::now()).as_str()),
        human: |k, h| status_cell(k.status(h.now)),
    },
    Column {
        human: |k, _| Cell::plain(text_or_dash(k.fields.label.as_deref())),
        ..api_text!("label", "LABEL", "Label")
    },
    Column {
        human: |k, _| Cell::plain(yes_no(k.fields.disabled)),
        ..api_text!("disabled", "DISABLED", "Disabled")
    },
    Column {
        name: "limit_used",
        header: "LIMIT USED",
        title: "Limit used",
        fit: Fit::Fixed,
        align: Align::Right,
        time: false,
        value: |k, _| money(k.fields.spending.limit_used()),
        human: |k, _| Cell::plain(values::limit_used(&k.fields.spending)),
    },
    Column {
        name: "limit",
        header: "LIMIT",
        title: "Limit",
        fit: Fit::Fixed,
        align: Align::Right,
        time: false,
        value: |_, o| member(o, "limit"),
        human: |k, _| {
            Cell::plain(
                k.fields
                    .spending
                    .limit
                    .map_or_else(|| "none".to_string(), values::dollars),
            )
        },
    },
    Column {
        name: "limit_remaining",
        header: "REMAINING",
        title: "Remaining",
        fit: Fit::Fixed,
        align: Align::Right,
        time: false,
        value: |_, o| member(o, "limit_remaining"),
        human: |k, _| {
            let s = &k.fields.spending;
            let tone = match values::headroom(s.limit, s.limit_remaining) {
                Headroom::Exhausted => Tone::Bad,
                Headroom::Low => Tone::Warn,
                Headroom::Plenty | Headroom::Unlimited => Tone::Plain,
            };
            Cell::toned(values::remaining(s.limit, s.limit_remaining), tone)
        },
    },
    Column {
        human: |k, _| {
            Cell::plain(for_terminal(
                k.fields.spending.limit_reset.as_deref().unwrap_or("never"),
            ))
        },
        ..api_text!("limit_reset", "RESET", "Limit resets")
    },
    Column {
        human: |k, _| Cell::plain(yes_no(k.fields.spending.include_byok_in_limit)),
        ..api_text!("include_byok_in_limit", "BYOK IN LIMIT", "BYOK in limit")
    },
    api_dollars!("usage", "USAGE", "Usage (lifetime)", usage),
    api_dollars!("usage_daily", "TODAY", "Usage today (UTC)", usage_daily),
    api_dollars!(
        "usage_weekly",
        "THIS WEEK",
        "Usage this week (UTC)",
        usage_weekly
    ),
    api_dollars!(
        "usage_monthly",
        "THIS MONTH",
        "Usage this month (UTC)",
        usage_monthly
    ),
    api_dollars!(
        "byok_usage",
        "BYOK USAGE",
        "BYOK usage (lifetime)",
        byok_usage
    ),
    api_time!("created_at", "CREATED", "Created", created_at, "-"),
    api_time!("updated_at", "UPDATED", "Updated", updated_at, "-"),
    Column {
        name: "expires_at",
        header: "EXPIRES",
        title: "Expires",
        fit: Fit::Fixed,
        align: Align::Left,
        time: true,
        value: |_, o| member(o, "expires_at"),
        human: |k, h| Cell::plain(expiry(k.fields.expires_at.as_deref(), h)),
    },
    api_time!(
        "last_used_at",
        "LAST USED",
        "Last used",
        last_used_at,
        "never"
    ),
    Column {
        human: |k, _| Cell::plain(text_or_dash(k.fields.workspace_id.as_deref())),
        ..api_text!("workspace_id", "WORKSPACE", "Workspace")
    },
    Column {
        human: |k, _| Cell::plain(text_or_dash(k.fields.creator_user_id.as_deref())),
        ..api_text!("creator_user_id", "CREATOR", "Creator")
    },
    Column {
        human: |k, _| Cell::plain(text_or_dash(k.fields.external_user.as_deref())),
        ..api_text!("external_user", "EXTERNAL USER", "External user")
    },
    Column {
        name: "key",
        header: "SECRET",
        title: "Secret",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |k, _| k.secret().map_or(Value::Null, |s| json!(s.expose())),
        human: |k, _| Cell::plain(k.secret().map_or("-", |s| s.expose())),
    },
];

pub fn status_cell(status: Status) -> Cell {
    let tone = match status {
        Status::Active => Tone::Good,
        Status::Disabled => Tone::Bad,
        Status::Expired => Tone::Warn,
    };
    Cell::toned(status.as_str(), tone)
}

pub fn dollars_or_dash(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), values::dollars)
}

pub fn text_or_dash(value: Option<&str>) -> String {
    for_terminal(value.unwrap_or("-"))
}

pub fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
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
