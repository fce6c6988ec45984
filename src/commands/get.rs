//! `get`: one key, by hash, hash prefix or name.

use super::{pick, Context};
use crate::cli::GetArgs;
use crate::error::Result;

pub fn run(args: &GetArgs, context: &mut Context) -> Result<()> {
    let workspace = args.search.workspace_id.as_ref();
    let selector = match &args.key {
        Some(selector) => selector.clone(),
        None => pick::one(context, workspace, "Show which key?")?,
    };
    let key = context.search(workspace)?.key(&selector)?;
    context.printer.one(&key)
}
