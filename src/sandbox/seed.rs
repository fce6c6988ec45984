//! Secrets, hashes and labels shaped like the real service's, and the example keys a fresh
//! sandbox starts with. Example keys come from a seed, a fixed one unless `--seed` says
//! otherwise, so every user's fresh sandbox holds the same keys and the documentation can
//! show their real hashes.

use std::fmt::Write;

use fastrand::Rng;
use jiff::{tz::TimeZone, SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::generate;
use super::state::{State, StoredKey, STATE_VERSION};

/// The workspace keys land in when none is named.
pub const DEFAULT_WORKSPACE: &str = "5a4db0c5-0000-4000-8000-000000000001";
/// The seed of the example keys when none is given: "orkeys" in ASCII.
pub const DEFAULT_SEED: u64 = 0x6f72_6b65_7973;
/// Who created the example keys.
pub const EXAMPLE_CREATOR: &str = "user_sandbox0000000000000000001";

/// How a fresh state is filled: which seed, and the hand-written examples (`keys: None`) or
/// that many generated ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fresh {
    pub seed: u64,
    pub keys: Option<usize>,
}

impl Default for Fresh {
    fn default() -> Self {
        Fresh {
            seed: DEFAULT_SEED,
            keys: None,
        }
    }
}

impl Fresh {
    pub fn new(seed: Option<u64>, keys: Option<usize>) -> Self {
        Fresh {
            seed: seed.unwrap_or(DEFAULT_SEED),
            keys,
        }
    }

    pub fn state(self, now: Timestamp) -> State {
        let keys = match self.keys {
            Some(count) => generate::keys(self.seed, count, now),
            None => examples(self.seed, now),
        };
        State {
            version: STATE_VERSION,
            next_seq: keys.len() as u64,
            keys,
        }
    }
}

/// The secret of the key with sequence number `seq` in a sandbox seeded with `seed`. Distinct
/// sequence numbers give distinct secrets, so processes sharing one state file (which hands
/// out each number once) never create the same key twice, even with the same seed.
pub fn derived_secret(seed: u64, seq: u64) -> String {
    format!(
        "sk-or-v1-{}",
        sha256_hex(&format!("orkeys sandbox key {seed} {seq}"))
    )
}

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
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    // By table rather than `write!`: `--keys` hashes hundreds of thousands of secrets.
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
            hex.push(char::from(DIGITS[usize::from(byte & 0xf)]));
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

/// A handful of realistic keys, so that the first `list` shows something. The newest has the
/// highest sequence number, and each key's secret is [`derived_secret`] of its number.
fn examples(seed: u64, now: Timestamp) -> Vec<StoredKey> {
    let days = |n: i64| SignedDuration::from_hours(24 * n);
    let ago = |n: i64| timestamp(now - days(n));
    let ahead = |n: i64| timestamp(now + days(n));
    // "A few minutes ago", but never before today began: these keys have spent today.
    let today = now
        .to_zoned(TimeZone::UTC)
        .start_of_day()
        .map_or(now, |midnight| midnight.timestamp());
    let minutes_ago = |n: i64| timestamp((now - SignedDuration::from_mins(n)).max(today));
    struct Example {
        name: &'static str,
        limit: Option<f64>,
        reset: Option<&'static str>,
        usage: [f64; 4],
        created_days_ago: i64,
        expires: Option<i64>,
        disabled: bool,
        last_used: Option<String>,
    }
    let examples = [
        Example {
            name: "old-laptop",
            limit: Some(10.0),
            reset: None,
            usage: [9.6, 0.0, 0.0, 0.0],
            created_days_ago: 400,
            expires: None,
            disabled: true,
            last_used: Some(ago(140)),
        },
        Example {
            name: "hackathon-2025",
            limit: Some(5.0),
            reset: None,
            usage: [4.99, 0.0, 0.0, 0.0],
            created_days_ago: 300,
            expires: Some(-240),
            disabled: false,
            last_used: Some(ago(242)),
        },
        Example {
            name: "production-api",
            limit: Some(100.0),
            reset: Some("monthly"),
            usage: [412.75, 1.2, 6.4, 25.5],
            created_days_ago: 200,
            expires: None,
            disabled: false,
            last_used: Some(minutes_ago(2)),
        },
        Example {
            name: "staging",
            limit: Some(20.0),
            reset: Some("weekly"),
            usage: [58.1, 0.9, 18.7, 31.0],
            created_days_ago: 120,
            expires: None,
            disabled: false,
            last_used: Some(minutes_ago(17)),
        },
        Example {
            name: "customer-acme",
            limit: Some(50.0),
            reset: Some("daily"),
            usage: [310.0, 4.1, 22.0, 90.3],
            created_days_ago: 45,
            expires: Some(320),
            disabled: false,
            last_used: Some(minutes_ago(9)),
        },
        Example {
            name: "ci-nightly",
            limit: None,
            reset: None,
            usage: [3.2, 0.0, 0.4, 1.1],
            created_days_ago: 10,
            expires: Some(20),
            disabled: false,
            last_used: Some(ago(2)),
        },
    ];
    examples
        .into_iter()
        .enumerate()
        .map(|(seq, e)| {
            let seq = seq as u64;
            let secret = derived_secret(seed, seq);
            StoredKey {
                seq,
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
                creator_user_id: Some(EXAMPLE_CREATOR.to_string()),
                workspace_id: DEFAULT_WORKSPACE.to_string(),
                external_user: None,
                external_api_key_sha256: None,
                last_used_at: e.last_used,
            }
        })
        .collect()
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

    use crate::testing::now;

    #[test]
    fn a_fresh_sandbox_has_varied_examples_newest_last_in_sequence() {
        let state = Fresh::default().state(now());
        assert_eq!(state.keys.len(), 6);
        assert_eq!(state.next_seq, 6);
        assert!(state.keys.iter().any(|k| k.disabled));
        assert!(state.keys.iter().any(|k| k.is_expired(now())));
        assert!(state.keys.is_sorted_by_key(|k| k.seq));
        assert!(state
            .keys
            .is_sorted_by_key(|k| k.created_at.parse::<Timestamp>().ok()));
        assert_eq!(
            state.keys.last().map(|k| k.name.as_str()),
            Some("ci-nightly")
        );
    }

    #[test]
    fn every_fresh_sandbox_has_the_same_examples_unless_seeded() {
        let hashes = |fresh: Fresh, now: Timestamp| -> Vec<String> {
            fresh.state(now).keys.into_iter().map(|k| k.hash).collect()
        };
        let later = now() + SignedDuration::from_hours(50);
        let default = hashes(Fresh::default(), now());
        assert_eq!(default, hashes(Fresh::new(None, None), later));
        assert_eq!(
            default[0],
            sha256_hex(&derived_secret(DEFAULT_SEED, 0)),
            "the README shows these"
        );
        let seeded = hashes(Fresh::new(Some(7), None), now());
        assert_eq!(seeded, hashes(Fresh::new(Some(7), None), later));
        assert!(seeded.iter().all(|h| !default.contains(h)));
    }

    #[test]
    fn derived_secrets_differ_by_seed_and_sequence() {
        let secret = derived_secret(1, 6);
        assert!(
            secret.starts_with("sk-or-v1-") && secret.len() == 73,
            "{secret}"
        );
        assert_eq!(secret, derived_secret(1, 6));
        let all: std::collections::HashSet<String> = (0..2)
            .flat_map(|seed| (0..500).map(move |seq| derived_secret(seed, seq)))
            .collect();
        assert_eq!(all.len(), 1000);
    }
}
