//! What keeps the management key on this machine and server text off the reader's terminal.

use httpmock::MockServer;
use serde_json::json;

use crate::common::*;
use crate::fault_server::{Action, FaultServer};

/// An address of this machine that is not loopback, if it has one: traffic to it stays here,
/// yet orkeys must treat it like any other host.
fn own_address() -> Option<std::net::IpAddr> {
    let probe = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    // No packet is sent: connecting a UDP socket only picks the route.
    probe.connect("10.255.255.255:9").ok()?;
    let ip = probe.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

fn empty_listing() -> Action {
    Action::json(200, r#"{"data": []}"#)
}

#[test]
fn plain_http_off_this_machine_needs_the_override() {
    // A machine with only a loopback interface has no other host to refuse.
    let Some(ip) = own_address() else {
        return;
    };
    let server = FaultServer::start_on("0.0.0.0:0", |_, _| empty_listing());
    let base = format!("http://{ip}:{}/api/v1", server.port());
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .args(["--base-url", &base, "list"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains(&format!(
            "refusing to send the management key over plain http to {ip}"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--allow-insecure-http"),
        "{}",
        out.stderr
    );
    assert!(server.seen().is_empty(), "nothing was sent");

    // The same refusal for the environment variable, and the override from the environment.
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("OPENROUTER_BASE_URL", &base)
        .arg("list"));
    out.expect_code(2);
    assert!(
        out.stderr.contains("from OPENROUTER_BASE_URL"),
        "{}",
        out.stderr
    );
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("OPENROUTER_BASE_URL", &base)
        .env("ORKEYS_ALLOW_INSECURE_HTTP", "1")
        .args(["list", "--concurrency", "1"]));
    out.expect_code(0);
    assert!(!server.seen().is_empty());
}

#[test]
fn a_proxy_never_sees_requests_to_this_machine() {
    let proxy = FaultServer::start(|_, _| Action::json(502, "{}"));
    let api = FaultServer::start(|_, _| empty_listing());
    let proxy_url = format!("http://127.0.0.1:{}", proxy.port());
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .env("HTTP_PROXY", &proxy_url)
        .env("http_proxy", &proxy_url)
        .env("ALL_PROXY", &proxy_url)
        .args(["--base-url", &api.base_url(), "list", "--concurrency", "1"]));
    out.expect_code(0);
    assert!(proxy.seen().is_empty(), "the proxy got {:?}", proxy.seen());
    assert_eq!(api.seen().len(), 1);
}

#[test]
fn credentials_in_the_base_url_are_refused() {
    let server = MockServer::start();
    let anything = any_request(&server);
    let with_password = server
        .url("/api/v1")
        .replace("http://", "http://user:hunter2@");
    let out = run(bare()
        .env("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
        .args(["--base-url", &with_password, "list"]));
    out.expect_code(2);
    assert!(
        out.stderr.contains("carries a user name or password"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hunter2"), "{}", out.stderr);
    anything.assert_calls(0);
}

/// Names that would recolour, retitle, ring or reorder a terminal.
const HOSTILE: [&str; 5] = [
    "esc\u{1b}[31mred",
    "bell\u{7}ring",
    "c1\u{9b}2Jclear",
    "rtl\u{202e}txt.exe",
    "title\u{1b}]0;pwned\u{7}",
];

#[test]
fn piped_rows_escape_control_and_bidi_characters_from_the_server() {
    let server = MockServer::start();
    let keys: Vec<_> = HOSTILE
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let mut key = key_named(n, name);
            key["label"] = json!(format!("label{name}"));
            key
        })
        .collect();
    let mock = listing(&server, &[], vec![(0, keys.clone())]);
    for format in ["tsv", "csv", "table"] {
        let out = run(orkeys(&server).args(["list", "--format", format, "--color", "never"]));
        out.expect_code(0);
        let hostile: Vec<char> = out
            .stdout
            .chars()
            .filter(|&c| {
                (c.is_control() && c != '\n' && c != '\t')
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)
            })
            .collect();
        assert!(
            hostile.is_empty(),
            "{format} passed {hostile:?} through: {}",
            out.stdout
        );
        assert!(
            out.stdout.contains("esc\\u{1b}[31mred"),
            "{format}: {}",
            out.stdout
        );
    }
    // JSON keeps the exact value; JSON's own escaping makes it safe.
    let out = run(orkeys(&server).args(["list", "--json"]));
    assert_eq!(out.json()[0]["name"], json!(HOSTILE[0]));
    assert!(!out.stdout.contains('\u{1b}'));
    mock.pages[0].assert_calls(4);
}

#[test]
fn a_server_that_echoes_the_management_key_never_gets_it_printed() {
    // Misconfigured gateways echo the Authorization header in their error pages.
    let echoed = format!("Invalid credentials: Bearer {MANAGEMENT_KEY}");
    let answers = [
        (
            401,
            json!({"error": {"code": 401, "message": echoed}}).to_string(),
        ),
        (
            502,
            format!("<html><body>upstream error for {echoed}</body></html>"),
        ),
    ];
    for (status, body) in answers {
        let server = MockServer::start();
        server.mock(|when, then| {
            api_call(when, httpmock::Method::GET, "/keys", &[("offset", "0")]);
            then.status(status).body(body.clone());
        });
        for json in [false, true] {
            let mut cmd = orkeys(&server);
            cmd.args(["list", "--retries", "0", "--concurrency", "1"]);
            if json {
                cmd.arg("--json");
            }
            // `run` fails the test if the key appears anywhere.
            let out = run(&mut cmd);
            assert_ne!(out.code, 0);
            assert!(
                out.stderr.contains("Bearer <redacted>"),
                "HTTP {status}: {}",
                out.stderr
            );
        }
    }
}
