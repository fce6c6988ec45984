//! When to try a request again, how long to wait first, and the deadline that bounds the
//! whole command however the server behaves.

use std::time::{Duration, Instant};

use jiff::Timestamp;

/// The longest wait orkeys accepts, from backoff or from a server's `Retry-After`.
pub const MAX_DELAY: Duration = Duration::from_secs(60);
const FIRST_DELAY: Duration = Duration::from_millis(500);

/// Statuses that mean "try again later": rate limiting and edge/gateway trouble.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// Exponential backoff from about half a second, doubled each retry, with ±25 % jitter so
/// that many clients retrying together spread out.
pub fn backoff(retry: u32) -> Duration {
    let base = FIRST_DELAY.saturating_mul(2u32.saturating_pow(retry.min(16)));
    let jitter = 0.75 + fastrand::f64() * 0.5;
    base.mul_f64(jitter).min(MAX_DELAY)
}

/// Reads `Retry-After`: delta seconds or an HTTP date, capped at [`MAX_DELAY`].
/// `None` when the value is neither, so the caller falls back to backoff.
pub fn retry_after(value: &str, now: Timestamp) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds).min(MAX_DELAY));
    }
    let when = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let wait = now.duration_until(when);
    let wait = Duration::try_from(wait).unwrap_or(Duration::ZERO);
    Some(wait.min(MAX_DELAY))
}

/// How long the whole command may take (`--deadline`): every attempt's timeout is cut to
/// what is left, and no retry starts whose wait would end past it.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    started: Instant,
    limit: Duration,
}

impl Deadline {
    pub fn starting_now(limit: Duration) -> Self {
        Deadline {
            started: Instant::now(),
            limit,
        }
    }

    pub fn limit(&self) -> Duration {
        self.limit
    }

    pub fn remaining(&self) -> Duration {
        self.limit.saturating_sub(self.started.elapsed())
    }

    /// Whether waiting `delay` still leaves time for another attempt.
    pub fn allows_wait(&self, delay: Duration) -> bool {
        delay < self.remaining()
    }
}

/// Sleeps for a retry delay. Debug builds honour `ORKEYS_TEST_DELAY_SCALE` (a factor such as
/// `0.001`) so that the fault-injection suite exercises every wait without spending real
/// seconds; release builds always wait in full.
pub fn sleep(delay: Duration) {
    std::thread::sleep(scaled(delay));
}

/// A wait as this build takes it: in full, or scaled down for the test suite in debug builds.
#[cfg(debug_assertions)]
pub fn scaled(delay: Duration) -> Duration {
    std::env::var("ORKEYS_TEST_DELAY_SCALE")
        .ok()
        .and_then(|factor| factor.parse::<f64>().ok())
        .filter(|factor| factor.is_finite() && (0.0..=1.0).contains(factor))
        .map_or(delay, |factor| delay.mul_f64(factor))
}

#[cfg(not(debug_assertions))]
pub fn scaled(delay: Duration) -> Duration {
    delay
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::now;

    #[test]
    fn retry_after_takes_seconds_and_http_dates() {
        assert_eq!(retry_after("2", now()), Some(Duration::from_secs(2)));
        assert_eq!(retry_after(" 0 ", now()), Some(Duration::ZERO));
        assert_eq!(retry_after("3600", now()), Some(MAX_DELAY));
        assert_eq!(
            retry_after("Sun, 22 Nov 2026 12:00:05 GMT", now()),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            retry_after("Sun, 22 Nov 2026 11:00:00 GMT", now()),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon", now()), None);
        assert_eq!(retry_after("-1", now()), None);
    }

    #[test]
    fn backoff_grows_from_half_a_second_and_is_capped() {
        for _ in 0..50 {
            let first = backoff(0);
            assert!(first >= Duration::from_millis(375) && first <= Duration::from_millis(625));
            let third = backoff(2);
            assert!(third >= Duration::from_millis(1500) && third <= Duration::from_millis(2500));
            assert!(backoff(30) <= MAX_DELAY);
        }
    }

    #[test]
    fn only_transient_statuses_are_retried() {
        for status in [429, 502, 503, 504] {
            assert!(is_retryable_status(status));
        }
        for status in [400, 401, 403, 404, 409, 500, 501] {
            assert!(!is_retryable_status(status));
        }
    }

    #[test]
    fn a_deadline_refuses_waits_that_would_outlast_it() {
        let deadline = Deadline::starting_now(Duration::from_secs(10));
        assert!(deadline.allows_wait(Duration::from_secs(1)));
        assert!(!deadline.allows_wait(Duration::from_secs(11)));
        let spent = Deadline::starting_now(Duration::ZERO);
        assert_eq!(spent.remaining(), Duration::ZERO);
        assert!(!spent.allows_wait(Duration::ZERO));
    }
}
