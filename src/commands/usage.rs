//! `usage`: the spend report, with each key's last 30 days on request.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde_json::{json, Value};

use super::Context;
use crate::api::types::Key;
use crate::cli::{UsageArgs, UsageSort};
use crate::config::Format;
use crate::error::Result;
use crate::render::columns::{money, Row};
use crate::render::views::usage::{history_heading, DayLine, ModelLine, UsageLine};
use crate::render::Progress;
use crate::report::activity::{history, sparkline, History};
use crate::report::spend::{totals, SpendRow};

/// Activity requests in flight at once.
const ACTIVITY_IN_FLIGHT: usize = 4;
/// Models listed under a key's history.
const TOP_MODELS: usize = 5;

pub fn run(args: &UsageArgs, context: &mut Context) -> Result<()> {
    let filter = args.filters.filter();
    let now = context.settings.output.now;
    let workspace = context.settings.workspace(args.workspace_id.as_ref());
    let keys = if args.keys.is_empty() {
        let query = filter.query(workspace, args.include_disabled, args.include_expired);
        context.read_all(&query)?
    } else {
        context
            .search(args.workspace_id.as_ref())?
            .keys(&args.keys)?
    };
    let keys = filter.apply(keys, now);
    let mut rows: Vec<SpendRow> = keys.into_iter().map(SpendRow::of).collect();
    if let Some(by) = args.sort {
        sort(&mut rows, by);
    }
    let totals = totals(&rows);
    let histories = if args.days {
        activity(&rows, context)?
    } else {
        Vec::new()
    };
    let lines: Vec<UsageLine> = rows
        .iter()
        .cloned()
        .map(|r| UsageLine::Key(Box::new(r)))
        .collect();
    match context.settings.output.format {
        Format::Json => {
            let mut document = json!({
                "keys": lines.iter().map(|l| Value::Object(l.object())).collect::<Vec<_>>(),
                "totals": Value::Object(UsageLine::Total(totals).object()),
            });
            if args.days {
                document["activity"] = Value::Array(
                    rows.iter()
                        .zip(&histories)
                        .map(|(row, h)| history_json(&row.key, h))
                        .collect(),
                );
            }
            context.printer.document(&document)
        }
        Format::Table => {
            let mut all = lines;
            if !rows.is_empty() {
                all.push(UsageLine::Total(totals));
            }
            context.printer.list(&all)?;
            for (row, history) in rows.iter().zip(&histories) {
                print_history(&row.key, history, context)?;
            }
            Ok(())
        }
        Format::Tsv | Format::Csv | Format::Jsonl => context.printer.list(&lines),
    }
}

/// Largest spend first, least remaining first, by name, newest first, most recently used
/// first; rows without the value last.
fn sort(rows: &mut [SpendRow], by: UsageSort) {
    let time = |raw: Option<&str>| raw.and_then(|r| r.parse::<jiff::Timestamp>().ok());
    rows.sort_by(|a, b| {
        let (fa, fb) = (&a.key.fields, &b.key.fields);
        match by {
            UsageSort::Name => a.key.name().cmp(b.key.name()),
            UsageSort::Spend => descending(
                a.limit_used.or(fa.spending.usage),
                b.limit_used.or(fb.spending.usage),
            ),
            UsageSort::Remaining => descending(
                fb.spending.limit_remaining.map(|r| -r),
                fa.spending.limit_remaining.map(|r| -r),
            )
            .reverse(),
            UsageSort::Created => descending_time(
                time(fa.created_at.as_deref()),
                time(fb.created_at.as_deref()),
            ),
            UsageSort::LastUsed => descending_time(
                time(fa.last_used_at.as_deref()),
                time(fb.last_used_at.as_deref()),
            ),
        }
    });
}

fn descending(a: Option<f64>, b: Option<f64>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

fn descending_time(a: Option<jiff::Timestamp>, b: Option<jiff::Timestamp>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Each key's history, with at most [`ACTIVITY_IN_FLIGHT`] requests at once; in row order.
fn activity(rows: &[SpendRow], context: &mut Context) -> Result<Vec<History>> {
    let today = context
        .settings
        .output
        .now
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let progress = Mutex::new(Progress::bar(
        context.settings.output.progress && rows.len() > 1,
        rows.len(),
        "reading activity",
    ));
    let client = context.api.client(&context.settings)?;
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Result<History>>>> =
        rows.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..ACTIVITY_IN_FLIGHT.min(rows.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(row) = rows.get(index) else { break };
                let result = client
                    .activity(row.key.hash())
                    .map(|items| history(&items, today));
                if let Ok(mut slot) = results[index].lock() {
                    *slot = Some(result);
                }
                if let Ok(mut progress) = progress.lock() {
                    progress.inc();
                }
            });
        }
    });
    drop(progress);
    results
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

fn print_history(key: &Key, history: &History, context: &mut Context) -> Result<()> {
    let heading = history_heading(
        key.name(),
        key.hash(),
        history.usage,
        history.requests,
        &sparkline(&history.days),
    );
    context.printer.raw(format!("\n{heading}\n").as_bytes())?;
    let top = history.days.iter().map(|d| d.usage).fold(0.0, f64::max);
    let days: Vec<DayLine> = history
        .days
        .iter()
        .map(|day| DayLine {
            day: day.clone(),
            top,
        })
        .collect();
    context.printer.list(&days)?;
    let models: Vec<ModelLine> = history
        .models
        .iter()
        .take(TOP_MODELS)
        .map(|model| ModelLine {
            model: model.clone(),
            total: history.usage,
        })
        .collect();
    if !models.is_empty() {
        context.printer.raw(b"\n")?;
        context.printer.list(&models)?;
    }
    Ok(())
}

/// `{"hash", "name", "usage", "requests", "days": [...], "models": [...]}`.
fn history_json(key: &Key, history: &History) -> Value {
    json!({
        "hash": key.hash(),
        "name": key.name(),
        "usage": money(Some(history.usage)),
        "requests": history.requests,
        "days": history.days.iter().map(|d| json!({
            "date": d.date.to_string(), "usage": money(Some(d.usage)), "requests": d.requests,
        })).collect::<Vec<_>>(),
        "models": history.models.iter().map(|m| json!({
            "model": m.model, "usage": money(Some(m.usage)), "requests": m.requests,
        })).collect::<Vec<_>>(),
    })
}
