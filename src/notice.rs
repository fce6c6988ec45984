//! Status lines for people, on standard error: `orkeys: …` and `orkeys: warning: …`. Standard
//! output carries data only. A failed write to stderr is ignored: a notice must never turn a
//! working command into a failing one. Nothing written here may carry a secret.

use std::io::Write;

use crate::secret::redact;

/// A status line (`orkeys: …`).
pub fn notice(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "orkeys: {}", redact(message));
}

/// A warning (`orkeys: warning: …`).
pub fn warning(message: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "orkeys: warning: {}",
        redact(message)
    );
}
