//! The CLI end to end against its own sandbox: every command, concurrent writers, a damaged
//! state file, failure drills and shutdown.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::*;

pub const SANDBOX_KEY: &str = "sk-or-v1-sandbox-management-key-not-a-real-secret";
pub const ORDINARY_KEY: &str = "sk-or-v1-sandbox-ordinary-key-not-a-real-secret";

/// A private data directory, so each test has its own sandbox state.
pub struct Data {
    pub dir: tempfile::TempDir,
}

impl Data {
    pub fn new() -> Self {
        Data {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn state(&self) -> PathBuf {
        self.dir.path().join("orkeys").join("sandbox.json")
    }

    /// `orkeys --sandbox` with this data directory. A real-looking key in the environment
    /// must be ignored in sandbox mode.
    pub fn orkeys(&self) -> assert_cmd::Command {
        let mut cmd = bare();
        cmd.env("XDG_DATA_HOME", self.dir.path())
            .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
            .arg("--sandbox");
        cmd
    }

    fn start_empty(&self) {
        std::fs::create_dir_all(self.state().parent().expect("parent")).expect("mkdir");
        std::fs::write(self.state(), r#"{"version": 1, "next_seq": 0, "keys": []}"#)
            .expect("write");
    }

    pub fn keys(&self) -> Vec<Value> {
        let out =
            run(self
                .orkeys()
                .args(["list", "--include-disabled", "--include-expired", "--json"]));
        out.expect_code(0);
        out.json().as_array().cloned().expect("array")
    }
}

#[test]
fn a_fresh_sandbox_needs_nothing_and_shows_example_keys() {
    let data = Data::new();
    let out = run(data
        .orkeys()
        .env_remove("OPENROUTER_MANAGEMENT_KEY")
        .arg("list"));
    out.expect_code(0);
    assert!(out.stdout.lines().count() >= 3, "{}", out.stdout);
    assert!(out.stdout.contains("production-api"), "{}", out.stdout);
    let state: Value =
        serde_json::from_str(&std::fs::read_to_string(data.state()).expect("state")).expect("JSON");
    assert_eq!(state["version"], 1);
}

#[test]
fn every_command_works_against_the_sandbox() {
    let data = Data::new();
    data.start_empty();
    let out = run(data
        .orkeys()
        .args(["create", "--name", "demo", "--limit", "5", "--json"]));
    out.expect_code(0);
    let created = out.json();
    let secret = created["key"].as_str().expect("secret").to_string();
    let hash = created["hash"].as_str().expect("hash").to_string();
    assert!(secret.starts_with("sk-or-v1-") && secret.len() == 73);
    assert_eq!(created["limit"], 5);

    let out = run(data.orkeys().arg("list"));
    out.expect_code(0);
    assert!(
        out.stdout.starts_with(&format!("{hash}\tdemo\tactive\t")),
        "{}",
        out.stdout
    );

    let out = run(data.orkeys().args(["get", "demo", "--json"]));
    out.expect_code(0);
    assert_eq!(out.json()["hash"], json!(hash));
    run(data.orkeys().args(["get", &hash[..8]])).expect_code(0);

    let out =
        run(data
            .orkeys()
            .args(["update", "demo", "--no-limit", "--name", "demo-2", "--json"]));
    out.expect_code(0);
    assert_eq!(
        (out.json()["limit"].clone(), out.json()["name"].clone()),
        (Value::Null, json!("demo-2"))
    );
    let out = run(data.orkeys().args([
        "update",
        "demo-2",
        "--limit",
        "7.5",
        "--limit-reset",
        "weekly",
        "--include-byok-in-limit",
        "true",
        "--json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["limit_reset"], "weekly");
    assert_eq!(out.json()["include_byok_in_limit"], true);

    run(data.orkeys().args(["disable", "demo-2"])).expect_code(0);
    assert_eq!(
        run(data.orkeys().args(["list", "--json"])).json(),
        json!([])
    );
    run(data.orkeys().args(["enable", &hash])).expect_code(0);

    let out = run(data.orkeys().args(["current", "--json"]));
    out.expect_code(0);
    assert_eq!(out.json()["is_management_key"], true);

    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("second.key");
    let out = run(data
        .orkeys()
        .args([
            "create",
            "--name",
            "second",
            "--expires-in",
            "30d",
            "--key-file",
        ])
        .arg(&key_file));
    out.expect_code(0);
    let second_secret = std::fs::read_to_string(&key_file).expect("key file");
    assert!(second_secret.starts_with("sk-or-v1-"));
    let out = run(data
        .orkeys()
        .args(["create", "--name", "third", "--key-only"]));
    out.expect_code(0);
    assert_eq!(out.stdout.trim().len(), 73);

    let out = run(data
        .orkeys()
        .args(["delete", "demo-2", "second", "--yes", "--json"]));
    out.expect_code(0);
    assert_eq!(
        out.json()[0],
        json!({"hash": hash, "name": "demo-2", "action": "delete", "ok": true})
    );
    let names: Vec<String> = data
        .keys()
        .iter()
        .map(|k| k["name"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(names, ["third"]);

    run(data.orkeys().args(["get", "demo-2"])).expect_code(3);
    // The sandbox's API rejects what the API rejects, with the API's status.
    run(data.orkeys().args(["get", &"0".repeat(64)])).expect_code(3);
}

#[test]
fn an_ordinary_key_is_refused_like_on_the_real_api() {
    let data = Data::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ordinary");
    std::fs::write(&file, ORDINARY_KEY).expect("write");
    let out = run(data.orkeys().args(["list", "--api-key-file"]).arg(&file));
    out.expect_code(4);
    assert!(out.stderr.contains("HTTP 403"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("needs a management key, not an ordinary API key"),
        "{}",
        out.stderr
    );
    let out = run(data
        .orkeys()
        .args(["current", "--json", "--api-key-file"])
        .arg(&file));
    out.expect_code(0);
    assert_eq!(out.json()["is_management_key"], false);
    std::fs::write(&file, "sk-or-v1-not-a-key").expect("write");
    run(data.orkeys().args(["list", "--api-key-file"]).arg(&file)).expect_code(4);
}

#[test]
fn eight_processes_creating_25_keys_each_lose_nothing() {
    let data = Data::new();
    data.start_empty();
    let binary = assert_cmd::cargo::cargo_bin("orkeys");
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let binary = binary.clone();
            let home = data.dir.path().to_path_buf();
            std::thread::spawn(move || {
                (0..25)
                    .map(|n| {
                        let out = Process::new(&binary)
                            .env_clear()
                            .env("XDG_DATA_HOME", &home)
                            .args([
                                "--sandbox",
                                "create",
                                "--name",
                                &format!("w{worker}-{n}"),
                                "--key-only",
                            ])
                            .output()
                            .expect("run");
                        assert!(
                            out.status.success(),
                            "{}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        String::from_utf8_lossy(&out.stdout).trim().to_string()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let secrets: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().expect("worker"))
        .collect();
    assert_eq!(secrets.len(), 200);
    assert_eq!(
        secrets.iter().collect::<HashSet<_>>().len(),
        200,
        "secrets are distinct"
    );

    let keys = data.keys();
    assert_eq!(keys.len(), 200, "exactly 200 keys exist");
    let hashes: HashSet<&str> = keys.iter().filter_map(|k| k["hash"].as_str()).collect();
    let names: HashSet<&str> = keys.iter().filter_map(|k| k["name"].as_str()).collect();
    assert_eq!((hashes.len(), names.len()), (200, 200));
}

#[test]
fn a_damaged_state_file_is_reported_and_left_untouched() {
    let data = Data::new();
    std::fs::create_dir_all(data.state().parent().expect("parent")).expect("mkdir");
    for content in [
        "{\"version\": 1, \"keys\": [",
        "{\"version\": 7, \"next_seq\": 0, \"keys\": []}",
    ] {
        std::fs::write(data.state(), content).expect("write");
        let out = run(data.orkeys().arg("list"));
        out.expect_code(1);
        assert!(out.stderr.contains("left as it is"), "{}", out.stderr);
        assert!(
            out.stderr.contains("orkeys sandbox reset"),
            "{}",
            out.stderr
        );
        assert_eq!(
            std::fs::read_to_string(data.state()).expect("read"),
            content
        );
    }
    let out = run(bare()
        .env("XDG_DATA_HOME", data.dir.path())
        .args(["sandbox", "reset"]));
    out.expect_code(0);
    assert!(data.keys().len() >= 3, "reset brings the examples back");
}

/// `orkeys sandbox serve` in the background; killed if the test ends early.
pub struct Served {
    child: Child,
    pub base_url: String,
}

impl Served {
    /// Serves `state` with seed 1 and the `extra` flags.
    pub fn start(state: &Path, extra: &[&str]) -> Self {
        let mut args = vec!["--seed", "1"];
        args.extend_from_slice(extra);
        Served::spawn(state, &args)
    }

    /// Serves `state` with only the `args` flags (and a free port).
    pub fn spawn(state: &Path, args: &[&str]) -> Self {
        let child = Process::new(assert_cmd::cargo::cargo_bin("orkeys"))
            .env_clear()
            .args(["sandbox", "serve", "--port", "0", "--state"])
            .arg(state)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve");
        // In the guard before anything can fail, so a failed start leaves no server behind.
        let mut served = Served {
            child,
            base_url: String::new(),
        };
        let stdout = served.child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let first = lines.next().expect("a line").expect("text");
        served.base_url = first
            .strip_prefix("export OPENROUTER_BASE_URL=")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"))
            .to_string();
        let second = lines.next().expect("a line").expect("text");
        assert_eq!(
            second,
            format!("export OPENROUTER_MANAGEMENT_KEY={SANDBOX_KEY}")
        );
        served
    }

    pub fn orkeys(&self) -> assert_cmd::Command {
        let mut cmd = bare();
        cmd.env("OPENROUTER_BASE_URL", &self.base_url)
            .env("OPENROUTER_MANAGEMENT_KEY", SANDBOX_KEY);
        cmd
    }

    /// Sends a signal and waits (up to 10 s) for the exit code.
    fn stop_with(&mut self, signal: &str) -> Option<i32> {
        let pid = self.child.id().to_string();
        Process::new("kill")
            .args([signal, &pid])
            .status()
            .expect("kill");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_answers_other_programs_and_drills_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("drill.json");
    let served = Served::start(&state, &["--faults", "GET /keys=429x2,POST /keys=500x1"]);

    // Two 429s (with Retry-After) are retried through.
    let out = run(served.orkeys().args([
        "list",
        "--include-disabled",
        "--include-expired",
        "-v",
        "--json",
    ]));
    out.expect_code(0);
    assert_eq!(
        out.stderr.matches("HTTP 429 from GET").count(),
        2,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("retry 1 of 3 in 1.0 s"),
        "{}",
        out.stderr
    );
    assert_eq!(out.json().as_array().map(Vec::len), Some(6));

    // The injected 500 on create is reported once, never retried.
    let out = run(served.orkeys().args(["create", "--name", "drill", "-v"]));
    out.expect_code(1);
    assert_eq!(out.stderr.matches("> POST").count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("may have been created"),
        "{}",
        out.stderr
    );
    let out = run(served
        .orkeys()
        .args(["create", "--name", "drill", "--key-only"]));
    out.expect_code(0);
    assert_eq!(
        run(served.orkeys().args(["get", "drill", "--json"])).json()["name"],
        "drill"
    );
}

/// A bare HTTP/1.1 GET, as any other program would send it.
pub fn http_get(base_url: &str, path: &str, key: &str) -> (u16, String, Value) {
    use std::io::{Read, Write};
    let address = base_url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .expect("host");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    write!(
        stream,
        "GET /api/v1{path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {key}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let (head, body) = response.split_once("\r\n\r\n").expect("HTTP response");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    (
        status,
        head.to_ascii_lowercase(),
        serde_json::from_str(body).expect("JSON body"),
    )
}

#[test]
fn serve_paginates_at_page_size_and_faults_carry_retry_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let served = Served::start(
        &dir.path().join("pages.json"),
        &["--page-size", "2", "--faults", "*=503x1"],
    );
    let (status, head, body) = http_get(&served.base_url, "/keys", SANDBOX_KEY);
    assert_eq!(status, 503);
    assert!(head.contains("retry-after: 1"), "{head}");
    assert_eq!(body["error"]["code"], 503);

    let names = |offset: usize| -> Vec<String> {
        let (status, _, body) = http_get(
            &served.base_url,
            &format!("/keys?offset={offset}&include_disabled=true&include_expired=true"),
            SANDBOX_KEY,
        );
        assert_eq!(status, 200);
        body["data"]
            .as_array()
            .expect("data")
            .iter()
            .map(|k| k["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let pages: Vec<Vec<String>> = [0, 2, 4, 6].into_iter().map(names).collect();
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 2, 0]);
    let everything: HashSet<&String> = pages.iter().flatten().collect();
    assert_eq!(everything.len(), 6);
    assert_eq!(pages[0][0], "ci-nightly", "newest first");

    let (status, _, body) = http_get(&served.base_url, "/keys", "sk-or-v1-wrong");
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (401, Some("User not found"))
    );
    let (status, _, body) = http_get(&served.base_url, "/key", ORDINARY_KEY);
    assert_eq!(
        (status, body["data"]["is_management_key"].as_bool()),
        (200, Some(false))
    );
}

#[test]
fn serve_stops_cleanly_on_ctrl_c_and_sigterm_leaving_valid_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state.json");
    for signal in ["-INT", "-TERM"] {
        let mut served = Served::start(&state, &["--latency", "50"]);
        // Writes in flight while the signal arrives.
        let writers: Vec<_> = (0..3)
            .map(|n| {
                let mut cmd = served.orkeys();
                cmd.args([
                    "create",
                    "--name",
                    &format!("in-flight-{signal}-{n}"),
                    "--key-only",
                    "--retries",
                    "0",
                ]);
                std::thread::spawn(move || cmd.output().map(|o| o.status.code()))
            })
            .collect();
        std::thread::sleep(Duration::from_millis(120));
        assert_eq!(served.stop_with(signal), Some(0), "{signal} exits cleanly");
        for writer in writers {
            let _ = writer.join();
        }
        let text = std::fs::read_to_string(&state).expect("state file");
        let parsed: Value = serde_json::from_str(&text).expect("valid JSON after shutdown");
        assert_eq!(parsed["version"], 1);
        assert!(parsed["keys"].as_array().is_some_and(|k| k.len() >= 6));
    }
}

#[test]
fn serve_refuses_bad_fault_specs_before_starting() {
    let out = run(bare().args(["sandbox", "serve", "--faults", "GET /keys=200x1"]));
    out.expect_code(2);
    assert!(out.stderr.contains("400 to 599"), "{}", out.stderr);
}
