//! The built binary, driven as a user would: exit codes, stdout, stderr, JSON shape.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::bin::{args, netdoctor, netdoctor_env};

use serde_json::Value;

const VERDICTS: [&str; 10] = [
    "ok",
    "refused",
    "timeout",
    "addr-not-available",
    "protocol-mismatch",
    "unreachable",
    "dns-failure",
    "reset",
    "tls-error",
    "error",
];

/// The contract's shape rules (schema 1), checked the way the contract describes them.
fn assert_contract(doc: &Value, targets: usize) {
    assert_eq!(doc["schema"], 1);
    assert!(
        doc["tool"]
            .as_str()
            .is_some_and(|t| t.starts_with("netdoctor"))
    );
    let results = doc["results"].as_array().expect("results");
    assert_eq!(results.len(), targets);
    for r in results {
        for key in ["target", "verdict", "summary"] {
            assert!(r[key].is_string(), "{key} in {r}");
        }
        assert!(r["causes"].is_array() && r["resolved"].is_array());
        assert!(r["peer"].is_null() || r["peer"].is_string());
        let verdict = r["verdict"].as_str().expect("verdict");
        assert!(VERDICTS.contains(&verdict), "{verdict}");
        let causes = r["causes"].as_array().expect("causes");
        assert_eq!(verdict == "ok", causes.is_empty(), "{r}");
        let mut last = f64::INFINITY;
        for c in causes {
            let id = c["id"].as_str().expect("id");
            let (group, name) = id.split_once('.').expect("VERDICT.CAUSE");
            assert!(!group.is_empty() && !name.is_empty());
            let score = c["score"].as_f64().expect("score");
            assert!((0.0..=1.0).contains(&score));
            assert!(score <= last, "causes ranked");
            last = score;
            assert!(!c["title"].as_str().expect("title").trim().is_empty());
            assert!(
                !c["remediation"]
                    .as_str()
                    .expect("remediation")
                    .trim()
                    .is_empty()
            );
            assert!(
                c["evidence"]
                    .as_array()
                    .expect("evidence")
                    .iter()
                    .all(Value::is_string)
            );
        }
        for phase in ["dns", "connect", "tls", "handshake", "total"] {
            let t = &r["timings_ms"][phase];
            assert!(
                t.is_null() || t.as_f64().is_some_and(|v| v >= 0.0),
                "{phase}: {t}"
            );
        }
        for key in ["sent_hex", "received_hex"] {
            let hex = r["handshake"][key].as_str().expect("hex");
            assert!(
                hex.len() % 2 == 0
                    && hex
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            );
        }
        assert!(r["handshake"]["received_truncated"].is_boolean());
    }
}

fn hex_text(hex: &str) -> String {
    String::from_utf8_lossy(&hex::decode(hex).expect("hex")).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_for_two_targets_keeps_order_and_shape() {
    let http = common::http_server("HTTP/1.1 404 Not Found", "", "nope").await;
    let closed = common::closed_port();
    let first = format!("ws://{}/chat", http.addr);
    let second = format!("ws://{closed}/");
    let out = netdoctor(args(&[
        "check",
        "--json",
        "--timeout",
        "2000",
        &first,
        &second,
    ]))
    .await;
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_contract(&doc, 2);
    let results = doc["results"].as_array().expect("results");
    assert_eq!(results[0]["target"], first.as_str());
    assert_eq!(results[0]["verdict"], "protocol-mismatch");
    assert_eq!(
        results[0]["causes"][0]["id"],
        "protocol-mismatch.ws-to-http"
    );
    assert!(
        hex_text(results[0]["handshake"]["sent_hex"].as_str().expect("hex"))
            .contains("Upgrade: websocket")
    );
    assert!(
        hex_text(
            results[0]["handshake"]["received_hex"]
                .as_str()
                .expect("hex")
        )
        .starts_with("HTTP/1.")
    );
    assert_eq!(results[0]["peer"], http.addr.to_string().as_str());
    assert_eq!(results[1]["target"], second.as_str());
    assert_eq!(results[1]["verdict"], "refused");
    assert!(results[1]["peer"].is_null());
    assert_eq!(results[1]["timings_ms"]["tls"], Value::Null);
    // The remediation names the server-side listener line the catalogue asks for.
    assert!(
        results[0]["causes"][0]["remediation"]
            .as_str()
            .expect("remediation")
            .contains(&format!("websocket://0.0.0.0:{}", http.addr.port()))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthy_websocket_exits_zero() {
    let ws = common::ws_server().await;
    let out = netdoctor(args(&["check", "--json", &format!("ws://{}/", ws.addr)])).await;
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_contract(&doc, 1);
    assert_eq!(doc["results"][0]["verdict"], "ok");
    assert!(
        hex_text(
            doc["results"][0]["handshake"]["received_hex"]
                .as_str()
                .expect("hex")
        )
        .starts_with("HTTP/1.1 101")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dns_server_and_expected_ip_from_the_command_line() {
    let dns = common::dns_server(vec![(
        "app.netdoctor.test",
        std::net::IpAddr::from([127, 0, 0, 3]),
    )])
    .await;
    let server = common::ws_server().await;
    let port = server.addr.port();
    let out = netdoctor(args(&[
        "check",
        "--json",
        "--dns-server",
        &dns.addr.to_string(),
        "--expect-ip",
        "127.0.0.1",
        &format!("ws://app.netdoctor.test:{port}/"),
        "ws://missing.netdoctor.test/",
    ]))
    .await;
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_contract(&doc, 2);
    assert_eq!(doc["results"][0]["causes"][0]["id"], "refused.dns-wrong-ip");
    assert_eq!(doc["results"][0]["resolved"][0], "127.0.0.3");
    assert_eq!(doc["results"][1]["verdict"], "dns-failure");
    assert_eq!(
        doc["results"][1]["causes"][0]["id"],
        "dns-failure.no-such-host"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_report_is_plain_when_piped() {
    let closed = common::closed_port();
    let out = netdoctor(args(&["check", &format!("tcp://{closed}")])).await;
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    assert!(text.contains("connection refused"));
    assert!(text.contains("Fix:"));
    assert!(text.contains("1 of 1 failing"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_exits_two_with_one_line_and_no_stdout() {
    let long = format!("ws://{}.com/", "a".repeat(5000));
    let cases: Vec<Vec<String>> = vec![
        args(&["check", "ftp://127.0.0.1:21"]),
        args(&["check", "ws://"]),
        args(&["check", "tcp://127.0.0.1"]),
        args(&["check", "ws://127.0.0.1:0/"]),
        args(&["check", "ws://127.0.0.1:99999/"]),
        args(&["check", "ws://127.0.0.1\n:80/"]),
        args(&["check", "127.0.0.1:80"]),
        args(&["check", &long]),
        args(&["check", "--bogus", "ws://127.0.0.1:1/"]),
        args(&["check", "--timeout", "abc", "ws://127.0.0.1:1/"]),
        args(&["check", "--timeout", "0", "ws://127.0.0.1:1/"]),
        args(&["check", "--expect-ip", "not-an-ip", "ws://127.0.0.1:1/"]),
        args(&["check", "--concurrency", "0", "ws://127.0.0.1:1/"]),
        args(&["check"]),
        args(&["frobnicate"]),
        args(&["check", "--report", "out.pdf", "ws://127.0.0.1:1/"]),
    ];
    for case in cases {
        let out = netdoctor(case.clone()).await;
        assert_eq!(out.status.code(), Some(2), "{case:?}");
        assert!(out.stdout.is_empty(), "{case:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{case:?}: {err}");
        assert!(!err.contains("panicked"), "{case:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_and_version_exit_zero() {
    let out = netdoctor(args(&["check", "--help"])).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--expect-ip"));
    let out = netdoctor(args(&["--version"])).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_targets_finish_in_about_the_slowest_time() {
    // Ten silent servers at 400 ms each: concurrent probing keeps the run near 400 ms, not 4 s.
    let mut servers = Vec::new();
    for _ in 0..10 {
        servers.push(common::silent_server().await);
    }
    let mut list = vec![
        "check".to_owned(),
        "--json".to_owned(),
        "--timeout".to_owned(),
        "400".to_owned(),
    ];
    list.extend(servers.iter().map(|s| format!("ws://{}/", s.addr)));
    let started = std::time::Instant::now();
    let out = netdoctor(list).await;
    let elapsed = started.elapsed();
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_contract(&doc, 10);
    for r in doc["results"].as_array().expect("results") {
        assert_eq!(r["causes"][0]["id"], "protocol-mismatch.silent-server");
    }
    assert!(
        elapsed < std::time::Duration::from_millis(4000),
        "{elapsed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_scenario_through_the_binary_matches_the_contract() {
    let http = common::http_server("HTTP/1.1 404 Not Found", "", "nope").await;
    let banner = common::banner_server(b"SSH-2.0-OpenSSH_9.6\r\n").await;
    let tls = common::tls_server().await;
    let ws_plain = common::ws_server().await;
    let silent = common::silent_server().await;
    let ws = common::ws_server().await;
    let ws_path = common::ws_server_path("/chat").await;
    let reset = common::reset_server().await;
    let endless = common::endless_server().await;
    let hole = common::blackhole().await;
    let loopback_only = common::http_server_at(
        "127.0.0.1:0".parse().expect("addr"),
        "HTTP/1.1 200 OK",
        "",
        "",
    )
    .await;
    let closed = common::closed_port();
    let dns = common::dns_server(vec![(
        "wrong.netdoctor.test",
        std::net::IpAddr::from([127, 0, 0, 3]),
    )])
    .await;
    let scenarios: Vec<(String, &str)> = vec![
        (format!("ws://{closed}/"), "refused.server-not-running"),
        (
            format!("http://127.0.0.2:{}/", loopback_only.addr.port()),
            "refused.loopback-only-bind",
        ),
        (format!("tcp://{}", hole.addr), "timeout.firewall"),
        (
            format!("ws://{}/", http.addr),
            "protocol-mismatch.ws-to-http",
        ),
        (
            format!("ws://{}/", banner.addr),
            "protocol-mismatch.invalid-http-response",
        ),
        (
            format!("ws://{}/", tls.addr),
            "protocol-mismatch.plain-to-tls",
        ),
        (
            format!("wss://{}/", ws_plain.addr),
            "protocol-mismatch.tls-to-plain",
        ),
        (
            format!("ws://{}/", silent.addr),
            "protocol-mismatch.silent-server",
        ),
        (format!("ws://{}/chat", ws.addr), ""),
        (
            format!("ws://{}/wrong", ws_path.addr),
            "protocol-mismatch.ws-to-http",
        ),
        (format!("ws://{}/", reset.addr), "reset.during-handshake"),
        (
            format!("ws://{}/", endless.addr),
            "protocol-mismatch.invalid-http-response",
        ),
        (
            "ws://nothing.netdoctor.test/".to_owned(),
            "dns-failure.no-such-host",
        ),
        (
            format!("ws://wrong.netdoctor.test:{}/", ws.addr.port()),
            "refused.dns-wrong-ip",
        ),
    ];
    let mut list = args(&[
        "check",
        "--json",
        "--timeout",
        "600",
        "--dns-server",
        &dns.addr.to_string(),
        "--expect-ip",
        "127.0.0.1",
    ]);
    list.extend(scenarios.iter().map(|(t, _)| t.clone()));
    let out = netdoctor(list).await;
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_contract(&doc, scenarios.len());
    for (result, (target, cause)) in doc["results"]
        .as_array()
        .expect("results")
        .iter()
        .zip(&scenarios)
    {
        assert_eq!(result["target"], target.as_str());
        if cause.is_empty() {
            assert_eq!(result["verdict"], "ok", "{target}: {result}");
        } else {
            assert_eq!(result["causes"][0]["id"], *cause, "{target}: {result}");
        }
    }
}

// Linux only: it sets the child's file limit with pre_exec (Unix), and only Linux
// answers on all of 127.0.0.0/8; macOS has just 127.0.0.1 unless aliases are added.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_targets_under_a_low_file_limit_all_finish() {
    // The same closed port on 10,000 loopback addresses: all refused, each with follow-ups.
    let port = common::closed_port().port();
    let mut list = args(&[
        "check",
        "--json",
        "--timeout",
        "1000",
        "--concurrency",
        "256",
    ]);
    list.extend((0..10_000).map(|i| format!("tcp://127.0.{}.{}:{port}", i / 250, i % 250 + 1)));
    let out = tokio::task::spawn_blocking(move || {
        use std::os::unix::process::CommandExt;
        let mut cmd = common::bin::command();
        cmd.args(&list);
        // SAFETY: setrlimit is async-signal-safe and touches only the child's limits.
        unsafe {
            cmd.pre_exec(|| rlimit::setrlimit(rlimit::Resource::NOFILE, 512, 512));
        }
        cmd.output().expect("run netdoctor")
    })
    .await
    .expect("join");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("ulimit -n"),
        "the reduced concurrency is explained: {stderr}"
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    let results = doc["results"].as_array().expect("results");
    assert_eq!(results.len(), 10_000);
    assert!(
        results.iter().all(|r| r["verdict"] == "refused"),
        "no probe died of fd exhaustion"
    );
    assert_eq!(
        results[9_999]["target"],
        format!("tcp://127.0.39.250:{port}").as_str()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_language_on_the_command_line_and_in_json() {
    let closed = common::closed_port();
    let target = format!("tcp://{closed}");
    let cases = [
        ("en", "connection refused", "The server is not running"),
        ("ko", "연결 거부", "서버가 실행 중이 아니거나"),
        ("ja", "接続拒否", "サーバーが起動していない"),
        ("ru", "соединение отклонено", "Сервер не запущен"),
        ("pt", "conexão recusada", "O servidor não está em execução"),
    ];
    for (lang, verdict_word, title) in cases {
        let out = netdoctor(args(&["check", "--lang", lang, &target])).await;
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert!(text.contains(verdict_word), "{lang}: {text}");
        let out = netdoctor(args(&["check", "--json", "--lang", lang, &target])).await;
        let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
        let cause = &doc["results"][0]["causes"][0];
        assert!(
            cause["title"].as_str().expect("title").starts_with(title),
            "{lang}: {cause}"
        );
        assert_eq!(doc["results"][0]["lang"], lang);
    }
    // The system locale decides when --lang is absent; unknown locales fall back to English.
    let out = netdoctor_env(args(&["check", &target]), vec![("LANG", "ko_KR.UTF-8")]).await;
    assert!(String::from_utf8_lossy(&out.stdout).contains("연결 거부"));
    let out = netdoctor_env(args(&["check", &target]), vec![("LANG", "de_DE.UTF-8")]).await;
    assert!(String::from_utf8_lossy(&out.stdout).contains("connection refused"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_speak_the_asked_language() {
    let out = netdoctor(args(&["check", "--lang", "ru", "ftp://127.0.0.1:21"])).await;
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.chars().any(|c| ('а'..='я').contains(&c)), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ca_file_trusts_a_private_certificate() {
    let server = common::tls_server().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("dev-ca.pem");
    std::fs::write(&ca, &server.cert_pem).expect("write ca");
    let target = format!("wss://{}/", server.addr);
    let out = netdoctor(args(&["check", "--json", &target])).await;
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_contract(&doc, 1);
    assert_eq!(
        doc["results"][0]["causes"][0]["id"],
        "tls-error.self-signed"
    );
    // The certificate itself goes into the report, so the reader sees what to replace.
    let cert = &doc["results"][0]["certificate"];
    assert_eq!(
        cert["names"],
        serde_json::json!(["localhost", "127.0.0.1", "::1"])
    );
    assert_eq!(cert["subject"], cert["issuer"], "{cert}");
    assert!(cert["days_left"].as_i64().is_some_and(|d| d > 0), "{cert}");
    for date in [&cert["not_before"], &cert["not_after"]] {
        let date = date.as_str().expect("date is text");
        assert!(
            time::OffsetDateTime::parse(date, &time::format_description::well_known::Rfc3339)
                .is_ok(),
            "{date}"
        );
    }
    let md_path = dir.path().join("report.md");
    let md_arg = md_path.display().to_string();
    netdoctor(args(&["check", "--report", &md_arg, &target])).await;
    let md = std::fs::read_to_string(&md_path).expect("markdown report");
    assert!(
        md.contains("**Certificate:**") && md.contains("localhost, 127.0.0.1, ::1"),
        "{md}"
    );
    let ca_arg = ca.display().to_string();
    let out = netdoctor(args(&["check", "--json", "--ca-file", &ca_arg, &target])).await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A file that is not PEM is unreadable input.
    let bogus = dir.path().join("not-a-cert.pem");
    std::fs::write(&bogus, "hello").expect("write");
    let bogus_arg = bogus.display().to_string();
    let out = netdoctor(args(&["check", "--ca-file", &bogus_arg, &target])).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_output_warns_of_a_certificate_about_to_expire() {
    let not_after = time::OffsetDateTime::now_utc() + time::Duration::days(3);
    let server = common::tls::tls_server_with_cert(&["127.0.0.1"], not_after).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("dev-ca.pem");
    std::fs::write(&ca, &server.cert_pem).expect("write ca");
    let ca_arg = ca.display().to_string();
    let target = format!("wss://{}/", server.addr);
    let out = netdoctor(args(&["check", "--ca-file", &ca_arg, &target])).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "it still works: {text}");
    assert!(
        text.contains("expires soon") && text.contains("expires in"),
        "the warning and its days: {text}"
    );
    // The warning says it once: no certificate line repeats it.
    assert!(!text.contains("Certificate:"), "{text}");
    // A certificate with years left says nothing in the text output.
    let server = common::tls_server().await;
    let ca = dir.path().join("long.pem");
    std::fs::write(&ca, &server.cert_pem).expect("write ca");
    let ca_arg = ca.display().to_string();
    let target = format!("wss://{}/", server.addr);
    let out = netdoctor(args(&["check", "--ca-file", &ca_arg, &target])).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("Certificate:"), "{text}");
}
