//! The key in use (`GET /key`): what it is and what it may spend.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::json;

use super::common::{spending_columns, yes_no};
use super::key::expiry;
use crate::api::types::CurrentKey;
use crate::render::columns::{Cell, Column, Row};

impl Row for CurrentKey {
    fn columns() -> &'static [Column<Self>] {
        &CURRENT_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &[
            "label",
            "is_management_key",
            "limit_used",
            "limit_remaining",
            "usage",
            "usage_daily",
            "usage_weekly",
            "usage_monthly",
            "expires_at",
            "is_free_tier",
        ]
    }

    fn plain_fields() -> &'static [&'static str] {
        &[
            "label",
            "is_management_key",
            "usage",
            "limit",
            "limit_remaining",
            "limit_reset",
            "expires_at",
            "is_free_tier",
            "limit_used",
        ]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.raw_json())
    }
}

static CURRENT_COLUMNS: LazyLock<Vec<Column<CurrentKey>>> = LazyLock::new(|| {
    let mut columns = vec![
        Column::api("label", "KEY", "Key"),
        // Either flag: management keys were once called provisioning keys.
        Column::computed("is_management_key", "TYPE", "Type", |c: &CurrentKey, _| {
            json!(c.is_management())
        })
        .human(|c: &CurrentKey, _| {
            Cell::plain(if c.is_management() {
                "management key (can manage keys)"
            } else {
                "ordinary API key (cannot manage keys)"
            })
        }),
    ];
    columns.extend(spending_columns());
    columns.extend([
        Column::api("expires_at", "EXPIRES", "Expires")
            .time()
            .human(|c: &CurrentKey, h| Cell::plain(expiry(c.fields.expires_at.as_deref(), h))),
        Column::api("is_free_tier", "FREE TIER", "Free tier")
            .human(|c: &CurrentKey, _| Cell::plain(yes_no(c.fields.is_free_tier))),
    ]);
    columns
});
