//! `get`: one key, by hash, hash prefix or name.

use super::Context;
use crate::cli::GetArgs;
use crate::error::Result;

pub fn run(args: &GetArgs, context: &mut Context) -> Result<()> {
    let key = context
        .search(args.search.workspace_id.clone())?
        .key(&args.key)?;
    context.printer.one(&key)
}
