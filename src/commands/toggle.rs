//! `enable` and `disable`: the same PATCH for each key named.

use super::{resolve, until_failure, Context};
use crate::api::types::UpdateKeyRequest;
use crate::error::Result;

pub fn run(selectors: &[String], disabled: bool, context: &mut Context) -> Result<()> {
    let client = context.client()?;
    let hashes = resolve::hashes(client, selectors)?;
    let request = UpdateKeyRequest {
        disabled: Some(disabled),
        ..Default::default()
    };
    let (updated, failure) = until_failure(&hashes, |hash| client.update_key(hash, &request));
    // Report the keys that did change even when a later one failed.
    context.printer.keys(&updated)?;
    failure.map_or(Ok(()), Err)
}
