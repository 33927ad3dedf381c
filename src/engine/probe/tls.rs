//! The TLS phase, with certificate problems recorded instead of fatal.

use std::sync::{Arc, Mutex, PoisonError};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, CertificateError, DigitallySignedStruct, Error as TlsError, PeerIncompatible,
    SignatureScheme,
};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use crate::engine::errno;
use crate::observation::{CertProblem, CertSummary, NetErrorKind, TlsFailure, TlsOutcome};
use crate::target::Host;

mod certificate;

/// What the verifier saw of the server's certificate. It is kept outside the
/// handshake so that a handshake failing or timing out later still leaves it.
#[derive(Debug, Default)]
pub struct Seen {
    problem: Option<CertProblem>,
    certificate: Option<CertSummary>,
}

/// Shared between a handshake and its caller.
pub type SeenSlot = Arc<Mutex<Seen>>;

/// Takes the certificate summary out of a slot after the handshake.
pub fn take_certificate(slot: &SeenSlot) -> Option<CertSummary> {
    slot.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .certificate
        .take()
}

/// TLS settings shared by every probe of a run.
#[derive(Debug, Clone)]
pub struct TlsSetup {
    provider: Arc<rustls::crypto::CryptoProvider>,
    webpki: Option<Arc<WebPkiServerVerifier>>,
}

impl TlsSetup {
    /// Builds the verifier over the bundled Mozilla roots once.
    pub fn new() -> TlsSetup {
        TlsSetup::trusting(&[])
    }

    /// A verifier over the bundled Mozilla roots plus `extra` certificates.
    pub fn trusting(extra: &[CertificateDer<'static>]) -> TlsSetup {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        // A certificate the store cannot use is skipped; the probe then reports it untrusted.
        let _ = roots.add_parsable_certificates(extra.iter().cloned());
        let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .ok();
        TlsSetup { provider, webpki }
    }

    fn config(&self, slot: SeenSlot) -> Option<rustls::ClientConfig> {
        let verifier = RecordingVerifier {
            inner: self.webpki.clone(),
            provider: self.provider.clone(),
            slot,
        };
        let mut config = rustls::ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .ok()?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Some(config)
    }
}

impl TlsSetup {
    /// The process-wide setup, built the first time a TLS probe needs it.
    pub fn shared() -> &'static TlsSetup {
        static SETUP: std::sync::OnceLock<TlsSetup> = std::sync::OnceLock::new();
        SETUP.get_or_init(TlsSetup::new)
    }
}

impl Default for TlsSetup {
    fn default() -> Self {
        TlsSetup::new()
    }
}

/// Accepts every certificate but remembers why it would have been rejected, so the
/// probe can go on to show what is behind a bad certificate and still say it is bad.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    slot: SeenSlot,
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
        let verdict = match &self.inner {
            Some(inner) => inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
                .err(),
            None => Some(TlsError::General("no trust store".into())),
        };
        let problem = verdict.map(|err| match err {
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
            TlsError::InvalidCertificate(CertificateError::UnknownIssuer) => {
                CertProblem::UnknownIssuer
            }
            other => CertProblem::Other(other.to_string()),
        });
        let summary = certificate::summarize(end_entity, now);
        let mut seen = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        seen.problem = problem;
        seen.certificate = summary;
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

/// Runs a TLS client handshake over `stream`, trusting the public roots.
pub async fn handshake<S>(host: &Host, stream: S) -> (Option<TlsStream<S>>, TlsOutcome)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    handshake_trusting(host, stream, &[], SeenSlot::default()).await
}

/// Runs a TLS client handshake over `stream`, also trusting `extra` certificates;
/// what the verifier saw is left in `slot`.
pub async fn handshake_trusting<S>(
    host: &Host,
    stream: S,
    extra: &[CertificateDer<'static>],
    slot: SeenSlot,
) -> (Option<TlsStream<S>>, TlsOutcome)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    // Extra roots are rare (a private CA): build their verifier per handshake
    // rather than keep one per set of roots.
    let custom;
    let setup = if extra.is_empty() {
        TlsSetup::shared()
    } else {
        custom = TlsSetup::trusting(extra);
        &custom
    };
    let Some(config) = setup.config(slot.clone()) else {
        return (
            None,
            TlsOutcome::Failed(TlsFailure::Other("no TLS configuration".into())),
        );
    };
    let name = match host {
        Host::Name(name) => ServerName::try_from(name.clone()),
        Host::V4(ip) => Ok(ServerName::IpAddress(std::net::IpAddr::V4(*ip).into())),
        Host::V6(ip) => Ok(ServerName::IpAddress(std::net::IpAddr::V6(*ip).into())),
    };
    let Ok(name) = name else {
        return (
            None,
            TlsOutcome::Failed(TlsFailure::Other(format!("invalid server name {host}"))),
        );
    };
    match TlsConnector::from(Arc::new(config))
        .connect(name, stream)
        .await
    {
        Ok(tls) => {
            let version = tls
                .get_ref()
                .1
                .protocol_version()
                .and_then(|v| v.as_str())
                .unwrap_or("TLS")
                .to_owned();
            let cert_problem = slot
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .problem
                .take();
            (
                Some(tls),
                TlsOutcome::Established {
                    version,
                    cert_problem,
                },
            )
        }
        Err(err) => (None, TlsOutcome::Failed(failure_of(&err))),
    }
}

fn failure_of(err: &std::io::Error) -> TlsFailure {
    let Some(inner) = err.get_ref().and_then(|e| e.downcast_ref::<TlsError>()) else {
        let net = errno::classify(err);
        return match net.kind {
            NetErrorKind::Other if err.kind() == std::io::ErrorKind::UnexpectedEof => {
                TlsFailure::Io(crate::observation::NetError::new(NetErrorKind::Closed))
            }
            _ => TlsFailure::Io(net),
        };
    };
    match inner {
        TlsError::AlertReceived(AlertDescription::ProtocolVersion) => TlsFailure::ProtocolVersion,
        TlsError::AlertReceived(alert) => TlsFailure::Alert(format!("{alert:?}")),
        TlsError::InvalidMessage(_) | TlsError::InappropriateMessage { .. } => TlsFailure::NotTls,
        TlsError::PeerIncompatible(
            PeerIncompatible::ServerDoesNotSupportTls12Or13
            | PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig
            | PeerIncompatible::SupportedVersionsExtensionRequired
            | PeerIncompatible::Tls12NotOffered
            | PeerIncompatible::Tls12NotOfferedOrEnabled,
        ) => TlsFailure::ProtocolVersion,
        other => TlsFailure::Other(other.to_string()),
    }
}
