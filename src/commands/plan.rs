//! `plan`: the manifest against the account, as a reviewable diff or as data.

use std::collections::HashSet;

use serde_json::{json, Value};

use super::Context;
use crate::api::types::{Key, ListQuery};
use crate::cli::{ManifestArgs, PlanArgs};
use crate::config::Format;
use crate::error::{Details, Error, Kind, Result};
use crate::manifest::diff::{plan, Options, Plan};
use crate::manifest::model::{parse, Manifest};
use crate::notice;
use crate::render::columns::Row;
use crate::render::views::plan::{diff_text, PlanLine};
use crate::select::filter::Filter;

pub fn run(args: &PlanArgs, context: &mut Context) -> Result<()> {
    let (_, plan) = prepare(&args.manifest, context)?;
    print(&plan, context)?;
    if args.detailed_exitcode && !plan.is_empty() {
        return Err(Error::new(
            Kind::Findings,
            format!("changes are pending: {}", plan.summary()),
        )
        .with_hint("orkeys apply -f FILE makes them"));
    }
    Ok(())
}

/// The manifest read and checked, the account read, and the plan between them.
pub fn prepare(args: &ManifestArgs, context: &mut Context) -> Result<(Manifest, Plan)> {
    let file = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| Error::io(&format!("could not read {file}"), &e))?;
    let manifest = parse(&text).map_err(|problems| {
        let count = problems.len();
        let listed: Vec<String> = problems.iter().map(|p| p.describe(&file)).collect();
        Error::usage(format!(
            "{file} has {count} problem{}:\n  {}",
            if count == 1 { "" } else { "s" },
            listed.join("\n  ")
        ))
        .with_hint("fix them and run the command again; nothing was sent")
    })?;
    let keys = account(&manifest, context)?;
    let options = Options {
        prune: args.prune,
        prune_only: Filter {
            name: args.prune_match.clone(),
            ..Filter::default()
        },
    };
    let plan =
        plan(&manifest, &keys, &options, context.settings.output.now).map_err(|conflicts| {
            let candidates = conflicts
                .iter()
                .flat_map(|c| c.candidates.iter().cloned())
                .collect();
            let listed: Vec<String> = conflicts
                .iter()
                .map(|c| format!("{file}:{}: {}", c.line, c.message))
                .collect();
            let mut remedies: Vec<&str> = Vec::new();
            for conflict in &conflicts {
                if !remedies.contains(&conflict.remedy) {
                    remedies.push(conflict.remedy);
                }
            }
            Error::new(Kind::Ambiguous, listed.join("\n"))
                .with_hint(remedies.join("; "))
                .with_details(Details::Candidates(candidates))
        })?;
    Ok((manifest, plan))
}

/// Every key of the workspaces the manifest touches (and the default one), disabled and
/// expired keys included, each once.
fn account(manifest: &Manifest, context: &mut Context) -> Result<Vec<Key>> {
    let base = context.settings.workspace(None);
    let mut workspaces = vec![base.clone()];
    for workspace in manifest.workspaces() {
        if base.as_ref() != Some(&workspace) {
            workspaces.push(Some(workspace));
        }
    }
    let mut seen = HashSet::new();
    let mut keys = Vec::new();
    for workspace in workspaces {
        let listed = context.read_all(&ListQuery::everything(workspace))?;
        keys.extend(
            listed
                .into_iter()
                .filter(|k| seen.insert(k.hash().to_string())),
        );
    }
    Ok(keys)
}

fn print(plan: &Plan, context: &mut Context) -> Result<()> {
    let lines: Vec<PlanLine> = plan.changes.iter().cloned().map(PlanLine).collect();
    match context.settings.output.format {
        Format::Table => {
            let text = diff_text(
                plan,
                context.settings.verbose(),
                context.settings.output.color,
            );
            context.printer.raw(text.as_bytes())
        }
        Format::Json => {
            let document = json!({
                "changes": lines.iter().map(|l| Value::Object(l.object())).collect::<Vec<_>>(),
                "summary": {
                    "create": plan.count("create"),
                    "update": plan.count("update"),
                    "replace": plan.count("replace"),
                    "delete": plan.count("delete"),
                    "unchanged": plan.count("unchanged"),
                },
            });
            context.printer.document(&document)
        }
        Format::Tsv | Format::Csv | Format::Jsonl => {
            // One row per key on stdout; the summary the diff ends with goes to stderr.
            notice::notice(&format!("Plan: {}.", plan.summary()));
            context.printer.list(&lines)
        }
    }
}
