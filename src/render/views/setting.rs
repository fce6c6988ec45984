//! A resolved setting and where it came from (`config show`).

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::json;

use crate::config::Shown;
use crate::render::columns::{Column, Row};

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

static SETTING_COLUMNS: LazyLock<Vec<Column<Shown>>> = LazyLock::new(|| {
    vec![
        Column::api("setting", "SETTING", "Setting"),
        Column::api("value", "VALUE", "Value").shrink(),
        Column::api("source", "SOURCE", "Source").shrink(),
    ]
});
