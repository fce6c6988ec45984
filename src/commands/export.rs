//! `export`: the account's keys as a manifest, disabled and expired ones included.

use std::io::{ErrorKind, Write};

use super::Context;
use crate::cli::ExportArgs;
use crate::error::{Error, Result};
use crate::manifest::export::manifest;
use crate::notice;

pub fn run(args: &ExportArgs, context: &mut Context) -> Result<()> {
    let filter = args.filters.filter();
    let now = context.settings.output.now;
    let workspace = context.settings.workspace(args.workspace_id.as_ref());
    let query = filter.query(workspace, true, true);
    let keys = filter.apply(context.read_all(&query)?, now);
    let text = manifest(&keys, now);
    match &args.output {
        None => context.printer.raw(text.as_bytes()),
        Some(path) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| match e.kind() {
                    ErrorKind::AlreadyExists => Error::usage(format!(
                        "{} already exists; orkeys never replaces a manifest",
                        path.display()
                    ))
                    .with_hint("choose another -o PATH, or redirect standard output"),
                    _ => Error::io(&format!("could not create {}", path.display()), &e),
                })?;
            file.write_all(text.as_bytes())
                .and_then(|()| file.sync_all())
                .map_err(|e| Error::io(&format!("could not write {}", path.display()), &e))?;
            notice::notice(&format!("wrote {} keys to {}", keys.len(), path.display()));
            Ok(())
        }
    }
}
