//! `list`: every page of the listing, read through the API layer's paging.

use super::Context;
use crate::api::paging::{self, Paging};
use crate::api::types::ListQuery;
use crate::cli::ListArgs;
use crate::config::Format;
use crate::error::Result;
use crate::notice;
use crate::render::Progress;

pub fn run(args: &ListArgs, context: &mut Context) -> Result<()> {
    let query = ListQuery {
        include_disabled: args.include_disabled,
        include_expired: args.include_expired,
        workspace_id: args.workspace_id.clone(),
    };
    let paging = Paging {
        offset: args.offset.unwrap_or(0),
        limit: args.limit,
        concurrency: context.settings.concurrency,
    };
    let format = context.settings.output.format;
    let mut progress = Progress::counter(context.settings.output.progress, "listing keys…");
    let client = context.api.client(&context.settings)?;
    if format == Format::Jsonl {
        // Written as the keys arrive: memory stays flat however large the account.
        let printer = &mut context.printer;
        return paging::for_each(
            client,
            &query,
            paging,
            &mut |n| progress.set(n),
            &mut |key| printer.json_line(&key),
        );
    }
    let keys = paging::collect(client, &query, paging, &mut |n| progress.set(n))?;
    drop(progress);
    if keys.is_empty() && format == Format::Table {
        let hidden = if args.include_disabled {
            ""
        } else {
            " (disabled keys are hidden: add --include-disabled)"
        };
        notice::notice(&format!("no keys found{hidden}"));
    }
    context.printer.list(&keys)
}
