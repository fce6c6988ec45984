//! When to try a request again, and how long to wait first.

use std::time::Duration;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-22T12:00:00Z"
            .parse()
            .unwrap_or_else(|_| unreachable!())
    }

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
}
