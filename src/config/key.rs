//! Where the management key comes from, and the checks that catch a key that cannot be right
//! before it is sent anywhere. A key is never echoed, not even in part.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::error::{Error, Kind, Result};
use crate::notice;
use crate::secret::Secret;

/// The variables that may hold the management key, in order of preference.
/// `OPENROUTER_PROVISIONING_KEY` is the name management keys had before.
pub const KEY_VARIABLES: [&str; 2] = ["OPENROUTER_MANAGEMENT_KEY", "OPENROUTER_PROVISIONING_KEY"];

/// A key and where it came from (for messages: "the file ~/.key", "OPENROUTER_MANAGEMENT_KEY").
#[derive(Debug)]
pub struct SourcedKey {
    pub key: Secret,
    pub source: String,
}

/// The first of the key variables that is set and not blank.
pub fn from_environment() -> Result<Option<SourcedKey>> {
    for name in KEY_VARIABLES {
        let Some(value) = std::env::var_os(name) else {
            continue;
        };
        let value = value.into_string().map_err(|_| {
            Error::new(Kind::Auth, format!("{name} is not valid text"))
                .with_hint("a key is a single word like sk-or-v1-…")
        })?;
        if value.trim().is_empty() {
            continue;
        }
        return checked(&value, name).map(Some);
    }
    Ok(None)
}

/// `--api-key-file PATH`. Like ssh with private keys, a file that others may write is refused
/// (anyone who can change it can point orkeys at a key of theirs), and one others may read is
/// used with a warning.
pub fn from_file(path: &Path) -> Result<SourcedKey> {
    let source = format!("the file {}", path.display());
    let text = std::fs::read(path).map_err(|e| {
        Error::io(
            &format!("could not read the management key from {}", path.display()),
            &e,
        )
    })?;
    check_permissions(path)?;
    let text = String::from_utf8(text).map_err(|_| {
        Error::new(Kind::Auth, format!("{source} is not text"))
            .with_hint("the file should hold only the key, like sk-or-v1-…")
    })?;
    checked(&text, &source)
}

/// `--api-key-stdin`.
pub fn from_stdin() -> Result<SourcedKey> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::io("could not read the management key from standard input", &e))?;
    checked(&text, "standard input")
}

/// A profile's `key_env`: the variable it names.
pub fn from_named_variable(profile: &str, name: &str) -> Result<SourcedKey> {
    let source = format!("{name} (key_env of profile '{profile}')");
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => checked(&value, &source),
        _ => Err(Error::new(
            Kind::Auth,
            format!("profile '{profile}' reads the management key from {name}, which is not set"),
        )
        .with_hint(format!("set {name}, or change key_env in the profile"))),
    }
}

/// A profile's `key_file`; `~/` means the home directory.
pub fn from_profile_file(path: &Path) -> Result<SourcedKey> {
    from_file(&expand_home(path))
}

fn expand_home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), dirs::home_dir()) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// How long a `key_command` may take (a password manager may ask for a passphrase).
const KEY_COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

/// A profile's `key_command`, run by `sh -c` with the terminal on its stdin and stderr (a
/// password manager may need to ask), its standard output taken as the key. The key is used
/// for this run only and never written anywhere; no message ever shows the output. A command
/// that takes too long is killed. With a terminal it stays in the terminal's foreground so
/// that a passphrase prompt can still read the terminal, and only the shell (or what it
/// `exec`s) is killed; unattended (no terminal on stdin or stderr), it runs in a process
/// group of its own, killed whole, so that nothing it started lives on holding our standard
/// error open.
pub fn from_command(profile: &str, command: &str) -> Result<SourcedKey> {
    let source = format!("the key_command of profile '{profile}'");
    let failed = |why: String| {
        Error::new(Kind::Auth, format!("{source} (`{command}`) {why}"))
            .with_hint(format!("run the command yourself to see what is wrong, or change key_command in profile '{profile}'"))
    };
    let mut shell = Command::new("sh");
    shell
        .arg("-c")
        .arg(command)
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    // A prompt may read the terminal through /dev/tty even with stdin redirected: only with
    // no terminal on stdin or stderr is the command moved out of the foreground.
    let own_group = !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal();
    #[cfg(unix)]
    if own_group {
        use std::os::unix::process::CommandExt;
        shell.process_group(0);
    }
    let mut child = shell
        .spawn()
        .map_err(|e| failed(format!("could not be started: {e}")))?;
    let (sender, receiver) = mpsc::channel();
    if let Some(mut stdout) = child.stdout.take() {
        std::thread::spawn(move || {
            let mut output = Vec::new();
            let read = stdout.by_ref().take(64 * 1024).read_to_end(&mut output);
            let _ = sender.send(read.map(|_| output));
        });
    }
    let timeout = crate::api::retry::scaled(KEY_COMMAND_TIMEOUT);
    let started = Instant::now();
    // Whatever the command started is killed with it when it fails (unattended only). The
    // shell is left unreaped until then, so its group's id cannot pass to another process.
    let give_up = |child: &mut std::process::Child, why: String| {
        if own_group {
            kill_group(child);
        }
        let _ = child.kill();
        let _ = child.wait();
        failed(why)
    };
    let ended = loop {
        match has_ended(&mut child) {
            Ok(Some(ended)) => break ended,
            Ok(None) if started.elapsed() >= timeout => {
                let why = format!("gave no answer within {} s", KEY_COMMAND_TIMEOUT.as_secs());
                return Err(give_up(&mut child, why));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                return Err(give_up(&mut child, format!("could not be waited for: {e}")));
            }
        }
    };
    match ended {
        Ended::Code(0) => {}
        Ended::Code(127) => {
            return Err(give_up(
                &mut child,
                "was not found (sh exited 127)".to_string(),
            ))
        }
        Ended::Code(code) => {
            return Err(give_up(
                &mut child,
                format!("failed with exit status {code}"),
            ))
        }
        Ended::Signal => return Err(give_up(&mut child, "was stopped by a signal".to_string())),
    }
    let left = timeout
        .saturating_sub(started.elapsed())
        .max(Duration::from_millis(100));
    let output = match receiver.recv_timeout(left) {
        Ok(read) => read,
        Err(_) => {
            return Err(give_up(
                &mut child,
                "kept its output open after exiting".to_string(),
            ))
        }
    };
    let _ = child.wait();
    let output = output.map_err(|e| failed(format!("could not be read: {e}")))?;
    let text = String::from_utf8(output)
        .map_err(|_| failed("printed something that is not text".to_string()))?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(failed("printed nothing".to_string()));
    }
    if text.contains('\n') {
        return Err(failed(
            "printed more than one line; it should print only the key".to_string(),
        ));
    }
    checked(text, &source)
}

/// How the key_command's shell ended.
enum Ended {
    Code(i32),
    Signal,
}

/// Whether the shell has ended, without reaping it where the system allows.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
fn has_ended(child: &mut std::process::Child) -> std::io::Result<Option<Ended>> {
    use rustix::process::{waitid, Pid, WaitId, WaitIdOptions};
    let options = WaitIdOptions::EXITED | WaitIdOptions::NOHANG | WaitIdOptions::NOWAIT;
    let status = waitid(WaitId::Pid(Pid::from_child(child)), options)?;
    Ok(status.map(|status| match status.exit_status() {
        Some(code) => Ended::Code(code),
        None => Ended::Signal,
    }))
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn has_ended(child: &mut std::process::Child) -> std::io::Result<Option<Ended>> {
    Ok(child
        .try_wait()?
        .map(|status| status.code().map_or(Ended::Signal, Ended::Code)))
}

/// Kills the process group `child` leads (it was started with a group of its own).
#[cfg(unix)]
fn kill_group(child: &std::process::Child) {
    use rustix::process::{kill_process_group, Pid, Signal};
    let _ = kill_process_group(Pid::from_child(child), Signal::KILL);
}

#[cfg(not(unix))]
fn kill_group(_child: &std::process::Child) {}

/// A profile's plain `key`, accepted only while the config file is private.
pub fn inline(profile: &str, value: &str, file: &Path) -> Result<SourcedKey> {
    if super::profile::readable_by_others(file) {
        return Err(Error::new(
            Kind::Auth,
            format!(
                "refusing the key written in profile '{profile}': other users can read {}",
                file.display()
            ),
        )
        .with_hint(format!(
            "make the file private: chmod 600 {}",
            file.display()
        )));
    }
    checked(value, &format!("profile '{profile}' in {}", file.display()))
}

#[cfg(unix)]
fn check_permissions(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| Error::io(&format!("could not inspect {}", path.display()), &e))?
        .permissions()
        .mode();
    if mode & 0o022 != 0 {
        return Err(Error::new(
            Kind::Auth,
            format!(
                "refusing to use the management key in {}: other users may change the file (mode {:o})",
                path.display(),
                mode & 0o777
            ),
        )
        .with_hint(format!("make it private: chmod 600 {}", path.display())));
    }
    if mode & 0o044 != 0 {
        notice::warning(&format!(
            "{} can be read by other users (mode {:o}); make it private with: chmod 600 {}",
            path.display(),
            mode & 0o777,
            path.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_permissions(_: &Path) -> Result<()> {
    Ok(())
}

/// Trims a key (and a byte-order mark an editor may have added) and rejects one that cannot
/// be a key, without ever echoing it.
pub fn checked(value: &str, source: &str) -> Result<SourcedKey> {
    let key = value.trim_start_matches('\u{feff}').trim();
    if key.is_empty() {
        return Err(Error::new(
            Kind::Auth,
            format!("the management key from {source} is empty"),
        ));
    }
    let quoted = |q: char| key.len() >= 2 && key.starts_with(q) && key.ends_with(q);
    if quoted('"') || quoted('\'') {
        return Err(Error::new(
            Kind::Auth,
            format!("the management key from {source} is wrapped in quotes"),
        )
        .with_hint("remove the quotes: the key is the bare word sk-or-v1-…"));
    }
    if key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::new(
            Kind::Auth,
            format!("the management key from {source} contains spaces or control characters"),
        )
        .with_hint("a key is a single word like sk-or-v1-…; check for extra lines or quotes"));
    }
    Ok(SourcedKey {
        key: Secret::new(key.to_string()),
        source: source.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_of(value: &str) -> Result<String> {
        checked(value, "test").map(|k| k.key.expose().to_string())
    }

    #[test]
    fn keys_are_trimmed_of_space_and_byte_order_marks() {
        assert_eq!(
            key_of("sk-or-v1-abc\n").ok().as_deref(),
            Some("sk-or-v1-abc")
        );
        assert_eq!(
            key_of("\u{feff}sk-or-v1-abc\r\n").ok().as_deref(),
            Some("sk-or-v1-abc")
        );
    }

    #[test]
    fn keys_that_cannot_be_keys_are_refused_without_echo() {
        for (value, why) in [
            ("", "is empty"),
            ("  \n", "is empty"),
            ("\"sk-or-v1-abc\"", "wrapped in quotes"),
            ("'sk-or-v1-abc'", "wrapped in quotes"),
            ("sk-or-v1-abc\nsecond", "spaces or control"),
            ("export KEY=sk-or-v1-abc", "spaces or control"),
        ] {
            let error = key_of(value).expect_err(value);
            assert!(error.message.contains(why), "{value:?}: {}", error.message);
            assert!(!error.message.contains("sk-or-v1-abc"));
        }
    }

    #[cfg(unix)]
    #[test]
    fn key_files_others_can_write_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let path = dir.path().join("key");
        std::fs::write(&path, "sk-or-v1-abc\n").unwrap_or_else(|e| unreachable!("{e}"));
        for (mode, ok) in [(0o600, true), (0o640, true), (0o620, false), (0o666, false)] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .unwrap_or_else(|e| unreachable!("{e}"));
            let result = from_file(&path);
            assert_eq!(result.is_ok(), ok, "mode {mode:o}");
            if let Err(error) = result {
                assert!(error.hint.unwrap_or_default().contains("chmod 600"));
            }
        }
        let missing = from_file(&dir.path().join("absent")).expect_err("missing");
        assert_eq!(missing.kind, Kind::Io);
    }
}
