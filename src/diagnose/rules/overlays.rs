//! Causes that apply on top of any branch: fake-IP proxies and a certificate that
//! would not be trusted.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::{CertProblem, Observation};

use super::common::Causes;
use super::proxy::fake_ip_evidence;
use super::score::{DEMOTED, OVERRIDING, SHOWN};

/// A TUN-mode proxy accepts every connection to its fake IPs itself, then hangs
/// up when it cannot reach the real server: a silent close or reset from a fake
/// IP is the proxy speaking, not the server, and not a container's port mapping.
pub(super) fn with_fake_ip_proxy(obs: &Observation, diagnosis: Diagnosis) -> Diagnosis {
    let fake = fake_ip_evidence(obs);
    if fake.is_empty() || !obs.captured.received.is_empty() || diagnosis.verdict == Verdict::Ok {
        return diagnosis;
    }
    let verdict = diagnosis.verdict;
    let mut causes = Causes::new();
    causes.add(CauseId::RefusedProxySoftware, OVERRIDING, fake);
    for cause in diagnosis.causes {
        let score = if cause.id == CauseId::ResetLoopbackOnlyBindInContainer {
            cause.score * DEMOTED
        } else {
            cause.score
        };
        causes.add(cause.id, score, cause.evidence);
    }
    causes.finish(verdict)
}

pub(super) fn with_cert_problem(
    obs: &Observation,
    diagnosis: Diagnosis,
    problem: &CertProblem,
) -> Diagnosis {
    let cert = obs.certificate.as_ref();
    let host = obs.target.host.to_string();
    let mut evidence = Vec::new();
    let id = match problem {
        CertProblem::Expired => {
            if let Some(cert) = cert {
                let days = cert.checked_at.saturating_sub(cert.not_after) / 86_400;
                evidence.push(Evidence::CertificateExpiredAgo {
                    days: u64::try_from(days).unwrap_or(0),
                    not_after: cert.not_after,
                });
            }
            CauseId::TlsErrorCertificateExpired
        }
        CertProblem::NotYetValid => {
            if let Some(cert) = cert {
                evidence.push(Evidence::CertificateNotYetValid {
                    not_before: cert.not_before,
                    checked_at: cert.checked_at,
                });
            }
            CauseId::TlsErrorCertificateNotYetValid
        }
        CertProblem::NameMismatch => {
            if let Some(cert) = cert {
                evidence.push(if cert.names.is_empty() {
                    Evidence::CertificateNoNames { host: host.clone() }
                } else {
                    Evidence::CertificateNames {
                        names: cert.names.clone(),
                        host: host.clone(),
                    }
                });
            }
            CauseId::TlsErrorCertificateNameMismatch
        }
        CertProblem::UnknownIssuer => {
            if let Some(cert) = cert {
                evidence.push(if cert.subject == cert.issuer {
                    Evidence::CertificateSelfSigned {
                        subject: cert.subject.clone(),
                    }
                } else {
                    Evidence::CertificateUntrustedIssuer {
                        issuer: cert.issuer.clone(),
                    }
                });
            }
            CauseId::TlsErrorSelfSigned
        }
        CertProblem::Other(text) => {
            evidence.push(Evidence::CertificateProblem {
                detail: text.clone(),
            });
            CauseId::TlsErrorHandshakeFailed
        }
    };
    // The whole certificate, once, after the fact that convicts it.
    if let Some(cert) = cert {
        if !matches!(problem, CertProblem::UnknownIssuer) || cert.subject != cert.issuer {
            evidence.push(Evidence::CertificateIssued {
                subject: cert.subject.clone(),
                issuer: cert.issuer.clone(),
            });
        }
        if !matches!(problem, CertProblem::NameMismatch) && !cert.names.is_empty() {
            evidence.push(Evidence::CertificateNames {
                names: cert.names.clone(),
                host,
            });
        }
        evidence.push(Evidence::CertificateValidity {
            not_before: cert.not_before,
            not_after: cert.not_after,
        });
    }
    let mut causes = Causes::new();
    causes.add(id, SHOWN, evidence);
    // What lies behind the certificate still matters once it is fixed.
    for cause in diagnosis.causes {
        causes.add(cause.id, cause.score * DEMOTED, cause.evidence);
    }
    causes.finish(Verdict::TlsError)
}
