//! Pasted text → endpoint: real error lines from browsers, Node, Python, Java and Go,
//! and curl / wscat / websocat commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::paste::{Found, ReportedKind, parse, parse_line};
use netdoctor::target::Target;

/// What a line should give: a URL (scheme known) or host:port (scheme asked).
enum Want {
    Url(&'static str),
    Ask(&'static str, u16),
}

const CASES: &[(&str, Want, Option<ReportedKind>)] = &[
    // Bare URL: nothing "reported".
    (
        "ws://localhost:8080/ws",
        Want::Url("ws://localhost:8080/ws"),
        None,
    ),
    // Chrome console.
    (
        "WebSocket connection to 'ws://localhost:8080/socket' failed: Error during WebSocket handshake: Unexpected response code: 404",
        Want::Url("ws://localhost:8080/socket"),
        Some(ReportedKind::HandshakeStatus(404)),
    ),
    (
        "WebSocket connection to 'wss://127.0.0.1:8443/live' failed: ",
        Want::Url("wss://127.0.0.1:8443/live"),
        Some(ReportedKind::Other),
    ),
    // Firefox console.
    (
        "Firefox can’t establish a connection to the server at ws://localhost:3001/.",
        Want::Url("ws://localhost:3001/"),
        Some(ReportedKind::Other),
    ),
    // Node.
    (
        "Error: connect ECONNREFUSED 127.0.0.1:3000",
        Want::Ask("127.0.0.1", 3000),
        Some(ReportedKind::Refused),
    ),
    (
        "Error: connect ECONNREFUSED ::1:3000",
        Want::Ask("[::1]", 3000),
        Some(ReportedKind::Refused),
    ),
    (
        "Error: connect ETIMEDOUT 127.0.0.2:443",
        Want::Ask("127.0.0.2", 443),
        Some(ReportedKind::TimedOut),
    ),
    (
        "Error: connect EADDRNOTAVAIL 127.0.0.1:80 - Local (0.0.0.0:0)",
        Want::Ask("127.0.0.1", 80),
        Some(ReportedKind::AddrNotAvailable),
    ),
    // Go.
    (
        "dial tcp 127.0.0.1:8080: connect: connection refused",
        Want::Url("tcp://127.0.0.1:8080"),
        Some(ReportedKind::Refused),
    ),
    (
        "Get \"http://localhost:8080/health\": dial tcp [::1]:8080: connect: connection refused",
        Want::Url("http://localhost:8080/health"),
        Some(ReportedKind::Refused),
    ),
    // Python requests / urllib3.
    (
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /api/items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
        Want::Url("http://localhost:8000/api/items"),
        Some(ReportedKind::Refused),
    ),
    (
        "HTTPSConnectionPool(host='127.0.0.1', port=8443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))",
        Want::Url("https://127.0.0.1:8443/"),
        Some(ReportedKind::Tls),
    ),
    // Python asyncio.
    (
        "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)",
        Want::Ask("127.0.0.1", 5432),
        Some(ReportedKind::Refused),
    ),
    // Java.
    (
        "java.net.ConnectException: Failed to connect to localhost/127.0.0.1:8081",
        Want::Ask("localhost", 8081),
        Some(ReportedKind::Other),
    ),
    (
        "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:9090",
        Want::Ask("localhost", 9090),
        Some(ReportedKind::Refused),
    ),
    // Commands.
    (
        "curl -v -H 'Authorization: Bearer abc' http://localhost:8080/api",
        Want::Url("http://localhost:8080/api"),
        None,
    ),
    (
        "curl -sS localhost:9000/ping",
        Want::Url("http://localhost:9000/ping"),
        None,
    ),
    (
        "$ curl -X POST --data '{\"a\":1}' https://127.0.0.1:8443/items",
        Want::Url("https://127.0.0.1:8443/items"),
        None,
    ),
    (
        "wscat -c ws://localhost:8080/chat",
        Want::Url("ws://localhost:8080/chat"),
        None,
    ),
    (
        "wscat --connect localhost:8081",
        Want::Url("ws://localhost:8081"),
        None,
    ),
    (
        "websocat -H='X-Token: s3cret' wss://127.0.0.1:9443/feed",
        Want::Url("wss://127.0.0.1:9443/feed"),
        None,
    ),
];

#[test]
fn every_real_line_gives_its_endpoint() {
    assert!(CASES.len() >= 15);
    let mut failures = Vec::new();
    for (line, want, kind) in CASES {
        let Some(got) = parse_line(line) else {
            failures.push(format!("nothing found in {line:?}"));
            continue;
        };
        let expected = match want {
            Want::Url(url) => Found::Url((*url).to_owned()),
            Want::Ask(host, port) => Found::HostPort {
                host: (*host).to_owned(),
                port: *port,
            },
        };
        if got.found != expected {
            failures.push(format!("{line:?}: got {:?}, want {expected:?}", got.found));
        }
        if got.kind != *kind {
            failures.push(format!("{line:?}: kind {:?}, want {kind:?}", got.kind));
        }
        // What the user gets once a scheme is picked is a target netdoctor can check.
        let url = got.found.url_with("tcp");
        if let Err(e) = Target::parse(&url) {
            failures.push(format!("{line:?}: {url} does not parse: {e}"));
        }
        let is_error = kind.is_some();
        if got.reported.is_some() != is_error {
            failures.push(format!("{line:?}: reported {:?}", got.reported));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn several_lines_give_several_endpoints_and_noise_gives_none() {
    let text = "Error: connect ECONNREFUSED 127.0.0.1:3000\n    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1555:16)\n\nws://localhost:8080/ws\ncurl http://localhost:8080/ \\\n  -H 'Accept: */*'\nError: connect ECONNREFUSED 127.0.0.1:3000\n";
    let found: Vec<String> = parse(text).iter().map(|p| p.found.url_with("?")).collect();
    assert_eq!(
        found,
        [
            "?://127.0.0.1:3000",
            "ws://localhost:8080/ws",
            "http://localhost:8080/"
        ]
    );
    assert!(parse("TypeError: undefined is not a function").is_empty());
    assert!(parse("").is_empty());
}
