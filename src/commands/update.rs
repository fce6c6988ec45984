//! `update`: sends only the fields given; `--no-limit` and `--limit-reset none` send `null`.

use super::Context;
use crate::api::types::UpdateKeyRequest;
use crate::cli::{ResetChange, UpdateArgs};
use crate::error::{Error, Result};
use crate::select::Search;

pub fn run(args: &UpdateArgs, context: &mut Context) -> Result<()> {
    let request = build_request(args);
    if request.is_empty() {
        return Err(
            Error::usage("nothing to update: give at least one change").with_hint(
                "for example --name, --limit USD, --no-limit, --limit-reset, --disable or --enable",
            ),
        );
    }
    // A key being moved may already be in its new workspace (say, the move is run again).
    let workspaces = match (&args.from_workspace, &args.workspace_id) {
        (Some(from), _) => vec![Some(from.clone())],
        (None, Some(target)) => vec![None, Some(target.clone())],
        (None, None) => vec![None],
    };
    let concurrency = context.settings.concurrency;
    let client = context.api.client(&context.settings)?;
    let hash = Search::in_order(client, workspaces, concurrency)
        .named(std::slice::from_ref(&args.key))?
        .remove(0)
        .hash;
    let updated = client.update_key(&hash, &request)?;
    context.printer.one(&updated)
}

pub fn build_request(args: &UpdateArgs) -> UpdateKeyRequest {
    let disabled = match (args.disable, args.enable) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let limit = match (args.limit, args.no_limit) {
        (Some(usd), _) => Some(Some(usd)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    UpdateKeyRequest {
        name: args.name.clone(),
        disabled,
        limit,
        limit_reset: args.limit_reset.map(|change| match change {
            ResetChange::Daily => Some("daily"),
            ResetChange::Weekly => Some("weekly"),
            ResetChange::Monthly => Some("monthly"),
            ResetChange::None => None,
        }),
        include_byok_in_limit: args.include_byok_in_limit,
        workspace_id: args.workspace_id.clone(),
    }
}
