//! Columns several views share, described once: a key's name and hash, and what a key may
//! spend and has spent (managed keys and the key in use describe spending the same way).

use crate::api::types::{CurrentKey, Key, Spending};
use crate::render::columns::{money, Cell, Column, Tone};
use crate::render::values::{self, Headroom};
use crate::sanitize::for_terminal;

/// A row about one key, known by name and hash.
pub trait Identified {
    fn key_name(&self) -> &str;
    fn key_hash(&self) -> &str;
}

/// A row with a key's spending.
pub trait Spends {
    fn spending(&self) -> &Spending;
}

impl Identified for Key {
    fn key_name(&self) -> &str {
        self.name()
    }

    fn key_hash(&self) -> &str {
        self.hash()
    }
}

impl Spends for Key {
    fn spending(&self) -> &Spending {
        &self.fields.spending
    }
}

impl Spends for CurrentKey {
    fn spending(&self) -> &Spending {
        &self.fields.spending
    }
}

pub fn name_column<R: Identified + 'static>() -> Column<R> {
    Column::api("name", "NAME", "Name")
        .shrink()
        .human(|r: &R, _| Cell::plain(for_terminal(r.key_name())))
}

/// The full hash in one key's details, its first 12 digits in a list.
pub fn hash_column<R: Identified + 'static>() -> Column<R> {
    Column::api("hash", "HASH", "Hash").human(|r: &R, h| {
        let hash = for_terminal(r.key_hash());
        if h.detail {
            Cell::plain(hash)
        } else {
            Cell::plain(values::short_hash(&hash))
        }
    })
}

/// Spend against the limit, the limit, what remains, the reset period, BYOK, and usage:
/// lifetime and the current UTC day, week and month.
pub fn spending_columns<R: Spends + 'static>() -> Vec<Column<R>> {
    vec![
        Column::computed("limit_used", "LIMIT USED", "Limit used", |r: &R, _| {
            money(r.spending().limit_used())
        })
        .right()
        .human(|r: &R, _| Cell::plain(values::limit_used(r.spending()))),
        Column::api("limit", "LIMIT", "Limit")
            .right()
            .human(|r: &R, _| {
                Cell::plain(
                    r.spending()
                        .limit
                        .map_or_else(|| "none".to_string(), values::dollars),
                )
            }),
        Column::api("limit_remaining", "REMAINING", "Remaining")
            .right()
            .human(|r: &R, _| {
                let s = r.spending();
                let tone = match values::headroom(s.limit, s.limit_remaining) {
                    Headroom::Exhausted => Tone::Bad,
                    Headroom::Low => Tone::Warn,
                    Headroom::Plenty | Headroom::Unlimited => Tone::Plain,
                };
                Cell::toned(values::remaining(s.limit, s.limit_remaining), tone)
            }),
        Column::api("limit_reset", "RESET", "Limit resets").human(|r: &R, _| {
            Cell::plain(for_terminal(
                r.spending().limit_reset.as_deref().unwrap_or("never"),
            ))
        }),
        Column::api("include_byok_in_limit", "BYOK IN LIMIT", "BYOK in limit")
            .human(|r: &R, _| Cell::plain(yes_no(r.spending().include_byok_in_limit))),
        dollars("usage", "LIFETIME", "Usage (lifetime)", |s| s.usage),
        dollars("usage_daily", "TODAY", "Usage today (UTC)", |s| {
            s.usage_daily
        }),
        dollars("usage_weekly", "THIS WEEK", "Usage this week (UTC)", |s| {
            s.usage_weekly
        }),
        dollars(
            "usage_monthly",
            "THIS MONTH",
            "Usage this month (UTC)",
            |s| s.usage_monthly,
        ),
        dollars("byok_usage", "BYOK USAGE", "BYOK usage (lifetime)", |s| {
            s.byok_usage
        }),
    ]
}

/// A dollar amount of the API's: its member as sent, `$1.25` in a table.
fn dollars<R: Spends + 'static>(
    name: &'static str,
    header: &'static str,
    title: &'static str,
    amount: fn(&Spending) -> Option<f64>,
) -> Column<R> {
    Column::api(name, header, title)
        .right()
        .human(move |r: &R, _| Cell::plain(dollars_or_dash(amount(r.spending()))))
}

pub fn dollars_or_dash(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), values::dollars)
}

pub fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}
