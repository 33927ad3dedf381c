//! `netdoctor server --respond`: a stand-in on free ports that answers every
//! connection with a line naming netdoctor, HTTP requests with a valid HTTP/1.1
//! reply and WebSocket upgrades with a completed handshake, so a client's check of
//! the port proves the network path while the real server is stopped.
//!
//! What identifies the responder on the wire (the client side matches these):
//! - raw TCP: the line [`greeting`], which starts with [`GREETING_PREFIX`];
//! - HTTP: a `Server: netdoctor-responder/<version>` header and the greeting as body;
//! - WebSocket: the same `Server` header on the 101, then the greeting as a text message.

use std::io::ErrorKind;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use socket2::{Domain, Protocol, Socket, Type};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{EXIT_OK, EXIT_USAGE};
use crate::l10n::Localizer;
use crate::listeners;

/// Start of the greeting line and of the `Server` header's product name.
pub const GREETING_PREFIX: &str = crate::responder_sign::PRODUCT;

/// The `Server` header value of HTTP and WebSocket replies.
pub fn server_header() -> String {
    format!("{GREETING_PREFIX}/{}", env!("CARGO_PKG_VERSION"))
}

/// The line sent on every connection (raw TCP) and as HTTP body and WebSocket message.
pub fn greeting(port: u16) -> String {
    format!(
        "{}: netdoctor server --respond on port {port}; the network path to this port is open, start your server on it.\r\n",
        server_header()
    )
}

/// How long a client may take to send its first bytes before it is taken for a
/// raw TCP client and greeted; HTTP and WebSocket clients write at once. Well
/// under the half second a `netdoctor check` of `tcp://` waits for a greeting,
/// so that check sees the greeting rather than racing it.
const FIRST_BYTES_WAIT: Duration = Duration::from_millis(200);

/// Limit for one connection's whole exchange, so a stuck client cannot hold a task.
const CONNECTION_LIMIT: Duration = Duration::from_secs(10);

/// Largest request head read.
const HEAD_LIMIT: usize = 16 * 1024;

/// Binds each port on every IPv4 and IPv6 address, answers until Ctrl+C or
/// `respond_for` seconds, and returns the exit status.
pub fn run(ports: &[u16], respond_for: Option<u64>, l10n: &Localizer) -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("netdoctor: {err}");
            return EXIT_USAGE;
        }
    };
    runtime.block_on(serve(ports, respond_for, l10n))
}

async fn serve(ports: &[u16], respond_for: Option<u64>, l10n: &Localizer) -> u8 {
    let mut bound = Vec::new();
    for &port in ports {
        match bind_port(port) {
            Ok(listeners) => bound.extend(listeners.into_iter().map(|l| (port, l))),
            Err(err) => {
                eprintln!("netdoctor: {}", bind_error(l10n, port, &err));
                return EXIT_USAGE;
            }
        }
    }
    for (port, listener) in bound {
        tokio::spawn(accept_loop(port, listener));
    }
    // The handler goes in before the ready line: a Ctrl+C right after it must stop
    // the responder cleanly, not kill it with the default action.
    let interrupted = interrupt_handler();
    let list = ports
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    println!(
        "{}",
        l10n.tr_args("server-respond-ready", &[("ports", list.into())])
    );
    let limit = async {
        match respond_for {
            Some(secs) => tokio::time::sleep(Duration::from_secs(secs)).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        () = interrupted => {}
        () = limit => {}
    }
    println!("{}", l10n.tr("server-respond-stopped"));
    EXIT_OK
}

/// Installs the interrupt handler now and returns the wait for it.
fn interrupt_handler() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let stream = signal(SignalKind::interrupt());
        async move {
            match stream {
                Ok(mut stream) => {
                    stream.recv().await;
                }
                // No handler, no interruption: the time limit or a kill ends it.
                Err(_) => std::future::pending().await,
            }
        }
    }
    #[cfg(not(unix))]
    {
        let ctrl_c = tokio::signal::ctrl_c();
        async move {
            let _ = ctrl_c.await;
        }
    }
}

fn bind_error(l10n: &Localizer, port: u16, err: &std::io::Error) -> String {
    if err.kind() != ErrorKind::AddrInUse {
        return l10n.tr_args(
            "server-error-bind",
            &[
                ("port", port.to_string().into()),
                ("error", err.to_string().into()),
            ],
        );
    }
    let owner = listeners::on_port(port)
        .unwrap_or_default()
        .into_iter()
        .find_map(|l| l.owner());
    match owner {
        Some(owner) => l10n.tr_args(
            "server-error-busy-by",
            &[("port", port.to_string().into()), ("owner", owner.into())],
        ),
        None => l10n.tr_args("server-error-busy", &[("port", port.to_string().into())]),
    }
}

/// `0.0.0.0:port` and `[::]:port` (IPv6 only, so the two do not collide). A machine
/// without IPv6 gets the IPv4 socket alone.
fn bind_port(port: u16) -> std::io::Result<Vec<TcpListener>> {
    let v4 = listen(SocketAddr::from((Ipv4Addr::UNSPECIFIED, port)))?;
    let mut out = vec![v4];
    match listen(SocketAddr::from((Ipv6Addr::UNSPECIFIED, port))) {
        Ok(v6) => out.push(v6),
        Err(err) if err.kind() == ErrorKind::AddrInUse => return Err(err),
        // No IPv6 on this machine (EAFNOSUPPORT, EADDRNOTAVAIL): IPv4 alone.
        Err(_) => {}
    }
    Ok(out)
}

fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    // Lets a restart bind over TIME_WAIT leftovers; a live listener still conflicts.
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(1024)?;
    TcpListener::from_std(socket.into())
}

async fn accept_loop(port: u16, listener: TcpListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // EMFILE and the like: wait a moment instead of spinning.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CONNECTION_LIMIT, answer(stream, port)).await;
        });
    }
}

/// What the client's first bytes say it speaks.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Raw,
    Http,
    WebSocket,
}

async fn answer(mut stream: TcpStream, port: u16) -> std::io::Result<()> {
    let mut head = vec![0u8; HEAD_LIMIT];
    let kind = match tokio::time::timeout(FIRST_BYTES_WAIT, peek_head(&stream, &mut head)).await {
        Ok(Ok(n)) => classify(&head[..n]),
        Ok(Err(err)) => return Err(err),
        Err(_) => Kind::Raw,
    };
    match kind {
        Kind::Raw => {
            stream.write_all(greeting(port).as_bytes()).await?;
            stream.shutdown().await
        }
        Kind::Http => {
            // The head was only peeked; read it off so the close is orderly.
            let n = head_len(&head).unwrap_or(0);
            let mut sink = vec![0u8; n];
            stream.read_exact(&mut sink).await?;
            stream.write_all(http_reply(port).as_bytes()).await?;
            stream.shutdown().await
        }
        Kind::WebSocket => websocket(stream, port).await,
    }
}

/// Peeks until the request head is complete, the buffer is full or the peer stops.
async fn peek_head(stream: &TcpStream, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        let n = stream.peek(buf).await?;
        let looks_http = n == 0 || !starts_like_http(&buf[..n]);
        if looks_http || head_len(&buf[..n]).is_some() || n == buf.len() {
            return Ok(n);
        }
        // More of the head is on its way; peek returns at once while data sits unread.
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

fn starts_like_http(bytes: &[u8]) -> bool {
    const METHODS: [&[u8]; 9] = [
        b"GET ",
        b"HEAD ",
        b"POST ",
        b"PUT ",
        b"DELETE ",
        b"OPTIONS ",
        b"PATCH ",
        b"CONNECT ",
        b"TRACE ",
    ];
    METHODS
        .iter()
        .any(|m| bytes.starts_with(m) || m.starts_with(bytes))
}

fn head_len(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

fn classify(head: &[u8]) -> Kind {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(head) {
        Ok(httparse::Status::Complete(_)) => {
            let upgrade = req.headers.iter().any(|h| {
                h.name.eq_ignore_ascii_case("upgrade")
                    && String::from_utf8_lossy(h.value)
                        .to_ascii_lowercase()
                        .contains("websocket")
            });
            if upgrade { Kind::WebSocket } else { Kind::Http }
        }
        _ => Kind::Raw,
    }
}

/// A complete HTTP/1.1 reply that names the responder.
pub fn http_reply(port: u16) -> String {
    let body = greeting(port);
    format!(
        "HTTP/1.1 200 OK\r\nServer: {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        server_header(),
        body.len()
    )
}

async fn websocket(stream: TcpStream, port: u16) -> std::io::Result<()> {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
    use tokio_tungstenite::tungstenite::http::HeaderValue;

    let name = server_header();
    // The callback's error type is tungstenite's; it is never returned here.
    #[allow(clippy::result_large_err)]
    let add_server = move |_req: &Request, mut resp: Response| -> Result<Response, ErrorResponse> {
        if let Ok(value) = HeaderValue::from_str(&name) {
            resp.headers_mut().insert("server", value);
        }
        Ok(resp)
    };
    let mut ws = tokio_tungstenite::accept_hdr_async(stream, add_server)
        .await
        .map_err(std::io::Error::other)?;
    ws.send(Message::text(greeting(port).trim_end().to_owned()))
        .await
        .map_err(std::io::Error::other)?;
    ws.close(None).await.map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_bytes_tell_the_protocol() {
        assert_eq!(classify(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"), Kind::Http);
        assert_eq!(
            classify(
                b"GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
            ),
            Kind::WebSocket
        );
        assert_eq!(classify(b"\x16\x03\x01"), Kind::Raw);
        assert!(starts_like_http(b"GE"));
        assert!(!starts_like_http(b"SSH-2.0"));
    }

    #[test]
    fn the_http_reply_is_valid_and_names_itself() {
        let reply = http_reply(8282);
        let mut headers = [httparse::EMPTY_HEADER; 16];
        let mut resp = httparse::Response::new(&mut headers);
        let httparse::Status::Complete(len) = resp.parse(reply.as_bytes()).unwrap() else {
            panic!("incomplete");
        };
        assert_eq!(resp.code, Some(200));
        let server = resp.headers.iter().find(|h| h.name == "Server").unwrap();
        assert!(server.value.starts_with(b"netdoctor-responder/"));
        assert_eq!(&reply[len..], greeting(8282));
    }
}
