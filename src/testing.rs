//! Helpers shared by the unit tests.

use jiff::Timestamp;

/// A fixed "now", so that times in tests read the same on every run.
pub fn now() -> Timestamp {
    "2026-11-22T12:00:00Z"
        .parse()
        .unwrap_or_else(|_| unreachable!("a valid timestamp"))
}
