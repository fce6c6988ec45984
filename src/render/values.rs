//! How values read to a person: dollars, spend against a limit, status, relative times.

use jiff::Timestamp;

use crate::api::types::Spending;

/// How close a key is to its spending limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headroom {
    Unlimited,
    Plenty,
    /// Less than a tenth of the limit remains.
    Low,
    Exhausted,
}

pub fn headroom(limit: Option<f64>, remaining: Option<f64>) -> Headroom {
    match (limit, remaining) {
        (None, _) => Headroom::Unlimited,
        (Some(_), Some(left)) if left <= 0.0 => Headroom::Exhausted,
        (Some(limit), _) if limit <= 0.0 => Headroom::Exhausted,
        (Some(limit), Some(left)) if left < limit * 0.1 => Headroom::Low,
        _ => Headroom::Plenty,
    }
}

/// `$25.50`; amounts under a cent keep four decimals so they do not read as zero.
pub fn dollars(amount: f64) -> String {
    if amount != 0.0 && amount.abs() < 0.005 {
        format!("${amount:.4}")
    } else {
        format!("${amount:.2}")
    }
}

/// `$25.50 / $100.00 monthly`: the spend counted against the limit, then the limit and its
/// window; `no limit` when there is none.
pub fn limit_used(spending: &Spending) -> String {
    match (spending.limit, spending.limit_used()) {
        (Some(limit), Some(used)) => match spending.limit_reset.as_deref() {
            Some(reset) => format!("{} / {} {reset}", dollars(used), dollars(limit)),
            None => format!("{} / {}", dollars(used), dollars(limit)),
        },
        _ => "no limit".to_string(),
    }
}

pub fn remaining(limit: Option<f64>, remaining: Option<f64>) -> String {
    match (limit, remaining) {
        (None, _) => "unlimited".to_string(),
        (Some(_), Some(left)) => dollars(left),
        (Some(limit), None) => dollars(limit),
    }
}

/// The first 12 hex digits: enough to recognise a key and to use as a selector.
pub fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

/// Any RFC 3339 form the API uses (`Z`, `+00:00`, fractional seconds).
pub fn parse_time(raw: &str) -> Option<Timestamp> {
    raw.parse().ok()
}

/// RFC 3339 in UTC for scripts; a value that does not parse is passed through unchanged.
pub fn rfc3339(raw: &str) -> String {
    parse_time(raw).map_or_else(|| raw.to_string(), |t| t.to_string())
}

/// `3 days ago`, `in 5 hours`, `just now`.
pub fn relative(when: Timestamp, now: Timestamp) -> String {
    let seconds = when.as_second() - now.as_second();
    let distance = seconds.unsigned_abs();
    if distance < 60 {
        return "just now".to_string();
    }
    const MINUTE: u64 = 60;
    const HOUR: u64 = 60 * MINUTE;
    const DAY: u64 = 24 * HOUR;
    const MONTH: u64 = 30 * DAY;
    const YEAR: u64 = 365 * DAY;
    // A unit is used once at least two of it fit ("36 hours", then "2 days").
    let (size, unit) = match distance {
        d if d < 2 * HOUR => (MINUTE, "minute"),
        d if d < 2 * DAY => (HOUR, "hour"),
        d if d < 2 * MONTH => (DAY, "day"),
        d if d < 2 * YEAR => (MONTH, "month"),
        _ => (YEAR, "year"),
    };
    let count = distance / size;
    let plural = if count == 1 { "" } else { "s" };
    if seconds < 0 {
        format!("{count} {unit}{plural} ago")
    } else {
        format!("in {count} {unit}{plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str) -> Timestamp {
        parse_time(raw).unwrap_or_else(|| unreachable!("{raw}"))
    }

    #[test]
    fn dollars_have_cents_and_small_amounts_stay_visible() {
        assert_eq!(dollars(25.5), "$25.50");
        assert_eq!(dollars(0.0), "$0.00");
        assert_eq!(dollars(100.0), "$100.00");
        assert_eq!(dollars(0.0012), "$0.0012");
    }

    #[test]
    fn limit_used_names_the_window_it_counts() {
        let spending = |limit, remaining, reset: Option<&str>, usage| Spending {
            limit,
            limit_remaining: remaining,
            limit_reset: reset.map(str::to_string),
            usage,
            ..Spending::default()
        };
        assert_eq!(
            limit_used(&spending(
                Some(100.0),
                Some(74.5),
                Some("monthly"),
                Some(300.0)
            )),
            "$25.50 / $100.00 monthly"
        );
        assert_eq!(
            limit_used(&spending(Some(100.0), Some(74.5), None, Some(25.5))),
            "$25.50 / $100.00"
        );
        assert_eq!(
            limit_used(&spending(None, None, None, Some(3.0))),
            "no limit"
        );
    }

    #[test]
    fn headroom_flags_nearly_exhausted_keys() {
        assert_eq!(headroom(None, None), Headroom::Unlimited);
        assert_eq!(headroom(Some(100.0), Some(50.0)), Headroom::Plenty);
        assert_eq!(headroom(Some(100.0), Some(5.0)), Headroom::Low);
        assert_eq!(headroom(Some(100.0), Some(0.0)), Headroom::Exhausted);
        assert_eq!(headroom(Some(0.0), None), Headroom::Exhausted);
    }

    #[test]
    fn relative_times_read_naturally() {
        let now = at("2026-11-22T12:00:00Z");
        assert_eq!(relative(at("2026-11-22T11:59:30Z"), now), "just now");
        assert_eq!(relative(at("2026-11-22T11:55:00Z"), now), "5 minutes ago");
        assert_eq!(relative(at("2026-11-22T10:00:00Z"), now), "2 hours ago");
        assert_eq!(relative(at("2026-11-21T00:00:00Z"), now), "36 hours ago");
        assert_eq!(relative(at("2026-11-19T12:00:00Z"), now), "3 days ago");
        assert_eq!(relative(at("2026-12-22T12:00:00Z"), now), "in 30 days");
        assert_eq!(relative(at("2027-03-22T12:00:00Z"), now), "in 4 months");
        assert_eq!(relative(at("2029-11-22T12:00:00Z"), now), "in 3 years");
        assert_eq!(relative(at("2026-11-22T13:00:00Z"), now), "in 60 minutes");
    }

    #[test]
    fn times_are_normalised_to_utc() {
        assert_eq!(
            rfc3339("2025-02-19T20:52:27.363244+00:00"),
            "2025-02-19T20:52:27.363244Z"
        );
        assert_eq!(rfc3339("2025-08-24T10:30:00Z"), "2025-08-24T10:30:00Z");
        assert_eq!(rfc3339("yesterday"), "yesterday");
    }
}
