//! `netdoctor check` of a target on this machine names who listens on its port,
//! and recognises `netdoctor server --respond`, Python servers and a container
//! runtime's port forwarder.

// Test code: a failed setup step should stop the test with its message.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::{BufRead, BufReader, ErrorKind};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

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
    let port = TcpListener::bind("127.0.0.1:0")
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

/// A server process, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    // Held so the server's stdout stays open while it runs.
    _stdout: BufReader<ChildStdout>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The interpreter (`NETDOCTOR_PYTHON`, the system one, or `python3` on PATH), or
/// `None` with a note when none runs here, unless `NETDOCTOR_REQUIRE_PYTHON=1`.
fn python() -> Option<PathBuf> {
    let chosen = std::env::var_os("NETDOCTOR_PYTHON")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/usr/bin/python3")).filter(|p| p.is_file()))
        .unwrap_or_else(|| PathBuf::from("python3"));
    let runs = Command::new(&chosen)
        .args(["-c", "pass"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if runs {
        return Some(chosen);
    }
    if std::env::var("NETDOCTOR_REQUIRE_PYTHON").as_deref() == Ok("1") {
        panic!(
            "NETDOCTOR_REQUIRE_PYTHON=1 but {} cannot run",
            chosen.display()
        );
    }
    eprintln!("skipped: python3 is not available here");
    None
}

/// Starts `command` and waits for the first line it prints once it listens;
/// `port_of` reads the port from that line.
fn start(mut command: Command, port_of: impl Fn(&str) -> Option<u16>) -> Server {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // A copied executable can be busy for an instant while a parallel test forks
    // with it still open for writing; the kernel says so, and a new try succeeds.
    let mut child = (0..100)
        .find_map(|_| match command.spawn() {
            Err(err) if err.kind() == ErrorKind::ExecutableFileBusy => {
                std::thread::yield_now();
                None
            }
            other => Some(other),
        })
        .expect("executable stayed busy")
        .expect("start server");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("ready line");
    let Some(port) = port_of(&line) else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("no port in the server's first line: {line:?}");
    };
    Server {
        child,
        port,
        _stdout: stdout,
    }
}

/// `python3 -m http.server` on 127.0.0.1, on a port the OS picks, serving an empty directory.
fn http_server(python: &Path, dir: &Path) -> Server {
    let mut command = Command::new(python);
    command
        .args(["-u", "-m", "http.server", "--bind", "127.0.0.1", "0"])
        .current_dir(dir);
    // "Serving HTTP on 127.0.0.1 port 43403 (http://127.0.0.1:43403/) ..."
    start(command, |line| {
        let mut words = line.split_whitespace();
        words.find(|w| *w == "port")?;
        words.next()?.parse().ok()
    })
}

fn listeners_of(result: &Value) -> Vec<Value> {
    result["local_listeners"]
        .as_array()
        .unwrap_or_else(|| panic!("local_listeners: {result}"))
        .clone()
}

#[test]
fn python_http_server_is_listed_with_its_process_name_and_pid() {
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let server = http_server(&python, dir.path());
    let result = check(&format!("http://127.0.0.1:{}/", server.port));
    assert_eq!(result["verdict"], "ok", "{result}");
    let listeners = listeners_of(&result);
    assert_eq!(listeners.len(), 1, "{listeners:?}");
    assert_eq!(listeners[0]["address"], "127.0.0.1");
    assert_eq!(listeners[0]["pid"], server.child.id());
    let process = listeners[0]["process"].as_str().unwrap_or_default();
    assert!(
        process == "python3" || process.starts_with("python"),
        "process {process:?}"
    );
}

#[test]
fn python_http_server_is_named_as_the_ipv4_only_listener_from_ipv6_loopback() {
    if TcpListener::bind("[::1]:0").is_err() {
        eprintln!("skipped: no IPv6 loopback on this machine");
        return;
    }
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let server = http_server(&python, dir.path());
    let result = check(&format!("tcp://[::1]:{}", server.port));
    assert_eq!(result["verdict"], "refused", "{result}");
    assert_eq!(
        result["causes"][0]["id"], "refused.other-family-works",
        "{result}"
    );
    let evidence = evidence_of(&result, "refused.other-family-works");
    let only = format!("listens on 127.0.0.1:{} only", server.port);
    let pid = format!("(pid {})", server.child.id());
    assert!(
        evidence
            .iter()
            .any(|e| e.contains(&only) && e.contains("python") && e.contains(&pid)),
        "{evidence:?}"
    );
}

#[test]
fn a_wildcard_listener_reached_on_loopback_is_ok_and_shown_as_0_0_0_0() {
    // A wildcard bind is what is tested; every byte still goes over loopback.
    let listener = TcpListener::bind("0.0.0.0:0").expect("bind 0.0.0.0");
    let port = listener.local_addr().expect("addr").port();
    let result = check(&format!("tcp://127.0.0.1:{port}"));
    assert_eq!(result["verdict"], "ok", "{result}");
    let listeners = listeners_of(&result);
    assert_eq!(listeners.len(), 1, "{listeners:?}");
    assert_eq!(listeners[0]["address"], "0.0.0.0");
    assert_eq!(listeners[0]["pid"], std::process::id());
    drop(listener);
}

/// Accepts and closes at once: docker-proxy when nothing in its container listens.
const HANG_UP_ON_ACCEPT: &str = "import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(64)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    c.close()
";

/// The interpreter copied under the name `docker-proxy`, so the OS lists the
/// socket as that process's, running [`HANG_UP_ON_ACCEPT`].
fn fake_docker_proxy(python: &Path, dir: &Path) -> Server {
    let real = Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("ask python for its executable");
    let real = String::from_utf8(real.stdout).expect("utf-8");
    let real = std::fs::canonicalize(real.trim()).expect("resolve python executable");
    let exe = dir.join("docker-proxy");
    std::fs::copy(&real, &exe).expect("copy python");
    let mut command = Command::new(&exe);
    command.args(["-c", HANG_UP_ON_ACCEPT]);
    start(command, |line| line.trim().parse().ok())
}

#[test]
fn a_container_proxy_holding_the_port_is_named_and_raises_the_container_cause() {
    let Some(python) = python() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let proxy = fake_docker_proxy(&python, dir.path());
    let pid = proxy.child.id();
    for target in [
        format!("tcp://127.0.0.1:{}", proxy.port),
        format!("http://127.0.0.1:{}/", proxy.port),
    ] {
        let result = check(&target);
        assert_eq!(result["verdict"], "reset", "{target}: {result}");
        let listeners = listeners_of(&result);
        assert_eq!(listeners.len(), 1, "{target}: {listeners:?}");
        assert_eq!(listeners[0]["process"], "docker-proxy", "{target}");
        assert_eq!(listeners[0]["pid"], pid, "{target}");
        assert_eq!(
            result["causes"][0]["id"], "reset.loopback-only-bind-in-container",
            "{target}: {result}"
        );
        let evidence = evidence_of(&result, "reset.loopback-only-bind-in-container");
        let holds = format!("docker-proxy (pid {pid}) holds 127.0.0.1:{}", proxy.port);
        assert!(
            evidence.iter().any(|e| e.starts_with(&holds)),
            "{target}: {evidence:?}"
        );
        // The forwarder is seen, so the wording no longer hedges about who hung up.
        let detail = result["causes"][0]["detail"].as_str().unwrap_or_default();
        assert!(
            detail.contains("the process holding it is a container runtime's port forwarder")
                && !detail.contains("look the same from here"),
            "{target}: {detail}"
        );
    }
}
