//! The examples that end each command's `--help` run as shown against a fresh sandbox.

use crate::common::*;

/// Every command that does something (groups such as `keys` and `config` only list theirs),
/// as typed after `orkeys`, found by walking `--help`: a new command is covered the day it
/// is added.
fn commands() -> Vec<Vec<String>> {
    let mut leaves = Vec::new();
    let mut pending = vec![Vec::<String>::new()];
    while let Some(path) = pending.pop() {
        let out = run(bare().args(&path).arg("--help"));
        out.expect_code(0);
        let subcommands: Vec<String> = out
            .stdout
            .split_once("\nCommands:\n")
            .map(|(_, rest)| {
                rest.lines()
                    .take_while(|line| !line.is_empty())
                    .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
                    .filter_map(|line| line.split_whitespace().next())
                    .filter(|name| *name != "help")
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        if subcommands.is_empty() {
            leaves.push(path);
        } else {
            for name in subcommands {
                let mut child = path.clone();
                child.push(name);
                pending.push(child);
            }
        }
    }
    leaves.sort();
    leaves
}

#[test]
fn the_walk_finds_every_command() {
    let found = commands();
    for expected in [
        &["list"][..],
        &["rotate"],
        &["apply"],
        &["config", "init"],
        &["sandbox", "serve"],
        &["keys", "delete"],
    ] {
        assert!(
            found.iter().any(|c| c == expected),
            "{expected:?} in {found:?}"
        );
    }
    assert!(found.len() >= 28, "{found:?}");
}

/// The example command lines at the end of `orkeys COMMAND --help`.
fn examples(command: &[String]) -> Vec<String> {
    let out = run(bare().args(command).arg("--help"));
    out.expect_code(0);
    let (_, examples) = out
        .stdout
        .split_once("\nExamples:\n")
        .unwrap_or_else(|| panic!("`orkeys {}` --help has no examples", command.join(" ")));
    examples
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_command_ends_its_help_with_two_or_three_examples() {
    for command in commands() {
        let found = examples(&command);
        assert!(
            (1..=3).contains(&found.len()) && (found.len() >= 2 || command == ["sandbox", "reset"]),
            "`orkeys {}`: {found:?}",
            command.join(" ")
        );
    }
}

#[test]
fn every_example_runs_against_a_fresh_sandbox() {
    for command in commands() {
        // `sandbox serve` runs until stopped; the README's sandbox section exercises it.
        if command == ["sandbox", "serve"] {
            continue;
        }
        let playground = Playground::new();
        for line in examples(&command) {
            let out = playground.sh(&line);
            // A CI gate's example may find something: that is its documented exit 10.
            let expected = if line.contains("--fail-on") && out.code == 10 {
                10
            } else {
                0
            };
            assert_eq!(
                out.code, expected,
                "`{line}` failed\nstdout: {}\nstderr: {}",
                out.stdout, out.stderr
            );
        }
    }
}
