//! TLS fixture: self-signed certificate (rcgen) + WebSocket over TLS (`wss://`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::task::JoinHandle;

use super::{LINGER, Requests, bind_listener, loopback, serve_ws, spawn_accept_loop};

/// Handle of a running TLS fixture; aborts its tasks on drop.
pub struct TlsFixture {
    pub addr: SocketAddr,
    /// DER of the self-signed server certificate (trust it to connect).
    pub cert_der: Vec<u8>,
    /// Same certificate, PEM encoded (e.g. to write a CA file for the CLI).
    pub cert_pem: String,
    /// Decrypted request heads, one entry per connection that completed the
    /// TLS handshake and sent something.
    pub requests: Requests,
    pub connections: Arc<AtomicUsize>,
    tasks: Vec<JoinHandle<()>>,
}

impl TlsFixture {
    /// A rustls root store trusting only this fixture's certificate.
    pub fn root_store(&self) -> rustls::RootCertStore {
        let mut roots = rustls::RootCertStore::empty();
        roots
            .add(CertificateDer::from(self.cert_der.clone()))
            .expect("tls fixture: add cert to root store");
        roots
    }
}

impl Drop for TlsFixture {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// TLS server on 127.0.0.1 with a self-signed certificate for `localhost`,
/// `127.0.0.1` and `::1`. After the TLS handshake it serves a WebSocket
/// upgrade on any path (echo), so `wss://` works; a non-upgrade HTTPS request
/// gets `426 Upgrade Required`. Plain-text bytes get whatever rustls does with
/// garbage (handshake error; see the self-test).
pub async fn tls_server() -> TlsFixture {
    tls_server_at(loopback()).await
}

pub async fn tls_server_at(addr: SocketAddr) -> TlsFixture {
    let names = vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ];
    let certified =
        rcgen::generate_simple_self_signed(names).expect("tls fixture: generate certificate");
    let cert_der = certified.cert.der().to_vec();
    let cert_pem = certified.cert.pem();
    let key_der = certified.signing_key.serialize_der();
    serve_tls(addr, cert_der, cert_pem, key_der).await
}

/// TLS server on 127.0.0.1 whose self-signed certificate lists only `names` and is
/// valid for the 30 days up to `not_after`: for expired, not-yet-valid and
/// wrong-name certificates.
pub async fn tls_server_with_cert(names: &[&str], not_after: time::OffsetDateTime) -> TlsFixture {
    let mut params =
        rcgen::CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>())
            .expect("tls fixture: certificate params");
    params.not_before = not_after - time::Duration::days(30);
    params.not_after = not_after;
    let key = rcgen::KeyPair::generate().expect("tls fixture: key");
    let cert = params.self_signed(&key).expect("tls fixture: self-sign");
    serve_tls(
        loopback(),
        cert.der().to_vec(),
        cert.pem(),
        key.serialize_der(),
    )
    .await
}

/// A server stuck before TLS 1.2: it reads the ClientHello record, answers with
/// `reply` (an alert or an old ServerHello) and closes, as old appliances do.
pub async fn old_tls_server(reply: &'static [u8]) -> super::Fixture {
    super::custom_server(loopback(), move |mut stream, mut rec| async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut header = [0u8; 5];
        if stream.read_exact(&mut header).await.is_err() {
            return;
        }
        rec.append(&header);
        let len = usize::from(u16::from_be_bytes([header[3], header[4]]));
        let mut body = vec![0u8; len];
        if stream.read_exact(&mut body).await.is_err() {
            return;
        }
        rec.append(&body);
        let _ = stream.write_all(reply).await;
        super::linger_close(&mut stream, &mut rec).await;
    })
    .await
}

async fn serve_tls(
    addr: SocketAddr,
    cert_der: Vec<u8>,
    cert_pem: String,
    key_der: Vec<u8>,
) -> TlsFixture {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("tls fixture: protocol versions")
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert_der.clone())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key_der)),
        )
        .expect("tls fixture: server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));

    let listener = bind_listener(addr);
    let addr = listener.local_addr().expect("tls fixture: local_addr");
    let requests = Requests::default();
    let connections = Arc::new(AtomicUsize::new(0));
    let task = spawn_accept_loop(
        listener,
        requests.clone(),
        connections.clone(),
        move |stream, mut rec| {
            let acceptor = acceptor.clone();
            async move {
                if let Ok(Ok(tls)) = tokio::time::timeout(LINGER, acceptor.accept(stream)).await {
                    serve_ws(tls, &mut rec, None).await;
                }
            }
        },
    );
    TlsFixture {
        addr,
        cert_der,
        cert_pem,
        requests,
        connections,
        tasks: vec![task],
    }
}
