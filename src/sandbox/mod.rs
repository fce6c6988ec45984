//! A local stand-in for the key-management API, for trying orkeys and testing scripts with no
//! account and no network. It speaks real HTTP, so orkeys' own client (or curl, an SDK, any
//! script) uses it exactly as it would use OpenRouter.

mod activity;
mod body;
mod faults;
mod generate;
mod handler;
mod seed;
pub mod server;
mod state;
mod store;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

pub use faults::Faults;
pub use seed::Fresh;
pub use server::{Options, Running};
pub use store::Store;

use crate::error::Result;

/// The sandbox's management key: fixed, and plainly not a real secret.
pub const MANAGEMENT_KEY: &str = "sk-or-v1-sandbox-management-key-not-a-real-secret";
/// An ordinary (non-management) key, for trying what such a key may and may not do.
pub const ORDINARY_KEY: &str = "sk-or-v1-sandbox-ordinary-key-not-a-real-secret";
/// The API's page size, and the sandbox's default.
pub const DEFAULT_PAGE_SIZE: usize = 100;
/// The most keys `--keys` generates: far more than any account holds, and a state file of
/// a few hundred megabytes.
pub const MAX_GENERATED_KEYS: usize = 1_000_000;

/// Starts a private sandbox on a free loopback port over the shared state file, for
/// `--sandbox`; it stops when the returned handle is dropped.
pub fn start_private() -> Result<Running> {
    let store = Store::at_or_default(None)?;
    let fresh = Fresh::default();
    check_state(&store, fresh)?;
    server::start(Options {
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        store,
        page_size: DEFAULT_PAGE_SIZE,
        latency: Duration::ZERO,
        faults: Faults::default(),
        seed: None,
        fresh,
    })
}

/// Starts the sandbox over again: a new state filled as `fresh` says. Returns the number of
/// keys.
pub fn reset(store: &Store, fresh: Fresh) -> Result<usize> {
    let state = fresh.state(jiff::Timestamp::now());
    let keys = state.keys.len();
    store.replace(state)?;
    Ok(keys)
}

/// Fills a new state file as `fresh` says; `false` (and nothing written) when the file
/// already exists.
pub fn create_new(store: &Store, fresh: Fresh) -> Result<bool> {
    store.create_new(|| fresh.state(jiff::Timestamp::now()))
}

/// Checks that the state file can be used (creating it when missing) before serving, so a
/// corrupt file is reported once at start rather than as failures of every request. Returns
/// the number of keys.
pub fn check_state(store: &Store, fresh: Fresh) -> Result<usize> {
    store.read(
        || fresh.state(jiff::Timestamp::now()),
        |state| state.keys.len(),
    )
}
