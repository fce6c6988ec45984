//! Where a new key's secret goes, exactly once: a new private file, standard output alone, or
//! the command's output in the format asked for. The destination is claimed before the key
//! is created, so nothing can fail between the API handing over the secret and the secret
//! reaching the user but the write itself.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::Context;
use crate::api::types::Key;
use crate::config::Format;
use crate::error::{Error, Kind, Result};
use crate::notice;
use crate::sanitize::for_terminal;
use crate::secret::Secret;

/// Where the secret will go.
#[derive(Debug)]
pub struct Destination {
    key_only: bool,
    key_file: Option<KeyFile>,
}

impl Destination {
    /// Checks the combination of flags, before any request: the secret must survive the
    /// output it goes to.
    pub fn check(key_only: bool, key_file: Option<&Path>, context: &Context) -> Result<()> {
        let output = &context.settings.output;
        let explicit_format = !matches!(output.format, Format::Table | Format::Tsv);
        if key_only && (explicit_format || output.fields.is_some() || output.jq.is_some()) {
            return Err(Error::usage(
                "--key-only prints only the secret; it cannot be combined with --json, --format, --fields or --jq",
            ));
        }
        if key_file.is_some() {
            return Ok(());
        }
        stdout_keeps_secrets("--key-file PATH")?;
        if key_only {
            return Ok(());
        }
        let elsewhere =
            "or write the secret to a file with --key-file PATH, or print it alone with --key-only";
        if output.jq.is_some() {
            return Err(Error::usage(
                "--jq could filter out the new key's secret, which is shown only this once",
            )
            .with_hint(format!("drop --jq, {elsewhere}")));
        }
        // A table shows the secret under the key whatever the columns; other formats only
        // when `key` is among the fields.
        let drops_key = output
            .fields
            .as_ref()
            .is_some_and(|fields| !fields.iter().any(|f| f == "key"));
        if drops_key && output.format != Format::Table {
            return Err(Error::usage(
                "--fields leaves out the new key's secret, which is shown only this once",
            )
            .with_hint(format!("add key to --fields, {elsewhere}")));
        }
        Ok(())
    }

    /// Checks the flags again and claims the key file.
    pub fn claim(key_only: bool, key_file: Option<&Path>, context: &Context) -> Result<Self> {
        Destination::check(key_only, key_file, context)?;
        Ok(Destination {
            key_only,
            key_file: key_file.map(KeyFile::claim).transpose()?,
        })
    }

    /// The secret goes into the command's own output (not `--key-only`, not `--key-file`).
    pub fn is_output(&self) -> bool {
        !self.key_only && self.key_file.is_none()
    }

    /// The create failed: remove the empty key file claimed for it.
    pub fn abandon(self) {
        if let Some(file) = self.key_file {
            file.abandon();
        }
    }

    /// Hands the secret over and flushes it out, before anything else happens.
    pub fn deliver(self, created: &Key, context: &mut Context) -> Result<()> {
        let Some(secret) = created.secret() else {
            return context.printer.one(created);
        };
        if let Some(file) = self.key_file {
            let path = file.write_secret(secret, created)?;
            notice::notice(&format!(
                "the secret of '{}' was written to {}",
                for_terminal(created.name()),
                path.display()
            ));
            // The details go to stdout; the secret stays in the file only. The secret is safe,
            // so a reader that went away is no reason to stop (a rotation goes on).
            return match context
                .printer
                .one(&created.without_secret())
                .and_then(|()| context.printer.flush())
            {
                Err(error) if error.kind == Kind::ClosedPipe => Ok(()),
                other => other,
            };
        }
        if self.key_only {
            return context
                .printer
                .raw(format!("{}\n", secret.expose()).as_bytes())
                .and_then(|()| context.printer.flush())
                .map_err(|e| not_delivered(created, &e, "standard output"));
        }
        context
            .printer
            .created(created)
            .and_then(|()| context.printer.flush())
            .map_err(|e| not_delivered(created, &e, "standard output"))?;
        if context.settings.output.format == Format::Table {
            notice::warning(
                "this is the only time the secret is shown; store it now, it cannot be retrieved again",
            );
        }
        Ok(())
    }
}

/// Refuses to issue a secret into a standard output that throws it away: `/dev/null` or
/// `/dev/zero` (by any name: the device, not the path, is compared), or a closed one (which
/// the process finds reopened on `/dev/null`), where every write "succeeds". `instead`
/// names the flag that sends secrets elsewhere.
pub fn stdout_keeps_secrets(instead: &str) -> Result<()> {
    if stdout_discards() {
        return Err(Error::usage(
            "standard output is closed or discards what is written (/dev/null): a new key's secret written there would be lost",
        )
        .with_hint(format!("keep standard output open, or use {instead}")));
    }
    Ok(())
}

#[cfg(unix)]
fn stdout_discards() -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let out = match crate::config::output::stdout_metadata() {
        None => return true,
        Some(Err(_)) => return false,
        Some(Ok(out)) => out,
    };
    out.file_type().is_char_device()
        && ["/dev/null", "/dev/zero"].iter().any(|sink| {
            std::fs::metadata(sink)
                .is_ok_and(|sink| sink.file_type().is_char_device() && sink.rdev() == out.rdev())
        })
}

#[cfg(not(unix))]
fn stdout_discards() -> bool {
    false
}

/// The failure of writing `created`'s secret to `place`.
pub fn not_delivered(created: &Key, error: &Error, place: &str) -> Error {
    Error::secret_not_delivered(created.hash(), created.name(), error, place)
}

/// A file created empty, owner-only, before the request, and filled with the secret after it.
#[derive(Debug)]
struct KeyFile {
    path: PathBuf,
    file: File,
}

impl KeyFile {
    fn claim(path: &Path) -> Result<KeyFile> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path).map_err(|e| match e.kind() {
            ErrorKind::AlreadyExists => Error::usage(format!(
                "{} already exists; orkeys never overwrites a key file",
                path.display()
            ))
            .with_hint("choose a new path, or move the old file away first"),
            _ => Error::io(&format!("could not create {}", path.display()), &e),
        })?;
        Ok(KeyFile {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Writes the secret and syncs it to disk; gives back the path for the notice.
    fn write_secret(mut self, secret: &Secret, created: &Key) -> Result<PathBuf> {
        let written =
            writeln!(self.file, "{}", secret.expose()).and_then(|()| self.file.sync_all());
        written.map(|()| self.path.clone()).map_err(|e| {
            Error::io(
                &format!(
                    "the key {} was created but its secret could not be written to {}",
                    created.hash(),
                    self.path.display()
                ),
                &e,
            )
            .with_hint(format!(
                "its secret cannot be retrieved: delete it with `orkeys delete {} --yes` and try again",
                created.hash()
            ))
        })
    }

    /// The create failed: remove the empty file claimed for it.
    fn abandon(self) {
        drop(self.file);
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Quotes a value for a POSIX shell, so the suggested command can be pasted as it is.
pub fn shell_quote(value: &str) -> String {
    let safe = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,:/@%+=".contains(c));
    if safe {
        value.to_string()
    } else {
        format!("'{}'", for_terminal(&value.replace('\'', r"'\''")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_commands_quote_names() {
        assert_eq!(shell_quote("ci-runner"), "ci-runner");
        assert_eq!(shell_quote("my key"), "'my key'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("$(rm -rf)"), "'$(rm -rf)'");
    }

    #[test]
    fn key_files_are_new_and_private() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let path = dir.path().join("secret");
        let file = KeyFile::claim(&path).unwrap_or_else(|e| unreachable!("{e}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)
                .map(|m| m.permissions().mode() & 0o777)
                .ok();
            assert_eq!(mode, Some(0o600));
        }
        let taken = KeyFile::claim(&path).map(|_| ()).expect_err("exists");
        assert_eq!(taken.kind, crate::error::Kind::Usage);
        let created = Key::from_value(&serde_json::json!({"hash": "abc"}))
            .unwrap_or_else(|e| unreachable!("{e}"));
        file.write_secret(&Secret::new("sk-or-v1-x".into()), &created)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some("sk-or-v1-x\n")
        );
    }
}
