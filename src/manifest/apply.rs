//! Carrying a plan out: creates first, then updates, then replacements, deletes last. A
//! create whose outcome is unknown is never retried: the apply stops there, and what was not
//! reached is reported as not done. Any other failure is reported with the key it concerns,
//! and the rest goes on.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::diff::{Change, Plan};
use crate::api::types::{CreateKeyRequest, Key, UpdateKeyRequest};
use crate::api::Client;
use crate::error::{Error, Kind, Result};

/// What happened to one change of the plan.
#[derive(Debug)]
pub struct Applied {
    /// `create`, `update`, `replace` or `delete`.
    pub action: &'static str,
    pub name: String,
    /// The key acted on; for a create or a replacement, the new key.
    pub hash: Option<String>,
    /// For a replacement, the key it replaced.
    pub replaced: Option<String>,
    pub outcome: Outcome,
    /// The new key, with its secret, for the report (`--json`) when no file holds it.
    pub created: Option<Key>,
    /// Where the new key's secret was written.
    pub secret_file: Option<PathBuf>,
}

#[derive(Debug)]
pub enum Outcome {
    Done,
    Failed(Error),
    /// A change the apply was not asked to make (a replacement without `--replace`).
    Skipped(&'static str),
    /// Not reached: an earlier create's outcome was unknown.
    NotDone,
}

impl Applied {
    pub fn ok(&self) -> bool {
        matches!(self.outcome, Outcome::Done | Outcome::Skipped(_))
    }
}

/// Where new secrets go.
#[derive(Debug)]
pub enum Secrets {
    /// A new 0600 file per key in this directory, claimed before any write.
    Files(Vec<ClaimedFile>),
    /// Handed to the caller as each key is created (printed on a terminal, or kept for the
    /// JSON report).
    Caller,
}

/// A file claimed for one new key's secret.
#[derive(Debug)]
pub struct ClaimedFile {
    path: PathBuf,
    file: Option<File>,
}

/// Claims `DIR/NAME.key` for every key the plan would create, before anything is written;
/// refuses a name whose file already exists.
pub fn claim_secret_files(dir: &Path, plan: &Plan, replace: bool) -> Result<Vec<ClaimedFile>> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(&format!("could not create {}", dir.display()), &e))?;
    let mut taken: Vec<String> = Vec::new();
    let mut claimed: Vec<ClaimedFile> = Vec::new();
    // In the order the keys will be created: each new key takes the next file.
    for change in in_order(plan) {
        let name = match change {
            Change::Create { entry, .. } => &entry.name,
            Change::Replace { request, .. } if replace => &request.name,
            _ => continue,
        };
        let mut stem = file_stem(name);
        let mut n = 2;
        while taken.contains(&stem) {
            stem = format!("{}-{n}", file_stem(name));
            n += 1;
        }
        taken.push(stem.clone());
        let path = dir.join(format!("{stem}.key"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(file) => claimed.push(ClaimedFile {
                path,
                file: Some(file),
            }),
            Err(e) => {
                for file in claimed {
                    file.abandon();
                }
                return Err(match e.kind() {
                    ErrorKind::AlreadyExists => Error::usage(format!(
                        "{} already exists; orkeys never overwrites a secret file",
                        path.display()
                    ))
                    .with_hint("move it away, or choose another --secrets-dir"),
                    _ => Error::io(&format!("could not create {}", path.display()), &e),
                });
            }
        }
    }
    Ok(claimed)
}

impl ClaimedFile {
    fn write(&mut self, key: &Key) -> Result<PathBuf> {
        let secret = key
            .secret()
            .map(|s| s.expose().to_string())
            .unwrap_or_default();
        let written = match self.file.as_mut() {
            Some(file) => writeln!(file, "{secret}").and_then(|()| file.sync_all()),
            None => Err(std::io::Error::other("already written")),
        };
        self.file = None;
        written.map(|()| self.path.clone()).map_err(|e| {
            Error::io(
                &format!(
                    "the key {} was created but its secret could not be written to {}",
                    key.hash(),
                    self.path.display()
                ),
                &e,
            )
            .with_hint(format!(
                "delete it with `orkeys delete {} --yes` and apply again",
                key.hash()
            ))
        })
    }

    /// Removes a file that never received a secret.
    fn abandon(self) {
        if self.file.is_some() {
            drop(self.file);
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// `customer acme/1` → `customer_acme_1`: safe as a file name.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_start_matches('.').to_string();
    if stem.is_empty() {
        "key".to_string()
    } else {
        stem
    }
}

/// Carries the plan out in its order. `on_step` gets each outcome the moment it is known
/// (a new key with its secret, unless a file took it), so that it reaches the user before
/// anything else happens; if it fails (the output went away), nothing more is written and
/// that failure is returned.
pub fn apply(
    plan: &Plan,
    replace: bool,
    mut secrets: Secrets,
    client: &Client,
    on_step: &mut dyn FnMut(&Applied) -> Result<()>,
) -> Result<Vec<Applied>> {
    let changes = in_order(plan);
    let mut files = match &mut secrets {
        Secrets::Files(files) => std::mem::take(files).into_iter(),
        Secrets::Caller => Vec::new().into_iter(),
    };
    let mut run = Run {
        report: Vec::new(),
        stopped: false,
        on_step,
    };
    let result = changes
        .into_iter()
        .try_for_each(|change| run.carry_out(change, replace, &mut files, client));
    for file in files {
        file.abandon();
    }
    result.map(|()| run.report)
}

/// The plan's changes in the order an apply makes them: creates, updates, replacements,
/// deletes (a stable sort: the manifest's order within each kind).
fn in_order(plan: &Plan) -> Vec<&Change> {
    let rank = |change: &Change| match change {
        Change::Create { .. } => 0,
        Change::Update { .. } => 1,
        Change::Replace { .. } => 2,
        Change::Delete { .. } => 3,
        Change::Unchanged { .. } => 4,
    };
    let mut changes: Vec<&Change> = plan.changes.iter().collect();
    changes.sort_by_key(|c| rank(c));
    changes
}

/// An apply under way: what was done so far, and whether a create of unknown outcome
/// stopped it.
struct Run<'a> {
    report: Vec<Applied>,
    stopped: bool,
    on_step: &'a mut dyn FnMut(&Applied) -> Result<()>,
}

impl Run<'_> {
    fn carry_out(
        &mut self,
        change: &Change,
        replace: bool,
        files: &mut std::vec::IntoIter<ClaimedFile>,
        client: &Client,
    ) -> Result<()> {
        match change {
            Change::Unchanged { .. } => Ok(()),
            _ if self.stopped => self.record(not_done(change)),
            Change::Create {
                entry,
                request,
                disable,
            } => {
                let (applied, unknown) = create(request, "create", None, files, client);
                self.stopped |= unknown;
                let created = applied.created.as_ref().map(Key::without_secret);
                self.record(Applied {
                    name: entry.name.clone(),
                    ..applied
                })?;
                match created {
                    Some(key) if *disable => self.record(disable_created(&key, client)),
                    _ => Ok(()),
                }
            }
            Change::Update { key, request, .. } => self.record(Applied {
                outcome: match client.update_key(key.hash(), request) {
                    Ok(_) => Outcome::Done,
                    Err(error) => Outcome::Failed(error),
                },
                ..Applied::on(
                    "update",
                    request.name.as_deref().unwrap_or_else(|| key.name()),
                    key,
                )
            }),
            Change::Replace { key, .. } if !replace => self.record(Applied {
                outcome: Outcome::Skipped("a replacement needs --replace"),
                ..Applied::on("replace", key.name(), key)
            }),
            Change::Replace {
                key,
                request,
                disable,
                ..
            } => {
                let (applied, unknown) =
                    create(request, "replace", Some(key.hash()), files, client);
                self.stopped |= unknown;
                let created = applied
                    .created
                    .as_ref()
                    .filter(|_| matches!(applied.outcome, Outcome::Done))
                    .map(Key::without_secret);
                // The replacement (and its secret) is reported before anything else happens,
                // so the secret is out even if what follows fails or is interrupted.
                self.record(applied)?;
                let Some(new) = created else { return Ok(()) };
                if *disable {
                    self.record(disable_created(&new, client))?;
                }
                self.record(delete_replaced(key, client))
            }
            Change::Delete { key } => self.record(Applied {
                outcome: match client.delete_key(key.hash()) {
                    Ok(_) => Outcome::Done,
                    Err(error) => Outcome::Failed(error),
                },
                ..Applied::on("delete", key.name(), key)
            }),
        }
    }

    /// Hands one outcome over; a failure to do so stops the apply.
    fn record(&mut self, applied: Applied) -> Result<()> {
        let shown = (self.on_step)(&applied);
        self.report.push(applied);
        let Err(error) = shown else { return Ok(()) };
        let done = self.report.len();
        let last = &self.report[done - 1];
        let secret_shown_here = last
            .created
            .as_ref()
            .is_some_and(|key| key.secret().is_some());
        Err(match (&last.created, secret_shown_here) {
            (Some(key), true) => {
                let mut error = Error::secret_not_delivered(
                    key.hash(),
                    key.name(),
                    &error,
                    "standard output",
                );
                error.message.push_str("; the apply stopped there");
                error
            }
            _ => Error::new(
                Kind::Io,
                format!(
                    "could not write the apply's report: {}; the apply stopped after {done} changes",
                    error.message
                ),
            )
            .with_hint("run plan again to see what is left to do"),
        })
    }
}

impl Applied {
    /// An action on an existing key, its outcome to be filled in.
    fn on(action: &'static str, name: &str, key: &Key) -> Applied {
        Applied {
            action,
            name: name.to_string(),
            hash: Some(key.hash().to_string()),
            replaced: None,
            outcome: Outcome::Done,
            created: None,
            secret_file: None,
        }
    }
}

/// A new key declared disabled (or replacing a disabled one): the create body cannot say so,
/// so it is disabled right after.
fn disable_created(key: &Key, client: &Client) -> Applied {
    let request = UpdateKeyRequest {
        disabled: Some(true),
        ..Default::default()
    };
    Applied {
        outcome: match client.update_key(key.hash(), &request) {
            Ok(_) => Outcome::Done,
            Err(error) => Outcome::Failed(
                Error {
                    message: format!(
                        "the key was created, but could not be disabled: {}; it is active",
                        error.message
                    ),
                    ..error
                }
                .with_hint(format!("disable it with: orkeys disable {}", key.hash())),
            ),
        },
        ..Applied::on("disable", key.name(), key)
    }
}

/// The second half of a replacement: the old key goes once the new one is out.
fn delete_replaced(key: &Key, client: &Client) -> Applied {
    Applied {
        outcome: match client.delete_key(key.hash()) {
            Ok(_) => Outcome::Done,
            Err(error) => Outcome::Failed(
                Error {
                    message: format!(
                        "its replacement was created, but the old key could not be deleted: {}",
                        error.message
                    ),
                    ..error
                }
                .with_hint(format!(
                    "finish the replacement with: orkeys delete {} --yes",
                    key.hash()
                )),
            ),
        },
        ..Applied::on("delete", key.name(), key)
    }
}

/// Creates a key and hands its secret to its file; whether the outcome is unknown.
fn create(
    request: &CreateKeyRequest,
    action: &'static str,
    replacing: Option<&str>,
    files: &mut std::vec::IntoIter<ClaimedFile>,
    client: &Client,
) -> (Applied, bool) {
    let mut file = files.next();
    let mut applied = Applied {
        action,
        name: request.name.clone(),
        hash: None,
        replaced: replacing.map(str::to_string),
        outcome: Outcome::Done,
        created: None,
        secret_file: None,
    };
    match client.create_key(request) {
        Err(failure) => {
            if let Some(file) = file {
                file.abandon();
            }
            let mut error = failure.error;
            if failure.outcome_unknown {
                error.message = format!(
                    "{}; the key may have been created (run plan again to see), and the apply stopped here",
                    error.message
                );
            }
            applied.outcome = Outcome::Failed(error);
            (applied, failure.outcome_unknown)
        }
        Ok(key) => {
            applied.hash = Some(key.hash().to_string());
            let delivered = match file.as_mut() {
                Some(file) => file.write(&key).map(|path| {
                    applied.secret_file = Some(path);
                    key.without_secret()
                }),
                None => Ok(key),
            };
            match delivered {
                Ok(key) => applied.created = Some(key),
                Err(error) => applied.outcome = Outcome::Failed(error),
            }
            (applied, false)
        }
    }
}

fn not_done(change: &Change) -> Applied {
    let (action, name, hash) = match change {
        Change::Create { entry, .. } => ("create", entry.name.clone(), None),
        Change::Update { key, .. } => ("update", key.name().to_string(), Some(key.hash())),
        Change::Replace { key, .. } => ("replace", key.name().to_string(), Some(key.hash())),
        Change::Delete { key } => ("delete", key.name().to_string(), Some(key.hash())),
        Change::Unchanged { key } => ("unchanged", key.name().to_string(), Some(key.hash())),
    };
    Applied {
        action,
        name,
        hash: hash.map(str::to_string),
        replaced: None,
        outcome: Outcome::NotDone,
        created: None,
        secret_file: None,
    }
}

/// The failure an apply ends with, when any action failed: the first failure's class.
pub fn failure(report: &[Applied]) -> Option<Error> {
    let failed: Vec<&Applied> = report
        .iter()
        .filter(|a| matches!(a.outcome, Outcome::Failed(_) | Outcome::NotDone))
        .collect();
    let first = failed.iter().find_map(|a| match &a.outcome {
        Outcome::Failed(error) => Some(error),
        _ => None,
    })?;
    Some(
        Error::new(
            first.kind,
            format!(
                "{} of {} changes were not made; the first failure: {}",
                failed.len(),
                report.len(),
                first.message
            ),
        )
        .with_hint(
            first
                .hint
                .clone()
                .unwrap_or_else(|| "run plan again to see what is left to do".to_string()),
        ),
    )
}

/// Refuses an apply that would create keys whose secrets nobody would keep. `reshaped`:
/// `--json` was asked for, but `--jq` or `--fields` reshape the report.
pub fn check_secrets_have_a_home(
    plan: &Plan,
    replace: bool,
    has_home: bool,
    reshaped: bool,
) -> Result<()> {
    let creates = plan.creates(replace);
    if creates == 0 || has_home {
        return Ok(());
    }
    let (reason, hint) = if reshaped {
        (
            "--jq and --fields reshape the report and could drop them",
            "pass --secrets-dir DIR (a new 0600 file per key), or leave out --jq and --fields to keep them in the --json report",
        )
    } else {
        (
            "standard output is not a terminal",
            "pass --secrets-dir DIR (a new 0600 file per key) or --json (the secrets in the output)",
        )
    };
    Err(Error::new(
        Kind::Usage,
        format!(
            "the plan creates {creates} key{}, and their secrets would be lost: {reason}",
            if creates == 1 { "" } else { "s" }
        ),
    )
    .with_hint(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_file_names_are_safe() {
        assert_eq!(file_stem("customer-acme"), "customer-acme");
        assert_eq!(file_stem("acme corp/eu"), "acme_corp_eu");
        assert_eq!(file_stem("../etc/passwd"), "_etc_passwd");
        assert_eq!(file_stem("日本"), "__");
        assert_eq!(file_stem(""), "key");
    }
}
