//! The key in use (`GET /key`): what it is and what it may spend.

use std::borrow::Cow;

use serde_json::json;

use super::key::{dollars_or_dash, expiry, text_or_dash, yes_no};
use crate::api::types::CurrentKey;
use crate::render::columns::{member, money, Align, Cell, Column, Fit, Row};
use crate::render::values;

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

macro_rules! spending_dollars {
    ($name:literal, $header:literal, $title:literal, $field:ident) => {
        Column {
            name: $name,
            header: $header,
            title: $title,
            fit: Fit::Fixed,
            align: Align::Right,
            time: false,
            value: |_, o| member(o, $name),
            human: |c: &CurrentKey, _| Cell::plain(dollars_or_dash(c.fields.spending.$field)),
        }
    };
}

static CURRENT_COLUMNS: [Column<CurrentKey>; 13] = [
    Column {
        name: "label",
        header: "KEY",
        title: "Key",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "label"),
        human: |c, _| Cell::plain(text_or_dash(c.fields.label.as_deref())),
    },
    Column {
        name: "is_management_key",
        header: "TYPE",
        title: "Type",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        // Either flag: management keys were once called provisioning keys.
        value: |c, _| json!(c.is_management()),
        human: |c, _| {
            Cell::plain(if c.is_management() {
                "management key (can manage keys)"
            } else {
                "ordinary API key (cannot manage keys)"
            })
        },
    },
    Column {
        name: "limit_used",
        header: "LIMIT USED",
        title: "Limit used",
        fit: Fit::Fixed,
        align: Align::Right,
        time: false,
        value: |c, _| money(c.fields.spending.limit_used()),
        human: |c, _| Cell::plain(values::limit_used(&c.fields.spending)),
    },
    spending_dollars!("limit", "LIMIT", "Limit", limit),
    Column {
        name: "limit_remaining",
        header: "REMAINING",
        title: "Remaining",
        fit: Fit::Fixed,
        align: Align::Right,
        time: false,
        value: |_, o| member(o, "limit_remaining"),
        human: |c, _| {
            let s = &c.fields.spending;
            Cell::plain(values::remaining(s.limit, s.limit_remaining))
        },
    },
    Column {
        name: "limit_reset",
        header: "RESET",
        title: "Limit resets",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "limit_reset"),
        human: |c, _| {
            Cell::plain(text_or_dash(
                c.fields.spending.limit_reset.as_deref().or(Some("never")),
            ))
        },
    },
    spending_dollars!("usage", "USAGE", "Usage (lifetime)", usage),
    spending_dollars!("usage_daily", "TODAY", "Usage today (UTC)", usage_daily),
    spending_dollars!(
        "usage_weekly",
        "THIS WEEK",
        "Usage this week (UTC)",
        usage_weekly
    ),
    spending_dollars!(
        "usage_monthly",
        "THIS MONTH",
        "Usage this month (UTC)",
        usage_monthly
    ),
    spending_dollars!(
        "byok_usage",
        "BYOK USAGE",
        "BYOK usage (lifetime)",
        byok_usage
    ),
    Column {
        name: "expires_at",
        header: "EXPIRES",
        title: "Expires",
        fit: Fit::Fixed,
        align: Align::Left,
        time: true,
        value: |_, o| member(o, "expires_at"),
        human: |c, h| Cell::plain(expiry(c.fields.expires_at.as_deref(), h)),
    },
    Column {
        name: "is_free_tier",
        header: "FREE TIER",
        title: "Free tier",
        fit: Fit::Fixed,
        align: Align::Left,
        time: false,
        value: |_, o| member(o, "is_free_tier"),
        human: |c, _| Cell::plain(yes_no(c.fields.is_free_tier)),
    },
];
