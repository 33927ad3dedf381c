use super::support::{classify, connected, first};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::observation::{
    HandshakeEnd, HandshakeKind, NetError, NetErrorKind, Observation, TlsFailure,
};

/// A `wss://` connection whose TLS handshake failed with `failure` after `received`.
fn tls_failed(failure: TlsFailure, received: &[u8]) -> Observation {
    connected(
        "wss://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"",
    )
    .tls_fails(failure, received)
    .build()
}

#[test]
fn tls_to_plain_http_is_tls_to_plain() {
    let obs = tls_failed(TlsFailure::NotTls, b"HTTP/1.1 400 Bad Request\r\n\r\n");
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchTlsToPlain
        )
    );
}

#[test]
fn tls_failures_by_kind() {
    let alert = tls_failed(TlsFailure::Alert("HandshakeFailure".into()), b"");
    assert_eq!(
        first(&alert),
        (Verdict::TlsError, CauseId::TlsErrorHandshakeFailed)
    );
    let version = tls_failed(TlsFailure::ProtocolVersion, b"");
    assert_eq!(
        first(&version),
        (Verdict::TlsError, CauseId::TlsErrorProtocolVersion)
    );
    let reset = tls_failed(TlsFailure::Io(NetError::new(NetErrorKind::Reset)), b"");
    assert_eq!(
        first(&reset),
        (Verdict::Reset, CauseId::ResetDuringHandshake)
    );
    let silent = tls_failed(TlsFailure::Io(NetError::new(NetErrorKind::TimedOut)), b"");
    assert_eq!(
        first(&silent),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSilentServer
        )
    );
}

#[test]
fn protocol_version_evidence_reads_the_server_reply() {
    // ServerHello choosing TLS 1.0: record header, handshake type 2, length, version.
    let hello = [22, 3, 1, 0, 42, 2, 0, 0, 38, 3, 1];
    let d = classify(&tls_failed(TlsFailure::ProtocolVersion, &hello));
    assert_eq!(
        d.causes[0].evidence,
        vec![Evidence::TlsServerVersion {
            version: "TLS 1.0".into()
        }]
    );
    let alert = [21, 3, 3, 0, 2, 2, 70];
    let d = classify(&tls_failed(TlsFailure::ProtocolVersion, &alert));
    assert_eq!(d.causes[0].evidence, vec![Evidence::TlsVersionAlert]);
}

/// Every rule test above, for the catalogue coverage test.
pub(super) const TESTS: &[fn()] = &[
    tls_to_plain_http_is_tls_to_plain,
    tls_failures_by_kind,
    protocol_version_evidence_reads_the_server_reply,
];
