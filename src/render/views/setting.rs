//! A resolved setting and where it came from (`config show`).

use std::borrow::Cow;

use serde_json::json;

use crate::config::Shown;
use crate::render::columns::{member, Align, Cell, Column, Fit, Row};
use crate::sanitize::for_terminal;

impl Row for Shown {
    fn columns() -> &'static [Column<Self>] {
        &SETTING_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["setting", "value", "source"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["setting", "value", "source"]
    }

    /// `{"setting", "value", "source"}`.
    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(
            json!({"setting": self.setting, "value": self.value, "source": self.source})
                .to_string(),
        )
    }
}

static SETTING_COLUMNS: [Column<Shown>; 3] = [
    Column {
        name: "setting",
        header: "SETTING",
        title: "Setting",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "setting"),
        human: |s, _| Cell::plain(s.setting),
    },
    Column {
        name: "value",
        header: "VALUE",
        title: "Value",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "value"),
        human: |s, _| Cell::plain(for_terminal(s.value.as_deref().unwrap_or("-"))),
    },
    Column {
        name: "source",
        header: "SOURCE",
        title: "Source",
        fit: Fit::Shrink,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "source"),
        human: |s, _| Cell::plain(for_terminal(&s.source)),
    },
];
