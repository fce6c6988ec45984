//! Checks that turn raw flag values into trusted ones before any request is built.
//! Each function is a clap value parser: its `Err` becomes a usage error (exit 2). The
//! ranges are documented in the README ("Values orkeys accepts").

use jiff::{tz::TimeZone, Span, Timestamp, ToSpan};

use crate::sanitize::{for_terminal, is_bidi_control};

/// The largest spending limit orkeys sends, in US dollars: far above any real key's budget,
/// and low enough that a typo such as `1e308` is caught.
pub const MAX_LIMIT_USD: f64 = 1_000_000.0;
/// The longest key name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest user id (`--creator-user-id`, `--external-user`), in characters.
pub const MAX_ID_CHARS: usize = 256;
/// How far ahead an expiry may be, in years.
pub const MAX_EXPIRY_YEARS: i64 = 10;
/// The most page requests in flight (`--concurrency`).
pub const MAX_CONCURRENCY: usize = 16;

/// A spending limit in US dollars: finite, not negative, at most [`MAX_LIMIT_USD`].
pub fn usd(raw: &str) -> Result<f64, String> {
    let shown = for_terminal(raw);
    let value: f64 = raw
        .trim()
        .parse()
        .map_err(|_| format!("'{shown}' is not a number of dollars (e.g. 25 or 12.50)"))?;
    if !value.is_finite() {
        return Err(format!("'{shown}' is not a finite number of dollars"));
    }
    if value < 0.0 {
        return Err(format!("a limit cannot be negative (got {shown})"));
    }
    if value > MAX_LIMIT_USD {
        return Err(format!(
            "a limit must be between 0 and 1,000,000 dollars (got {shown})"
        ));
    }
    // -0 would be sent as `-0.0`; the API means "no spending allowed" either way.
    Ok(value.abs())
}

/// A key name: 1 to [`MAX_NAME_CHARS`] characters, something visible among them, no control
/// characters (they would corrupt tables and logs) and no bidi controls (they make a name
/// display as another).
pub fn name(raw: &str) -> Result<String, String> {
    if raw.trim().is_empty() {
        return Err("a key name cannot be empty".to_string());
    }
    if let Some(c) = raw.chars().find(|c| c.is_control()) {
        return Err(format!(
            "a key name cannot contain control characters (found {})",
            c.escape_default()
        ));
    }
    if let Some(c) = raw.chars().find(|&c| is_bidi_control(c)) {
        return Err(format!(
            "a key name cannot contain text-direction controls (found {}): they make a name display as another",
            c.escape_default()
        ));
    }
    if raw.chars().all(|c| c.is_whitespace() || is_invisible(c)) {
        return Err("a key name needs at least one visible character".to_string());
    }
    let length = raw.chars().count();
    if length > MAX_NAME_CHARS {
        return Err(format!(
            "a key name must be 1 to {MAX_NAME_CHARS} characters long (got {length})"
        ));
    }
    Ok(raw.to_string())
}

/// Characters that take no space on screen: zero-width spaces and joiners, the word joiner,
/// the byte-order mark, the soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}' | '\u{180e}'
    )
}

/// `--concurrency`: 1 to [`MAX_CONCURRENCY`] page requests in flight.
pub fn concurrency(raw: &str) -> Result<usize, String> {
    match raw.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_CONCURRENCY).contains(&n) => Ok(n),
        _ => Err(format!(
            "'{}' is not a number from 1 to {MAX_CONCURRENCY}",
            for_terminal(raw)
        )),
    }
}

/// A non-negative whole number, for `--offset` and `--limit` on list.
pub fn count(raw: &str) -> Result<u64, String> {
    if raw.trim_start().starts_with('-') {
        return Err(format!("must be 0 or more (got {raw})"));
    }
    raw.trim()
        .parse()
        .map_err(|_| format!("'{raw}' is not a whole number"))
}

/// A workspace id: the API takes a UUID (8-4-4-4-12 hex digits).
pub fn uuid(raw: &str) -> Result<String, String> {
    let groups: Vec<&str> = raw.split('-').collect();
    let lengths_ok = groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len);
    if lengths_ok
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
    {
        Ok(raw.to_ascii_lowercase())
    } else {
        Err(format!(
            "'{raw}' is not a workspace UUID (like 0df9e665-d932-5740-b2c7-b52af166bc11)"
        ))
    }
}

/// A user id for `--creator-user-id` or `--external-user`: not blank, no control or bidi
/// characters, at most [`MAX_ID_CHARS`] characters.
pub fn identifier(raw: &str) -> Result<String, String> {
    if raw.trim().is_empty() || raw.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err("must be a non-empty id without control characters".to_string());
    }
    if raw.chars().count() > MAX_ID_CHARS {
        return Err(format!("must be at most {MAX_ID_CHARS} characters long"));
    }
    Ok(raw.to_string())
}

/// Seconds for `--timeout`: a positive, finite number.
pub fn seconds(raw: &str) -> Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(value) if value.is_finite() && value > 0.0 && value <= 86_400.0 => Ok(value),
        _ => Err(format!(
            "'{raw}' is not a number of seconds greater than 0 and at most 86400"
        )),
    }
}

/// An absolute expiry for `--expires-at`: RFC 3339 in UTC, with seconds, in the future.
/// Returned in the canonical form the API documents (`2027-12-31T23:59:59Z`).
pub fn expires_at(raw: &str) -> Result<String, String> {
    expires_at_relative_to(raw, Timestamp::now())
}

fn expires_at_relative_to(raw: &str, now: Timestamp) -> Result<String, String> {
    let when = utc_with_seconds(raw)?;
    let shown = for_terminal(raw);
    if when <= now {
        return Err(format!("'{shown}' is in the past"));
    }
    if when > latest_expiry(now) {
        return Err(format!(
            "'{shown}' is more than {MAX_EXPIRY_YEARS} years ahead; expiries must be within {MAX_EXPIRY_YEARS} years"
        ));
    }
    Ok(when.to_string())
}

/// The furthest expiry orkeys sets: [`MAX_EXPIRY_YEARS`] from now.
fn latest_expiry(now: Timestamp) -> Timestamp {
    now.to_zoned(TimeZone::UTC)
        .checked_add(MAX_EXPIRY_YEARS.years())
        .map_or(Timestamp::MAX, |z| z.timestamp())
}

/// The API's rule for `expires_at`: RFC 3339 in UTC (`Z` or `+00:00`), seconds included,
/// fractional seconds allowed. Shared with the sandbox, which enforces the same rule.
pub fn utc_with_seconds(raw: &str) -> Result<Timestamp, String> {
    let shown = for_terminal(raw);
    let example = "use UTC with seconds, like 2027-12-31T23:59:59Z";
    let bytes = raw.as_bytes();
    let dated = bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..10].iter().all(u8::is_ascii_digit);
    if !dated {
        return Err(format!(
            "'{shown}' is not a date and time; {example} (or --expires-in 30d for a duration)"
        ));
    }
    if bytes.len() == 10 {
        return Err(format!("'{shown}' is a date without a time; {example}"));
    }
    if !matches!(bytes[10], b'T' | b't') {
        return Err(format!("'{shown}' is not a date and time; {example}"));
    }
    let time_part = &bytes[11..];
    let has_seconds = time_part.len() >= 8
        && time_part[2] == b':'
        && time_part[5] == b':'
        && time_part[6..8].iter().all(u8::is_ascii_digit);
    if !has_seconds {
        return Err(format!("'{shown}' lacks seconds; {example}"));
    }
    let is_utc = raw.ends_with(['Z', 'z']) || raw.ends_with("+00:00");
    if !is_utc {
        return Err(format!("'{shown}' is not in UTC; {example}"));
    }
    raw.parse()
        .map_err(|_| format!("'{shown}' is not a valid date and time; {example}"))
}

/// A relative expiry for `--expires-in`, like `30d`, `12h`, `2w` or `1y`, turned into the
/// absolute UTC time (whole seconds) the API takes.
pub fn expires_in(raw: &str) -> Result<String, String> {
    expires_in_relative_to(raw, Timestamp::now())
}

fn expires_in_relative_to(raw: &str, now: Timestamp) -> Result<String, String> {
    let shown = for_terminal(raw);
    let span: Span = raw.trim().parse().map_err(|_| {
        format!("'{shown}' is not a duration; use a number and a unit, like 30d, 12h, 2w or 1y")
    })?;
    if !span.is_positive() {
        return Err(format!("'{shown}' must be a positive duration, like 30d"));
    }
    let too_far = || {
        format!(
            "'{shown}' is more than {MAX_EXPIRY_YEARS} years; expiries must be within {MAX_EXPIRY_YEARS} years"
        )
    };
    let when = now
        .to_zoned(TimeZone::UTC)
        .checked_add(span)
        .map_err(|_| too_far())?
        .timestamp();
    if when > latest_expiry(now) {
        return Err(too_far());
    }
    let whole_seconds = Timestamp::from_second(when.as_second()).map_err(|_| too_far())?;
    Ok(whole_seconds.to_string())
}

/// A span such as `90d`, `2w`, `12h` or `1y` for a filter, as an exact duration from now.
pub fn duration(raw: &str) -> Result<jiff::SignedDuration, String> {
    duration_from(raw, Timestamp::now())
}

fn duration_from(raw: &str, now: Timestamp) -> Result<jiff::SignedDuration, String> {
    let shown = for_terminal(raw);
    let span: Span = raw.trim().parse().map_err(|_| {
        format!("'{shown}' is not a duration; use a number and a unit, like 90d, 2w, 12h or 1y")
    })?;
    if !span.is_positive() {
        return Err(format!("'{shown}' must be a positive duration, like 90d"));
    }
    let later = now
        .to_zoned(TimeZone::UTC)
        .checked_add(span)
        .map_err(|_| format!("'{shown}' is too long"))?;
    Ok(later.timestamp().duration_since(now))
}

/// A percentage of a limit, 0 to 100.
pub fn percent(raw: &str) -> Result<f64, String> {
    match raw.trim().trim_end_matches('%').parse::<f64>() {
        Ok(value) if value.is_finite() && (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(format!(
            "'{}' is not a percentage from 0 to 100",
            for_terminal(raw)
        )),
    }
}

/// A name pattern for `--match`: `*` is any text, `?` any one character.
pub fn glob(raw: &str) -> Result<glob::Pattern, String> {
    glob::Pattern::new(raw)
        .map_err(|e| format!("'{}' is not a valid pattern: {e}", for_terminal(raw)))
}

/// True when a KEY argument is a full key hash (64 hex digits), which goes straight to the API.
pub fn is_full_hash(raw: &str) -> bool {
    raw.len() == 64 && raw.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::now;

    #[test]
    fn limits_must_be_finite_and_not_negative() {
        assert_eq!(usd("25.5"), Ok(25.5));
        assert_eq!(usd("0"), Ok(0.0));
        assert_eq!(usd("-0"), Ok(0.0));
        assert_eq!(usd("1000000"), Ok(1_000_000.0));
        for bad in [
            "-1",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "ten",
            "",
            "1e999",
            "1e308",
            "1000000.01",
        ] {
            assert!(usd(bad).is_err(), "{bad} should be rejected");
        }
        assert!(usd("1e308").is_err_and(|e| e.contains("between 0 and 1,000,000")));
    }

    #[test]
    fn names_must_be_printable_and_not_blank() {
        assert_eq!(name("ci runner"), Ok("ci runner".to_string()));
        assert_eq!(name("café 🚀"), Ok("café 🚀".to_string()));
        assert!(name(&"x".repeat(200)).is_ok());
        for bad in [
            "",
            "   ",
            "\t",
            "a\nb",
            "evil\u{1b}[31m",
            "\u{200b}\u{200b}",
            "\u{feff}",
            "admin\u{202e}txt.exe",
            "\u{2066}x",
        ] {
            assert!(name(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(name(&"x".repeat(201)).is_err_and(|e| e.contains("1 to 200 characters")));
        assert!(name(&"x".repeat(10_000)).is_err());
    }

    #[test]
    fn counts_reject_negatives_and_garbage() {
        assert_eq!(count("0"), Ok(0));
        assert_eq!(count("250"), Ok(250));
        assert!(count("-1").is_err());
        assert!(count("1.5").is_err());
        assert!(count("x").is_err());
    }

    #[test]
    fn workspace_ids_are_uuids() {
        assert!(uuid("0df9e665-d932-5740-b2c7-b52af166bc11").is_ok());
        assert_eq!(
            uuid("0DF9E665-D932-5740-B2C7-B52AF166BC11").as_deref(),
            Ok("0df9e665-d932-5740-b2c7-b52af166bc11")
        );
        assert!(uuid("default").is_err());
        assert!(uuid("0df9e665d9325740b2c7b52af166bc11").is_err());
        assert!(uuid("0df9e665-d932-5740-b2c7-b52af166bc1g").is_err());
    }

    #[test]
    fn expiry_must_be_utc_with_seconds_and_in_the_future() {
        let ok = expires_at_relative_to("2027-12-31T23:59:59Z", now());
        assert_eq!(ok.as_deref(), Ok("2027-12-31T23:59:59Z"));
        let offset = expires_at_relative_to("2027-12-31T23:59:59+00:00", now());
        assert_eq!(offset.as_deref(), Ok("2027-12-31T23:59:59Z"));
        let fraction = expires_at_relative_to("2027-12-31T23:59:59.5Z", now());
        assert_eq!(fraction.as_deref(), Ok("2027-12-31T23:59:59.5Z"));

        let cases = [
            ("yesterday", "not a date and time"),
            ("tomorrow", "not a date and time"),
            ("2027-12-31", "a date without a time"),
            ("2027-12-31 23:59:59Z", "not a date and time"),
            ("2040-01-01T00:00:00Z", "more than 10 years"),
            ("2027-12-31T23:59Z", "lacks seconds"),
            ("2027-12-31T23:59:59+02:00", "not in UTC"),
            ("2027-12-31T23:59:59", "not in UTC"),
            ("2027-13-31T23:59:59Z", "not a valid date"),
            ("2020-01-01T00:00:00Z", "in the past"),
        ];
        for (raw, why) in cases {
            let err = expires_at_relative_to(raw, now()).expect_err(raw);
            assert!(err.contains(why), "{raw}: {err}");
        }
    }

    #[test]
    fn relative_expiry_becomes_an_absolute_utc_time() {
        assert_eq!(
            expires_in_relative_to("30d", now()).as_deref(),
            Ok("2026-12-22T12:00:00Z")
        );
        assert_eq!(
            expires_in_relative_to("12h", now()).as_deref(),
            Ok("2026-11-23T00:00:00Z")
        );
        assert_eq!(
            expires_in_relative_to("1y", now()).as_deref(),
            Ok("2027-11-22T12:00:00Z")
        );
        assert!(expires_in_relative_to("10y", now()).is_ok());
        for far in ["5000y", "11y", "3660d"] {
            let error = expires_in_relative_to(far, now()).expect_err(far);
            assert!(error.contains("more than 10 years"), "{far}: {error}");
        }
        assert!(
            expires_in_relative_to("-3d", now()).is_err_and(|e| e.contains("positive duration"))
        );
        assert!(expires_in_relative_to("0d", now()).is_err());
        assert!(expires_in_relative_to("-3d", now()).is_err());
        assert!(expires_in_relative_to("soon", now()).is_err());
    }

    #[test]
    fn filter_durations_percentages_and_patterns() {
        assert_eq!(
            duration_from("90d", now()),
            Ok(jiff::SignedDuration::from_hours(90 * 24))
        );
        assert_eq!(
            duration_from("2w", now()),
            Ok(jiff::SignedDuration::from_hours(14 * 24))
        );
        assert!(duration_from("0d", now()).is_err());
        assert!(duration_from("soon", now()).is_err());
        assert_eq!(percent("80"), Ok(80.0));
        assert_eq!(percent("12.5%"), Ok(12.5));
        assert!(percent("101").is_err() && percent("-1").is_err() && percent("x").is_err());
        assert!(glob("customer-*").is_ok());
        assert!(glob("[").is_err());
    }

    #[test]
    fn full_hashes_are_64_hex_digits() {
        assert!(is_full_hash(&"a".repeat(64)));
        assert!(!is_full_hash(&"a".repeat(63)));
        assert!(!is_full_hash(&"g".repeat(64)));
    }
}
