//! `-v` diagnostics on standard error. Callers never pass secrets here: the Authorization
//! header is logged only as `Bearer <redacted>`.

use std::io::Write;

#[derive(Debug, Clone, Copy)]
pub struct Log {
    verbose: bool,
}

impl Log {
    pub fn new(verbose: bool) -> Self {
        Log { verbose }
    }

    /// Writes one diagnostic line when `-v` is on. A failed write to stderr is ignored:
    /// diagnostics must never turn a working command into a failing one.
    pub fn line(&self, message: impl FnOnce() -> String) {
        if self.verbose {
            let _ = writeln!(std::io::stderr().lock(), "orkeys: {}", message());
        }
    }
}
