//! Network namespaces for tests: the binary run inside a namespace the test makes,
//! addresses on its `lo` or on a far namespace behind a veth pair, and name answers
//! from a bind-mounted hosts file.
//!
//! Needs `unshare`, `nsenter`, `ip` and `mount`, and the right to create network and
//! mount namespaces (in practice root). Without them [`netns_ready`] says why and
//! the test passes, unless `NETDOCTOR_REQUIRE_NETNS=1` makes it mandatory.

use std::ffi::OsStr;
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Per-phase limit handed to the binary: refused ports answer at once, and a dropped
/// port costs about this long per phase, so it is kept short.
pub const PHASE_TIMEOUT_MS: &str = "1000";

/// Upper bound for one run; past it the child is killed and the test fails.
pub const RUN_DEADLINE: Duration = Duration::from_secs(60);

/// Besides the proxy variables the binary reads: the exceptions, and the desktop
/// name that switches on the GNOME proxy settings. Each differs between machines.
pub const MACHINE_ENV: [&str; 3] = ["NO_PROXY", "no_proxy", "XDG_CURRENT_DESKTOP"];

/// Brings up `lo` with the given extra addresses; `mount` lines go after it.
pub fn lo_setup(addrs: &[&str]) -> String {
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
pub fn far_setup(addrs: &[&str]) -> String {
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
pub fn netns_unavailable(mount_too: bool) -> Option<String> {
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
pub fn netns_ready(test: &str, mount_too: bool) -> bool {
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
pub struct Run {
    /// Exit status.
    pub code: Option<i32>,
    /// What it printed on stdout.
    pub stdout: String,
    /// What it printed on stderr.
    pub stderr: String,
}

/// The check every test runs; `--lang en` because the evidence text is asserted on.
pub const CHECK_ARGS: [&str; 6] = [
    "check",
    "--json",
    "--lang",
    "en",
    "--timeout",
    PHASE_TIMEOUT_MS,
];

/// Clears what would make the run depend on the machine it happens on.
pub fn clean_env(cmd: &mut Command) {
    super::bin::pin_locale(cmd);
    for var in netdoctor::context::PROXY_VARS.iter().chain(&MACHINE_ENV) {
        cmd.env_remove(var);
    }
}

/// Runs `setup`, then `netdoctor check --json URL`, in new namespaces (`unshare FLAGS`).
///
/// `setup` sees the binary as `$1`, the URL as `$2` and `extra` from `$3` on.
pub fn check_in_netns(flags: &[&str], setup: &str, url: &str, extra: &[&OsStr]) -> Run {
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
pub fn run_bounded(mut cmd: Command, url: &str) -> Run {
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
pub fn only_result(run: &Run) -> Value {
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

pub fn cause_ids(result: &Value) -> Vec<&str> {
    result["causes"]
        .as_array()
        .expect("causes array")
        .iter()
        .map(|c| c["id"].as_str().expect("cause id"))
        .collect()
}

pub fn cause<'a>(result: &'a Value, id: &str) -> &'a Value {
    result["causes"]
        .as_array()
        .expect("causes array")
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no cause {id} in {result:#}"))
}

pub fn evidence(cause: &Value) -> Vec<&str> {
    cause["evidence"]
        .as_array()
        .expect("evidence array")
        .iter()
        .map(|e| e.as_str().expect("evidence text"))
        .collect()
}

/// Moves the calling thread, and so every socket and child it makes from now on,
/// into a new network namespace with `lo` up and carrying `addrs`.
pub fn enter_netns_thread(addrs: &[&str]) {
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

/// Name answers given by `hosts` (hosts-file lines), as mount lines for a setup
/// script plus the files they mount (`$3` and `$4`); the directory must outlive
/// the run.
///
/// The names reach the binary through the system resolver, as a DNS answer would.
/// A hosts file and an nsswitch.conf that reads only files, bind-mounted in a
/// private mount namespace, stand in for that DNS; the real files are never
/// touched, and no DNS server is asked.
pub fn hosts_dns(hosts_lines: &str) -> (tempfile::TempDir, String, [std::path::PathBuf; 2]) {
    let dir = tempfile::tempdir().expect("temp dir for hosts files");
    let hosts = dir.path().join("hosts");
    let nsswitch = dir.path().join("nsswitch.conf");
    std::fs::write(&hosts, format!("127.0.0.1 localhost\n{hosts_lines}")).expect("write hosts");
    std::fs::write(&nsswitch, "hosts: files\n").expect("write nsswitch.conf");
    let mut mounts = String::from("mount --bind \"$3\" /etc/hosts\n");
    // Without an nsswitch.conf glibc asks DNS first; only replace one that exists.
    mounts.push_str(
        "if [ -e /etc/nsswitch.conf ]; then mount --bind \"$4\" /etc/nsswitch.conf; fi\n",
    );
    (dir, mounts, [hosts, nsswitch])
}
