use super::support::{addr, classify, connected, first, upgraded};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::observation::{HandshakeEnd, HandshakeKind};

#[test]
fn websocket_to_banner_is_invalid_http_response() {
    let obs = connected(
        "ws://127.0.0.1:22/",
        "127.0.0.1:22",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"SSH-2.0-OpenSSH_9.6\r\n",
    )
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchInvalidHttpResponse
        )
    );
}

#[test]
fn websocket_getting_tls_alert_is_plain_to_tls() {
    let obs = connected(
        "ws://127.0.0.1:443/",
        "127.0.0.1:443",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        &[21, 3, 3, 0, 2, 2, 50],
    )
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchPlainToTls
        )
    );
}

#[test]
fn hang_up_on_a_tls_port_is_plain_to_tls() {
    let mut obs = connected(
        "http://127.0.0.1:443/",
        "127.0.0.1:443",
        HandshakeKind::Http,
        HandshakeEnd::Closed,
        b"",
    )
    .build();
    obs.followups.tls_on_port = Some(true);
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchPlainToTls
        )
    );
    obs.followups.tls_on_port = Some(false);
    assert_eq!(
        first(&obs),
        (Verdict::Reset, CauseId::ResetClosedWithoutReply)
    );
}

#[test]
fn silence_is_silent_server() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::TimedOut,
        b"",
    )
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSilentServer
        )
    );
}

#[test]
fn reset_after_request_is_reset_during_handshake() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Reset,
        b"",
    )
    .build();
    assert_eq!(first(&obs), (Verdict::Reset, CauseId::ResetDuringHandshake));
}

#[test]
fn upgraded_is_ok_without_causes() {
    let obs = upgraded("ws://127.0.0.1:9000/", "127.0.0.1:9000").build();
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Ok);
    assert!(d.causes.is_empty());
}

#[test]
fn bad_accept_key_is_bad_upgrade() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\n\r\n",
    )
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchBadUpgrade
        )
    );
}

#[test]
fn http_statuses() {
    let ok = connected(
        "http://127.0.0.1:80/",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 200 OK\r\n\r\n",
    )
    .build();
    assert_eq!(classify(&ok).verdict, Verdict::Ok);
    let missing = connected(
        "http://127.0.0.1:80/x",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\n\r\n",
    )
    .build();
    assert_eq!(first(&missing), (Verdict::Error, CauseId::ErrorHttpStatus));
}

#[test]
fn tcp_greeting_or_silence_is_ok_but_hang_up_is_not() {
    for (end, bytes) in [
        (HandshakeEnd::Completed, &b"SSH-2.0-x\r\n"[..]),
        (HandshakeEnd::TimedOut, &b""[..]),
    ] {
        let obs = connected(
            "tcp://127.0.0.1:22",
            "127.0.0.1:22",
            HandshakeKind::Greeting,
            end,
            bytes,
        )
        .build();
        assert_eq!(classify(&obs).verdict, Verdict::Ok);
    }
    let obs = connected(
        "tcp://127.0.0.1:22",
        "127.0.0.1:22",
        HandshakeKind::Greeting,
        HandshakeEnd::Closed,
        b"",
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Reset, CauseId::ResetClosedWithoutReply)
    );
}

#[test]
fn endless_http_head_is_invalid_http_response() {
    let mut obs = connected(
        "http://127.0.0.1:80/",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::CaptureFull,
        b"HTTP/1.1 200 OK\r\nX-Long: aaaaaaaa",
    )
    .build();
    obs.captured.received_truncated = true;
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchInvalidHttpResponse
        )
    );
}

#[test]
fn cdn_error_page_means_the_origin_is_unreachable() {
    for (kind, url) in [
        (HandshakeKind::WebSocket, "ws://127.0.0.1:8282/"),
        (HandshakeKind::Http, "http://127.0.0.1:8282/"),
    ] {
        let obs = connected(
            url,
            "127.0.0.1:8282",
            kind,
            HandshakeEnd::Completed,
            b"HTTP/1.1 521 Web Server Is Down\r\nServer: cloudflare\r\nCF-RAY: 8a1b-AMS\r\n\r\n",
        )
        .build();
        assert_eq!(
            first(&obs),
            (Verdict::Error, CauseId::ErrorCdnOriginUnreachable)
        );
    }
    // A plain 521 without the CDN's marks is just an HTTP error.
    let plain = connected(
        "http://127.0.0.1:8282/",
        "127.0.0.1:8282",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 521 Odd\r\n\r\n",
    )
    .build();
    assert!(!classify(&plain).has(CauseId::ErrorCdnOriginUnreachable));
}

#[test]
fn hang_up_on_accept_names_the_container_bind_next_to_closed_without_reply() {
    let mut obs = connected(
        "ws://127.0.0.1:8080/",
        "127.0.0.1:8080",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        b"",
    )
    .build();
    obs.followups.tls_on_port = Some(false);
    obs.followups.hang_up_on_accept = Some(true);
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Reset);
    assert_eq!(d.causes[0].id, CauseId::ResetClosedWithoutReply);
    let container = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::ResetLoopbackOnlyBindInContainer)
        .expect("container cause listed");
    assert!(container.score >= 0.7);
    assert!(container.evidence.contains(&Evidence::HangUpOnAccept {
        addr: addr("127.0.0.1:8080")
    }));
    // A server that waits for the request and closes after it is something else.
    obs.followups.hang_up_on_accept = Some(false);
    assert!(!classify(&obs).has(CauseId::ResetLoopbackOnlyBindInContainer));
}

/// Every rule test above, for the catalogue coverage test.
pub(super) const TESTS: &[fn()] = &[
    websocket_to_banner_is_invalid_http_response,
    websocket_getting_tls_alert_is_plain_to_tls,
    hang_up_on_a_tls_port_is_plain_to_tls,
    silence_is_silent_server,
    reset_after_request_is_reset_during_handshake,
    upgraded_is_ok_without_causes,
    bad_accept_key_is_bad_upgrade,
    http_statuses,
    tcp_greeting_or_silence_is_ok_but_hang_up_is_not,
    endless_http_head_is_invalid_http_response,
    cdn_error_page_means_the_origin_is_unreachable,
    hang_up_on_accept_names_the_container_bind_next_to_closed_without_reply,
];
