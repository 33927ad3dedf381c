//! Engine at scale: the release binary against 1,000 (and 10,000) loopback services.
//!
//! Mix per the performance goals: 25% closed, 25% WebSocket, 25% HTTP 404,
//! 15% SSH-style banner, 10% silent; every target is `ws://`. Prints wall time,
//! CPU time, peak RSS and accuracy against the fixture's ground truth, plus the
//! time to verdict of a single refused target.
//!
//!     cargo bench --bench scale            # 1,000 and 10,000 targets
//!     cargo bench --bench scale -- 1000    # only the given sizes

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "scale/separate.rs"]
mod separate;
#[path = "scale/silence.rs"]
mod silence;

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

/// What a fixture should be diagnosed as: (verdict, top cause or "" for any).
#[derive(Clone, Copy, Debug)]
enum Kind {
    Closed,
    WebSocket,
    Http404,
    Banner,
    Silent,
}

impl Kind {
    fn expected(self) -> (&'static str, &'static str) {
        match self {
            Kind::Closed => ("refused", ""),
            Kind::WebSocket => ("ok", ""),
            Kind::Http404 => ("protocol-mismatch", "protocol-mismatch.ws-to-http"),
            Kind::Banner => (
                "protocol-mismatch",
                "protocol-mismatch.invalid-http-response",
            ),
            Kind::Silent => ("protocol-mismatch", "protocol-mismatch.silent-server"),
        }
    }

    /// The kind a line of the separate-process fixture names.
    fn named(name: &str) -> Option<Kind> {
        Some(match name {
            "closed" => Kind::Closed,
            "websocket" => Kind::WebSocket,
            "http404" => Kind::Http404,
            "banner" => Kind::Banner,
            "silent" => Kind::Silent,
            _ => return None,
        })
    }

    fn of(index: usize) -> Kind {
        match index % 20 {
            0..=4 => Kind::Closed,
            5..=9 => Kind::WebSocket,
            10..=14 => Kind::Http404,
            15..=17 => Kind::Banner,
            _ => Kind::Silent,
        }
    }
}

struct Measured {
    wall: Duration,
    cpu: Duration,
    max_rss_kib: i64,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs the binary and reads its CPU time and peak RSS from the kernel's accounting.
fn measure(args: &[String]) -> Measured {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_netdoctor"));
    cmd.args(args);
    measure_command(cmd)
}

/// Runs `cmd` to its end, measured like [`measure`].
fn measure_command(mut cmd: Command) -> Measured {
    let before = children_usage();
    let started = Instant::now();
    let out = cmd.output().expect("run netdoctor");
    let wall = started.elapsed();
    let after = children_usage();
    Measured {
        wall,
        cpu: (after.0 + after.1).saturating_sub(before.0 + before.1),
        max_rss_kib: after.2,
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// (user, system, max RSS in KiB) of waited-for children.
fn children_usage() -> (Duration, Duration, i64) {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a full rusage into the pointer it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    let tv = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    (tv(usage.ru_utime), tv(usage.ru_stime), usage.ru_maxrss)
}

async fn fixtures(count: usize) -> (Vec<common::Fixture>, Vec<(String, Kind)>) {
    let mut held = Vec::new();
    let mut addrs = vec![None; count];
    for (i, slot) in addrs.iter_mut().enumerate() {
        let fixture = match Kind::of(i) {
            Kind::Closed => continue,
            Kind::WebSocket => common::ws_server().await,
            Kind::Http404 => common::http_server("HTTP/1.1 404 Not Found", "", "nope").await,
            Kind::Banner => common::banner_server(b"SSH-2.0-OpenSSH_9.6\r\n").await,
            Kind::Silent => common::silent_server().await,
        };
        *slot = Some(fixture.addr);
        held.push(fixture);
    }
    // Closed ports are picked last, so no fixture can take one of them afterwards.
    let taken: std::collections::HashSet<u16> = held.iter().map(|f| f.addr.port()).collect();
    let targets = addrs
        .into_iter()
        .enumerate()
        .map(|(i, addr)| {
            let addr = addr.unwrap_or_else(|| {
                loop {
                    let candidate = common::closed_port();
                    if !taken.contains(&candidate.port()) {
                        break candidate;
                    }
                }
            });
            (format!("ws://{addr}/"), Kind::of(i))
        })
        .collect();
    (held, targets)
}

fn accuracy(stdout: &[u8], targets: &[(String, Kind)]) -> (usize, Vec<String>) {
    let doc: Value = serde_json::from_slice(stdout).expect("JSON on stdout");
    let results = doc["results"].as_array().expect("results");
    let mut wrong = Vec::new();
    for (r, (target, kind)) in results.iter().zip(targets) {
        let (verdict, cause) = kind.expected();
        let ok = r["verdict"] == verdict && (cause.is_empty() || r["causes"][0]["id"] == cause);
        if !ok {
            wrong.push(format!(
                "{target} ({kind:?}): {} {}",
                r["verdict"], r["causes"][0]["id"]
            ));
        }
    }
    (results.len() - wrong.len(), wrong)
}

/// The command line of a scale run over `targets`.
fn scale_args(targets: &[(String, Kind)]) -> Vec<String> {
    // NETDOCTOR_BENCH_CONCURRENCY explores other limits; the goal is stated at 256.
    let concurrency = std::env::var("NETDOCTOR_BENCH_CONCURRENCY").unwrap_or_else(|_| "256".into());
    let mut args: Vec<String> = [
        "check",
        "--json",
        "--timeout",
        "1000",
        "--concurrency",
        &concurrency,
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    args.extend(targets.iter().map(|(t, _)| t.clone()));
    args
}

async fn scale(count: usize) {
    let (_held, targets) = fixtures(count).await;
    let args = scale_args(&targets);
    let m = tokio::task::spawn_blocking(move || measure(&args))
        .await
        .expect("join");
    report(&m, &targets, "in-process fixture");
}

/// Prints a scale run's numbers, its misclassified targets and its slowest target.
fn report(m: &Measured, targets: &[(String, Kind)], fixture: &str) {
    let count = targets.len();
    let (right, wrong) = accuracy(&m.stdout, targets);
    println!(
        "{fixture}: targets={count} wall_s={:.3} cpu_s={:.3} peak_rss_mib={:.1} correct={right}/{count}",
        m.wall.as_secs_f64(),
        m.cpu.as_secs_f64(),
        m.max_rss_kib as f64 / 1024.0
    );
    for line in wrong.iter().take(10) {
        println!("  misclassified: {line}");
    }
    let doc: Value = serde_json::from_slice(&m.stdout).expect("json");
    let slowest = doc["results"]
        .as_array()
        .expect("results")
        .iter()
        .max_by(|a, b| {
            let t = |r: &Value| r["timings_ms"]["total"].as_f64().unwrap_or(0.0);
            t(a).total_cmp(&t(b))
        })
        .cloned()
        .unwrap_or_default();
    println!(
        "  slowest target: {} {} total_ms={}",
        slowest["target"], slowest["verdict"], slowest["timings_ms"]["total"]
    );
}

async fn single_refused() {
    let port = common::closed_port().port();
    let args: Vec<String> = ["check", "--json", &format!("ws://127.0.0.1:{port}/")]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
    let mut walls = Vec::new();
    let mut engine_connect = Vec::new();
    for _ in 0..21 {
        let a = args.clone();
        let m = tokio::task::spawn_blocking(move || measure(&a))
            .await
            .expect("join");
        walls.push(m.wall);
        let doc: Value = serde_json::from_slice(&m.stdout).expect("json");
        if let Some(ms) = doc["results"][0]["timings_ms"]["connect"].as_f64() {
            engine_connect.push(ms);
        }
    }
    walls.sort();
    engine_connect.sort_by(f64::total_cmp);
    println!(
        "single refused: process_median_ms={:.1} engine_connect_median_ms={:.3}",
        walls[walls.len() / 2].as_secs_f64() * 1000.0,
        engine_connect
            .get(engine_connect.len() / 2)
            .copied()
            .unwrap_or(f64::NAN)
    );
}

fn main() {
    // Each service holds a listener and its connections; the defaults are too low.
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--only-separate` and `--only-silence` run one part; cargo's own `--bench` is ignored.
    let only = |flag: &str| args.iter().any(|a| a == flag);
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![1000, 10_000]
    } else {
        sizes
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        if only("--only-silence") {
            silence::cases().await;
            return;
        }
        if only("--only-separate") {
            separate::compare(1000);
            return;
        }
        single_refused().await;
        silence::cases().await;
        for size in sizes {
            scale(size).await;
            if size == 1000 {
                separate::compare(size);
            }
        }
    });
}
