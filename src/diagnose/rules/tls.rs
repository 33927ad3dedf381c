//! The TLS handshake failed: a plain server, a version or alert, or a hang-up.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::reply::{Reply, TlsRecord, server_hello_version, sniff, tls_version_name};
use crate::observation::{HandshakeEnd, NetErrorKind, Observation, TlsFailure, TlsOutcome};

use super::common::{Causes, millis};
use super::handshake::{container_bind, reply_evidence};
use super::score::{CLEAR, DOUBTFUL, EVEN, LEANING, LIKELY, POSSIBLE, SHOWN, SOMEWHAT, STRONG};

pub(super) fn tls_failure(obs: &Observation, failure: &TlsFailure) -> Diagnosis {
    let mut causes = Causes::new();
    let reply = sniff(&obs.captured.received);
    let plain_line = match &reply {
        Reply::Http(head) => Some(head.status_line()),
        Reply::Banner { line, .. } => Some(line.clone()),
        _ => None,
    };
    let sent = obs.captured.sent.len();
    if plain_line.is_none()
        && let (Some(line), Some(addr)) = (&obs.followups.plain_reply, obs.peer)
    {
        let mut evidence = vec![Evidence::PlainWorksOnPort {
            addr,
            line: line.clone(),
        }];
        evidence.extend(tls_io_evidence(obs, failure, sent));
        causes.add(CauseId::ProtocolMismatchTlsToPlain, SHOWN, evidence);
        return causes.finish(Verdict::ProtocolMismatch);
    }
    let verdict = match (failure, plain_line) {
        (_, Some(line)) => {
            causes.add(
                CauseId::ProtocolMismatchTlsToPlain,
                SHOWN,
                vec![Evidence::PlainReplyToTls { line }],
            );
            Verdict::ProtocolMismatch
        }
        // TLS records that do not make sense: a broken TLS server, not a plain one.
        (TlsFailure::NotTls, None) if matches!(reply, Reply::Tls(_)) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                LIKELY,
                vec![Evidence::TlsRecordReply],
            );
            Verdict::TlsError
        }
        (TlsFailure::NotTls, None) => {
            causes.add(
                CauseId::ProtocolMismatchTlsToPlain,
                LIKELY,
                reply_evidence(&reply),
            );
            Verdict::ProtocolMismatch
        }
        (TlsFailure::ProtocolVersion, None) => {
            let evidence = match (server_hello_version(&obs.captured.received), &reply) {
                (Some(version), _) => vec![Evidence::TlsServerVersion {
                    version: tls_version_name(version),
                }],
                (None, Reply::Tls(TlsRecord::Alert { .. })) => vec![Evidence::TlsVersionAlert],
                _ => vec![],
            };
            causes.add(CauseId::TlsErrorProtocolVersion, STRONG, evidence);
            Verdict::TlsError
        }
        (TlsFailure::Alert(alert), None) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                CLEAR,
                vec![Evidence::TlsAlert {
                    alert: alert.clone(),
                }],
            );
            Verdict::TlsError
        }
        (TlsFailure::Io(err), None) => match err.kind {
            NetErrorKind::TimedOut => {
                causes.add(
                    CauseId::ProtocolMismatchSilentServer,
                    POSSIBLE,
                    vec![Evidence::Silence {
                        ms: millis(obs.timeout),
                    }],
                );
                causes.add(CauseId::ProtocolMismatchTlsToPlain, EVEN, vec![]);
                Verdict::ProtocolMismatch
            }
            NetErrorKind::Closed => {
                causes.add(
                    CauseId::ProtocolMismatchTlsToPlain,
                    POSSIBLE,
                    vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
                );
                causes.add(CauseId::ResetClosedWithoutReply, EVEN, vec![]);
                if obs.followups.hang_up_on_accept == Some(true) {
                    container_bind(
                        obs,
                        &mut causes,
                        SOMEWHAT,
                        Evidence::ClosedWithoutReply { bytes_sent: sent },
                    );
                }
                Verdict::ProtocolMismatch
            }
            _ => {
                causes.add(
                    CauseId::ResetDuringHandshake,
                    LIKELY,
                    vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
                );
                causes.add(CauseId::ProtocolMismatchTlsToPlain, DOUBTFUL, vec![]);
                Verdict::Reset
            }
        },
        (TlsFailure::Other(text), None) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                LEANING,
                vec![Evidence::Message { text: text.clone() }],
            );
            Verdict::TlsError
        }
    };
    causes.finish(verdict)
}

/// What the failed TLS exchange itself showed, as supporting evidence.
fn tls_io_evidence(obs: &Observation, failure: &TlsFailure, sent: usize) -> Vec<Evidence> {
    match failure {
        TlsFailure::Io(err) => match err.kind {
            NetErrorKind::TimedOut => vec![Evidence::Silence {
                ms: millis(obs.timeout),
            }],
            NetErrorKind::Closed => vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
            _ => vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
        },
        _ => vec![],
    }
}

/// The server asked for a client certificate, got none, and ended the exchange:
/// during the handshake (TLS 1.2, or TLS 1.3's `certificate_required` alert) or
/// right after it, before any reply (a TLS 1.3 server that hangs up silently).
pub(super) fn client_certificate_required(obs: &Observation) -> Option<Diagnosis> {
    let names = obs.client_cert_request.as_ref()?;
    let ended = match (&obs.tls, &obs.handshake) {
        (Some(TlsOutcome::Failed(_)), _) => true,
        (Some(TlsOutcome::Established { .. }), Some(hs)) => {
            !hs.upgraded
                && matches!(hs.reply, Reply::Nothing)
                && !matches!(hs.end, HandshakeEnd::Completed | HandshakeEnd::CaptureFull)
        }
        _ => false,
    };
    if !ended {
        return None;
    }
    let mut causes = Causes::new();
    let mut evidence = vec![Evidence::ClientCertificateRequested {
        names: names.clone(),
    }];
    if let Some(TlsOutcome::Failed(TlsFailure::Alert(alert))) = &obs.tls {
        evidence.push(Evidence::TlsAlert {
            alert: alert.clone(),
        });
    }
    causes.add(CauseId::TlsErrorClientCertificateRequired, SHOWN, evidence);
    Some(causes.finish(Verdict::TlsError))
}
