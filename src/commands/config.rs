//! `config show`, `config path` and `config init`.

use std::io::{ErrorKind, Write};

use super::Context;
use crate::config::profile;
use crate::error::{Error, Result};
use crate::notice;

/// Every setting in use and where it came from.
pub fn show(context: &mut Context) -> Result<()> {
    let rows = context.settings.shown();
    context.printer.list(&rows)
}

pub fn path(context: &mut Context) -> Result<()> {
    let path = profile::path()?;
    context
        .printer
        .raw(format!("{}\n", path.display()).as_bytes())
}

/// Writes the commented starter file, private from the start, never over an existing one.
pub fn init() -> Result<()> {
    let path = profile::path()?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(&format!("could not create {}", dir.display()), &e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path).map_err(|e| match e.kind() {
        ErrorKind::AlreadyExists => Error::usage(format!(
            "{} already exists; orkeys never replaces a config file",
            path.display()
        ))
        .with_hint("edit it, or move it away first"),
        _ => Error::io(&format!("could not create {}", path.display()), &e),
    })?;
    file.write_all(profile::STARTER.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io(&format!("could not write {}", path.display()), &e))?;
    notice::notice(&format!(
        "wrote a starter config file to {}",
        path.display()
    ));
    Ok(())
}
