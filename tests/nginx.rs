//! protocol-mismatch.proxy-dropped-upgrade against a real nginx on loopback.
//!
//! causes_extended checks the cause against a copy of nginx's reply; the copy
//! cannot notice when nginx itself answers differently (another status, a
//! header it hides or adds), so here nginx proxies a real WebSocket server.
//!
//! nginx is not a build dependency: without it these tests print one line and
//! pass, unless `NETDOCTOR_REQUIRE_NGINX=1` says the machine is meant to have
//! it, where passing without running would hide a broken setup.
//! `NETDOCTOR_NGINX` names the binary to use instead of searching for one.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::probe::{run, settings, top};

use std::fs::File;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use netdoctor::diagnose::{CauseId, Evidence, Verdict};
use serde_json::Value;
use tempfile::TempDir;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The location both server blocks proxy, as a user's app would mount it.
const WS_PATH: &str = "/ws";

/// Proxied to a port where nothing listens: nginx answers 502 itself.
const DOWN_PATH: &str = "/down";

/// Redirected to `https://` the way a site that moved to TLS does it.
const MOVED_PATH: &str = "/moved";

/// Answered by nginx itself, so readiness can tell our nginx from whatever
/// else might have taken the port.
const READY_PATH: &str = "/netdoctor-ready";

/// How long nginx gets to start listening.
const START_DEADLINE: Duration = Duration::from_secs(10);

/// Attempts at starting nginx: the ports are picked free and released before
/// nginx binds them, so another process can take one in between.
const START_ATTEMPTS: usize = 3;

/// The nginx binary, or `None` (after saying why) when the tests should skip.
fn nginx_or_skip() -> Option<PathBuf> {
    let found = find_nginx();
    if found.is_none() {
        if std::env::var_os("NETDOCTOR_REQUIRE_NGINX").is_some_and(|v| v == "1") {
            panic!(
                "NETDOCTOR_REQUIRE_NGINX=1 but no nginx: install it, or set NETDOCTOR_NGINX to its path"
            );
        }
        eprintln!(
            "nginx not installed; skipped (the imitation fixture in causes_extended covers the reply)"
        );
    }
    found
}

fn find_nginx() -> Option<PathBuf> {
    // An explicit choice is not second-guessed: falling back to another nginx
    // would test a binary the caller did not ask for.
    if let Some(path) = std::env::var_os("NETDOCTOR_NGINX") {
        let path = PathBuf::from(path);
        return path.is_file().then_some(path);
    }
    let sbin = PathBuf::from("/usr/sbin/nginx");
    if sbin.is_file() {
        return Some(sbin);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("nginx"))
        .find(|candidate| candidate.is_file())
}

/// An nginx in single-process mode with two servers in front of `backend`:
/// `broken` without the WebSocket lines (the mistake under test), `good` with
/// them. Killed when dropped.
struct Nginx {
    child: Child,
    broken: SocketAddr,
    good: SocketAddr,
    // Holds the config, logs and temp dirs until nginx is gone.
    dir: TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How one start attempt ended.
enum Start {
    Ready(Nginx),
    /// A port was taken between picking and binding it; worth another try.
    PortTaken(String),
}

impl Nginx {
    async fn start(bin: &Path, backend: SocketAddr) -> Nginx {
        let mut last = String::new();
        for _ in 0..START_ATTEMPTS {
            match Self::try_start(bin, backend).await {
                Start::Ready(nginx) => return nginx,
                Start::PortTaken(logs) => last = logs,
            }
        }
        panic!("nginx could not bind its ports in {START_ATTEMPTS} attempts:\n{last}");
    }

    async fn try_start(bin: &Path, backend: SocketAddr) -> Start {
        let dir = tempfile::tempdir().expect("nginx: tempdir");
        // Nothing listens here: the backend of DOWN_PATH is down.
        let dead = common::closed_port();
        let broken = common::closed_port();
        let good = common::closed_port();
        // Unique per run, so the readiness reply proves it is this nginx.
        let token = dir
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .expect("nginx: tempdir name");
        std::fs::write(
            dir.path().join("nginx.conf"),
            config(dir.path(), broken, good, backend, dead, &token),
        )
        .expect("nginx: write nginx.conf");
        let stderr = File::create(dir.path().join("stderr.log")).expect("nginx: stderr.log");
        let child = Command::new(bin)
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(dir.path().join("nginx.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            // Messages from before the config is read (and a build whose
            // default error log is stderr) land here, not in error.log.
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("nginx: cannot run {}: {e}", bin.display()));
        let mut nginx = Nginx {
            child,
            broken,
            good,
            dir,
        };

        let deadline = Instant::now() + START_DEADLINE;
        loop {
            if let Some(status) = nginx.child.try_wait().expect("nginx: try_wait") {
                let logs = nginx.logs();
                if logs.contains("Address already in use") {
                    return Start::PortTaken(logs);
                }
                panic!("nginx exited at start ({status}):\n{logs}");
            }
            if ready(broken, &token).await && ready(good, &token).await {
                return Start::Ready(nginx);
            }
            if Instant::now() > deadline {
                panic!(
                    "nginx not answering on {broken} and {good} after {START_DEADLINE:?}:\n{}",
                    nginx.logs()
                );
            }
            // Refused connects return at once; the pause only spaces the polls.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// error.log and stderr, for failure messages.
    fn logs(&self) -> String {
        let read = |name: &str| {
            std::fs::read_to_string(self.dir.path().join(name))
                .unwrap_or_else(|e| format!("({name} unreadable: {e})"))
        };
        format!(
            "--- error.log\n{}\n--- stderr\n{}",
            read("error.log").trim_end(),
            read("stderr.log").trim_end()
        )
    }
}

/// The nginx.conf: everything nginx writes stays in `dir`, so it runs without
/// root and without touching a system nginx.
fn config(
    dir: &Path,
    broken: SocketAddr,
    good: SocketAddr,
    backend: SocketAddr,
    dead: SocketAddr,
    token: &str,
) -> String {
    let d = dir.display();
    format!(
        r#"daemon off;
master_process off;
pid "{d}/nginx.pid";
lock_file "{d}/nginx.lock";
error_log "{d}/error.log";
events {{
    worker_connections 64;
}}
http {{
    access_log off;
    client_body_temp_path "{d}/client_body";
    proxy_temp_path "{d}/proxy";
    fastcgi_temp_path "{d}/fastcgi";
    uwsgi_temp_path "{d}/uwsgi";
    scgi_temp_path "{d}/scgi";

    # The common mistake: proxy_pass alone speaks HTTP/1.0 upstream and drops
    # Upgrade and Connection as hop-by-hop headers.
    server {{
        listen {broken};
        location = {READY_PATH} {{
            return 200 "{token}";
        }}
        location {WS_PATH} {{
            proxy_pass http://{backend};
        }}
        location {DOWN_PATH} {{
            proxy_pass http://{dead};
        }}
        location {MOVED_PATH} {{
            return 301 https://$host{WS_PATH};
        }}
    }}

    # The documented fix.
    server {{
        listen {good};
        location = {READY_PATH} {{
            return 200 "{token}";
        }}
        location {WS_PATH} {{
            proxy_pass http://{backend};
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection "upgrade";
        }}
    }}
}}
"#
    )
}

/// Whether our nginx answers on `addr` (its readiness page carries `token`).
async fn ready(addr: SocketAddr, token: &str) -> bool {
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await?;
        let request = format!("GET {READY_PATH} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
        stream.write_all(request.as_bytes()).await?;
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).await?;
        std::io::Result::Ok(reply)
    };
    match tokio::time::timeout(Duration::from_secs(2), exchange).await {
        Ok(Ok(reply)) => String::from_utf8_lossy(&reply).contains(token),
        _ => false,
    }
}

/// The WebSocket server and nginx in front of it, or `None` to skip.
async fn setup() -> Option<(common::Fixture, Nginx)> {
    let bin = nginx_or_skip()?;
    let backend = common::ws_server().await;
    let nginx = Nginx::start(&bin, backend.addr).await;
    Some((backend, nginx))
}

/// What a Go server on gorilla/websocket answers a request without the upgrade:
/// a bare 400, no `Upgrade` header, nothing that names WebSocket but its version.
const GORILLA_400: &[u8] = b"HTTP/1.1 400 Bad Request\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Sec-Websocket-Version: 13\r\n\
X-Content-Type-Options: nosniff\r\n\
Content-Length: 12\r\n\
Connection: close\r\n\r\n\
Bad Request\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn go_server_behind_nginx_without_upgrade_lines_is_proxy_dropped_upgrade() {
    let Some(bin) = nginx_or_skip() else {
        return;
    };
    let backend = common::raw_http_server(GORILLA_400).await;
    let nginx = Nginx::start(&bin, backend.addr).await;
    let result = run(&format!("ws://{}{WS_PATH}", nginx.broken), &settings(5000)).await;
    let reply = String::from_utf8_lossy(&result.observation.captured.received).into_owned();
    assert!(reply.starts_with("HTTP/1.1 400"), "nginx replied:\n{reply}");
    assert_eq!(
        top(&result),
        CauseId::ProtocolMismatchProxyDroppedUpgrade,
        "nginx replied:\n{reply}\ndiagnosis: {:?}",
        result.diagnosis
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_without_upgrade_lines_is_proxy_dropped_upgrade() {
    let Some((backend, nginx)) = setup().await else {
        return;
    };
    let url = format!("ws://{}{WS_PATH}", nginx.broken);
    let result = run(&url, &settings(5000)).await;
    let reply = String::from_utf8_lossy(&result.observation.captured.received).into_owned();
    let context = format!("nginx replied:\n{reply}\ndiagnosis: {:?}", result.diagnosis);

    assert_eq!(
        result.diagnosis.verdict,
        Verdict::ProtocolMismatch,
        "{context}"
    );
    assert_eq!(
        top(&result),
        CauseId::ProtocolMismatchProxyDroppedUpgrade,
        "{context}"
    );
    let proxy = result
        .diagnosis
        .causes
        .iter()
        .find(|c| c.id == CauseId::ProtocolMismatchProxyDroppedUpgrade)
        .expect("top cause listed");
    assert!(
        proxy.evidence.iter().any(|e| matches!(
            e,
            Evidence::ReverseProxyHeader { name, value } if name == "server" && value.starts_with("nginx")
        )),
        "{context}"
    );
    // The backend saw what the cause claims: a request with the upgrade gone.
    let seen = backend.requests_text();
    assert!(!seen.is_empty(), "backend saw nothing; {context}");
    for request in &seen {
        assert!(
            !request.to_ascii_lowercase().contains("upgrade: websocket"),
            "nginx passed the upgrade on:\n{request}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_with_upgrade_lines_is_ok() {
    let Some((_backend, nginx)) = setup().await else {
        return;
    };
    let url = format!("ws://{}{WS_PATH}", nginx.good);
    let result = run(&url, &settings(5000)).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::Ok,
        "nginx replied:\n{}\ndiagnosis: {:?}",
        String::from_utf8_lossy(&result.observation.captured.received),
        result.diagnosis
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_json_names_proxy_dropped_upgrade_behind_nginx() {
    let Some((_backend, nginx)) = setup().await else {
        return;
    };
    let url = format!("ws://{}{WS_PATH}", nginx.broken);
    // Off the async threads, so the backend keeps serving while the binary runs.
    let out = common::bin::netdoctor(common::bin::args(&[
        "check",
        "--json",
        "--timeout",
        "5000",
        &url,
    ]))
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let result = &doc["results"][0];
    assert_eq!(result["target"], url.as_str());
    assert_eq!(result["verdict"], "protocol-mismatch", "{doc}");
    assert_eq!(
        result["causes"][0]["id"], "protocol-mismatch.proxy-dropped-upgrade",
        "{doc}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_with_its_backend_down_is_proxy_upstream_down() {
    let Some((_backend, nginx)) = setup().await else {
        return;
    };
    for scheme in ["ws", "http"] {
        let result = run(
            &format!("{scheme}://{}{DOWN_PATH}", nginx.broken),
            &settings(5000),
        )
        .await;
        let reply = String::from_utf8_lossy(&result.observation.captured.received).into_owned();
        let context = format!("nginx replied:\n{reply}\ndiagnosis: {:?}", result.diagnosis);
        assert!(reply.starts_with("HTTP/1.1 502"), "{context}");
        assert_eq!(result.diagnosis.verdict, Verdict::Error, "{context}");
        assert_eq!(top(&result), CauseId::ErrorProxyUpstreamDown, "{context}");
        assert!(
            !result.diagnosis.has(CauseId::ProtocolMismatchWsToHttp),
            "{context}"
        );
        assert!(
            result.diagnosis.causes[0]
                .evidence
                .contains(&Evidence::ProxyErrorPage {
                    proxy: "nginx".into()
                }),
            "{context}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_redirect_to_https_is_redirect_with_its_location() {
    let Some((_backend, nginx)) = setup().await else {
        return;
    };
    let result = run(
        &format!("ws://{}{MOVED_PATH}", nginx.broken),
        &settings(5000),
    )
    .await;
    let reply = String::from_utf8_lossy(&result.observation.captured.received).into_owned();
    let context = format!("nginx replied:\n{reply}\ndiagnosis: {:?}", result.diagnosis);
    assert_eq!(top(&result), CauseId::ProtocolMismatchRedirect, "{context}");
    let location = format!("https://{}{WS_PATH}", nginx.broken.ip());
    assert!(
        result.diagnosis.causes[0].evidence.iter().any(|e| matches!(
            e,
            Evidence::Redirect { status: 301, location: l } if l.starts_with(&location)
        )),
        "{context}"
    );
}
