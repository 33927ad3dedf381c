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

use std::ffi::OsStr;
use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Per-phase limit handed to the binary: refused ports answer at once, and a dropped
/// port costs about this long per phase, so it is kept short.
const PHASE_TIMEOUT_MS: &str = "1000";

/// Upper bound for one run; past it the child is killed and the test fails.
const RUN_DEADLINE: Duration = Duration::from_secs(60);

/// A Cloudflare address (104.16.0.0/13).
const CDN_IP: &str = "104.16.0.1";

/// An address a Clash / sing-box style fake-IP DNS hands out (198.18.0.0/15).
const FAKE_IP: &str = "198.18.0.5";

/// The name the fake-IP DNS "answered"; `.test` is reserved, so it can never be real.
const FAKE_NAME: &str = "api.fakeip.test";

/// Besides the proxy variables the binary reads: the exceptions, and the desktop
/// name that switches on the GNOME proxy settings. Each differs between machines.
const MACHINE_ENV: [&str; 3] = ["NO_PROXY", "no_proxy", "XDG_CURRENT_DESKTOP"];

/// Brings up `lo` with the given extra addresses; `mount` lines go after it.
fn lo_setup(addrs: &[&str]) -> String {
    let mut script = String::from("set -e\nip link set lo up\n");
    for addr in addrs {
        script.push_str(&format!("ip addr add {addr}/32 dev lo\n"));
    }
    script
}

/// Brings up `lo`, and puts `addrs` on a second namespace behind a veth pair: a
/// host of its own, as a CDN edge or the far end of a fake IP is, so none of them
/// belongs to the check's machine and no local listener speaks for them. The far
/// namespace has no default route, and lives exactly as long as the check: it
/// reads a FIFO that the check (exec'd later, holding fd 9) keeps open.
fn far_setup(addrs: &[&str]) -> String {
    let mut routes = String::new();
    let mut far = String::from(
        "set -e; ip link set lo up; ip link set nd1 up; ip addr add 10.201.0.2/30 dev nd1",
    );
    for addr in addrs {
        routes.push_str(&format!("ip route add {addr}/32 via 10.201.0.2\n"));
        far.push_str(&format!("; ip addr add {addr}/32 dev lo"));
    }
    format!(
        "set -e\nip link set lo up\nhold=$(mktemp -u)\nmkfifo \"$hold\"\n\
         unshare -n sh -c 'exec cat \"$0\" >/dev/null' \"$hold\" &\nfar=$!\n\
         exec 9>\"$hold\"\nrm \"$hold\"\n\
         ip link add nd0 type veth peer name nd1 netns $far\n\
         ip addr add 10.201.0.1/30 dev nd0\nip link set nd0 up\n{routes}\
         nsenter -t $far -n sh -c '{far}'\n"
    )
}

/// Why namespaces cannot be used here, or `None` if they can. Probed once per process.
fn netns_unavailable(mount_too: bool) -> Option<String> {
    static NET: OnceLock<Option<String>> = OnceLock::new();
    static NET_AND_MOUNT: OnceLock<Option<String>> = OnceLock::new();
    let (cell, flags) = if mount_too {
        (&NET_AND_MOUNT, &["-mn", "--propagation", "private"][..])
    } else {
        (&NET, &["-n"][..])
    };
    cell.get_or_init(|| {
        // The probe runs the same tools the tests do, so a missing `ip` or a refused
        // `mount` shows up as a skip, not as a confusing failure later.
        let script = if mount_too {
            "ip link set lo up && mount --bind /dev/null /dev/null"
        } else {
            "ip link set lo up"
        };
        match Command::new("unshare")
            .args(flags)
            .args(["sh", "-c", script])
            .stdin(Stdio::null())
            .output()
        {
            Err(err) => Some(format!("cannot run unshare: {err}")),
            Ok(out) if !out.status.success() => Some(format!(
                "`unshare {} sh -c '{script}'` failed ({}): {}",
                flags.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )),
            Ok(_) => None,
        }
    })
    .clone()
}

/// Whether `test` can run; prints the skip, or panics when namespaces are required.
fn netns_ready(test: &str, mount_too: bool) -> bool {
    let Some(reason) = netns_unavailable(mount_too) else {
        return true;
    };
    if std::env::var("NETDOCTOR_REQUIRE_NETNS").as_deref() == Ok("1") {
        panic!("{test}: NETDOCTOR_REQUIRE_NETNS=1 but network namespaces are unusable: {reason}");
    }
    eprintln!("{test}: skipped, network namespaces are unusable: {reason}");
    false
}

/// What one run of the binary printed.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// The check every test runs; `--lang en` because the evidence text is asserted on.
const CHECK_ARGS: [&str; 6] = [
    "check",
    "--json",
    "--lang",
    "en",
    "--timeout",
    PHASE_TIMEOUT_MS,
];

/// Clears what would make the run depend on the machine it happens on.
fn clean_env(cmd: &mut Command) {
    common::bin::pin_locale(cmd);
    for var in netdoctor::context::PROXY_VARS.iter().chain(&MACHINE_ENV) {
        cmd.env_remove(var);
    }
}

/// Runs `setup`, then `netdoctor check --json URL`, in new namespaces (`unshare FLAGS`).
///
/// `setup` sees the binary as `$1`, the URL as `$2` and `extra` from `$3` on.
fn check_in_netns(flags: &[&str], setup: &str, url: &str, extra: &[&OsStr]) -> Run {
    // Values go in as positional parameters, so nothing needs quoting in the script.
    let script = format!("{setup}exec \"$1\" {} \"$2\"\n", CHECK_ARGS.join(" "));
    let mut cmd = Command::new("unshare");
    cmd.args(flags)
        .args([
            "sh",
            "-c",
            &script,
            "sh",
            env!("CARGO_BIN_EXE_netdoctor"),
            url,
        ])
        .args(extra);
    clean_env(&mut cmd);
    run_bounded(cmd, url)
}

/// Runs `cmd` to the end, or kills it at [`RUN_DEADLINE`] and fails the test.
fn run_bounded(mut cmd: Command, url: &str) -> Run {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn the check");

    // The pipes reach EOF when the child exits, so waiting on them bounds the run
    // without polling; the child itself stays here, unreaped, until then, so a kill
    // on the deadline can only hit it.
    let (tx, rx) = mpsc::channel();
    let pipes: [(usize, Box<dyn Read + Send>); 2] = [
        (0, Box::new(child.stdout.take().expect("stdout"))),
        (1, Box::new(child.stderr.take().expect("stderr"))),
    ];
    for (which, mut pipe) in pipes {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            let _ = tx.send((which, text));
        });
    }
    drop(tx);
    let mut outputs = [String::new(), String::new()];
    let deadline = Instant::now() + RUN_DEADLINE;
    for _ in 0..2 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((which, text)) => outputs[which] = text,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("netdoctor check {url} still running after {RUN_DEADLINE:?}; killed");
            }
        }
    }
    let status = child.wait().expect("wait for the check");
    let [stdout, stderr] = outputs;
    Run {
        code: status.code(),
        stdout,
        stderr,
    }
}

/// The single result of a one-target JSON run, after checking the run itself.
fn only_result(run: &Run) -> Value {
    assert_eq!(
        run.code,
        Some(1),
        "a failing target exits 1; stderr: {}\nstdout: {}",
        run.stderr,
        run.stdout
    );
    let doc: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("stdout is not JSON ({err}): {}", run.stdout));
    assert_eq!(doc["schema"], 1, "{doc}");
    let results = doc["results"].as_array().expect("results array");
    assert_eq!(results.len(), 1, "{doc}");
    results[0].clone()
}

fn cause_ids(result: &Value) -> Vec<&str> {
    result["causes"]
        .as_array()
        .expect("causes array")
        .iter()
        .map(|c| c["id"].as_str().expect("cause id"))
        .collect()
}

fn cause<'a>(result: &'a Value, id: &str) -> &'a Value {
    result["causes"]
        .as_array()
        .expect("causes array")
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no cause {id} in {result:#}"))
}

fn evidence(cause: &Value) -> Vec<&str> {
    cause["evidence"]
        .as_array()
        .expect("evidence array")
        .iter()
        .map(|e| e.as_str().expect("evidence text"))
        .collect()
}

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

/// Moves the calling thread, and so every socket and child it makes from now on,
/// into a new network namespace with `lo` up and carrying `addrs`.
fn enter_netns_thread(addrs: &[&str]) {
    // SAFETY: unshare(2) takes no pointers; CLONE_NEWNET changes only this thread.
    let rc = unsafe { libc::unshare(libc::CLONE_NEWNET) };
    assert_eq!(
        rc,
        0,
        "unshare(CLONE_NEWNET) failed though `unshare -n` worked: {}",
        std::io::Error::last_os_error()
    );
    // The addresses below must never land in the namespace the rest of the process uses.
    let mine = std::fs::read_link("/proc/thread-self/ns/net").expect("this thread's netns");
    let process = std::fs::read_link("/proc/self/ns/net").expect("the process's netns");
    assert_ne!(mine, process, "this thread is still in the process's netns");
    let status = Command::new("sh")
        .args(["-c", &lo_setup(addrs)])
        .stdin(Stdio::null())
        .status()
        .expect("run the lo setup");
    assert!(status.success(), "lo setup failed: {status}");
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

/// A fake-IP DNS answer for [`FAKE_NAME`], as mount lines for a setup script plus
/// the files they mount (`$3` and `$4`); the directory must outlive the run.
///
/// The name must reach the binary the way a TUN proxy's DNS answer does: through
/// the system resolver. A hosts file and an nsswitch.conf that reads only files,
/// bind-mounted in a private mount namespace, stand in for that DNS; the real
/// files are never touched, and no DNS server is asked.
fn fake_dns() -> (tempfile::TempDir, String, [std::path::PathBuf; 2]) {
    let dir = tempfile::tempdir().expect("temp dir for hosts files");
    let hosts = dir.path().join("hosts");
    let nsswitch = dir.path().join("nsswitch.conf");
    std::fs::write(
        &hosts,
        format!("127.0.0.1 localhost\n{FAKE_IP} {FAKE_NAME}\n"),
    )
    .expect("write hosts");
    std::fs::write(&nsswitch, "hosts: files\n").expect("write nsswitch.conf");
    let mut mounts = String::from("mount --bind \"$3\" /etc/hosts\n");
    // Without an nsswitch.conf glibc asks DNS first; only replace one that exists.
    mounts.push_str(
        "if [ -e /etc/nsswitch.conf ]; then mount --bind \"$4\" /etc/nsswitch.conf; fi\n",
    );
    (dir, mounts, [hosts, nsswitch])
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
