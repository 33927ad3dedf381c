//! Reusable loopback test fixtures.
//!
//! Every fixture binds on loopback with port 0 (unless the caller chooses an
//! address), is ready as soon as its constructor returned, runs as tokio tasks
//! in the test's runtime and aborts those tasks when its handle is dropped.
//!
//! Request recording: `Fixture::requests` holds one entry per accepted
//! connection that sent at least one byte, containing the bytes received on
//! that connection (capped at 64 KiB per connection). For the WebSocket
//! fixtures only the HTTP upgrade request head is recorded, not the frames.
//! `Fixture::connections` counts accepted connections (including those that
//! sent nothing).
#![allow(dead_code)]
#![allow(unused_imports)]

pub mod bin;
pub mod dns;
#[cfg(feature = "gui")]
pub mod gui;
#[cfg(target_os = "linux")]
pub mod netns;
pub mod probe;
pub mod tls;
pub mod ws;

pub use dns::{DnsFixture, dns_server, dns_server_at};
pub use tls::{TlsFixture, tls_server, tls_server_at};
pub use ws::*;

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// Recorded request bytes, one entry per connection that sent something.
pub type Requests = Arc<Mutex<Vec<Vec<u8>>>>;

/// Maximum size of a request head read by the HTTP-like fixtures, and of one
/// recorded entry.
pub const MAX_HEAD: usize = 64 * 1024;

/// How long a fixture keeps draining a connection after it closed its write
/// side (lingering close), so the peer gets a FIN and not a RST.
pub const LINGER: Duration = Duration::from_secs(10);

/// Largest WebSocket frame payload the echo server accepts.
const MAX_WS_PAYLOAD: u64 = 16 * 1024 * 1024;

/// `127.0.0.1:0`.
pub fn loopback() -> SocketAddr {
    SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0)
}

/// Locks a mutex, ignoring poisoning (a panicking fixture task must not hide
/// the recorded data from the test).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// ---------------------------------------------------------------------------
// Fixture handle
// ---------------------------------------------------------------------------

/// Handle of a running TCP fixture. Dropping it aborts the fixture's tasks
/// (the accept loop and, through its `JoinSet`, every connection task).
pub struct Fixture {
    pub addr: SocketAddr,
    pub requests: Requests,
    pub connections: Arc<AtomicUsize>,
    tasks: Vec<JoinHandle<()>>,
}

impl Fixture {
    /// Snapshot of the recorded requests.
    pub fn requests(&self) -> Vec<Vec<u8>> {
        lock(&self.requests).clone()
    }

    /// Snapshot of the recorded requests, lossily decoded as UTF-8.
    pub fn requests_text(&self) -> Vec<String> {
        lock(&self.requests)
            .iter()
            .map(|r| String::from_utf8_lossy(r).into_owned())
            .collect()
    }

    /// Number of connections accepted so far.
    pub fn connection_count(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// Records the bytes received on one connection into the shared `Requests`.
/// The entry is created lazily on the first non-empty append.
pub struct Recorder {
    requests: Requests,
    idx: Option<usize>,
}

impl Recorder {
    pub fn new(requests: &Requests) -> Self {
        Self {
            requests: requests.clone(),
            idx: None,
        }
    }

    pub fn append(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut all = lock(&self.requests);
        let idx = *self.idx.get_or_insert_with(|| {
            all.push(Vec::new());
            all.len() - 1
        });
        if let Some(entry) = all.get_mut(idx) {
            let room = MAX_HEAD.saturating_sub(entry.len());
            entry.extend_from_slice(&bytes[..bytes.len().min(room)]);
        }
    }
}

// ---------------------------------------------------------------------------
// Generic server plumbing
// ---------------------------------------------------------------------------

/// Binds a TCP listener synchronously (std) and hands it to tokio. Must be
/// called from within a tokio runtime. `addr` may have port 0.
pub fn bind_listener(addr: SocketAddr) -> TcpListener {
    let std_listener = std::net::TcpListener::bind(addr)
        .unwrap_or_else(|e| panic!("fixture: cannot bind {addr}: {e}"));
    std_listener
        .set_nonblocking(true)
        .expect("fixture: set_nonblocking");
    TcpListener::from_std(std_listener).expect("fixture: register listener with tokio")
}

/// Spawns an accept loop running `handler` for every accepted connection.
/// Connection tasks live in a `JoinSet` owned by the accept task, so aborting
/// the accept task aborts them too.
pub fn spawn_accept_loop<F, Fut>(
    listener: TcpListener,
    requests: Requests,
    connections: Arc<AtomicUsize>,
    handler: F,
) -> JoinHandle<()>
where
    F: Fn(TcpStream, Recorder) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tokio::spawn(async move {
        let mut conns = JoinSet::new();
        loop {
            while conns.try_join_next().is_some() {}
            match listener.accept().await {
                Ok((stream, _peer)) => {
                    connections.fetch_add(1, Ordering::SeqCst);
                    conns.spawn(handler(stream, Recorder::new(&requests)));
                }
                Err(_) => tokio::task::yield_now().await,
            }
        }
    })
}

/// A TCP fixture on `addr` (port 0 allowed) running a custom per-connection
/// handler. Building block for all the TCP fixtures; usable directly by tests.
pub async fn custom_server<F, Fut>(addr: SocketAddr, handler: F) -> Fixture
where
    F: Fn(TcpStream, Recorder) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = bind_listener(addr);
    let addr = listener.local_addr().expect("fixture: local_addr");
    let requests = Requests::default();
    let connections = Arc::new(AtomicUsize::new(0));
    let task = spawn_accept_loop(listener, requests.clone(), connections.clone(), handler);
    Fixture {
        addr,
        requests,
        connections,
        tasks: vec![task],
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads until the end of an HTTP head (`\r\n\r\n`), EOF, an error or
/// `MAX_HEAD` bytes. Returns everything read (possibly a bit past the head if
/// the peer pipelined more bytes).
pub async fn read_head<S: AsyncRead + Unpin>(s: &mut S, rec: &mut Recorder) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 8192];
    while find(&buf, b"\r\n\r\n").is_none() && buf.len() < MAX_HEAD {
        let want = chunk.len().min(MAX_HEAD - buf.len());
        match s.read(&mut chunk[..want]).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                rec.append(&chunk[..n]);
                buf.extend_from_slice(&chunk[..n]);
            }
        }
    }
    buf
}

/// Reads and discards (recording) until EOF or error.
pub async fn drain<S: AsyncRead + Unpin>(s: &mut S, rec: &mut Recorder) {
    let mut chunk = vec![0u8; 8192];
    loop {
        match s.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => rec.append(&chunk[..n]),
        }
    }
}

/// Lingering close: flush, send FIN (`shutdown`), then drain until the peer
/// closes (at most `LINGER`), so that closing never turns into a RST because
/// of unread data.
pub async fn linger_close<S: AsyncRead + AsyncWrite + Unpin>(s: &mut S, rec: &mut Recorder) {
    let _ = s.flush().await;
    let _ = s.shutdown().await;
    let _ = tokio::time::timeout(LINGER, drain(s, rec)).await;
}

/// Closes a TCP stream with RST (SO_LINGER = 0, then close).
pub fn reset(stream: TcpStream) {
    let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
    drop(stream);
}

fn http_response(status_line: &str, extra_headers: &str, body: &str) -> String {
    format!(
        "{status_line}\r\n{extra_headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

// ---------------------------------------------------------------------------
// Plain TCP fixtures
// ---------------------------------------------------------------------------

/// A port on 127.0.0.1 with nothing listening (connects are refused).
pub fn closed_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind(loopback()).expect("closed_port: bind");
    let addr = listener.local_addr().expect("closed_port: local_addr");
    drop(listener);
    addr
}

/// HTTP server on 127.0.0.1: for each connection reads the request head, then
/// answers `"{status_line}\r\n{extra_headers}Content-Length: N\r\nConnection: close\r\n\r\n{body}"`
/// and closes (lingering close).
pub async fn http_server(
    status_line: &'static str,
    extra_headers: &'static str,
    body: &'static str,
) -> Fixture {
    http_server_at(loopback(), status_line, extra_headers, body).await
}

/// Same as [`http_server`] but bound on `addr` (port 0 allowed), e.g.
/// `127.0.0.1:0` so that `127.0.0.2:<port>` is refused.
pub async fn http_server_at(
    addr: SocketAddr,
    status_line: &'static str,
    extra_headers: &'static str,
    body: &'static str,
) -> Fixture {
    let response = Arc::new(http_response(status_line, extra_headers, body));
    raw_http_server_at_inner(addr, response).await
}

/// HTTP-like server that reads the request head then writes `response`
/// verbatim and closes (lingering close). For malformed-response tests.
pub async fn raw_http_server(response: &'static [u8]) -> Fixture {
    raw_http_server_at(loopback(), response).await
}

pub async fn raw_http_server_at(addr: SocketAddr, response: &'static [u8]) -> Fixture {
    custom_server(addr, move |mut stream, mut rec| async move {
        let _head = read_head(&mut stream, &mut rec).await;
        let _ = stream.write_all(response).await;
        linger_close(&mut stream, &mut rec).await;
    })
    .await
}

async fn raw_http_server_at_inner(addr: SocketAddr, response: Arc<String>) -> Fixture {
    custom_server(addr, move |mut stream, mut rec| {
        let response = response.clone();
        async move {
            let _head = read_head(&mut stream, &mut rec).await;
            let _ = stream.write_all(response.as_bytes()).await;
            linger_close(&mut stream, &mut rec).await;
        }
    })
    .await
}

/// On accept writes `banner` immediately, then reads and discards until EOF
/// or 10 s, then closes.
pub async fn banner_server(banner: &'static [u8]) -> Fixture {
    custom_server(loopback(), move |mut stream, mut rec| async move {
        if stream.write_all(banner).await.is_err() {
            return;
        }
        let _ = tokio::time::timeout(LINGER, drain(&mut stream, &mut rec)).await;
        let _ = stream.shutdown().await;
    })
    .await
}

/// Accepts and holds connections open without ever writing (not even a FIN):
/// reads and discards until EOF, and keeps the socket until the fixture drops.
pub async fn silent_server() -> Fixture {
    custom_server(loopback(), |mut stream, mut rec| async move {
        drain(&mut stream, &mut rec).await;
        std::future::pending::<()>().await;
        drop(stream);
    })
    .await
}

/// Accepts, waits for the first bytes of the request (at least 1 byte, or
/// EOF), then closes with RST.
pub async fn reset_server() -> Fixture {
    custom_server(loopback(), |mut stream, mut rec| async move {
        let mut chunk = vec![0u8; 8192];
        if let Ok(n) = stream.read(&mut chunk).await {
            rec.append(&chunk[..n]);
        }
        reset(stream);
    })
    .await
}

/// Closes every connection with RST right after accept, without reading.
/// (The client's connect succeeds: the kernel completed the handshake.)
pub async fn reset_on_accept_server() -> Fixture {
    custom_server(loopback(), |stream, _rec| async move {
        reset(stream);
    })
    .await
}

/// Accepts then closes (FIN) without sending a byte. The FIN is sent
/// immediately (shutdown); the socket is then drained until the peer closes
/// so that unread request bytes never turn the close into a RST.
pub async fn close_on_accept_server() -> Fixture {
    custom_server(loopback(), |mut stream, mut rec| async move {
        linger_close(&mut stream, &mut rec).await;
    })
    .await
}

async fn write_forever<W: AsyncWrite + Unpin>(w: &mut W, byte: u8) {
    let chunk = vec![byte; 16 * 1024];
    while w.write_all(&chunk).await.is_ok() {}
}

/// After accept, writes an endless stream of `x` (16 KiB chunks, no CRLF)
/// until the peer goes away or the fixture drops. Incoming bytes are drained.
pub async fn endless_server() -> Fixture {
    custom_server(loopback(), |mut stream, mut rec| async move {
        let (mut r, mut w) = stream.split();
        tokio::join!(write_forever(&mut w, b'x'), drain(&mut r, &mut rec));
    })
    .await
}

/// Reads the request head, then writes `HTTP/1.1 200 OK\r\nX-Long: ` followed
/// by an endless stream of `a`.
pub async fn endless_http_header_server() -> Fixture {
    custom_server(loopback(), |mut stream, mut rec| async move {
        let _head = read_head(&mut stream, &mut rec).await;
        let (mut r, mut w) = stream.split();
        let writer = async {
            if w.write_all(b"HTTP/1.1 200 OK\r\nX-Long: ").await.is_ok() {
                write_forever(&mut w, b'a').await;
            }
        };
        tokio::join!(writer, drain(&mut r, &mut rec));
    })
    .await
}

/// Slowloris: on accept writes `bytes` one byte at a time, waiting `every`
/// between bytes, then sends FIN. Incoming bytes are drained meanwhile; the
/// connection is held until the peer closes or the fixture drops.
pub async fn slow_server(bytes: &'static [u8], every: Duration) -> Fixture {
    custom_server(loopback(), move |mut stream, mut rec| async move {
        let (mut r, mut w) = stream.split();
        let writer = async {
            for (i, b) in bytes.iter().enumerate() {
                if i > 0 {
                    tokio::time::sleep(every).await;
                }
                if w.write_all(std::slice::from_ref(b)).await.is_err() {
                    return;
                }
            }
            let _ = w.shutdown().await;
        };
        tokio::join!(writer, drain(&mut r, &mut rec));
    })
    .await
}

// ---------------------------------------------------------------------------
// Blackhole (connect timeouts on loopback)
// ---------------------------------------------------------------------------

/// A listener whose accept queue is full, so that further SYNs are dropped by
/// the kernel and connects hang until the client's timeout.
pub struct Blackhole {
    pub addr: SocketAddr,
    held: Vec<std::net::TcpStream>,
    listener: socket2::Socket,
}

/// Creates a [`Blackhole`] on 127.0.0.1: a socket2 listener with `listen(0)`
/// that never accepts, whose accept queue is filled by connecting clients
/// (200 ms connect timeout each) until a connect times out (up to 8 attempts).
/// Panics if the queue could not be filled (no connect timed out).
pub async fn blackhole() -> Blackhole {
    use socket2::{Domain, Protocol, Socket, Type};

    let listener =
        Socket::new(Domain::IPV4, Type::STREAM, Some(Protocol::TCP)).expect("blackhole: socket");
    listener.bind(&loopback().into()).expect("blackhole: bind");
    listener.listen(0).expect("blackhole: listen(0)");
    let addr = listener
        .local_addr()
        .expect("blackhole: local_addr")
        .as_socket()
        .expect("blackhole: inet address");

    let mut held = Vec::new();
    let mut filled = false;
    for _ in 0..8 {
        match tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => held.push(stream.into_std().expect("blackhole: into_std")),
            Ok(Err(e)) => panic!("blackhole: filling connect failed: {e}"),
            Err(_elapsed) => {
                filled = true;
                break;
            }
        }
    }
    assert!(
        filled,
        "blackhole: accept queue of {addr} never filled after {} connects",
        held.len()
    );
    Blackhole {
        addr,
        held,
        listener,
    }
}

impl Blackhole {
    /// Number of established connections sitting in the accept queue.
    pub fn held(&self) -> usize {
        self.held.len()
    }
}
