//! A key's last 30 completed UTC days from `GET /activity`: spend and requests per day (every
//! day present, zero where the API has no row) and spend per model.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::ToSpan;

use crate::api::types::{round_micro, ActivityItem};

/// How many completed UTC days the API reports.
pub const DAYS: i32 = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: Date,
    pub usage: f64,
    pub requests: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModelSpend {
    pub model: String,
    pub usage: f64,
    pub requests: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Oldest first, one entry for each of the 30 days before `today`.
    pub days: Vec<Day>,
    /// Largest spend first.
    pub models: Vec<ModelSpend>,
    pub usage: f64,
    pub requests: u64,
}

/// Adds up `items` (one per date × model × endpoint) for the 30 days before `today`; rows
/// outside them are ignored.
pub fn history(items: &[ActivityItem], today: Date) -> History {
    let first = today.checked_sub(DAYS.days()).unwrap_or(today);
    let mut days: BTreeMap<Date, Day> = (0..DAYS)
        .filter_map(|n| first.checked_add(n.days()).ok())
        .map(|date| {
            (
                date,
                Day {
                    date,
                    usage: 0.0,
                    requests: 0,
                },
            )
        })
        .collect();
    let mut models: BTreeMap<&str, ModelSpend> = BTreeMap::new();
    for item in items {
        let Ok(date) = item.date.parse::<Date>() else {
            continue;
        };
        let Some(day) = days.get_mut(&date) else {
            continue;
        };
        day.usage += item.usage;
        day.requests += item.requests;
        let model = models.entry(&item.model).or_insert_with(|| ModelSpend {
            model: item.model.clone(),
            usage: 0.0,
            requests: 0,
        });
        model.usage += item.usage;
        model.requests += item.requests;
    }
    let days: Vec<Day> = days
        .into_values()
        .map(|day| Day {
            usage: round_micro(day.usage),
            ..day
        })
        .collect();
    let mut models: Vec<ModelSpend> = models
        .into_values()
        .map(|model| ModelSpend {
            usage: round_micro(model.usage),
            ..model
        })
        .collect();
    models.sort_by(|a, b| b.usage.total_cmp(&a.usage).then(a.model.cmp(&b.model)));
    History {
        usage: round_micro(days.iter().map(|d| d.usage).sum()),
        requests: days.iter().map(|d| d.requests).sum(),
        days,
        models,
    }
}

/// `▁▂▃▄▅▆▇█` for each day: how it compares with the busiest.
pub fn sparkline(days: &[Day]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let top = days.iter().map(|d| d.usage).fold(0.0, f64::max);
    days.iter()
        .map(|day| {
            if top <= 0.0 || day.usage <= 0.0 {
                ' '
            } else {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let index = ((day.usage / top) * 7.0).round() as usize;
                BARS[index.min(7)]
            }
        })
        .collect()
}

/// A bar of up to `width` cells for `value` out of `top`.
pub fn bar(value: f64, top: f64, width: usize) -> String {
    if top <= 0.0 || value <= 0.0 {
        return String::new();
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let cells = ((value / top) * width as f64).round().max(1.0) as usize;
    "█".repeat(cells.min(width))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(date: &str, model: &str, usage: f64, requests: u64) -> ActivityItem {
        ActivityItem {
            date: date.to_string(),
            model: model.to_string(),
            usage,
            requests,
            ..ActivityItem::default()
        }
    }

    fn today() -> Date {
        "2026-11-22".parse().unwrap_or_else(|_| unreachable!())
    }

    #[test]
    fn every_day_is_present_and_rows_add_up_by_day_and_model() {
        let items = [
            item("2026-11-21", "openai/gpt-4.1", 1.5, 10),
            item("2026-11-21", "anthropic/claude-sonnet-4", 0.25, 2),
            item("2026-11-21", "openai/gpt-4.1", 0.5, 1),
            item("2026-10-23", "openai/gpt-4.1", 2.0, 4),
        ];
        let history = history(&items, today());
        assert_eq!(history.days.len(), 30);
        assert_eq!(history.days[0].date.to_string(), "2026-10-23");
        assert_eq!(history.days[29].date.to_string(), "2026-11-21");
        assert_eq!(history.days[29].usage, 2.25);
        assert_eq!(history.days[29].requests, 13);
        assert_eq!(history.days[0].usage, 2.0);
        assert!(history.days[1..29]
            .iter()
            .all(|d| d.usage == 0.0 && d.requests == 0));
        assert_eq!(history.usage, 4.25);
        assert_eq!(history.requests, 17);
        let models: Vec<(&str, f64)> = history
            .models
            .iter()
            .map(|m| (m.model.as_str(), m.usage))
            .collect();
        assert_eq!(
            models,
            [("openai/gpt-4.1", 4.0), ("anthropic/claude-sonnet-4", 0.25)]
        );
    }

    #[test]
    fn a_key_with_no_activity_has_thirty_empty_days() {
        let history = history(&[], today());
        assert_eq!(history.days.len(), 30);
        assert_eq!(history.usage, 0.0);
        assert!(history.models.is_empty());
        assert_eq!(sparkline(&history.days), " ".repeat(30));
    }

    #[test]
    fn rows_outside_the_window_and_bad_dates_are_ignored() {
        let items = [
            item("2026-11-22", "m", 5.0, 1),
            item("2026-10-01", "m", 5.0, 1),
            item("yesterday", "m", 5.0, 1),
        ];
        assert_eq!(history(&items, today()).usage, 0.0);
    }

    #[test]
    fn sparklines_and_bars_scale_to_the_busiest_day() {
        let days: Vec<Day> = [0.0, 1.0, 8.0]
            .iter()
            .map(|&usage| Day {
                date: today(),
                usage,
                requests: 1,
            })
            .collect();
        assert_eq!(sparkline(&days), " ▂█");
        assert_eq!(bar(8.0, 8.0, 10), "██████████");
        assert_eq!(bar(0.1, 8.0, 10), "█");
        assert_eq!(bar(0.0, 8.0, 10), "");
    }
}
