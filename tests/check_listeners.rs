//! `netdoctor check` of a target on this machine names who listens on its port,
//! and recognises `netdoctor server --respond`.

// Test code: a failed setup step should stop the test with its message.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Stdio};

use serde_json::Value;

fn check(target: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_netdoctor"))
        .args(["check", "--json", "--lang", "en", target])
        .output()
        .expect("run netdoctor check");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc["results"][0].clone()
}

fn evidence_of(result: &Value, id: &str) -> Vec<String> {
    result["causes"]
        .as_array()
        .expect("causes")
        .iter()
        .filter(|c| c["id"] == id)
        .flat_map(|c| c["evidence"].as_array().cloned().unwrap_or_default())
        .filter_map(|e| e.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn an_ipv4_only_listener_is_named_when_ipv6_loopback_refuses() {
    let Ok(listener) = TcpListener::bind("127.0.0.1:0") else {
        return;
    };
    let port = listener.local_addr().expect("addr").port();
    if TcpListener::bind(("::1", port)).is_err() {
        eprintln!("skipped: no IPv6 loopback on this machine");
        return;
    }
    let result = check(&format!("tcp://[::1]:{port}"));
    assert_eq!(result["verdict"], "refused");
    let listeners = result["local_listeners"]
        .as_array()
        .expect("local_listeners");
    assert_eq!(listeners.len(), 1, "{listeners:?}");
    assert_eq!(listeners[0]["address"], "127.0.0.1");
    assert_eq!(listeners[0]["pid"], std::process::id());
    let evidence = evidence_of(&result, "refused.other-family-works");
    let only = format!("listens on 127.0.0.1:{port} only");
    assert!(
        evidence
            .iter()
            .any(|e| e.contains(&only) && e.contains("(pid ")),
        "{evidence:?}"
    );
    // An address typed as is has no DNS records: the wording says what was seen.
    let cause = result["causes"]
        .as_array()
        .expect("causes")
        .iter()
        .find(|c| c["id"] == "refused.other-family-works")
        .expect("other family cause");
    for field in ["detail", "remediation"] {
        let text = cause[field].as_str().expect("text");
        assert!(
            !text.contains("AAAA") && !text.contains("dig "),
            "{field}: {text}"
        );
    }
    drop(listener);
}

#[test]
fn nothing_listening_ranks_not_running_first_and_names_the_nearest_port() {
    let neighbour = TcpListener::bind("127.0.0.1:0").expect("bind");
    let near = neighbour.local_addr().expect("addr").port();
    // A port the OS just handed out and took back: nothing listens on it.
    let free = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let result = check(&format!("tcp://127.0.0.1:{free}"));
    assert_eq!(result["verdict"], "refused");
    assert_eq!(result["local_listeners"], Value::Array(vec![]));
    assert_eq!(result["causes"][0]["id"], "refused.server-not-running");
    let first = evidence_of(&result, "refused.server-not-running");
    let nothing = format!("Nothing listens on port {free} on this machine");
    assert!(first.iter().any(|e| e == &nothing), "{first:?}");
    let wrong_port = evidence_of(&result, "refused.wrong-port");
    assert!(!wrong_port.is_empty(), "{result}");
    let _ = near;
    drop(neighbour);
}

#[test]
fn a_working_loopback_target_lists_its_listener() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let result = check(&format!("tcp://127.0.0.1:{port}"));
    let listeners = result["local_listeners"]
        .as_array()
        .expect("local_listeners");
    assert!(
        listeners
            .iter()
            .any(|l| l["address"] == "127.0.0.1" && l["pid"] == std::process::id()),
        "{listeners:?}"
    );
}

#[test]
fn the_responder_is_ok_with_its_warning_over_tcp_http_and_ws() {
    let port = TcpListener::bind("0.0.0.0:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let mut responder = Command::new(env!("CARGO_BIN_EXE_netdoctor"))
        .args(["server", "--respond", "--respond-for", "30", "--lang", "en"])
        .arg(port.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start responder");
    let mut ready = String::new();
    // Kept open until the end, so the responder's last line has somewhere to go.
    let mut lines = BufReader::new(responder.stdout.take().expect("stdout"));
    lines.read_line(&mut ready).expect("ready line");
    assert!(ready.contains("ready"), "{ready}");
    for target in [
        format!("tcp://127.0.0.1:{port}"),
        format!("http://127.0.0.1:{port}/"),
        format!("ws://127.0.0.1:{port}/"),
    ] {
        let result = check(&target);
        assert_eq!(result["verdict"], "ok", "{target}: {result}");
        let warnings: Vec<&Value> = result["warnings"]
            .as_array()
            .unwrap_or_else(|| panic!("{target}: {result}"))
            .iter()
            .collect();
        assert!(
            warnings
                .iter()
                .any(|w| w["id"] == "warn.netdoctor-responder"),
            "{target}: {result}"
        );
    }
    let _ = responder.kill();
    let _ = responder.wait();
}
