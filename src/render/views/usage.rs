//! The spend report (`usage`): a row per key, every window named in its header, and a totals
//! line; with `--days`, each key's last 30 days and its models.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::{json, Map, Value};

use super::common::dollars_or_dash;
use super::key::when;
use crate::render::columns::{money, Cell, Column, Row};
use crate::render::values::{self, short_hash};
use crate::report::activity::{bar, Day, ModelSpend};
use crate::report::spend::{SpendRow, Totals};
use crate::sanitize::for_terminal;

/// A line of the report: a key, or the totals under them.
#[derive(Debug, Clone)]
pub enum UsageLine {
    Key(Box<SpendRow>),
    Total(Totals),
}

impl UsageLine {
    fn spend(
        &self,
        read: fn(&crate::api::types::Spending) -> Option<f64>,
        total: fn(&Totals) -> f64,
    ) -> Option<f64> {
        match self {
            UsageLine::Key(row) => read(&row.key.fields.spending),
            UsageLine::Total(totals) => Some(total(totals)),
        }
    }
}

impl Row for UsageLine {
    fn columns() -> &'static [Column<Self>] {
        &USAGE_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &[
            "name",
            "hash",
            "limit_used",
            "limit",
            "percent_used",
            "limit_remaining",
            "usage_daily",
            "usage_weekly",
            "usage_monthly",
            "usage",
            "byok_usage",
            "last_used_at",
        ]
    }

    fn plain_fields() -> &'static [&'static str] {
        &[
            "hash",
            "name",
            "limit_used",
            "limit",
            "limit_reset",
            "limit_remaining",
            "percent_used",
            "usage",
            "usage_daily",
            "usage_weekly",
            "usage_monthly",
            "byok_usage",
            "last_used_at",
        ]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(Value::Object(self.object()).to_string())
    }

    /// The report's own object: the API's figures as sent, and what orkeys works out.
    fn object(&self) -> Map<String, Value> {
        let mut object = Map::new();
        match self {
            UsageLine::Key(row) => {
                let api = row.key.object();
                let member = |name: &str| api.get(name).cloned().unwrap_or(Value::Null);
                object.insert("hash".into(), member("hash"));
                object.insert("name".into(), member("name"));
                object.insert("limit_used".into(), money(row.limit_used));
                for name in ["limit", "limit_reset", "limit_remaining"] {
                    object.insert(name.into(), member(name));
                }
                object.insert(
                    "percent_used".into(),
                    row.percent_used.map_or(Value::Null, |p| json!(p)),
                );
                for name in [
                    "usage",
                    "usage_daily",
                    "usage_weekly",
                    "usage_monthly",
                    "byok_usage",
                    "last_used_at",
                ] {
                    object.insert(name.into(), member(name));
                }
            }
            UsageLine::Total(t) => {
                object.insert("keys".into(), json!(t.keys));
                for (name, amount) in [
                    ("limit_used", t.limit_used),
                    ("limit", t.limit),
                    ("limit_remaining", t.limit_remaining),
                    ("usage", t.usage),
                    ("usage_daily", t.usage_daily),
                    ("usage_weekly", t.usage_weekly),
                    ("usage_monthly", t.usage_monthly),
                    ("byok_usage", t.byok_usage),
                ] {
                    object.insert(name.into(), money(Some(amount)));
                }
            }
        }
        object
    }
}

/// A dollar amount of a key, and its sum on the totals line.
fn amount(
    name: &'static str,
    header: &'static str,
    title: &'static str,
    read: fn(&crate::api::types::Spending) -> Option<f64>,
    total: fn(&Totals) -> f64,
) -> Column<UsageLine> {
    Column::api(name, header, title)
        .right()
        .human(move |line: &UsageLine, _| Cell::plain(dollars_or_dash(line.spend(read, total))))
}

static USAGE_COLUMNS: LazyLock<Vec<Column<UsageLine>>> = LazyLock::new(|| {
    vec![
        Column::api("name", "NAME", "Name")
            .shrink()
            .human(|line: &UsageLine, _| {
                Cell::plain(match line {
                    UsageLine::Key(row) => for_terminal(row.key.name()),
                    UsageLine::Total(t) if t.keys == 1 => "TOTAL (1 key)".to_string(),
                    UsageLine::Total(t) => format!("TOTAL ({} keys)", t.keys),
                })
            }),
        Column::api("hash", "HASH", "Hash").human(|line: &UsageLine, h| {
            Cell::plain(match line {
                UsageLine::Key(row) if h.detail => row.key.hash().to_string(),
                UsageLine::Key(row) => short_hash(row.key.hash()).to_string(),
                UsageLine::Total(_) => String::new(),
            })
        }),
        Column::api("limit_used", "LIMIT WINDOW", "Spend in the limit's window")
            .right()
            .human(|line: &UsageLine, _| {
                Cell::plain(match line {
                    UsageLine::Key(row) => dollars_or_dash(row.limit_used),
                    UsageLine::Total(t) => values::dollars(t.limit_used),
                })
            }),
        Column::api("limit", "LIMIT", "Limit")
            .right()
            .human(|line: &UsageLine, _| {
                Cell::plain(match line {
                    UsageLine::Key(row) => {
                        let s = &row.key.fields.spending;
                        match (s.limit, s.limit_reset.as_deref()) {
                            (None, _) => "none".to_string(),
                            (Some(limit), Some(reset)) => {
                                format!("{} {reset}", values::dollars(limit))
                            }
                            (Some(limit), None) => format!("{} lifetime", values::dollars(limit)),
                        }
                    }
                    UsageLine::Total(t) => values::dollars(t.limit),
                })
            }),
        Column::api("limit_reset", "RESET", "Limit resets"),
        Column::api("percent_used", "USED %", "Share of the limit used")
            .right()
            .human(|line: &UsageLine, _| {
                Cell::plain(match line {
                    UsageLine::Key(row) => row
                        .percent_used
                        .map_or_else(|| "-".to_string(), |p| format!("{p:.0}%")),
                    UsageLine::Total(_) => String::new(),
                })
            }),
        amount(
            "limit_remaining",
            "REMAINING",
            "Remaining",
            |s| s.limit_remaining,
            |t| t.limit_remaining,
        ),
        amount(
            "usage_daily",
            "TODAY",
            "Spend today (UTC)",
            |s| s.usage_daily,
            |t| t.usage_daily,
        ),
        amount(
            "usage_weekly",
            "THIS WEEK",
            "Spend this week (UTC)",
            |s| s.usage_weekly,
            |t| t.usage_weekly,
        ),
        amount(
            "usage_monthly",
            "THIS MONTH",
            "Spend this month (UTC)",
            |s| s.usage_monthly,
            |t| t.usage_monthly,
        ),
        amount(
            "usage",
            "LIFETIME",
            "Spend over the key's life",
            |s| s.usage,
            |t| t.usage,
        ),
        amount(
            "byok_usage",
            "BYOK",
            "BYOK spend (lifetime)",
            |s| s.byok_usage,
            |t| t.byok_usage,
        ),
        Column::api("last_used_at", "LAST USED", "Last used")
            .time()
            .human(|line: &UsageLine, h| {
                Cell::plain(match line {
                    UsageLine::Key(row) => when(row.key.fields.last_used_at.as_deref(), h, "never"),
                    UsageLine::Total(_) => String::new(),
                })
            }),
    ]
});

/// How wide a day's bar may grow.
const BAR_WIDTH: usize = 30;

/// One day of a key's history; `top` is the busiest day's spend, for the bar.
#[derive(Debug, Clone)]
pub struct DayLine {
    pub day: Day,
    pub top: f64,
}

impl Row for DayLine {
    fn columns() -> &'static [Column<Self>] {
        &DAY_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["date", "usage", "requests", "bar"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["date", "usage", "requests"]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(
            json!({"date": self.day.date.to_string(), "usage": money(Some(self.day.usage)),
                   "requests": self.day.requests})
            .to_string(),
        )
    }
}

static DAY_COLUMNS: LazyLock<Vec<Column<DayLine>>> = LazyLock::new(|| {
    vec![
        Column::api("date", "DAY (UTC)", "Day"),
        Column::api("usage", "SPEND", "Spend")
            .right()
            .human(|d: &DayLine, _| Cell::plain(values::dollars(d.day.usage))),
        Column::api("requests", "REQUESTS", "Requests").right(),
        Column::computed("bar", "", "", |_, _| Value::Null)
            .human(|d: &DayLine, _| Cell::plain(bar(d.day.usage, d.top, BAR_WIDTH))),
    ]
});

/// A model's share of a key's spend over the 30 days.
#[derive(Debug, Clone)]
pub struct ModelLine {
    pub model: ModelSpend,
    pub total: f64,
}

impl Row for ModelLine {
    fn columns() -> &'static [Column<Self>] {
        &MODEL_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["model", "usage", "requests", "share"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["model", "usage", "requests"]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(
            json!({"model": self.model.model, "usage": money(Some(self.model.usage)),
                   "requests": self.model.requests})
            .to_string(),
        )
    }
}

static MODEL_COLUMNS: LazyLock<Vec<Column<ModelLine>>> = LazyLock::new(|| {
    vec![
        Column::api("model", "MODEL", "Model").shrink(),
        Column::api("usage", "SPEND", "Spend")
            .right()
            .human(|m: &ModelLine, _| Cell::plain(values::dollars(m.model.usage))),
        Column::api("requests", "REQUESTS", "Requests").right(),
        Column::computed("share", "SHARE", "Share", |_, _| Value::Null)
            .right()
            .human(|m: &ModelLine, _| {
                Cell::plain(if m.total > 0.0 {
                    format!("{:.0}%", m.model.usage / m.total * 100.0)
                } else {
                    "-".to_string()
                })
            }),
    ]
});

/// The heading over a key's history: spend and requests over the 30 days, and a sparkline.
pub fn history_heading(name: &str, hash: &str, usage: f64, requests: u64, spark: &str) -> String {
    format!(
        "{} ({}): {} and {requests} requests over the last 30 days  {spark}",
        for_terminal(name),
        short_hash(hash),
        values::dollars(usage)
    )
}
