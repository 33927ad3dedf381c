//! Connected (and TLS done): what the protocol step's reply, or its absence, says.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::reply::{HttpHead, Reply};
use crate::observation::{Handshake, HandshakeEnd, HandshakeKind, Observation};

use super::common::{Causes, millis, unexpected};
use super::listeners::container_proxy_evidence;
use super::proxy::cdn_header_evidence;
use super::score::{
    CLEAR, DOUBTFUL, EVEN, JUST_BELOW_LIKELY, JUST_BELOW_POSSIBLE, LEANING, LIKELY, POSSIBLE,
    REMOTE, SHOWN, STRONG, VERY_STRONG,
};
use super::upstream::{http2_evidence, proxy_upstream_evidence, redirect_evidence};
use super::websocket::{reply_body, socketio_evidence, websocket_rejected};

/// Cloudflare's own error pages: the edge answered, the origin behind it did not.
fn cdn_origin_error(head: &HttpHead) -> bool {
    matches!(head.status, 520..=527 | 530)
        && (head.header("cf-ray").is_some()
            || head
                .header("server")
                .is_some_and(|s| s.eq_ignore_ascii_case("cloudflare")))
}

pub(super) fn reply_evidence(reply: &Reply) -> Vec<Evidence> {
    match reply {
        Reply::Http(head) => {
            let mut evidence = vec![Evidence::HttpStatus {
                status_line: head.status_line(),
            }];
            for name in ["server", "upgrade"] {
                if let Some(value) = head.header(name) {
                    evidence.push(Evidence::HttpHeader {
                        name: name.to_owned(),
                        value: value.to_owned(),
                    });
                }
            }
            evidence
        }
        Reply::Banner { kind, line } => vec![Evidence::NonHttpReply {
            kind: *kind,
            line: line.clone(),
        }],
        Reply::Binary { len } => vec![Evidence::BinaryReply { len: *len }],
        Reply::Tls(_) => vec![Evidence::TlsRecordReply],
        Reply::Nothing => vec![],
    }
}

pub(super) fn handshake_diagnosis(obs: &Observation, hs: &Handshake) -> Diagnosis {
    let mut causes = Causes::new();
    let sent = obs.captured.sent.len();
    let truncated = obs
        .captured
        .received_truncated
        .then_some(Evidence::ReplyTruncated {
            limit: obs.capture_limit.min(obs.captured.received.len()),
        });
    let tls_on_port = obs.followups.tls_on_port == Some(true);
    let tls_evidence = || -> Vec<Evidence> {
        obs.peer
            .filter(|_| tls_on_port)
            .map(|addr| Evidence::TlsWorksOnPort { addr })
            .into_iter()
            .collect()
    };
    if hs.upgraded {
        return causes.finish(Verdict::Ok);
    }
    let mut evidence = reply_evidence(&hs.reply);
    evidence.extend(truncated);
    // A reply that starts like HTTP and stops before its head ends is a stall (of the
    // server or a proxy), not "something that is not HTTP".
    let received = &obs.captured.received;
    let http_start = received.starts_with(b"HTTP/") || b"HTTP/".starts_with(received);
    let head_open = !received.windows(4).any(|w| w == b"\r\n\r\n");
    if !received.is_empty()
        && http_start
        && head_open
        && !obs.captured.received_truncated
        && matches!(hs.kind, HandshakeKind::WebSocket | HandshakeKind::Http)
        && matches!(
            hs.end,
            HandshakeEnd::TimedOut | HandshakeEnd::Closed | HandshakeEnd::Reset
        )
    {
        let stalled = Evidence::ReplyStalled {
            len: received.len(),
            closed: !matches!(hs.end, HandshakeEnd::TimedOut),
        };
        let mut found = vec![stalled];
        found.extend(
            evidence
                .into_iter()
                .filter(|e| !matches!(e, Evidence::NonHttpReply { .. })),
        );
        causes.add(CauseId::ProtocolMismatchInvalidHttpResponse, CLEAR, found);
        return causes.finish(Verdict::ProtocolMismatch);
    }
    let upstream = match &hs.reply {
        Reply::Http(head) => proxy_upstream_evidence(head, &reply_body(&obs.captured.received)),
        _ => None,
    };
    let redirect = match (&hs.reply, hs.kind) {
        (Reply::Http(head), HandshakeKind::WebSocket) => redirect_evidence(head),
        _ => None,
    };
    let http2 = match (&hs.reply, hs.kind) {
        (Reply::Binary { .. }, HandshakeKind::WebSocket | HandshakeKind::Http) => {
            http2_evidence(&obs.captured.received)
        }
        _ => None,
    };
    if let Some(found) = upstream {
        evidence.extend(found);
        causes.add(CauseId::ErrorProxyUpstreamDown, SHOWN, evidence);
        return causes.finish(Verdict::Error);
    }
    if let Some(found) = redirect {
        evidence.push(found);
        causes.add(CauseId::ProtocolMismatchRedirect, SHOWN, evidence);
        return causes.finish(Verdict::ProtocolMismatch);
    }
    if let Some(found) = http2 {
        evidence.extend(found);
        causes.add(CauseId::ProtocolMismatchHttp2Only, SHOWN, evidence);
        return causes.finish(Verdict::ProtocolMismatch);
    }
    match (&hs.reply, hs.kind) {
        // A head that never ends, or does not parse, breaks every client.
        (Reply::Http(head), HandshakeKind::WebSocket | HandshakeKind::Http) if !head.complete => {
            causes.add(
                CauseId::ProtocolMismatchInvalidHttpResponse,
                CLEAR,
                evidence,
            );
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Http(head), HandshakeKind::WebSocket | HandshakeKind::Http)
            if cdn_origin_error(head) =>
        {
            let mut cdn = vec![Evidence::CdnOriginError {
                status: head.status,
            }];
            cdn.extend(cdn_header_evidence(&hs.reply));
            causes.add(CauseId::ErrorCdnOriginUnreachable, VERY_STRONG, cdn);
            if hs.kind == HandshakeKind::WebSocket {
                causes.add(CauseId::ProtocolMismatchWsToHttp, REMOTE, evidence);
            } else {
                causes.add(CauseId::ErrorHttpStatus, DOUBTFUL, evidence);
            }
            causes.finish(Verdict::Error)
        }
        (Reply::Http(head), HandshakeKind::WebSocket) if head.status == 101 => {
            evidence.extend(hs.ws_error.iter().map(|detail| Evidence::UpgradeRejected {
                detail: detail.clone(),
            }));
            // netdoctor offers no subprotocol; a server that picks one anyway breaks the upgrade.
            if let Some(protocol) = head.header("sec-websocket-protocol") {
                let mut sub = vec![Evidence::SubprotocolUnrequested {
                    protocol: protocol.to_owned(),
                }];
                sub.extend(evidence.iter().cloned());
                causes.add(CauseId::ProtocolMismatchSubprotocol, SHOWN, sub);
            }
            causes.add(CauseId::ProtocolMismatchBadUpgrade, CLEAR, evidence);
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Http(head), HandshakeKind::WebSocket) => {
            websocket_rejected(obs, head, evidence, causes)
        }
        (Reply::Http(head), HandshakeKind::Http) => {
            if head.status < 400 {
                return causes.finish(Verdict::Ok);
            }
            let socketio = socketio_evidence(obs, head);
            let verdict = match socketio {
                Some((score, found)) if score >= STRONG => {
                    causes.add(CauseId::ProtocolMismatchSocketioEndpoint, score, found);
                    Verdict::ProtocolMismatch
                }
                _ => Verdict::Error,
            };
            causes.add(CauseId::ErrorHttpStatus, LIKELY, evidence);
            let cdn = cdn_header_evidence(&hs.reply);
            if !cdn.is_empty() {
                causes.add(CauseId::RefusedCdnProxy, EVEN, cdn);
            }
            causes.finish(verdict)
        }
        (_, HandshakeKind::Greeting) => greeting_diagnosis(obs, hs, sent, causes),
        (Reply::Tls(_), _) => {
            evidence.extend(tls_evidence());
            causes.add(CauseId::ProtocolMismatchPlainToTls, SHOWN, evidence);
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Banner { .. } | Reply::Binary { .. }, _) => {
            if tls_on_port {
                let mut tls = tls_evidence();
                tls.extend(evidence.iter().cloned());
                causes.add(CauseId::ProtocolMismatchPlainToTls, STRONG, tls);
                causes.add(
                    CauseId::ProtocolMismatchInvalidHttpResponse,
                    POSSIBLE,
                    evidence,
                );
            } else {
                causes.add(
                    CauseId::ProtocolMismatchInvalidHttpResponse,
                    STRONG,
                    evidence,
                );
            }
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Nothing, _) => match &hs.end {
            HandshakeEnd::Closed if tls_on_port => {
                let mut tls = tls_evidence();
                tls.push(Evidence::ClosedWithoutReply { bytes_sent: sent });
                causes.add(CauseId::ProtocolMismatchPlainToTls, STRONG, tls);
                causes.add(CauseId::ResetClosedWithoutReply, DOUBTFUL, vec![]);
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Reset if tls_on_port => {
                let mut tls = tls_evidence();
                tls.push(Evidence::ResetAfterRequest { bytes_sent: sent });
                causes.add(CauseId::ProtocolMismatchPlainToTls, STRONG, tls);
                causes.add(CauseId::ResetDuringHandshake, EVEN, vec![]);
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Closed => {
                causes.add(
                    CauseId::ResetClosedWithoutReply,
                    LIKELY,
                    vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
                );
                container_bind(
                    obs,
                    &mut causes,
                    JUST_BELOW_LIKELY,
                    Evidence::ClosedWithoutReply { bytes_sent: sent },
                );
                causes.finish(Verdict::Reset)
            }
            HandshakeEnd::Reset => {
                causes.add(
                    CauseId::ResetDuringHandshake,
                    STRONG,
                    vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
                );
                container_bind(
                    obs,
                    &mut causes,
                    LEANING,
                    Evidence::ResetAfterRequest { bytes_sent: sent },
                );
                causes.finish(Verdict::Reset)
            }
            HandshakeEnd::TimedOut | HandshakeEnd::Completed | HandshakeEnd::CaptureFull => {
                causes.add(
                    CauseId::ProtocolMismatchSilentServer,
                    STRONG,
                    vec![Evidence::Silence {
                        ms: millis(obs.timeout),
                    }],
                );
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Failed(err) => unexpected(vec![Evidence::Message {
                text: err.message.clone(),
            }]),
        },
    }
}

/// A hang-up right after accept: docker-proxy in front of a container bound to 127.0.0.1.
///
/// Listed only when a connection that sent nothing was dropped too (the main
/// `tcp://` probe sends nothing; other probes need the follow-up), or, at a low
/// score, when follow-ups did not run.
pub(super) fn container_bind(obs: &Observation, causes: &mut Causes, score: f32, seen: Evidence) {
    let silent_main = matches!(
        obs.handshake.as_ref().map(|h| h.kind),
        Some(HandshakeKind::Greeting)
    ) && obs.captured.sent.is_empty();
    let hang_up = if silent_main {
        Some(true)
    } else {
        obs.followups.hang_up_on_accept
    };
    // The forwarder holding the port names the container runtime in front.
    let proxy = container_proxy_evidence(obs);
    // A forwarder that hangs up at once has no container server behind it: that
    // outranks every other reading of the hang-up.
    let score = if proxy.is_empty() { score } else { VERY_STRONG };
    match (hang_up, obs.peer) {
        (Some(true), Some(addr)) => causes.add(
            CauseId::ResetLoopbackOnlyBindInContainer,
            score,
            [vec![Evidence::HangUpOnAccept { addr }, seen], proxy].concat(),
        ),
        (None, _) => causes.add(
            CauseId::ResetLoopbackOnlyBindInContainer,
            REMOTE,
            [vec![seen], proxy].concat(),
        ),
        _ => {}
    }
}

fn greeting_diagnosis(
    obs: &Observation,
    hs: &Handshake,
    sent: usize,
    mut causes: Causes,
) -> Diagnosis {
    match (&hs.end, &hs.reply) {
        (HandshakeEnd::Reset, Reply::Nothing) => {
            causes.add(
                CauseId::ResetDuringHandshake,
                LEANING,
                vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
            );
            container_bind(
                obs,
                &mut causes,
                POSSIBLE,
                Evidence::ResetAfterRequest { bytes_sent: sent },
            );
            causes.finish(Verdict::Reset)
        }
        (HandshakeEnd::Closed, Reply::Nothing) => {
            causes.add(
                CauseId::ResetClosedWithoutReply,
                POSSIBLE,
                vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
            );
            container_bind(
                obs,
                &mut causes,
                JUST_BELOW_POSSIBLE,
                Evidence::ClosedWithoutReply { bytes_sent: sent },
            );
            causes.finish(Verdict::Reset)
        }
        // Accepting the connection is success for plain TCP; a banner or silence is fine.
        _ => causes.finish(Verdict::Ok),
    }
}
