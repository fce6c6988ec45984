//! Every example in README.md runs as shown, top to bottom, in one fresh sandbox.
//!
//! - A ```sh block runs as one bash script (`set -eo pipefail`) and must succeed.
//! - A ```console block lists `$ command` lines, each followed by what a person sees on a
//!   terminal 120 columns wide (stdout and stderr together, no colour). The command runs under
//!   a pseudo-terminal and its screen must match, with `[..]` standing for any text within a
//!   line (a new secret, a new hash) and a `...` line for any lines.
//! - A block right after `<!-- not run: reason -->` is skipped (building from source, the
//!   test suite itself).
//!
//! The examples speak of files a user would have: a management key file, a `pass` entry, an
//! external user's key. The playground provides them, holding the sandbox's own keys.

use std::path::Path;

use crate::common::*;

const SANDBOX_KEY: &str = "sk-or-v1-sandbox-management-key-not-a-real-secret";

#[derive(Debug)]
struct Block {
    line: usize,
    language: String,
    text: String,
    skipped: bool,
}

fn blocks(readme: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = readme.lines().enumerate().peekable();
    let mut previous_meaningful = "";
    while let Some((number, line)) = lines.next() {
        if let Some(info) = line.strip_prefix("```") {
            let language = info
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            let mut text = String::new();
            for (_, line) in lines.by_ref() {
                if line.starts_with("```") {
                    break;
                }
                text.push_str(line);
                text.push('\n');
            }
            blocks.push(Block {
                line: number + 1,
                language,
                text,
                skipped: previous_meaningful.starts_with("<!-- not run:"),
            });
            previous_meaningful = "";
            continue;
        }
        if !line.trim().is_empty() {
            previous_meaningful = line.trim();
        }
    }
    blocks
}

/// The files and tools the README's examples assume a user has.
fn provide_the_users_files(playground: &Playground) {
    let home = playground.dir.path().join("home");
    let key_dir = home.join(".config/openrouter");
    std::fs::create_dir_all(&key_dir).expect("key dir");
    let key_file = key_dir.join("management-key");
    std::fs::write(&key_file, format!("{SANDBOX_KEY}\n")).expect("key file");
    set_private(&key_file);
    std::fs::write(
        playground.work().join("user-7.key"),
        "user-7-own-provider-key-0123456789abcdef\n",
    )
    .expect("external key");
    let pass = playground.dir.path().join("bin/pass");
    std::fs::write(&pass, format!("#!/bin/sh\necho {SANDBOX_KEY}\n")).expect("pass");
    set_executable(&pass);
}

fn set_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
}

fn set_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// `(command, expected screen)` pairs of a console block.
fn console_steps(text: &str) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix("$ ") {
            Some(command) => steps.push((command.to_string(), String::new())),
            None => {
                if let Some((_, expected)) = steps.last_mut() {
                    expected.push_str(line);
                    expected.push('\n');
                }
            }
        }
    }
    steps
}

/// Runs a command line on a pseudo-terminal, as a person would see it.
fn on_screen(playground: &Playground, command: &str) -> String {
    let line = format!("export TERM=xterm NO_COLOR=1; stty cols 120 rows 50; {command}");
    let out = playground.sh(&format!(
        "script --quiet --return --command {} /dev/null < /dev/null",
        shell_words(&line)
    ));
    out.stdout
        .replace("\r\n", "\n")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn shell_words(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[test]
fn every_readme_example_runs_as_shown() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let playground = Playground::new();
    provide_the_users_files(&playground);
    let mut ran = 0;
    for block in blocks(&readme) {
        if block.skipped || !matches!(block.language.as_str(), "sh" | "console") {
            continue;
        }
        ran += 1;
        if block.language == "sh" {
            let out = playground.sh(&block.text);
            assert_eq!(
                out.code, 0,
                "README.md line {}: the sh block failed\n{}\nstdout: {}\nstderr: {}",
                block.line, block.text, out.stdout, out.stderr
            );
            continue;
        }
        for (command, expected) in console_steps(&block.text) {
            let screen = on_screen(&playground, &command);
            // For writing the README: show every screen instead of comparing.
            if std::env::var_os("ORKEYS_README_SHOW").is_some() {
                let _ = std::io::Write::write_all(
                    &mut std::io::stderr(),
                    format!("$ {command}\n{screen}").as_bytes(),
                );
                continue;
            }
            snapbox::Assert::new()
                .try_eq(
                    Some(&format!("README.md line {}: $ {command}", block.line)),
                    screen.into(),
                    expected.into(),
                )
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    assert!(
        ran >= 10,
        "only {ran} examples ran: is the README's fence syntax right?"
    );
}
