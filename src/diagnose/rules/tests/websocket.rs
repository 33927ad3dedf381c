use super::support::{classify, connected, first, score_of, scores_ranked};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::observation::reply::sniff;
use crate::observation::{HandshakeEnd, HandshakeKind, Observation};

fn ws_reply(received: &[u8]) -> Observation {
    connected(
        "ws://127.0.0.1:8080/chat",
        "127.0.0.1:8080",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        received,
    )
    .build()
}

#[test]
fn websocket_to_http_404_is_ws_to_http() {
    let obs = connected(
        "ws://127.0.0.1:8282/chat",
        "127.0.0.1:8282",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\nServer: test\r\n\r\n",
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::ProtocolMismatch, CauseId::ProtocolMismatchWsToHttp)
    );
    let d = classify(&obs);
    assert!(d.causes[0].evidence.contains(&Evidence::HttpStatus {
        status_line: "HTTP/1.1 404 Not Found".into()
    }));
}

#[test]
fn websocket_to_cdn_page_also_names_the_cdn() {
    let obs = connected(
        "ws://127.0.0.1:8282/",
        "127.0.0.1:8282",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\nServer: cloudflare\r\nCF-RAY: 1234-AMS\r\n\r\n",
    )
    .build();
    let d = classify(&obs);
    assert_eq!(d.causes[0].id, CauseId::ProtocolMismatchWsToHttp);
    assert!(d.has(CauseId::RefusedCdnProxy));
}

#[test]
fn nginx_426_is_proxy_dropped_upgrade_above_ws_to_http() {
    let obs = ws_reply(
        b"HTTP/1.1 426 Upgrade Required\r\nServer: nginx/1.24.0\r\nUpgrade: websocket\r\n\r\nUpgrade Required",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchProxyDroppedUpgrade
        )
    );
    let d = classify(&obs);
    assert!(
        d.causes[0]
            .evidence
            .contains(&Evidence::ReverseProxyHeader {
                name: "server".into(),
                value: "nginx/1.24.0".into()
            })
    );
    assert!(
        d.causes[0]
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::UpgradeLost { .. }))
    );
    assert!(d.has(CauseId::ProtocolMismatchWsToHttp));
    scores_ranked(&obs);
}

#[test]
fn proxy_without_upgrade_hints_stays_below_ws_to_http() {
    // nginx's own 404: the location is missing, not the upgrade headers.
    let obs = ws_reply(b"HTTP/1.1 404 Not Found\r\nServer: nginx\r\n\r\n");
    assert_eq!(
        first(&obs),
        (Verdict::ProtocolMismatch, CauseId::ProtocolMismatchWsToHttp)
    );
    assert!(score_of(&obs, CauseId::ProtocolMismatchProxyDroppedUpgrade).is_some_and(|s| s < 0.92));
    // A plain server without any proxy sign does not name a proxy at all.
    let plain = ws_reply(b"HTTP/1.0 404 File not found\r\nServer: SimpleHTTP/0.6\r\n\r\n");
    assert_eq!(
        score_of(&plain, CauseId::ProtocolMismatchProxyDroppedUpgrade),
        None
    );
    // 426 with Sec-WebSocket-Version is a version mismatch, not a lost upgrade.
    let version = ws_reply(b"HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 8\r\n\r\n");
    assert_eq!(
        score_of(&version, CauseId::ProtocolMismatchProxyDroppedUpgrade),
        None
    );
}

#[test]
fn engine_io_error_body_is_socketio_endpoint() {
    let obs = ws_reply(
        b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n{\"code\":0,\"message\":\"Transport unknown\"}",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSocketioEndpoint
        )
    );
    let path_only = connected(
        "ws://127.0.0.1:3000/socket.io/",
        "127.0.0.1:3000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 400 Bad Request\r\n\r\n",
    )
    .build();
    let d = classify(&path_only);
    assert!(d.has(CauseId::ProtocolMismatchSocketioEndpoint));
    assert!(
        d.causes
            .iter()
            .any(|c| c.evidence.contains(&Evidence::SocketIoPath {
                path: "/socket.io/".into()
            }))
    );
    // Over plain HTTP an Engine.IO error is a mismatch too.
    let http = connected(
        "http://127.0.0.1:3000/socket.io/",
        "127.0.0.1:3000",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 400 Bad Request\r\n\r\n{\"code\":0,\"message\":\"Transport unknown\"}",
    )
    .build();
    assert_eq!(
        first(&http),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSocketioEndpoint
        )
    );
}

#[test]
fn forbidden_upgrade_accepted_with_origin_is_origin_rejected() {
    let mut obs = ws_reply(b"HTTP/1.1 403 Forbidden\r\n\r\n");
    // Without the follow-up a 403 is only a candidate.
    assert!(score_of(&obs, CauseId::ProtocolMismatchOriginRejected).is_some_and(|s| s < 0.92));
    obs.followups.origin_retry = Some((
        "http://127.0.0.1:8080".into(),
        sniff(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"),
    ));
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchOriginRejected
        )
    );
    let d = classify(&obs);
    assert!(d.causes[0].evidence.contains(&Evidence::OriginRetry {
        origin: Some("http://127.0.0.1:8080".into()),
        status: "HTTP/1.1 101 Switching Protocols".into()
    }));
    assert!(d.causes[0].evidence.contains(&Evidence::OriginRetry {
        origin: None,
        status: "HTTP/1.1 403 Forbidden".into()
    }));
    // The same 403 with the Origin too: not an Origin problem.
    obs.followups.origin_retry = Some((
        "http://127.0.0.1:8080".into(),
        sniff(b"HTTP/1.1 403 Forbidden\r\n\r\n"),
    ));
    assert_eq!(
        score_of(&obs, CauseId::ProtocolMismatchOriginRejected),
        None
    );
}

#[test]
fn subprotocol_demanded_or_imposed_is_subprotocol() {
    let demanded = ws_reply(
        b"HTTP/1.1 400 Bad Request\r\n\r\nmissing Sec-WebSocket-Protocol: expected graphql-transport-ws",
    );
    assert_eq!(
        first(&demanded),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSubprotocol
        )
    );
    let imposed = ws_reply(
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: x\r\nSec-WebSocket-Protocol: graphql-ws\r\n\r\n",
    );
    assert_eq!(
        first(&imposed),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSubprotocol
        )
    );
    assert!(classify(&imposed).has(CauseId::ProtocolMismatchBadUpgrade));
}

/// Every rule test above, for the catalogue coverage test.
#[test]
fn engine_io_answering_the_polling_probe_ranks_socketio_first() {
    let mut obs = ws_reply(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nNot Found");
    assert_ne!(first(&obs).1, CauseId::ProtocolMismatchSocketioEndpoint);
    obs.followups.engineio = Some((
        "/socket.io/?EIO=4&transport=polling".into(),
        "0{\"sid\":\"abc\",\"upgrades\":[\"websocket\"]}".into(),
    ));
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSocketioEndpoint
        )
    );
    assert!(
        classify(&obs).causes[0]
            .evidence
            .contains(&Evidence::SocketIoAnswersAt {
                path: "/socket.io/?EIO=4&transport=polling".into()
            })
    );
}

pub(super) const TESTS: &[fn()] = &[
    engine_io_answering_the_polling_probe_ranks_socketio_first,
    websocket_to_http_404_is_ws_to_http,
    websocket_to_cdn_page_also_names_the_cdn,
    nginx_426_is_proxy_dropped_upgrade_above_ws_to_http,
    proxy_without_upgrade_hints_stays_below_ws_to_http,
    engine_io_error_body_is_socketio_endpoint,
    forbidden_upgrade_accepted_with_origin_is_origin_rejected,
    subprotocol_demanded_or_imposed_is_subprotocol,
];
