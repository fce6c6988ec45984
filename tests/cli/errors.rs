//! Bad input, bad answers, retries, authentication, and what never leaks.

use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

use crate::common::*;

#[test]
fn every_bad_input_is_rejected_before_any_request() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let h = hash(1);
    let long_name = "n".repeat(10_000);
    let cases: Vec<Vec<&str>> = vec![
        vec!["create", "--name", "x", "--limit", "-1"],
        vec!["create", "--name", "x", "--limit", "NaN"],
        vec!["create", "--name", "x", "--limit", "inf"],
        vec!["create", "--name", "x", "--limit", "lots"],
        vec!["create", "--name", "x", "--limit-reset", "yearly"],
        vec![
            "create",
            "--name",
            "x",
            "--expires-at",
            "2030-12-31T23:59:59+02:00",
        ],
        vec!["create", "--name", "x", "--expires-at", "2030-12-31T23:59Z"],
        vec!["create", "--name", "x", "--expires-at", "next tuesday"],
        vec![
            "create",
            "--name",
            "x",
            "--expires-at",
            "2001-01-01T00:00:00Z",
        ],
        vec!["create", "--name", "x", "--expires-in", "-5d"],
        vec!["create", "--name", ""],
        vec!["create", "--name", "   "],
        vec!["create", "--name", "bad\u{1b}[31mname"],
        vec!["create", "--name", "x", "--key-only", "--json"],
        vec![
            "create",
            "--name",
            "x",
            "--key-only",
            "--key-file",
            "/tmp/never",
        ],
        vec![
            "create",
            "--name",
            "x",
            "--expires-at",
            "2030-12-31T23:59:59Z",
            "--expires-in",
            "3d",
        ],
        vec!["create", "--name", "x", "--workspace-id", "default"],
        vec!["create"],
        vec!["list", "--offset", "-1"],
        vec!["list", "--limit", "-5"],
        vec!["update", &h, "--limit", "5", "--no-limit"],
        vec!["update", &h, "--enable", "--disable"],
        vec!["update", &h, "--limit", "-3"],
        vec!["update", &h, "--include-byok-in-limit", "maybe"],
        vec!["update", &h],
        vec!["update", "some-name"],
        vec!["get"],
        vec!["--timeout", "0", "list"],
        vec!["--base-url", "ftp://example.com", "list"],
        vec!["frobnicate"],
        // The ranges the README documents.
        vec!["create", "--name", "x", "--limit", "1e308"],
        vec!["create", "--name", "x", "--limit", "1000000.01"],
        vec!["create", "--name", "x", "--expires-in", "5000y"],
        vec![
            "create",
            "--name",
            "x",
            "--expires-at",
            "2099-01-01T00:00:00Z",
        ],
        vec!["create", "--name", &long_name],
        vec!["create", "--name", "\u{200b}\u{200b}"],
        vec!["create", "--name", "invoice\u{202e}fdp.exe"],
        vec!["create", "--name", "x", "--limit-reset", "daily"],
        vec!["update", &h, "--name", &long_name],
        vec!["--retries", "4294967295", "list"],
        vec!["--retries", "11", "list"],
        vec!["--concurrency", "0", "list"],
        vec!["--concurrency", "17", "list"],
        vec!["--deadline", "0", "list"],
        vec!["--format", "csv", "--json", "list"],
        vec!["list", "--fields", "name,nonsense"],
        vec!["current", "--fields", "hash"],
    ];
    for args in cases {
        let out = run(orkeys(&server).args(&args));
        assert_eq!(
            out.code, 2,
            "{args:?} should be a usage error: {}",
            out.stderr
        );
        assert_eq!(out.stdout, "", "{args:?} printed data");
        let first = out.stderr.lines().next().unwrap_or_default();
        let as_json =
            args.contains(&"--json") && first.starts_with("{\"error\":{\"kind\":\"usage\"");
        assert!(
            as_json || first.starts_with("orkeys: error: "),
            "{args:?} should open with one error line: {}",
            out.stderr
        );
    }
    anything.assert_calls(0);
}

/// Each message says what is actually wrong and what to do.
#[test]
fn messages_name_the_real_problem() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let cases: [(&[&str], &str); 12] = [
        (
            &["create", "--name", "x", "--expires-at", "yesterday"],
            "'yesterday' is not a date and time; use UTC with seconds, like 2027-12-31T23:59:59Z (or --expires-in 30d for a duration)",
        ),
        (
            &["create", "--name", "x", "--expires-at", "2030-12-31"],
            "is a date without a time",
        ),
        (
            &["create", "--name", "x", "--expires-in", "-3d"],
            "'-3d' must be a positive duration",
        ),
        (
            &["create", "--name", "x", "--expires-in", "5000y"],
            "'5000y' is more than 10 years",
        ),
        (
            &["create", "--name", "x", "--limit", "1e308"],
            "a limit must be between 0 and 1,000,000 dollars",
        ),
        (
            &["create", "--name", "\u{200b}"],
            "a key name needs at least one visible character",
        ),
        (
            &["create", "--name", "x\u{202e}y"],
            "text-direction controls",
        ),
        (
            &["list", "--fields", "name,bogus"],
            "unknown field 'bogus' for this command",
        ),
        (
            &["list", "--fields", "name,key"],
            "the field 'key' is a new key's secret: only create and rotate have it",
        ),
        (
            &["disable", "--all", "--dry-run", "--fields", "key"],
            "the field 'key' is a new key's secret: only create and rotate have it",
        ),
        (&["list", "--fields", ""], "--fields needs at least one field name"),
        (
            &["current", "--fields", "hash"],
            "unknown field 'hash' for this command",
        ),
    ];
    for (args, expected) in cases {
        let out = run(orkeys(&server).args(args));
        out.expect_code(2);
        assert!(out.stderr.starts_with("orkeys: error: "), "{}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert!(
            !out.stderr.contains("unexpected argument"),
            "{}",
            out.stderr
        );
    }
    // Only the command's own fields are offered.
    let out = run(orkeys(&server).args(["list", "--fields", "bogus"]));
    assert!(
        out.stderr.contains("available fields: name, hash, status")
            && !out.stderr.contains("finding"),
        "{}",
        out.stderr
    );
    let out = run(orkeys(&server).args(["current", "--fields", "hash"]));
    assert!(
        out.stderr
            .contains("available fields: label, is_management_key"),
        "{}",
        out.stderr
    );
    anything.assert_calls(0);
}

#[test]
fn a_short_hex_selector_says_a_prefix_needs_six_digits() {
    let server = MockServer::start();
    let listing = listing(&server, &EVERY_KEY, vec![(0, vec![key(1)])]);
    let out = run(orkeys(&server).args(["get", "4fbc"]));
    out.expect_code(3);
    listing.assert_each_page_once();
    assert!(
        out.stderr
            .contains("a hash prefix needs at least 6 hex digits ('4fbc' has 4)"),
        "{}",
        out.stderr
    );
}

#[test]
fn usage_errors_are_json_objects_with_json() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let out = run(orkeys(&server).args(["create", "--name", "x", "--limit", "-1", "--json"]));
    out.expect_code(2);
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("one JSON object");
    assert_eq!(error["error"]["kind"], "usage");
    assert_eq!(error["error"]["status"], Value::Null);
    assert!(error["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("negative")));
    anything.assert_calls(0);
}

#[test]
fn a_missing_key_exits_4_and_says_where_to_get_one() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let out = run(bare()
        .env("OPENROUTER_BASE_URL", server.url("/api/v1"))
        .arg("list"));
    out.expect_code(4);
    assert!(
        out.stderr.contains("OPENROUTER_MANAGEMENT_KEY"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("openrouter.ai/settings/management-keys"),
        "{}",
        out.stderr
    );
    anything.assert_calls(0);
}

#[test]
fn the_key_can_come_from_a_file_stdin_or_the_older_variable() {
    let server = MockServer::start();
    let listing = listing(&server, &[], vec![(0, vec![])]);
    let mock = &listing.pages[0];
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("mgmt");
    std::fs::write(&file, format!("\u{feff}{MANAGEMENT_KEY}\n")).expect("write");
    set_mode(&file, 0o600);
    let base = ["--base-url", &server.url("/api/v1")];

    run(bare()
        .args(base)
        .arg("list")
        .arg("--api-key-file")
        .arg(&file))
    .expect_code(0);
    run(bare()
        .args(base)
        .args(["list", "--api-key-stdin"])
        .write_stdin(format!("{MANAGEMENT_KEY}\n")))
    .expect_code(0);
    run(bare()
        .args(base)
        .arg("list")
        .env("OPENROUTER_PROVISIONING_KEY", MANAGEMENT_KEY))
    .expect_code(0);
    mock.assert_calls(3);

    let empty = dir.path().join("empty");
    std::fs::write(&empty, "\n").expect("write");
    set_mode(&empty, 0o600);
    run(bare()
        .args(base)
        .arg("list")
        .arg("--api-key-file")
        .arg(&empty))
    .expect_code(4);
    mock.assert_calls(3);
}

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn key_files_are_checked_before_anything_is_sent() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let dir = tempfile::tempdir().expect("tempdir");
    let base = ["--base-url", &server.url("/api/v1")];

    let missing = run(bare()
        .args(base)
        .args(["list", "--api-key-file"])
        .arg(dir.path().join("nonexistent")));
    missing.expect_code(1);
    assert!(
        missing
            .stderr
            .starts_with("orkeys: error: could not read the management key from"),
        "{}",
        missing.stderr
    );
    // Every local file that cannot be read is exit 1, whichever flag names it.
    let external = run(orkeys(&server)
        .args(["create", "--name", "x", "--external-user", "u"])
        .arg("--external-api-key-file")
        .arg(dir.path().join("nonexistent")));
    external.expect_code(1);
    assert!(
        external
            .stderr
            .starts_with("orkeys: error: could not read --external-api-key-file"),
        "{}",
        external.stderr
    );

    let shared = dir.path().join("shared");
    std::fs::write(&shared, format!("{MANAGEMENT_KEY}\n")).expect("write");
    set_mode(&shared, 0o666);
    let out = run(bare()
        .args(base)
        .args(["list", "--api-key-file"])
        .arg(&shared));
    out.expect_code(4);
    assert!(
        out.stderr.contains("other users may change the file"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("chmod 600"), "{}", out.stderr);

    let quoted = dir.path().join("quoted");
    std::fs::write(&quoted, format!("\"{MANAGEMENT_KEY}\"\n")).expect("write");
    set_mode(&quoted, 0o600);
    let out = run(bare()
        .args(base)
        .args(["list", "--api-key-file"])
        .arg(&quoted));
    out.expect_code(4);
    assert!(out.stderr.contains("wrapped in quotes"), "{}", out.stderr);
    assert!(out.stderr.contains("remove the quotes"), "{}", out.stderr);
    anything.assert_calls(0);
}

#[test]
fn unauthorized_and_forbidden_explain_which_key_is_needed() {
    let server = MockServer::start();
    let cases = [
        (
            401,
            "User not found",
            "the key is wrong, revoked or expired: check OPENROUTER_MANAGEMENT_KEY",
        ),
        (
            403,
            "Only management keys can perform this operation",
            "managing keys needs a management key, not an ordinary API key",
        ),
    ];
    for (status, message, hint) in cases {
        let mut mock = server.mock(|when, then| {
            api_call(when, GET, "/keys", &[("offset", "0")]);
            then.status(status)
                .json_body(json!({"error": {"code": status, "message": message}}));
        });
        let out = run(orkeys(&server).args(["list", "--concurrency", "1"]));
        out.expect_code(4);
        mock.assert_calls(1);
        assert!(
            out.stderr.contains(&format!("HTTP {status}")),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains(hint), "{}", out.stderr);
        mock.delete();
    }
}

#[test]
fn api_validation_errors_exit_2_with_the_apis_message() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, "/keys", &[("offset", "0")]);
        then.status(400)
            .json_body(json!({"error": {"code": 400, "message": "Invalid offset\u{1b}[2J"}}));
    });
    let out = run(orkeys(&server).args(["list", "--json", "--concurrency", "1"]));
    out.expect_code(2);
    mock.assert_calls(1);
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("JSON error");
    assert_eq!(error["error"]["kind"], "rejected");
    assert_eq!(error["error"]["status"], 400);
    let message = error["error"]["message"].as_str().expect("message");
    assert!(
        message.contains("Invalid offset\\u{1b}[2J"),
        "escape made visible: {message}"
    );
}

#[test]
fn rate_limits_are_retried_after_the_servers_delay() {
    let server = MockServer::start();
    let limited = server.mock(|when, then| {
        api_call(when, GET, "/keys", &[("offset", "0")]);
        then.status(429)
            .header("retry-after", "1")
            .json_body(json!({"error": {"code": 429, "message": "Rate limit exceeded"}}))
            .up_to_n_times(1);
    });
    let ok = listing(&server, &[], vec![(0, vec![key(0), key(1)])]);
    let out = run(orkeys(&server).args(["list", "-v", "--concurrency", "1"]));
    out.expect_code(0);
    limited.assert_calls(1);
    ok.assert_each_page_once();
    assert_eq!(out.stdout.lines().count(), 2);
    assert!(out.stderr.contains("HTTP 429 from GET"), "{}", out.stderr);
    assert!(
        out.stderr.contains("retry 1 of 3 in 1.0 s"),
        "{}",
        out.stderr
    );
}

#[test]
fn unavailability_is_retried_until_retries_run_out() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(1)), &[]);
        then.status(503)
            .header("retry-after", "0")
            .body("<html><body>Service Unavailable</body></html>");
    });
    let out = run(orkeys(&server).args(["get", &hash(1), "--retries", "2"]));
    out.expect_code(1);
    mock.assert_calls(3);
    assert!(out.stderr.contains("HTTP 503"), "{}", out.stderr);
    assert!(out.stderr.contains("Service Unavailable"), "{}", out.stderr);
}

#[test]
fn backoff_applies_without_retry_after() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, "/key", &[]);
        then.status(502).body("bad gateway");
    });
    let out = run(orkeys(&server).args(["current", "--retries", "1", "-v"]));
    out.expect_code(1);
    mock.assert_calls(2);
    assert!(out.stderr.contains("retry 1 of 1 in 0."), "{}", out.stderr);
}

#[test]
fn malformed_answers_are_reported_not_panicked_on() {
    let cases: [(u16, &str, &str); 5] = [
        (200, "", "(HTTP 200): (empty body)"),
        (
            200,
            "{\"data\": [{\"hash\": \"ab",
            "(HTTP 200): {\"data\": [{\"hash\": \"ab",
        ),
        (200, "{\"data\": {}}", "(HTTP 200): {\"data\": {}}"),
        (200, "{\"data\": [{\"name\": \"no hash\"}]}", "no hash"),
        (
            502,
            "<!DOCTYPE html>\n<html><h1>502 Bad Gateway</h1></html>",
            "(HTTP 502): <!DOCTYPE html>\\n<html>",
        ),
    ];
    for (status, body, expected) in cases {
        let server = MockServer::start();
        let mock = server.mock(|when, then| {
            api_call(when, GET, "/keys", &[("offset", "0")]);
            then.status(status).body(body);
        });
        let out = run(orkeys(&server).args(["list", "--retries", "0", "--concurrency", "1"]));
        out.expect_code(1);
        mock.assert_calls(1);
        assert_eq!(out.stdout, "");
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!(
                "orkeys: error: unexpected response from GET {}",
                server.url("/api/v1/keys?offset=0")
            )),
            "{first}"
        );
        assert!(first.contains(expected), "{first}");
    }
}

#[test]
fn long_bodies_are_cut_to_200_characters() {
    let server = MockServer::start();
    let body = format!("<html>{}</html>", "x".repeat(1000));
    let mock = server.mock(|when, then| {
        api_call(when, GET, "/key", &[]);
        then.status(200).body(&body);
    });
    let out = run(orkeys(&server).arg("current"));
    out.expect_code(1);
    mock.assert_calls(1);
    let first = out.stderr.lines().next().unwrap_or_default();
    assert!(
        first.ends_with(&format!("<html>{}…", "x".repeat(194))),
        "{first}"
    );
}

#[test]
fn verbose_logs_redact_the_authorization_header() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, vec![])]);
    let out = run(orkeys(&server).args(["list", "-v"]));
    out.expect_code(0);
    mock.assert_each_page_once();
    assert!(
        out.stderr
            .contains(&format!("> GET {}", server.url("/api/v1/keys?offset=0"))),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("authorization: Bearer <redacted>"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("< 200 OK"), "{}", out.stderr);
}

#[test]
fn network_failures_exit_1_with_a_next_step() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .args([
            "--base-url",
            &format!("http://127.0.0.1:{port}/api/v1"),
            "list",
            "--retries",
            "0",
        ]));
    out.expect_code(1);
    assert!(
        out.stderr.contains("could not connect to 127.0.0.1"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, (0..90).map(key).collect())]);
    let binary = assert_cmd::cargo::cargo_bin("orkeys");
    let script = format!(
        "'{}' list --json | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
        binary.display()
    );
    let mut bash = std::process::Command::new("bash");
    bash.arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("OPENROUTER_BASE_URL", server.url("/api/v1"));
    let out = run(&mut bash.into());
    out.expect_code(0);
    assert_eq!(out.stderr, "");
    mock.assert_each_page_once();
}

#[test]
fn a_404_on_the_listing_points_at_the_base_url() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, "/keys", &[("offset", "0")]);
        then.status(404).body("Not Found");
    });
    let out = run(orkeys(&server).args(["list", "--concurrency", "1"]));
    out.expect_code(3);
    mock.assert_calls(1);
    assert!(
        out.stderr.contains("hint: check --base-url"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_very_long_rejected_value_is_quoted_by_its_start_and_length() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let name = "n".repeat(10_000);
    let out = run(orkeys(&server).args(["create", "--name", &name]));
    out.expect_code(2);
    assert_eq!(
        out.stderr.lines().next(),
        Some(
            format!(
                "orkeys: error: invalid value '{}…' (10000 characters) for '--name <NAME>': a key name must be 1 to 200 characters long (got 10000)",
                "n".repeat(40)
            )
            .as_str()
        )
    );
    anything.assert_calls(0);
}

#[test]
fn output_flags_on_a_command_that_prints_no_data_are_refused_not_ignored() {
    let server = MockServer::start();
    let anything = any_request(&server);
    for (args, expected) in [
        (
            &["export", "--json"][..],
            "--json does not apply: export writes a TOML manifest",
        ),
        (
            &["export", "--jq", "."],
            "--jq does not apply: export writes a TOML manifest",
        ),
        (
            &["export", "--format", "csv"],
            "--format does not apply: export writes a TOML manifest",
        ),
        (
            &["config", "path", "--jq", "."],
            "--jq does not apply: config path prints a file's path",
        ),
        (
            &["completions", "bash", "--json"],
            "--json does not apply: completions prints a shell script",
        ),
    ] {
        let out = run(orkeys(&server).args(args));
        out.expect_code(2);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
    anything.assert_calls(0);
}
