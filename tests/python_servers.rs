//! Diagnosis against real Python server implementations users run on loopback:
//! a gRPC server (grpcio) and a Socket.IO server (python-socketio on aiohttp).
//!
//! They are not build dependencies: where a module is missing the test prints one
//! line and passes, unless `NETDOCTOR_REQUIRE_GRPC=1` says the machine is meant to
//! have it, and `NETDOCTOR_REQUIRE_SOCKETIO=1` likewise (CI installs python3-grpcio,
//! python3-socketio and python3-aiohttp and sets both). `NETDOCTOR_PYTHON` names
//! the interpreter to use.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::probe::{run, settings, top};

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use netdoctor::diagnose::{CauseId, Evidence, Verdict};

/// A Python server script from tests/servers, killed when dropped.
struct PyServer {
    child: Child,
    port: u16,
}

impl Drop for PyServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The interpreter: `NETDOCTOR_PYTHON`, else the system one the Debian packages
/// install into (a pyenv or venv `python3` first on PATH would not see them).
fn python() -> PathBuf {
    if let Some(path) = std::env::var_os("NETDOCTOR_PYTHON") {
        return PathBuf::from(path);
    }
    let system = PathBuf::from("/usr/bin/python3");
    if system.is_file() {
        system
    } else {
        PathBuf::from("python3")
    }
}

/// Whether `python3` can import `module`; otherwise skip (or fail when `require` is set).
fn python_has(module: &str, require: &str) -> bool {
    let ok = Command::new(python())
        .args(["-c", &format!("import {module}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        if std::env::var_os(require).is_some_and(|v| v == "1") {
            panic!("{require}=1 but python3 cannot import {module}");
        }
        eprintln!("python3 module {module} not installed; skipped");
    }
    ok
}

/// Starts `script` and waits for the port it prints when it listens.
fn start(script: &str) -> PyServer {
    start_with(script, &[])
}

/// [`start`], with arguments for the script.
fn start_with(script: &str, args: &[&str]) -> PyServer {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/servers")
        .join(script);
    let mut child = Command::new(python())
        .arg(&path)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("python3 runs");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    // Blocks until the server prints its port: the readiness signal.
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("port line");
    let port = line.trim().parse().unwrap_or_else(|_| {
        let _ = child.kill();
        panic!("{script} printed {line:?}, not a port")
    });
    PyServer { child, port }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpc_server_is_http2_only_and_named_grpc() {
    if !python_has("grpc", "NETDOCTOR_REQUIRE_GRPC") {
        return;
    }
    let server = start("grpc_server.py");
    for scheme in ["ws", "http"] {
        let url = format!("{scheme}://127.0.0.1:{}/", server.port);
        let result = run(&url, &settings(3000)).await;
        let context = format!(
            "received {:02x?}\ndiagnosis: {:?}",
            result.observation.captured.received, result.diagnosis
        );
        assert_eq!(
            result.diagnosis.verdict,
            Verdict::ProtocolMismatch,
            "{context}"
        );
        assert_eq!(
            top(&result),
            CauseId::ProtocolMismatchHttp2Only,
            "{context}"
        );
        let evidence = &result.diagnosis.causes[0].evidence;
        assert!(evidence.contains(&Evidence::Http2Settings), "{context}");
        assert!(
            evidence
                .iter()
                .any(|e| matches!(e, Evidence::GrpcFrames { .. })),
            "{context}"
        );
    }
}

/// Checks `url` against the real Socket.IO server started with `args`: the
/// Socket.IO cause ranks first, with Engine.IO's answer found at a path starting
/// with `answers_at`.
async fn socketio_found(args: &[&str], path: &str, answers_at: &str) {
    if !python_has("socketio, aiohttp", "NETDOCTOR_REQUIRE_SOCKETIO") {
        return;
    }
    let server = start_with("socketio_server.py", args);
    let url = format!("ws://127.0.0.1:{}{path}", server.port);
    let result = run(&url, &settings(3000)).await;
    let context = format!("diagnosis: {:?}", result.diagnosis);
    assert_eq!(
        top(&result),
        CauseId::ProtocolMismatchSocketioEndpoint,
        "{context}"
    );
    assert!(
        result.diagnosis.causes[0].evidence.iter().any(|e| matches!(
            e,
            Evidence::SocketIoAnswersAt { path } if path.starts_with(answers_at)
        )),
        "{context}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn socketio_server_reached_at_its_root_is_socketio_endpoint_with_the_path() {
    // `/` is aiohttp's 404; Engine.IO answers at its default path.
    socketio_found(&[], "/", "/socket.io/?EIO=").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn socketio_server_under_a_proxy_prefix_is_found_there() {
    // Mounted at /app, as behind nginx's `location /app/`; the client dialled the
    // prefix itself, where aiohttp answers 404.
    socketio_found(&["app"], "/app/", "/app/socket.io/?EIO=4").await;
}
