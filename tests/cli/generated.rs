//! Generated files stay in sync with the command tree; help documents exit codes and ends
//! with examples that run.

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

/// `ORKEYS_UPDATE_GENERATED=1 cargo test --locked` rewrites the committed files instead of
/// comparing them.
fn updating() -> bool {
    std::env::var_os("ORKEYS_UPDATE_GENERATED").is_some()
}

/// Regenerates every completion script and compares it with the committed one.
#[test]
fn committed_completions_match_the_command_tree() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = updating();
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
        "completions/{stale:?} differ from the command tree; run ORKEYS_UPDATE_GENERATED=1 cargo test --locked and commit"
    );
}

/// Regenerates the man pages (one per command) and compares them with the committed `man/`.
#[test]
fn committed_man_pages_match_the_command_tree() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let fresh = tempfile::tempdir().expect("tempdir");
    let out = run(bare().args(["man", "--dir"]).arg(fresh.path()));
    out.expect_code(0);
    let pages = |dir: &Path| -> Vec<(String, String)> {
        let mut pages: Vec<(String, String)> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                    })
                    .collect()
            })
            .unwrap_or_default();
        pages.sort();
        pages
    };
    let generated = pages(fresh.path());
    let names: Vec<&str> = generated.iter().map(|(n, _)| n.as_str()).collect();
    for page in [
        "orkeys.1",
        "orkeys-list.1",
        "orkeys-create.1",
        "orkeys-keys-list.1",
        "orkeys-sandbox-serve.1",
    ] {
        assert!(names.contains(&page), "{page} missing from {names:?}");
    }
    // Every page the main page refers to exists.
    let main = &generated
        .iter()
        .find(|(n, _)| n == "orkeys.1")
        .expect("main page")
        .1;
    for name in [
        "list", "get", "create", "update", "delete", "current", "man",
    ] {
        assert!(
            main.contains(&format!("orkeys\\-{name}(1)")),
            "orkeys.1 lacks orkeys-{name}(1)"
        );
        assert!(names.contains(&format!("orkeys-{name}.1").as_str()));
    }
    if updating() {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).expect("man dir");
        for (name, text) in &generated {
            std::fs::write(committed.join(name), text).expect("write man page");
        }
        return;
    }
    assert!(
        pages(&committed) == generated,
        "man/ differs from the command tree; run ORKEYS_UPDATE_GENERATED=1 cargo test --locked and commit"
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
