//! Verifies the server's chain against each trust store in turn and records
//! every verdict, accepting the handshake whatever they say so the probe can
//! still show what is behind a bad certificate.

use std::sync::{Arc, PoisonError};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{CertificateError, DigitallySignedStruct, Error as TlsError, SignatureScheme};

use super::{SeenSlot, certificate, chain};
use crate::observation::{CertProblem, TrustFacts, TrustView, TrustViews};

/// One verifier per trust store; `None` where the store is empty or absent.
#[derive(Debug, Clone, Default)]
pub struct Stores {
    /// The OS trust store.
    pub os: Option<Arc<WebPkiServerVerifier>>,
    /// The bundled Mozilla roots.
    pub mozilla: Option<Arc<WebPkiServerVerifier>>,
    /// The `--ca-file` certificates.
    pub ca_file: Option<Arc<WebPkiServerVerifier>>,
    /// The `--ca-file` certificates themselves: a server certificate given there
    /// is trusted as itself, as OpenSSL does, even one webpki refuses as a leaf
    /// because it says CA:TRUE (every `openssl req -x509` certificate).
    pub pinned: Arc<Vec<CertificateDer<'static>>>,
}

#[derive(Debug)]
pub struct RecordingVerifier {
    pub stores: Stores,
    pub provider: Arc<rustls::crypto::CryptoProvider>,
    pub slot: SeenSlot,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        let check = |store: &Option<Arc<WebPkiServerVerifier>>| match store {
            None => (TrustView::Absent, None),
            Some(v) => match v.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ) {
                Ok(_) => (TrustView::Accepted, None),
                Err(err) => (TrustView::Rejected, Some(problem_of(err))),
            },
        };
        let summary = certificate::summarize(end_entity, now);
        let (mut ca_file, mut ca_err) = check(&self.stores.ca_file);
        let in_dates = summary
            .as_ref()
            .is_some_and(|c| (c.not_before..=c.not_after).contains(&c.checked_at));
        if ca_file != TrustView::Accepted
            && in_dates
            && self
                .stores
                .pinned
                .iter()
                .any(|p| p.as_ref() == end_entity.as_ref())
        {
            // Pinning vouches for the issuer only: the name must still match,
            // as OpenSSL's `-CAfile` with a hostname check (curl) insists.
            (ca_file, ca_err) = if names_match(end_entity, server_name) {
                (TrustView::Accepted, None)
            } else {
                (TrustView::Rejected, Some(CertProblem::NameMismatch))
            };
        }
        let (os, os_err) = check(&self.stores.os);
        let (mozilla, mozilla_err) = check(&self.stores.mozilla);
        let views = TrustViews {
            os,
            mozilla,
            ca_file,
        };
        let problem = if views.any_accepted() {
            None
        } else {
            pick([ca_err, os_err, mozilla_err])
        };
        let mut seen = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        seen.problem = problem;
        seen.certificate = summary;
        seen.trust = Some(TrustFacts {
            views,
            chain: chain::facts(end_entity, intermediates).unwrap_or_default(),
        });
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Whether the certificate names the host dialled; an unparsable certificate
/// names nothing.
fn names_match(end_entity: &CertificateDer<'_>, server_name: &ServerName<'_>) -> bool {
    ParsedCertificate::try_from(end_entity)
        .is_ok_and(|cert| rustls::client::verify_server_name(&cert, server_name).is_ok())
}

/// A store that knows the issuer says more than one that does not: an expired
/// certificate from a known CA is "expired", not "unknown issuer".
fn pick(errors: [Option<CertProblem>; 3]) -> Option<CertProblem> {
    let mut errors = errors.into_iter().flatten();
    let first = errors.next()?;
    if first != CertProblem::UnknownIssuer {
        return Some(first);
    }
    Some(
        errors
            .find(|p| *p != CertProblem::UnknownIssuer)
            .unwrap_or(first),
    )
}

fn problem_of(err: TlsError) -> CertProblem {
    match err {
        TlsError::InvalidCertificate(CertificateError::Expired)
        | TlsError::InvalidCertificate(CertificateError::ExpiredContext { .. }) => {
            CertProblem::Expired
        }
        TlsError::InvalidCertificate(CertificateError::NotValidYet)
        | TlsError::InvalidCertificate(CertificateError::NotValidYetContext { .. }) => {
            CertProblem::NotYetValid
        }
        TlsError::InvalidCertificate(CertificateError::NotValidForName)
        | TlsError::InvalidCertificate(CertificateError::NotValidForNameContext { .. }) => {
            CertProblem::NameMismatch
        }
        TlsError::InvalidCertificate(CertificateError::UnknownIssuer) => CertProblem::UnknownIssuer,
        other => CertProblem::Other(other.to_string()),
    }
}
