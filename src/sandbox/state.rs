//! The sandbox's keys, kept in one JSON file. Every change happens under an exclusive lock on
//! a companion lock file, and the new state replaces the old atomically (temporary file,
//! fsync, rename), so concurrent orkeys processes never lose an update and a crash never
//! leaves half a file. A file orkeys cannot read is reported and left untouched.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{Error, Kind, Result};

/// The state file format; a file of another version is refused, not rewritten.
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// Creation order: lists are newest first, and many keys can share a creation second.
    pub next_seq: u64,
    pub keys: Vec<StoredKey>,
}

/// One key as the sandbox keeps it. The secret itself is never stored, only its SHA-256
/// (which is the key's hash), as the real service does.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredKey {
    pub seq: u64,
    pub hash: String,
    pub name: String,
    pub label: String,
    pub disabled: bool,
    pub limit: Option<f64>,
    pub limit_reset: Option<String>,
    pub include_byok_in_limit: bool,
    pub usage: f64,
    pub usage_daily: f64,
    pub usage_weekly: f64,
    pub usage_monthly: f64,
    pub byok_usage: f64,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub expires_at: Option<String>,
    pub creator_user_id: Option<String>,
    pub workspace_id: String,
    pub external_user: Option<String>,
    /// SHA-256 of the external user's own API key, which is never returned.
    pub external_api_key_sha256: Option<String>,
    pub last_used_at: Option<String>,
}

impl StoredKey {
    pub fn is_expired(&self, now: Timestamp) -> bool {
        self.expires_at
            .as_deref()
            .and_then(|raw| raw.parse::<Timestamp>().ok())
            .is_some_and(|when| when <= now)
    }

    /// The spend that counts against the limit in the current period.
    fn counted_usage(&self) -> f64 {
        match self.limit_reset.as_deref() {
            Some("daily") => self.usage_daily,
            Some("weekly") => self.usage_weekly,
            Some("monthly") => self.usage_monthly,
            _ => self.usage,
        }
    }

    pub fn limit_remaining(&self) -> Option<f64> {
        self.limit
            .map(|limit| round_cents(limit - self.counted_usage()).max(0.0))
    }

    /// The key object exactly as the API documents it, fields in the API's order.
    pub fn to_api(&self) -> Value {
        json!({
            "hash": self.hash,
            "name": self.name,
            "label": self.label,
            "disabled": self.disabled,
            "limit": self.limit.map(dollars),
            "limit_remaining": self.limit_remaining().map(dollars),
            "limit_reset": self.limit_reset,
            "include_byok_in_limit": self.include_byok_in_limit,
            "usage": dollars(self.usage),
            "usage_daily": dollars(self.usage_daily),
            "usage_weekly": dollars(self.usage_weekly),
            "usage_monthly": dollars(self.usage_monthly),
            "byok_usage": dollars(self.byok_usage),
            "byok_usage_daily": 0,
            "byok_usage_weekly": 0,
            "byok_usage_monthly": 0,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "expires_at": self.expires_at,
            "creator_user_id": self.creator_user_id,
            "workspace_id": self.workspace_id,
            "external_user": self.external_user,
            "last_used_at": self.last_used_at,
        })
    }
}

/// Amounts as the API writes them: `100` and `0` for whole dollars, `25.5` otherwise.
pub fn dollars(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation)]
        return json!(value as i64);
    }
    json!(value)
}

fn round_cents(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// Where the state lives, and the discipline for reading and changing it.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    pub fn new(path: PathBuf) -> Self {
        Store { path }
    }

    /// `$XDG_DATA_HOME/orkeys/sandbox.json`, or the platform's data directory.
    pub fn default_path() -> Result<PathBuf> {
        dirs::data_dir()
            .map(|dir| dir.join("orkeys").join("sandbox.json"))
            .ok_or_else(|| {
                Error::new(
                    Kind::Io,
                    "cannot find a data directory for the sandbox state",
                )
                .with_hint("set XDG_DATA_HOME, or pass --state PATH")
            })
    }

    /// The store at `path` when one was given (`--state`), else at [`Store::default_path`].
    pub fn at_or_default(path: Option<&Path>) -> Result<Self> {
        match path {
            Some(path) => Ok(Store::new(path.to_path_buf())),
            None => Store::default_path().map(Store::new),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the state under the lock; a missing file is created from `fresh`.
    pub fn read<T>(&self, fresh: impl FnOnce() -> State, f: impl FnOnce(&State) -> T) -> Result<T> {
        let _lock = self.lock()?;
        let state = match self.load()? {
            Some(state) => state,
            None => {
                let state = fresh();
                self.save(&state)?;
                state
            }
        };
        Ok(f(&state))
    }

    /// Changes the state under the lock. `f` says whether it changed anything; only then is
    /// the file rewritten.
    pub fn write<T>(
        &self,
        fresh: impl FnOnce() -> State,
        f: impl FnOnce(&mut State) -> (T, bool),
    ) -> Result<T> {
        let _lock = self.lock()?;
        let (mut state, existed) = match self.load()? {
            Some(state) => (state, true),
            None => (fresh(), false),
        };
        let (result, changed) = f(&mut state);
        if changed || !existed {
            self.save(&state)?;
        }
        Ok(result)
    }

    /// Replaces whatever is there (even an unreadable file) with `state`.
    pub fn replace(&self, state: &State) -> Result<()> {
        let _lock = self.lock()?;
        self.save(state)
    }

    fn load(&self) -> Result<Option<State>> {
        let text = match fs::read(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::io(
                    &format!("could not read {}", self.path.display()),
                    &e,
                ))
            }
        };
        let unreadable = |why: String| {
            Error::new(
                Kind::Io,
                format!(
                    "the sandbox state {} {why}; it was left as it is",
                    self.path.display()
                ),
            )
            .with_hint("move it away, or start over with `orkeys sandbox reset`")
        };
        let value: Value = serde_json::from_slice(&text)
            .map_err(|e| unreadable(format!("is not valid JSON ({e})")))?;
        match value.get("version").and_then(Value::as_u64) {
            Some(v) if v == u64::from(STATE_VERSION) => {}
            Some(v) => {
                return Err(unreadable(format!(
                    "has format version {v}, which this orkeys does not know"
                )))
            }
            None => return Err(unreadable("has no format version".to_string())),
        }
        serde_json::from_value(value)
            .map(Some)
            .map_err(|e| unreadable(format!("is damaged ({e})")))
    }

    fn save(&self, state: &State) -> Result<()> {
        let failed =
            |e: &std::io::Error| Error::io(&format!("could not write {}", self.path.display()), e);
        let dir = self.directory();
        let temporary = dir.join(format!(".{}.{}.tmp", self.file_name(), std::process::id()));
        let mut bytes =
            serde_json::to_vec_pretty(state).map_err(|e| Error::new(Kind::Io, e.to_string()))?;
        bytes.push(b'\n');
        let mut file = File::create(&temporary).map_err(|e| failed(&e))?;
        file.write_all(&bytes)
            .and_then(|()| file.sync_all())
            .and_then(|()| fs::rename(&temporary, &self.path))
            .map_err(|e| {
                let _ = fs::remove_file(&temporary);
                failed(&e)
            })?;
        // Make the rename itself durable.
        if let Ok(dir) = File::open(&dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    /// An exclusive lock on `<state>.lock`, held until the guard is dropped. The state file
    /// itself is replaced on every write, so it cannot carry the lock.
    fn lock(&self) -> Result<File> {
        let dir = self.directory();
        fs::create_dir_all(&dir)
            .map_err(|e| Error::io(&format!("could not create {}", dir.display()), &e))?;
        let lock_path = dir.join(format!("{}.lock", self.file_name()));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&format!("could not open {}", lock_path.display()), &e))?;
        file.lock()
            .map_err(|e| Error::io(&format!("could not lock {}", lock_path.display()), &e))?;
        Ok(file)
    }

    fn directory(&self) -> PathBuf {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || "sandbox.json".to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> State {
        State {
            version: STATE_VERSION,
            next_seq: 0,
            keys: Vec::new(),
        }
    }

    #[test]
    fn missing_state_is_created_and_changes_persist() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let store = Store::new(dir.path().join("nested").join("sandbox.json"));
        let count = store
            .read(empty, |s| s.keys.len())
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(count, 0);
        store
            .write(empty, |s| {
                s.next_seq = 7;
                ((), true)
            })
            .unwrap_or_else(|e| unreachable!("{e}"));
        let seq = store
            .read(empty, |s| s.next_seq)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(seq, 7);
    }

    #[test]
    fn unreadable_state_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let path = dir.path().join("sandbox.json");
        for (content, why) in [
            ("{not json", "is not valid JSON"),
            ("{\"version\": 99, \"keys\": []}", "format version 99"),
            ("{\"keys\": []}", "no format version"),
            (
                "{\"version\": 1, \"next_seq\": \"x\", \"keys\": []}",
                "is damaged",
            ),
        ] {
            std::fs::write(&path, content).unwrap_or_else(|e| unreachable!("{e}"));
            let store = Store::new(path.clone());
            let error = store.read(empty, |_| ()).expect_err(content);
            assert!(error.message.contains(why), "{}", error.message);
            let error = store.write(empty, |_| ((), true)).expect_err(content);
            assert!(error.message.contains("left as it is"), "{}", error.message);
            assert_eq!(
                std::fs::read_to_string(&path).ok().as_deref(),
                Some(content)
            );
        }
    }
}
