//! `create`: sends one POST and shows the one-time secret exactly where the user asked.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::{pick, Context};
use crate::api::types::{CreateKeyRequest, ExternalUser};
use crate::cli::CreateArgs;
use crate::config::Format;
use crate::error::{Error, Result};
use crate::notice;
use crate::sanitize::for_terminal;
use crate::secret::Secret;

/// The API's minimum for an external user's own API key.
const MIN_EXTERNAL_KEY_LEN: usize = 32;

pub fn run(args: &CreateArgs, context: &mut Context) -> Result<()> {
    let explicit_format = context.settings.output.format != Format::Table
        && context.settings.output.format != Format::Tsv;
    if args.key_only && (explicit_format || context.settings.output.fields.is_some()) {
        return Err(Error::usage(
            "--key-only prints only the secret; it cannot be combined with --json, --format or --fields",
        ));
    }
    let request = build_request(args, context)?;
    // Claim the key file before the key exists, so a path that is taken or unwritable fails
    // here rather than after a secret was issued that nobody can store.
    let mut key_file = args.key_file.as_deref().map(KeyFile::claim).transpose()?;

    let created = match context.api.client(&context.settings)?.create_key(&request) {
        Ok(created) => created,
        Err(failure) => {
            if let Some(file) = key_file.take() {
                file.abandon();
            }
            let mut error = failure.error;
            if failure.outcome_unknown {
                error.hint = Some(format!(
                    "the key may have been created; do not run create again before checking with: orkeys get {}",
                    shell_quote(&request.name)
                ));
            }
            return Err(error);
        }
    };

    let secret = created.secret().cloned();
    if let (Some(file), Some(secret)) = (key_file, &secret) {
        let path = file.write_secret(secret)?;
        notice::notice(&format!(
            "the secret of '{}' was written to {}",
            for_terminal(created.name()),
            path.display()
        ));
        // The details go to stdout; the secret stays in the file only.
        return context.printer.one(&created.without_secret());
    }
    if let (true, Some(secret)) = (args.key_only, &secret) {
        return context
            .printer
            .raw(format!("{}\n", secret.expose()).as_bytes());
    }
    context.printer.created(&created)?;
    if context.settings.output.format == Format::Table {
        context.printer.flush()?;
        notice::warning(
            "this is the only time the secret is shown; store it now, it cannot be retrieved again",
        );
    }
    Ok(())
}

fn build_request(args: &CreateArgs, context: &Context) -> Result<CreateKeyRequest> {
    // Without --name, a person at a terminal is asked; anywhere else it is a usage error.
    let asked = match &args.name {
        Some(_) => None,
        None => Some(pick::new_key(
            &context.settings,
            args.limit,
            args.limit_reset,
        )?),
    };
    let name = match (&args.name, &asked) {
        (Some(name), _) => name.clone(),
        (None, Some(asked)) => asked.name.clone(),
        (None, None) => unreachable!("asked when no name was given"),
    };
    let limit = asked.as_ref().map_or(args.limit, |a| a.limit);
    let limit_reset = asked.as_ref().map_or(args.limit_reset, |a| a.limit_reset);
    let external = match &args.external_user {
        None => None,
        Some(user) => Some(ExternalUser {
            user: user.clone(),
            api_key: args
                .external_api_key_file
                .as_deref()
                .map(read_external_key)
                .transpose()?,
        }),
    };
    Ok(CreateKeyRequest {
        name,
        limit,
        limit_reset: limit_reset.map(|period| period.as_str()),
        include_byok_in_limit: args.include_byok_in_limit.then_some(true),
        expires_at: args.expires_at.clone().or_else(|| args.expires_in.clone()),
        workspace_id: context.settings.workspace(args.workspace_id.as_ref()),
        creator_user_id: args.creator_user_id.clone(),
        external,
    })
}

fn read_external_key(path: &Path) -> Result<Secret> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!(
            "could not read --external-api-key-file {}: {e}",
            path.display()
        ))
    })?;
    let key = text.trim();
    if key.chars().count() < MIN_EXTERNAL_KEY_LEN || key.chars().any(char::is_whitespace) {
        return Err(Error::usage(format!(
            "the key in {} must be a single word of at least {MIN_EXTERNAL_KEY_LEN} characters",
            path.display()
        )));
    }
    Ok(Secret::new(key.to_string()))
}

/// A file created empty, owner-only, before the request, and filled with the secret after it.
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
    fn write_secret(mut self, secret: &Secret) -> Result<PathBuf> {
        let written =
            writeln!(self.file, "{}", secret.expose()).and_then(|()| self.file.sync_all());
        written.map(|()| self.path.clone()).map_err(|e| {
            Error::io(
                &format!(
                    "the key was created but its secret could not be written to {}",
                    self.path.display()
                ),
                &e,
            )
            .with_hint("delete the new key and create another; its secret cannot be retrieved")
        })
    }

    /// The create failed: remove the empty file claimed for it.
    fn abandon(self) {
        drop(self.file);
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Quotes a value for a POSIX shell, so the suggested command can be pasted as it is.
fn shell_quote(value: &str) -> String {
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
        file.write_secret(&Secret::new("sk-or-v1-x".into()))
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some("sk-or-v1-x\n")
        );
    }
}
