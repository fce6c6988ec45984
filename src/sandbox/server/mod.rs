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
mod tests;
