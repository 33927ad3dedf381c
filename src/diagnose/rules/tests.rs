//! Table tests: one observation per rule, the verdict and first cause it must give.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use super::classify;
use crate::context::{LocalAddr, LocalContext, PortCensus, ProxySetting};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::engine::observation::{
    Captured, CertProblem, CertSummary, ConnectAttempt, Handshake, HandshakeEnd, HandshakeKind,
    NetError, NetErrorKind, Observation, PortState, PortSweep, Resolution, ResolveFailure,
    ResolverSource, TlsFailure, TlsOutcome,
};
use crate::engine::sniff::sniff;
use crate::target::Target;

fn addr(text: &str) -> SocketAddr {
    text.parse().expect("socket address")
}

fn ip(text: &str) -> IpAddr {
    text.parse().expect("ip")
}

fn base(url: &str, addrs: &[&str]) -> Observation {
    let target = Target::parse(url).expect("target");
    let mut obs = Observation::new(target, Duration::from_millis(1000));
    obs.resolution = Some(Resolution {
        source: ResolverSource::Literal,
        addrs: addrs.iter().map(|a| ip(a)).collect(),
        failure: None,
    });
    obs
}

fn failed(url: &str, dial: &str, kind: NetErrorKind) -> Observation {
    let mut obs = base(url, &[dial.split(':').next().unwrap_or_default()]);
    obs.connects.push(ConnectAttempt {
        addr: addr(dial),
        error: Some(NetError::new(kind)),
        elapsed: Duration::from_millis(1),
    });
    obs
}

fn connected(
    url: &str,
    peer: &str,
    kind: HandshakeKind,
    end: HandshakeEnd,
    received: &[u8],
) -> Observation {
    let mut obs = base(url, &[peer.split(':').next().unwrap_or_default()]);
    obs.connects.push(ConnectAttempt {
        addr: addr(peer),
        error: None,
        elapsed: Duration::from_millis(1),
    });
    obs.peer = Some(addr(peer));
    obs.captured = Captured {
        sent: b"GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n".to_vec(),
        received: received.to_vec(),
        ..Captured::default()
    };
    obs.handshake = Some(Handshake {
        kind,
        end,
        reply: sniff(received),
        upgraded: false,
        ws_error: None,
    });
    obs
}

/// A connection to `peer` whose WebSocket upgrade succeeded.
fn upgraded(url: &str, peer: &str) -> Observation {
    let mut obs = connected(
        url,
        peer,
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
    );
    if let Some(hs) = obs.handshake.as_mut() {
        hs.upgraded = true;
    }
    obs
}

fn first(obs: &Observation) -> (Verdict, CauseId) {
    let d = classify(obs);
    let top = d.top().map(|c| c.id).expect("a failing verdict has causes");
    (d.verdict, top)
}

fn scores_ranked(obs: &Observation) {
    let d = classify(obs);
    for pair in d.causes.windows(2) {
        assert!(pair[0].score >= pair[1].score, "{:?}", d.causes);
    }
    for c in &d.causes {
        assert!((0.0..=1.0).contains(&c.score));
    }
}

#[test]
fn refused_plain_is_server_not_running() {
    let obs = failed("ws://127.0.0.1:9/", "127.0.0.1:9", NetErrorKind::Refused);
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedServerNotRunning)
    );
    scores_ranked(&obs);
}

#[test]
fn refused_with_loopback_accepting_is_loopback_only_bind() {
    let mut obs = failed("ws://127.0.0.2:9/", "127.0.0.2:9", NetErrorKind::Refused);
    obs.followups.alternates = vec![(addr("127.0.0.1:9"), true), (addr("[::1]:9"), false)];
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedLoopbackOnlyBind)
    );
    let d = classify(&obs);
    assert_eq!(
        d.causes[0].evidence,
        vec![Evidence::AlternateAccepts {
            addr: addr("127.0.0.1:9")
        }]
    );
}

#[test]
fn refused_with_interface_accepting_is_wrong_host() {
    let mut obs = failed("ws://127.0.0.1:9/", "127.0.0.1:9", NetErrorKind::Refused);
    obs.followups.alternates = vec![(addr("[::1]:9"), false), (addr("10.1.2.3:9"), true)];
    assert_eq!(first(&obs), (Verdict::Refused, CauseId::RefusedWrongHost));
}

#[test]
fn refused_with_neighbour_open_is_wrong_port() {
    let mut obs = failed(
        "ws://127.0.0.1:8080/",
        "127.0.0.1:8080",
        NetErrorKind::Refused,
    );
    obs.followups.sweep = Some(PortSweep {
        ip: Some(ip("127.0.0.1")),
        ports: vec![(8081, PortState::Open), (8079, PortState::Refused)],
    });
    // Another port answering makes "wrong port" likely, though "not running" stays close.
    let d = classify(&obs);
    let wrong_port = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedWrongPort)
        .expect("wrong port listed");
    assert!(wrong_port.score >= 0.7);
    assert!(
        matches!(&wrong_port.evidence[0], Evidence::PortsOpen { ports, .. } if ports == &vec![8081])
    );
}

#[test]
fn refused_with_dns_mismatch_is_dns_wrong_ip() {
    let mut obs = failed(
        "ws://app.example.test:80/",
        "127.0.0.9:80",
        NetErrorKind::Refused,
    );
    obs.expect_ips = vec![ip("127.0.0.1")];
    assert_eq!(first(&obs), (Verdict::Refused, CauseId::RefusedDnsWrongIp));
}

#[test]
fn refused_on_fake_ip_is_proxy_software() {
    let mut obs = failed(
        "ws://app.example.test:80/",
        "198.18.0.7:80",
        NetErrorKind::Refused,
    );
    obs.resolution = Some(Resolution {
        source: ResolverSource::System,
        addrs: vec![ip("198.18.0.7")],
        failure: None,
    });
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedProxySoftware)
    );
}

#[test]
fn refused_with_proxy_variable_lists_it() {
    let mut obs = failed(
        "ws://app.example.test:80/",
        "127.0.0.9:80",
        NetErrorKind::Refused,
    );
    obs.context = Arc::new(LocalContext {
        proxies: vec![ProxySetting {
            var: "HTTPS_PROXY".into(),
            value: "http://proxy:3128".into(),
        }],
        ..LocalContext::default()
    });
    let d = classify(&obs);
    let proxy = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedProxySoftware)
        .expect("proxy cause");
    assert!(proxy.score >= 0.5);
    assert!(
        matches!(&proxy.evidence[0], Evidence::ProxyVariable { var, .. } if var == "HTTPS_PROXY")
    );
}

#[test]
fn refused_on_cdn_address_ranks_cdn() {
    let mut obs = failed(
        "ws://app.example.test:2096/",
        "104.16.1.1:2096",
        NetErrorKind::Refused,
    );
    obs.resolution = Some(Resolution {
        source: ResolverSource::System,
        addrs: vec![ip("104.16.1.1")],
        failure: None,
    });
    let d = classify(&obs);
    let cdn = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedCdnProxy)
        .expect("cdn");
    assert!(cdn.score >= 0.8);
}

#[test]
fn timeout_lists_all_firewalls_and_says_they_look_alike() {
    let mut obs = failed(
        "tcp://127.0.0.1:7000",
        "127.0.0.1:7000",
        NetErrorKind::TimedOut,
    );
    obs.followups.sweep = Some(PortSweep {
        ip: Some(ip("127.0.0.1")),
        ports: vec![(22, PortState::Open), (7001, PortState::Silent)],
    });
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Timeout);
    assert_eq!(d.causes[0].id, CauseId::TimeoutFirewall);
    assert!(d.has(CauseId::TimeoutCloudSecurityGroup));
    assert!(d.has(CauseId::TimeoutPanelFirewall));
    assert!(d.causes[0].evidence.contains(&Evidence::CannotTellApart));
}

#[test]
fn timeout_with_every_port_silent_raises_server_down() {
    let mut obs = failed(
        "tcp://127.0.0.1:7000",
        "127.0.0.1:7000",
        NetErrorKind::TimedOut,
    );
    obs.followups.sweep = Some(PortSweep {
        ip: Some(ip("127.0.0.1")),
        ports: vec![(22, PortState::Silent), (80, PortState::Silent)],
    });
    let d = classify(&obs);
    let down = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::TimeoutServerNotRunning)
        .expect("listed");
    assert!(down.score > 0.5);
}

#[test]
fn timeout_to_foreign_private_ip_is_private_ip_unreachable() {
    let mut obs = failed(
        "tcp://10.20.30.40:22",
        "10.20.30.40:22",
        NetErrorKind::TimedOut,
    );
    obs.context = Arc::new(LocalContext {
        interfaces: vec![LocalAddr {
            name: "eth0".into(),
            ip: ip("192.168.1.5"),
            prefix_len: 24,
        }],
        ..LocalContext::default()
    });
    assert_eq!(
        first(&obs),
        (Verdict::Timeout, CauseId::TimeoutPrivateIpUnreachable)
    );
}

#[test]
fn timeout_to_private_ip_on_own_subnet_is_not_private_unreachable() {
    let mut obs = failed(
        "tcp://192.168.1.40:22",
        "192.168.1.40:22",
        NetErrorKind::TimedOut,
    );
    obs.context = Arc::new(LocalContext {
        interfaces: vec![LocalAddr {
            name: "eth0".into(),
            ip: ip("192.168.1.5"),
            prefix_len: 24,
        }],
        ..LocalContext::default()
    });
    assert!(!classify(&obs).has(CauseId::TimeoutPrivateIpUnreachable));
}

#[test]
fn timeout_with_dns_mismatch_is_dns_wrong_ip() {
    let mut obs = failed(
        "tcp://db.example.test:5432",
        "127.0.0.9:5432",
        NetErrorKind::TimedOut,
    );
    obs.expect_ips = vec![ip("127.0.0.1")];
    assert_eq!(first(&obs), (Verdict::Timeout, CauseId::TimeoutDnsWrongIp));
}

#[test]
fn addr_not_available_without_census_lists_both() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    );
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::AddrNotAvailable);
    assert!(d.has(CauseId::AddrNotAvailableEphemeralPortsExhausted));
    assert!(d.has(CauseId::AddrNotAvailableTimeWait));
}

#[test]
fn addr_not_available_with_many_sockets_to_destination_is_exhaustion() {
    let mut obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    );
    obs.census = Some(PortCensus {
        range: (32768, 60999),
        to_destination: 28_000,
        time_wait: 100,
    });
    assert_eq!(
        first(&obs),
        (
            Verdict::AddrNotAvailable,
            CauseId::AddrNotAvailableEphemeralPortsExhausted
        )
    );
}

#[test]
fn addr_not_available_with_time_wait_pileup_is_time_wait() {
    let mut obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    );
    obs.census = Some(PortCensus {
        range: (32768, 60999),
        to_destination: 300,
        time_wait: 27_000,
    });
    assert_eq!(
        first(&obs),
        (Verdict::AddrNotAvailable, CauseId::AddrNotAvailableTimeWait)
    );
}

#[test]
fn net_unreachable_is_no_route() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::NetUnreachable,
    );
    assert_eq!(
        first(&obs),
        (Verdict::Unreachable, CauseId::UnreachableNoRoute)
    );
}

#[test]
fn net_unreachable_to_private_ip_ranks_private_first() {
    let obs = failed(
        "tcp://172.20.0.5:80",
        "172.20.0.5:80",
        NetErrorKind::NetUnreachable,
    );
    assert_eq!(
        first(&obs),
        (Verdict::Unreachable, CauseId::TimeoutPrivateIpUnreachable)
    );
}

#[test]
fn connect_reset_is_reset_on_connect() {
    let obs = failed("tcp://127.0.0.1:80", "127.0.0.1:80", NetErrorKind::Reset);
    assert_eq!(first(&obs), (Verdict::Reset, CauseId::ResetOnConnect));
}

#[test]
fn dns_failures() {
    let mut obs = base("ws://nowhere.example.test/", &[]);
    obs.resolution = Some(Resolution {
        source: ResolverSource::Server(addr("127.0.0.1:5353")),
        addrs: vec![],
        failure: Some(ResolveFailure::NoSuchHost),
    });
    assert_eq!(
        first(&obs),
        (Verdict::DnsFailure, CauseId::DnsFailureNoSuchHost)
    );
    obs.resolution = Some(Resolution {
        source: ResolverSource::System,
        addrs: vec![],
        failure: Some(ResolveFailure::TimedOut),
    });
    assert_eq!(
        first(&obs),
        (Verdict::DnsFailure, CauseId::DnsFailureServerUnreachable)
    );
}

#[test]
fn websocket_to_http_404_is_ws_to_http() {
    let obs = connected(
        "ws://127.0.0.1:8282/chat",
        "127.0.0.1:8282",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\nServer: test\r\n\r\n",
    );
    assert_eq!(
        first(&obs),
        (Verdict::ProtocolMismatch, CauseId::ProtocolMismatchWsToHttp)
    );
    let d = classify(&obs);
    assert!(d.causes[0].evidence.contains(&Evidence::HttpStatus {
        status_line: "HTTP/1.1 404 Not Found".into()
    }));
}

#[test]
fn websocket_to_cdn_page_also_names_the_cdn() {
    let obs = connected(
        "ws://127.0.0.1:8282/",
        "127.0.0.1:8282",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\nServer: cloudflare\r\nCF-RAY: 1234-AMS\r\n\r\n",
    );
    let d = classify(&obs);
    assert_eq!(d.causes[0].id, CauseId::ProtocolMismatchWsToHttp);
    assert!(d.has(CauseId::RefusedCdnProxy));
}

#[test]
fn websocket_to_banner_is_invalid_http_response() {
    let obs = connected(
        "ws://127.0.0.1:22/",
        "127.0.0.1:22",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"SSH-2.0-OpenSSH_9.6\r\n",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchInvalidHttpResponse
        )
    );
}

#[test]
fn websocket_getting_tls_alert_is_plain_to_tls() {
    let obs = connected(
        "ws://127.0.0.1:443/",
        "127.0.0.1:443",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        &[21, 3, 3, 0, 2, 2, 50],
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchPlainToTls
        )
    );
}

#[test]
fn hang_up_on_a_tls_port_is_plain_to_tls() {
    let mut obs = connected(
        "http://127.0.0.1:443/",
        "127.0.0.1:443",
        HandshakeKind::Http,
        HandshakeEnd::Closed,
        b"",
    );
    obs.followups.tls_on_port = Some(true);
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchPlainToTls
        )
    );
    obs.followups.tls_on_port = Some(false);
    assert_eq!(
        first(&obs),
        (Verdict::Reset, CauseId::ResetClosedWithoutReply)
    );
}

#[test]
fn silence_is_silent_server() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::TimedOut,
        b"",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSilentServer
        )
    );
}

#[test]
fn reset_after_request_is_reset_during_handshake() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Reset,
        b"",
    );
    assert_eq!(first(&obs), (Verdict::Reset, CauseId::ResetDuringHandshake));
}

#[test]
fn upgraded_is_ok_without_causes() {
    let obs = upgraded("ws://127.0.0.1:9000/", "127.0.0.1:9000");
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Ok);
    assert!(d.causes.is_empty());
}

#[test]
fn bad_accept_key_is_bad_upgrade() {
    let obs = connected(
        "ws://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\n\r\n",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchBadUpgrade
        )
    );
}

#[test]
fn http_statuses() {
    let ok = connected(
        "http://127.0.0.1:80/",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 200 OK\r\n\r\n",
    );
    assert_eq!(classify(&ok).verdict, Verdict::Ok);
    let missing = connected(
        "http://127.0.0.1:80/x",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 404 Not Found\r\n\r\n",
    );
    assert_eq!(first(&missing), (Verdict::Error, CauseId::ErrorHttpStatus));
}

#[test]
fn tcp_greeting_or_silence_is_ok_but_hang_up_is_not() {
    for (end, bytes) in [
        (HandshakeEnd::Completed, &b"SSH-2.0-x\r\n"[..]),
        (HandshakeEnd::TimedOut, &b""[..]),
    ] {
        let obs = connected(
            "tcp://127.0.0.1:22",
            "127.0.0.1:22",
            HandshakeKind::Greeting,
            end,
            bytes,
        );
        assert_eq!(classify(&obs).verdict, Verdict::Ok);
    }
    let obs = connected(
        "tcp://127.0.0.1:22",
        "127.0.0.1:22",
        HandshakeKind::Greeting,
        HandshakeEnd::Closed,
        b"",
    );
    assert_eq!(
        first(&obs),
        (Verdict::Reset, CauseId::ResetClosedWithoutReply)
    );
}

fn tls_failed(failure: TlsFailure, received: &[u8]) -> Observation {
    let mut obs = connected(
        "wss://127.0.0.1:9000/",
        "127.0.0.1:9000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"",
    );
    obs.handshake = None;
    obs.tls = Some(TlsOutcome::Failed(failure));
    obs.captured.received = received.to_vec();
    obs
}

#[test]
fn tls_to_plain_http_is_tls_to_plain() {
    let obs = tls_failed(TlsFailure::NotTls, b"HTTP/1.1 400 Bad Request\r\n\r\n");
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchTlsToPlain
        )
    );
}

#[test]
fn tls_failures_by_kind() {
    let alert = tls_failed(TlsFailure::Alert("HandshakeFailure".into()), b"");
    assert_eq!(
        first(&alert),
        (Verdict::TlsError, CauseId::TlsErrorHandshakeFailed)
    );
    let version = tls_failed(TlsFailure::ProtocolVersion, b"");
    assert_eq!(
        first(&version),
        (Verdict::TlsError, CauseId::TlsErrorProtocolVersion)
    );
    let reset = tls_failed(TlsFailure::Io(NetError::new(NetErrorKind::Reset)), b"");
    assert_eq!(
        first(&reset),
        (Verdict::Reset, CauseId::ResetDuringHandshake)
    );
    let silent = tls_failed(TlsFailure::Io(NetError::new(NetErrorKind::TimedOut)), b"");
    assert_eq!(
        first(&silent),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSilentServer
        )
    );
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

/// A `wss://127.0.0.1:9000/` observation whose upgrade worked behind `problem`.
fn behind_certificate(problem: CertProblem) -> Observation {
    let mut obs = upgraded("wss://127.0.0.1:9000/", "127.0.0.1:9000");
    obs.tls = Some(TlsOutcome::Established {
        version: "TLSv1_3".into(),
        cert_problem: Some(problem),
    });
    obs
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
fn protocol_version_evidence_reads_the_server_reply() {
    // ServerHello choosing TLS 1.0: record header, handshake type 2, length, version.
    let hello = [22, 3, 1, 0, 42, 2, 0, 0, 38, 3, 1];
    let d = classify(&tls_failed(TlsFailure::ProtocolVersion, &hello));
    assert_eq!(
        d.causes[0].evidence,
        vec![Evidence::TlsServerVersion {
            version: "TLS 1.0".into()
        }]
    );
    let alert = [21, 3, 3, 0, 2, 2, 70];
    let d = classify(&tls_failed(TlsFailure::ProtocolVersion, &alert));
    assert_eq!(d.causes[0].evidence, vec![Evidence::TlsVersionAlert]);
}

#[test]
fn fake_ip_that_hangs_up_is_the_proxy_not_the_server() {
    let mut obs = connected(
        "ws://api.fakeip.test:3000/",
        "198.18.0.5:3000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        b"",
    );
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
fn no_resolution_is_an_error_not_a_panic() {
    let target = Target::parse("ws://127.0.0.1:1/").expect("target");
    let obs = Observation::new(target, Duration::ZERO);
    assert_eq!(first(&obs), (Verdict::Error, CauseId::ErrorUnexpected));
}

#[test]
fn endless_http_head_is_invalid_http_response() {
    let mut obs = connected(
        "http://127.0.0.1:80/",
        "127.0.0.1:80",
        HandshakeKind::Http,
        HandshakeEnd::CaptureFull,
        b"HTTP/1.1 200 OK\r\nX-Long: aaaaaaaa",
    );
    obs.captured.received_truncated = true;
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchInvalidHttpResponse
        )
    );
}

fn ws_reply(received: &[u8]) -> Observation {
    connected(
        "ws://127.0.0.1:8080/chat",
        "127.0.0.1:8080",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        received,
    )
}

fn score_of(obs: &Observation, id: CauseId) -> Option<f32> {
    classify(obs)
        .causes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.score)
}

#[test]
fn nginx_426_is_proxy_dropped_upgrade_above_ws_to_http() {
    let obs = ws_reply(
        b"HTTP/1.1 426 Upgrade Required\r\nServer: nginx/1.24.0\r\nUpgrade: websocket\r\n\r\nUpgrade Required",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchProxyDroppedUpgrade
        )
    );
    let d = classify(&obs);
    assert!(
        d.causes[0]
            .evidence
            .contains(&Evidence::ReverseProxyHeader {
                name: "server".into(),
                value: "nginx/1.24.0".into()
            })
    );
    assert!(
        d.causes[0]
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::UpgradeLost { .. }))
    );
    assert!(d.has(CauseId::ProtocolMismatchWsToHttp));
    scores_ranked(&obs);
}

#[test]
fn proxy_without_upgrade_hints_stays_below_ws_to_http() {
    // nginx's own 404: the location is missing, not the upgrade headers.
    let obs = ws_reply(b"HTTP/1.1 404 Not Found\r\nServer: nginx\r\n\r\n");
    assert_eq!(
        first(&obs),
        (Verdict::ProtocolMismatch, CauseId::ProtocolMismatchWsToHttp)
    );
    assert!(score_of(&obs, CauseId::ProtocolMismatchProxyDroppedUpgrade).is_some_and(|s| s < 0.92));
    // A plain server without any proxy sign does not name a proxy at all.
    let plain = ws_reply(b"HTTP/1.0 404 File not found\r\nServer: SimpleHTTP/0.6\r\n\r\n");
    assert_eq!(
        score_of(&plain, CauseId::ProtocolMismatchProxyDroppedUpgrade),
        None
    );
    // 426 with Sec-WebSocket-Version is a version mismatch, not a lost upgrade.
    let version = ws_reply(b"HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 8\r\n\r\n");
    assert_eq!(
        score_of(&version, CauseId::ProtocolMismatchProxyDroppedUpgrade),
        None
    );
}

#[test]
fn engine_io_error_body_is_socketio_endpoint() {
    let obs = ws_reply(
        b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n{\"code\":0,\"message\":\"Transport unknown\"}",
    );
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSocketioEndpoint
        )
    );
    let path_only = connected(
        "ws://127.0.0.1:3000/socket.io/",
        "127.0.0.1:3000",
        HandshakeKind::WebSocket,
        HandshakeEnd::Completed,
        b"HTTP/1.1 400 Bad Request\r\n\r\n",
    );
    let d = classify(&path_only);
    assert!(d.has(CauseId::ProtocolMismatchSocketioEndpoint));
    assert!(
        d.causes
            .iter()
            .any(|c| c.evidence.contains(&Evidence::SocketIoPath {
                path: "/socket.io/".into()
            }))
    );
    // Over plain HTTP an Engine.IO error is a mismatch too.
    let http = connected(
        "http://127.0.0.1:3000/socket.io/",
        "127.0.0.1:3000",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 400 Bad Request\r\n\r\n{\"code\":0,\"message\":\"Transport unknown\"}",
    );
    assert_eq!(
        first(&http),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSocketioEndpoint
        )
    );
}

#[test]
fn forbidden_upgrade_accepted_with_origin_is_origin_rejected() {
    let mut obs = ws_reply(b"HTTP/1.1 403 Forbidden\r\n\r\n");
    // Without the follow-up a 403 is only a candidate.
    assert!(score_of(&obs, CauseId::ProtocolMismatchOriginRejected).is_some_and(|s| s < 0.92));
    obs.followups.origin_retry = Some((
        "http://127.0.0.1:8080".into(),
        sniff(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"),
    ));
    assert_eq!(
        first(&obs),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchOriginRejected
        )
    );
    let d = classify(&obs);
    assert!(d.causes[0].evidence.contains(&Evidence::OriginRetry {
        origin: Some("http://127.0.0.1:8080".into()),
        status: "HTTP/1.1 101 Switching Protocols".into()
    }));
    assert!(d.causes[0].evidence.contains(&Evidence::OriginRetry {
        origin: None,
        status: "HTTP/1.1 403 Forbidden".into()
    }));
    // The same 403 with the Origin too: not an Origin problem.
    obs.followups.origin_retry = Some((
        "http://127.0.0.1:8080".into(),
        sniff(b"HTTP/1.1 403 Forbidden\r\n\r\n"),
    ));
    assert_eq!(
        score_of(&obs, CauseId::ProtocolMismatchOriginRejected),
        None
    );
}

#[test]
fn subprotocol_demanded_or_imposed_is_subprotocol() {
    let demanded = ws_reply(
        b"HTTP/1.1 400 Bad Request\r\n\r\nmissing Sec-WebSocket-Protocol: expected graphql-transport-ws",
    );
    assert_eq!(
        first(&demanded),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSubprotocol
        )
    );
    let imposed = ws_reply(
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: x\r\nSec-WebSocket-Protocol: graphql-ws\r\n\r\n",
    );
    assert_eq!(
        first(&imposed),
        (
            Verdict::ProtocolMismatch,
            CauseId::ProtocolMismatchSubprotocol
        )
    );
    assert!(classify(&imposed).has(CauseId::ProtocolMismatchBadUpgrade));
}

#[test]
fn hang_up_on_accept_names_the_container_bind_next_to_closed_without_reply() {
    let mut obs = connected(
        "ws://127.0.0.1:8080/",
        "127.0.0.1:8080",
        HandshakeKind::WebSocket,
        HandshakeEnd::Closed,
        b"",
    );
    obs.followups.tls_on_port = Some(false);
    obs.followups.hang_up_on_accept = Some(true);
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Reset);
    assert_eq!(d.causes[0].id, CauseId::ResetClosedWithoutReply);
    let container = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::ResetLoopbackOnlyBindInContainer)
        .expect("container cause listed");
    assert!(container.score >= 0.7);
    assert!(container.evidence.contains(&Evidence::HangUpOnAccept {
        addr: addr("127.0.0.1:8080")
    }));
    // A server that waits for the request and closes after it is something else.
    obs.followups.hang_up_on_accept = Some(false);
    assert!(!classify(&obs).has(CauseId::ResetLoopbackOnlyBindInContainer));
}

fn family_split(first_kind: NetErrorKind) -> Observation {
    let mut obs = upgraded("ws://app.test:8080/", "127.0.0.1:8080");
    obs.resolution = Some(Resolution {
        source: ResolverSource::System,
        addrs: vec![ip("::1"), ip("127.0.0.1")],
        failure: None,
    });
    obs.connects.insert(
        0,
        ConnectAttempt {
            addr: addr("[::1]:8080"),
            error: Some(NetError::new(first_kind)),
            elapsed: Duration::from_millis(1),
        },
    );
    obs
}

#[test]
fn first_family_failing_while_the_other_works_is_named() {
    let refused = family_split(NetErrorKind::Refused);
    assert_eq!(
        first(&refused),
        (Verdict::Refused, CauseId::RefusedOtherFamilyWorks)
    );
    let d = classify(&refused);
    assert!(d.causes[0].evidence.contains(&Evidence::OtherFamilyWorks {
        addr: addr("127.0.0.1:8080"),
        family: "IPv4".into()
    }));
    assert!(d.causes[0].evidence.contains(&Evidence::FirstAddressOnly {
        addr: addr("[::1]:8080"),
        family: "IPv6".into()
    }));
    let timed_out = family_split(NetErrorKind::TimedOut);
    assert_eq!(
        first(&timed_out),
        (Verdict::Timeout, CauseId::TimeoutOtherFamilyWorks)
    );
    // The same family failing first (two A records, one dead) is not this cause.
    let mut same = family_split(NetErrorKind::Refused);
    same.connects[0].addr = addr("127.0.0.9:8080");
    assert_eq!(classify(&same).verdict, Verdict::Ok);
    // A failing handshake on the working family keeps its verdict; the split is one more cause.
    let mut mismatch = family_split(NetErrorKind::Refused);
    if let Some(hs) = mismatch.handshake.as_mut() {
        hs.upgraded = false;
        hs.reply = sniff(b"HTTP/1.1 404 Not Found\r\n\r\n");
    }
    let d = classify(&mismatch);
    assert_eq!(d.verdict, Verdict::ProtocolMismatch);
    assert!(d.has(CauseId::RefusedOtherFamilyWorks));
    scores_ranked(&mismatch);
}

#[test]
fn cdn_address_on_a_port_the_cdn_does_not_forward() {
    let mut obs = failed(
        "ws://app.example.test:9000/",
        "104.16.1.1:9000",
        NetErrorKind::TimedOut,
    );
    obs.resolution = Some(Resolution {
        source: ResolverSource::System,
        addrs: vec![ip("104.16.1.1")],
        failure: None,
    });
    assert_eq!(
        first(&obs),
        (Verdict::Timeout, CauseId::RefusedCdnPortNotProxied)
    );
    // 8443 is forwarded: no such cause there.
    let mut fwd = failed(
        "ws://app.example.test:8443/",
        "104.16.1.1:8443",
        NetErrorKind::Refused,
    );
    fwd.resolution = obs.resolution.clone();
    assert!(!classify(&fwd).has(CauseId::RefusedCdnPortNotProxied));
}

#[test]
fn cdn_error_page_means_the_origin_is_unreachable() {
    for (kind, url) in [
        (HandshakeKind::WebSocket, "ws://127.0.0.1:8282/"),
        (HandshakeKind::Http, "http://127.0.0.1:8282/"),
    ] {
        let obs = connected(
            url,
            "127.0.0.1:8282",
            kind,
            HandshakeEnd::Completed,
            b"HTTP/1.1 521 Web Server Is Down\r\nServer: cloudflare\r\nCF-RAY: 8a1b-AMS\r\n\r\n",
        );
        assert_eq!(
            first(&obs),
            (Verdict::Error, CauseId::ErrorCdnOriginUnreachable)
        );
    }
    // A plain 521 without the CDN's marks is just an HTTP error.
    let plain = connected(
        "http://127.0.0.1:8282/",
        "127.0.0.1:8282",
        HandshakeKind::Http,
        HandshakeEnd::Completed,
        b"HTTP/1.1 521 Odd\r\n\r\n",
    );
    assert!(!classify(&plain).has(CauseId::ErrorCdnOriginUnreachable));
}
