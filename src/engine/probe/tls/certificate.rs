//! The facts of a server certificate that a developer needs to fix it.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use rustls::pki_types::{CertificateDer, UnixTime};
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;

use crate::observation::CertSummary;

/// A hostile certificate can carry megabytes of names; a report needs a screenful.
const MAX_NAMES: usize = 32;
/// Longest subject or issuer kept, in characters.
const MAX_NAME_CHARS: usize = 256;

/// Reads subject, names, issuer and dates; `None` when the DER does not parse.
pub fn summarize(der: &CertificateDer<'_>, now: UnixTime) -> Option<CertSummary> {
    let (_, cert) = X509Certificate::from_der(der.as_ref()).ok()?;
    let names = match cert.subject_alternative_name() {
        Ok(Some(san)) => san
            .value
            .general_names
            .iter()
            .filter_map(general_name)
            .take(MAX_NAMES)
            .collect(),
        _ => Vec::new(),
    };
    let validity = cert.validity();
    Some(CertSummary {
        subject: printable(&cert.subject().to_string()),
        issuer: printable(&cert.issuer().to_string()),
        names,
        not_before: validity.not_before.timestamp(),
        not_after: validity.not_after.timestamp(),
        checked_at: i64::try_from(now.as_secs()).unwrap_or(i64::MAX),
    })
}

fn general_name(name: &GeneralName<'_>) -> Option<String> {
    match name {
        GeneralName::DNSName(dns) => Some(printable(dns)),
        GeneralName::IPAddress(bytes) => match bytes.len() {
            4 => <[u8; 4]>::try_from(*bytes)
                .ok()
                .map(|b| IpAddr::V4(Ipv4Addr::from(b)).to_string()),
            16 => <[u8; 16]>::try_from(*bytes)
                .ok()
                .map(|b| IpAddr::V6(Ipv6Addr::from(b)).to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Certificate text ends up in terminals and HTML: drop control characters and
/// cap the length so a crafted name cannot rewrite a screen or flood a report.
pub(super) fn printable(text: &str) -> String {
    // One character past the cap tells whether anything was cut.
    let mut out: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS + 1)
        .collect();
    if out.chars().count() > MAX_NAME_CHARS {
        out.pop();
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_none_not_a_panic() {
        let der = CertificateDer::from(vec![0x30, 0x82, 0xff, 0xff, 1, 2, 3]);
        assert_eq!(
            summarize(&der, UnixTime::since_unix_epoch(Default::default())),
            None
        );
    }

    #[test]
    fn control_characters_and_length_are_tamed() {
        assert_eq!(printable("CN=a\x1b[2Jb"), "CN=a[2Jb");
        let long = "x".repeat(1000);
        let kept = printable(&long);
        assert_eq!(kept.chars().count(), MAX_NAME_CHARS + 1);
        assert!(kept.ends_with('…'));
    }
}
