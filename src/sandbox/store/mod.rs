//! Where the sandbox's state lives, and the discipline for reading and changing it. Reads
//! hold a shared lock and writes an exclusive one on a companion lock file; a write replaces
//! the file atomically (temporary file, fsync, rename), so concurrent orkeys processes never
//! lose an update and a crash never leaves half a file. A file orkeys cannot read is reported
//! and left untouched.
//!
//! The parsed state is kept in memory and used again while the file on disk is still the one
//! it came from, so a server answering many requests parses the file once per change, not
//! once per request, yet still sees what other processes write.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::SystemTime;

use serde_json::Value;

use super::state::{State, STATE_VERSION};
use crate::error::{Error, Kind, Result};

/// Larger states are written without indentation: a third smaller and quicker to write and
/// parse. Smaller ones stay easy to read.
const PRETTY_UP_TO: usize = 1_000;

#[derive(Clone)]
pub struct Store {
    path: PathBuf,
    /// Shared by the clones of a store (one per server worker).
    cache: Arc<Mutex<Option<Cached>>>,
    /// How many times the file was parsed, so tests can tell a cache hit from a re-read.
    #[cfg(test)]
    parses: Arc<std::sync::atomic::AtomicUsize>,
}

impl std::fmt::Debug for Store {
    // Not the cached state itself: it can hold a million keys.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cached = self
            .cache
            .try_lock()
            .ok()
            .and_then(|c| c.as_ref().map(|c| c.identity));
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("cached", &cached)
            .finish_non_exhaustive()
    }
}

/// A parsed state and the file it was read from.
struct Cached {
    identity: Identity,
    state: Arc<State>,
    /// Held open so that, while cached, no later file can be given the same inode number:
    /// a replaced file then always has a different identity.
    _file: File,
}

/// What tells one version of the state file from another without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: (u64, u64),
    /// Changes on any in-place write too, even one that keeps the length and the mtime.
    #[cfg(unix)]
    changed: (i64, i64),
}

impl Identity {
    fn of(metadata: &Metadata) -> Self {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Identity {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            #[cfg(unix)]
            inode: (metadata.dev(), metadata.ino()),
            #[cfg(unix)]
            changed: (metadata.ctime(), metadata.ctime_nsec()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Shared,
    Exclusive,
}

impl Store {
    pub fn new(path: PathBuf) -> Self {
        Store {
            path,
            cache: Arc::new(Mutex::new(None)),
            #[cfg(test)]
            parses: Arc::default(),
        }
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

    /// Reads the state under a shared lock; a missing file is created from `fresh`. `f` runs
    /// after the lock is released, on a snapshot, so a slow reader holds up no writer.
    pub fn read<T>(&self, fresh: impl FnOnce() -> State, f: impl FnOnce(&State) -> T) -> Result<T> {
        let state = {
            let _lock = self.lock(Access::Shared)?;
            self.current(&mut self.cache())?
        };
        let state = match state {
            Some(state) => state,
            None => {
                let _lock = self.lock(Access::Exclusive)?;
                let mut cache = self.cache();
                match self.current(&mut cache)? {
                    Some(state) => state,
                    None => self.save(fresh(), &mut cache)?,
                }
            }
        };
        Ok(f(&state))
    }

    /// Changes the state under the exclusive lock. `f` says whether it changed anything; only
    /// then is the file rewritten.
    pub fn write<T>(
        &self,
        fresh: impl FnOnce() -> State,
        f: impl FnOnce(&mut State) -> (T, bool),
    ) -> Result<T> {
        let _lock = self.lock(Access::Exclusive)?;
        let mut cache = self.cache();
        self.current(&mut cache)?;
        match cache.take() {
            Some(cached) => {
                // Taken out of the cache, the state is usually not shared and is changed in
                // place instead of copied.
                let mut state = Arc::unwrap_or_clone(cached.state);
                let (result, changed) = f(&mut state);
                if changed {
                    self.save(state, &mut cache)?;
                } else {
                    *cache = Some(Cached {
                        state: Arc::new(state),
                        ..cached
                    });
                }
                Ok(result)
            }
            None => {
                let mut state = fresh();
                let (result, _) = f(&mut state);
                self.save(state, &mut cache)?;
                Ok(result)
            }
        }
    }

    /// Writes `fresh()` only when there is no state file yet; says whether it did.
    pub fn create_new(&self, fresh: impl FnOnce() -> State) -> Result<bool> {
        let _lock = self.lock(Access::Exclusive)?;
        match fs::symlink_metadata(&self.path) {
            Ok(_) => Ok(false),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.save(fresh(), &mut self.cache())?;
                Ok(true)
            }
            Err(e) => Err(Error::io(
                &format!("could not look at {}", self.path.display()),
                &e,
            )),
        }
    }

    /// Replaces whatever is there (even an unreadable file) with `state`.
    pub fn replace(&self, state: State) -> Result<()> {
        let _lock = self.lock(Access::Exclusive)?;
        self.save(state, &mut self.cache()).map(|_| ())
    }

    fn cache(&self) -> MutexGuard<'_, Option<Cached>> {
        // The cache is only ever swapped whole, so a panic elsewhere cannot leave it half-made.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The state on disk, from the cache while the file is unchanged, else read and parsed
    /// (and cached). `None` when there is no file. Called with the file lock held.
    fn current(&self, cache: &mut Option<Cached>) -> Result<Option<Arc<State>>> {
        let failed =
            |e: &std::io::Error| Error::io(&format!("could not read {}", self.path.display()), e);
        let metadata = match fs::metadata(&self.path) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                *cache = None;
                return Ok(None);
            }
            Err(e) => return Err(failed(&e)),
        };
        if let Some(cached) = cache.as_ref() {
            if cached.identity == Identity::of(&metadata) {
                return Ok(Some(Arc::clone(&cached.state)));
            }
        }
        *cache = None;
        let mut file = File::open(&self.path).map_err(|e| failed(&e))?;
        // The identity of what is actually read, from the open file itself.
        let identity = Identity::of(&file.metadata().map_err(|e| failed(&e))?);
        let mut text = Vec::new();
        file.read_to_end(&mut text).map_err(|e| failed(&e))?;
        let state = Arc::new(self.parse(&text)?);
        *cache = Some(Cached {
            identity,
            state: Arc::clone(&state),
            _file: file,
        });
        Ok(Some(state))
    }

    fn parse(&self, text: &[u8]) -> Result<State> {
        #[cfg(test)]
        self.parses
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
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
        let value: Value = serde_json::from_slice(text)
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
        let mut state: State =
            serde_json::from_value(value).map_err(|e| unreadable(format!("is damaged ({e})")))?;
        // orkeys always writes keys in creation order; a file edited by hand may not be.
        if !state.keys.is_sorted_by_key(|k| k.seq) {
            state.keys.sort_by_key(|k| k.seq);
        }
        Ok(state)
    }

    /// Writes `state` atomically and makes it the cached state. Called with the exclusive
    /// lock held.
    fn save(&self, state: State, cache: &mut Option<Cached>) -> Result<Arc<State>> {
        let failed =
            |e: &std::io::Error| Error::io(&format!("could not write {}", self.path.display()), e);
        let dir = self.directory();
        let temporary = dir.join(format!(".{}.{}.tmp", self.file_name(), std::process::id()));
        let bytes = if state.keys.len() <= PRETTY_UP_TO {
            serde_json::to_vec_pretty(&state)
        } else {
            serde_json::to_vec(&state)
        };
        let mut bytes = bytes.map_err(|e| Error::new(Kind::Io, e.to_string()))?;
        bytes.push(b'\n');
        *cache = None;
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
        let state = Arc::new(state);
        // Taken after the rename, which may itself change the file's ctime.
        if let Ok(metadata) = file.metadata() {
            *cache = Some(Cached {
                identity: Identity::of(&metadata),
                state: Arc::clone(&state),
                _file: file,
            });
        }
        Ok(state)
    }

    /// A lock on `<state>.lock`, held until the returned file is dropped. The state file
    /// itself is replaced on every write, so it cannot carry the lock. Each call opens the
    /// lock file anew: locks belong to an open file, so threads of one process exclude each
    /// other too.
    fn lock(&self, access: Access) -> Result<File> {
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
        match access {
            Access::Shared => file.lock_shared(),
            Access::Exclusive => file.lock(),
        }
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
mod tests;
