//! Replies that are not what the scheme asked for, or are HTTP with a flaw that
//! clients forgive, checked through the binary against real loopback servers:
//! what the user reads (cause, remediation, evidence) must fit the scheme checked
//! and match what curl or a browser would make of the reply.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::bin::{args, netdoctor};
use serde_json::Value;

const LANGS: [&str; 5] = ["en", "ko", "ja", "ru", "pt"];

/// `check --json` of `targets` in `lang`; the parsed document.
async fn check(lang: &str, targets: &[String]) -> Value {
    let mut list = args(&["check", "--json", "--timeout", "3000", "--lang", lang]);
    list.extend(targets.iter().cloned());
    let out = netdoctor(list).await;
    serde_json::from_slice(&out.stdout).unwrap_or_else(|err| {
        panic!(
            "{err}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn first_cause(result: &Value) -> &Value {
    &result["causes"][0]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_http_reply_to_http_names_the_http_check_not_a_websocket_server() {
    // An SSH daemon on the port: it answers the GET with its banner.
    let ssh = common::raw_http_server(b"SSH-2.0-OpenSSH_9.6\r\n").await;
    let http = format!("http://127.0.0.1:{}/", ssh.port());
    for lang in LANGS {
        let doc = check(lang, std::slice::from_ref(&http)).await;
        let cause = first_cause(&doc["results"][0]);
        assert_eq!(
            cause["id"], "protocol-mismatch.invalid-http-response",
            "{lang}: {doc}"
        );
        let fix = cause["remediation"].as_str().unwrap();
        assert!(
            !fix.to_lowercase().contains("websocket") && !fix.contains("new Worker"),
            "{lang}: an http:// check is not told to fix a WebSocket server: {fix}"
        );
        assert!(
            fix.contains(&format!("curl -v --http0.9 {http}")),
            "{lang}: the http check is named: {fix}"
        );
        assert!(
            fix.contains(&format!("ss -ltnp | grep :{}", ssh.port())),
            "{lang}: {fix}"
        );
    }
    // The same port checked as ws:// still gets the WebSocket server's line.
    let ws = format!("ws://127.0.0.1:{}/", ssh.port());
    let doc = check("en", &[ws]).await;
    let cause = first_cause(&doc["results"][0]);
    assert_eq!(cause["id"], "protocol-mismatch.invalid-http-response");
    assert!(
        cause["remediation"]
            .as_str()
            .unwrap()
            .contains("websocket://0.0.0.0:"),
        "{cause}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_control_byte_in_a_header_value_keeps_a_404_a_404() {
    let clean = common::raw_http_server(
        b"HTTP/1.1 404 Not Found\r\nServer: myapp\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await;
    let odd = common::raw_http_server(
        b"HTTP/1.1 404 Not Found\r\nServer: my\x01app\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await;
    for scheme in ["http", "ws"] {
        let targets = [
            format!("{scheme}://127.0.0.1:{}/", clean.port()),
            format!("{scheme}://127.0.0.1:{}/", odd.port()),
        ];
        let doc = check("en", &targets).await;
        let (clean_result, odd_result) = (&doc["results"][0], &doc["results"][1]);
        assert_eq!(
            odd_result["verdict"], clean_result["verdict"],
            "{scheme}: {doc}"
        );
        assert_eq!(
            first_cause(odd_result)["id"],
            first_cause(clean_result)["id"],
            "{scheme}: {doc}"
        );
        assert_ne!(
            first_cause(odd_result)["id"],
            "protocol-mismatch.invalid-http-response"
        );
        let evidence = first_cause(odd_result)["evidence"].to_string();
        assert!(
            evidence.contains("HTTP/1.1 404 Not Found"),
            "{scheme}: {evidence}"
        );
        // The odd byte is shown, escaped, where the server's name is.
        assert!(evidence.contains(r"my\\x01app"), "{scheme}: {evidence}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_http2_only_server_checked_as_http_is_offered_an_http2_client() {
    // An empty SETTINGS frame: what an HTTP/2 prior-knowledge server sends first.
    let h2 = common::raw_http_server(b"\x00\x00\x00\x04\x00\x00\x00\x00\x00").await;
    let http = format!("http://127.0.0.1:{}/", h2.port());
    for lang in LANGS {
        let doc = check(lang, std::slice::from_ref(&http)).await;
        let cause = first_cause(&doc["results"][0]);
        assert_eq!(cause["id"], "protocol-mismatch.http2-only", "{lang}: {doc}");
        let fix = cause["remediation"].as_str().unwrap();
        assert!(
            !fix.to_lowercase().contains("websocket"),
            "{lang}: an http:// check is not told about a WebSocket client: {fix}"
        );
        assert!(
            fix.contains(&format!("curl --http2-prior-knowledge {http}")),
            "{lang}: {fix}"
        );
    }
}
