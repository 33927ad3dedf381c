//! Single targets whose cause is silence: each verdict should come within one
//! timeout (goal: 1.05 × `--timeout` + 50 ms of wall time, process start included).
//!
//! The dropping hosts live in a network namespace the bench creates (`unshare -n`,
//! an address of TEST-NET-1 on its `lo`, an nft rule dropping SYNs), so no packet
//! leaves the machine. Without `unshare`, `ip` or `nft` those cases say so and skip.

use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::{common, measure, measure_command};

const DROP_HOST: &str = "192.0.2.1";

fn bound(timeout_ms: u64) -> Duration {
    Duration::from_millis(timeout_ms * 105 / 100 + 50)
}

fn print(case: &str, timeout_ms: u64, wall: Duration, stdout: &[u8]) {
    let doc: Value = serde_json::from_slice(stdout).unwrap_or_default();
    let result = &doc["results"][0];
    let within = wall <= bound(timeout_ms);
    println!(
        "silence {case}: timeout_ms={timeout_ms} wall_ms={:.0} bound_ms={} within={within} verdict={} cause={}",
        wall.as_secs_f64() * 1000.0,
        bound(timeout_ms).as_millis(),
        result["verdict"],
        result["causes"][0]["id"]
    );
}

/// `netdoctor check` inside a fresh namespace where `rule` drops traffic to the host:
/// its output and its own wall time (the namespace's setup is not counted).
fn in_netns(rule: &str, timeout_ms: u64, url: &str) -> Option<(Duration, Vec<u8>)> {
    let script = format!(
        "set -e\nip link set lo up\nip addr add {DROP_HOST}/32 dev lo\n\
         nft add table inet bench\n\
         nft add chain inet bench input '{{ type filter hook input priority 0; }}'\n\
         nft add rule inet bench input ip daddr {DROP_HOST} {rule} drop\n\
         start=$(date +%s%N)\n\
         \"$0\" check --json --timeout {timeout_ms} {url} || true\n\
         echo wall_ns=$(( $(date +%s%N) - start )) >&2"
    );
    let mut cmd = Command::new("unshare");
    cmd.args(["-n", "sh", "-c", &script, env!("CARGO_BIN_EXE_netdoctor")]);
    let m = measure_command(cmd);
    let stderr = String::from_utf8_lossy(&m.stderr);
    let ns: u64 = stderr
        .lines()
        .find_map(|l| l.strip_prefix("wall_ns="))?
        .trim()
        .parse()
        .ok()?;
    (!m.stdout.is_empty()).then_some((Duration::from_nanos(ns), m.stdout))
}

/// Every silence case, one run each at two timeouts.
pub async fn cases() {
    let fixture = common::silent_server().await;
    for timeout_ms in [1000, 1500] {
        let args: Vec<String> = [
            "check".to_owned(),
            "--json".to_owned(),
            "--timeout".to_owned(),
            timeout_ms.to_string(),
            format!("ws://{}/", fixture.addr),
        ]
        .into();
        let m = tokio::task::spawn_blocking(move || measure(&args))
            .await
            .expect("join");
        print("silent server", timeout_ms, m.wall, &m.stdout);
    }
    let url = format!("ws://{DROP_HOST}:5432/");
    for timeout_ms in [1000, 1500] {
        let cases = [
            ("host drops everything", "tcp flags syn"),
            ("connect timeout (one port dropped)", "tcp dport 5432"),
        ];
        for (case, rule) in cases {
            let url = url.clone();
            let rule = rule.to_owned();
            let measured = tokio::task::spawn_blocking(move || in_netns(&rule, timeout_ms, &url))
                .await
                .expect("join");
            match measured {
                Some((wall, stdout)) => print(case, timeout_ms, wall, &stdout),
                None => println!("silence {case}: skipped (needs unshare, ip and nft as root)"),
            }
        }
    }
}
