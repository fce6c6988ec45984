//! `delete`: confirms on a terminal, refuses to guess without one, reports each key.

use std::io::IsTerminal;

use dialoguer::console::Term;
use dialoguer::Confirm;

use super::{pick, report_outcomes, Context};
use crate::api::types::Key;
use crate::api::Deletion;
use crate::cli::DeleteArgs;
use crate::error::{Error, Kind, Result};
use crate::render::values::{dollars, short_hash};
use crate::render::views::{Done, Outcome};
use crate::render::Progress;
use crate::sanitize::for_terminal;

pub fn run(args: &DeleteArgs, context: &mut Context) -> Result<()> {
    // Decided before any request: the question is asked on stderr and answered on stdin, so
    // without a terminal on both nobody can answer it.
    if !args.yes && !can_ask() {
        return Err(Error::new(
            Kind::NotInteractive,
            "refusing to delete without confirmation: no terminal is attached",
        )
        .with_hint("pass --yes to delete without asking"));
    }
    let workspace = args.search.workspace_id.as_ref();
    let selectors = if args.keys.is_empty() {
        pick::several(context, workspace, "Delete which keys?")?
    } else {
        args.keys.clone()
    };
    let keys = context.search(workspace)?.keys(&selectors)?;
    if !args.yes {
        confirm(&keys)?;
    }
    let mut progress = Progress::bar(
        context.settings.output.progress && keys.len() > 1,
        keys.len(),
        "deleting",
    );
    let client = context.api.client(&context.settings)?;
    let outcomes: Vec<Outcome> = keys
        .iter()
        .map(|key| {
            progress.inc();
            Outcome {
                hash: key.hash().to_string(),
                name: key.name().to_string(),
                action: "delete",
                result: client
                    .delete_key(key.hash())
                    .map(|deletion| match deletion {
                        Deletion::Deleted => Done::Done,
                        Deletion::AlreadyGone => Done::AlreadyGone,
                    }),
            }
        })
        .collect();
    drop(progress);
    report_outcomes(outcomes, context)
}

/// A person can answer a question: standard input and standard error are both terminals.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn confirm(keys: &[Key]) -> Result<()> {
    let listed: Vec<String> = keys
        .iter()
        .map(|key| {
            format!(
                "  {} ({}, {} spent)",
                for_terminal(key.name()),
                short_hash(key.hash()),
                dollars(key.fields.spending.usage.unwrap_or(0.0))
            )
        })
        .collect();
    let noun = if keys.len() == 1 { "key" } else { "keys" };
    let prompt = format!(
        "Delete {} {noun}? This cannot be undone.\n{}\n",
        keys.len(),
        listed.join("\n")
    );
    let answer = Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .wait_for_newline(true)
        .interact_on(&Term::stderr());
    match answer {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::new(Kind::Interrupted, "nothing was deleted")),
        Err(_) => Err(Error::new(
            Kind::Interrupted,
            "interrupted; nothing was deleted",
        )),
    }
}
