//! Shared test helpers: the binary with a clean environment, strict request matchers, and
//! sample keys shaped like the API's.

use std::process::Output;

use assert_cmd::Command;
use httpmock::{Method, MockServer, When};
use serde_json::{json, Value};

/// A management key that must never appear in any output.
pub const MANAGEMENT_KEY: &str =
    "sk-or-v1-mgmt0000000000000000000000000000000000000000000000000000000000";
pub const USER_AGENT: &str = concat!("orkeys/", env!("CARGO_PKG_VERSION"));
pub const WORKSPACE: &str = "0df9e665-d932-5740-b2c7-b52af166bc11";

/// The binary pointed at `server`, with nothing from the developer's environment.
pub fn orkeys(server: &MockServer) -> Command {
    let mut cmd = bare();
    cmd.env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("OPENROUTER_BASE_URL", server.url("/api/v1"));
    cmd
}

/// The binary with an empty environment (no key, no base URL).
pub fn bare() -> Command {
    let mut cmd = Command::cargo_bin("orkeys").unwrap_or_else(|e| panic!("binary: {e}"));
    cmd.env_clear().env("HOME", std::env::temp_dir());
    cmd
}

/// The binary as a plain process (for tests that choose its standard output), with an
/// empty environment but for HOME and the management key.
pub fn keyed_process() -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("orkeys"));
    command
        .env_clear()
        .env("HOME", std::env::temp_dir())
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY);
    command
}

/// What a run produced. Building one checks that the management key leaked nowhere.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let output: Output = cmd.output().unwrap_or_else(|e| panic!("run: {e}"));
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !run.stdout.contains(MANAGEMENT_KEY),
        "management key on stdout"
    );
    assert!(
        !run.stderr.contains(MANAGEMENT_KEY),
        "management key on stderr"
    );
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    run
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Matches exactly one API call: method, path under /api/v1, the whole query (in order),
/// the bearer key and the user agent.
pub fn api_call(when: When, method: Method, path: &str, query: &[(&str, &str)]) -> When {
    let expected: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect();
    when.method(method)
        .path(format!("/api/v1{path}"))
        .header("authorization", format!("Bearer {MANAGEMENT_KEY}"))
        .header("user-agent", USER_AGENT)
        .header("accept", "application/json")
        .is_true(move |request| request.query_params() == expected)
}

/// A mock that matches any request, for tests that must send none.
pub fn any_request(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        when.any_request();
        then.status(599);
    })
}

/// A distinct, realistic 64-hex hash for sample key `n`.
pub fn hash(n: usize) -> String {
    let mut x = (n as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (0..4)
        .map(|_| {
            x ^= x >> 29;
            x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
            format!("{x:016x}")
        })
        .collect()
}

/// A key object as the newest API returns it, plus a field no version documents yet.
pub fn key(n: usize) -> Value {
    json!({
        "hash": hash(n),
        "name": format!("key-{n}"),
        "label": format!("sk-or-v1-{}...{}", &hash(n)[..3], &hash(n)[60..]),
        "disabled": false,
        "limit": 100,
        "limit_remaining": 74.5,
        "limit_reset": "monthly",
        "include_byok_in_limit": false,
        "usage": 25.5,
        "usage_daily": 1.25,
        "usage_weekly": 5,
        "usage_monthly": 25.5,
        "byok_usage": 0,
        "byok_usage_daily": 0,
        "byok_usage_weekly": 0,
        "byok_usage_monthly": 0,
        "created_at": "2025-02-19T20:52:27.363244+00:00",
        "updated_at": null,
        "expires_at": null,
        "creator_user_id": "user_2dHFtVWx2n56w6HkM0000000000",
        "workspace_id": WORKSPACE,
        "external_user": null,
        "last_used_at": null,
        "x_future_field": {"nested": [1, 2.5, "three"]}
    })
}

pub fn key_named(n: usize, name: &str) -> Value {
    let mut value = key(n);
    value["name"] = json!(name);
    value
}

/// A mocked listing of `GET /keys`: one mock per page, and one for every other offset, which
/// answers an empty page (orkeys reads past the last page to find the end, and may ask for a
/// page ahead before it knows the page size).
pub struct Listing<'a> {
    pub pages: Vec<httpmock::Mock<'a>>,
    pub rest: httpmock::Mock<'a>,
}

impl Listing<'_> {
    /// Every page was fetched exactly once.
    pub fn assert_each_page_once(&self) {
        for page in &self.pages {
            page.assert_calls(1);
        }
    }
}

/// Mocks a listing with the given filters (the query before `offset`) and pages.
pub fn listing<'a>(
    server: &'a MockServer,
    filters: &[(&str, &str)],
    pages: Vec<(u64, Vec<Value>)>,
) -> Listing<'a> {
    let offsets: Vec<String> = pages.iter().map(|(o, _)| o.to_string()).collect();
    let page_mocks = pages
        .into_iter()
        .map(|(offset, keys)| {
            let mut query: Vec<(&str, &str)> = filters.to_vec();
            let offset = offset.to_string();
            query.push(("offset", &offset));
            server.mock(|when, then| {
                api_call(when, Method::GET, "/keys", &query);
                then.status(200).json_body(json!({ "data": keys }));
            })
        })
        .collect();
    let filters: Vec<(String, String)> = filters
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect();
    let rest = server.mock(move |when, then| {
        when.method(Method::GET)
            .path("/api/v1/keys")
            .header("authorization", format!("Bearer {MANAGEMENT_KEY}"))
            .is_true(move |request| {
                let query = request.query_params();
                let Some((last, before)) = query.split_last() else {
                    return false;
                };
                last.0 == "offset" && !offsets.contains(&last.1) && before == filters.as_slice()
            });
        then.status(200).json_body(json!({"data": []}));
    });
    Listing {
        pages: page_mocks,
        rest,
    }
}

/// The filters orkeys sends when it searches for a KEY: every key, disabled and expired.
pub const EVERY_KEY: [(&str, &str); 2] =
    [("include_disabled", "true"), ("include_expired", "true")];

/// A fresh sandbox and working directory where documented command lines run as a user would
/// type them: `orkeys` is on `PATH`, `ORKEYS_SANDBOX=1` points every command at the sandbox,
/// and nothing from the developer's environment leaks in.
pub struct Playground {
    pub dir: tempfile::TempDir,
    bin: std::path::PathBuf,
}

impl Playground {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&bin).expect("bin dir");
        std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("orkeys"), bin.join("orkeys"))
            .expect("link orkeys");
        std::fs::create_dir_all(dir.path().join("work")).expect("work dir");
        std::fs::create_dir_all(dir.path().join("home")).expect("home dir");
        Playground { dir, bin }
    }

    pub fn work(&self) -> std::path::PathBuf {
        self.dir.path().join("work")
    }

    /// `bash -c LINE` in the working directory, as a fresh user of the sandbox.
    pub fn sh(&self, line: &str) -> Run {
        let path = format!(
            "{}:{}",
            self.bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut command = std::process::Command::new("bash");
        command
            .args(["-c", &format!("set -eo pipefail\n{line}")])
            .current_dir(self.work())
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("home/.config"))
            .env("ORKEYS_SANDBOX", "1")
            .env("LANG", "C.UTF-8");
        run(&mut command.into())
    }
}

/// Runs the binary with `args` and `envs` (on a clean environment) while its reader has
/// already gone away (`orkeys … | true`): standard output is a pipe closed before anything is
/// written. Gives the exit code and standard error.
pub fn with_closed_stdout(args: &[&str], envs: &[(&str, &str)]) -> (i32, String) {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_orkeys"))
        .env_clear()
        .env("HOME", std::env::temp_dir())
        .envs(envs.iter().copied())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    drop(child.stdout.take());
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains(MANAGEMENT_KEY), "management key on stderr");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    (output.status.code().unwrap_or(-1), stderr)
}
