//! export, plan and apply: the manifest made true, in order, once, with every secret kept.

use std::path::Path;

use serde_json::{json, Value};

use crate::common::*;
use crate::fake_api::FakeApi;

fn account() -> Vec<Value> {
    let mut twin_a = key_named(1, "twin");
    twin_a["limit"] = json!(5);
    let twin_b = key_named(2, "twin");
    let mut off = key_named(3, "off");
    off["disabled"] = json!(true);
    let mut gone = key_named(4, "gone");
    gone["expires_at"] = json!("2025-01-01T00:00:00.250+00:00");
    let mut open = key_named(5, "open");
    open["limit"] = Value::Null;
    open["limit_remaining"] = Value::Null;
    open["limit_reset"] = Value::Null;
    vec![twin_a, twin_b, off, gone, open]
}

fn orkeys_at(api: &FakeApi, dir: &Path) -> assert_cmd::Command {
    let mut cmd = bare();
    cmd.current_dir(dir)
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("ORKEYS_TEST_DELAY_SCALE", "0.001")
        .args(["--base-url", &api.server.base_url(), "--concurrency", "1"]);
    cmd
}

fn write(dir: &Path, text: &str) {
    std::fs::write(dir.join("keys.toml"), text).expect("manifest");
}

#[test]
fn an_export_plans_to_nothing_even_with_repeated_disabled_and_expired_keys() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    run(orkeys_at(&api, dir.path()).args(["export", "-o", "keys.toml"])).expect_code(0);
    let text = std::fs::read_to_string(dir.path().join("keys.toml")).expect("exported");
    assert_eq!(text.matches("\n[[key]]\n").count(), 5);
    assert!(
        text.contains(&format!("hash = \"{}\"", hash(1))),
        "repeated names are pinned"
    );
    assert!(text.contains("limit = \"none\""));
    let out = run(orkeys_at(&api, dir.path()).args([
        "plan",
        "-f",
        "keys.toml",
        "--detailed-exitcode",
        "--json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["summary"]["unchanged"], 5);
    // Export never replaces a manifest.
    let again = run(orkeys_at(&api, dir.path()).args(["export", "-o", "keys.toml"]));
    again.expect_code(2);
    assert!(api.writes().is_empty());
}

const CHANGES: &str = r#"
[defaults]
limit_reset = "monthly"

[[key]]
name = "twin"
hash = "HASH1"
limit = 9

[[key]]
name = "twin"
hash = "HASH2"

[[key]]
name = "off"
disabled = false

[[key]]
name = "gone"
expires_at = "2030-01-01T00:00:00Z"

[[key]]
name = "brand-new"
limit = 7
"#;

fn changes() -> String {
    CHANGES
        .replace("HASH1", &hash(1))
        .replace("HASH2", &hash(2))
}

#[test]
fn the_plan_shows_every_kind_as_a_diff_and_as_data() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), &changes());
    let out = run(orkeys_at(&api, dir.path()).args([
        "plan",
        "-f",
        "keys.toml",
        "--prune",
        "--format",
        "table",
        "--color",
        "never",
    ]));
    out.expect_code(0);
    let expected = [
        format!("~ update   twin ({})  limit: 5 → 9", &hash(1)[..12]),
        format!("~ update   off ({})  disabled: true → false", &hash(3)[..12]),
        format!(
            "± replace  gone ({})  expires_at: 2025-01-01T00:00:00.25Z → 2030-01-01T00:00:00Z (only with --replace: the API cannot change it)",
            &hash(4)[..12]
        ),
        "+ create   brand-new  limit: 7, limit_reset: monthly".to_string(),
        format!("- delete   open ({})", &hash(5)[..12]),
        "Plan: 1 to create, 2 to update, 1 to replace, 1 to delete, 1 unchanged.".to_string(),
    ];
    assert_eq!(out.stdout.lines().collect::<Vec<_>>(), expected);
    let out = run(orkeys_at(&api, dir.path()).args([
        "plan",
        "-f",
        "keys.toml",
        "--json",
        "--detailed-exitcode",
    ]));
    out.expect_code(10);
    let plan = out.json();
    assert_eq!(
        plan["summary"],
        json!({"create": 1, "update": 2, "replace": 1, "delete": 0, "unchanged": 1})
    );
    assert_eq!(
        plan["changes"][0]["fields"],
        json!({"limit": {"old": 5, "new": 9}})
    );
    assert_eq!(
        plan["changes"][4]["create"],
        json!({"name": "brand-new", "limit": 7, "limit_reset": "monthly"})
    );
    // Piped: a row per key on stdout, the summary on stderr.
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml", "--prune"]));
    out.expect_code(0);
    assert_eq!(out.stdout.lines().count(), 6, "{}", out.stdout);
    assert_eq!(
        out.stderr,
        "orkeys: Plan: 1 to create, 2 to update, 1 to replace, 1 to delete, 1 unchanged.\n"
    );
    assert!(api.writes().is_empty(), "plan writes nothing");
}

#[test]
fn apply_goes_creates_updates_replacements_deletes_then_has_nothing_left_to_do() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), &changes());
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--prune",
        "--replace",
        "--yes",
        "--secrets-dir",
        "secrets",
    ]));
    out.expect_code(0);
    assert_eq!(
        api.writes(),
        [
            "POST /api/v1/keys".to_string(),
            format!("PATCH /api/v1/keys/{}", hash(1)),
            format!("PATCH /api/v1/keys/{}", hash(3)),
            "POST /api/v1/keys".to_string(),
            format!("DELETE /api/v1/keys/{}", hash(4)),
            format!("DELETE /api/v1/keys/{}", hash(5)),
        ]
    );
    // Each file holds the secret of the key of its name, though the manifest names the
    // replaced key before the created one and the apply creates in the other order.
    let listed = run(orkeys_at(&api, dir.path()).args(["list", "--json"]));
    listed.expect_code(0);
    for name in ["brand-new", "gone"] {
        let path = dir.path().join("secrets").join(format!("{name}.key"));
        let secret = std::fs::read_to_string(&path).expect("secret file");
        let n: usize = secret
            .trim()
            .strip_prefix("sk-or-v1-new")
            .and_then(|n| n.parse().ok())
            .expect("a secret of the fake API");
        let owner = listed
            .json()
            .as_array()
            .and_then(|keys| keys.iter().find(|k| k["hash"] == hash(1000 + n)))
            .map(|k| k["name"].clone());
        assert_eq!(owner, Some(json!(name)), "{name}.key holds secret {n}");
        assert!(
            !out.stdout.contains(secret.trim()),
            "the secret stays in its file"
        );
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("file").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // A second apply of the same manifest sends no write at all.
    let before = api.writes().len();
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--prune",
        "--replace",
        "--yes",
        "--secrets-dir",
        "secrets",
    ]));
    out.expect_code(0);
    assert_eq!(api.writes().len(), before, "{:?}", api.writes());
    assert!(out.stderr.contains("nothing to do"), "{}", out.stderr);
}

#[test]
fn secrets_need_a_home_and_files_are_never_overwritten() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "[[key]]\nname = \"brand-new\"\n");
    let out = run(orkeys_at(&api, dir.path()).args(["apply", "-f", "keys.toml"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains("no terminal is attached"),
        "{}",
        out.stderr
    );
    let out = run(orkeys_at(&api, dir.path()).args(["apply", "-f", "keys.toml", "--yes"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains("their secrets would be lost"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--secrets-dir"), "{}", out.stderr);
    std::fs::create_dir_all(dir.path().join("secrets")).expect("dir");
    std::fs::write(dir.path().join("secrets/brand-new.key"), "keep me\n").expect("file");
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--yes",
        "--secrets-dir",
        "secrets",
    ]));
    out.expect_code(2);
    assert!(out.stderr.contains("never overwrites"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("secrets/brand-new.key"))
            .ok()
            .as_deref(),
        Some("keep me\n")
    );
    assert!(api.writes().is_empty());
    // --json carries the secret instead.
    let out =
        run(orkeys_at(&api, dir.path()).args(["apply", "-f", "keys.toml", "--yes", "--json"]));
    out.expect_code(0);
    assert!(out.json()[0]["key"]
        .as_str()
        .is_some_and(|k| k.starts_with("sk-or-v1-new")));
}

#[test]
fn a_failure_in_the_middle_is_reported_with_the_rest() {
    let api = FakeApi::new(account(), vec![("PATCH", hash(1), 500)]);
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), &changes());
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--yes",
        "--json",
        "--retries",
        "0",
    ]));
    out.expect_code(1);
    let report = out.json();
    let results: Vec<(String, bool)> = report
        .as_array()
        .expect("an array")
        .iter()
        .map(|a| {
            (
                a["action"].as_str().unwrap_or_default().to_string(),
                a["ok"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(
        results,
        [
            ("create".to_string(), true),
            ("update".to_string(), false),
            ("update".to_string(), true),
            ("replace".to_string(), true),
        ]
    );
    assert!(report[3]["result"]
        .as_str()
        .is_some_and(|r| r.contains("needs --replace")));
    assert!(
        out.stderr.contains("1 of 4 changes were not made"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_create_outcome_stops_the_apply() {
    let api = FakeApi::new(account(), vec![("POST", String::new(), 502)]);
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), &changes());
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--yes",
        "--json",
        "--retries",
        "0",
    ]));
    out.expect_code(1);
    assert_eq!(
        api.writes(),
        ["POST /api/v1/keys"],
        "nothing after it, and never resent"
    );
    let report = out.json();
    assert!(report[0]["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("may have been created")));
    assert!(report[1]["result"]
        .as_str()
        .is_some_and(|r| r.starts_with("not done")));
}

#[test]
fn manifest_problems_are_all_reported_before_any_request() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "[[key]]\nname = \"a\"\nlimit = -1\nlimit_reset = \"hourly\"\n\n[defaults]\ncolour = 1\n",
    );
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml"]));
    out.expect_code(2);
    for expected in [
        "keys.toml has 3 problems:",
        "keys.toml:3:9: [[key]] 'a', limit: a limit cannot be negative",
        "keys.toml:4:15: [[key]] 'a', limit_reset: must be",
        "keys.toml:7:1: [defaults]: unknown field 'colour'",
    ] {
        assert!(out.stderr.contains(expected), "{expected}\n{}", out.stderr);
    }
    assert!(api.log().is_empty(), "no request: {:?}", api.log());
}

#[test]
fn a_name_the_account_repeats_needs_a_pin() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "[[key]]\nname = \"twin\"\nlimit = 1\n");
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml", "--json"]));
    out.expect_code(2);
    let error: Value = serde_json::from_str(out.stderr.trim()).expect("a JSON error");
    assert!(error["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("'twin' names 2 keys")));
    assert_eq!(
        error["error"]["candidates"].as_array().map(Vec::len),
        Some(2)
    );
}

#[test]
fn prune_deletes_within_match_only() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        &format!("[[key]]\nname = \"twin\"\nhash = \"{}\"\n", hash(1)),
    );
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--prune",
        "--match",
        "o*",
        "--yes",
    ]));
    out.expect_code(0);
    assert_eq!(
        api.writes(),
        [
            format!("DELETE /api/v1/keys/{}", hash(3)),
            format!("DELETE /api/v1/keys/{}", hash(5))
        ]
    );
    assert_eq!(api.names(), ["twin", "twin", "gone"]);
}

#[test]
fn the_round_trip_works_in_the_sandbox() {
    let playground = Playground::new();
    playground.sh("orkeys export -o keys.toml").expect_code(0);
    playground
        .sh("orkeys plan -f keys.toml --detailed-exitcode")
        .expect_code(0);
    playground
        .sh("sed -i 's/^limit = 20$/limit = 30/' keys.toml && orkeys apply -f keys.toml --yes")
        .expect_code(0);
    assert_eq!(
        playground.sh("orkeys get staging --json").json()["limit"],
        30
    );
    playground
        .sh("orkeys plan -f keys.toml --detailed-exitcode")
        .expect_code(0);
}

#[test]
fn what_the_create_body_cannot_say_is_patched_straight_after() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    // A key declared disabled, a reset period without a limit, and the disabled "off"
    // replaced (its new expiry needs a new key): the replacement stays disabled.
    write(
        dir.path(),
        "[[key]]\nname = \"born-off\"\ndisabled = true\nlimit_reset = \"weekly\"\n\n\
         [[key]]\nname = \"off\"\nexpires_at = \"2030-01-01T00:00:00Z\"\n",
    );
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml", "--json"]));
    out.expect_code(0);
    let plan = out.json();
    assert_eq!(
        plan["changes"][0]["create"],
        json!({"name": "born-off", "limit_reset": "weekly"})
    );
    assert_eq!(plan["changes"][0]["disable_after_create"], true);
    assert_eq!(plan["changes"][1]["disable_after_create"], true);
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--replace",
        "--yes",
        "--json",
    ]));
    out.expect_code(0);
    assert_eq!(
        api.writes(),
        [
            "POST /api/v1/keys".to_string(),
            format!("PATCH /api/v1/keys/{}", hash(1001)),
            "POST /api/v1/keys".to_string(),
            format!("PATCH /api/v1/keys/{}", hash(1002)),
            format!("DELETE /api/v1/keys/{}", hash(3)),
        ]
    );
    let actions: Vec<Value> = out
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|a| json!([a["action"], a["hash"], a["ok"]]))
        .collect();
    assert_eq!(
        actions,
        [
            json!(["create", hash(1001), true]),
            json!(["disable", hash(1001), true]),
            json!(["replace", hash(1002), true]),
            json!(["disable", hash(1002), true]),
            json!(["delete", hash(3), true]),
        ]
    );
    // Both now are as declared: the next apply has nothing to write.
    let before = api.writes().len();
    run(orkeys_at(&api, dir.path()).args(["apply", "-f", "keys.toml", "--replace", "--yes"]))
        .expect_code(0);
    assert_eq!(api.writes().len(), before, "{:?}", api.writes());
}

#[test]
fn a_replacement_whose_old_key_cannot_go_keeps_the_secret_and_says_how_to_finish() {
    let api = FakeApi::new(account(), vec![("DELETE", hash(4), 500)]);
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "[[key]]\nname = \"gone\"\nexpires_at = \"2030-01-01T00:00:00Z\"\n",
    );
    let out = run(orkeys_at(&api, dir.path()).args([
        "apply",
        "-f",
        "keys.toml",
        "--replace",
        "--yes",
        "--json",
        "--retries",
        "0",
    ]));
    out.expect_code(1);
    let report = out.json();
    assert_eq!(report[0]["action"], "replace");
    assert_eq!(report[0]["ok"], true);
    assert_eq!(report[0]["replaced"], hash(4));
    assert!(report[0]["key"]
        .as_str()
        .is_some_and(|k| k.starts_with("sk-or-v1-new")));
    assert_eq!(report[1]["action"], "delete");
    assert_eq!(report[1]["hash"], hash(4));
    assert_eq!(report[1]["ok"], false);
    let finish = format!("orkeys delete {} --yes", hash(4));
    assert!(
        report[1]["error"]["hint"]
            .as_str()
            .is_some_and(|h| h.contains(&finish)),
        "{report}"
    );
    assert!(out.stderr.contains(&finish), "{}", out.stderr);
}

#[test]
fn a_report_reshaped_by_jq_or_fields_is_no_home_for_secrets() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "[[key]]\nname = \"brand-new\"\n");
    for reshaped in [
        &["--json", "--fields", "name,hash"][..],
        &["--jq", ".[].name"][..],
    ] {
        let out = run(orkeys_at(&api, dir.path())
            .args(["apply", "-f", "keys.toml", "--yes"])
            .args(reshaped));
        out.expect_code(2);
        assert!(
            out.stderr
                .contains("their secrets would be lost: --jq and --fields reshape the report"),
            "{reshaped:?}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains(
                "pass --secrets-dir DIR (a new 0600 file per key), or leave out --jq and --fields"
            ),
            "{reshaped:?}: {}",
            out.stderr
        );
    }
    assert!(api.writes().is_empty());
}

#[test]
fn two_entries_pinned_to_one_key_are_a_conflict() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        &format!(
            "[[key]]\nname = \"a\"\nhash = \"{}\"\n\n[[key]]\nname = \"b\"\nhash = \"{}\"\n",
            &hash(5)[..12],
            &hash(5)[..16]
        ),
    );
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains("is pinned to the same key") && out.stderr.contains("line 1"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("hint: declare each key once: remove one of the entries"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_pin_no_key_has_says_how_to_correct_it() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "[[key]]\nname = \"a\"\nhash = \"abcdef123456\"\n",
    );
    let out = run(orkeys_at(&api, dir.path()).args(["plan", "-f", "keys.toml"]));
    out.expect_code(2);
    assert_eq!(
        out.stderr,
        "orkeys: error: keys.toml:1: 'a' is pinned to hash abcdef123456, which no key has\n\
         hint: correct the pin (`orkeys list --json` shows every hash), or remove it to match by name\n"
    );
}

#[test]
fn an_apply_that_creates_refuses_a_standard_output_that_loses_secrets() {
    let api = FakeApi::new(account(), Vec::new());
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "[[key]]\nname = \"brand-new\"\n");
    let mut cmd = keyed_process();
    cmd.current_dir(dir.path())
        .args(["--base-url", &api.server.base_url()])
        .args(["apply", "-f", "keys.toml", "--yes", "--json"])
        .stdout(std::process::Stdio::null());
    let output = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--secrets-dir DIR"), "{stderr}");
    assert!(api.writes().is_empty(), "{:?}", api.writes());
    // With --secrets-dir the secrets have a home, whatever stdout is.
    let output = cmd
        .args(["--secrets-dir", "secrets"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(api.writes(), ["POST /api/v1/keys".to_string()]);
    assert!(
        std::fs::read_to_string(dir.path().join("secrets/brand-new.key"))
            .is_ok_and(|s| s.starts_with("sk-or-v1-new"))
    );
}
