//! `man`: the manual page on standard output, or one page per command into a directory.

use std::path::Path;

use super::Context;
use crate::error::{Error, Result};
use crate::notice;

pub fn run(dir: Option<&Path>, context: &mut Context) -> Result<()> {
    let command = crate::cli::command();
    match dir {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command).render(&mut out)?;
            context.printer.raw(&out)
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(&format!("could not create {}", dir.display()), &e))?;
            clap_mangen::generate_to(command, dir).map_err(|e| {
                Error::io(
                    &format!("could not write man pages to {}", dir.display()),
                    &e,
                )
            })?;
            notice::notice(&format!("wrote the man pages to {}", dir.display()));
            Ok(())
        }
    }
}
