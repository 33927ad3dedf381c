//! Whose trust a certificate lacks, and the warnings of a chain that some
//! clients trust and others do not.
//!
//! `self-signed` and `untrusted-issuer` differ in who made the certificate:
//! self-signed is a certificate meant to stand alone — it signs itself, or a
//! developer tool's local CA (mkcert, rcgen's default name) signs it, which only
//! the machine that made it trusts; untrusted-issuer is an organisation's CA
//! (private or corporate, or a TLS-inspection proxy) that machines with that CA
//! installed trust and others do not.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Warning, WarningId};
use crate::observation::{ChainFacts, Observation, TlsOutcome, TrustView};

use super::score::SHOWN;

/// A certificate closer than this to its end is called out even when it works:
/// automated renewal (certbot, cert-manager) renews 30 days ahead, so two weeks
/// left means renewal has been failing for a while.
pub const EXPIRES_SOON_DAYS: i64 = 14;

/// Developer tools whose local CA names say who made them.
const DEV_CAS: &[(&str, &str)] = &[
    ("mkcert development ca", "mkcert"),
    ("rcgen self signed cert", "rcgen"),
    ("minica root ca", "minica"),
    ("caddy local authority", "Caddy"),
    ("step-ca", "step-ca"),
];

/// TLS-inspection products, by a fragment of the issuer their proxies sign with.
const INSPECTION: &[(&str, &str)] = &[
    ("zscaler", "Zscaler"),
    ("netskope", "Netskope"),
    ("fortinet", "Fortinet FortiGate"),
    ("fortigate", "Fortinet FortiGate"),
    ("palo alto", "Palo Alto Networks"),
    ("blue coat", "Blue Coat (Symantec) ProxySG"),
    ("bluecoat", "Blue Coat (Symantec) ProxySG"),
    ("proxysg", "Blue Coat (Symantec) ProxySG"),
    ("cisco umbrella", "Cisco Umbrella"),
    ("sophos", "Sophos"),
    ("kaspersky", "Kaspersky"),
    ("avast", "Avast"),
    ("avg technologies", "AVG"),
    ("eset ssl filter", "ESET"),
    ("bitdefender", "Bitdefender"),
    ("forcepoint", "Forcepoint"),
    ("check point", "Check Point"),
    ("mcafee web gateway", "McAfee Web Gateway"),
    ("barracuda", "Barracuda"),
    ("sonicwall", "SonicWall"),
    ("watchguard", "WatchGuard"),
    ("menlo security", "Menlo Security"),
    ("mitmproxy", "mitmproxy"),
    ("portswigger", "Burp Suite"),
    ("fiddler", "Fiddler"),
    ("charles proxy", "Charles Proxy"),
];

/// The cause and first evidence for a chain no store accepted because of its issuer.
pub(super) fn unknown_issuer(obs: &Observation) -> (CauseId, Vec<Evidence>) {
    let Some(chain) = obs
        .trust
        .as_ref()
        .map(|t| &t.chain)
        .filter(|c| !c.sent.is_empty())
    else {
        // Only the leaf's names are known (an observation from before chains were read).
        return match &obs.certificate {
            Some(cert) if cert.subject != cert.issuer => (
                CauseId::TlsErrorUntrustedIssuer,
                vec![Evidence::CertificateUntrustedIssuer {
                    issuer: cert.issuer.clone(),
                }],
            ),
            Some(cert) => (
                CauseId::TlsErrorSelfSigned,
                vec![Evidence::CertificateSelfSigned {
                    subject: cert.subject.clone(),
                }],
            ),
            None => (CauseId::TlsErrorSelfSigned, vec![]),
        };
    };
    let leaf = &chain.sent[0];
    if chain.self_issued {
        let mut evidence = vec![Evidence::CertificateSelfSigned {
            subject: leaf.subject.clone(),
        }];
        if chain.leaf_is_ca {
            evidence.push(Evidence::CertificateSelfSignedCa);
        }
        return (CauseId::TlsErrorSelfSigned, evidence);
    }
    if !chain.issuer_sent
        && let Some(url) = &chain.ca_issuers_url
    {
        return (
            CauseId::TlsErrorIncompleteChain,
            vec![Evidence::CertificateIssuerNotSent {
                issuer: leaf.issuer.clone(),
                url: url.clone(),
            }],
        );
    }
    let top = top_issuer(chain);
    if !chain.issuer_sent
        && let Some(tool) = known(&leaf.issuer, DEV_CAS)
    {
        return (
            CauseId::TlsErrorSelfSigned,
            vec![Evidence::CertificateDevCa {
                issuer: leaf.issuer.clone(),
                tool: tool.to_owned(),
            }],
        );
    }
    let mut evidence = vec![Evidence::CertificateUntrustedIssuer {
        issuer: top.to_owned(),
    }];
    evidence.extend(inspection(chain));
    (CauseId::TlsErrorUntrustedIssuer, evidence)
}

/// Adds the warnings of a certificate that works: one that ends soon, and a chain
/// that only this machine's OS store trusts.
pub(super) fn with_trust_warnings(obs: &Observation, mut diagnosis: Diagnosis) -> Diagnosis {
    let trusted = matches!(
        obs.tls,
        Some(TlsOutcome::Established {
            cert_problem: None,
            ..
        })
    );
    if !trusted {
        return diagnosis;
    }
    if let Some(cert) = &obs.certificate {
        let days = cert
            .not_after
            .saturating_sub(cert.checked_at)
            .div_euclid(86_400);
        if (0..EXPIRES_SOON_DAYS).contains(&days) {
            diagnosis.warnings.push(Warning {
                id: WarningId::CertificateExpiresSoon,
                score: SHOWN,
                evidence: vec![Evidence::CertificateExpiresSoon {
                    days: u64::try_from(days).unwrap_or(0),
                    not_after: cert.not_after,
                }],
            });
        }
    }
    if let Some(evidence) = os_only(obs) {
        diagnosis.warnings.push(Warning {
            id: WarningId::TrustedByOsOnly,
            score: SHOWN,
            evidence,
        });
    }
    diagnosis
}

/// The warning evidence for a chain that works here but not for every client.
fn os_only(obs: &Observation) -> Option<Vec<Evidence>> {
    let trust = obs.trust.as_ref()?;
    let views = trust.views;
    if views.os != TrustView::Accepted || views.mozilla != TrustView::Rejected {
        return None;
    }
    let mut evidence = vec![Evidence::TrustedByOsOnly {
        issuer: top_issuer(&trust.chain).to_owned(),
    }];
    evidence.extend(inspection(&trust.chain));
    Some(evidence)
}

/// The issuer of the last certificate sent: the CA a client must hold.
fn top_issuer(chain: &ChainFacts) -> &str {
    chain.sent.last().map_or("", |link| link.issuer.as_str())
}

fn inspection(chain: &ChainFacts) -> Option<Evidence> {
    chain.sent.iter().find_map(|link| {
        known(&link.issuer, INSPECTION).map(|product| Evidence::CertificateInspection {
            issuer: link.issuer.clone(),
            product: product.to_owned(),
        })
    })
}

fn known<'a>(issuer: &str, table: &[(&str, &'a str)]) -> Option<&'a str> {
    let lower = issuer.to_lowercase();
    table
        .iter()
        .find(|(fragment, _)| lower.contains(fragment))
        .map(|(_, name)| *name)
}
