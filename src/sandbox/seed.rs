//! Secrets, hashes and labels shaped like the real service's, and the example keys a fresh
//! sandbox starts with.

use std::fmt::Write;

use fastrand::Rng;
use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::state::{State, StoredKey, STATE_VERSION};

/// The workspace keys land in when none is named.
pub const DEFAULT_WORKSPACE: &str = "5a4db0c5-0000-4000-8000-000000000001";

/// `sk-or-v1-` and 64 hex digits, like a real key.
pub fn new_secret(rng: &mut Rng) -> String {
    let mut secret = String::from("sk-or-v1-");
    for _ in 0..32 {
        let _ = write!(secret, "{:02x}", rng.u8(..));
    }
    secret
}

/// A key's hash is the SHA-256 of its secret, in hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// The masked form the API shows in place of a secret: `sk-or-v1-0e6...c96`.
pub fn label(secret: &str) -> String {
    let body = secret.strip_prefix("sk-or-v1-").unwrap_or(secret);
    let head: String = body.chars().take(3).collect();
    let tail: String = body
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("sk-or-v1-{head}...{tail}")
}

/// Seconds precision, as the API writes timestamps.
pub fn timestamp(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}

/// A sandbox with a handful of realistic keys, so that the first `list` shows something.
pub fn fresh_state(rng: &mut Rng, now: Timestamp) -> State {
    let days = |n: i64| SignedDuration::from_hours(24 * n);
    let ago = |n: i64| timestamp(now - days(n));
    let ahead = |n: i64| timestamp(now + days(n));
    struct Example {
        name: &'static str,
        limit: Option<f64>,
        reset: Option<&'static str>,
        usage: [f64; 4],
        created_days_ago: i64,
        expires: Option<i64>,
        disabled: bool,
    }
    let examples = [
        Example {
            name: "production-api",
            limit: Some(100.0),
            reset: Some("monthly"),
            usage: [412.75, 1.2, 6.4, 25.5],
            created_days_ago: 200,
            expires: None,
            disabled: false,
        },
        Example {
            name: "staging",
            limit: Some(20.0),
            reset: Some("weekly"),
            usage: [58.1, 0.9, 18.7, 31.0],
            created_days_ago: 120,
            expires: None,
            disabled: false,
        },
        Example {
            name: "customer-acme",
            limit: Some(50.0),
            reset: Some("daily"),
            usage: [310.0, 4.1, 22.0, 90.3],
            created_days_ago: 45,
            expires: Some(320),
            disabled: false,
        },
        Example {
            name: "ci-nightly",
            limit: None,
            reset: None,
            usage: [3.2, 0.0, 0.4, 1.1],
            created_days_ago: 10,
            expires: Some(20),
            disabled: false,
        },
        Example {
            name: "old-laptop",
            limit: Some(10.0),
            reset: None,
            usage: [9.6, 0.0, 0.0, 0.0],
            created_days_ago: 400,
            expires: None,
            disabled: true,
        },
        Example {
            name: "hackathon-2025",
            limit: Some(5.0),
            reset: None,
            usage: [4.99, 0.0, 0.0, 0.0],
            created_days_ago: 300,
            expires: Some(-240),
            disabled: false,
        },
    ];
    // Oldest first, so the newest example gets the highest sequence number.
    let mut ordered: Vec<&Example> = examples.iter().collect();
    ordered.sort_by_key(|e| std::cmp::Reverse(e.created_days_ago));
    let keys = ordered
        .into_iter()
        .enumerate()
        .map(|(seq, e)| {
            let secret = new_secret(rng);
            StoredKey {
                seq: seq as u64,
                hash: sha256_hex(&secret),
                name: e.name.to_string(),
                label: label(&secret),
                disabled: e.disabled,
                limit: e.limit,
                limit_reset: e.reset.map(str::to_string),
                include_byok_in_limit: false,
                usage: e.usage[0],
                usage_daily: e.usage[1],
                usage_weekly: e.usage[2],
                usage_monthly: e.usage[3],
                byok_usage: 0.0,
                created_at: ago(e.created_days_ago),
                updated_at: Some(ago(e.created_days_ago / 2)),
                expires_at: e.expires.map(ahead),
                creator_user_id: Some("user_sandbox0000000000000000001".to_string()),
                workspace_id: DEFAULT_WORKSPACE.to_string(),
                external_user: None,
                external_api_key_sha256: None,
                last_used_at: (e.usage[1] > 0.0).then(|| ago(0)),
            }
        })
        .collect::<Vec<_>>();
    State {
        version: STATE_VERSION,
        next_seq: keys.len() as u64,
        keys,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_hashes_and_labels_look_real() {
        let mut rng = Rng::with_seed(1);
        let secret = new_secret(&mut rng);
        assert_eq!(secret.len(), 9 + 64);
        assert!(secret[9..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(label("sk-or-v1-0e6abcdef1c96"), "sk-or-v1-0e6...c96");
    }

    #[test]
    fn a_fresh_sandbox_has_varied_examples_newest_last_in_sequence() {
        let now: Timestamp = "2026-11-22T12:00:00Z"
            .parse()
            .unwrap_or_else(|_| unreachable!());
        let state = fresh_state(&mut Rng::with_seed(7), now);
        assert_eq!(state.keys.len(), 6);
        assert!(state.keys.iter().any(|k| k.disabled));
        assert!(state.keys.iter().any(|k| k.is_expired(now)));
        assert_eq!(
            state.keys.last().map(|k| k.name.as_str()),
            Some("ci-nightly")
        );
        assert_eq!(
            fresh_state(&mut Rng::with_seed(7), now).keys[0].hash,
            state.keys[0].hash
        );
    }
}
