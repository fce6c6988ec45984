//! `current` (alias `whoami`): the key in use.

use super::Context;
use crate::error::Result;

pub fn run(context: &mut Context) -> Result<()> {
    let current = context.api.client(&context.settings)?.current_key()?;
    context.printer.one(&current)
}
