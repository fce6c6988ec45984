//! `delete`, `enable` and `disable`: over keys named one by one, or over every key that
//! passes the filters (`--all` for every key). Filtered actions list the keys first, confirm
//! on a terminal (with no terminal, `--yes` is required), keep up to four writes in flight,
//! and report each key's outcome; one failure does not stop the others.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use dialoguer::console::Term;
use dialoguer::Confirm;

use super::{pick, report_outcomes, Context};
use crate::api::types::{Key, ListQuery, UpdateKeyRequest};
use crate::api::{Client, Deletion};
use crate::cli::BulkArgs;
use crate::error::{Error, Kind, Result};
use crate::render::values::{limit_used, short_hash};
use crate::render::views::{Done, Outcome};
use crate::render::Progress;
use crate::sanitize::for_terminal;

/// Writes in flight at once.
const WRITES_IN_FLIGHT: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Delete,
    Disable,
    Enable,
}

impl Action {
    fn verb(self) -> &'static str {
        match self {
            Action::Delete => "delete",
            Action::Disable => "disable",
            Action::Enable => "enable",
        }
    }

    fn doing(self) -> &'static str {
        match self {
            Action::Delete => "deleting",
            Action::Disable => "disabling",
            Action::Enable => "enabling",
        }
    }

    fn capitalised(self) -> &'static str {
        match self {
            Action::Delete => "Delete",
            Action::Disable => "Disable",
            Action::Enable => "Enable",
        }
    }
}

pub fn run(action: Action, args: &BulkArgs, context: &mut Context) -> Result<()> {
    let filter = args.filters.filter();
    let by_filter = args.all || !filter.is_empty();
    if by_filter && !args.keys.is_empty() {
        return Err(
            Error::usage("give KEYs or filters, not both: filters choose among every key")
                .with_hint("drop the KEYs, or the filters"),
        );
    }
    // Asked before any request: the question goes to stderr and is answered on stdin.
    let must_confirm = by_filter || action == Action::Delete;
    if must_confirm && !args.yes && !args.dry_run && !pick::can_prompt(&context.settings) {
        return Err(Error::new(
            Kind::NotInteractive,
            format!(
                "refusing to {} without confirmation: {}",
                action.verb(),
                pick::why_not_asked(&context.settings)
            ),
        )
        .with_hint(format!("pass --yes to {} without asking", action.verb())));
    }
    let workspace = args.search.workspace_id.as_ref();
    let keys = if by_filter {
        let workspace = context.settings.workspace(workspace);
        // Filters choose among every key, disabled and expired ones included: `delete
        // --match 'old-*'` must find a disabled old-laptop.
        let listed = context.read_all(&ListQuery::everything(workspace))?;
        // Keys already as asked need no write.
        let already = |key: &Key| match action {
            Action::Delete => false,
            Action::Disable => key.fields.disabled == Some(true),
            Action::Enable => key.fields.disabled != Some(true),
        };
        let (done, to_change): (Vec<Key>, Vec<Key>) = filter
            .apply(listed, context.settings.output.now)
            .into_iter()
            .partition(already);
        if to_change.is_empty() && !done.is_empty() {
            let state = if action == Action::Enable {
                "enabled"
            } else {
                "disabled"
            };
            crate::notice::notice(&format!(
                "{} key{} matched, all already {state}; nothing to {}",
                done.len(),
                if done.len() == 1 { "" } else { "s" },
                action.verb()
            ));
            // A dry run still prints the (empty) list of keys it would change.
            if !args.dry_run {
                return context.printer.list::<Outcome>(&[]);
            }
        }
        to_change
    } else {
        let selectors = if args.keys.is_empty() {
            let prompt = format!("{} which keys?", action.capitalised());
            pick::several(context, workspace, &prompt).map_err(|e| {
                if e.kind == Kind::Usage {
                    e.with_hint(format!(
                        "name keys by hash, prefix or name, or choose them with filters (or --all); \
                         `orkeys {} --help` lists the filters",
                        action.verb()
                    ))
                } else {
                    e
                }
            })?
        } else {
            args.keys.clone()
        };
        if action == Action::Delete || args.dry_run {
            context.search(workspace)?.keys(&selectors)?
        } else {
            // Enable and disable by full hash need no request before the PATCH itself.
            let named = context.search(workspace)?.named(&selectors)?;
            let targets = named
                .into_iter()
                .map(|n| Target {
                    name: n.key.as_ref().map(|k| k.name().to_string()),
                    hash: n.hash,
                })
                .collect::<Vec<_>>();
            let outcomes = carry_out(action, &targets, context)?;
            return report_outcomes(outcomes, context);
        }
    };
    if args.dry_run {
        return context.printer.list(&keys);
    }
    if keys.is_empty() {
        crate::notice::notice(&format!("no keys matched; nothing to {}", action.verb()));
        return context.printer.list::<Outcome>(&[]);
    }
    if must_confirm && !args.yes {
        confirm(action, &keys)?;
    }
    let targets: Vec<Target> = keys
        .iter()
        .map(|k| Target {
            hash: k.hash().to_string(),
            name: Some(k.name().to_string()),
        })
        .collect();
    let outcomes = carry_out(action, &targets, context)?;
    report_outcomes(outcomes, context)
}

/// A key to act on: its hash, and its name when known before the write.
#[derive(Debug)]
struct Target {
    hash: String,
    name: Option<String>,
}

/// Applies the action to every key, up to [`WRITES_IN_FLIGHT`] at once; outcomes come back
/// in the keys' order.
fn carry_out(action: Action, keys: &[Target], context: &mut Context) -> Result<Vec<Outcome>> {
    let progress = Mutex::new(Progress::bar(
        context.settings.output.progress && keys.len() > 1,
        keys.len(),
        action.doing(),
    ));
    let client = context.api.client(&context.settings)?;
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Outcome>>> = keys.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..WRITES_IN_FLIGHT.min(keys.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(key) = keys.get(index) else { break };
                let outcome = apply(action, key, client);
                if let Ok(mut slot) = results[index].lock() {
                    *slot = Some(outcome);
                }
                if let Ok(mut progress) = progress.lock() {
                    progress.inc();
                }
            });
        }
    });
    drop(progress);
    Ok(results
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect())
}

fn apply(action: Action, target: &Target, client: &Client) -> Outcome {
    let mut name = target.name.clone();
    let result = match action {
        Action::Delete => client
            .delete_key(&target.hash)
            .map(|deletion| match deletion {
                Deletion::Deleted => Done::Done,
                Deletion::AlreadyGone => Done::AlreadyGone,
            }),
        Action::Disable | Action::Enable => {
            let request = UpdateKeyRequest {
                disabled: Some(action == Action::Disable),
                ..Default::default()
            };
            client.update_key(&target.hash, &request).map(|updated| {
                name = Some(updated.name().to_string());
                Done::Done
            })
        }
    };
    Outcome {
        hash: target.hash.clone(),
        name: name.unwrap_or_default(),
        action: action.verb(),
        result,
    }
}

/// Names each key (a long list is cut after the first 20) and asks.
fn confirm(action: Action, keys: &[Key]) -> Result<()> {
    const SHOWN: usize = 20;
    let mut listed: Vec<String> = keys
        .iter()
        .take(SHOWN)
        .map(|key| {
            format!(
                "  {} ({}, {})",
                for_terminal(key.name()),
                short_hash(key.hash()),
                limit_used(&key.fields.spending)
            )
        })
        .collect();
    if keys.len() > SHOWN {
        listed.push(format!("  … and {} more", keys.len() - SHOWN));
    }
    let noun = if keys.len() == 1 { "key" } else { "keys" };
    let warning = if action == Action::Delete {
        " This cannot be undone."
    } else {
        ""
    };
    let prompt = format!(
        "{} {} {noun}?{warning}\n{}\n",
        action.capitalised(),
        keys.len(),
        listed.join("\n")
    );
    let answer = Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .wait_for_newline(true)
        .interact_on(&Term::stderr());
    let nothing = format!("nothing was {}", past(action));
    match answer {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::new(Kind::Interrupted, nothing)),
        Err(_) => Err(Error::new(
            Kind::Interrupted,
            format!("interrupted; {nothing}"),
        )),
    }
}

fn past(action: Action) -> &'static str {
    match action {
        Action::Delete => "deleted",
        Action::Disable => "disabled",
        Action::Enable => "enabled",
    }
}
