//! Generated files stay in sync with the command tree; help documents exit codes.

use std::path::Path;

use crate::common::*;

/// Where each shell's script is committed.
const COMPLETIONS: [(&str, &str); 5] = [
    ("bash", "orkeys.bash"),
    ("zsh", "_orkeys"),
    ("fish", "orkeys.fish"),
    ("powershell", "_orkeys.ps1"),
    ("elvish", "orkeys.elv"),
];

/// Regenerates every completion script and compares it with the committed one.
/// `ORKEYS_UPDATE_COMPLETIONS=1 cargo test` rewrites them instead.
#[test]
fn committed_completions_match_the_command_tree() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("ORKEYS_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in COMPLETIONS {
        let out = run(bare().args(["completions", shell]));
        out.expect_code(0);
        assert!(out.stdout.contains("orkeys"), "{shell} script is empty");
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).expect("completions dir");
            std::fs::write(&path, &out.stdout).expect("write completion");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(out.stdout.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} differ from the command tree; run ORKEYS_UPDATE_COMPLETIONS=1 cargo test --locked and commit"
    );
}

#[test]
fn man_page_is_roff_for_the_whole_tree() {
    let out = run(bare().arg("man"));
    out.expect_code(0);
    assert!(
        out.stdout.starts_with(".ie \\n(.g .ds Aq \\(aq") || out.stdout.contains(".TH orkeys"),
        "{}",
        &out.stdout[..200.min(out.stdout.len())]
    );
    assert!(out.stdout.contains(".TH orkeys"));
    for verb in [
        "list",
        "create",
        "update",
        "delete",
        "current",
        "completions",
    ] {
        assert!(out.stdout.contains(verb), "man page lacks {verb}");
    }
}

#[test]
fn help_documents_exit_codes_and_never_shows_environment_values() {
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env(
            "OPENROUTER_BASE_URL",
            "https://user:hunter2@proxy.example/api/v1",
        )
        .arg("--help"));
    out.expect_code(0);
    for line in [
        "Exit codes:",
        "130",
        "OPENROUTER_MANAGEMENT_KEY",
        "NO_COLOR",
    ] {
        assert!(out.stdout.contains(line), "help lacks {line}");
    }
    assert!(!out.stdout.contains("hunter2"));
    let out = run(bare().args(["create", "--help"]));
    out.expect_code(0);
    assert!(out.stdout.contains("--key-only") && out.stdout.contains("--expires-in"));
}

#[test]
fn version_is_printed_on_stdout() {
    let out = run(bare().arg("--version"));
    out.expect_code(0);
    assert_eq!(
        out.stdout,
        format!("orkeys {}\n", env!("CARGO_PKG_VERSION"))
    );
}
