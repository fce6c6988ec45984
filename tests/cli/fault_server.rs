//! A raw HTTP/1.1 server for failure drills that a mock library cannot stage: connections
//! reset mid-request, servers that accept and never answer, bodies that trickle or never end.
//! It records every request and stops (closing every connection) when dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Action {
    /// A complete response.
    Respond {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Close the connection without a word, after reading the request.
    Reset,
    /// Keep the connection open and never answer.
    Stall,
    /// Headers promising `length` bytes, then a byte every `every`.
    SlowBody { length: usize, every: Duration },
    /// A 200 whose body never ends (no length, chunked), `chunk` bytes at a time.
    Endless { chunk: usize },
    /// A 200 declaring a body of `length` bytes.
    Declared { length: u64 },
    /// Wait, then do something else.
    After(Duration, Box<Action>),
}

impl Action {
    pub fn json(status: u16, body: &str) -> Action {
        Action::Respond {
            status,
            headers: vec![("Content-Type", "application/json".to_string())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn html(status: u16, body: &str) -> Action {
        Action::Respond {
            status,
            headers: vec![("Content-Type", "text/html".to_string())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn with_header(mut self, name: &'static str, value: &str) -> Action {
        if let Action::Respond { headers, .. } = &mut self {
            headers.push((name, value.to_string()));
        }
        self
    }
}

type Handler = dyn Fn(&Seen, usize) -> Action + Send + Sync;

pub struct FaultServer {
    address: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FaultServer {
    /// Serves on 127.0.0.1; `handler` gets each request and how many came before it.
    pub fn start(handler: impl Fn(&Seen, usize) -> Action + Send + Sync + 'static) -> Self {
        FaultServer::start_on("127.0.0.1:0", handler)
    }

    pub fn start_on(
        bind: &str,
        handler: impl Fn(&Seen, usize) -> Action + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind(bind).expect("bind the fault server");
        listener.set_nonblocking(true).expect("nonblocking");
        let address = listener.local_addr().expect("address");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let thread = {
            let (seen, stop) = (Arc::clone(&seen), Arc::clone(&stop));
            std::thread::spawn(move || accept(&listener, &handler, &seen, &stop))
        };
        FaultServer {
            address,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    pub fn base_url(&self) -> String {
        format!("http://{}/api/v1", self.address)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// How many requests had this method.
    pub fn count(&self, method: &str) -> usize {
        self.seen().iter().filter(|s| s.method == method).count()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn accept(
    listener: &TcpListener,
    handler: &Arc<Handler>,
    seen: &Arc<Mutex<Vec<Seen>>>,
    stop: &Arc<AtomicBool>,
) {
    let mut connections = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, _)) => {
                let (handler, seen, stop) =
                    (Arc::clone(handler), Arc::clone(seen), Arc::clone(stop));
                connections.push(std::thread::spawn(move || {
                    serve(stream, &*handler, &seen, &stop);
                }));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    for connection in connections {
        let _ = connection.join();
    }
}

/// Serves one connection (keep-alive: request after request until it closes).
fn serve(stream: TcpStream, handler: &Handler, seen: &Mutex<Vec<Seen>>, stop: &AtomicBool) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(50)));
    let mut writer = match stream.try_clone() {
        Ok(writer) => writer,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    loop {
        let Some(request) = read_request(&mut reader, stop) else {
            return;
        };
        let index = {
            let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
            seen.push(request.clone());
            seen.len() - 1
        };
        if !act(&handler(&request, index), &mut writer, stop) {
            return;
        }
    }
}

/// Reads a request line, headers and a `Content-Length` body; `None` when the client closed
/// the connection or the server is stopping.
fn read_request(reader: &mut BufReader<TcpStream>, stop: &AtomicBool) -> Option<Seen> {
    let mut head = Vec::new();
    loop {
        if stop.load(Ordering::SeqCst) {
            return None;
        }
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) => return None,
            Ok(_) => {
                if line == "\r\n" || line == "\n" {
                    if head.is_empty() {
                        continue;
                    }
                    break;
                }
                head.push(line.trim_end().to_string());
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return None,
        }
    }
    let mut parts = head.first()?.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let headers: Vec<(String, String)> = head[1..]
        .iter()
        .filter_map(|h| h.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    let mut read = 0;
    while read < length && !stop.load(Ordering::SeqCst) {
        match reader.read(&mut body[read..]) {
            Ok(0) => return None,
            Ok(n) => read += n,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return None,
        }
    }
    Some(Seen {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Carries out an action; returns whether the connection stays open for another request.
fn act(action: &Action, out: &mut TcpStream, stop: &AtomicBool) -> bool {
    let wait = |duration: Duration| {
        let until = std::time::Instant::now() + duration;
        while std::time::Instant::now() < until && !stop.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    match action {
        Action::Respond {
            status,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(*status));
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            out.write_all(head.as_bytes()).is_ok() && out.write_all(body).is_ok()
        }
        Action::Reset => false,
        Action::Stall => {
            wait(Duration::from_secs(3600));
            false
        }
        Action::SlowBody { length, every } => {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n");
            if out.write_all(head.as_bytes()).is_err() {
                return false;
            }
            for _ in 0..*length {
                wait(*every);
                if stop.load(Ordering::SeqCst) || out.write_all(b" ").is_err() {
                    return false;
                }
            }
            true
        }
        Action::Endless { chunk } => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            if out.write_all(head.as_bytes()).is_err() {
                return false;
            }
            let data = vec![b'x'; *chunk];
            let frame = format!("{chunk:x}\r\n");
            while !stop.load(Ordering::SeqCst) {
                let sent = out
                    .write_all(frame.as_bytes())
                    .and_then(|()| out.write_all(&data))
                    .and_then(|()| out.write_all(b"\r\n"));
                if sent.is_err() {
                    return false;
                }
            }
            false
        }
        Action::Declared { length } => {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n");
            let _ = out.write_all(head.as_bytes());
            let _ = out.write_all(b"{\"data\": [");
            false
        }
        Action::After(duration, then) => {
            wait(*duration);
            act(then, out, stop)
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
