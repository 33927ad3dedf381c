//! `netdoctor check --watch`: the built binary against a loopback server that changes
//! its behaviour between two rounds.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Output;

use common::bin::{args, netdoctor};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

/// A server that completes the WebSocket upgrade on its first connection only and
/// answers every later one with 404: the first round's connection flips it.
async fn flipping_ws_server() -> common::Fixture {
    let seen = Arc::new(AtomicUsize::new(0));
    common::custom_server(common::loopback(), move |stream, mut rec| {
        let first = seen.fetch_add(1, Ordering::SeqCst) == 0;
        async move {
            if first {
                common::serve_ws(stream, &mut rec, None).await;
            } else {
                common::serve_ws(stream, &mut rec, Some("/elsewhere")).await;
            }
        }
    })
    .await
}

fn lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_prints_first_verdict_then_the_change() {
    let server = flipping_ws_server().await;
    let url = format!("ws://{}/chat", server.addr);
    let out = netdoctor(args(&[
        "check",
        "--lang",
        "en",
        "--watch",
        "1",
        "--watch-count",
        "2",
        &url,
    ]))
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines = lines(&out);
    assert_eq!(lines.len(), 2, "{lines:#?}\n{stderr}");
    assert!(
        lines[0].contains(&url) && lines[0].contains("OK"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("OK → protocol mismatch"),
        "the change, from and to: {}",
        lines[1]
    );
    // A timestamp leads each line: HH:MM:SS.
    for line in &lines {
        let stamp: Vec<char> = line.chars().take(8).collect();
        assert!(stamp[2] == ':' && stamp[5] == ':', "{line}");
    }
    assert_eq!(out.status.code(), Some(1), "the last round failed");
    assert!(server.connection_count() >= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_json_prints_one_object_per_change() {
    let server = flipping_ws_server().await;
    let url = format!("ws://{}/chat", server.addr);
    let out = netdoctor(args(&[
        "check",
        "--json",
        "--watch",
        "1",
        "--watch-count",
        "3",
        &url,
    ]))
    .await;
    let lines = lines(&out);
    // Three rounds, two changes: the third round repeats the second's verdict.
    assert_eq!(lines.len(), 2, "{lines:#?}");
    let docs: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(docs[0]["target"], url.as_str());
    assert_eq!(docs[0]["verdict"], "ok");
    assert!(docs[0]["previous"].is_null());
    assert!(docs[0]["cause"].is_null());
    assert_eq!(docs[1]["verdict"], "protocol-mismatch");
    assert_eq!(docs[1]["previous"], "ok");
    assert_eq!(docs[1]["round"], 2);
    let cause = docs[1]["cause"].as_str().expect("top cause id");
    assert!(cause.starts_with("protocol-mismatch."), "{cause}");
    let time = docs[1]["time"].as_str().expect("time");
    assert!(time.ends_with('Z') && time.contains('T'), "{time}");
    assert_eq!(out.status.code(), Some(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_options_are_checked_and_documented() {
    let closed = common::closed_port();
    let url = format!("tcp://{closed}");
    let out = netdoctor(args(&["check", "--watch-count", "2", &url])).await;
    assert_eq!(out.status.code(), Some(2), "--watch-count needs --watch");
    assert!(out.stdout.is_empty());
    let out = netdoctor(args(&["check", "--watch", "0", &url])).await;
    assert_eq!(out.status.code(), Some(2), "at least one second");
    let out = netdoctor(args(&["check", "--lang", "en", "--help"])).await;
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--watch <SECONDS>"), "{help}");
    assert!(help.contains("stop after N rounds"), "{help}");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_ends_watching_with_status_zero_and_whole_lines() {
    use std::io::{BufRead, BufReader, Read};
    let server = common::ws_server().await;
    let url = format!("ws://{}/", server.addr);
    let mut child = common::bin::command()
        .args(args(&["check", "--lang", "en", "--watch", "1", &url]))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = libc::pid_t::try_from(child.id()).expect("pid");
    let stdout = child.stdout.take().expect("stdout");
    let out = tokio::task::spawn_blocking(move || {
        // The first line is the first round's result: from then on, Ctrl+C stops
        // a watch whose last round passed.
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        reader.read_line(&mut first).expect("first line");
        // SAFETY: sends SIGINT to our own child, as Ctrl+C in a terminal would.
        unsafe {
            libc::kill(pid, libc::SIGINT);
        }
        let mut rest = String::new();
        reader.read_to_string(&mut rest).expect("rest of stdout");
        let status = child.wait().expect("wait");
        (status, first + &rest)
    })
    .await
    .expect("join");
    let (status, stdout) = out;
    assert_eq!(status.code(), Some(0), "Ctrl+C is the normal way to stop");
    assert!(stdout.contains("OK"), "the round was printed: {stdout:?}");
    assert!(stdout.ends_with('\n'), "no partial line: {stdout:?}");
}
