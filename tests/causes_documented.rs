//! The engine against real loopback servers: verdict, first cause, evidence, bytes.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::probe::{run, settings, top};

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use netdoctor::diagnose::{CauseId, Evidence, Verdict};
use netdoctor::engine::CheckResult;
use netdoctor::engine::probe::ProbeSettings;

fn sent_text(result: &CheckResult) -> String {
    String::from_utf8_lossy(&result.observation.captured.sent).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_port_is_refused() {
    let addr = common::closed_port();
    let result = run(&format!("ws://{addr}/"), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Refused);
    assert!(result.diagnosis.has(CauseId::RefusedServerNotRunning));
    // Another loopback service may sit next door; only then may "wrong port" lead.
    let neighbour_open = result
        .observation
        .followups
        .sweep
        .as_ref()
        .is_some_and(|s| {
            !s.in_state(netdoctor::observation::PortState::Open)
                .is_empty()
        });
    if !neighbour_open {
        assert_eq!(top(&result), CauseId::RefusedServerNotRunning);
    }
    assert!(result.observation.captured.sent.is_empty());
    assert_eq!(result.observation.peer, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_only_server_reached_through_another_address() {
    let server = common::http_server_at(
        "127.0.0.1:0".parse().expect("addr"),
        "HTTP/1.1 200 OK",
        "",
        "hi",
    )
    .await;
    let port = server.addr.port();
    let result = run(&format!("http://127.0.0.2:{port}/"), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Refused);
    assert_eq!(top(&result), CauseId::RefusedLoopbackOnlyBind);
    let evidence = &result.diagnosis.causes[0].evidence;
    assert!(
        evidence.contains(&Evidence::AlternateAccepts {
            addr: SocketAddr::new(IpAddr::from([127, 0, 0, 1]), port)
        }),
        "{evidence:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_backlog_times_out() {
    let hole = common::blackhole().await;
    let started = Instant::now();
    let result = run(&format!("tcp://{}", hole.addr), &settings(400)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Timeout);
    assert!(result.diagnosis.has(CauseId::TimeoutFirewall));
    assert!(result.diagnosis.has(CauseId::TimeoutCloudSecurityGroup));
    assert!(result.diagnosis.has(CauseId::TimeoutPanelFirewall));
    assert!(
        result.diagnosis.causes[0]
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::CannotTellApart))
    );
    // Connect waits the timeout, the follow-up sweep at most once more.
    assert!(started.elapsed() < Duration::from_millis(400 * 2 + 1500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_to_http_server_is_ws_to_http() {
    let server = common::http_server("HTTP/1.1 404 Not Found", "Server: test\r\n", "nope").await;
    let result = run(&format!("ws://{}/chat", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchWsToHttp);
    assert!(result.observation.captured.received.starts_with(b"HTTP/1."));
    assert!(
        sent_text(&result).contains("Upgrade: websocket")
            || sent_text(&result).contains("upgrade: websocket")
    );
    assert!(
        result.diagnosis.causes[0]
            .evidence
            .contains(&Evidence::HttpStatus {
                status_line: "HTTP/1.1 404 Not Found".into()
            })
    );
    assert!(sent_text(&result).starts_with("GET /chat HTTP/1.1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_to_ssh_banner_is_invalid_http_response() {
    let server = common::banner_server(b"SSH-2.0-OpenSSH_9.6\r\n").await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchInvalidHttpResponse);
    assert!(result.observation.captured.received.starts_with(b"SSH-2.0"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_to_tls_server_is_plain_to_tls() {
    let server = common::tls_server().await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchPlainToTls);
    assert_eq!(result.observation.followups.tls_on_port, Some(true));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wss_to_plain_websocket_server_is_tls_to_plain() {
    let server = common::ws_server().await;
    let result = run(&format!("wss://{}/", server.addr), &settings(2000)).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::ProtocolMismatch,
        "{:?}",
        result.diagnosis
    );
    assert_eq!(top(&result), CauseId::ProtocolMismatchTlsToPlain);
    // The ClientHello went out as a TLS handshake record.
    assert_eq!(result.observation.captured.sent.first(), Some(&22));
    assert!(result.observation.followups.plain_reply.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_to_plain_http_server_that_waits_is_tls_to_plain() {
    // This server waits for a full HTTP head, so the ClientHello gets no answer at all;
    // the follow-up plain request is what shows the port speaks HTTP.
    let server = common::http_server("HTTP/1.1 200 OK", "", "plain").await;
    let result = run(&format!("https://{}/", server.addr), &settings(500)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchTlsToPlain);
    assert!(matches!(
        &result.diagnosis.causes[0].evidence[0],
        Evidence::PlainWorksOnPort { line, .. } if line == "HTTP/1.1 200 OK"
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wss_to_server_answering_plain_text_at_once() {
    let server = common::custom_server(
        "127.0.0.1:0".parse().expect("addr"),
        |mut stream, _rec| async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let mut buf = [0u8; 512];
            if stream.read(&mut buf).await.unwrap_or(0) > 0 {
                let _ = stream
                    .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                    .await;
                let _ = stream.shutdown().await;
            }
        },
    )
    .await;
    let result = run(&format!("wss://{}/", server.addr), &settings(2000)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchTlsToPlain);
    assert!(
        result
            .observation
            .captured
            .received
            .starts_with(b"HTTP/1.1 400")
    );
    assert!(matches!(
        &result.diagnosis.causes[0].evidence[0],
        Evidence::PlainReplyToTls { line } if line == "HTTP/1.1 400 Bad Request"
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_server_is_silent_and_ends_near_the_timeout() {
    let server = common::silent_server().await;
    let started = Instant::now();
    let result = run(&format!("ws://{}/", server.addr), &settings(500)).await;
    let elapsed = started.elapsed();
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchSilentServer);
    assert!(result.observation.captured.received.is_empty());
    assert!(elapsed >= Duration::from_millis(500), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(500 + 1500), "{elapsed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_websocket_server_is_ok() {
    let server = common::ws_server().await;
    let result = run(&format!("ws://{}/chat", server.addr), &settings(2000)).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::Ok,
        "{:?}",
        result.diagnosis
    );
    assert!(result.diagnosis.causes.is_empty());
    assert!(
        result
            .observation
            .captured
            .received
            .starts_with(b"HTTP/1.1 101")
    );
    assert!(result.observation.timings.handshake.is_some());
    assert!(result.observation.timings.tls.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_websocket_path_is_ws_to_http() {
    let server = common::ws_server_path("/chat").await;
    let result = run(&format!("ws://{}/other", server.addr), &settings(2000)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchWsToHttp);
    assert!(
        result
            .observation
            .captured
            .received
            .starts_with(b"HTTP/1.1 404")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_during_handshake() {
    let server = common::reset_server().await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::Reset,
        "{:?}",
        result.diagnosis
    );
    assert_eq!(top(&result), CauseId::ResetDuringHandshake);
    assert!(!result.observation.captured.sent.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_header_is_capped_and_the_run_ends() {
    let server = common::endless_http_header_server().await;
    let limits = ProbeSettings {
        capture_limit: 16 * 1024,
        ..settings(2000)
    };
    for scheme in ["ws", "http"] {
        let started = Instant::now();
        let result = run(&format!("{scheme}://{}/", server.addr), &limits).await;
        assert_eq!(
            result.observation.captured.received.len(),
            16 * 1024,
            "{scheme}"
        );
        assert!(result.observation.captured.received_truncated, "{scheme}");
        assert_ne!(result.diagnosis.verdict, Verdict::Ok, "{scheme}");
        assert!(
            started.elapsed() < Duration::from_millis(2000 + 1500),
            "{scheme}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_garbage_is_not_http() {
    let server = common::endless_server().await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchInvalidHttpResponse);
    assert!(result.observation.captured.received.len() <= 64 * 1024);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_name_through_test_dns_server() {
    let dns =
        common::dns_server(vec![("known.netdoctor.test", IpAddr::from([127, 0, 0, 1]))]).await;
    let probe = ProbeSettings {
        dns_server: Some(dns.addr),
        ..settings(2000)
    };
    let result = run("ws://missing.netdoctor.test:80/", &probe).await;
    assert_eq!(result.diagnosis.verdict, Verdict::DnsFailure);
    assert_eq!(top(&result), CauseId::DnsFailureNoSuchHost);
    assert!(result.observation.timings.dns.is_some());
    assert!(result.observation.connects.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn name_resolving_to_the_wrong_address() {
    // The name points at a loopback address where nothing listens; the user expects 127.0.0.1.
    let server = common::ws_server().await;
    let port = server.addr.port();
    let dns = common::dns_server(vec![("app.netdoctor.test", IpAddr::from([127, 0, 0, 3]))]).await;
    let probe = ProbeSettings {
        dns_server: Some(dns.addr),
        expect_ips: vec![IpAddr::from([127, 0, 0, 1])],
        ..settings(2000)
    };
    let result = run(&format!("ws://app.netdoctor.test:{port}/"), &probe).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Refused);
    assert_eq!(top(&result), CauseId::RefusedDnsWrongIp);
    assert!(matches!(
        &result.diagnosis.causes[0].evidence[0],
        Evidence::DnsMismatch { resolved, expected, .. }
            if resolved == &vec![IpAddr::from([127, 0, 0, 3])] && expected == &vec![IpAddr::from([127, 0, 0, 1])]
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_targets_get_a_get_request() {
    let server = common::http_server("HTTP/1.1 200 OK", "", "hello").await;
    let result = run(&format!("http://{}/health", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Ok);
    assert!(sent_text(&result).starts_with("GET /health HTTP/1.1\r\n"));
    let requests = server.requests_text();
    assert!(
        requests
            .iter()
            .any(|r| r.contains("User-Agent: netdoctor/"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tcp_banner_is_ok_and_recorded() {
    let server = common::banner_server(b"220 mail.netdoctor.test ESMTP\r\n").await;
    let result = run(&format!("tcp://{}", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Ok);
    assert!(result.observation.captured.received.starts_with(b"220 "));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wss_to_self_signed_server_names_the_certificate() {
    let server = common::tls_server().await;
    let result = run(&format!("wss://{}/", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    assert_eq!(top(&result), CauseId::TlsErrorSelfSigned);
    // Behind the certificate the WebSocket works; the upgrade bytes are the decrypted ones.
    assert!(
        result
            .observation
            .captured
            .received
            .starts_with(b"HTTP/1.1 101")
    );
}
