//! `netdoctor server --respond`: reached by a plain TCP connect, an HTTP GET and a
//! WebSocket upgrade; refused when the port is busy; stopped by Ctrl+C (SIGINT).
//! `netdoctor server` on a loopback-only listener names its process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, ChildStdout, Stdio};
use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;

/// A port that was free a moment ago on every address.
fn free_port() -> u16 {
    TcpListener::bind("0.0.0.0:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

struct Responder {
    child: Child,
    stdout: BufReader<ChildStdout>,
    port: u16,
}

impl Drop for Responder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the responder and waits for its ready line.
fn responder() -> Responder {
    let port = free_port();
    let mut child = common::bin::command()
        .args([
            "server",
            "--respond",
            "--respond-for",
            "60",
            "--lang",
            "en",
            &port.to_string(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn responder");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("ready line");
    assert!(
        line.contains("ready on port") && line.contains(&port.to_string()),
        "{line:?}"
    );
    Responder {
        child,
        stdout,
        port,
    }
}

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream
}

#[test]
fn a_plain_connect_gets_the_greeting() {
    let r = responder();
    let mut text = String::new();
    connect(r.port)
        .read_to_string(&mut text)
        .expect("read greeting");
    assert!(text.starts_with("netdoctor-responder/"), "{text:?}");
    assert!(text.contains(&format!("port {}", r.port)), "{text:?}");
    // Also on IPv6 where this machine has it.
    if let Ok(mut six) = TcpStream::connect(("::1", r.port)) {
        let mut text = String::new();
        six.read_to_string(&mut text).expect("read");
        assert!(text.starts_with("netdoctor-responder/"));
    }
}

#[test]
fn an_http_get_gets_a_valid_reply_that_names_the_responder() {
    let r = responder();
    let mut stream = connect(r.port);
    write!(
        stream,
        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n"
    )
    .expect("send");
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).expect("read reply");
    let mut headers = [httparse::EMPTY_HEADER; 16];
    let mut resp = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(head) = resp.parse(&reply).expect("valid HTTP") else {
        panic!("incomplete reply: {}", String::from_utf8_lossy(&reply));
    };
    assert_eq!(resp.code, Some(200));
    let header = |name: &str| {
        resp.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).into_owned())
    };
    assert_eq!(
        header("server"),
        Some(format!("netdoctor-responder/{}", env!("CARGO_PKG_VERSION")))
    );
    let body = &reply[head..];
    assert_eq!(header("content-length"), Some(body.len().to_string()));
    assert!(String::from_utf8_lossy(body).starts_with("netdoctor-responder/"));
}

#[tokio::test]
async fn a_websocket_upgrade_completes() {
    let r = responder();
    let url = format!("ws://127.0.0.1:{}/chat", r.port);
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", r.port))
        .await
        .expect("connect");
    let (mut ws, response) = tokio_tungstenite::client_async(url, tcp)
        .await
        .expect("upgrade");
    assert_eq!(response.status().as_u16(), 101);
    let server = response
        .headers()
        .get("server")
        .and_then(|v| v.to_str().ok());
    assert!(
        server.is_some_and(|s| s.starts_with("netdoctor-responder/")),
        "{server:?}"
    );
    let message = ws.next().await.expect("a message").expect("ok message");
    assert!(
        message
            .to_text()
            .expect("text")
            .starts_with("netdoctor-responder/")
    );
}

#[test]
fn a_busy_port_is_refused_with_exit_2_and_the_owner() {
    let busy = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = busy.local_addr().expect("addr").port();
    let out = common::bin::command()
        .args([
            "server",
            "--respond",
            "--respond-for",
            "5",
            "--lang",
            "en",
            &port.to_string(),
        ])
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("already in use"), "{stderr}");
    assert!(
        stderr.contains(&format!("pid {}", std::process::id())),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_with_exit_0() {
    let mut r = responder();
    let pid = libc::pid_t::try_from(r.child.id()).expect("pid");
    // SAFETY: signalling our own child by its id, which it keeps until we reap it.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let status = r.child.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    let mut rest = String::new();
    r.stdout.read_to_string(&mut rest).expect("read");
    assert!(rest.contains("stopped"), "{rest:?}");
}

#[test]
fn bad_ports_are_exit_2_with_one_localized_line() {
    for (bad, lang, needle) in [
        ("0", "en", "not a port"),
        ("70000", "pt", "não é um número de porta"),
        ("abc", "ja", "ポート番号"),
    ] {
        let out = common::bin::command()
            .args(["server", "--lang", lang, bad])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty(), "{bad}: stdout");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(needle), "{bad}: {stderr}");
    }
}

#[test]
fn a_loopback_only_listener_is_named_with_its_process() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let out = common::bin::command()
        .args(["server", "--json", "--lang", "en", &port.to_string()])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let entry = &doc["ports"][0];
    assert_eq!(entry["listeners"][0]["address"], "127.0.0.1", "{doc:#}");
    assert_eq!(entry["listeners"][0]["pid"], std::process::id());
    let cause = entry["causes"]
        .as_array()
        .expect("causes")
        .iter()
        .find(|c| c["id"] == "refused.loopback-only-bind")
        .unwrap_or_else(|| panic!("{doc:#}"));
    let evidence = cause["evidence"].to_string();
    assert!(
        evidence.contains(&format!("127.0.0.1:{port} only")),
        "{evidence}"
    );
    assert!(
        evidence.contains(&format!("(pid {})", std::process::id())),
        "{evidence}"
    );
    drop(listener);
}
