//! Hostile and broken peers: every check ends on time, stays bounded and never panics.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use netdoctor::context::LocalContext;
use netdoctor::diagnose::{CauseId, Verdict};
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::engine::{CheckResult, check};
use netdoctor::target::Target;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TIMEOUT_MS: u64 = 700;
/// Follow-ups may add one more (shorter) wait after the main probe's timeout.
const MARGIN: Duration = Duration::from_millis(TIMEOUT_MS + 1500);

fn settings() -> ProbeSettings {
    ProbeSettings {
        timeout: Duration::from_millis(TIMEOUT_MS),
        ..ProbeSettings::default()
    }
}

/// Runs a check and asserts the universal properties: bounded time and bounded capture.
async fn bounded(url: &str) -> CheckResult {
    let started = Instant::now();
    let target = Target::parse(url).expect("target");
    let result = check(
        target,
        &settings(),
        Arc::new(LocalContext::gather()),
        &|_| {},
    )
    .await;
    let elapsed = started.elapsed();
    assert!(
        elapsed < Duration::from_millis(TIMEOUT_MS) + MARGIN,
        "{url}: {elapsed:?}"
    );
    let cap = ProbeSettings::default().capture_limit;
    assert!(result.observation.captured.received.len() <= cap);
    assert!(result.observation.captured.sent.len() <= cap);
    result
}

fn any_addr() -> SocketAddr {
    "127.0.0.1:0".parse().expect("addr")
}

/// A server that reads the request head, then writes `reply` and closes gracefully.
async fn replying(reply: &'static [u8]) -> common::Fixture {
    common::custom_server(any_addr(), move |mut stream, mut rec| async move {
        let _ = common::read_head(&mut stream, &mut rec).await;
        let _ = stream.write_all(reply).await;
        common::linger_close(&mut stream, &mut rec).await;
    })
    .await
}

/// A server that answers the first bytes it gets with `reply`, without waiting for a head.
async fn answering_at_once(reply: &'static [u8]) -> common::Fixture {
    common::custom_server(any_addr(), move |mut stream, mut rec| async move {
        let mut buf = [0u8; 1024];
        if stream.read(&mut buf).await.unwrap_or(0) > 0 {
            let _ = stream.write_all(reply).await;
        }
        common::linger_close(&mut stream, &mut rec).await;
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_bytes_after_connect() {
    let server = common::endless_server().await;
    for scheme in ["ws", "http", "tcp"] {
        let result = bounded(&format!("{scheme}://{}/", server.addr)).await;
        if scheme != "tcp" {
            assert_eq!(
                result.diagnosis.verdict,
                Verdict::ProtocolMismatch,
                "{scheme}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_bytes_after_the_upgrade_request() {
    let server = common::endless_http_header_server().await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    assert!(result.observation.captured.received_truncated);
    assert_eq!(
        result.diagnosis.top().map(|c| c.id),
        Some(CauseId::ProtocolMismatchInvalidHttpResponse)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_byte_per_second_is_ended_by_the_phase_timeout() {
    let server = common::slow_server(
        b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
        Duration::from_secs(1),
    )
    .await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    assert_ne!(result.diagnosis.verdict, Verdict::Ok);
    assert!(result.observation.captured.received.len() <= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_mebibyte_header_line_is_capped() {
    let mut reply = b"HTTP/1.1 200 OK\r\nX-Big: ".to_vec();
    reply.extend(std::iter::repeat_n(b'a', 1024 * 1024));
    reply.extend_from_slice(b"\r\n\r\n");
    let reply: &'static [u8] = Box::leak(reply.into_boxed_slice());
    let server = replying(reply).await;
    for scheme in ["ws", "http"] {
        let result = bounded(&format!("{scheme}://{}/", server.addr)).await;
        assert!(result.observation.captured.received_truncated, "{scheme}");
        assert_eq!(
            result.diagnosis.top().map(|c| c.id),
            Some(CauseId::ProtocolMismatchInvalidHttpResponse),
            "{scheme}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_and_nul_in_the_status_line() {
    let server = replying(b"HTTP/1.1 200 \xff\xfe\x00OK\r\nServer: \x00\xff\r\n\r\n").await;
    for scheme in ["ws", "http"] {
        let result = bounded(&format!("{scheme}://{}/", server.addr)).await;
        assert_eq!(
            result.diagnosis.verdict,
            Verdict::ProtocolMismatch,
            "{scheme}"
        );
        assert!(result.observation.captured.received.contains(&0));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_record_of_garbage() {
    let server = answering_at_once(b"\x16\x03\x03\x00\x05\xde\xad\xbe\xef\x00").await;
    let result = bounded(&format!("wss://{}/", server.addr)).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::TlsError,
        "{:?}",
        result.diagnosis
    );
    let plain = bounded(&format!("ws://{}/", server.addr)).await;
    assert_eq!(
        plain.diagnosis.top().map(|c| c.id),
        Some(CauseId::ProtocolMismatchPlainToTls)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_alert() {
    // A fatal handshake_failure alert in answer to the ClientHello.
    let server = answering_at_once(b"\x15\x03\x03\x00\x02\x02\x28").await;
    let result = bounded(&format!("wss://{}/", server.addr)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    assert_eq!(
        result.diagnosis.top().map(|c| c.id),
        Some(CauseId::TlsErrorHandshakeFailed)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rst_right_after_connect() {
    let server = common::reset_on_accept_server().await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    // The RST may land before or after the connect completes; either way it is a reset.
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::Reset,
        "{:?}",
        result.diagnosis
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_close_before_replying() {
    let server = common::custom_server(any_addr(), |mut stream, mut rec| async move {
        let _ = stream.shutdown().await;
        common::drain(&mut stream, &mut rec).await;
    })
    .await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    assert_eq!(
        result.diagnosis.top().map(|c| c.id),
        Some(CauseId::ResetClosedWithoutReply)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accept_then_close_without_a_byte() {
    let server = common::close_on_accept_server().await;
    for scheme in ["ws", "http", "tcp"] {
        let result = bounded(&format!("{scheme}://{}/", server.addr)).await;
        assert_eq!(result.diagnosis.verdict, Verdict::Reset, "{scheme}");
        assert!(result.observation.captured.received.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_protocols_with_a_wrong_accept_key() {
    let server = replying(
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n",
    )
    .await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    assert_eq!(
        result.diagnosis.top().map(|c| c.id),
        Some(CauseId::ProtocolMismatchBadUpgrade)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bare_101_status_line() {
    let server = replying(b"HTTP/1.1 101\r\n\r\n").await;
    let result = bounded(&format!("ws://{}/", server.addr)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert!(
        !result
            .observation
            .handshake
            .as_ref()
            .is_some_and(|h| h.upgraded)
    );
}

/// A 404 to the upgrade from a server that keeps every connection open, whatever
/// `Connection: close` says: the Engine.IO follow-up's requests all wait out the
/// timeout, and must do so side by side, not one after another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_404_that_keeps_the_connection_open_is_still_bounded() {
    let server = common::custom_server(any_addr(), |mut stream, mut rec| async move {
        let _ = common::read_head(&mut stream, &mut rec).await;
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nNot Found")
            .await;
        common::drain(&mut stream, &mut rec).await;
    })
    .await;
    let result = bounded(&format!("ws://{}/app/chat", server.addr)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    // The follow-up did run: one request for each mount it looks at, all `EIO=4`
    // (a 404 is no version refusal, so the older protocol is not asked).
    let polls: Vec<String> = server
        .requests_text()
        .into_iter()
        .filter(|r| r.contains("transport=polling"))
        .collect();
    assert_eq!(polls.len(), 3, "{polls:?}");
    assert!(polls.iter().all(|r| r.contains("EIO=4")), "{polls:?}");
}

/// Starts a run of `count` probes of the same `ws://` address, events to the receiver.
fn start_run(
    addr: SocketAddr,
    count: u64,
    run_id: u64,
    timeout: Duration,
    concurrency: usize,
    waiting: usize,
) -> (
    netdoctor::engine::RunHandle,
    tokio::sync::mpsc::UnboundedReceiver<netdoctor::engine::ProbeEvent>,
) {
    let endpoints = (0..count)
        .map(|id| netdoctor::engine::EndpointSpec {
            id,
            target: Target::parse(&format!("ws://{addr}/")).expect("target"),
            timeout: None,
            expect_ips: vec![],
        })
        .collect();
    let request = netdoctor::engine::RunRequest {
        run_id,
        endpoints,
        settings: ProbeSettings {
            timeout,
            ..ProbeSettings::default()
        },
        concurrency,
        waiting,
    };
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let handle =
        netdoctor::engine::spawn_run(&tokio::runtime::Handle::current(), request, Arc::new(tx));
    (handle, rx)
}

/// Follows a run's events to its end: the most endpoints in flight at once, and how
/// many finished. In flight = between an endpoint's first phase and the end of its
/// main probe: the follow-up step (or the result, when there is none).
async fn peak_in_flight(
    rx: &mut tokio::sync::mpsc::UnboundedReceiver<netdoctor::engine::ProbeEvent>,
    expected_run: u64,
) -> (usize, usize) {
    let mut started = std::collections::HashSet::new();
    let mut ended = std::collections::HashSet::new();
    let (mut in_flight, mut peak, mut finished) = (0usize, 0usize, 0usize);
    while let Some(event) = rx.recv().await {
        match event {
            netdoctor::engine::ProbeEvent::Phase {
                endpoint_id, phase, ..
            } => {
                if phase == netdoctor::engine::probe::Phase::FollowUp {
                    if ended.insert(endpoint_id) {
                        in_flight -= 1;
                    }
                } else if started.insert(endpoint_id) {
                    in_flight += 1;
                    peak = peak.max(in_flight);
                }
            }
            netdoctor::engine::ProbeEvent::Finished {
                run_id,
                endpoint_id,
                ..
            } => {
                assert_eq!(run_id, expected_run);
                if ended.insert(endpoint_id) {
                    in_flight -= 1;
                }
                finished += 1;
            }
            netdoctor::engine::ProbeEvent::RunFinished { cancelled, .. } => {
                assert!(!cancelled);
                break;
            }
        }
    }
    (peak, finished)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrency_is_respected() {
    // Silent servers hold every probe for its whole timeout, so probes overlap as much
    // as the limit allows. The follow-ups draw on a pool of their own, so the next
    // target need not wait for them; with no waiting room, nothing else frees a slot.
    let server = common::silent_server().await;
    let (handle, mut rx) = start_run(server.addr, 40, 7, Duration::from_millis(150), 4, 0);
    let (peak, finished) = peak_in_flight(&mut rx, 7).await;
    handle.join().await;
    assert_eq!(finished, 40);
    assert!(peak >= 2, "probes ran one by one: peak {peak}");
    assert!(peak <= 4, "peak {peak} exceeds the limit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_target_waiting_on_silence_gives_its_slot_to_the_next() {
    // Every request meets silence for the whole timeout: past the hand-off, each
    // target waits in the waiting room and the next one starts, up to both bounds.
    let server = common::silent_server().await;
    let (handle, mut rx) = start_run(server.addr, 24, 8, Duration::from_millis(600), 3, 6);
    let (peak, finished) = peak_in_flight(&mut rx, 8).await;
    handle.join().await;
    assert_eq!(finished, 24);
    assert!(
        peak > 3,
        "no target left the limit while it waited: peak {peak}"
    );
    assert!(
        peak <= 9,
        "peak {peak} exceeds the limit and the waiting room"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_run_reports_nothing_more() {
    let server = common::silent_server().await;
    let (handle, mut rx) = start_run(server.addr, 20, 9, Duration::from_secs(30), 2, 0);
    // Wait until probes are under way, then cancel: the run must end at once, not in 30 s.
    while let Some(event) = rx.recv().await {
        if matches!(
            event,
            netdoctor::engine::ProbeEvent::Phase {
                phase: netdoctor::engine::probe::Phase::Handshake,
                ..
            }
        ) {
            break;
        }
    }
    handle.cancel();
    let mut finished_after_cancel = 0;
    while let Some(event) = rx.recv().await {
        match event {
            netdoctor::engine::ProbeEvent::RunFinished { cancelled, .. } => {
                assert!(cancelled);
                break;
            }
            netdoctor::engine::ProbeEvent::Finished { .. } => finished_after_cancel += 1,
            netdoctor::engine::ProbeEvent::Phase { .. } => {}
        }
    }
    assert_eq!(finished_after_cancel, 0);
    handle.join().await;
}
