//! The hand-made reports the report tests share: every kind of secret, a reply
//! that tries to inject a script, local and remote targets.

// Each test file uses some of these; a panic in test code is a failed check.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use netdoctor::diagnose::{CauseId, Verdict};
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::listeners::Listener;
use netdoctor::report::{
    CauseEntry, HandshakeBytes, Report, ReportFormat, ReportMeta, ResultEntry, Timings,
    redact_report, write_report,
};
use time::macros::datetime;

pub const SECRET_PASSWORD: &str = "pw-Hunter2xyz";
pub const SECRET_TOKEN: &str = "tok_9f8e7d6c5b4a";
pub const SECRET_BEARER: &str = "eyJhbGciOiJIUzI1NiJ9.payload.sig";
pub const SECRET_COOKIE: &str = "sess-0a1b2c3d4e5f";
pub const WS_KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";
pub const XSS: &str = "<script>alert(1)</script>";

pub fn en() -> Localizer {
    Localizer::new(Lang::En)
}

pub fn meta(include_secrets: bool) -> ReportMeta {
    ReportMeta {
        profile_name: Some("staging | eu".into()),
        generated_at: datetime!(2025-05-01 12:00:00 UTC),
        include_secrets,
        system: "linux x86_64".into(),
    }
}

pub fn timings(total: f64) -> Timings {
    Timings {
        dns: None,
        connect: Some(0.25),
        tls: None,
        handshake: Some(1.5),
        total: Some(total),
    }
}

pub fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A WebSocket client that met an HTTP server, with every kind of secret in it,
/// and a reply that tries to inject a script.
pub fn mismatch_entry() -> ResultEntry {
    let target =
        format!("ws://alice:{SECRET_PASSWORD}@127.0.0.1:8282/chat?room=1&token={SECRET_TOKEN}");
    let sent = format!(
        "GET /chat?room=1&token={SECRET_TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:8282\r\nAuthorization: Bearer {SECRET_BEARER}\r\nCookie: theme=dark; sid={SECRET_COOKIE}\r\nSec-WebSocket-Key: {WS_KEY}\r\nUpgrade: websocket\r\n\r\n"
    );
    let received = format!(
        "HTTP/1.1 404 Not Found\r\nSet-Cookie: sid={SECRET_COOKIE}; HttpOnly\r\nContent-Length: 25\r\n\r\n{XSS}"
    );
    ResultEntry {
        target: target.clone(),
        verdict: Verdict::ProtocolMismatch,
        summary: format!("Connected to 127.0.0.1:8282, but the server there does not speak ws. ({target})"),
        causes: vec![CauseEntry {
            id: CauseId::ProtocolMismatchWsToHttp,
            score: 0.92,
            title: "A WebSocket client met a plain HTTP server".into(),
            detail: "The server answered the upgrade request with an ordinary HTTP page.".into(),
            remediation: "Point the client at the WebSocket path, or add the upgrade handler:\nnode: new WebSocketServer({ server, path: \"/chat\" })\ncurl -i http://127.0.0.1:8282/chat\nThen try again.".into(),
            evidence: vec![
                "server answered HTTP/1.1 404 Not Found".into(),
                format!("the server sent text that is not HTTP: {XSS}"),
                format!("response header set-cookie: sid={SECRET_COOKIE}; HttpOnly"),
            ],
        }],
        warnings: Vec::new(),
        resolved: vec!["127.0.0.1".into()],
        peer: Some("127.0.0.1:8282".into()),
        timings_ms: timings(2.0),
        handshake: HandshakeBytes {
            sent_hex: hex_of(sent.as_bytes()),
            received_hex: hex_of(received.as_bytes()),
            received_truncated: false,
        },
        name: Some("chat | main".into()),
        reported: None,
        lang: "en".into(),
        certificate: None,
        redacted: false,
        local_listeners: None,
    }
}

pub fn ok_entry() -> ResultEntry {
    ResultEntry {
        target: "http://127.0.0.1:8080/health".into(),
        verdict: Verdict::Ok,
        summary: "http://127.0.0.1:8080/health answered as a http server should.".into(),
        causes: Vec::new(),
        warnings: Vec::new(),
        resolved: vec!["127.0.0.1".into()],
        peer: Some("127.0.0.1:8080".into()),
        timings_ms: timings(0.75),
        handshake: HandshakeBytes {
            sent_hex: hex_of(b"GET /health HTTP/1.1\r\n\r\n"),
            received_hex: hex_of(b"HTTP/1.1 200 OK\r\n\r\n"),
            received_truncated: false,
        },
        name: None,
        reported: None,
        lang: "en".into(),
        certificate: None,
        redacted: false,
        local_listeners: Some(vec![Listener {
            address: "127.0.0.1".parse().expect("ip"),
            port: 8080,
            pid: Some(4242),
            process: Some("node".into()),
        }]),
    }
}

pub fn refused_entry() -> ResultEntry {
    ResultEntry {
        target: "tcp://127.0.0.1:1".into(),
        verdict: Verdict::Refused,
        summary: "127.0.0.1:1 refused the connection: nothing accepts connections on port 1 there."
            .into(),
        causes: vec![
            CauseEntry {
                id: CauseId::RefusedServerNotRunning,
                score: 0.8,
                title: "The server is not running, or not on this port".into(),
                detail: String::new(),
                remediation:
                    "Start the server and check that it listens on port 1:\nss -ltnp | grep :1"
                        .into(),
                evidence: vec!["connect to 127.0.0.1:1: connection refused (OS error 111)".into()],
            },
            CauseEntry {
                id: CauseId::RefusedWrongPort,
                score: 0.35,
                title: "The client uses the wrong port".into(),
                detail: "Nothing listens on port 1.".into(),
                remediation: "Compare the port in the client with the one the server listens on."
                    .into(),
                evidence: Vec::new(),
            },
        ],
        warnings: Vec::new(),
        resolved: vec!["127.0.0.1".into()],
        peer: None,
        timings_ms: Timings {
            dns: None,
            connect: Some(0.1),
            tls: None,
            handshake: None,
            total: Some(0.2),
        },
        handshake: HandshakeBytes {
            sent_hex: String::new(),
            received_hex: String::new(),
            received_truncated: false,
        },
        name: Some("db".into()),
        reported: None,
        lang: "en".into(),
        certificate: None,
        redacted: false,
        local_listeners: Some(Vec::new()),
    }
}

pub fn sample_report() -> Report {
    let mut report = Report::new(vec![mismatch_entry(), ok_entry(), refused_entry()]);
    // A fixed version keeps the snapshot stable across releases.
    report.tool = "netdoctor 0.0.0-test".into();
    report
}

pub fn redacted_sample() -> Report {
    let mut report = sample_report();
    redact_report(&mut report);
    report
}

pub fn render(format: ReportFormat, meta: &ReportMeta) -> String {
    let mut out = Vec::new();
    write_report(&sample_report(), meta, format, &en(), &mut out).expect("write");
    String::from_utf8(out).expect("utf-8")
}

pub fn all_secrets() -> [&'static str; 5] {
    [
        SECRET_PASSWORD,
        SECRET_TOKEN,
        SECRET_BEARER,
        SECRET_COOKIE,
        WS_KEY,
    ]
}

/// A remote endpoint that timed out: this machine cannot see its listeners.
pub fn remote_timeout_entry() -> ResultEntry {
    ResultEntry {
        target: "wss://api.example.com:8443/live".into(),
        verdict: Verdict::Timeout,
        summary: "api.example.com:8443 did not answer the connection attempt within 3000 ms."
            .into(),
        causes: vec![CauseEntry {
            id: CauseId::TimeoutFirewall,
            score: 0.8,
            title: "A firewall drops the packets".into(),
            detail: String::new(),
            remediation: "Open port 8443 on the server's firewall.".into(),
            evidence: vec!["connect to 203.0.113.7:8443: timed out after 3000 ms".into()],
        }],
        warnings: Vec::new(),
        resolved: vec!["203.0.113.7".into()],
        peer: None,
        timings_ms: Timings {
            dns: Some(1.0),
            connect: None,
            tls: None,
            handshake: None,
            total: Some(3001.0),
        },
        handshake: HandshakeBytes {
            sent_hex: String::new(),
            received_hex: String::new(),
            received_truncated: false,
        },
        name: Some("live feed".into()),
        reported: None,
        lang: "en".into(),
        certificate: None,
        redacted: false,
        local_listeners: None,
    }
}

/// A local target whose port several sockets hold, one owned by a process with a
/// hostile name and one whose owner this user cannot see.
pub fn local_listeners_entry(process: &str) -> ResultEntry {
    let listener = |address: &str, pid: Option<u32>, process: Option<&str>| Listener {
        address: address.parse().expect("ip"),
        port: 9000,
        pid,
        process: process.map(str::to_owned),
    };
    ResultEntry {
        target: "tcp://[::1]:9000".into(),
        verdict: Verdict::Refused,
        summary:
            "[::1]:9000 refused the connection: nothing accepts connections on port 9000 there."
                .into(),
        causes: vec![CauseEntry {
            id: CauseId::RefusedOtherFamilyWorks,
            score: 0.97,
            title: "One IP family refuses; the other works".into(),
            detail: String::new(),
            remediation: "Make the server listen on [::]:9000 as well.".into(),
            evidence: vec![format!(
                "{process} (pid 31337) listens on 127.0.0.1:9000 only"
            )],
        }],
        warnings: Vec::new(),
        resolved: vec!["::1".into()],
        peer: None,
        timings_ms: Timings {
            dns: None,
            connect: Some(0.1),
            tls: None,
            handshake: None,
            total: Some(0.3),
        },
        handshake: HandshakeBytes {
            sent_hex: String::new(),
            received_hex: String::new(),
            received_truncated: false,
        },
        name: Some("api".into()),
        reported: None,
        lang: "en".into(),
        certificate: None,
        redacted: false,
        local_listeners: Some(vec![
            listener("127.0.0.1", Some(31337), Some(process)),
            listener("0.0.0.0", None, None),
        ]),
    }
}

/// A local result with listeners, then a remote one that timed out.
pub fn listeners_report(process: &str) -> Report {
    let mut report = Report::new(vec![local_listeners_entry(process), remote_timeout_entry()]);
    report.tool = "netdoctor 0.0.0-test".into();
    report
}

/// Compares `markdown` with `tests/snapshots/<file>`; `NETDOCTOR_UPDATE_SNAPSHOTS=1`
/// rewrites the snapshot instead, for review in the diff.
pub fn assert_markdown_snapshot(markdown: &str, file: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(file);
    if std::env::var_os("NETDOCTOR_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, markdown).expect("update snapshot");
    }
    let expected = std::fs::read_to_string(&path)
        .expect("snapshot file (NETDOCTOR_UPDATE_SNAPSHOTS=1 writes it)");
    assert_eq!(
        markdown, expected,
        "Markdown changed; review, then rerun with NETDOCTOR_UPDATE_SNAPSHOTS=1"
    );
}
