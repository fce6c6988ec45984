//! Profiles and key sources: precedence in every combination, key_command's failures, the
//! permission rules, and `config show|path|init`.

use std::path::{Path, PathBuf};

use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

use crate::common::*;

const PROFILE_KEY: &str = "sk-or-v1-profile000000000000000000000000000000000000000000000000000000";
const ENV_KEY: &str = "sk-or-v1-environment0000000000000000000000000000000000000000000000000";
const FILE_KEY: &str = "sk-or-v1-file00000000000000000000000000000000000000000000000000000000";
const OTHER_WORKSPACE: &str = "11111111-2222-4333-8444-555555555555";

/// A config directory with a file of the given text and mode.
struct Config {
    dir: tempfile::TempDir,
}

impl Config {
    fn new(text: &str, mode: u32) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = Config { dir };
        std::fs::write(config.path(), text).expect("write config");
        set_mode(&config.path(), mode);
        config
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// orkeys with this config file and nothing else from the environment.
    fn orkeys(&self) -> assert_cmd::Command {
        let mut cmd = bare();
        cmd.env("ORKEYS_CONFIG", self.path())
            .env("ORKEYS_TEST_DELAY_SCALE", "0.01");
        cmd
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// `config show --json` as a map from setting to (value, source).
fn shown(cmd: &mut assert_cmd::Command) -> std::collections::HashMap<String, (Value, String)> {
    let out = run(cmd.args(["config", "show", "--json"]));
    out.expect_code(0);
    out.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|row| {
            (
                row["setting"].as_str().unwrap_or_default().to_string(),
                (
                    row["value"].clone(),
                    row["source"].as_str().unwrap_or_default().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn flags_beat_environment_beat_profile_beat_defaults_in_every_combination() {
    let config = Config::new(
        &format!(
            "default_profile = \"work\"\n[profiles.work]\nbase_url = \"https://profile.example/api/v1\"\n\
             workspace_id = \"{WORKSPACE}\"\nkey_command = \"echo {PROFILE_KEY}\"\n"
        ),
        0o600,
    );
    let bare_config = Config::new("", 0o600);
    let key_file = config.dir.path().join("key");
    std::fs::write(&key_file, FILE_KEY).expect("key file");
    set_mode(&key_file, 0o600);
    for mask in 0..8 {
        let (flag, env, profile) = (mask & 1 != 0, mask & 2 != 0, mask & 4 != 0);
        let mut cmd = if profile {
            config.orkeys()
        } else {
            bare_config.orkeys()
        };
        if flag {
            cmd.args(["--base-url", "https://flag.example/api/v1"])
                .arg("--api-key-file")
                .arg(&key_file);
        }
        if env {
            cmd.env("OPENROUTER_BASE_URL", "https://env.example/api/v1")
                .env("OPENROUTER_MANAGEMENT_KEY", ENV_KEY)
                .env("ORKEYS_WORKSPACE_ID", OTHER_WORKSPACE);
        }
        let settings = shown(&mut cmd);
        let (url, url_source) = &settings["base_url"];
        let (key, key_source) = &settings["management_key"];
        let (workspace, workspace_source) = &settings["workspace_id"];
        let case = format!("flag {flag}, env {env}, profile {profile}: {settings:?}");
        match (flag, env, profile) {
            (true, _, _) => {
                assert_eq!(url, "https://flag.example/api/v1", "{case}");
                assert_eq!(url_source, "--base-url", "{case}");
                assert_eq!(key, "sk-or-v1-fil…000", "{case}");
                assert!(key_source.starts_with("the file "), "{case}");
            }
            (false, true, _) => {
                assert_eq!(url, "https://env.example/api/v1", "{case}");
                assert_eq!(url_source, "OPENROUTER_BASE_URL", "{case}");
                assert_eq!(key, "sk-or-v1-env…000", "{case}");
                assert_eq!(key_source, "OPENROUTER_MANAGEMENT_KEY", "{case}");
            }
            (false, false, true) => {
                assert_eq!(url, "https://profile.example/api/v1", "{case}");
                assert_eq!(url_source, "profile work", "{case}");
                assert_eq!(key, "sk-or-v1-pro…000", "{case}");
                assert_eq!(key_source, "the key_command of profile 'work'", "{case}");
            }
            (false, false, false) => {
                assert_eq!(url, "https://openrouter.ai/api/v1", "{case}");
                assert_eq!(url_source, "default", "{case}");
                assert_eq!(key, &Value::Null, "{case}");
                assert!(key_source.contains("no management key"), "{case}");
            }
        }
        // The workspace has no flag of its own in `config show`: each command's
        // --workspace-id wins over these.
        match (env, profile) {
            (true, _) => {
                assert_eq!(workspace, OTHER_WORKSPACE, "{case}");
                assert_eq!(workspace_source, "ORKEYS_WORKSPACE_ID", "{case}");
            }
            (false, true) => {
                assert_eq!(workspace, WORKSPACE, "{case}");
                assert_eq!(workspace_source, "profile work", "{case}");
            }
            (false, false) => assert_eq!(workspace, &Value::Null, "{case}"),
        }
        let all: String = settings
            .values()
            .map(|(v, s)| format!("{v} {s} "))
            .collect();
        for secret in [PROFILE_KEY, ENV_KEY, FILE_KEY] {
            assert!(!all.contains(secret), "config show printed a key: {case}");
        }
    }
}

#[test]
fn the_winning_sources_are_the_ones_requests_use() {
    let server = MockServer::start();
    let config = Config::new(
        &format!(
            "[profiles.work]\nbase_url = \"{}\"\nworkspace_id = \"{WORKSPACE}\"\nkey_env = \"WORK_KEY\"\n",
            server.url("/api/v1")
        ),
        0o600,
    );
    let profile_listing = server.mock(|when, then| {
        when.method(GET)
            .path("/api/v1/keys")
            .header("authorization", format!("Bearer {PROFILE_KEY}"))
            .query_param("workspace_id", WORKSPACE);
        then.status(200).json_body(json!({"data": []}));
    });
    let out = run(config.orkeys().env("WORK_KEY", PROFILE_KEY).args([
        "--profile",
        "work",
        "list",
        "--concurrency",
        "1",
    ]));
    out.expect_code(0);
    profile_listing.assert_calls(1);

    let flag_workspace = server.mock(|when, then| {
        when.method(GET)
            .path("/api/v1/keys")
            .header("authorization", format!("Bearer {ENV_KEY}"))
            .query_param("workspace_id", OTHER_WORKSPACE);
        then.status(200).json_body(json!({"data": []}));
    });
    let out = run(config
        .orkeys()
        .env("ORKEYS_PROFILE", "work")
        .env("OPENROUTER_MANAGEMENT_KEY", ENV_KEY)
        .args([
            "list",
            "--concurrency",
            "1",
            "--workspace-id",
            OTHER_WORKSPACE,
        ]));
    out.expect_code(0);
    flag_workspace.assert_calls(1);
}

fn profile_with_command(command: &str) -> Config {
    Config::new(
        &format!(
            "default_profile = \"vault\"\n[profiles.vault]\nbase_url = \"http://127.0.0.1:9/api/v1\"\nkey_command = '{command}'\n"
        ),
        0o600,
    )
}

#[test]
fn key_command_failures_name_the_profile_and_command_never_the_output() {
    // The commands print the key from a variable, so only their output holds it.
    let cases = [
        ("no-such-command-anywhere", "was not found"),
        ("echo \"$VAULT\"; exit 3", "failed with exit status 3"),
        ("true", "printed nothing"),
        (
            "echo \"$VAULT\"; echo \"$VAULT\"",
            "printed more than one line",
        ),
        (
            "echo \"$VAULT\"; exec sleep 30",
            "gave no answer within 10 s",
        ),
    ];
    for (command, why) in cases {
        let config = profile_with_command(command);
        let out = run(config.orkeys().env("VAULT", PROFILE_KEY).arg("current"));
        out.expect_code(4);
        let first = out
            .stderr
            .lines()
            .find(|l| l.starts_with("orkeys: error:"))
            .unwrap_or_default();
        assert!(
            first.starts_with(&format!(
                "orkeys: error: the key_command of profile 'vault' (`{command}`) {why}"
            )),
            "{command}: {}",
            out.stderr
        );
        assert!(
            !out.stderr.contains(PROFILE_KEY),
            "the output leaked: {}",
            out.stderr
        );
        assert!(!out.stdout.contains(PROFILE_KEY));
    }
}

#[test]
fn a_key_command_that_works_is_used_for_the_run() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call_with_key(when, "/key", PROFILE_KEY);
        then.status(200)
            .json_body(json!({"data": {"label": "sk-or-v1-pro...000", "is_management_key": true}}));
    });
    let config = Config::new(
        &format!(
            "default_profile = \"vault\"\n[profiles.vault]\nbase_url = \"{}\"\nkey_command = \"printf '%s\\\\n' {PROFILE_KEY}\"\n",
            server.url("/api/v1")
        ),
        0o600,
    );
    let out = run(config.orkeys().args(["current", "--json"]));
    out.expect_code(0);
    mock.assert_calls(1);
    assert!(!out.stdout.contains(PROFILE_KEY) && !out.stderr.contains(PROFILE_KEY));
}

fn api_call_with_key(when: httpmock::When, path: &str, key: &str) -> httpmock::When {
    when.method(GET)
        .path(format!("/api/v1{path}"))
        .header("authorization", format!("Bearer {key}"))
}

#[test]
fn a_plain_key_needs_a_private_file_and_no_file_may_be_writable_by_others() {
    let text = format!(
        "default_profile = \"p\"\n[profiles.p]\nbase_url = \"http://127.0.0.1:9/api/v1\"\nkey = \"{PROFILE_KEY}\"\n"
    );
    let readable = Config::new(&text, 0o644);
    let out = run(readable.orkeys().arg("current"));
    out.expect_code(4);
    assert!(
        out.stderr.contains("other users can read"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("chmod 600 {}", readable.path().display())),
        "{}",
        out.stderr
    );
    let private = Config::new(&text, 0o600);
    let settings = shown(&mut private.orkeys());
    assert_eq!(settings["management_key"].0, "sk-or-v1-pro…000");

    let writable = Config::new("[profiles.p]\nkey_command = \"echo x\"\n", 0o666);
    let out = run(writable.orkeys().arg("current"));
    out.expect_code(4);
    assert!(
        out.stderr.contains("other users may change it"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_malformed_file_is_reported_with_file_line_column_and_field() {
    let config = Config::new(
        "default_profile = \"p\"\n[profiles.p]\nbase_url = \"https://x.example/api/v1\"\nkey_comand = \"pass show x\"\n",
        0o600,
    );
    let out = run(config.orkeys().arg("list"));
    out.expect_code(2);
    assert!(
        out.stderr.starts_with(&format!(
            "orkeys: error: {}:4:1: unknown field 'key_comand'",
            config.path().display()
        )),
        "{}",
        out.stderr
    );
    let config = Config::new("[profiles.p]\nworkspace_id = 12\n", 0o600);
    let out = run(config.orkeys().arg("list"));
    out.expect_code(2);
    assert!(out.stderr.contains(":2:16: invalid type"), "{}", out.stderr);
    assert!(
        out.stderr.contains("(field 'workspace_id')"),
        "{}",
        out.stderr
    );
    // Commands that need no API still work.
    run(config.orkeys().args(["completions", "bash"])).expect_code(0);
    run(config.orkeys().args(["config", "path"])).expect_code(0);
}

#[test]
fn unknown_profiles_list_the_known_ones() {
    let config = Config::new("[profiles.work]\n[profiles.home]\n", 0o600);
    let out = run(config.orkeys().args(["--profile", "play", "list"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains("there is no profile 'play'"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("profiles defined there: home, work"),
        "{}",
        out.stderr
    );
}

#[test]
fn config_path_and_init_write_a_private_starter_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("xdg");
    let out = run(bare()
        .env("XDG_CONFIG_HOME", &home)
        .args(["config", "path"]));
    out.expect_code(0);
    let path = home.join("orkeys/config.toml");
    assert_eq!(out.stdout, format!("{}\n", path.display()));
    run(bare()
        .env("XDG_CONFIG_HOME", &home)
        .args(["config", "init"]))
    .expect_code(0);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path)
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let written = std::fs::read_to_string(&path).expect("read");
    assert!(written.contains("[profiles.work]") && written.contains("key_command"));
    let again = run(bare()
        .env("XDG_CONFIG_HOME", &home)
        .args(["config", "init"]));
    again.expect_code(2);
    assert!(again.stderr.contains("never replaces"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).ok().as_deref(),
        Some(written.as_str())
    );
    // The starter file is valid and sets nothing.
    let settings = shown(bare().env("XDG_CONFIG_HOME", &home));
    assert_eq!(settings["profile"].0, Value::Null);
}

#[test]
fn an_unattended_key_command_that_fails_is_killed_with_all_it_started() {
    // The shell leaves a child of its own: killing the shell alone would leave the child
    // running, holding orkeys' standard error open for whoever reads it. Whether the shell
    // hangs, fails, or exits leaving its output open, the child goes with it.
    for (ending, why) in [
        ("wait", "gave no answer"),
        ("exit 3", "failed with exit status 3"),
        ("echo \"$VAULT\"", "kept its output open after exiting"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let pid_file = dir.path().join("sleeper.pid");
        let config = profile_with_command(&format!(
            "sleep 30 & echo $! > \"{}\"; {ending}",
            pid_file.display()
        ));
        let started = std::time::Instant::now();
        let out = run(config.orkeys().env("VAULT", PROFILE_KEY).arg("current"));
        out.expect_code(4);
        assert!(out.stderr.contains(why), "{ending}: {}", out.stderr);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "{ending}: stderr was held open until the sleep ended"
        );
        let pid = std::fs::read_to_string(&pid_file).expect("the pid");
        // Gone, or a zombie nobody has reaped yet: either way, no longer running. A signal
        // takes effect when the process is next scheduled, which can take a moment.
        let state = || {
            std::fs::read_to_string(format!("/proc/{}/stat", pid.trim()))
                .ok()
                .and_then(|stat| {
                    stat.rsplit_once(") ")
                        .and_then(|(_, rest)| rest.chars().next())
                })
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while !matches!(state(), None | Some('Z' | 'X')) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(
            matches!(state(), None | Some('Z' | 'X')),
            "{ending}: {:?}",
            state()
        );
    }
}
