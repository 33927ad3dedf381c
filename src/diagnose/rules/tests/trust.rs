use super::support::{classify, first, upgraded};
use crate::diagnose::{CauseId, Evidence, Verdict, WarningId};
use crate::observation::{
    CertProblem, CertSummary, ChainFacts, ChainLink, Observation, TlsFailure, TlsOutcome,
    TrustFacts, TrustView, TrustViews,
};

fn link(subject: &str, issuer: &str) -> ChainLink {
    ChainLink {
        subject: subject.into(),
        issuer: issuer.into(),
    }
}

/// A working `wss://` upgrade behind a chain with `facts`, rejected with `problem`.
fn behind(problem: Option<CertProblem>, chain: ChainFacts, views: TrustViews) -> Observation {
    let mut obs = match problem {
        Some(problem) => upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000")
            .certificate_problem(problem)
            .build(),
        None => upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000").build(),
    };
    obs.trust = Some(TrustFacts { views, chain });
    if obs.tls.is_none() {
        obs.tls = Some(TlsOutcome::Established {
            version: "TLSv1.3".into(),
            cert_problem: None,
        });
    }
    obs
}

const REJECTED: TrustViews = TrustViews {
    os: TrustView::Rejected,
    mozilla: TrustView::Rejected,
    ca_file: TrustView::Absent,
};

#[test]
fn unknown_issuers_are_told_apart_by_the_chain() {
    let own = ChainFacts {
        sent: vec![link("CN=me", "CN=me")],
        self_issued: true,
        leaf_is_ca: true,
        ..ChainFacts::default()
    };
    // openssl req -x509: webpki refuses the CA:TRUE leaf as such, not as unknown.
    let obs = behind(
        Some(CertProblem::Other("CaUsedAsEndEntity".into())),
        own,
        REJECTED,
    );
    assert_eq!(
        first(&obs),
        (Verdict::TlsError, CauseId::TlsErrorSelfSigned)
    );
    assert!(
        classify(&obs).causes[0]
            .evidence
            .contains(&Evidence::CertificateSelfSignedCa)
    );

    let missing = ChainFacts {
        sent: vec![link("CN=api", "CN=R3")],
        ca_issuers_url: Some("http://r3.i.lencr.org/".into()),
        ..ChainFacts::default()
    };
    let obs = behind(Some(CertProblem::UnknownIssuer), missing, REJECTED);
    assert_eq!(
        first(&obs),
        (Verdict::TlsError, CauseId::TlsErrorIncompleteChain)
    );

    let mkcert = ChainFacts {
        sent: vec![link("CN=api", "O=mkcert development CA, CN=mkcert me@box")],
        ..ChainFacts::default()
    };
    let obs = behind(Some(CertProblem::UnknownIssuer), mkcert, REJECTED);
    assert_eq!(
        first(&obs),
        (Verdict::TlsError, CauseId::TlsErrorSelfSigned)
    );

    let corporate = ChainFacts {
        sent: vec![
            link("CN=api", "CN=Zscaler Intermediate"),
            link("CN=Zscaler Intermediate", "CN=Zscaler Root CA"),
        ],
        issuer_sent: true,
        ..ChainFacts::default()
    };
    let obs = behind(Some(CertProblem::UnknownIssuer), corporate, REJECTED);
    assert_eq!(
        first(&obs),
        (Verdict::TlsError, CauseId::TlsErrorUntrustedIssuer)
    );
    let evidence = &classify(&obs).causes[0].evidence;
    assert_eq!(
        evidence[0],
        Evidence::CertificateUntrustedIssuer {
            issuer: "CN=Zscaler Root CA".into()
        }
    );
    assert!(evidence.iter().any(|e| matches!(
        e,
        Evidence::CertificateInspection { product, .. } if product == "Zscaler"
    )));
}

#[test]
fn a_chain_only_the_os_trusts_is_ok_with_a_warning() {
    let chain = ChainFacts {
        sent: vec![link("CN=api", "CN=Acme Root")],
        ..ChainFacts::default()
    };
    let views = TrustViews {
        os: TrustView::Accepted,
        ..REJECTED
    };
    let diagnosis = classify(&behind(None, chain.clone(), views));
    assert_eq!(diagnosis.verdict, Verdict::Ok);
    assert!(diagnosis.warns(WarningId::TrustedByOsOnly));
    let both = TrustViews {
        mozilla: TrustView::Accepted,
        ..views
    };
    assert!(!classify(&behind(None, chain, both)).warns(WarningId::TrustedByOsOnly));
}

#[test]
fn a_certificate_ending_within_two_weeks_warns_and_one_ending_later_does_not() {
    for (days, warns) in [(0, true), (13, true), (14, false), (90, false)] {
        let mut obs = behind(None, ChainFacts::default(), TrustViews::default());
        obs.certificate = Some(CertSummary {
            subject: "CN=api".into(),
            issuer: "CN=R3".into(),
            names: vec![],
            not_before: 0,
            not_after: 1_000_000 + days * 86_400 + 60,
            checked_at: 1_000_000,
        });
        let diagnosis = classify(&obs);
        assert_eq!(diagnosis.verdict, Verdict::Ok);
        assert_eq!(
            diagnosis.warns(WarningId::CertificateExpiresSoon),
            warns,
            "{days} days"
        );
    }
}

#[test]
fn a_client_certificate_request_then_a_hang_up_is_named() {
    let mut obs = upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000")
        .tls_fails(TlsFailure::Alert("HandshakeFailure".into()), b"")
        .build();
    obs.client_cert_request = Some(vec!["CN=Client CA".into()]);
    assert_eq!(
        first(&obs),
        (
            Verdict::TlsError,
            CauseId::TlsErrorClientCertificateRequired
        )
    );
    assert_eq!(
        classify(&obs).causes[0].evidence[0],
        Evidence::ClientCertificateRequested {
            names: vec!["CN=Client CA".into()]
        }
    );
    // A request the server then let pass (an optional one) is no cause.
    let mut fine = upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000").build();
    fine.client_cert_request = Some(vec![]);
    assert_eq!(classify(&fine).verdict, Verdict::Ok);
}

pub(super) const TESTS: &[fn()] = &[
    unknown_issuers_are_told_apart_by_the_chain,
    a_chain_only_the_os_trusts_is_ok_with_a_warning,
    a_certificate_ending_within_two_weeks_warns_and_one_ending_later_does_not,
    a_client_certificate_request_then_a_hang_up_is_named,
];
