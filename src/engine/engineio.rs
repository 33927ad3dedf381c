//! Engine.IO's polling handshake, asked after a refused upgrade: a Socket.IO server
//! answers it where a WebSocket client that does not speak Socket.IO is turned away.

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::future::join_all;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::engine::capture::{CaptureLog, CaptureStream};
use crate::engine::probe::connect::connect_one;
use crate::engine::probe::{http, tls};
use crate::observation::Observation;
use crate::observation::reply::parse_http;

/// Engine.IO's current protocol version, asked first everywhere.
const ENGINE_IO_CURRENT: u8 = 4;

/// The version before it (Socket.IO 2), asked only where the current one met a
/// refusal that a version check would give.
const ENGINE_IO_OLDER: u8 = 3;

/// Where Engine.IO may be mounted, most specific first: under the URL's own prefix (a
/// server mounted behind a proxy at `/app` serves `/app/socket.io/`), then at its
/// default `/socket.io/`. A URL that already names `socket.io` gives its prefix.
fn engineio_prefixes(path: &str) -> Vec<&str> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut prefixes: Vec<&str> = Vec::new();
    // `/socket.io` as a whole segment: `/static/socket.io.min.js` names a file.
    let named = path
        .match_indices("/socket.io")
        .map(|(at, _)| at)
        .find(|at| {
            matches!(
                path.as_bytes().get(at + "/socket.io".len()),
                None | Some(b'/')
            )
        });
    if let Some(at) = named {
        prefixes.push(&path[..at]);
    } else {
        let dir = path.trim_end_matches('/');
        prefixes.push(dir);
        // One level up: `/app/chat` is often a page or route under the `/app` mount.
        if let Some((parent, _)) = dir.rsplit_once('/') {
            prefixes.push(parent);
        }
    }
    prefixes.push("");
    let mut unique: Vec<&str> = Vec::new();
    for prefix in prefixes {
        if !unique.contains(&prefix) {
            unique.push(prefix);
        }
    }
    unique
}

/// The polling handshake's path under `prefix` for protocol `version`.
fn engineio_path(prefix: &str, version: u8) -> String {
    format!("{prefix}/socket.io/?EIO={version}&transport=polling")
}

/// What one polling handshake met.
#[derive(Debug, Clone, PartialEq, Eq)]
enum EngineIoAnswer {
    /// Engine.IO's open packet.
    Open(String),
    /// An HTTP refusal other than 404: what a server that checks the version says.
    Refused,
    /// No such path, no HTTP reply, or no connection: another version fares the same.
    Nothing,
}

/// After an upgrade refused with 400/404/426: does the same origin answer Engine.IO's
/// polling handshake? Its path and open packet when it does.
pub async fn probe(
    obs: &Observation,
    peer: SocketAddr,
    timeout: Duration,
) -> Option<(String, String)> {
    if !matches!(obs.refused_upgrade_status(), Some(400 | 404 | 426)) {
        return None;
    }
    // Every prefix at once: each may take the whole timeout (a server that ignores
    // `Connection: close`), and one after another that would be three of them.
    let prefixes = engineio_prefixes(&obs.target.path);
    let current: Vec<String> = prefixes
        .iter()
        .map(|prefix| engineio_path(prefix, ENGINE_IO_CURRENT))
        .collect();
    let answers = join_all(
        current
            .iter()
            .map(|path| engineio_open_packet(obs, peer, timeout, path)),
    )
    .await;
    if let Some(found) = most_specific(&current, &answers) {
        return Some(found);
    }
    // A 404 means nothing is mounted there under any version; only a refusal, which
    // is how Engine.IO answers a version it does not speak, is worth a second ask.
    let older: Vec<String> = prefixes
        .iter()
        .zip(&answers)
        .filter(|(_, answer)| **answer == EngineIoAnswer::Refused)
        .map(|(prefix, _)| engineio_path(prefix, ENGINE_IO_OLDER))
        .collect();
    if older.is_empty() {
        return None;
    }
    let answers = join_all(
        older
            .iter()
            .map(|path| engineio_open_packet(obs, peer, timeout, path)),
    )
    .await;
    most_specific(&older, &answers)
}

/// The first path, in the list's order, that answered with an open packet.
fn most_specific(paths: &[String], answers: &[EngineIoAnswer]) -> Option<(String, String)> {
    paths
        .iter()
        .zip(answers)
        .find_map(|(path, answer)| match answer {
            EngineIoAnswer::Open(packet) => Some((path.clone(), packet.clone())),
            _ => None,
        })
}

/// What a polling request to `path` gets: the open packet, a refusal, or nothing.
async fn engineio_open_packet(
    obs: &Observation,
    peer: SocketAddr,
    timeout: Duration,
    path: &str,
) -> EngineIoAnswer {
    let mut target = obs.target.clone();
    path.clone_into(&mut target.path);
    let (Some(stream), _) = connect_one(peer, timeout).await else {
        return EngineIoAnswer::Nothing;
    };
    let log = CaptureLog::new(4096);
    let request = http::request(&target);
    let exchange = async {
        if target.scheme.uses_tls() {
            if let (Some(tls), _) = tls::handshake(&target.host, stream).await {
                request_and_drain(tls, &log, &request).await;
            }
        } else {
            request_and_drain(stream, &log, &request).await;
        }
    };
    // The open packet arrives with the head; a server that keeps the connection
    // open has said what it had to by the timeout.
    let _ = tokio::time::timeout(timeout, exchange).await;
    engineio_answer(&log.received())
}

/// Reads a polling handshake's reply.
fn engineio_answer(received: &[u8]) -> EngineIoAnswer {
    let text = String::from_utf8_lossy(received);
    if let Some((_, body)) = text.split_once("\r\n\r\n") {
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        // EIO=4 sends `0{"sid":…}`; EIO=3 frames it with a length: `96:0{"sid":…}`.
        if let Some(at) = compact.find("0{\"sid\":") {
            return EngineIoAnswer::Open(compact[at..].chars().take(160).collect());
        }
    }
    match parse_http(received) {
        Some(head) if head.status >= 400 && head.status != 404 => EngineIoAnswer::Refused,
        _ => EngineIoAnswer::Nothing,
    }
}

/// Sends `request` and reads the reply to its end, every byte going to `log`.
async fn request_and_drain<S>(stream: S, log: &CaptureLog, request: &str)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut wrapped = CaptureStream::new(stream, log.clone());
    if wrapped.write_all(request.as_bytes()).await.is_ok() {
        let _ = wrapped.read_to_end(&mut Vec::new()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observation::HandshakeKind;

    #[test]
    fn engineio_is_looked_for_under_the_urls_prefix_then_at_the_root() {
        assert_eq!(engineio_prefixes("/"), [""]);
        assert_eq!(
            engineio_prefixes("/app/chat?room=1"),
            ["/app/chat", "/app", ""]
        );
        // A URL that names socket.io already says where the mount is.
        assert_eq!(engineio_prefixes("/app/socket.io/?EIO=4"), ["/app", ""]);
        // A file whose name starts with socket.io is no mount.
        assert_eq!(
            engineio_prefixes("/static/socket.io.min.js"),
            ["/static/socket.io.min.js", "/static", ""]
        );
        assert_eq!(
            engineio_path("/app", ENGINE_IO_CURRENT),
            "/app/socket.io/?EIO=4&transport=polling"
        );
    }

    #[test]
    fn engineio_replies_are_read_as_open_refused_or_nothing() {
        let open =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n0{\"sid\":\"a1\",\"upgrades\":[]}";
        assert_eq!(
            engineio_answer(open),
            EngineIoAnswer::Open("0{\"sid\":\"a1\",\"upgrades\":[]}".into())
        );
        let framed = b"HTTP/1.1 200 OK\r\n\r\n96:0{\"sid\":\"b2\"}";
        assert_eq!(
            engineio_answer(framed),
            EngineIoAnswer::Open("0{\"sid\":\"b2\"}".into())
        );
        let version = b"HTTP/1.1 400 Bad Request\r\n\r\n{\"code\":5,\"message\":\"Unsupported protocol version\"}";
        assert_eq!(engineio_answer(version), EngineIoAnswer::Refused);
        assert_eq!(
            engineio_answer(b"HTTP/1.1 404 Not Found\r\n\r\nnope"),
            EngineIoAnswer::Nothing
        );
        assert_eq!(
            engineio_answer(b"HTTP/1.1 200 OK\r\n\r\n<html>"),
            EngineIoAnswer::Nothing
        );
        assert_eq!(engineio_answer(b""), EngineIoAnswer::Nothing);
    }

    /// A loopback HTTP server that answers each request line with `answer(line)` and
    /// closes; the request lines it saw, in order, come back through the handle.
    async fn server(
        answer: fn(&str) -> &'static str,
    ) -> (SocketAddr, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let log = log.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut buf = [0u8; 1024];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buf[..n]),
                        }
                    }
                    let text = String::from_utf8_lossy(&head).into_owned();
                    let line = text.lines().next().unwrap_or_default().to_owned();
                    let reply = answer(&line);
                    log.lock().expect("log").push(line);
                    let _ = stream.write_all(reply.as_bytes()).await;
                });
            }
        });
        (addr, seen)
    }

    fn refused_upgrade(addr: SocketAddr, path: &str) -> Observation {
        let target = crate::target::Target::parse(&format!("ws://{addr}{path}")).expect("target");
        let mut obs = Observation::new(target, Duration::from_secs(5));
        obs.handshake = Some(crate::observation::Handshake {
            kind: HandshakeKind::WebSocket,
            end: crate::observation::HandshakeEnd::Closed,
            reply: crate::observation::reply::sniff(b"HTTP/1.1 404 Not Found\r\n\r\n"),
            upgraded: false,
            ws_error: None,
        });
        obs
    }

    const NOT_FOUND: &str =
        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

    #[tokio::test]
    async fn a_server_with_no_such_path_is_asked_once_per_prefix() {
        let (addr, seen) = server(|_| NOT_FOUND).await;
        let obs = refused_upgrade(addr, "/app/chat");
        assert_eq!(probe(&obs, addr, Duration::from_secs(5)).await, None);
        let seen = seen.lock().expect("log").clone();
        assert_eq!(seen.len(), 3, "{seen:?}");
        assert!(seen.iter().all(|line| line.contains("EIO=4")), "{seen:?}");
    }

    #[tokio::test]
    async fn a_server_that_refuses_the_current_version_is_asked_the_older_one() {
        // Socket.IO 2 behind a version check: EIO=4 refused at its root mount only.
        let (addr, seen) = server(|line| {
            if !line.starts_with("GET /socket.io/") {
                NOT_FOUND
            } else if line.contains("EIO=4") {
                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n{\"code\":5,\"message\":\"Unsupported protocol version\"}"
            } else {
                "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n97:0{\"sid\":\"x9\",\"upgrades\":[\"websocket\"]}"
            }
        })
        .await;
        let obs = refused_upgrade(addr, "/app/chat");
        let found = probe(&obs, addr, Duration::from_secs(5)).await;
        assert_eq!(
            found,
            Some((
                "/socket.io/?EIO=3&transport=polling".to_owned(),
                "0{\"sid\":\"x9\",\"upgrades\":[\"websocket\"]}".to_owned()
            ))
        );
        let seen = seen.lock().expect("log").clone();
        let older: Vec<_> = seen.iter().filter(|l| l.contains("EIO=3")).collect();
        assert_eq!(
            older.len(),
            1,
            "only the refusing mount is asked again: {seen:?}"
        );
    }
}
