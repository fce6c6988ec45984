//! Every command against every way a server or the network can fail. For each: the
//! documented exit code, one error line with a hint, no panic, the management key nowhere
//! (with `-v` on), the whole run within `--deadline`, and a create sent once unless the
//! server certainly did not act on it. Retry waits are scaled down in debug builds
//! (`ORKEYS_TEST_DELAY_SCALE`) so the drills do not sleep in real time.

use std::time::{Duration, Instant};

use crate::common::*;
use crate::fault_server::{Action, FaultServer};

const DEADLINE_SECS: f64 = 4.0;
/// Start-up and teardown of a process, on a loaded two-core machine.
const SLACK: Duration = Duration::from_millis(1500);
const RETRIES: usize = 2;

fn commands() -> Vec<Vec<String>> {
    let h = hash(1);
    [
        vec!["list"],
        vec!["get", &h],
        vec!["create", "--name", "drill"],
        vec!["update", &h, "--limit", "5"],
        vec!["delete", &h, "--yes"],
        vec!["enable", &h],
        vec!["disable", &h],
        vec!["current"],
        vec!["rotate", &h, "--key-only"],
        vec!["usage"],
        vec!["usage", "--days"],
        vec!["audit"],
        vec!["export"],
        vec!["plan", "-f", "keys.toml"],
        vec![
            "apply",
            "-f",
            "keys.toml",
            "--yes",
            "--secrets-dir",
            "secrets",
        ],
        vec!["disable", "--all", "--yes"],
        vec!["delete", "--over", "50", "--yes"],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_string).collect())
    .collect()
}

/// Runs every command against a server that answers every request with `action()`, and
/// checks what every fault must give. `message` is part of the error line.
fn drill(action: fn() -> Action, message: &str, create_retried: bool) {
    drill_with(action, message, create_retried, 0.4, DEADLINE_SECS);
}

/// `timeout` and `deadline` in seconds; the run must end within the deadline.
fn drill_with(
    action: fn() -> Action,
    message: &str,
    create_retried: bool,
    timeout: f64,
    deadline: f64,
) {
    // The manifest plan and apply read: one key to create, one to update.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("keys.toml"),
        "[[key]]\nname = \"drill\"\nlimit = 5\n\n[[key]]\nname = \"key-1\"\nlimit = 9\n",
    )
    .expect("manifest");
    let dir = dir.path();
    std::thread::scope(|scope| {
        for args in commands() {
            scope.spawn(move || {
                let server = FaultServer::start(move |_, _| action());
                let started = Instant::now();
                let out = run(bare()
                    .current_dir(dir)
                    .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
                    .env("ORKEYS_TEST_DELAY_SCALE", "0.001")
                    .args(["--base-url", &server.base_url()])
                    .args(["--timeout", &timeout.to_string()])
                    .args(["--deadline", &deadline.to_string()])
                    .args(["--retries", &RETRIES.to_string(), "-v"])
                    .args(&args));
                let elapsed = started.elapsed();
                let context = format!("{args:?}\nstderr: {}", out.stderr);
                assert_eq!(out.code, 1, "{context}");
                assert_eq!(out.stdout, "", "{context}");
                let errors: Vec<&str> = out
                    .stderr
                    .lines()
                    .filter(|l| l.starts_with("orkeys: error: "))
                    .collect();
                assert_eq!(errors.len(), 1, "one error line: {context}");
                for line in out.stderr.lines() {
                    assert!(
                        line.matches(&server.base_url()).count() <= 1,
                        "the request named once: {line}"
                    );
                }
                assert!(errors[0].contains(message), "{context}");
                let after = out.stderr.split(errors[0]).nth(1).unwrap_or_default();
                assert!(
                    after.trim_start().starts_with("hint: "),
                    "a hint: {context}"
                );
                assert!(
                    elapsed < Duration::from_secs_f64(deadline) + SLACK,
                    "took {elapsed:?}: {context}"
                );
                if args[0] == "create" {
                    let expected = if create_retried { RETRIES + 1 } else { 1 };
                    assert_eq!(server.count("POST"), expected, "{context}");
                    assert!(
                        out.stderr.contains("orkeys get drill") || create_retried,
                        "an unknown outcome says how to check: {context}"
                    );
                } else {
                    // The others read first (rotate, apply): a failed read creates nothing.
                    assert_eq!(server.count("POST"), 0, "{context}");
                }
                for seen in server.seen() {
                    assert_eq!(
                        seen.header("authorization"),
                        Some(format!("Bearer {MANAGEMENT_KEY}").as_str())
                    );
                }
            });
        }
    });
}

const RATE_LIMITED: &str = r#"{"error": {"code": 429, "message": "Rate limit exceeded"}}"#;

#[test]
fn rate_limited_with_retry_after() {
    drill(
        || Action::json(429, RATE_LIMITED).with_header("Retry-After", "1"),
        "rate limited by the API after 2 retries",
        true,
    );
}

#[test]
fn rate_limited_without_retry_after() {
    drill(
        || Action::json(429, RATE_LIMITED),
        "rate limited by the API",
        true,
    );
}

#[test]
fn internal_server_error() {
    drill(
        || {
            Action::json(
                500,
                r#"{"error": {"code": 500, "message": "Internal Server Error"}}"#,
            )
        },
        "(HTTP 500)",
        false,
    );
}

#[test]
fn bad_gateway_with_an_html_page() {
    drill(
        || {
            Action::html(
                502,
                "<!DOCTYPE html>\n<html><h1>502 Bad Gateway</h1></html>",
            )
        },
        "(HTTP 502)",
        false,
    );
}

#[test]
fn service_unavailable() {
    drill(
        || Action::html(503, "Service Unavailable"),
        "(HTTP 503)",
        false,
    );
}

#[test]
fn html_with_200() {
    drill(
        || {
            Action::html(
                200,
                "<html><body>Welcome to the captive portal</body></html>",
            )
        },
        "unexpected response",
        false,
    );
}

#[test]
fn empty_body() {
    drill(|| Action::json(200, ""), "(empty body)", false);
}

#[test]
fn truncated_json() {
    drill(
        || Action::json(200, r#"{"data": [{"hash": "ab"#),
        "unexpected response",
        false,
    );
}

#[test]
fn malformed_json() {
    drill(
        || Action::json(200, r#"{"data": [,,]}"#),
        "unexpected response",
        false,
    );
}

#[test]
fn json_of_the_wrong_shape() {
    drill(
        || Action::json(200, r#"{"data": "not what you expected", "deleted": 3}"#),
        "unexpected response",
        false,
    );
}

#[test]
fn connection_reset() {
    drill(|| Action::Reset, "the connection failed", false);
}

#[test]
fn a_server_that_never_answers() {
    drill(|| Action::Stall, "no response to", false);
}

#[test]
fn a_slow_body() {
    drill(
        || Action::SlowBody {
            length: 1000,
            every: Duration::from_millis(100),
        },
        "no response to",
        false,
    );
}

#[test]
fn an_oversized_body_declared() {
    drill(
        || Action::Declared {
            length: 40 * 1024 * 1024,
        },
        "larger than 32 MiB",
        false,
    );
}

#[test]
fn an_oversized_body_that_never_ends() {
    // Time enough to read 32 MiB many times over, even on a loaded machine: the cap, not
    // the timeout, must end it.
    drill_with(
        || Action::Endless { chunk: 1 << 16 },
        "larger than 32 MiB",
        false,
        30.0,
        40.0,
    );
}

#[test]
fn a_refused_connection_is_retried_even_for_create() {
    // A port that was just free: nothing listens there, so nothing was sent.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("ORKEYS_TEST_DELAY_SCALE", "0.001")
        .args(["--base-url", &format!("http://127.0.0.1:{port}/api/v1")])
        .args(["create", "--name", "drill", "-v"]));
    out.expect_code(1);
    assert_eq!(out.stderr.matches("retry ").count(), 3, "{}", out.stderr);
    assert!(out.stderr.contains("could not connect"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("may have been created"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_deadline_bounds_a_stalled_server_and_says_so() {
    let server = FaultServer::start(|_, _| Action::Stall);
    let started = Instant::now();
    let out = run(orkeys_at(&server).args(["--timeout", "30", "--deadline", "1", "current"]));
    out.expect_code(1);
    assert!(started.elapsed() < Duration::from_secs(1) + SLACK);
    assert!(
        out.stderr
            .contains("the command's --deadline of 1 s ran out"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--deadline SECS"), "{}", out.stderr);
}

#[test]
fn no_retry_starts_that_would_end_past_the_deadline() {
    let server = FaultServer::start(|_, _| {
        Action::html(503, "Service Unavailable").with_header("Retry-After", "30")
    });
    let started = Instant::now();
    let out = run(orkeys_at(&server).args(["--deadline", "5", "current"]));
    out.expect_code(1);
    assert_eq!(server.count("GET"), 1);
    assert!(started.elapsed() < Duration::from_secs(1) + SLACK);
    assert!(
        out.stderr
            .contains("not retried: the --deadline of 5 s would pass first"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_retried_delete_that_finds_the_key_gone_reports_it_deleted() {
    let h = hash(1);
    // The first DELETE is carried out but answered too late; the retry finds nothing.
    let server_404 = {
        let deletes = std::sync::atomic::AtomicUsize::new(0);
        let key = serde_json::json!({"data": crate::common::key(1)}).to_string();
        FaultServer::start(move |seen, _| match seen.method.as_str() {
            "GET" => Action::json(200, &key),
            "DELETE" if deletes.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 => {
                Action::After(
                    Duration::from_millis(800),
                    Box::new(Action::json(200, r#"{"deleted": true}"#)),
                )
            }
            "DELETE" => Action::json(
                404,
                r#"{"error": {"code": 404, "message": "API key not found"}}"#,
            ),
            _ => Action::json(500, "{}"),
        })
    };
    let out =
        run(orkeys_at(&server_404).args(["--timeout", "0.5", "delete", &h, "--yes", "--json"]));
    out.expect_code(0);
    assert_eq!(server_404.count("DELETE"), 2);
    assert!(server_404
        .seen()
        .iter()
        .filter(|s| s.method == "DELETE")
        .all(|s| s.target == format!("/api/v1/keys/{h}")));
    let outcome = &out.json()[0];
    assert_eq!(outcome["ok"], true, "{}", out.stdout);
    assert_eq!(
        outcome["note"],
        "already gone on the retry: the earlier attempt deleted it"
    );
}

#[test]
fn a_404_without_an_earlier_uncertain_attempt_is_still_not_found() {
    let server = FaultServer::start(|seen, _| match seen.method.as_str() {
        "GET" => Action::json(200, &serde_json::json!({"data": key(1)}).to_string()),
        _ => Action::json(
            404,
            r#"{"error": {"code": 404, "message": "API key not found"}}"#,
        ),
    });
    let out = run(orkeys_at(&server).args(["delete", &hash(1), "--yes"]));
    out.expect_code(3);
    assert_eq!(server.count("DELETE"), 1);
}

/// orkeys pointed at a fault server, with scaled retry waits.
fn orkeys_at(server: &FaultServer) -> assert_cmd::Command {
    let mut cmd = bare();
    cmd.env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("ORKEYS_TEST_DELAY_SCALE", "0.001")
        .args(["--base-url", &server.base_url()]);
    cmd
}

#[test]
fn a_timeout_the_deadline_leaves_no_retry_for_points_at_the_deadline() {
    let server = FaultServer::start(|_, _| Action::Stall);
    // Real backoff (about 0.5 s) after a 1 s timeout would end past a 1.3 s deadline.
    let out = run(orkeys_at(&server)
        .env("ORKEYS_TEST_DELAY_SCALE", "1")
        .args(["--timeout", "1", "--deadline", "1.3", "current"]));
    out.expect_code(1);
    assert_eq!(server.count("GET"), 1);
    assert!(
        out.stderr
            .contains("(not retried: the --deadline of 1.3 s would pass first)\nhint: try again, or allow the command longer with --deadline SECS\n"),
        "{}",
        out.stderr
    );
}
