//! Rotation: the order of requests (create strictly before the old key is touched), what is
//! copied, and every failure in the middle, with the state the message reports.

use serde_json::{json, Value};

use crate::common::*;
use crate::fault_server::{Action, FaultServer, Seen};

const SECRET: &str = "sk-or-v1-5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec5";

fn old_key() -> Value {
    let mut old = key_named(1, "staging");
    old["limit"] = json!(20);
    old["limit_remaining"] = json!(1.3);
    old["limit_reset"] = json!("weekly");
    old["include_byok_in_limit"] = json!(true);
    old["expires_at"] = json!("2030-06-01T00:00:00Z");
    old
}

fn new_key() -> Value {
    let mut new = key_named(2, "staging");
    new["limit"] = json!(20);
    new["limit_reset"] = json!("weekly");
    new
}

/// How the fake API answers the create and the change to the old key.
#[derive(Clone, Copy)]
struct Answers {
    create: u16,
    old_key: u16,
}

fn api(answers: Answers, old: Value) -> FaultServer {
    let old_path = format!("/api/v1/keys/{}", hash(1));
    FaultServer::start(
        move |seen: &Seen, _| {
            match (seen.method.as_str(), seen.target.as_str()) {
        ("GET", path) if path == old_path => Action::json(200, &json!({"data": old}).to_string()),
        ("POST", "/api/v1/keys") if answers.create == 201 => {
            Action::json(201, &json!({"data": new_key(), "key": SECRET}).to_string())
        }
        ("POST", _) => Action::json(
            answers.create,
            &json!({"error": {"code": answers.create, "message": "refused"}}).to_string(),
        ),
        ("PATCH" | "DELETE", path) if path == old_path && answers.old_key != 200 => Action::json(
            answers.old_key,
            &json!({"error": {"code": answers.old_key, "message": "Internal Server Error"}})
                .to_string(),
        ),
        ("PATCH", path) if path == old_path => {
            Action::json(200, &json!({"data": old}).to_string())
        }
        ("DELETE", path) if path == old_path => Action::json(200, r#"{"deleted": true}"#),
        _ => Action::json(404, r#"{"error": {"code": 404, "message": "Not Found"}}"#),
    }
        },
    )
}

fn ok() -> Answers {
    Answers {
        create: 201,
        old_key: 200,
    }
}

fn rotate(server: &FaultServer, args: &[&str]) -> Run {
    run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("ORKEYS_TEST_DELAY_SCALE", "0.001")
        .args([
            "--base-url",
            &server.base_url(),
            "--retries",
            "0",
            "rotate",
            &hash(1),
        ])
        .args(args))
}

fn requests(server: &FaultServer) -> Vec<String> {
    server
        .seen()
        .iter()
        .map(|s| format!("{} {}", s.method, s.target))
        .collect()
}

fn body(server: &FaultServer, method: &str) -> Value {
    let seen = server.seen();
    let request = seen.iter().find(|s| s.method == method).expect("sent");
    serde_json::from_str(&request.body).expect("a JSON body")
}

fn today() -> String {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

#[test]
fn the_replacement_is_created_first_and_the_old_key_disabled_and_renamed_in_one_patch() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(0);
    assert_eq!(
        requests(&server),
        [
            format!("GET /api/v1/keys/{}", hash(1)),
            "POST /api/v1/keys".to_string(),
            format!("PATCH /api/v1/keys/{}", hash(1)),
        ]
    );
    assert_eq!(
        body(&server, "POST"),
        json!({"name": "staging", "limit": 20, "limit_reset": "weekly",
               "include_byok_in_limit": true, "expires_at": "2030-06-01T00:00:00Z",
               "workspace_id": WORKSPACE})
    );
    assert_eq!(
        body(&server, "PATCH"),
        json!({"name": format!("staging (rotated {})", today()), "disabled": true})
    );
    assert_eq!(out.stdout, format!("{SECRET}\n"));
    assert!(
        out.stderr
            .contains("was disabled and renamed 'staging (rotated"),
        "{}",
        out.stderr
    );
}

#[test]
fn json_reports_old_new_secret_and_what_happened() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--json"]);
    out.expect_code(0);
    let document = out.json();
    assert_eq!(document["old"], old_key());
    assert_eq!(document["new"], new_key());
    assert_eq!(document["key"], SECRET);
    assert_eq!(document["old_action"], "disabled");
}

#[test]
fn deleting_the_old_key_needs_a_terminal_or_yes() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--delete-old", "--key-only"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("refusing to delete the old key"),
        "{}",
        out.stderr
    );
    assert!(server.seen().is_empty(), "nothing was sent");
    let out = rotate(&server, &["--delete-old", "--key-only", "--yes"]);
    out.expect_code(0);
    assert_eq!(
        requests(&server),
        [
            format!("GET /api/v1/keys/{}", hash(1)),
            "POST /api/v1/keys".to_string(),
            format!("DELETE /api/v1/keys/{}", hash(1)),
        ]
    );
}

#[test]
fn a_kept_old_key_is_renamed_and_a_new_name_leaves_the_old_one_alone() {
    let server = api(ok(), old_key());
    rotate(&server, &["--keep-old", "--json"]).expect_code(0);
    assert_eq!(
        body(&server, "PATCH"),
        json!({"name": format!("staging (rotated {})", today())})
    );
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--name", "staging-v2", "--json"]);
    out.expect_code(0);
    assert_eq!(body(&server, "POST")["name"], "staging-v2");
    assert_eq!(body(&server, "PATCH"), json!({"disabled": true}));
    let server = api(ok(), old_key());
    rotate(&server, &["--old-name", "staging-retired", "--key-only"]).expect_code(0);
    assert_eq!(
        body(&server, "PATCH"),
        json!({"name": "staging-retired", "disabled": true})
    );
}

#[test]
fn a_past_expiry_is_not_copied_and_a_new_one_can_be_given() {
    let mut expired = old_key();
    expired["expires_at"] = json!("2020-01-01T00:00:00Z");
    let server = api(ok(), expired.clone());
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(0);
    assert_eq!(body(&server, "POST").get("expires_at"), None);
    assert!(
        out.stderr
            .contains("the new key never expires; set one with --expires-in"),
        "{}",
        out.stderr
    );
    let server = api(ok(), expired);
    let out = rotate(
        &server,
        &["--key-only", "--expires-at", "2029-01-01T00:00:00Z"],
    );
    out.expect_code(0);
    assert_eq!(body(&server, "POST")["expires_at"], "2029-01-01T00:00:00Z");
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn an_expiry_still_ahead_is_copied_without_a_warning() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(0);
    assert_eq!(body(&server, "POST")["expires_at"], "2030-06-01T00:00:00Z");
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn an_unreadable_expiry_is_not_called_past() {
    let mut odd = old_key();
    odd["expires_at"] = json!("next spring");
    let server = api(ok(), odd.clone());
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(0);
    assert_eq!(body(&server, "POST").get("expires_at"), None);
    assert!(
        out.stderr.contains(
            "warning: the old key's expiry 'next spring' could not be read, so the new key never expires"
        ),
        "{}",
        out.stderr
    );
    let server = api(ok(), odd);
    let out = rotate(&server, &["--dry-run", "--format", "tsv"]);
    out.expect_code(0);
    assert!(
        out.stdout.contains(
            "expires\tnever (the old key's expiry 'next spring' could not be read; set one with --expires-in)\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn a_secret_is_never_issued_into_dev_null() {
    let server = api(ok(), old_key());
    let output = keyed_process()
        .args([
            "--base-url",
            &server.base_url(),
            "rotate",
            &hash(1),
            "--json",
        ])
        .stdout(std::process::Stdio::null())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--key-file PATH"), "{stderr}");
    assert!(server.seen().is_empty(), "{:?}", requests(&server));
}

#[test]
fn a_dry_run_sends_no_write() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--dry-run", "--format", "tsv"]);
    out.expect_code(0);
    assert_eq!(requests(&server), [format!("GET /api/v1/keys/{}", hash(1))]);
    assert!(
        out.stdout
            .starts_with("create\ta new key named 'staging'\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("limit\t$20.00 weekly\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("then\tdisable the old key staging"),
        "{}",
        out.stdout
    );
    let out = rotate(&server, &["--dry-run", "--json", "--delete-old"]);
    out.expect_code(0);
    assert_eq!(out.json()["old_action"], "delete");
    assert_eq!(out.json()["create"]["limit_reset"], "weekly");
    assert_eq!(server.seen().len(), 2, "two GETs, no writes");
}

#[test]
fn a_refused_create_changes_nothing() {
    let server = api(
        Answers {
            create: 400,
            old_key: 200,
        },
        old_key(),
    );
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(2);
    assert_eq!(server.count("POST"), 1);
    assert_eq!(server.count("PATCH") + server.count("DELETE"), 0);
    assert!(
        out.stderr.contains("could not create the new key"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("nothing changed"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
}

#[test]
fn a_create_with_an_unknown_outcome_leaves_the_old_key_untouched() {
    let server = api(
        Answers {
            create: 500,
            old_key: 200,
        },
        old_key(),
    );
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(1);
    assert_eq!(server.count("POST"), 1, "never resent");
    assert_eq!(server.count("PATCH") + server.count("DELETE"), 0);
    assert!(
        out.stderr.contains("the new key may have been created"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("was not touched"), "{}", out.stderr);
    assert!(
        out.stderr.contains("orkeys list --match staging"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_key_file_that_cannot_be_written_stops_before_the_create() {
    let server = api(ok(), old_key());
    let out = rotate(&server, &["--key-file", "/nonexistent-dir/staging.key"]);
    out.expect_code(1);
    assert_eq!(server.count("POST"), 0);
    assert_eq!(server.count("PATCH"), 0);
}

#[test]
fn a_failed_disable_says_what_exists_and_how_to_finish() {
    let server = api(
        Answers {
            create: 201,
            old_key: 500,
        },
        old_key(),
    );
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(1);
    assert_eq!(
        out.stdout,
        format!("{SECRET}\n"),
        "the secret was delivered first"
    );
    assert!(
        out.stderr
            .contains(&format!("the new key staging ({}) was created", hash(2))),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("the old key is still active"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "finish the rotation with: orkeys update {} --disable --name 'staging (rotated {})'",
            hash(1),
            today()
        )),
        "{}",
        out.stderr
    );
    let server = api(
        Answers {
            create: 201,
            old_key: 500,
        },
        old_key(),
    );
    // With --json the document (and the secret) is out before the old key is touched; the
    // failure that follows is the exit code and one line on stderr.
    let out = rotate(&server, &["--json"]);
    out.expect_code(1);
    let document = out.json();
    assert_eq!(document["key"], SECRET);
    assert_eq!(document["new"]["hash"], hash(2));
    assert_eq!(document["old_action"], "disabled");
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("a JSON error");
    assert_eq!(error["error"]["kind"], "server");
    assert!(
        error["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("the old key is still active")),
        "{error}"
    );
}

#[test]
fn rotation_in_the_sandbox_moves_the_name_to_the_new_key() {
    let playground = Playground::new();
    let out = playground.sh("orkeys rotate staging --key-file staging.key");
    out.expect_code(0);
    let secret = std::fs::read_to_string(playground.work().join("staging.key")).expect("key file");
    assert!(secret.starts_with("sk-or-v1-"));
    let secret = secret.trim();
    assert!(
        !out.stdout.contains(secret) && !out.stderr.contains(secret),
        "the secret stays in the file"
    );
    let new = playground.sh("orkeys get staging --json").json();
    assert_ne!(
        new["hash"],
        "faaa8f1c7cf9256e9774c4dddb846799f1521480f37bec8121ffbe39aefe8684"
    );
    assert_eq!(new["limit"], 20);
    assert_eq!(new["limit_reset"], "weekly");
    let old = playground.sh("orkeys get faaa8f1c7cf9 --json").json();
    assert_eq!(old["disabled"], true);
    assert!(old["name"]
        .as_str()
        .is_some_and(|n| n.starts_with("staging (rotated ")));
}

#[test]
fn a_secret_that_cannot_be_written_leaves_the_old_key_alone() {
    for shape in [&["--json"][..], &["--key-only"][..]] {
        let server = api(ok(), old_key());
        let base = server.base_url();
        let hash = hash(1);
        let args: Vec<&str> = ["--base-url", &base, "--retries", "0", "rotate", &hash]
            .iter()
            .chain(shape)
            .copied()
            .collect();
        let (code, stderr) =
            with_closed_stdout(&args, &[("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)]);
        assert_eq!(code, 1, "{shape:?}: {stderr}");
        assert!(
            stderr.contains("secret could not be written to standard output"),
            "{stderr}"
        );
        // What exists now, and the one line that finishes the job.
        assert!(
            stderr.contains(&format!(
                "the old key {} is untouched and still active",
                &hash[..12]
            )),
            "{stderr}"
        );
        // The same command again, flags and all.
        assert!(
            stderr.contains(&format!(
                "`orkeys delete {} --yes && orkeys --base-url {base} --retries 0 rotate {hash} {}`",
                crate::common::hash(2),
                shape.join(" ")
            )),
            "{stderr}"
        );
        if shape == ["--json"] {
            assert!(
                stderr.contains(&format!("\"created\":\"{}\"", crate::common::hash(2))),
                "{stderr}"
            );
        }
        assert_eq!(server.count("POST"), 1);
        assert_eq!(
            server.count("PATCH") + server.count("DELETE"),
            0,
            "{shape:?}"
        );
    }
}

#[test]
fn a_disabled_key_is_not_rotated() {
    let mut old = old_key();
    old["disabled"] = json!(true);
    let server = api(ok(), old);
    let out = rotate(&server, &["--key-only"]);
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("is disabled: rotating it would put a working key in its place"),
        "{}",
        out.stderr
    );
    assert_eq!(server.count("GET"), 1);
    assert_eq!(server.seen().len(), 1, "no write");
}
