//! Notices a server's request for a client certificate.
//!
//! netdoctor has no client certificate to offer; it records the request and the
//! CA names the server accepts so the diagnosis can say why the server hung up.

use std::sync::{Arc, PoisonError};

use rustls::SignatureScheme;
use rustls::client::ResolvesClientCert;
use rustls::sign::CertifiedKey;
use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

use super::SeenSlot;
use super::certificate::printable;

/// A server naming more CAs than this is listing a whole trust store.
const MAX_CA_NAMES: usize = 16;

/// Answers every request with "no certificate" and remembers that it was asked.
#[derive(Debug)]
pub struct RecordingResolver {
    /// Where the request is recorded.
    pub slot: SeenSlot,
}

impl ResolvesClientCert for RecordingResolver {
    fn resolve(
        &self,
        root_hint_subjects: &[&[u8]],
        _sigschemes: &[SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        let names = root_hint_subjects
            .iter()
            .take(MAX_CA_NAMES)
            .filter_map(|der| {
                X509Name::from_der(der)
                    .ok()
                    .map(|(_, n)| printable(&n.to_string()))
            })
            .collect();
        self.slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .client_cert_request = Some(names);
        None
    }

    // rustls consults `resolve` on every request; saying there are no certificates
    // only spares it keeping the transcript for a signature never made.
    fn has_certs(&self) -> bool {
        false
    }
}
