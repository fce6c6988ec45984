//! Tables for people at a terminal: what someone scanning keys needs, aligned and coloured.

use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use super::format::{self, Headroom, Status};
use super::sanitize::for_terminal;
use super::Output;
use crate::api::types::{CurrentKey, Key, Spending};

/// NAME, HASH, STATUS, SPEND / LIMIT, REMAINING, CREATED, EXPIRES.
pub fn key_list(keys: &[Key], output: &Output) -> Table {
    let mut table = new_table(output);
    table.set_header(header(
        output,
        &[
            "NAME",
            "HASH",
            "STATUS",
            "SPEND / LIMIT",
            "REMAINING",
            "CREATED",
            "EXPIRES",
        ],
    ));
    for key in keys {
        let f = &key.fields;
        table.add_row(vec![
            Cell::new(for_terminal(key.name())),
            Cell::new(format::short_hash(key.hash())),
            status_cell(Status::of(f, output.now), output),
            spend_cell(&f.spending),
            remaining_cell(&f.spending, output),
            Cell::new(format::relative_raw(
                f.created_at.as_deref(),
                output.now,
                "",
            )),
            Cell::new(expiry(f.expires_at.as_deref(), output)),
        ]);
    }
    for column in [3, 4] {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// Every field of one key, a row each.
pub fn key_detail(key: &Key, output: &Output) -> Table {
    let f = &key.fields;
    let mut table = new_table(output);
    let text = |value: Option<&str>| for_terminal(value.unwrap_or("-"));
    let mut rows: Vec<(&str, Cell)> = vec![
        ("Name", Cell::new(for_terminal(key.name()))),
        ("Hash", Cell::new(key.hash())),
        ("Label", Cell::new(text(f.label.as_deref()))),
        ("Status", status_cell(Status::of(f, output.now), output)),
    ];
    rows.extend(spending_rows(&f.spending, output));
    rows.extend([
        (
            "BYOK usage",
            Cell::new(dollars_or_dash(f.spending.byok_usage)),
        ),
        (
            "BYOK in limit",
            Cell::new(yes_no(f.spending.include_byok_in_limit)),
        ),
        ("Created", Cell::new(when(f.created_at.as_deref(), output))),
        ("Updated", Cell::new(when(f.updated_at.as_deref(), output))),
        (
            "Expires",
            Cell::new(expiry(f.expires_at.as_deref(), output)),
        ),
        (
            "Last used",
            Cell::new(when(f.last_used_at.as_deref(), output)),
        ),
        ("Workspace", Cell::new(text(f.workspace_id.as_deref()))),
        ("Creator", Cell::new(text(f.creator_user_id.as_deref()))),
        ("External user", Cell::new(text(f.external_user.as_deref()))),
    ]);
    for (name, value) in rows {
        table.add_row(vec![field_name(name, output), value]);
    }
    table
}

/// The calling key: what it is and what it may spend.
pub fn current_detail(current: &CurrentKey, output: &Output) -> Table {
    let f = &current.fields;
    let mut table = new_table(output);
    let kind = if current.is_management() {
        "management key (can manage keys)"
    } else {
        "ordinary API key (cannot manage keys)"
    };
    let mut rows: Vec<(&str, Cell)> = vec![
        (
            "Key",
            Cell::new(for_terminal(f.label.as_deref().unwrap_or("-"))),
        ),
        ("Type", Cell::new(kind)),
    ];
    rows.extend(spending_rows(&f.spending, output));
    rows.extend([
        (
            "Expires",
            Cell::new(expiry(f.expires_at.as_deref(), output)),
        ),
        ("Free tier", Cell::new(yes_no(f.is_free_tier))),
    ]);
    for (name, value) in rows {
        table.add_row(vec![field_name(name, output), value]);
    }
    table
}

/// Narrower than this, a terminal's reported width is not believed (a pseudo-terminal with no
/// size reports 0): the table keeps its natural width instead of one letter per line.
const MIN_BELIEVABLE_WIDTH: u16 = 40;

fn new_table(output: &Output) -> Table {
    let mut table = Table::new();
    table.load_style(NOTHING);
    if table
        .width()
        .is_some_and(|width| width >= MIN_BELIEVABLE_WIDTH)
    {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    }
    if output.color {
        table.enforce_styling();
    }
    table
}

fn header(output: &Output, names: &[&str]) -> Vec<Cell> {
    names.iter().map(|name| field_name(name, output)).collect()
}

/// A column or row title: bold when colour is on.
fn field_name(name: &str, output: &Output) -> Cell {
    let cell = Cell::new(name);
    if output.color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn status_cell(status: Status, output: &Output) -> Cell {
    let cell = Cell::new(status.as_str());
    if !output.color {
        return cell;
    }
    match status {
        Status::Active => cell.fg(Color::Green),
        Status::Disabled => cell.fg(Color::Red),
        Status::Expired => cell.fg(Color::DarkYellow),
    }
}

/// Spend against limit, what remains, and usage by period.
fn spending_rows(s: &Spending, output: &Output) -> [(&'static str, Cell); 3] {
    [
        ("Spend / limit", spend_cell(s)),
        ("Remaining", remaining_cell(s, output)),
        (
            "Usage",
            Cell::new(format!(
                "{} total, {} today, {} this week, {} this month",
                dollars_or_dash(s.usage),
                dollars_or_dash(s.usage_daily),
                dollars_or_dash(s.usage_weekly),
                dollars_or_dash(s.usage_monthly)
            )),
        ),
    ]
}

fn spend_cell(s: &Spending) -> Cell {
    Cell::new(format::spend_against_limit(
        s.limit,
        s.limit_remaining,
        s.limit_reset.as_deref(),
        s.usage,
    ))
}

fn remaining_cell(s: &Spending, output: &Output) -> Cell {
    let cell = Cell::new(format::remaining(s.limit, s.limit_remaining));
    if !output.color {
        return cell;
    }
    match format::headroom(s.limit, s.limit_remaining) {
        Headroom::Exhausted => cell.fg(Color::Red),
        Headroom::Low => cell.fg(Color::Yellow),
        Headroom::Plenty | Headroom::Unlimited => cell,
    }
}

fn dollars_or_dash(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), format::dollars)
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

/// `2025-08-24T10:30:00Z (3 months ago)`, or `-` when absent.
fn when(raw: Option<&str>, output: &Output) -> String {
    match raw {
        None => "-".to_string(),
        Some(raw) => match format::parse_time(raw) {
            Some(t) => format!("{t} ({})", format::relative(t, output.now)),
            None => for_terminal(raw),
        },
    }
}

fn expiry(raw: Option<&str>, output: &Output) -> String {
    match raw {
        None => "never".to_string(),
        Some(raw) => match format::parse_time(raw) {
            Some(t) if t <= output.now => format!("expired {}", format::relative(t, output.now)),
            Some(t) => format::relative(t, output.now),
            None => for_terminal(raw),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn output(color: bool) -> Output {
        Output {
            json: false,
            terminal: true,
            color,
            now: "2026-11-22T12:00:00Z"
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        }
    }

    fn sample() -> Vec<Key> {
        let keys = [
            json!({"hash": "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
                   "name": "prod\u{1b}[2J", "disabled": false, "limit": 100, "limit_remaining": 74.5,
                   "limit_reset": "monthly", "usage": 25.5, "created_at": "2026-11-19T12:00:00Z",
                   "expires_at": null}),
            json!({"hash": "aa11bb22cc33dd44ee55ff6600112233445566778899aabbccddeeff00112233",
                   "name": "old", "disabled": true, "limit": 10, "limit_remaining": 0.5,
                   "limit_reset": null, "usage": 9.5, "created_at": "2026-01-01T00:00:00Z",
                   "expires_at": "2026-12-22T12:00:00Z"}),
        ];
        keys.into_iter()
            .map(|k| Key::from_value(k).unwrap_or_else(|e| unreachable!("{e}")))
            .collect()
    }

    #[test]
    fn list_table_shows_what_a_person_scans_for() {
        let mut table = key_list(&sample(), &output(false));
        table.set_width(140);
        let text = table.to_string();
        assert!(text.contains("NAME"), "{text}");
        assert!(
            text.contains("prod\\u{1b}[2J"),
            "escape sequences are shown, not run: {text}"
        );
        assert!(text.contains("f01d52606dc8"), "{text}");
        assert!(
            !text.contains("f01d52606dc8f0"),
            "hash is shortened: {text}"
        );
        assert!(text.contains("$25.50 / $100.00 monthly"), "{text}");
        assert!(text.contains("$9.50 / $10.00"), "{text}");
        assert!(text.contains("3 days ago"), "{text}");
        assert!(text.contains("in 30 days"), "{text}");
        assert!(text.contains("never"), "{text}");
        assert!(text.contains("disabled"), "{text}");
        assert!(
            !text.contains('\u{1b}'),
            "no colour when colour is off: {text}"
        );
    }

    #[test]
    fn colour_marks_state_only_when_enabled() {
        let mut table = key_list(&sample(), &output(true));
        table.set_width(140);
        let text = table.to_string();
        assert!(text.contains("\u{1b}["), "{text}");
    }

    #[test]
    fn detail_table_lists_every_field() {
        let keys = sample();
        let mut table = key_detail(&keys[0], &output(false));
        table.set_width(140);
        let text = table.to_string();
        for field in [
            "Name",
            "Hash",
            "Status",
            "Spend / limit",
            "Remaining",
            "Created",
            "Expires",
            "Workspace",
        ] {
            assert!(text.contains(field), "{field} missing: {text}");
        }
        assert!(text.contains("f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"));
    }

    #[test]
    fn current_table_says_what_kind_of_key_is_in_use() {
        let current = CurrentKey::from_value(json!({
            "label": "sk-or-v1-au7...890", "is_management_key": false, "limit": 100,
            "limit_remaining": 5, "limit_reset": "daily", "usage": 95, "expires_at": "2027-01-01T00:00:00Z"
        }))
        .unwrap_or_else(|e| unreachable!("{e}"));
        let mut table = current_detail(&current, &output(false));
        table.set_width(140);
        let text = table.to_string();
        assert!(
            text.contains("ordinary API key (cannot manage keys)"),
            "{text}"
        );
        assert!(text.contains("$95.00 / $100.00 daily"), "{text}");
        assert!(text.contains("sk-or-v1-au7...890"), "{text}");
    }
}
