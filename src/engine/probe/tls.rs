//! The TLS phase, with certificate problems recorded instead of fatal.

use std::sync::{Arc, Mutex, PoisonError};

use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{AlertDescription, Error as TlsError, PeerIncompatible};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use crate::engine::errno;
use crate::observation::{
    CertProblem, CertSummary, NetErrorKind, TlsFailure, TlsOutcome, TrustFacts,
};
use crate::target::Host;

mod certificate;
mod chain;
mod client_auth;
mod verifier;

use verifier::{RecordingVerifier, Stores};

/// What the handshake saw of the server's certificate and requests. It is kept
/// outside the handshake so that a handshake failing or timing out later still
/// leaves it.
#[derive(Debug, Default)]
pub struct Seen {
    /// Why the chain would have been rejected, when no store accepted it.
    pub problem: Option<CertProblem>,
    /// The leaf's facts.
    pub certificate: Option<CertSummary>,
    /// Each store's verdict and the chain as sent.
    pub trust: Option<TrustFacts>,
    /// The CA names of a request for a client certificate.
    pub client_cert_request: Option<Vec<String>>,
}

/// Shared between a handshake and its caller.
pub type SeenSlot = Arc<Mutex<Seen>>;

/// Takes what the handshake saw out of a slot.
pub fn take_seen(slot: &SeenSlot) -> Seen {
    std::mem::take(&mut *slot.lock().unwrap_or_else(PoisonError::into_inner))
}

/// TLS settings shared by every probe of a run.
#[derive(Debug, Clone)]
pub struct TlsSetup {
    provider: Arc<rustls::crypto::CryptoProvider>,
    stores: Stores,
}

impl TlsSetup {
    /// Builds the verifiers over the OS store and the bundled Mozilla roots once.
    pub fn new() -> TlsSetup {
        TlsSetup::trusting(&[])
    }

    /// The OS and Mozilla verifiers plus one over the `extra` certificates.
    pub fn trusting(extra: &[CertificateDer<'static>]) -> TlsSetup {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mozilla = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let stores = Stores {
            os: verifier_over(os_roots().clone(), &provider),
            mozilla: verifier_over(mozilla, &provider),
            ca_file: verifier_over(store_of(extra.iter().cloned()), &provider),
            pinned: Arc::new(extra.to_vec()),
        };
        TlsSetup { provider, stores }
    }

    fn config(&self, slot: SeenSlot) -> Option<rustls::ClientConfig> {
        let verifier = RecordingVerifier {
            stores: self.stores.clone(),
            provider: self.provider.clone(),
            slot: slot.clone(),
        };
        let mut config = rustls::ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .ok()?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_client_cert_resolver(Arc::new(client_auth::RecordingResolver { slot }));
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

/// The OS trust store, read once per process. On Linux this honours
/// `SSL_CERT_FILE` and `SSL_CERT_DIR` like OpenSSL does; on macOS and Windows it
/// reads the system keychain or certificate store.
fn os_roots() -> &'static rustls::RootCertStore {
    static ROOTS: std::sync::OnceLock<rustls::RootCertStore> = std::sync::OnceLock::new();
    ROOTS.get_or_init(|| {
        // Unreadable entries are skipped: the rest of the store still counts.
        store_of(rustls_native_certs::load_native_certs().certs)
    })
}

fn store_of(certs: impl IntoIterator<Item = CertificateDer<'static>>) -> rustls::RootCertStore {
    let mut roots = rustls::RootCertStore::empty();
    // A certificate the store cannot use is skipped; the chain then shows as untrusted.
    let _ = roots.add_parsable_certificates(certs);
    roots
}

/// `None` for an empty store: it has no view to give.
fn verifier_over(
    roots: rustls::RootCertStore,
    provider: &Arc<rustls::crypto::CryptoProvider>,
) -> Option<Arc<WebPkiServerVerifier>> {
    if roots.is_empty() {
        return None;
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .ok()
}

impl Default for TlsSetup {
    fn default() -> Self {
        TlsSetup::new()
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
