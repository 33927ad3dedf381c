//! Local listeners: real Rust and Python servers on loopback variants, found with
//! their address, PID and process name.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, TcpListener};
use std::process::{Child, Command, Stdio};

use netdoctor::listeners::{self, Listener};

fn found(port: u16) -> Vec<Listener> {
    listeners::on_port(port).expect("list listeners")
}

/// The name the OS gives this test process (Linux cuts it to 15 bytes).
fn own_name() -> String {
    let exe = std::env::current_exe().expect("exe");
    exe.file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn rust_listeners_on_each_loopback_variant_are_found_with_this_process() {
    let mut bound = vec![TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1")];
    bound.push(TcpListener::bind("0.0.0.0:0").expect("bind 0.0.0.0"));
    match TcpListener::bind("[::1]:0") {
        Ok(l) => bound.push(l),
        Err(err) => eprintln!("no IPv6 loopback here ({err}); checking IPv4 only"),
    }
    for listener in &bound {
        let addr = listener.local_addr().expect("addr");
        let list = found(addr.port());
        assert_eq!(list.len(), 1, "{addr}: {list:?}");
        let entry = &list[0];
        assert_eq!(entry.address, addr.ip());
        assert_eq!(entry.port, addr.port());
        assert_eq!(entry.pid, Some(std::process::id()), "{entry:?}");
        let name = entry.process.as_deref().expect("a process name");
        assert!(
            !name.is_empty() && own_name().starts_with(name),
            "{name} vs {}",
            own_name()
        );
        assert_eq!(entry.loopback_only(), addr.ip().is_loopback());
    }
}

#[test]
fn a_closed_port_has_no_listener() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let list = found(port);
    assert!(list.is_empty(), "{port}: {list:?}");
}

/// A Python server that prints its port once it listens, then waits for stdin to close.
struct Python {
    child: Child,
    port: u16,
}

impl Drop for Python {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python(host: &str) -> Option<Python> {
    let family = if host.contains(':') {
        "AF_INET6"
    } else {
        "AF_INET"
    };
    let script = format!(
        "import socket, sys\ns = socket.socket(socket.{family})\ns.bind(('{host}', 0))\ns.listen()\nprint(s.getsockname()[1], flush=True)\nsys.stdin.read()\n"
    );
    let mut child = match Command::new("python3")
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
    {
        Ok(child) => child,
        Err(err) => {
            if std::env::var("NETDOCTOR_REQUIRE_PYTHON").as_deref() == Ok("1") {
                panic!("NETDOCTOR_REQUIRE_PYTHON=1 but python3 cannot run: {err}");
            }
            eprintln!("python3 not available ({err}); skipping");
            return None;
        }
    };
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    // Readiness: the port line comes after listen().
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read port");
    let Ok(port) = line.trim().parse() else {
        let _ = child.kill();
        eprintln!("python3 could not bind {host}; skipping it");
        return None;
    };
    Some(Python { child, port })
}

#[test]
fn python_listeners_are_found_with_their_process_name() {
    for host in ["127.0.0.1", "0.0.0.0", "::1"] {
        let Some(server) = python(host) else { continue };
        let list = found(server.port);
        assert_eq!(list.len(), 1, "{host}: {list:?}");
        let entry = &list[0];
        assert_eq!(entry.address, host.parse::<IpAddr>().expect("ip"));
        assert_eq!(entry.pid, Some(server.child.id()));
        let name = entry.process.as_deref().unwrap_or_default();
        assert!(name.starts_with("python"), "{host}: process {name:?}");
    }
}
