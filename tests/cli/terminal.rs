//! What a person at a terminal sees: tables, colour, the delete confirmation and the
//! one-time secret. Each test runs the binary under a pseudo-terminal made by `script`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use httpmock::{
    Method::{DELETE, GET, POST},
    MockServer,
};
use serde_json::json;

use crate::common::*;

/// Runs orkeys with a pseudo-terminal for stdin, stdout and stderr, typing `input` once the
/// program had time to ask. Returns everything the terminal showed, and the exit code.
fn on_terminal(
    server: &MockServer,
    args: &[&str],
    extra_env: &[(&str, &str)],
    input: Option<&str>,
) -> (i32, String) {
    on_terminal_sized(server, 160, args, extra_env, input)
}

/// [`on_terminal`] on a terminal `columns` wide.
fn on_terminal_sized(
    server: &MockServer,
    columns: usize,
    args: &[&str],
    extra_env: &[(&str, &str)],
    input: Option<&str>,
) -> (i32, String) {
    let quoted: Vec<String> = std::iter::once(binary())
        .chain(args.iter().map(|a| (*a).to_string()))
        .map(|a| format!("'{a}'"))
        .collect();
    on_terminal_line(
        server,
        &format!("stty cols {columns}; exec {}", quoted.join(" ")),
        extra_env,
        input,
    )
}

fn binary() -> String {
    assert_cmd::cargo::cargo_bin("orkeys").display().to_string()
}

/// Runs a shell command line on the pseudo-terminal, as [`on_terminal`] does.
fn on_terminal_line(
    server: &MockServer,
    line: &str,
    extra_env: &[(&str, &str)],
    input: Option<&str>,
) -> (i32, String) {
    // The pseudo-terminal starts with no size; give it a real one.
    let command_line = format!("stty cols 160 rows 50; {line}");
    let mut command = Command::new("script");
    command
        .args([
            "--quiet",
            "--return",
            "--command",
            &command_line,
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm-256color")
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("OPENROUTER_BASE_URL", server.url("/api/v1"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in extra_env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("script(1) from util-linux");
    let mut stdin = child.stdin.take().expect("stdin");
    if let Some(input) = input {
        std::thread::sleep(Duration::from_millis(700));
        stdin.write_all(input.as_bytes()).expect("type");
        stdin.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(300));
    }
    drop(stdin);
    let output = child.wait_with_output().expect("wait");
    let screen = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(!screen.contains(MANAGEMENT_KEY));
    (output.status.code().unwrap_or(-1), screen)
}

#[test]
fn a_terminal_gets_an_aligned_table_with_colour_unless_disabled() {
    let server = MockServer::start();
    let mut disabled = key_named(2, "retired");
    disabled["disabled"] = json!(true);
    let mock = listing(
        &server,
        &[],
        vec![(0, vec![key_named(1, "production"), disabled])],
    );
    let (code, screen) = on_terminal(&server, &["list"], &[], None);
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("NAME") && screen.contains("LIMIT USED") && screen.contains("LIFETIME"),
        "{screen}"
    );
    assert!(screen.contains("$25.50 / $100.00 monthly"), "{screen}");
    assert!(
        screen.contains(&hash(1)[..12]) && !screen.contains(&hash(1)[..13]),
        "{screen}"
    );
    assert!(screen.contains("\u{1b}["), "colour on a terminal: {screen}");

    let (code, screen) = on_terminal(&server, &["list"], &[("NO_COLOR", "1")], None);
    assert_eq!(code, 0);
    assert!(
        screen.contains("production") && !screen.contains("\u{1b}["),
        "{screen}"
    );
    let (_, screen) = on_terminal(&server, &["list", "--color", "never"], &[], None);
    assert!(!screen.contains("\u{1b}["), "{screen}");
    let (_, screen) = on_terminal(&server, &["list"], &[("TERM", "dumb")], None);
    assert!(!screen.contains("\u{1b}["), "{screen}");
    let (_, screen) = on_terminal(&server, &["list"], &[("CLICOLOR", "0")], None);
    assert!(
        !screen.contains("\u{1b}["),
        "CLICOLOR=0 turns colour off: {screen}"
    );
    let (_, screen) = on_terminal(
        &server,
        &["list"],
        &[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")],
        None,
    );
    assert!(
        screen.contains("\u{1b}["),
        "CLICOLOR_FORCE=1 turns it on: {screen}"
    );
    let (_, screen) = on_terminal(
        &server,
        &["list"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        None,
    );
    assert!(
        !screen.contains("\u{1b}["),
        "NO_COLOR comes first: {screen}"
    );
    let (_, screen) = on_terminal(
        &server,
        &["list", "--color", "always"],
        &[("NO_COLOR", "1")],
        None,
    );
    assert!(screen.contains("\u{1b}["), "--color always wins: {screen}");
    mock.pages[0].assert_calls(8);
}

#[test]
fn colour_can_be_forced_into_a_pipe_for_tables_only() {
    let server = MockServer::start();
    let mock = listing(&server, &[], vec![(0, vec![key(1)])]);
    let out = run(orkeys(&server)
        .args(["list", "--format", "table"])
        .env("CLICOLOR_FORCE", "1"));
    out.expect_code(0);
    assert!(out.stdout.contains("\u{1b}["), "{}", out.stdout);
    let out = run(orkeys(&server).arg("list").env("CLICOLOR_FORCE", "1"));
    out.expect_code(0);
    assert!(
        !out.stdout.contains('\u{1b}'),
        "tab-separated rows are never coloured"
    );
    mock.pages[0].assert_calls(2);
}

#[test]
fn narrow_terminals_keep_one_line_per_row() {
    let server = MockServer::start();
    let long = "customer-with-a-very-long-name-ü-日本語-that-goes-on-and-on";
    let mock = listing(
        &server,
        &[],
        vec![(0, vec![key_named(1, long), key_named(2, "short"), key(3)])],
    );
    for columns in [60, 80, 200] {
        let (code, screen) =
            on_terminal_sized(&server, columns, &["list", "--color", "never"], &[], None);
        assert_eq!(code, 0, "{screen}");
        let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines.len(),
            4,
            "a header and one line per key at {columns}: {screen}"
        );
        for line in &lines {
            let width: usize = line
                .trim_end_matches('\r')
                .chars()
                .map(|c| {
                    if ('\u{3000}'..='\u{9fff}').contains(&c) {
                        2
                    } else {
                        1
                    }
                })
                .sum();
            assert!(width <= columns, "{width} > {columns}: {line}");
        }
        // Hashes are whole, never cut or wrapped.
        assert!(screen.contains(&hash(2)[..12]), "{screen}");
        if columns == 200 {
            assert!(screen.contains(long), "room for the whole name: {screen}");
            assert!(
                screen.contains("REMAINING") && screen.contains("EXPIRES"),
                "{screen}"
            );
        } else {
            assert!(!screen.contains(long), "{screen}");
            assert!(
                screen.contains('…'),
                "the name is cut with an ellipsis: {screen}"
            );
            assert!(!screen.contains("REMAININ\r\n"), "{screen}");
        }
    }
    // Piped output is never cut.
    let out = run(orkeys(&server).args(["list", "--format", "table"]));
    assert!(out.stdout.contains(long), "{}", out.stdout);
    mock.pages[0].assert_calls(4);
}

#[test]
fn a_terminal_create_shows_the_secret_once_with_a_warning() {
    let server = MockServer::start();
    let secret = "sk-or-v1-feed00feed00feed00feed00feed00feed00feed00feed00feed00feed0000";
    let mock = server.mock(|when, then| {
        api_call(when, POST, "/keys", &[]).json_body(json!({"name": "laptop"}));
        then.status(201)
            .json_body(json!({"data": key_named(1, "laptop"), "key": secret}));
    });
    let (code, screen) = on_terminal(&server, &["create", "--name", "laptop"], &[], None);
    assert_eq!(code, 0, "{screen}");
    mock.assert_calls(1);
    assert_eq!(screen.matches(secret).count(), 1, "{screen}");
    assert!(screen.contains("only time the secret is shown"), "{screen}");
}

#[test]
fn delete_asks_on_a_terminal_and_a_no_sends_nothing() {
    let server = MockServer::start();
    let get = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(1)), &[]);
        then.status(200)
            .json_body(json!({"data": key_named(1, "prod")}));
    });
    let delete = server.mock(|when, then| {
        api_call(when, DELETE, &format!("/keys/{}", hash(1)), &[]);
        then.status(200).json_body(json!({"deleted": true}));
    });
    let (code, screen) = on_terminal(&server, &["delete", &hash(1)], &[], Some("n\r"));
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("Delete 1 key?"), "{screen}");
    assert!(
        screen.contains(&format!(
            "prod ({}, $25.50 / $100.00 monthly)",
            &hash(1)[..12]
        )),
        "{screen}"
    );
    delete.assert_calls(0);

    let (code, screen) = on_terminal(&server, &["delete", &hash(1)], &[], Some("y\r"));
    assert_eq!(code, 0, "{screen}");
    let result = screen
        .lines()
        .find(|line| line.contains(&hash(1)[..12]) && line.contains("deleted"));
    assert!(
        result.is_some_and(|line| line.trim_start().starts_with("prod")),
        "{screen}"
    );
    delete.assert_calls(1);
    get.assert_calls(2);
}

#[test]
fn json_is_pretty_on_a_terminal() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        api_call(when, GET, &format!("/keys/{}", hash(1)), &[]);
        then.status(200).json_body(json!({"data": key(1)}));
    });
    let (code, screen) = on_terminal(&server, &["get", &hash(1), "--json"], &[], None);
    assert_eq!(code, 0, "{screen}");
    mock.assert_calls(1);
    assert!(screen.starts_with("{\r\n  \"hash\": "), "{screen}");
}

#[test]
fn delete_refuses_when_the_question_could_not_be_seen() {
    let server = MockServer::start();
    let anything = any_request(&server);
    // stdin and stdout are the terminal, but stderr (where the question goes) is not.
    let line = format!(
        "{} delete {} 2>/dev/null; echo \"exit=$?\"",
        binary(),
        hash(1)
    );
    let (code, screen) = on_terminal_line(&server, &line, &[], None);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("exit=2"), "{screen}");
    anything.assert_calls(0);
}
