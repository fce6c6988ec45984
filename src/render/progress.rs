//! Progress on standard error for work that takes a while (long listings, actions over many
//! keys), shown only when a person is watching: never in a pipe, a CI log, or next to
//! machine-readable output going somewhere else. Quick work shows nothing at all.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Work quicker than this finishes without an indicator flashing by.
const SHOW_AFTER: Duration = Duration::from_millis(300);

#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
    /// The count after the first page of a listing: more than that means a second page.
    first: Option<usize>,
}

impl Progress {
    /// A count of items read so far (`listing keys… 300`), for a listing that needs more
    /// than one page. Does nothing unless `enabled`.
    pub fn counter(enabled: bool, message: &'static str) -> Self {
        Progress::new(enabled, None, message, "{spinner} {msg} {pos}")
    }

    /// A bar over `total` items (`disabling ███ 3/40`). Does nothing unless `enabled`.
    pub fn bar(enabled: bool, total: usize, message: &'static str) -> Self {
        let mut progress = Progress::new(
            enabled,
            Some(total as u64),
            message,
            "{msg} {bar:30} {pos}/{len}",
        );
        progress.first = Some(0);
        progress
    }

    fn new(enabled: bool, total: Option<u64>, message: &'static str, template: &str) -> Self {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.set_message(message);
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: false,
            first: None,
        }
    }

    /// Items done so far.
    pub fn set(&mut self, done: usize) {
        let first = *self.first.get_or_insert(done);
        if let Some(bar) = &self.bar {
            bar.set_position(done as u64);
        }
        if done > first {
            self.show_if_slow();
        }
    }

    /// One more item done.
    pub fn inc(&mut self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
        self.show_if_slow();
    }

    fn show_if_slow(&mut self) {
        if self.shown || self.started.elapsed() < SHOW_AFTER {
            return;
        }
        if let Some(bar) = &self.bar {
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
            bar.enable_steady_tick(Duration::from_millis(200));
            self.shown = true;
        }
    }
}

impl Drop for Progress {
    /// The indicator disappears when the work ends, so it never mixes with what follows.
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
