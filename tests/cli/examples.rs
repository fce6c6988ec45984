//! The examples that end each command's `--help` run as shown against a fresh sandbox.

use crate::common::*;

/// Every command with examples, as typed after `orkeys`.
const COMMANDS: [&[&str]; 14] = [
    &["list"],
    &["get"],
    &["create"],
    &["update"],
    &["delete"],
    &["enable"],
    &["disable"],
    &["current"],
    &["completions"],
    &["man"],
    &["sandbox", "serve"],
    &["sandbox", "reset"],
    &["keys", "list"],
    &["keys", "delete"],
];

/// The example command lines at the end of `orkeys COMMAND --help`.
fn examples(command: &[&str]) -> Vec<String> {
    let out = run(bare().args(command).arg("--help"));
    out.expect_code(0);
    let (_, examples) = out
        .stdout
        .split_once("\nExamples:\n")
        .unwrap_or_else(|| panic!("`orkeys {}` --help has no examples", command.join(" ")));
    examples
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("orkeys "))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_command_ends_its_help_with_two_or_three_examples() {
    for command in COMMANDS {
        let found = examples(command);
        assert!(
            (1..=3).contains(&found.len()) && (found.len() >= 2 || command == ["sandbox", "reset"]),
            "`orkeys {}`: {found:?}",
            command.join(" ")
        );
    }
}

#[test]
fn every_example_runs_against_a_fresh_sandbox() {
    for command in COMMANDS {
        // `sandbox serve` runs until stopped; the README's sandbox section exercises it.
        if command == ["sandbox", "serve"] {
            continue;
        }
        let playground = Playground::new();
        for line in examples(command) {
            let out = playground.sh(&line);
            assert_eq!(
                out.code, 0,
                "`{line}` failed\nstdout: {}\nstderr: {}",
                out.stdout, out.stderr
            );
        }
    }
}
