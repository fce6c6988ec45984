//! Pickers and questions for a person at a terminal. None of them ever appears in a pipe, in
//! CI, or with `ORKEYS_NO_PROMPT=1`: there the command fails with a usage error naming what
//! is missing, as it always has.

use std::io::IsTerminal;

use dialoguer::console::Term;
use dialoguer::{FuzzySelect, Input, MultiSelect, Select};

use super::Context;
use crate::api::types::{Key, ListQuery};
use crate::cli::ResetPeriod;
use crate::config::Settings;
use crate::error::{Error, Kind, Result};
use crate::render::values::{limit_used, short_hash};
use crate::sanitize::for_terminal;
use crate::validate;

/// A person can answer: prompts are allowed and stdin and stderr are both terminals.
pub fn can_prompt(settings: &Settings) -> bool {
    settings.prompts && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Why nobody can be asked, for the refusal that follows.
pub fn why_not_asked(settings: &Settings) -> &'static str {
    if settings.prompts {
        "no terminal is attached"
    } else {
        "ORKEYS_NO_PROMPT is set"
    }
}

/// The usage error for a missing argument where nobody can be asked.
pub fn missing(argument: &str, hint: &str) -> Error {
    Error::usage(format!(
        "the following required argument was not provided: {argument}"
    ))
    .with_hint(hint.to_string())
}

/// One key, picked by fuzzy search over the workspace's keys; its full hash.
pub fn one(context: &mut Context, workspace: Option<&String>, prompt: &str) -> Result<String> {
    if !can_prompt(&context.settings) {
        return Err(missing(
            "<KEY>",
            "name a key by hash, hash prefix or name (on a terminal, orkeys offers a picker)",
        ));
    }
    let keys = every_key(context, workspace)?;
    let items = lines(&keys);
    let chosen = FuzzySelect::new()
        .with_prompt(prompt)
        .items(&items)
        .default(0)
        .interact_on_opt(&Term::stderr())
        .map_err(interrupted)?
        .ok_or_else(nothing_chosen)?;
    Ok(keys[chosen].hash().to_string())
}

/// Several keys: the list narrowed by what the person types (any part of a name, hash or
/// status; nothing keeps every key), then ticked; their full hashes.
pub fn several(
    context: &mut Context,
    workspace: Option<&String>,
    prompt: &str,
) -> Result<Vec<String>> {
    if !can_prompt(&context.settings) {
        return Err(missing(
            "<KEY>...",
            "name keys by hash, hash prefix or name (on a terminal, orkeys offers a picker)",
        ));
    }
    let keys = every_key(context, workspace)?;
    let items = lines(&keys);
    let term = Term::stderr();
    let (shown, shown_items) = loop {
        let typed: String = Input::new()
            .with_prompt(format!(
                "{prompt} Type to narrow the list (enter for every key)"
            ))
            .allow_empty(true)
            .interact_text_on(&term)
            .map_err(interrupted)?;
        let shown = narrowed(&items, &typed);
        if !shown.is_empty() {
            let shown_items: Vec<&String> = shown.iter().map(|&i| &items[i]).collect();
            break (shown, shown_items);
        }
        let _ = term.write_line(&format!(
            "no key matches '{}'; try again",
            for_terminal(typed.trim())
        ));
    };
    let chosen = MultiSelect::new()
        .with_prompt(format!("{prompt} (space to tick, enter to confirm)"))
        .items(&shown_items)
        .interact_on_opt(&term)
        .map_err(interrupted)?
        .filter(|chosen| !chosen.is_empty())
        .ok_or_else(nothing_chosen)?;
    Ok(chosen
        .into_iter()
        .map(|i| keys[shown[i]].hash().to_string())
        .collect())
}

/// The indexes of the lines that contain every word of `typed`, in any case.
fn narrowed(lines: &[String], typed: &str) -> Vec<usize> {
    let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
    lines
        .iter()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.to_lowercase();
            words.iter().all(|word| line.contains(word.as_str()))
        })
        .map(|(i, _)| i)
        .collect()
}

/// What `create` asks when `--name` is left out: the name, then a limit and its reset period
/// unless they were given.
#[derive(Debug)]
pub struct NewKey {
    pub name: String,
    pub limit: Option<f64>,
    pub limit_reset: Option<ResetPeriod>,
}

pub fn new_key(
    settings: &Settings,
    limit: Option<f64>,
    limit_reset: Option<ResetPeriod>,
) -> Result<NewKey> {
    if !can_prompt(settings) {
        return Err(missing(
            "--name <NAME>",
            "give the new key a name with --name (on a terminal, orkeys asks for it)",
        ));
    }
    let term = Term::stderr();
    let name: String = Input::new()
        .with_prompt("Name of the new key")
        .validate_with(|text: &String| validate::name(text).map(|_| ()))
        .interact_text_on(&term)
        .map_err(interrupted)?;
    if limit.is_some() {
        return Ok(NewKey {
            name,
            limit,
            limit_reset,
        });
    }
    let typed: String = Input::new()
        .with_prompt("Spending limit in US dollars (empty for none)")
        .allow_empty(true)
        .validate_with(|text: &String| {
            if text.trim().is_empty() {
                Ok(())
            } else {
                validate::usd(text).map(|_| ())
            }
        })
        .interact_text_on(&term)
        .map_err(interrupted)?;
    let limit = if typed.trim().is_empty() {
        None
    } else {
        Some(validate::usd(&typed).map_err(Error::usage)?)
    };
    let limit_reset = match (limit, limit_reset) {
        (None, _) => None,
        (Some(_), Some(period)) => Some(period),
        (Some(_), None) => {
            let periods = [
                None,
                Some(ResetPeriod::Daily),
                Some(ResetPeriod::Weekly),
                Some(ResetPeriod::Monthly),
            ];
            let chosen = Select::new()
                .with_prompt("Reset the limit")
                .items(["never (a lifetime limit)", "daily", "weekly", "monthly"])
                .default(0)
                .interact_on_opt(&term)
                .map_err(interrupted)?
                .ok_or_else(nothing_chosen)?;
            periods[chosen]
        }
    };
    Ok(NewKey {
        name,
        limit,
        limit_reset,
    })
}

/// Every key of the workspace, disabled and expired ones too.
fn every_key(context: &mut Context, workspace: Option<&String>) -> Result<Vec<Key>> {
    let workspace = context.settings.workspace(workspace);
    let keys = context.read_all(&ListQuery::everything(workspace))?;
    if keys.is_empty() {
        return Err(
            Error::new(Kind::NotFound, "there are no keys to choose from")
                .with_hint("create one with `orkeys create --name NAME`"),
        );
    }
    Ok(keys)
}

/// `name  hash  status  spend` for each key, aligned.
fn lines(keys: &[Key]) -> Vec<String> {
    let now = jiff::Timestamp::now();
    let names: Vec<String> = keys.iter().map(|k| for_terminal(k.name())).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    keys.iter()
        .zip(names)
        .map(|(key, name)| {
            format!(
                "{name:<width$}  {}  {:<8}  {}",
                short_hash(key.hash()),
                key.status(now).as_str(),
                limit_used(&key.fields.spending)
            )
        })
        .collect()
}

fn interrupted(_: dialoguer::Error) -> Error {
    Error::new(Kind::Interrupted, "interrupted; nothing was done")
}

fn nothing_chosen() -> Error {
    Error::new(Kind::Interrupted, "nothing was chosen; nothing was done")
}

#[cfg(test)]
mod tests {
    use super::narrowed;

    #[test]
    fn narrowing_keeps_lines_with_every_word_in_any_case() {
        let lines: Vec<String> = [
            "staging         d5eb8aea87e4  active",
            "production-api  3d5021102c20  active",
            "old-laptop      631f43c2ed03  disabled",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(narrowed(&lines, ""), [0, 1, 2]);
        assert_eq!(narrowed(&lines, "STAG"), [0]);
        assert_eq!(narrowed(&lines, "active 3d50"), [1]);
        assert_eq!(narrowed(&lines, "disabled"), [2]);
        assert!(narrowed(&lines, "nothing").is_empty());
    }
}
