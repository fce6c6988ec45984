//! Pickers and questions, driven through a pseudo-terminal as a person would answer them,
//! and refused wherever nobody can answer.

use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::Expect;
use serde_json::Value;

use crate::common::*;

const DOWN: &str = "\u{1b}[B";

/// orkeys on a pseudo-terminal, against the playground's sandbox.
fn on_terminal(playground: &Playground, args: &[&str], extra: &[(&str, &str)]) -> Session {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("orkeys"));
    command.args(args);
    spawn_on_terminal(playground, command, extra, true)
}

/// A shell line on a pseudo-terminal, with orkeys first on the PATH and no sandbox unless
/// `extra` asks for one.
fn sh_on_terminal(playground: &Playground, line: &str, extra: &[(&str, &str)]) -> Session {
    let mut command = std::process::Command::new("sh");
    command.args(["-c", line]);
    let mut extra = extra.to_vec();
    let bin = assert_cmd::cargo::cargo_bin("orkeys");
    let dir = bin.parent().expect("a directory").display().to_string();
    let path = format!("{dir}:{}", std::env::var("PATH").unwrap_or_default());
    extra.push(("PATH", &path));
    spawn_on_terminal(playground, command, &extra, false)
}

fn spawn_on_terminal(
    playground: &Playground,
    mut command: std::process::Command,
    extra: &[(&str, &str)],
    sandbox: bool,
) -> Session {
    command
        .current_dir(playground.work())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", playground.dir.path().join("home"))
        .env("XDG_DATA_HOME", playground.dir.path().join("data"))
        .env(
            "XDG_CONFIG_HOME",
            playground.dir.path().join("home/.config"),
        )
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    if sandbox {
        command.env("ORKEYS_SANDBOX", "1");
    }
    for (name, value) in extra {
        command.env(name, value);
    }
    let mut session = Session::spawn(command).expect("spawn on a pseudo-terminal");
    let _ = session.get_process_mut().set_window_size(120, 40);
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Waits for the program to end; all it showed on the terminal, and its exit code.
fn finish_with_output(mut session: Session) -> (String, i32) {
    let shown = session
        .expect(expectrl::Eof)
        .map(|found| {
            // Eof matches everything left: the text is in the match, not before it.
            let mut text = found.before().to_vec();
            for part in found.matches() {
                text.extend_from_slice(part);
            }
            String::from_utf8_lossy(&text).into_owned()
        })
        .unwrap_or_default();
    match session.get_process().wait() {
        Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => (shown, code),
        other => panic!("unexpected end: {other:?}"),
    }
}

/// Waits for the program to end; its exit code.
fn finish(mut session: Session) -> i32 {
    let _ = session.expect(expectrl::Eof);
    match session.get_process().wait() {
        Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => code,
        other => panic!("unexpected end: {other:?}"),
    }
}

fn key_json(playground: &Playground, name: &str) -> Value {
    let out = playground.sh(&format!("orkeys get {name} --json"));
    out.expect_code(0);
    out.json()
}

#[test]
fn get_without_a_key_offers_a_fuzzy_picker() {
    let playground = Playground::new();
    let mut session = on_terminal(&playground, &["get"], &[]);
    session.expect("Show which key?").expect("the picker");
    session.expect("production-api").expect("keys listed");
    session.send("stag").expect("type");
    std::thread::sleep(Duration::from_millis(200));
    session.send("\r").expect("enter");
    session
        .expect("faaa8f1c7cf9256e9774c4dddb846799f1521480f37bec8121ffbe39aefe8684")
        .expect("staging's details");
    assert_eq!(finish(session), 0);
}

#[test]
fn delete_and_disable_pickers_take_several_keys() {
    let playground = Playground::new();
    let mut session = on_terminal(&playground, &["disable"], &[]);
    session
        .expect("Disable which keys? Type to narrow the list")
        .expect("the narrowing");
    session.send("\r").expect("every key");
    session.expect("production-api").expect("keys listed");
    // The newest key first: tick it and the next.
    session.send(" ").expect("tick");
    session.send(DOWN).expect("down");
    session.send(" ").expect("tick");
    session.send("\r").expect("enter");
    session.expect("disabled").expect("outcomes");
    assert_eq!(finish(session), 0);
    assert_eq!(key_json(&playground, "ci-nightly")["disabled"], true);
    assert_eq!(key_json(&playground, "customer-acme")["disabled"], true);
    assert_eq!(key_json(&playground, "staging")["disabled"], false);

    // Typing narrows the list: only the matching key is offered, and ticked.
    let mut session = on_terminal(&playground, &["delete"], &[]);
    session
        .expect("Delete which keys? Type to narrow the list")
        .expect("the narrowing");
    session.send("nomatch\r").expect("a miss");
    session
        .expect("no key matches 'nomatch'")
        .expect("asked again");
    session.send("STAGING\r").expect("narrowed");
    session.expect("space to tick").expect("the picker");
    session.send(" ").expect("tick");
    session.send("\r").expect("enter");
    session.expect("Delete 1 key?").expect("the confirmation");
    session.send("y\r").expect("yes");
    session.expect("deleted").expect("the outcome");
    assert_eq!(finish(session), 0);
    let out = playground.sh("orkeys get staging");
    out.expect_code(3);
    // The first key of the whole list was not the one ticked.
    assert_eq!(key_json(&playground, "ci-nightly")["disabled"], true);
}

#[test]
fn create_without_a_name_asks_for_it_then_the_limit_and_its_reset() {
    let playground = Playground::new();
    let mut session = on_terminal(&playground, &["create"], &[]);
    session.expect("Name of the new key").expect("the name");
    session.send("trial-key\r").expect("name");
    session.expect("Spending limit").expect("the limit");
    session.send("12.5\r").expect("limit");
    session.expect("Reset the limit").expect("the reset period");
    session.send(DOWN).expect("down");
    session.send(DOWN).expect("down");
    session.send("\r").expect("enter");
    session
        .expect("Secret: sk-or-v1-")
        .expect("the secret, once");
    assert_eq!(finish(session), 0);
    let created = key_json(&playground, "trial-key");
    assert_eq!(created["limit"], 12.5);
    assert_eq!(created["limit_reset"], "weekly");
}

#[test]
fn no_prompt_where_nobody_can_answer() {
    let playground = Playground::new();
    for (line, missing) in [
        ("orkeys get", "<KEY>"),
        ("orkeys delete --yes", "<KEY>..."),
        ("orkeys disable", "<KEY>..."),
        ("orkeys create", "--name <NAME>"),
    ] {
        let out = playground.sh(line);
        out.expect_code(2);
        assert!(
            out.stderr.starts_with(&format!(
                "orkeys: error: the following required argument was not provided: {missing}"
            )),
            "{line}: {}",
            out.stderr
        );
    }
    // A terminal, but prompts turned off.
    let session = on_terminal(&playground, &["get"], &[("ORKEYS_NO_PROMPT", "1")]);
    assert_eq!(finish(session), 2);
}

#[test]
fn progress_never_reaches_a_pipe() {
    let playground = Playground::new();
    playground
        .sh("orkeys sandbox reset --keys 450")
        .expect_code(0);
    let out =
        playground.sh("orkeys list --include-disabled --include-expired --concurrency 1 | wc -l");
    out.expect_code(0);
    // Every 25th generated key is in a second workspace.
    assert_eq!(out.stdout.trim(), "432");
    assert_eq!(out.stderr, "", "no progress or notice in a pipe");
}

#[test]
fn a_declined_confirmation_sends_no_write() {
    let playground = Playground::new();
    let before = playground
        .sh("orkeys list --include-disabled --include-expired --json")
        .stdout;
    let mut session = on_terminal(&playground, &["disable", "--over", "90"], &[]);
    session.expect("Disable 2 keys?").expect("the confirmation");
    session.send("n\r").expect("no");
    assert_eq!(finish(session), 130);
    let mut session = on_terminal(&playground, &["rotate", "staging"], &[]);
    session.expect("Rotate staging").expect("the confirmation");
    session.send("n\r").expect("no");
    assert_eq!(finish(session), 130);
    let after = playground
        .sh("orkeys list --include-disabled --include-expired --json")
        .stdout;
    assert_eq!(before, after, "nothing changed");
}

#[test]
fn progress_shows_on_a_terminal_while_the_output_goes_to_a_file_but_not_a_pipe() {
    let playground = Playground::new();
    let state = playground.dir.path().join("slow.json");
    run(bare()
        .args([
            "sandbox", "reset", "--keys", "450", "--seed", "1", "--state",
        ])
        .arg(&state))
    .expect_code(0);
    // Five pages, one at a time, 200 ms each: long enough for the indicator to appear.
    let served = crate::sandbox::Served::spawn(&state, &["--latency", "200"]);
    let list = "orkeys list --include-disabled --include-expired --concurrency 1 --json";
    for (redirect, shown) in [("> keys.json", true), ("| cat > keys.json", false)] {
        let session = sh_on_terminal(
            &playground,
            &format!("{list} {redirect}"),
            &[
                ("OPENROUTER_BASE_URL", &served.base_url),
                ("OPENROUTER_MANAGEMENT_KEY", crate::sandbox::SANDBOX_KEY),
            ],
        );
        let (terminal, code) = finish_with_output(session);
        assert_eq!(code, 0, "{redirect}: {terminal}");
        assert_eq!(
            terminal.contains("listing keys"),
            shown,
            "{redirect}: {terminal:?}"
        );
        let written = std::fs::read_to_string(playground.work().join("keys.json")).expect("file");
        let keys: Value = serde_json::from_str(&written).expect("JSON");
        assert_eq!(keys.as_array().map(Vec::len), Some(432), "{redirect}");
    }
    // Every command that reads a whole listing shows it: a KEY by name, export, plan.
    let name = {
        let written = std::fs::read_to_string(playground.work().join("keys.json")).expect("file");
        let keys: Value = serde_json::from_str(&written).expect("JSON");
        keys[431]["name"].as_str().expect("a name").to_string()
    };
    for line in [
        format!("orkeys get '{name}' --concurrency 1 --json > key.json"),
        "orkeys export --concurrency 1 -o keys.toml".to_string(),
        "orkeys plan -f keys.toml --concurrency 1 > plan.txt".to_string(),
    ] {
        let session = sh_on_terminal(
            &playground,
            &line,
            &[
                ("OPENROUTER_BASE_URL", &served.base_url),
                ("OPENROUTER_MANAGEMENT_KEY", crate::sandbox::SANDBOX_KEY),
            ],
        );
        let (terminal, code) = finish_with_output(session);
        assert_eq!(code, 0, "{line}: {terminal}");
        assert!(terminal.contains("listing keys"), "{line}: {terminal:?}");
    }
}
