//! `enable` and `disable`: the same PATCH for each key named, each key's outcome reported.

use super::{pick, report_outcomes, Context};
use crate::api::types::UpdateKeyRequest;
use crate::cli::ToggleArgs;
use crate::error::Result;
use crate::render::views::{Done, Outcome};
use crate::render::Progress;

pub fn run(args: &ToggleArgs, disabled: bool, context: &mut Context) -> Result<()> {
    let workspace = args.search.workspace_id.as_ref();
    let selectors = if args.keys.is_empty() {
        let prompt = if disabled {
            "Disable which keys?"
        } else {
            "Enable which keys?"
        };
        pick::several(context, workspace, prompt)?
    } else {
        args.keys.clone()
    };
    let named = context.search(workspace)?.named(&selectors)?;
    let request = UpdateKeyRequest {
        disabled: Some(disabled),
        ..Default::default()
    };
    let (action, doing) = if disabled {
        ("disable", "disabling")
    } else {
        ("enable", "enabling")
    };
    let mut progress = Progress::bar(
        context.settings.output.progress && named.len() > 1,
        named.len(),
        doing,
    );
    let client = context.api.client(&context.settings)?;
    let outcomes: Vec<Outcome> = named
        .into_iter()
        .map(|named| {
            progress.inc();
            let known_name = named.key.as_ref().map(|k| k.name().to_string());
            match client.update_key(&named.hash, &request) {
                Ok(updated) => Outcome {
                    hash: named.hash,
                    name: updated.name().to_string(),
                    action,
                    result: Ok(Done::Done),
                },
                Err(error) => Outcome {
                    hash: named.hash,
                    name: known_name.unwrap_or_default(),
                    action,
                    result: Err(error),
                },
            }
        })
        .collect();
    drop(progress);
    report_outcomes(outcomes, context)
}
