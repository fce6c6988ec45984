//! The sandbox as a stand-in worth measuring against: the same example keys for everyone,
//! thousands of generated keys, answers in parallel, exact failure drills, other processes'
//! writes seen at once, and per-key activity.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::sandbox::{http_get, Data, Served, ORDINARY_KEY, SANDBOX_KEY};

/// The hash of `production-api` in every fresh sandbox; the README shows it.
const PRODUCTION_API_HASH: &str =
    "875ff5911b87bfeb5a170fcc9d884a2cedc6248040a77e6f0caf229608ba6230";
const SECOND_WORKSPACE: &str = "5a4db0c5-0000-4000-8000-000000000002";

/// `(hash, name, limit)` of every key in a state file.
fn keys_in(state: &Path) -> Vec<(String, String, Value)> {
    let text = std::fs::read_to_string(state).expect("state file");
    let state: Value = serde_json::from_str(&text).expect("JSON");
    state["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .map(|k| {
            (
                k["hash"].as_str().unwrap_or_default().to_string(),
                k["name"].as_str().unwrap_or_default().to_string(),
                k["limit"].clone(),
            )
        })
        .collect()
}

/// Names of one page of `GET /keys`, disabled and expired keys included.
fn page(served: &Served, workspace: &str, offset: usize) -> Vec<String> {
    let (status, _, body) = http_get(
        &served.base_url,
        &format!(
            "/keys?offset={offset}&include_disabled=true&include_expired=true&workspace_id={workspace}"
        ),
        SANDBOX_KEY,
    );
    assert_eq!(status, 200, "{body}");
    body["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|k| k["hash"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn every_fresh_sandbox_holds_the_same_example_keys() {
    // First use, in two data directories.
    let (first, second) = (Data::new(), Data::new());
    let listed = |data: &Data| -> Vec<(Value, Value, Value)> {
        data.keys()
            .iter()
            .map(|k| (k["hash"].clone(), k["name"].clone(), k["limit"].clone()))
            .collect()
    };
    let keys = listed(&first);
    assert_eq!(keys.len(), 6);
    assert_eq!(keys, listed(&second));
    let production = keys
        .iter()
        .find(|k| k.1 == "production-api")
        .expect("example");
    assert_eq!(
        production.0, PRODUCTION_API_HASH,
        "the README shows this hash"
    );

    // `sandbox reset` brings back the very same keys; --seed changes them.
    let dir = tempfile::tempdir().expect("tempdir");
    let reset = |name: &str, extra: &[&str]| {
        let path = dir.path().join(name);
        let out = run(bare()
            .args(["sandbox", "reset", "--state"])
            .arg(&path)
            .args(extra));
        out.expect_code(0);
        keys_in(&path)
    };
    let (a, b) = (reset("a.json", &[]), reset("b.json", &[]));
    assert_eq!(a, b);
    assert_eq!(keys_in(&first.state()), a);
    let seeded = reset("seeded.json", &["--seed", "5"]);
    assert_eq!(seeded, reset("seeded-again.json", &["--seed", "5"]));
    assert_eq!(seeded.len(), 6);
    assert!(seeded.iter().all(|k| !a.iter().any(|e| e.0 == k.0)));
}

#[test]
fn serve_keys_250_pages_through_250_distinct_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("many.json");
    let served = Served::spawn(&state, &["--keys", "250", "--page-size", "40"]);
    let mut seen = Vec::new();
    for workspace in ["5a4db0c5-0000-4000-8000-000000000001", SECOND_WORKSPACE] {
        let mut sizes = Vec::new();
        for offset in (0..).step_by(40) {
            let hashes = page(&served, workspace, offset);
            sizes.push(hashes.len());
            if hashes.is_empty() {
                break;
            }
            seen.extend(hashes);
        }
        assert!(
            sizes[..sizes.len() - 2].iter().all(|n| *n == 40),
            "{sizes:?}"
        );
    }
    assert_eq!(seen.len(), 250);
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 250, "distinct");
    let names: Vec<String> = keys_in(&state).into_iter().map(|k| k.1).collect();
    assert!(names
        .iter()
        .any(|n| n == "customer-00001" || n.ends_with("-00001")));
    assert!(names.iter().any(|n| n.starts_with("customer-")));
    // The same seed gives the same keys.
    let again = dir.path().join("again.json");
    run(bare()
        .args(["sandbox", "reset", "--keys", "250", "--state"])
        .arg(&again))
    .expect_code(0);
    assert_eq!(keys_in(&again), keys_in(&state));
}

#[test]
fn serve_keys_refuses_to_overwrite_an_existing_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("kept.json");
    run(bare().args(["sandbox", "reset", "--state"]).arg(&state)).expect_code(0);
    let before = std::fs::read(&state).expect("state");
    let out = run(bare()
        .args(["sandbox", "serve", "--port", "0", "--keys", "10", "--state"])
        .arg(&state)
        .timeout(Duration::from_secs(30)));
    out.expect_code(2);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert!(
        out.stderr.contains("orkeys sandbox reset --keys 10"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--state NEW_PATH"), "{}", out.stderr);
    assert_eq!(std::fs::read(&state).expect("state"), before, "untouched");

    run(bare()
        .args(["sandbox", "reset", "--keys", "10", "--state"])
        .arg(&state))
    .expect_code(0);
    assert_eq!(keys_in(&state).len(), 10);
}

#[test]
fn four_requests_in_flight_take_about_one_latency() {
    let dir = tempfile::tempdir().expect("tempdir");
    let served = Served::spawn(&dir.path().join("slow.json"), &["--latency", "400"]);
    assert_eq!(http_get(&served.base_url, "/keys", SANDBOX_KEY).0, 200);
    let started = Instant::now();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let calls: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| http_get(&served.base_url, "/keys", SANDBOX_KEY).0))
            .collect();
        calls.into_iter().map(|c| c.join().expect("call")).collect()
    });
    let elapsed = started.elapsed();
    assert_eq!(statuses, [200; 4]);
    // One after another, they would take at least 1,600 ms.
    assert!(elapsed < Duration::from_millis(1_400), "{elapsed:?}");
}

#[test]
fn counted_faults_stay_exact_with_requests_in_parallel() {
    let dir = tempfile::tempdir().expect("tempdir");
    let served = Served::spawn(
        &dir.path().join("drill.json"),
        &["--faults", "GET /keys=429x7"],
    );
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..5)
                        .map(|_| http_get(&served.base_url, "/keys", SANDBOX_KEY).0)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 7);
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 13);
}

#[test]
fn the_server_sees_what_other_processes_write() {
    let data = Data::new();
    run(data.orkeys().arg("list")).expect_code(0);
    let served = Served::spawn(&data.state(), &[]);
    let names = || -> Vec<String> {
        let (_, _, body) = http_get(&served.base_url, "/keys", SANDBOX_KEY);
        body["data"]
            .as_array()
            .expect("data")
            .iter()
            .map(|k| k["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(!names().contains(&"from-elsewhere".to_string()));
    // Another process (`--sandbox` over the same state file) creates, then deletes, a key.
    run(data.orkeys().args(["create", "--name", "from-elsewhere"])).expect_code(0);
    assert_eq!(names()[0], "from-elsewhere");
    run(data.orkeys().args(["delete", "from-elsewhere", "--yes"])).expect_code(0);
    assert!(!names().contains(&"from-elsewhere".to_string()));
    // And the other way round.
    run(served.orkeys().args(["create", "--name", "from-server"])).expect_code(0);
    run(data.orkeys().args(["get", "from-server"])).expect_code(0);
}

#[test]
fn two_servers_with_one_seed_over_one_state_never_share_a_secret() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("shared.json");
    let first = Served::start(&state, &[]);
    let second = Served::start(&state, &[]);
    let mut secrets = HashSet::new();
    for (n, served) in [&first, &second, &first, &second].into_iter().enumerate() {
        let out = run(served
            .orkeys()
            .args(["create", "--name", &format!("k{n}"), "--key-only"]));
        out.expect_code(0);
        assert!(
            secrets.insert(out.stdout.trim().to_string()),
            "{}",
            out.stdout
        );
    }
    let hashes: HashSet<String> = keys_in(&state).into_iter().map(|k| k.0).collect();
    assert_eq!(hashes.len(), 6 + 4);
}

#[test]
fn activity_is_served_to_management_keys_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let served = Served::spawn(&dir.path().join("activity.json"), &[]);
    let path = format!("/activity?api_key_hash={PRODUCTION_API_HASH}");
    let (status, _, body) = http_get(&served.base_url, &path, SANDBOX_KEY);
    assert_eq!(status, 200, "{body}");
    let rows = body["data"].as_array().expect("data");
    assert!(rows.len() >= 30, "{}", rows.len());
    assert!(rows[0]["model"].as_str().is_some_and(|m| m.contains('/')));
    assert!(rows[0]["usage"].as_f64().is_some_and(|u| u > 0.0));
    let (again, _, same) = http_get(&served.base_url, &path, SANDBOX_KEY);
    assert_eq!((again, &same), (200, &body), "stable");

    let (status, _, body) = http_get(&served.base_url, &path, ORDINARY_KEY);
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (403, Some("Only management keys can fetch activity"))
    );
    let (status, _, body) = http_get(&served.base_url, "/activity?date=someday", SANDBOX_KEY);
    assert_eq!((status, body["error"]["code"].as_u64()), (400, Some(400)));
}
