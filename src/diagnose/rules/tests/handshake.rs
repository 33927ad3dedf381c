use super::support::{addr, classify, connected, first, ip, upgraded};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::observation::{HandshakeEnd, HandshakeKind, Listener, LocalListeners};

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

#[test]
fn a_container_proxy_holding_the_port_puts_the_container_bind_first() {
    let forwarder = |process: &str| LocalListeners {
        on_port: vec![Listener {
            address: ip("127.0.0.1"),
            port: 8080,
            pid: Some(99),
            process: Some(process.to_owned()),
        }],
        nearest: Vec::new(),
    };
    for (url, kind) in [
        ("http://127.0.0.1:8080/", HandshakeKind::Http),
        ("tcp://127.0.0.1:8080", HandshakeKind::Greeting),
    ] {
        let mut obs = connected(url, "127.0.0.1:8080", kind, HandshakeEnd::Closed, b"").build();
        obs.followups.tls_on_port = Some(false);
        obs.followups.hang_up_on_accept = Some(true);
        obs.local_listeners = Some(forwarder("docker-proxy"));
        let d = classify(&obs);
        assert_eq!(d.verdict, Verdict::Reset, "{kind:?}");
        assert_eq!(
            d.causes[0].id,
            CauseId::ResetLoopbackOnlyBindInContainer,
            "{kind:?}: {d:?}"
        );
        assert!(
            d.causes[0]
                .evidence
                .contains(&Evidence::ContainerProxyListens {
                    addr: addr("127.0.0.1:8080"),
                    owner: "docker-proxy (pid 99)".into(),
                }),
            "{kind:?}: {d:?}"
        );
        // Any other program on the port leaves "closed without a reply" in front.
        obs.local_listeners = Some(forwarder("python3"));
        assert_eq!(
            classify(&obs).causes[0].id,
            CauseId::ResetClosedWithoutReply,
            "{kind:?}"
        );
    }
}

/// Every rule test above, for the catalogue coverage test.
#[test]
fn proxy_error_page_is_proxy_upstream_down() {
    let page = b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n\r\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.22.1</center></body></html>";
    for kind in [HandshakeKind::WebSocket, HandshakeKind::Http] {
        let obs = connected(
            "ws://127.0.0.1:8080/",
            "127.0.0.1:8080",
            kind,
            HandshakeEnd::Completed,
            page,
        )
        .build();
        assert_eq!(
            first(&obs),
            (Verdict::Error, CauseId::ErrorProxyUpstreamDown)
        );
        let d = classify(&obs);
        assert!(
            !d.has(CauseId::ProtocolMismatchWsToHttp),
            "not a plain HTTP server"
        );
        assert!(d.causes[0].evidence.contains(&Evidence::ProxyErrorPage {
            proxy: "nginx".into()
        }));
    }
    // A 502 from an application that names no proxy is just an HTTP status.
    let bare = connected(
        "http://127.0.0.1:8080/",
        "127.0.0.1:8080",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n",
    )
    .build();
    assert!(!classify(&bare).has(CauseId::ErrorProxyUpstreamDown));
}

#[test]
fn redirect_on_the_upgrade_is_redirect() {
    let obs = connected(
        "ws://127.0.0.1:8080/chat",
        "127.0.0.1:8080",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 301 Moved Permanently\r\nServer: nginx\r\nLocation: https://app.test/chat\r\nContent-Length: 0\r\n\r\n",
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::ProtocolMismatch, CauseId::ProtocolMismatchRedirect)
    );
    assert!(
        classify(&obs).causes[0]
            .evidence
            .contains(&Evidence::Redirect {
                status: 301,
                location: "https://app.test/chat".into()
            })
    );
}

#[test]
fn http2_frames_are_http2_only_and_grpc_when_they_say_so() {
    // SETTINGS with gRPC C-core's 0xfe03, then a GOAWAY with debug text.
    let mut frames = vec![
        0, 0, 12, 4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 100, 0xfe, 3, 0, 0, 0, 1,
    ];
    let debug = b"Connect string mismatch";
    frames.extend([
        0,
        0,
        8 + debug.len() as u8,
        7,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
    ]);
    frames.extend(debug);
    let obs = connected(
        "ws://127.0.0.1:50051/",
        "127.0.0.1:50051",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        &frames,
    )
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchHttp2Only
        )
    );
    let evidence = &classify(&obs).causes[0].evidence;
    assert!(evidence.contains(&Evidence::Http2Settings));
    assert!(evidence.contains(&Evidence::GrpcFrames {
        sign: "SETTINGS 0xfe03".into()
    }));
    assert!(evidence.contains(&Evidence::Http2GoAway {
        text: "Connect string mismatch".into()
    }));
    // Plain HTTP/2 without gRPC's signs is not called gRPC.
    let plain = connected(
        "http://127.0.0.1:8080/",
        "127.0.0.1:8080",
        HandshakeKind::Http,
        HandshakeEnd::Closed,
        &[0, 0, 6, 4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 100],
    )
    .build();
    let d = classify(&plain);
    assert_eq!(d.causes[0].id, CauseId::ProtocolMismatchHttp2Only);
    assert!(
        !d.causes[0]
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::GrpcFrames { .. }))
    );
    // Random binary is not HTTP/2.
    let binary = connected(
        "ws://127.0.0.1:9/",
        "127.0.0.1:9",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        &[0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6],
    )
    .build();
    assert!(!classify(&binary).has(CauseId::ProtocolMismatchHttp2Only));
}

#[test]
fn a_reply_that_stalls_mid_head_is_a_stall_not_text() {
    for (bytes, end) in [
        (&b"HTTP/"[..], HandshakeEnd::TimedOut),
        (
            &b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"[..],
            HandshakeEnd::Closed,
        ),
    ] {
        let obs = connected(
            "ws://127.0.0.1:8080/",
            "127.0.0.1:8080",
            HandshakeKind::WebSocket,
            end.clone(),
            bytes,
        )
        .build();
        assert_eq!(
            first(&obs),
            (
                Verdict::ProtocolMismatch,
                CauseId::ProtocolMismatchInvalidHttpResponse
            )
        );
        let evidence = &classify(&obs).causes[0].evidence;
        assert_eq!(
            evidence[0],
            Evidence::ReplyStalled {
                len: bytes.len(),
                closed: end == HandshakeEnd::Closed
            }
        );
        assert!(
            !evidence
                .iter()
                .any(|e| matches!(e, Evidence::NonHttpReply { .. })),
            "{evidence:?}"
        );
    }
}

#[test]
fn a_head_with_many_header_lines_is_http() {
    let mut reply = b"HTTP/1.1 101 Switching Protocols\r\n".to_vec();
    for i in 0..200 {
        reply.extend(format!("X-Header-{i}: {i}\r\n").as_bytes());
    }
    reply.extend(b"\r\n");
    match crate::observation::reply::sniff(&reply) {
        crate::observation::reply::Reply::Http(head) => {
            assert!(head.complete);
            assert_eq!(head.headers.len(), 200);
        }
        other => panic!("not HTTP: {other:?}"),
    }
}

pub(super) const TESTS: &[fn()] = &[
    a_reply_that_stalls_mid_head_is_a_stall_not_text,
    a_head_with_many_header_lines_is_http,
    proxy_error_page_is_proxy_upstream_down,
    redirect_on_the_upgrade_is_redirect,
    http2_frames_are_http2_only_and_grpc_when_they_say_so,
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
    a_container_proxy_holding_the_port_puts_the_container_bind_first,
];
