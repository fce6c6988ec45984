//! `create`: the exact body, and the secret shown exactly once where asked.

use httpmock::{Method::POST, MockServer};
use serde_json::{json, Value};

use crate::common::*;

const SECRET: &str = "sk-or-v1-c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";

fn created(n: usize, name: &str) -> Value {
    json!({"data": key_named(n, name), "key": SECRET})
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn create_sends_every_field_and_json_adds_the_secret_as_key() {
    let server = MockServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let external_key = dir.path().join("external");
    std::fs::write(&external_key, "ext-0123456789abcdef0123456789abcdef\n").expect("write");
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[])
            .header("content-type", "application/json")
            .json_body(json!({
                "name": "customer 42",
                "limit": 12.5,
                "limit_reset": "weekly",
                "include_byok_in_limit": true,
                "expires_at": "2030-12-31T23:59:59Z",
                "workspace_id": WORKSPACE,
                "creator_user_id": "user_2dHF",
                "external": {"user": "cust-42", "api_key": "ext-0123456789abcdef0123456789abcdef"}
            }));
        then.status(201).json_body(created(4, "customer 42"));
    });
    let out = run(orkeys(&server).args([
        "create",
        "--name",
        "customer 42",
        "--limit",
        "12.5",
        "--limit-reset",
        "weekly",
        "--include-byok-in-limit",
        "--expires-at",
        "2030-12-31T23:59:59Z",
        "--workspace-id",
        WORKSPACE,
        "--creator-user-id",
        "user_2dHF",
        "--external-user",
        "cust-42",
        "--external-api-key-file",
        external_key.to_str().expect("utf-8"),
        "--json",
    ]));
    out.expect_code(0);
    mock.assert_calls(1);
    let mut expected = key_named(4, "customer 42");
    expected["key"] = json!(SECRET);
    assert_eq!(out.json(), expected);
    assert_eq!(count(&out.stdout, SECRET), 1);
    assert!(!out.stderr.contains(SECRET));
    assert!(!out.stderr.contains("ext-0123456789abcdef"));
}

#[test]
fn key_only_prints_the_secret_and_nothing_else() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(201).json_body(created(1, "ci"));
    });
    let out = run(orkeys(&server).args(["create", "--name", "ci", "--key-only"]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert_eq!(out.stdout, format!("{SECRET}\n"));
    assert!(!out.stderr.contains(SECRET));
}

#[test]
fn piped_create_puts_the_secret_before_the_usual_row() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[])
            .json_body(json!({"name": "ci", "expires_at": "2030-01-01T00:00:00Z"}));
        then.status(201).json_body(created(1, "ci"));
    });
    let out = run(orkeys(&server).args([
        "create",
        "--name",
        "ci",
        "--expires-at",
        "2030-01-01T00:00:00+00:00",
    ]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert!(
        out.stdout
            .starts_with(&format!("{SECRET}\t{}\tci\tactive\t", hash(1))),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.lines().count(), 1);
    assert_eq!(count(&out.stdout, SECRET), 1);
}

#[test]
fn key_file_gets_the_secret_with_mode_0600_and_stdout_does_not() {
    let server = MockServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ci.key");
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(201).json_body(created(1, "ci"));
    });
    let out = run(orkeys(&server)
        .args(["create", "--name", "ci", "--json", "--key-file"])
        .arg(&path));
    out.expect_code(0);
    mock.assert_calls(1);
    assert_eq!(out.json(), key_named(1, "ci"), "JSON without the secret");
    assert!(!out.stdout.contains(SECRET) && !out.stderr.contains(SECRET));
    assert!(out.stderr.contains("written to"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        format!("{SECRET}\n")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // A second create to the same path is refused before anything is sent.
    let out = run(orkeys(&server)
        .args(["create", "--name", "ci", "--key-file"])
        .arg(&path));
    out.expect_code(2);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    mock.assert_calls(1);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        format!("{SECRET}\n")
    );
}

#[test]
fn expires_in_is_sent_as_an_absolute_utc_time() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).is_true(|request| {
            let body: Value = serde_json::from_slice(request.body_ref()).unwrap_or(Value::Null);
            let Some(when) = body["expires_at"].as_str() else {
                return false;
            };
            let Ok(when) = when.parse::<jiff::Timestamp>() else {
                return false;
            };
            let days = jiff::Timestamp::now().duration_until(when).as_secs() / 86_400;
            body.as_object().map(|o| o.len()) == Some(2)
                && body["name"] == "short-lived"
                && (29..=30).contains(&days)
                && body["expires_at"]
                    .as_str()
                    .is_some_and(|s| s.ends_with('Z') && s.len() == 20)
        });
        then.status(201).json_body(created(1, "short-lived"));
    });
    let out = run(orkeys(&server).args([
        "create",
        "--name",
        "short-lived",
        "--expires-in",
        "30d",
        "--key-only",
    ]));
    out.expect_code(0);
    mock.assert_calls(1);
}

#[test]
fn a_create_answered_500_is_sent_once_and_says_how_to_check() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "my key"}));
        then.status(500)
            .json_body(json!({"error": {"code": 500, "message": "Internal Server Error"}}));
    });
    let out = run(orkeys(&server).args(["create", "--name", "my key", "--retries", "3"]));
    out.expect_code(1);
    mock.assert_calls(1);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("HTTP 500"), "{}", out.stderr);
    assert!(
        out.stderr.contains("may have been created"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("orkeys get 'my key'"), "{}", out.stderr);
}

#[test]
fn a_create_that_times_out_is_not_resent() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "slow"}));
        then.status(201)
            .delay(std::time::Duration::from_millis(1500))
            .json_body(created(1, "slow"));
    });
    let out = run(orkeys(&server).args(["create", "--name", "slow", "--timeout", "0.3"]));
    out.expect_code(1);
    mock.assert_calls(1);
    assert!(out.stderr.contains("no response to POST"), "{}", out.stderr);
    assert!(
        out.stderr.contains("may have been created"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_create_rate_limited_first_is_retried() {
    let server = MockServer::start();
    let limited = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(429)
            .header("retry-after", "0")
            .json_body(json!({"error": {"code": 429, "message": "Rate limit exceeded"}}))
            .up_to_n_times(1);
    });
    let ok = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(201).json_body(created(1, "ci"));
    });
    let out = run(orkeys(&server).args(["create", "--name", "ci", "--key-only"]));
    out.expect_code(0);
    limited.assert_calls(1);
    ok.assert_calls(1);
    assert_eq!(out.stdout, format!("{SECRET}\n"));
}

#[test]
fn a_create_whose_answer_is_unreadable_warns_that_the_key_exists() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(201).body("{\"data\": {\"hash\": \"ab");
    });
    let out = run(orkeys(&server).args(["create", "--name", "ci"]));
    out.expect_code(1);
    mock.assert_calls(1);
    assert!(
        out.stderr.contains("unexpected response from POST"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("may have been created"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_failed_create_leaves_no_empty_key_file() {
    let server = MockServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ci.key");
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "ci"}));
        then.status(400)
            .json_body(json!({"error": {"code": 400, "message": "Name is too long"}}));
    });
    let out = run(orkeys(&server)
        .args(["create", "--name", "ci", "--key-file"])
        .arg(&path));
    out.expect_code(2);
    mock.assert_calls(1);
    assert!(out.stderr.contains("Name is too long"), "{}", out.stderr);
    assert!(!path.exists());
}

#[test]
fn output_that_would_drop_the_secret_is_refused_before_any_request() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let cases: [&[&str]; 4] = [
        &["--fields", "name,hash"],
        &["--json", "--fields", "name"],
        &["--format", "csv", "--fields", "hash"],
        &["--jq", ".name"],
    ];
    for shape in cases {
        let out = run(orkeys(&server).args(["create", "--name", "x"]).args(shape));
        out.expect_code(2);
        assert!(
            out.stderr
                .contains("the new key's secret, which is shown only this once"),
            "{shape:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("--key-file"), "{}", out.stderr);
    }
    anything.assert_calls(0);
}

#[test]
fn fields_that_keep_the_secret_are_fine() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "x"}));
        then.status(201).json_body(created(1, "x"));
    });
    let out =
        run(orkeys(&server).args(["create", "--name", "x", "--json", "--fields", "name,key"]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert_eq!(out.json(), json!({"name": "x", "key": SECRET}));
}

#[test]
fn a_secret_that_cannot_be_written_is_a_failure_that_names_the_key() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "x"}));
        then.status(201).json_body(created(1, "x"));
    });
    let base = server.url("/api/v1");
    let env = [
        ("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY),
        ("OPENROUTER_BASE_URL", base.as_str()),
    ];
    for shape in [&["--key-only"][..], &["--json"][..], &[][..]] {
        let args: Vec<&str> = ["create", "--name", "x"]
            .iter()
            .chain(shape)
            .copied()
            .collect();
        let (code, stderr) = with_closed_stdout(&args, &env);
        assert_eq!(code, 1, "{shape:?}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "the key {} ('x') was created but its secret could not be written",
                hash(1)
            )),
            "{shape:?}: {stderr}"
        );
        assert!(
            stderr.contains(&format!("orkeys delete {} --yes", hash(1))),
            "{stderr}"
        );
        assert!(!stderr.contains(SECRET));
    }
    mock.assert_calls(3);
}

#[test]
fn a_created_key_with_a_field_of_an_unexpected_type_still_delivers_its_secret() {
    let server = MockServer::start();
    let mut data = key_named(1, "x");
    data["limit"] = json!("fifty");
    data["disabled"] = json!(0);
    server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]);
        then.status(201)
            .json_body(json!({"data": data, "key": SECRET}));
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("x.key");
    let out = run(orkeys(&server).args([
        "create",
        "--name",
        "x",
        "--key-file",
        path.to_str().expect("utf-8"),
        "--json",
    ]));
    out.expect_code(0);
    assert_eq!(
        std::fs::read_to_string(&path).ok().as_deref(),
        Some(format!("{SECRET}\n").as_str())
    );
    // The value is passed through as the API sent it.
    assert_eq!(out.json()["limit"], "fifty");
}

#[test]
fn a_secret_is_never_issued_into_a_standard_output_that_loses_it() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]);
        then.status(201).json_body(created(4, "scratch"));
    });
    let binary = assert_cmd::cargo::cargo_bin("orkeys");
    let base_url = server.url("/api/v1");
    // `>/dev/null`, `>/dev/zero`, and a closed stdout (which the process finds reopened on
    // /dev/null).
    for redirect in [">/dev/null", ">/dev/zero", ">&-"] {
        for flags in ["--key-only", "--json", ""] {
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg(format!(
                    "\"$0\" create --name scratch {flags} {redirect}; echo \"exit $?\" >&2"
                ))
                .arg(&binary)
                .env_clear()
                .env("HOME", std::env::temp_dir())
                .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
                .env("OPENROUTER_BASE_URL", &base_url)
                .output()
                .expect("sh runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.ends_with("exit 2\n"), "{redirect} {flags}: {stderr}");
            assert!(
                stderr.contains("standard output is closed or discards what is written")
                    && stderr.contains("--key-file PATH"),
                "{redirect} {flags}: {stderr}"
            );
        }
    }
    mock.assert_calls(0);
    // A regular file keeps it.
    let dir = tempfile::tempdir().expect("tempdir");
    let kept = dir.path().join("stdout");
    let output = keyed_process()
        .args(["create", "--name", "scratch", "--key-only"])
        .env("OPENROUTER_BASE_URL", &base_url)
        .stdout(std::fs::File::create(&kept).expect("file"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    mock.assert_calls(1);
    assert_eq!(
        std::fs::read_to_string(&kept).ok(),
        Some(format!("{SECRET}\n"))
    );
    // With --key-file the secret has a home, whatever stdout is.
    let output = keyed_process()
        .args(["create", "--name", "scratch", "--key-file"])
        .arg(dir.path().join("scratch.key"))
        .env("OPENROUTER_BASE_URL", &base_url)
        .stdout(std::process::Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    mock.assert_calls(2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("scratch.key")).ok(),
        Some(format!("{SECRET}\n"))
    );
}
