//! Many example keys for `--keys N`: varied like a real account's (customers and services,
//! some disabled, some expired, some never used, limits of every kind, two workspaces) and
//! the same for the same seed. Creation times rise with the sequence number, so the keys
//! are in creation order as the state requires.

use fastrand::Rng;
use jiff::{tz::TimeZone, SignedDuration, Timestamp};

use super::seed::{self, DEFAULT_WORKSPACE};
use super::state::StoredKey;

/// The other workspace every 25th generated key is in.
pub const SECOND_WORKSPACE: &str = "5a4db0c5-0000-4000-8000-000000000002";
/// Name families and how often each occurs, in percent.
const FAMILIES: [(&str, u32); 7] = [
    ("customer", 70),
    ("prod-api", 6),
    ("staging", 6),
    ("ci", 6),
    ("batch", 5),
    ("eval", 4),
    ("agent", 3),
];
const LIMITS: [f64; 9] = [1.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 250.0, 1000.0];
const CREATORS: [&str; 3] = [
    seed::EXAMPLE_CREATOR,
    "user_sandbox0000000000000000002",
    "user_sandbox0000000000000000003",
];
/// Keys were created over this many days before now.
const HISTORY_DAYS: i64 = 730;
const DAY: i64 = 86_400;

/// `count` keys with sequence numbers `0..count`, oldest first.
pub fn keys(seed: u64, count: usize, now: Timestamp) -> Vec<StoredKey> {
    // Attributes come from one stream; secrets from (seed, seq) like every sandbox secret.
    let mut rng = Rng::with_seed(seed);
    let today = now
        .to_zoned(TimeZone::UTC)
        .start_of_day()
        .map_or(now, |midnight| midnight.timestamp());
    let since_midnight = now.duration_since(today).as_secs().max(1);
    let slot = (HISTORY_DAYS * DAY / i64::try_from(count.max(1)).unwrap_or(i64::MAX)).max(1);
    (0..count)
        .map(|index| {
            let seq = index as u64;
            // Key i is created in the i-th slot of the history: later keys are younger.
            let position = i64::try_from(index).unwrap_or(i64::MAX);
            let age = (HISTORY_DAYS * DAY - slot * position - rng.i64(0..slot)).max(60);
            let created = now - SignedDuration::from_secs(age);
            let mut key = key(seed, seq, &mut rng, created, age);
            key.workspace_id = if index % 25 == 12 {
                SECOND_WORKSPACE
            } else {
                DEFAULT_WORKSPACE
            }
            .to_string();
            lifecycle(
                &mut key,
                &mut rng,
                Times {
                    now,
                    created,
                    age,
                    since_midnight,
                },
            );
            key
        })
        .collect()
}

/// Who the key is and what it may spend; its usage is filled in by [`lifecycle`].
fn key(seed: u64, seq: u64, rng: &mut Rng, created: Timestamp, age: i64) -> StoredKey {
    let secret = seed::derived_secret(seed, seq);
    let family = family(rng.u32(0..100));
    let limit = (rng.u32(0..100) >= 25).then(|| LIMITS[rng.usize(..LIMITS.len())]);
    let limit_reset = limit.and(match rng.u32(0..100) {
        0..30 => None,
        30..45 => Some("daily"),
        45..65 => Some("weekly"),
        _ => Some("monthly"),
    });
    let updated_at = (rng.u32(0..100) < 40)
        .then(|| seed::timestamp(created + SignedDuration::from_secs(rng.i64(0..age.max(1)))));
    let external_user = (family == "customer" && rng.u32(0..100) < 40)
        .then(|| format!("acct_{:06x}", rng.u32(..0x00ff_ffff)));
    StoredKey {
        seq,
        hash: seed::sha256_hex(&secret),
        name: format!("{family}-{:05}", seq + 1),
        label: seed::label(&secret),
        disabled: false,
        limit,
        limit_reset: limit_reset.map(str::to_string),
        include_byok_in_limit: rng.u32(0..100) < 8,
        usage: 0.0,
        usage_daily: 0.0,
        usage_weekly: 0.0,
        usage_monthly: 0.0,
        byok_usage: 0.0,
        created_at: seed::timestamp(created),
        updated_at,
        expires_at: None,
        creator_user_id: Some(CREATORS[rng.usize(..CREATORS.len())].to_string()),
        workspace_id: DEFAULT_WORKSPACE.to_string(),
        external_user,
        external_api_key_sha256: None,
        last_used_at: None,
    }
}

fn family(roll: u32) -> &'static str {
    let mut bound = 0;
    for (name, share) in FAMILIES {
        bound += share;
        if roll < bound {
            return name;
        }
    }
    FAMILIES[0].0
}

#[derive(Debug, Clone, Copy)]
struct Times {
    now: Timestamp,
    created: Timestamp,
    /// Seconds since the key was created.
    age: i64,
    /// Seconds since midnight UTC, at least 1.
    since_midnight: i64,
}

/// Whether the key is disabled, expired or in use, and its usage to match: a key in use has
/// spent this month and was used recently; others stopped some time ago or never started.
fn lifecycle(key: &mut StoredKey, rng: &mut Rng, t: Times) {
    let days_ago = |n: i64| t.now - SignedDuration::from_secs(n * DAY);
    let age_days = t.age / DAY;
    let lifetime = cents(10f64.powf(rng.f64() * 4.0 - 1.0)); // $0.10 to $1,000
    let used_before = |rng: &mut Rng, key: &mut StoredKey, latest_days_ago: i64| {
        // Used last somewhere between the key's creation and `latest_days_ago`.
        if age_days <= latest_days_ago {
            return;
        }
        let when = days_ago(rng.i64(latest_days_ago..=age_days.min(latest_days_ago + 400)));
        key.usage = lifetime;
        key.last_used_at = Some(seed::timestamp(when.max(t.created)));
    };
    match rng.u32(0..100) {
        // Disabled: half were used before being switched off.
        0..8 => {
            key.disabled = true;
            if rng.bool() {
                used_before(rng, key, 31);
            }
        }
        // Expired some days ago, used until then at most.
        8..13 if age_days >= 2 => {
            let expired_days_ago = rng.i64(1..age_days.min(300));
            key.expires_at = Some(seed::timestamp(days_ago(expired_days_ago)));
            used_before(rng, key, expired_days_ago.max(31));
        }
        // Never used.
        13..23 => {}
        // Dormant: used, but not in the last month.
        23..38 => used_before(rng, key, 31),
        // In use: spending this month, most of it this week for some.
        _ => {
            key.usage = lifetime;
            key.usage_monthly = if age_days < 30 {
                lifetime
            } else {
                cents(lifetime * (0.05 + 0.5 * rng.f64())).max(0.01)
            };
            key.usage_weekly = cents(key.usage_monthly * (0.1 + 0.35 * rng.f64()));
            key.usage_daily = if rng.u32(0..100) < 60 {
                cents(key.usage_weekly * 0.35 * rng.f64())
            } else {
                0.0
            };
            let last_used = if key.usage_daily > 0.0 {
                t.now - SignedDuration::from_secs(rng.i64(0..t.since_midnight.min(6 * 3600)))
            } else if key.usage_weekly > 0.0 {
                days_ago(rng.i64(1..=6))
            } else {
                days_ago(rng.i64(7..=29))
            };
            key.last_used_at = Some(seed::timestamp(last_used.max(t.created)));
            if rng.u32(0..100) < 15 {
                key.expires_at = Some(seed::timestamp(days_ago(-rng.i64(7..=365))));
            }
        }
    }
    if key.include_byok_in_limit && key.usage > 0.0 {
        key.byok_usage = cents(key.usage * (0.1 + 0.4 * rng.f64()));
    }
}

fn cents(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    use crate::testing::now;

    #[test]
    fn generated_keys_are_distinct_ordered_and_varied() {
        let keys = keys(5, 2_000, now());
        assert_eq!(keys.len(), 2_000);
        let hashes: HashSet<&str> = keys.iter().map(|k| k.hash.as_str()).collect();
        let names: HashSet<&str> = keys.iter().map(|k| k.name.as_str()).collect();
        assert_eq!((hashes.len(), names.len()), (2_000, 2_000));
        assert!(keys.iter().enumerate().all(|(i, k)| k.seq == i as u64));
        let created: Vec<Timestamp> = keys
            .iter()
            .filter_map(|k| k.created_at.parse().ok())
            .collect();
        assert_eq!(created.len(), 2_000);
        assert!(created.is_sorted(), "oldest first");
        assert!(created.iter().all(|c| *c < now()));
        assert_eq!(keys[41].name.split('-').next_back(), Some("00042"));

        let share = |test: &dyn Fn(&StoredKey) -> bool| {
            keys.iter().filter(|k| test(k)).count() * 100 / keys.len()
        };
        assert!((5..=11).contains(&share(&|k| k.disabled)));
        assert!((2..=8).contains(&share(&|k| k.is_expired(now()))));
        assert!((5..=13).contains(&share(&|k| k.expires_at.is_some() && !k.is_expired(now()))));
        assert!((15..=35).contains(&share(&|k| k.limit.is_none())));
        for period in ["daily", "weekly", "monthly"] {
            assert!(share(&|k| k.limit_reset.as_deref() == Some(period)) >= 5);
        }
        assert!(share(&|k| k.limit.is_some() && k.limit_reset.is_none()) >= 5);
        assert!(share(&|k| k.usage == 0.0 && k.last_used_at.is_none()) >= 10);
        assert!(share(&|k| k.usage_daily > 0.0) >= 20);
        assert!(share(&|k| k.usage > 0.0 && k.usage_monthly == 0.0) >= 10);
        assert!(share(&|k| k.byok_usage > 0.0) >= 1);
        assert!(share(&|k| k.external_user.is_some()) >= 10);
        assert!(share(&|k| k.name.starts_with("customer-")) >= 60);
        assert_eq!(
            keys.iter()
                .filter(|k| k.workspace_id == SECOND_WORKSPACE)
                .count(),
            80
        );
    }

    #[test]
    fn usage_is_consistent_with_last_use() {
        for key in keys(9, 2_000, now()) {
            assert!(key.usage_daily <= key.usage_weekly, "{key:?}");
            assert!(key.usage_weekly <= key.usage_monthly, "{key:?}");
            assert!(key.usage_monthly <= key.usage, "{key:?}");
            let created: Timestamp = key.created_at.parse().unwrap_or(now());
            match key.last_used_at.as_deref().map(str::parse::<Timestamp>) {
                None => assert_eq!(key.usage, 0.0, "{key:?}"),
                Some(Ok(used)) => {
                    assert!(created <= used && used <= now(), "{key:?}");
                    if let Some(Ok(expiry)) = key.expires_at.as_deref().map(str::parse) {
                        assert!(used <= expiry || expiry > now(), "{key:?}");
                    }
                    let recent = now().duration_since(used) < SignedDuration::from_hours(24 * 30);
                    assert_eq!(recent, key.usage_monthly > 0.0, "{key:?}");
                }
                Some(Err(e)) => unreachable!("{e}"),
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_keys() {
        let hashes = |seed: u64| -> Vec<String> {
            keys(seed, 300, now()).into_iter().map(|k| k.hash).collect()
        };
        let names = |seed: u64| -> Vec<String> {
            keys(seed, 300, now()).into_iter().map(|k| k.name).collect()
        };
        assert_eq!(hashes(3), hashes(3));
        assert_eq!(names(3), names(3));
        assert_ne!(hashes(3), hashes(4));
        // Keys 0 to 5 share their secrets with the hand-written examples of the same seed;
        // never with keys of another number.
        assert_eq!(
            keys(3, 6, now())[5].hash,
            seed::sha256_hex(&seed::derived_secret(3, 5))
        );
    }
}
