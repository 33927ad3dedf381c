//! Bad input to `netdoctor check`: files that are not files, files too large,
//! unwritable report paths, names full of terminal controls, wrong options and
//! Ctrl+C in watch mode. Each case asserts what the user sees: the exit status,
//! an empty stdout, one line on stderr, and a bound on time.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::bin::command;

/// Far above what any of these cases needs, far below the probes they must not run.
const BOUND: Duration = Duration::from_secs(20);

/// Waits for `child` to end, killing it (and failing) if it takes longer than [`BOUND`].
fn finish(child: Child) -> Output {
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(BOUND) {
        Ok(out) => out.expect("wait"),
        Err(_) => {
            // SAFETY: kill(2) on the pid of our own child; no memory is involved.
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
            panic!("netdoctor did not finish within {BOUND:?}");
        }
    }
}

/// Runs netdoctor with `args` (English) off the async threads, bounded by [`BOUND`].
async fn run(args: &[&str]) -> Output {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    tokio::task::spawn_blocking(move || {
        let child = command()
            .arg("--lang")
            .arg("en")
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn netdoctor");
        finish(child)
    })
    .await
    .expect("join")
}

/// Asserts a usage error: exit 2, nothing on stdout, one stderr line holding `needle`.
fn assert_usage(out: &Output, needle: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        out.stdout.is_empty(),
        "stdout must stay empty: {:?}",
        out.stdout
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
    stderr
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path_str(path)).expect("c path");
    // SAFETY: a valid NUL-terminated path; mkfifo touches no memory of ours.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fifo_as_profile_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("work.toml");
    mkfifo(&fifo);
    let out = run(&["check", "--profile", path_str(&fifo)]).await;
    assert_usage(&out, "named pipe");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fifo_as_ca_file_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("ca.pem");
    mkfifo(&fifo);
    let port = common::closed_port().port();
    let target = format!("https://127.0.0.1:{port}/");
    let out = run(&["check", "--ca-file", path_str(&fifo), &target]).await;
    assert_usage(&out, "named pipe");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_device_as_profile_is_refused() {
    let out = run(&["check", "--profile", "/dev/zero"]).await;
    assert_usage(&out, "a device, not a regular file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_profile_over_the_cap_is_refused_naming_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    // Sparse: costs no disk, but its size is over the 8 MiB profile cap.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(9 * 1024 * 1024)
        .unwrap();
    let out = run(&["check", "--profile", path_str(&big)]).await;
    assert_usage(&out, "larger than 8 MiB");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_as_ca_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let target = format!("https://127.0.0.1:{}/", common::closed_port().port());
    let out = run(&["check", "--ca-file", path_str(dir.path()), &target]).await;
    assert_usage(&out, "a folder, not a regular file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pem_without_a_certificate_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("key.pem");
    std::fs::write(&pem, "just some notes, no certificate\n").unwrap();
    let target = format!("https://127.0.0.1:{}/", common::closed_port().port());
    let out = run(&["check", "--ca-file", path_str(&pem), &target]).await;
    assert_usage(&out, "holds no PEM certificate");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_in_a_profile_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("bad.toml");
    std::fs::write(&profile, b"version = 1\nname = \"ab\xffc\"\n").unwrap();
    let out = run(&["check", "--profile", path_str(&profile)]).await;
    let line = assert_usage(&out, "UTF-8");
    // `name = "ab` is ten characters: the bad byte is the eleventh.
    assert!(line.contains("line 2, column 11"), "position named: {line}");
}

/// A target that would keep the probe busy for a minute: it accepts and never answers.
async fn slow_target() -> (common::Fixture, String) {
    let server = common::silent_server().await;
    let url = format!("http://{}/", server.addr);
    (server, url)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_into_a_missing_folder_fails_before_probing() {
    let (server, url) = slow_target().await;
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("no-such-folder").join("r.md");
    let out = run(&[
        "check",
        "--timeout",
        "60000",
        "--report",
        path_str(&report),
        &url,
    ])
    .await;
    let line = assert_usage(&out, "the folder does not exist");
    assert!(
        !line.contains("netdoctor-check"),
        "no temp file named: {line}"
    );
    assert_eq!(
        server.connections.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no probe ran"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_path_that_is_a_folder_fails_before_probing() {
    let (server, url) = slow_target().await;
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("out.md");
    std::fs::create_dir(&report).unwrap();
    let out = run(&[
        "check",
        "--timeout",
        "60000",
        "--report",
        path_str(&report),
        &url,
    ])
    .await;
    assert_usage(&out, "it is a folder");
    assert_eq!(
        server.connections.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no probe ran"
    );
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_into_an_unwritable_folder_fails_before_probing() {
    let (server, url) = slow_target().await;
    // Nobody, not even root, can create files in /proc.
    let out = run(&[
        "check",
        "--timeout",
        "60000",
        "--report",
        "/proc/r.md",
        &url,
    ])
    .await;
    let line = assert_usage(&out, "cannot be written to");
    assert!(
        !line.contains("netdoctor-check"),
        "no temp file named: {line}"
    );
    assert_eq!(
        server.connections.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no probe ran"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_count_without_watch_says_so() {
    let url = format!("tcp://{}", common::closed_port());
    let out = run(&["check", "--watch-count", "2", &url]).await;
    assert_usage(&out, "--watch-count only works together with --watch");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_gets_one_warning_naming_the_languages() {
    let url = format!("tcp://{}", common::closed_port());
    let out = run(&["check", "--lang", "xx", &url]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the check still runs: {stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("xx")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("en, ko, ja, ru, pt"), "{stderr}");
}

/// A profile whose endpoint name tries to set the title, ring, and forge an OK line.
fn hostile_profile(dir: &Path, url: &str) -> std::path::PathBuf {
    let path = dir.join("hostile.toml");
    let text = format!(
        "version = 1\nname = \"p\"\n\n[[endpoint]]\nname = \"\\u001b]0;owned\\u0007\\r✓ api  OK\\u001b[2J\"\nurl = \"{url}\"\n"
    );
    std::fs::write(&path, text).unwrap();
    path
}

fn assert_no_controls(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for bad in ['\u{1b}', '\u{7}', '\r'] {
        assert!(!text.contains(bad), "raw {bad:?} printed: {text:?}");
    }
    assert!(
        text.contains("\\u{1b}]0;owned\\u{7}\\u{d}"),
        "escaped visibly: {text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_in_names_are_escaped_in_text_output() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("tcp://{}", common::closed_port());
    let profile = hostile_profile(dir.path(), &url);
    let out = run(&["check", "--profile", path_str(&profile)]).await;
    assert_eq!(out.status.code(), Some(1));
    assert_no_controls(&out.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_in_names_are_escaped_in_watch_lines() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("tcp://{}", common::closed_port());
    let profile = hostile_profile(dir.path(), &url);
    let out = run(&[
        "check",
        "--watch",
        "1",
        "--watch-count",
        "1",
        "--profile",
        path_str(&profile),
    ])
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert_no_controls(&out.stdout);
}

fn spawn_watch(url: &str) -> Child {
    command()
        .args([
            "--lang",
            "en",
            "check",
            "--timeout",
            "60000",
            "--watch",
            "1",
            url,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn netdoctor")
}

fn interrupt(child: &Child) {
    // SAFETY: kill(2) on the pid of our own child; no memory is involved.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_in_watch_keeps_the_failing_status() {
    let url = format!("tcp://{}", common::closed_port());
    let out = tokio::task::spawn_blocking(move || {
        let mut child = spawn_watch(&url);
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        // The first round's line is printed once that round finished.
        stdout.read_line(&mut first).expect("first line");
        interrupt(&child);
        let out = finish(child);
        (first, out)
    })
    .await
    .expect("join");
    let (first, out) = out;
    assert!(
        first.ends_with('\n') && first.contains("127.0.0.1"),
        "{first}"
    );
    assert_eq!(out.status.code(), Some(1), "the target was failing");
    assert!(out.stdout.is_empty(), "no half line after the interrupt");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_before_any_round_finished_exits_130() {
    let (accepted_tx, accepted_rx) = mpsc::channel::<()>();
    let accepted_tx = std::sync::Mutex::new(accepted_tx);
    let server = common::custom_server(common::loopback(), move |stream, _rec| {
        let _ = common::lock(&accepted_tx).send(());
        async move {
            std::future::pending::<()>().await;
            drop(stream);
        }
    })
    .await;
    let url = format!("http://{}/", server.addr);
    let out = tokio::task::spawn_blocking(move || {
        let child = spawn_watch(&url);
        // The probe is connected and waiting for an answer that never comes.
        accepted_rx.recv_timeout(BOUND).expect("probe connected");
        interrupt(&child);
        finish(child)
    })
    .await
    .expect("join");
    assert_eq!(out.status.code(), Some(130));
    assert!(out.stdout.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_cannot_add_headings_or_rows_to_a_markdown_report() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("tcp://{}", common::closed_port());
    let profile = dir.path().join("p.toml");
    std::fs::write(
        &profile,
        format!(
            "version = 1\nname = \"p\"\n\n[[endpoint]]\nname = \"api\\n# Owned\\n| forged | row |\"\nurl = \"{url}\"\n"
        ),
    )
    .unwrap();
    let report = dir.path().join("r.md");
    let out = run(&[
        "check",
        "--profile",
        path_str(&profile),
        "--report",
        path_str(&report),
    ])
    .await;
    assert_eq!(out.status.code(), Some(1));
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(!md.lines().any(|l| l.starts_with("# Owned")), "{md}");
    assert!(!md.lines().any(|l| l.starts_with("| forged")), "{md}");
    assert!(
        md.contains("\\# Owned") || md.contains("# Owned\\"),
        "the name is still shown: {md}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oauth_code_in_a_target_is_masked_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "http://{}/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=x",
        common::closed_port()
    );
    let report = dir.path().join("r.md");
    let out = run(&["check", "--report", path_str(&report), &url]).await;
    assert_eq!(out.status.code(), Some(1));
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(!md.contains("SplxlOBeZQQYbYS6WxSbIA"), "{md}");
    assert!(md.contains("code=***"), "{md}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn internationalised_names_resolve_through_dns_and_show_as_typed() {
    let server = common::ws_server().await;
    let port = server.addr.port();
    let loopback = std::net::IpAddr::from([127, 0, 0, 1]);
    let dns = common::dns_server(vec![
        ("xn--e1afmkfd.xn--p1ai", loopback),
        ("xn--wgv71a119e.jp", loopback),
        ("xn--bcher-kva.localhost", loopback),
    ])
    .await;
    for host in ["пример.рф", "日本語.jp", "bücher.localhost"] {
        let url = format!("ws://{host}:{port}/");
        let out = run(&["check", "--dns-server", &dns.addr.to_string(), &url]).await;
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{host}: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(&url), "shown as typed: {stdout}");
    }
    let asked: Vec<String> = dns.queries().into_iter().map(|(name, _)| name).collect();
    // `.localhost` names resolve to loopback without asking DNS (RFC 6761).
    for ascii in ["xn--e1afmkfd.xn--p1ai", "xn--wgv71a119e.jp"] {
        assert!(asked.iter().any(|n| n == ascii), "{ascii} asked: {asked:?}");
    }
}

/// Runs netdoctor (English) with its open-file limit set to `nofile`, bounded by [`BOUND`].
#[cfg(target_os = "linux")]
async fn run_with_file_limit(nofile: u64, args: Vec<String>) -> Output {
    tokio::task::spawn_blocking(move || {
        use std::os::unix::process::CommandExt;
        let mut cmd = command();
        cmd.arg("--lang")
            .arg("en")
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // SAFETY: setrlimit is async-signal-safe and touches only the child's limits.
        unsafe {
            cmd.pre_exec(move || rlimit::setrlimit(rlimit::Resource::NOFILE, nofile, nofile));
        }
        finish(cmd.spawn().expect("spawn netdoctor"))
    })
    .await
    .expect("join")
}

// Linux only: pre_exec is Unix, and the many-target half needs all of 127.0.0.0/8.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_concurrency_note_appears_only_when_the_file_limit_held_targets_back() {
    // 512 files fit 22 targets at once; the default concurrency asks for more.
    let port = common::closed_port().port();
    let check = |count: usize| {
        let mut list: Vec<String> = ["check", "--json", "--timeout", "1000"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        list.extend((0..count).map(|i| format!("tcp://127.0.1.{}:{port}", i + 1)));
        list
    };
    let one = run_with_file_limit(512, check(1)).await;
    let stderr = String::from_utf8_lossy(&one.stderr);
    assert_eq!(one.status.code(), Some(1), "{stderr}");
    assert!(
        !stderr.contains("open-file limit") && !stderr.contains("ulimit -n"),
        "one target is not held back by the limit: {stderr}"
    );
    let many = run_with_file_limit(512, check(40)).await;
    let stderr = String::from_utf8_lossy(&many.stderr);
    assert_eq!(many.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("allows only 22 targets at once") && stderr.contains("ulimit -n"),
        "40 targets under 512 files are: {stderr}"
    );
    let doc: serde_json::Value = serde_json::from_slice(&many.stdout).expect("json");
    assert_eq!(doc["results"].as_array().map(Vec::len), Some(40));
}
