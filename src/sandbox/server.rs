//! The sandbox over real HTTP: a small blocking server (tiny_http) whose worker threads each
//! take the next request, wait out any configured latency, apply any injected fault and
//! hand it to the handler. Several requests are answered at once, as the real API does, so
//! a client that keeps pages in flight is measured fairly.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use fastrand::Rng;
use jiff::Timestamp;
use tiny_http::{Method, Server, StatusCode};

use super::faults::Faults;
use super::handler::{self, Request, Response};
use super::seed::Fresh;
use super::store::Store;
use crate::error::{Error, Kind, Result};

/// The API lives under this prefix, as on openrouter.ai.
const API_PREFIX: &str = "/api/v1";
/// Larger request bodies are refused; no valid request comes near this.
const MAX_BODY: u64 = 1 << 20;
/// What injected 429 and 503 answers ask clients to wait, in seconds.
const FAULT_RETRY_AFTER: &str = "1";
/// Requests answered at once: enough for clients that keep a few pages in flight, few
/// enough that a flood cannot start unbounded threads.
const WORKERS: usize = 8;

#[derive(Debug)]
pub struct Options {
    pub bind: IpAddr,
    pub port: u16,
    pub store: Store,
    pub page_size: usize,
    pub latency: Duration,
    pub faults: Faults,
    /// Makes created secrets and `@P` fault draws reproducible.
    pub seed: Option<u64>,
    /// How a state file that disappears is filled again.
    pub fresh: Fresh,
}

/// A running sandbox. Dropping it stops the server and waits for the requests in flight.
pub struct Running {
    address: SocketAddr,
    server: Arc<Server>,
    workers: Vec<JoinHandle<()>>,
}

impl Running {
    /// `http://127.0.0.1:PORT/api/v1`, the base URL clients use.
    pub fn base_url(&self) -> String {
        format!("http://{}{API_PREFIX}", self.address)
    }
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running")
            .field("address", &self.address)
            .field("workers", &self.workers.len())
            .finish_non_exhaustive()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // Each unblock releases one worker waiting for a request; requests already queued
        // are answered first. Once the workers are gone, the last handle on the server is
        // this one, and dropping it closes the listening socket.
        for _ in &self.workers {
            self.server.unblock();
        }
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

/// What the workers share.
struct Shared {
    options: Options,
    /// Fault rules count down (`xN`) and draw (`@P`) under one lock, so counts stay exact
    /// whichever worker sees a request.
    drills: Mutex<(Faults, Rng)>,
}

pub fn start(mut options: Options) -> Result<Running> {
    let server = Server::http(SocketAddr::new(options.bind, options.port)).map_err(|e| {
        Error::new(
            Kind::Io,
            format!("could not listen on {}:{}: {e}", options.bind, options.port),
        )
        .with_hint("choose another --port, or 0 for any free port")
    })?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::new(Kind::Io, "the sandbox is not listening on an IP address"))?;
    let rng = options.seed.map_or_else(Rng::new, Rng::with_seed);
    let drills = Mutex::new((std::mem::take(&mut options.faults), rng));
    let shared = Arc::new(Shared { options, drills });
    let mut running = Running {
        address,
        server: Arc::new(server),
        workers: Vec::with_capacity(WORKERS),
    };
    for n in 0..WORKERS {
        let server = Arc::clone(&running.server);
        let shared = Arc::clone(&shared);
        let worker = std::thread::Builder::new()
            .name(format!("orkeys-sandbox-{n}"))
            .spawn(move || {
                while let Ok(request) = server.recv() {
                    answer(request, &shared);
                }
            })
            // Dropping `running` stops the workers already started.
            .map_err(|e| Error::io("could not start the sandbox", &e))?;
        running.workers.push(worker);
    }
    Ok(running)
}

fn answer(mut request: tiny_http::Request, shared: &Shared) {
    let options = &shared.options;
    let method = request.method().as_str().to_ascii_uppercase();
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let authorization = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Authorization"))
        .map(|h| h.value.as_str().to_string());
    let mut body = Vec::new();
    let read = request
        .as_reader()
        .take(MAX_BODY + 1)
        .read_to_end(&mut body);

    // Outside every lock: requests in flight wait out their latency together.
    if !options.latency.is_zero() {
        std::thread::sleep(options.latency);
    }
    let answer = match path.strip_prefix(API_PREFIX) {
        _ if read.is_err() => Response::error(400, "Could not read the request body"),
        _ if body.len() as u64 > MAX_BODY => Response::error(413, "Request body too large"),
        None => Response::error(404, "Not Found"),
        Some(api_path) => match fault(shared, &method, api_path) {
            Some(status) => Response::error(status, "Injected fault (orkeys sandbox --faults)"),
            None => {
                let context = handler::Context {
                    store: &options.store,
                    page_size: options.page_size,
                    now: Timestamp::now(),
                    fresh: options.fresh,
                    seed: options.seed,
                };
                let request = Request {
                    method: &method,
                    path: api_path,
                    query,
                    authorization: authorization.as_deref(),
                    body: &body,
                };
                handler::handle(&request, &context)
            }
        },
    };
    send(request, &answer);
}

/// Sends the whole response in one write. tiny_http writes the headers and then the body in
/// pieces; on a kept-alive connection, Nagle's algorithm then holds each piece until the
/// client's delayed ACK, adding about 40 ms to every answer and swamping what a benchmark
/// of the client means to measure.
fn send(request: tiny_http::Request, answer: &Response) {
    let head = *request.method() == Method::Head;
    let bytes = to_http(answer, head, Timestamp::now());
    // tiny_http still reads the connection's next request, and closes it when the client
    // asked for that.
    let mut writer = request.into_writer();
    let _ = writer.write_all(&bytes).and_then(|()| writer.flush());
}

fn fault(shared: &Shared, method: &str, path: &str) -> Option<u16> {
    let mut drills = shared.drills.lock().unwrap_or_else(PoisonError::into_inner);
    let (faults, rng) = &mut *drills;
    faults.check(method, path, rng)
}

/// An HTTP/1.1 response with a JSON body (left out for HEAD, as HTTP requires).
fn to_http(answer: &Response, head: bool, now: Timestamp) -> Vec<u8> {
    let mut body = serde_json::to_vec(&answer.body).unwrap_or_default();
    body.push(b'\n');
    let date = jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&now)
        .unwrap_or_default();
    let mut http = format!(
        "HTTP/1.1 {} {}\r\nDate: {date}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n",
        answer.status,
        StatusCode(answer.status).default_reason_phrase(),
        body.len()
    );
    if matches!(answer.status, 429 | 503) {
        http.push_str(&format!("Retry-After: {FAULT_RETRY_AFTER}\r\n"));
    }
    http.push_str("\r\n");
    let mut bytes = http.into_bytes();
    if !head {
        bytes.append(&mut body);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader};
    use std::net::TcpStream;
    use std::time::Instant;

    use serde_json::Value;

    use super::*;
    use crate::sandbox::MANAGEMENT_KEY;

    /// A server over a fresh state file of its own, with the example keys.
    fn serve(latency_ms: u64, faults: &str) -> (tempfile::TempDir, Running) {
        serve_with(latency_ms, faults, Fresh::default())
    }

    fn serve_with(latency_ms: u64, faults: &str, fresh: Fresh) -> (tempfile::TempDir, Running) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let store = Store::new(dir.path().join("sandbox.json"));
        let running = start(Options {
            bind: IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
            port: 0,
            store,
            page_size: 100,
            latency: Duration::from_millis(latency_ms),
            faults: faults.parse().unwrap_or_else(|e| unreachable!("{e}")),
            seed: Some(1),
            fresh,
        })
        .unwrap_or_else(|e| unreachable!("{e}"));
        (dir, running)
    }

    /// One request over its own connection, as a client with requests in flight sends them.
    fn call(address: SocketAddr, method: &str, path: &str, body: &str) -> (u16, Value) {
        let mut stream = TcpStream::connect(address).unwrap_or_else(|e| unreachable!("{e}"));
        let request = format!(
            "{method} /api/v1{path} HTTP/1.1\r\nHost: {address}\r\n\
             Authorization: Bearer {MANAGEMENT_KEY}\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .unwrap_or_else(|e| unreachable!("{e}"));
        let mut response = String::new();
        stream
            .read_to_string(&mut response)
            .unwrap_or_else(|e| unreachable!("{e}"));
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or_default();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, serde_json::from_str(body).unwrap_or_default())
    }

    #[test]
    fn four_requests_in_flight_take_about_one_latency() {
        let (_dir, running) = serve(400, "");
        let address = running.address;
        // Once, so the state file exists and is cached before timing starts.
        assert_eq!(call(address, "GET", "/keys", "").0, 200);
        let started = Instant::now();
        let statuses: Vec<u16> = std::thread::scope(|scope| {
            let calls: Vec<_> = (0..4)
                .map(|_| scope.spawn(move || call(address, "GET", "/keys", "").0))
                .collect();
            calls.into_iter().filter_map(|c| c.join().ok()).collect()
        });
        let elapsed = started.elapsed();
        assert_eq!(statuses, [200; 4]);
        // One after another they would take 1,600 ms at least.
        assert!(elapsed >= Duration::from_millis(400), "{elapsed:?}");
        assert!(elapsed < Duration::from_millis(1_400), "{elapsed:?}");
    }

    #[test]
    fn counted_faults_stay_exact_under_concurrency() {
        let (_dir, running) = serve(0, "GET /keys=429x25,*=503@0.000001");
        let address = running.address;
        let statuses: Vec<u16> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(move || {
                        (0..10)
                            .map(|_| call(address, "GET", "/keys", "").0)
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .filter_map(|w| w.join().ok())
                .flatten()
                .collect()
        });
        assert_eq!(statuses.len(), 80);
        assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 25);
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 55);
    }

    #[test]
    fn stopping_lets_writes_in_flight_finish() {
        let (dir, running) = serve(300, "");
        let address = running.address;
        let writers: Vec<_> = (0..3)
            .map(|n| {
                std::thread::spawn(move || {
                    call(address, "POST", "/keys", &format!(r#"{{"name": "w{n}"}}"#))
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(100));
        drop(running);
        for writer in writers {
            let (status, body) = writer.join().unwrap_or_else(|_| unreachable!());
            assert_eq!(status, 201, "{body}");
        }
        let store = Store::new(dir.path().join("sandbox.json"));
        let names = store
            .read(|| unreachable!(), |s| s.keys.len())
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(names, 6 + 3);
        // The listening socket goes away with the last worker.
        let deadline = Instant::now() + Duration::from_secs(5);
        while TcpStream::connect(address).is_ok() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(TcpStream::connect(address).is_err());
    }

    #[test]
    fn answers_are_whole_http_responses() {
        let now: Timestamp = "2026-11-22T12:00:00Z"
            .parse()
            .unwrap_or_else(|_| unreachable!());
        let busy = Response::error(429, "slow down");
        let text = String::from_utf8(to_http(&busy, false, now)).unwrap_or_default();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or_default();
        assert!(
            head.starts_with("HTTP/1.1 429 Too Many Requests\r\n"),
            "{head}"
        );
        assert!(
            head.contains("\r\nDate: Sun, 22 Nov 2026 12:00:00 GMT"),
            "{head}"
        );
        assert!(
            head.contains("\r\nContent-Type: application/json"),
            "{head}"
        );
        assert!(head.contains("\r\nRetry-After: 1"), "{head}");
        assert!(
            head.contains(&format!("\r\nContent-Length: {}", body.len())),
            "{head}"
        );
        assert_eq!(
            body,
            "{\"error\":{\"code\":429,\"message\":\"slow down\"}}\n"
        );
        let head_only = String::from_utf8(to_http(&busy, true, now)).unwrap_or_default();
        assert_eq!(head_only, format!("{head}\r\n\r\n"));
        let fine = String::from_utf8(to_http(&Response::error(404, "x"), false, now));
        assert!(!fine.unwrap_or_default().contains("Retry-After"));
    }

    #[test]
    fn a_kept_alive_connection_gets_each_answer_at_once() {
        let (_dir, running) = serve_with(0, "", Fresh::new(Some(1), Some(300)));
        let mut stream =
            TcpStream::connect(running.address).unwrap_or_else(|e| unreachable!("{e}"));
        let mut reader = BufReader::new(stream.try_clone().unwrap_or_else(|e| unreachable!("{e}")));
        let started = Instant::now();
        for _ in 0..30 {
            let request = format!(
                "GET /api/v1/keys?include_disabled=true HTTP/1.1\r\nHost: sandbox\r\n\
                 Authorization: Bearer {MANAGEMENT_KEY}\r\n\r\n"
            );
            stream
                .write_all(request.as_bytes())
                .unwrap_or_else(|e| unreachable!("{e}"));
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader
                    .read_line(&mut line)
                    .unwrap_or_else(|e| unreachable!("{e}"));
                if let Some(value) = line.strip_prefix("Content-Length: ") {
                    length = value.trim().parse().unwrap_or(0);
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0; length];
            reader
                .read_exact(&mut body)
                .unwrap_or_else(|e| unreachable!("{e}"));
            let page: Value = serde_json::from_slice(&body).unwrap_or_default();
            assert_eq!(page["data"].as_array().map(Vec::len), Some(100));
        }
        // Held back by Nagle's algorithm until a delayed ACK, each answer would take 40 ms
        // or more: 1.2 s at least.
        let elapsed = started.elapsed();
        assert!(elapsed < Duration::from_millis(1_000), "{elapsed:?}");
    }
}
