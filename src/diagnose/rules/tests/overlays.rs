use super::support::{Obs, addr, classify, connected, first, scores_ranked, upgraded};
use crate::diagnose::{CauseId, Evidence, Verdict, WarningId};
use crate::observation::reply::sniff;
use crate::observation::{
    CertProblem, CertSummary, HandshakeEnd, HandshakeKind, NetErrorKind, Observation,
};
use crate::target::Target;

/// A `wss://127.0.0.1:9000/` observation whose upgrade worked behind `problem`.
fn behind_certificate(problem: CertProblem) -> Observation {
    upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000")
        .certificate_problem(problem)
        .build()
}

/// The top cause's evidence for `problem` with `cert` presented.
fn with_certificate(problem: CertProblem, cert: CertSummary) -> Vec<Evidence> {
    let mut obs = behind_certificate(problem);
    obs.certificate = Some(cert);
    classify(&obs).causes.swap_remove(0).evidence
}

fn summary(subject: &str, issuer: &str, names: &[&str]) -> CertSummary {
    CertSummary {
        subject: subject.into(),
        issuer: issuer.into(),
        names: names.iter().map(|n| (*n).to_owned()).collect(),
        not_before: 1_700_000_000,
        not_after: 1_700_000_000 + 90 * 86_400,
        checked_at: 1_700_000_000 + 100 * 86_400 + 3600,
    }
}

/// `app.test` has an IPv6 and an IPv4 address; the first failed with `first_kind`, the
/// second connected and upgraded.
fn family_split(first_kind: NetErrorKind) -> Observation {
    Obs::to("ws://app.test:8080/")
        .system_answers(&["::1", "127.0.0.1"])
        .connect_fails("[::1]:8080", first_kind)
        .connects("127.0.0.1:8080")
        .upgraded()
        .build()
}

#[test]
fn certificate_problems_come_first() {
    for (problem, id) in [
        (CertProblem::Expired, CauseId::TlsErrorCertificateExpired),
        (
            CertProblem::NotYetValid,
            CauseId::TlsErrorCertificateNotYetValid,
        ),
        (
            CertProblem::NameMismatch,
            CauseId::TlsErrorCertificateNameMismatch,
        ),
        (CertProblem::UnknownIssuer, CauseId::TlsErrorSelfSigned),
    ] {
        assert_eq!(first(&behind_certificate(problem)), (Verdict::TlsError, id));
    }
}

#[test]
fn certificate_evidence_names_the_facts_that_convict_it() {
    let cert = summary("CN=api", "CN=Some CA", &["api.example.com", "10.0.0.1"]);
    let expired = with_certificate(CertProblem::Expired, cert.clone());
    assert_eq!(
        expired[0],
        Evidence::CertificateExpiredAgo {
            days: 10,
            not_after: cert.not_after
        }
    );
    assert!(expired.contains(&Evidence::CertificateIssued {
        subject: "CN=api".into(),
        issuer: "CN=Some CA".into()
    }));
    assert!(expired.contains(&Evidence::CertificateValidity {
        not_before: cert.not_before,
        not_after: cert.not_after
    }));

    let mismatch = with_certificate(CertProblem::NameMismatch, cert.clone());
    assert_eq!(
        mismatch[0],
        Evidence::CertificateNames {
            names: cert.names.clone(),
            host: "127.0.0.1".into()
        }
    );
    let no_names = with_certificate(CertProblem::NameMismatch, summary("CN=x", "CN=y", &[]));
    assert_eq!(
        no_names[0],
        Evidence::CertificateNoNames {
            host: "127.0.0.1".into()
        }
    );

    let own = with_certificate(CertProblem::UnknownIssuer, summary("CN=me", "CN=me", &[]));
    assert_eq!(
        own[0],
        Evidence::CertificateSelfSigned {
            subject: "CN=me".into()
        }
    );
    assert!(
        !own.iter()
            .any(|e| matches!(e, Evidence::CertificateIssued { .. })),
        "self-signed says subject once: {own:?}"
    );
    let private = with_certificate(CertProblem::UnknownIssuer, cert.clone());
    assert_eq!(
        private[0],
        Evidence::CertificateUntrustedIssuer {
            issuer: "CN=Some CA".into()
        }
    );

    let early = with_certificate(CertProblem::NotYetValid, cert.clone());
    assert_eq!(
        early[0],
        Evidence::CertificateNotYetValid {
            not_before: cert.not_before,
            checked_at: cert.checked_at
        }
    );
}

#[test]
fn fake_ip_that_hangs_up_is_the_proxy_not_the_server() {
    let mut obs = connected(
        "ws://api.fakeip.test:3000/",
        "198.18.0.5:3000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        b"",
    )
    .build();
    let d = classify(&obs);
    assert_eq!(d.causes[0].id, CauseId::RefusedProxySoftware, "{d:?}");
    assert!(matches!(d.causes[0].evidence[0], Evidence::FakeIp { .. }));
    // The same hang-up from an address typed by hand blames nobody's proxy.
    obs.target = Target::parse("ws://198.18.0.5:3000/").expect("target");
    let d = classify(&obs);
    assert!(
        d.causes
            .iter()
            .all(|c| c.id != CauseId::RefusedProxySoftware || c.evidence.is_empty()),
        "{d:?}"
    );
}

#[test]
fn first_address_failing_while_a_later_one_works_is_a_warning() {
    // The verdict is what a client that falls back sees; the first address is the warning.
    let refused = family_split(NetErrorKind::Refused);
    let d = classify(&refused);
    assert_eq!(d.verdict, Verdict::Ok);
    assert!(d.causes.is_empty());
    assert!(
        !d.has(CauseId::RefusedDnsWrongIp),
        "no expected IP was given"
    );
    assert_eq!(d.warnings.len(), 1);
    let warning = &d.warnings[0];
    assert_eq!(warning.id, WarningId::FirstAddressFails);
    assert!(warning.evidence.contains(&Evidence::OtherFamilyWorks {
        addr: addr("127.0.0.1:8080"),
        family: "IPv4".into()
    }));
    assert!(warning.evidence.contains(&Evidence::FirstAddressClients {
        addr: addr("[::1]:8080"),
        refused: true
    }));
    let timed_out = classify(&family_split(NetErrorKind::TimedOut));
    assert_eq!(timed_out.verdict, Verdict::Ok);
    assert!(
        timed_out.warnings[0]
            .evidence
            .contains(&Evidence::FirstAddressClients {
                addr: addr("[::1]:8080"),
                refused: false
            })
    );
    // Two A records, one dead: the same warning, without the other-family claim.
    let mut same = family_split(NetErrorKind::Refused);
    same.connects[0].addr = addr("127.0.0.9:8080");
    let d = classify(&same);
    assert_eq!(d.verdict, Verdict::Ok);
    assert!(d.warns(WarningId::FirstAddressFails));
    assert!(
        d.warnings[0]
            .evidence
            .contains(&Evidence::AlternateAccepts {
                addr: addr("127.0.0.1:8080")
            })
    );
    // A failing handshake on the address that accepted keeps its verdict and causes;
    // the first address is still the warning, and "the check worked there" is not said.
    let mut mismatch = family_split(NetErrorKind::Refused);
    if let Some(hs) = mismatch.handshake.as_mut() {
        hs.upgraded = false;
        hs.reply = sniff(b"HTTP/1.1 404 Not Found\r\n\r\n");
    }
    let d = classify(&mismatch);
    assert_eq!(d.verdict, Verdict::ProtocolMismatch);
    assert!(!d.has(CauseId::RefusedOtherFamilyWorks));
    assert!(d.warns(WarningId::FirstAddressFails));
    assert!(
        !d.warnings[0]
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::OtherFamilyWorks { .. }))
    );
    scores_ranked(&mismatch);
    // A connection made at the first try warns of nothing.
    assert!(
        classify(&upgraded("ws://127.0.0.1:9000/", "127.0.0.1:9000").build())
            .warnings
            .is_empty()
    );
}

/// Every rule test above, for the catalogue coverage test.
pub(super) const TESTS: &[fn()] = &[
    certificate_problems_come_first,
    certificate_evidence_names_the_facts_that_convict_it,
    fake_ip_that_hangs_up_is_the_proxy_not_the_server,
    first_address_failing_while_a_later_one_works_is_a_warning,
];
