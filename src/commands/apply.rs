//! `apply`: shows the plan, confirms, then makes the account match the manifest. Secrets of
//! new keys go to `--secrets-dir`, into `--json`, or onto the terminal; with none of those the
//! apply refuses before any write, since a secret nobody keeps is a leaked key.

use std::io::IsTerminal;

use dialoguer::console::Term;
use dialoguer::Confirm;

use super::secret_delivery::stdout_keeps_secrets;
use super::{pick, Context};
use crate::api::types::Key;
use crate::cli::ApplyArgs;
use crate::config::Format;
use crate::error::{Error, Kind, Result};
use crate::manifest::apply::{
    apply, check_secrets_have_a_home, claim_secret_files, failure, Applied, Secrets,
};
use crate::notice;
use crate::render::views::plan::diff_text;
use crate::sanitize::for_terminal;

pub fn run(args: &ApplyArgs, context: &mut Context) -> Result<()> {
    // Decided before any request: a change nobody confirmed never starts.
    let can_ask = pick::can_prompt(&context.settings);
    if !args.yes && !can_ask {
        return Err(Error::new(
            Kind::NotInteractive,
            format!(
                "refusing to apply without confirmation: {}",
                pick::why_not_asked(&context.settings)
            ),
        )
        .with_hint("review with `orkeys plan`, then pass --yes"));
    }
    let (_, plan) = super::plan::prepare(&args.manifest, context)?;
    if plan.is_empty() {
        notice::notice(&format!("nothing to do: {}", plan.summary()));
        return context.printer.list::<Applied>(&[]);
    }
    let output = &context.settings.output;
    let json = output.format == Format::Json;
    // `--jq` and `--fields` reshape the report, and could drop the secrets from it.
    let json_keeps_secrets = json && output.jq.is_none() && output.fields.is_none();
    let stdout_terminal = std::io::stdout().is_terminal();
    check_secrets_have_a_home(
        &plan,
        args.replace,
        args.secrets_dir.is_some() || json_keeps_secrets || (stdout_terminal && !json),
        json && !json_keeps_secrets,
    )?;
    if args.secrets_dir.is_none() && plan.creates(args.replace) > 0 {
        stdout_keeps_secrets("--secrets-dir DIR")?;
    }
    // The plan goes to stderr: stdout carries what was done.
    let shown = diff_text(
        &plan,
        context.settings.verbose(),
        context.settings.output.color && std::io::stderr().is_terminal(),
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), shown.as_bytes());
    if !args.yes {
        confirm()?;
    }
    let secrets = match &args.secrets_dir {
        Some(dir) => Secrets::Files(claim_secret_files(dir, &plan, args.replace)?),
        None => Secrets::Caller,
    };
    let on_terminal = !json && args.secrets_dir.is_none();
    // A plain --json report goes out a step at a time, each new secret before the next
    // write; reshaped by --jq or --fields, it is written whole at the end.
    let stream = json_keeps_secrets;
    let table = context.settings.output.format == Format::Table;
    let client = context.api.client(&context.settings)?;
    let printer = &mut context.printer;
    let mut streamed = 0;
    let report = apply(
        &plan,
        args.replace,
        secrets,
        client,
        &mut |step: &Applied| {
            let secret = step.created.as_ref().and_then(Key::secret);
            if let (true, Some(secret)) = (on_terminal, secret) {
                printer.raw(
                    format!(
                        "Secret of {}: {}\n",
                        for_terminal(&step.name),
                        secret.expose()
                    )
                    .as_bytes(),
                )?;
            }
            if stream {
                printer.array_item(step, streamed)?;
                streamed += 1;
            }
            printer.flush()
        },
    )?;
    if on_terminal && table && report.iter().any(|a| a.created.is_some()) {
        notice::warning("these secrets are shown only once; store them now");
    }
    if stream {
        context.printer.array_end(streamed)?;
    } else {
        context.printer.list(&report)?;
    }
    match failure(&report) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

fn confirm() -> Result<()> {
    match Confirm::new()
        .with_prompt("Apply these changes?")
        .default(false)
        .wait_for_newline(true)
        .interact_on(&Term::stderr())
    {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::new(Kind::Interrupted, "nothing was applied")),
        Err(_) => Err(Error::new(
            Kind::Interrupted,
            "interrupted; nothing was applied",
        )),
    }
}
