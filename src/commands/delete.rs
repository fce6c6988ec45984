//! `delete`: confirms on a terminal, refuses to guess without one.

use std::io::IsTerminal;

use dialoguer::console::Term;
use dialoguer::Confirm;

use super::{resolve, until_failure, Context};
use crate::api::types::Key;
use crate::cli::DeleteArgs;
use crate::error::{Error, Kind, Result};
use crate::render::format::{dollars, short_hash};
use crate::render::sanitize::for_terminal;
use crate::render::Deleted;

pub fn run(args: &DeleteArgs, context: &mut Context) -> Result<()> {
    // Decided before any request: the question is asked on stderr and answered on stdin, so
    // without a terminal on both nobody can answer it.
    let can_ask = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !args.yes && !can_ask {
        return Err(Error::new(
            Kind::NotInteractive,
            "refusing to delete without confirmation: no terminal is attached",
        )
        .with_hint("pass --yes to delete without asking"));
    }
    let client = context.client()?;
    let keys = resolve::keys(client, &args.keys)?;
    if !args.yes {
        confirm(&keys)?;
    }
    let (deleted, failure) = until_failure(&keys, |key| {
        client.delete_key(key.hash()).map(|()| Deleted {
            hash: key.hash().to_string(),
            name: key.name().to_string(),
        })
    });
    // Report the keys that are gone even when a later one failed.
    context.printer.deleted(&deleted)?;
    failure.map_or(Ok(()), Err)
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
