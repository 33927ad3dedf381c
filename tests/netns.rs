//! Causes that hinge on the peer's address (a CDN range, a fake-IP range), checked
//! against the built binary inside a network namespace each test creates.
//!
//! Those addresses belong to other people's networks. Inside a fresh namespace they
//! can sit on `lo`, or on a second namespace behind a veth pair when the address must
//! not be the check's own machine, so every packet the binary sends (main probe,
//! sweep, alternates) stays in namespaces the test made, and a closed port answers
//! with a real RST (or, behind a full accept queue, with silence).
//!
//! The tests need `unshare`, `ip` and `mount`, and the right to create network and
//! mount namespaces (CAP_SYS_ADMIN, in practice root). Without them they say why and
//! pass, unless `NETDOCTOR_REQUIRE_NETNS=1` makes them mandatory.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Network namespaces, unshare(2) and /proc are Linux's.
#![cfg(target_os = "linux")]

mod common;

use common::netns::*;

use std::ffi::OsStr;
use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

/// A Cloudflare address (104.16.0.0/13).
const CDN_IP: &str = "104.16.0.1";

/// An address a Clash / sing-box style fake-IP DNS hands out (198.18.0.0/15).
const FAKE_IP: &str = "198.18.0.5";

/// The name the fake-IP DNS "answered"; `.test` is reserved, so it can never be real.
const FAKE_NAME: &str = "api.fakeip.test";

fn assert_refused_at(result: &Value, ip: &str) {
    assert_eq!(result["verdict"], "refused", "{result:#}");
    assert!(result["peer"].is_null(), "nothing accepted: {result:#}");
    assert_eq!(result["resolved"], serde_json::json!([ip]), "{result:#}");
}

/// The top cause is the CDN's unforwarded port 3000, with evidence naming the port
/// and the CDN range; returns the evidence lines.
fn assert_cdn_port_not_proxied(result: &Value) -> Vec<&str> {
    let ids = cause_ids(result);
    assert_eq!(
        ids.first(),
        Some(&"refused.cdn-port-not-proxied"),
        "{result:#}"
    );
    let found = evidence(cause(result, "refused.cdn-port-not-proxied"));
    assert!(
        found.iter().any(|e| e.contains("port 3000")),
        "evidence names the port: {found:?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains(CDN_IP) && e.contains("104.16.0.0/13")),
        "evidence names the CDN range: {found:?}"
    );
    found
}

/// Checks `tcp://CDN_IP:port` with nothing listening there, in a fresh namespace;
/// the result, after checking that it was refused at that address.
fn refused_on_cdn_address(port: u16) -> Value {
    let url = format!("tcp://{CDN_IP}:{port}");
    let run = check_in_netns(&["-n"], &far_setup(&[CDN_IP]), &url, &[]);
    let result = only_result(&run);
    assert_refused_at(&result, CDN_IP);
    result
}

#[test]
fn cdn_address_on_a_port_the_cdn_does_not_forward() {
    if !netns_ready("cdn_address_on_a_port_the_cdn_does_not_forward", false) {
        return;
    }
    // 3000 is a typical dev-server port and not one Cloudflare proxies.
    let result = refused_on_cdn_address(3000);

    let found = assert_cdn_port_not_proxied(&result);
    // The proxied-port list in the evidence is the one the CDN really forwards.
    assert!(
        found.iter().any(|e| e.contains("8443")),
        "evidence lists the proxied ports: {found:?}"
    );
}

#[test]
fn cdn_address_on_a_proxied_port_is_not_blamed_on_the_port() {
    if !netns_ready(
        "cdn_address_on_a_proxied_port_is_not_blamed_on_the_port",
        false,
    ) {
        return;
    }
    let result = refused_on_cdn_address(8080);

    let ids = cause_ids(&result);
    assert!(
        !ids.contains(&"refused.cdn-port-not-proxied"),
        "8080 is forwarded by the CDN: {result:#}"
    );
    // The peer is still the CDN's address, so the CDN in front stays the lead.
    assert_eq!(ids.first(), Some(&"refused.cdn-proxy"), "{result:#}");
    let found = evidence(cause(&result, "refused.cdn-proxy"));
    assert!(
        found
            .iter()
            .any(|e| e.contains(CDN_IP) && e.contains("104.16.0.0/13")),
        "evidence names the CDN range: {found:?}"
    );
}

/// A listener on `addr` that never accepts, with its accept queue filled, so the
/// kernel drops further SYNs the way a CDN edge drops a port it does not forward.
/// Returns what must stay alive for as long as the drop should last.
fn drop_new_connections(addr: SocketAddr) -> (socket2::Socket, Vec<TcpStream>) {
    use socket2::{Domain, Socket, Type};
    let listener = Socket::new(Domain::IPV4, Type::STREAM, None).expect("socket");
    listener.bind(&addr.into()).expect("bind the drop listener");
    listener.listen(0).expect("listen(0)");
    let mut held = Vec::new();
    // The first connect that gets no answer proves the queue is full.
    for _ in 0..8 {
        match TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => held.push(stream),
            Err(err) if err.kind() == std::io::ErrorKind::TimedOut => return (listener, held),
            Err(err) => panic!("filling the accept queue of {addr}: {err}"),
        }
    }
    panic!("the accept queue of {addr} never filled");
}

#[test]
fn cdn_address_that_drops_a_port_it_does_not_forward() {
    if !netns_ready("cdn_address_that_drops_a_port_it_does_not_forward", false) {
        return;
    }
    // A CDN edge usually ignores SYNs to ports it does not forward rather than
    // refusing them, so the same cause must come out of a timeout.
    let run = std::thread::spawn(|| {
        enter_netns_thread(&[CDN_IP]);
        let addr = SocketAddr::new(CDN_IP.parse().expect("CDN ip"), 3000);
        let _hole = drop_new_connections(addr);
        let url = format!("tcp://{addr}");
        let mut cmd = common::bin::command();
        cmd.args(CHECK_ARGS).arg(&url);
        clean_env(&mut cmd);
        run_bounded(cmd, &url)
    })
    .join()
    .expect("the namespace thread");
    let result = only_result(&run);
    assert_eq!(result["verdict"], "timeout", "{result:#}");
    assert!(result["peer"].is_null(), "nothing connected: {result:#}");

    assert_cdn_port_not_proxied(&result);
}

/// The fake-IP DNS answer for [`FAKE_NAME`], as a TUN proxy's DNS gives it.
fn fake_dns() -> (tempfile::TempDir, String, [std::path::PathBuf; 2]) {
    hosts_dns(&format!("{FAKE_IP} {FAKE_NAME}\n"))
}

#[test]
fn fake_ip_that_accepts_then_hangs_up_is_the_proxy() {
    if !netns_ready("fake_ip_that_accepts_then_hangs_up_is_the_proxy", true) {
        return;
    }
    // A TUN proxy accepts every connection to a fake IP itself and hangs up once it
    // fails to reach the real server: the client sees a close, not a refusal.
    let run = std::thread::spawn(|| {
        enter_netns_thread(&[FAKE_IP]);
        let listener = std::net::TcpListener::bind((FAKE_IP, 3000)).expect("bind the proxy");
        let (accepted_tx, accepted) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok((mut stream, _)) = listener.accept() {
                // Read the request as the proxy would, then give up on the upstream.
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                let _ = stream.shutdown(std::net::Shutdown::Both);
                if accepted_tx.send(()).is_err() {
                    return;
                }
            }
        });
        let (_dir, mounts, extra) = fake_dns();
        let extra: Vec<&OsStr> = extra.iter().map(|p| p.as_os_str()).collect();
        // The child joins this thread's network namespace; it needs only its own mounts.
        let run = check_in_netns(
            &["-m", "--propagation", "private"],
            &mounts,
            &format!("ws://{FAKE_NAME}:3000/"),
            &extra,
        );
        (run, accepted.recv_timeout(RUN_DEADLINE).is_ok())
    })
    .join()
    .expect("the namespace thread");
    let (run, accepted) = run;
    assert!(accepted, "the proxy accepted nothing");
    let result = only_result(&run);
    assert_eq!(result["peer"], format!("{FAKE_IP}:3000"), "{result:#}");
    let ids = cause_ids(&result);
    assert_eq!(ids.first(), Some(&"refused.proxy-software"), "{result:#}");
    let found = evidence(cause(&result, "refused.proxy-software"));
    assert!(
        found
            .iter()
            .any(|e| e.contains(FAKE_IP) && e.contains("198.18.0.0/15")),
        "evidence names the fake-IP range: {found:?}"
    );
}

#[test]
fn name_answered_with_a_fake_ip_points_at_proxy_software() {
    if !netns_ready(
        "name_answered_with_a_fake_ip_points_at_proxy_software",
        true,
    ) {
        return;
    }
    let (_dir, mounts, extra) = fake_dns();
    let setup = far_setup(&[FAKE_IP]) + &mounts;
    let extra: Vec<&OsStr> = extra.iter().map(|p| p.as_os_str()).collect();

    let url = format!("tcp://{FAKE_NAME}:3000");
    let run = check_in_netns(&["-mn", "--propagation", "private"], &setup, &url, &extra);
    let result = only_result(&run);
    assert_refused_at(&result, FAKE_IP);

    let ids = cause_ids(&result);
    assert_eq!(ids.first(), Some(&"refused.proxy-software"), "{result:#}");
    let found = evidence(cause(&result, "refused.proxy-software"));
    assert!(
        found
            .iter()
            .any(|e| e.contains(FAKE_IP) && e.contains("198.18.0.0/15")),
        "evidence names the fake-IP range: {found:?}"
    );
    // With the proxy variables cleared, the fake IP must be the only proxy evidence.
    assert_eq!(found.len(), 1, "{found:?}");
    // A fake IP is not a CDN address: the CDN causes get no evidence from it.
    assert!(!ids.contains(&"refused.cdn-port-not-proxied"), "{result:#}");
    // Nor is the CDN in front: with no CDN address or header it is not listed at all.
    assert!(!ids.contains(&"refused.cdn-proxy"), "{result:#}");
}

/// Whether `nft` can be run; without it the dropping-host test says so and passes,
/// unless `NETDOCTOR_REQUIRE_NFT=1` makes it mandatory.
fn nft_ready(test: &str) -> bool {
    let found = Command::new("nft")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var("NETDOCTOR_REQUIRE_NFT").as_deref() == Ok("1") {
        panic!("{test}: NETDOCTOR_REQUIRE_NFT=1 but nft cannot be run");
    }
    if !found {
        eprintln!("{test}: skipped, nft cannot be run");
    }
    found
}

#[test]
fn a_port_that_drops_syns_is_swept_while_its_connect_waits() {
    let test = "a_port_that_drops_syns_is_swept_while_its_connect_waits";
    if !netns_ready(test, false) || !nft_ready(test) {
        return;
    }
    // TEST-NET-1 on the namespace's own lo; only SYNs to 5432 vanish, every other
    // port answers with a reset. The sweep starts while the connect still waits.
    let host = "192.0.2.1";
    let setup = format!(
        "{}nft add table inet t\n\
         nft add chain inet t input '{{ type filter hook input priority 0; }}'\n\
         nft add rule inet t input ip daddr {host} tcp dport 5432 drop\n",
        lo_setup(&[host])
    );
    let run = check_in_netns(&["-n"], &setup, &format!("ws://{host}:5432/"), &[]);
    let result = only_result(&run);
    assert_eq!(result["verdict"], "timeout", "{result}");
    let ids = cause_ids(&result);
    assert_eq!(ids.first(), Some(&"timeout.firewall"), "{result}");
    // The sweep's answers reached the diagnosis: the neighbours refused, so the host is up.
    let top = &result["causes"][0];
    let swept = evidence(top)
        .into_iter()
        .find(|e| e.contains("refusal"))
        .unwrap_or_else(|| panic!("no sweep evidence: {top}"));
    for port in ["5431", "5433", "8080"] {
        assert!(swept.contains(port), "{port} missing from {swept}");
    }
}

/// A name with both loopback addresses in the hosts file, as `localhost` has on
/// most systems, and a server bound to 127.0.0.1 only: the resolver hands out
/// `::1` first, which refuses, and the IPv4 address works. Node.js 17+ (which
/// stopped reordering to IPv4 first) reports `ECONNREFUSED ::1`.
#[test]
fn hosts_file_name_whose_ipv6_loopback_refuses_is_ok_with_the_first_address_warning() {
    if !netns_ready("hosts_file_dual_stack", true) {
        return;
    }
    const NAME: &str = "dual.netdoctor.test";
    let run = std::thread::spawn(|| {
        enter_netns_thread(&[]);
        let listener = std::net::TcpListener::bind(("127.0.0.1", 3000)).expect("bind v4 only");
        if std::net::TcpListener::bind(("::1", 3001)).is_err() {
            assert_ne!(
                std::env::var("NETDOCTOR_REQUIRE_NETNS").as_deref(),
                Ok("1"),
                "NETDOCTOR_REQUIRE_NETNS=1 but the namespace has no IPv6 loopback"
            );
            eprintln!("hosts_file_dual_stack: skipped, no IPv6 loopback in the namespace");
            return None;
        }
        let (_dir, mounts, extra) = hosts_dns(&format!("::1 {NAME}\n127.0.0.1 {NAME}\n"));
        let extra: Vec<&OsStr> = extra.iter().map(|p| p.as_os_str()).collect();
        let run = check_in_netns(
            &["-m", "--propagation", "private"],
            &mounts,
            &format!("tcp://{NAME}:3000"),
            &extra,
        );
        drop(listener);
        Some(run)
    })
    .join()
    .expect("the namespace thread");
    let Some(run) = run else {
        return;
    };
    assert_eq!(run.code, Some(0), "works over IPv4: {}", run.stdout);
    let doc: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let result = &doc["results"][0];
    assert_eq!(result["verdict"], "ok", "{result:#}");
    assert_eq!(result["peer"], "127.0.0.1:3000", "{result:#}");
    assert_eq!(
        result["resolved"],
        serde_json::json!(["::1", "127.0.0.1"]),
        "{result:#}"
    );
    let warnings = result["warnings"].as_array().expect("warnings");
    let first = warnings
        .iter()
        .find(|w| w["id"] == "warn.first-address-fails")
        .unwrap_or_else(|| panic!("no first-address warning: {result:#}"));
    let said = first["evidence"].to_string();
    assert!(said.contains("[::1]:3000"), "{said}");
}
