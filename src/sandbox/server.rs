//! The sandbox over real HTTP: a small blocking server (tiny_http) that feeds requests to
//! the handler one at a time, after any configured latency or injected fault.

use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use fastrand::Rng;
use jiff::Timestamp;
use tiny_http::{Header, Response as HttpResponse, Server};

use super::faults::Faults;
use super::handler::{self, Request, Response};
use super::store::Store;
use crate::error::{Error, Kind, Result};

/// The API lives under this prefix, as on openrouter.ai.
const API_PREFIX: &str = "/api/v1";
/// Larger request bodies are refused; no valid request comes near this.
const MAX_BODY: u64 = 1 << 20;
/// What injected 429 and 503 answers ask clients to wait, in seconds.
const FAULT_RETRY_AFTER: &str = "1";

#[derive(Debug)]
pub struct Options {
    pub bind: IpAddr,
    pub port: u16,
    pub store: Store,
    pub page_size: usize,
    pub latency: Duration,
    pub faults: Faults,
    pub seed: Option<u64>,
}

/// A running sandbox. Dropping it stops the server and waits for the request in flight.
pub struct Running {
    address: SocketAddr,
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
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
            .finish_non_exhaustive()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

pub fn start(options: Options) -> Result<Running> {
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
    let server = Arc::new(server);
    let serving = Arc::clone(&server);
    let thread = std::thread::Builder::new()
        .name("orkeys-sandbox".to_string())
        .spawn(move || serve(&serving, options))
        .map_err(|e| Error::io("could not start the sandbox", &e))?;
    Ok(Running {
        address,
        server,
        thread: Some(thread),
    })
}

fn serve(server: &Server, mut options: Options) {
    let mut rng = options.seed.map_or_else(Rng::new, Rng::with_seed);
    for mut request in server.incoming_requests() {
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

        if !options.latency.is_zero() {
            std::thread::sleep(options.latency);
        }
        let answer = match path.strip_prefix(API_PREFIX) {
            _ if read.is_err() => Response::error(400, "Could not read the request body"),
            _ if body.len() as u64 > MAX_BODY => Response::error(413, "Request body too large"),
            None => Response::error(404, "Not Found"),
            Some(api_path) => match options.faults.check(&method, api_path, &mut rng) {
                Some(status) => Response::error(status, "Injected fault (orkeys sandbox --faults)"),
                None => {
                    let context = handler::Context {
                        store: &options.store,
                        page_size: options.page_size,
                        now: Timestamp::now(),
                    };
                    let request = Request {
                        method: &method,
                        path: api_path,
                        query,
                        authorization: authorization.as_deref(),
                        body: &body,
                    };
                    handler::handle(&request, &context, &mut rng)
                }
            },
        };
        let _ = request.respond(to_http(&answer));
    }
}

fn to_http(answer: &Response) -> HttpResponse<std::io::Cursor<Vec<u8>>> {
    let mut body = serde_json::to_vec(&answer.body).unwrap_or_default();
    body.push(b'\n');
    let mut response = HttpResponse::from_data(body).with_status_code(answer.status);
    if let Ok(header) = Header::from_bytes("Content-Type", "application/json") {
        response.add_header(header);
    }
    if matches!(answer.status, 429 | 503) {
        if let Ok(header) = Header::from_bytes("Retry-After", FAULT_RETRY_AFTER) {
            response.add_header(header);
        }
    }
    response
}
