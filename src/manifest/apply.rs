//! Carrying a plan out: creates first, then updates, then replacements, deletes last. A
//! create whose outcome is unknown is never retried: the apply stops there, and what was not
//! reached is reported as not done. Any other failure is reported with the key it concerns,
//! and the rest goes on.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::diff::{Change, Plan};
use crate::api::types::{CreateKeyRequest, Key};
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
    for change in &plan.changes {
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

/// Carries the plan out in its order. `on_created` gets each new key as soon as it exists
/// (with its secret, unless a file took it), so that it reaches the user before anything
/// else happens.
pub fn apply(
    plan: &Plan,
    replace: bool,
    mut secrets: Secrets,
    client: &Client,
    on_created: &mut dyn FnMut(&Key) -> Result<()>,
) -> Vec<Applied> {
    let order = |change: &Change| match change {
        Change::Create { .. } => 0,
        Change::Update { .. } => 1,
        Change::Replace { .. } => 2,
        Change::Delete { .. } => 3,
        Change::Unchanged { .. } => 4,
    };
    let mut changes: Vec<&Change> = plan.changes.iter().collect();
    changes.sort_by_key(|c| order(c));
    let mut files = match &mut secrets {
        Secrets::Files(files) => std::mem::take(files).into_iter(),
        Secrets::Caller => Vec::new().into_iter(),
    };
    let mut report = Vec::new();
    let mut stopped = false;
    for change in changes {
        let applied = match change {
            Change::Unchanged { .. } => continue,
            _ if stopped => not_done(change),
            Change::Create { entry, request } => {
                let (applied, unknown) =
                    create(request, "create", None, &mut files, client, on_created);
                stopped |= unknown;
                Applied {
                    name: entry.name.clone(),
                    ..applied
                }
            }
            Change::Update { key, request, .. } => Applied {
                action: "update",
                name: request
                    .name
                    .clone()
                    .unwrap_or_else(|| key.name().to_string()),
                hash: Some(key.hash().to_string()),
                replaced: None,
                outcome: match client.update_key(key.hash(), request) {
                    Ok(_) => Outcome::Done,
                    Err(error) => Outcome::Failed(error),
                },
                created: None,
                secret_file: None,
            },
            Change::Replace { key, .. } if !replace => Applied {
                action: "replace",
                name: key.name().to_string(),
                hash: Some(key.hash().to_string()),
                replaced: None,
                outcome: Outcome::Skipped("a replacement needs --replace"),
                created: None,
                secret_file: None,
            },
            Change::Replace { key, request, .. } => {
                let (mut applied, unknown) = create(
                    request,
                    "replace",
                    Some(key.hash()),
                    &mut files,
                    client,
                    on_created,
                );
                stopped |= unknown;
                // The old key goes only once its replacement exists and its secret is safe.
                if matches!(applied.outcome, Outcome::Done) {
                    if let Err(error) = client.delete_key(key.hash()) {
                        applied.outcome = Outcome::Failed(Error {
                            message: format!(
                                "the replacement was created, but the old key {} could not be deleted: {}",
                                key.hash(),
                                error.message
                            ),
                            ..error
                        });
                    }
                }
                applied
            }
            Change::Delete { key } => Applied {
                action: "delete",
                name: key.name().to_string(),
                hash: Some(key.hash().to_string()),
                replaced: None,
                outcome: match client.delete_key(key.hash()) {
                    Ok(_) => Outcome::Done,
                    Err(error) => Outcome::Failed(error),
                },
                created: None,
                secret_file: None,
            },
        };
        report.push(applied);
    }
    for file in files {
        file.abandon();
    }
    report
}

/// Creates a key and hands its secret over; whether the outcome is unknown.
fn create(
    request: &CreateKeyRequest,
    action: &'static str,
    replacing: Option<&str>,
    files: &mut std::vec::IntoIter<ClaimedFile>,
    client: &Client,
    on_created: &mut dyn FnMut(&Key) -> Result<()>,
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
                Ok(key) => {
                    if let Err(error) = on_created(&key) {
                        applied.outcome = Outcome::Failed(error);
                    }
                    applied.created = Some(key);
                }
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

/// Refuses an apply that would create keys whose secrets nobody would keep.
pub fn check_secrets_have_a_home(plan: &Plan, replace: bool, has_home: bool) -> Result<()> {
    let creates = plan.count("create") + if replace { plan.count("replace") } else { 0 };
    if creates > 0 && !has_home {
        return Err(Error::new(
            Kind::Usage,
            format!(
                "the plan creates {creates} key{}, and their secrets would be lost: standard output is not a terminal",
                if creates == 1 { "" } else { "s" }
            ),
        )
        .with_hint("pass --secrets-dir DIR (a new 0600 file per key) or --json (the secrets in the output)"));
    }
    Ok(())
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
