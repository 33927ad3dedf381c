//! How the server's chain is built: who signed whom, and what the leaf says of
//! its own issuer.

use rustls::pki_types::CertificateDer;
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::oid_registry::OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS;
use x509_parser::prelude::FromDer;

use super::certificate::printable;
use crate::observation::{ChainFacts, ChainLink};

/// A server sending more than this is broken or hostile; a report needs the first few.
const MAX_LINKS: usize = 8;

/// Reads the chain as sent; `None` when the leaf does not parse.
pub fn facts(
    leaf: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
) -> Option<ChainFacts> {
    let (_, cert) = X509Certificate::from_der(leaf.as_ref()).ok()?;
    let others: Vec<X509Certificate<'_>> = intermediates
        .iter()
        .take(MAX_LINKS)
        .filter_map(|der| X509Certificate::from_der(der.as_ref()).ok().map(|(_, c)| c))
        .collect();
    let issuer = cert.issuer().as_raw();
    let sent = std::iter::once(&cert)
        .chain(others.iter())
        .map(|c| ChainLink {
            subject: printable(&c.subject().to_string()),
            issuer: printable(&c.issuer().to_string()),
        })
        .collect();
    Some(ChainFacts {
        sent,
        self_issued: cert.subject().as_raw() == issuer,
        leaf_is_ca: matches!(cert.basic_constraints(), Ok(Some(bc)) if bc.value.ca),
        issuer_sent: others.iter().any(|c| c.subject().as_raw() == issuer),
        ca_issuers_url: ca_issuers(&cert),
    })
}

fn ca_issuers(cert: &X509Certificate<'_>) -> Option<String> {
    cert.iter_extensions()
        .find_map(|ext| match ext.parsed_extension() {
            ParsedExtension::AuthorityInfoAccess(aia) => {
                aia.iter()
                    .find_map(|desc| match (&desc.access_method, &desc.access_location) {
                        (method, GeneralName::URI(uri))
                            if *method == OID_PKIX_ACCESS_DESCRIPTOR_CA_ISSUERS =>
                        {
                            Some(printable(uri))
                        }
                        _ => None,
                    })
            }
            _ => None,
        })
}
