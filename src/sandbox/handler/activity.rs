//! `GET /activity`: one row per UTC date, model and endpoint over the last 30 completed days,
//! newest date first, for one key (`api_key_hash`) or summed over the whole account.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::Timestamp;
use serde_json::{json, Value};

use super::{bad_request, query_pairs, Response};
use crate::sandbox::activity::{self, Totals, Window, ENDPOINTS};
use crate::sandbox::state::State;
use crate::validate;

/// A checked query.
#[derive(Debug, Default)]
struct Query {
    key: Option<String>,
    date: Option<Date>,
    workspace: Option<String>,
    by_workspace: bool,
}

pub(super) fn answer(state: &State, query: &str, now: Timestamp) -> Response {
    let window = Window::before(now);
    let query = match parse(query, window) {
        Ok(query) => query,
        Err(response) => return response,
    };
    // Rows of different keys (and, unless grouped, workspaces) on the same date and endpoint
    // add up to one row, as on the account's activity page.
    let mut rows: BTreeMap<(Reverse<Date>, usize, Option<&str>), Totals> = BTreeMap::new();
    let keys = state
        .keys
        .iter()
        .filter(|k| query.key.as_deref().is_none_or(|hash| k.hash == hash))
        .filter(|k| {
            query
                .workspace
                .as_deref()
                .is_none_or(|w| k.workspace_id == w)
        });
    for key in keys {
        let workspace = query.by_workspace.then_some(key.workspace_id.as_str());
        activity::for_each_row(key, window, |date, endpoint, totals| {
            if query.date.is_none_or(|wanted| wanted == date) {
                *rows
                    .entry((Reverse(date), endpoint, workspace))
                    .or_default() += totals;
            }
        });
    }
    let data: Vec<Value> = rows
        .into_iter()
        .map(|((Reverse(date), endpoint, workspace), totals)| {
            activity::item(date, &ENDPOINTS[endpoint], &totals, workspace)
        })
        .collect();
    Response::ok(json!({ "data": data }))
}

fn parse(query: &str, window: Window) -> Result<Query, Response> {
    let mut checked = Query::default();
    for (name, value) in query_pairs(query)? {
        match name.as_str() {
            "api_key_hash" => checked.key = Some(value),
            "date" => {
                let date = strict_date(&value).filter(|date| window.contains(*date));
                checked.date = Some(date.ok_or_else(|| {
                    bad_request(&format!(
                        "date must be a YYYY-MM-DD date in the last 30 completed UTC days \
                         ({} to {})",
                        window.oldest, window.newest
                    ))
                })?);
            }
            "workspace_id" => {
                let id = validate::uuid(&value)
                    .map_err(|_| bad_request("workspace_id must be a UUID"))?;
                checked.workspace = Some(id);
            }
            "group_by" => match value.as_str() {
                "workspace" => checked.by_workspace = true,
                _ => return Err(bad_request("group_by must be workspace")),
            },
            // `user_id` narrows an organization's activity to one member; the sandbox's
            // account has one member, so it changes nothing, like any unknown parameter.
            _ => {}
        }
    }
    Ok(checked)
}

/// `YYYY-MM-DD` exactly: no time, no offset, no other form.
fn strict_date(raw: &str) -> Option<Date> {
    let shaped = raw.len() == 10
        && raw.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    shaped.then(|| raw.parse().ok()).flatten()
}
