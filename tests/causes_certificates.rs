//! Certificate causes (self-signed, expired, not yet valid, about to expire, for
//! another name) and TLS protocol versions, each against a real loopback TLS server.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::probe::{cause, renders_everywhere, run, settings, top};

use netdoctor::diagnose::{CauseId, Evidence, Verdict};
use netdoctor::engine::CheckResult;
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::report::build_result;

/// Checks a `wss://` URL trusting the fixture's own certificate, as `--ca-file` does.
async fn run_trusting(url: &str, server: &common::tls::TlsFixture) -> CheckResult {
    let settings = ProbeSettings {
        extra_roots: vec![rustls::pki_types::CertificateDer::from(
            server.cert_der.clone(),
        )],
        ..settings(2000)
    };
    run(url, &settings).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trusted_certificate_is_ok_and_untrusted_is_self_signed() {
    let server = common::tls_server().await;
    let url = format!("wss://{}/", server.addr);
    assert_eq!(
        run_trusting(&url, &server).await.diagnosis.verdict,
        Verdict::Ok
    );
    assert_eq!(
        top(&run(&url, &settings(2000)).await),
        CauseId::TlsErrorSelfSigned
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_signed_certificate_says_it_issued_itself() {
    let server = common::tls_server().await;
    let url = format!("wss://{}/", server.addr);
    let result = run(&url, &settings(2000)).await;
    let evidence = &cause(&result, CauseId::TlsErrorSelfSigned).evidence;
    assert!(
        matches!(&evidence[0], Evidence::CertificateSelfSigned { subject } if subject.contains("rcgen")),
        "{evidence:?}"
    );
    assert!(
        evidence.contains(&Evidence::CertificateNames {
            names: vec!["localhost".into(), "127.0.0.1".into(), "::1".into()],
            host: "127.0.0.1".into(),
        }),
        "{evidence:?}"
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_certificate() {
    let expired = time::OffsetDateTime::now_utc() - time::Duration::days(2);
    let server = common::tls::tls_server_with_cert(&["127.0.0.1", "localhost"], expired).await;
    let url = format!("wss://{}/", server.addr);
    let result = run_trusting(&url, &server).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    assert_eq!(top(&result), CauseId::TlsErrorCertificateExpired);
    let evidence = &cause(&result, CauseId::TlsErrorCertificateExpired).evidence;
    // rcgen keeps whole seconds; the check runs within the same day of the fixture.
    assert!(
        matches!(evidence[0], Evidence::CertificateExpiredAgo { days: 1 | 2, not_after }
            if not_after == expired.unix_timestamp()),
        "{evidence:?}"
    );
    assert!(
        evidence.contains(&Evidence::CertificateValidity {
            not_before: (expired - time::Duration::days(30)).unix_timestamp(),
            not_after: expired.unix_timestamp(),
        }),
        "{evidence:?}"
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_from_the_future_points_at_a_clock() {
    // Valid from 10 days ahead: what a client with a clock 10 days slow sees.
    let not_after = time::OffsetDateTime::now_utc() + time::Duration::days(40);
    let server = common::tls::tls_server_with_cert(&["127.0.0.1"], not_after).await;
    let url = format!("wss://{}/", server.addr);
    let result = run_trusting(&url, &server).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    assert_eq!(top(&result), CauseId::TlsErrorCertificateNotYetValid);
    let evidence = &cause(&result, CauseId::TlsErrorCertificateNotYetValid).evidence;
    assert!(
        matches!(evidence[0], Evidence::CertificateNotYetValid { not_before, checked_at }
            if not_before == (not_after - time::Duration::days(30)).unix_timestamp()
                && checked_at < not_before),
        "{evidence:?}"
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_about_to_expire_works_and_is_called_out() {
    let not_after = time::OffsetDateTime::now_utc() + time::Duration::days(5);
    let server = common::tls::tls_server_with_cert(&["127.0.0.1"], not_after).await;
    let url = format!("wss://{}/", server.addr);
    let result = run_trusting(&url, &server).await;
    assert_eq!(
        result.diagnosis.verdict,
        Verdict::Ok,
        "{:?}",
        result.diagnosis
    );
    let l10n = Localizer::new(Lang::En);
    let entry = build_result(&l10n, &url, &result);
    let cert = entry.certificate.expect("the certificate is reported");
    // Five days less the seconds the check took: four whole days, or five when
    // the check ran within the second the certificate was made.
    let days = cert.days_left.expect("days left");
    assert!(matches!(days, 4 | 5), "{days}");
    assert!(cert.expires_soon());
    let line = cert.describe(&l10n);
    assert!(line.contains(&format!("expires in {days} days")), "{line}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_for_another_name() {
    let valid = time::OffsetDateTime::now_utc() + time::Duration::days(30);
    let server = common::tls::tls_server_with_cert(&["other.netdoctor.test"], valid).await;
    let url = format!("wss://{}/", server.addr);
    let result = run_trusting(&url, &server).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    assert_eq!(top(&result), CauseId::TlsErrorCertificateNameMismatch);
    let evidence = &cause(&result, CauseId::TlsErrorCertificateNameMismatch).evidence;
    assert_eq!(
        evidence[0],
        Evidence::CertificateNames {
            names: vec!["other.netdoctor.test".into()],
            host: "127.0.0.1".into(),
        }
    );
    // A trusted issuer is named without calling it untrusted.
    assert!(
        evidence
            .iter()
            .any(|e| matches!(e, Evidence::CertificateIssued { .. })),
        "{evidence:?}"
    );
    renders_everywhere(&url, &result);
}

/// A TLS 1.0-only server answering with its ServerHello: record header, handshake
/// type 2 with its length, version 3.1, 32 random bytes, no session id,
/// TLS_RSA_WITH_AES_128_CBC_SHA, no compression.
const TLS10_SERVER_HELLO: &[u8] = &[
    22, 3, 1, 0, 42, 2, 0, 0, 38, 3, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 0, 0, 0x2f, 0,
];

/// A fatal `protocol_version` alert (70) in a TLS 1.0 record.
const PROTOCOL_VERSION_ALERT: &[u8] = &[21, 3, 1, 0, 2, 2, 70];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_stuck_on_tls_1_0_is_protocol_version() {
    let server = common::tls::old_tls_server(TLS10_SERVER_HELLO).await;
    let url = format!("wss://{}/", server.addr);
    let result = run(&url, &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError, "{result:?}");
    assert_eq!(
        top(&result),
        CauseId::TlsErrorProtocolVersion,
        "{:?}",
        result.diagnosis
    );
    assert_eq!(
        cause(&result, CauseId::TlsErrorProtocolVersion).evidence,
        vec![Evidence::TlsServerVersion {
            version: "TLS 1.0".into()
        }]
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protocol_version_alert_is_protocol_version() {
    let server = common::tls::old_tls_server(PROTOCOL_VERSION_ALERT).await;
    let url = format!("https://{}/", server.addr);
    let result = run(&url, &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError, "{result:?}");
    assert_eq!(top(&result), CauseId::TlsErrorProtocolVersion);
    assert_eq!(
        cause(&result, CauseId::TlsErrorProtocolVersion).evidence,
        vec![Evidence::TlsVersionAlert]
    );
    // The server saw a real ClientHello: the fixture read a whole handshake record.
    assert_eq!(server.requests()[0].first(), Some(&22));
}
