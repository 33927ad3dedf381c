//! The rules that turn an observation into a diagnosis.

use std::net::{IpAddr, SocketAddr};

use crate::context::{CDN_PROXIED_PORTS, CDN_RANGES, FAKE_IP_RANGES, PRIVATE_RANGES, range_of};
use crate::diagnose::{CauseId, Diagnosis, Evidence, RankedCause, Verdict};
use crate::engine::capture::DEFAULT_CAPTURE_LIMIT;
use crate::engine::errno::OS_RETRIES_REFUSED;
use crate::engine::observation::{
    CertProblem, Handshake, HandshakeEnd, HandshakeKind, NetErrorKind, Observation, PortState,
    ResolveFailure, ResolverSource, TlsFailure, TlsOutcome,
};
use crate::engine::sniff::{
    HttpHead, Reply, TlsRecord, server_hello_version, sniff, tls_version_name,
};
use crate::target::Host;

/// Response headers that show a CDN or caching proxy answered.
const CDN_HEADERS: [&str; 8] = [
    "cf-ray",
    "x-amz-cf-id",
    "x-amz-cf-pop",
    "via",
    "x-cache",
    "x-served-by",
    "x-akamai-request-id",
    "x-fastly-request-id",
];

/// Collects candidate causes, then ranks them.
struct Causes(Vec<RankedCause>);

impl Causes {
    fn new() -> Causes {
        Causes(Vec::new())
    }

    fn add(&mut self, id: CauseId, score: f32, evidence: Vec<Evidence>) {
        self.0.push(RankedCause {
            id,
            score: score.clamp(0.0, 1.0),
            evidence,
        });
    }

    fn finish(mut self, verdict: Verdict) -> Diagnosis {
        // Stable sort: equal scores keep the order the rules added them in.
        self.0.sort_by(|a, b| b.score.total_cmp(&a.score));
        Diagnosis {
            verdict,
            causes: self.0,
        }
    }
}

/// Diagnoses an observation.
pub fn classify(obs: &Observation) -> Diagnosis {
    let Some(resolution) = &obs.resolution else {
        return unexpected(vec![]);
    };
    if let Some(failure) = &resolution.failure {
        return dns_failure(obs, failure, &resolution.source);
    }
    if obs.peer.is_none() {
        return connect_failure(obs);
    }
    if let Some(TlsOutcome::Failed(failure)) = &obs.tls {
        return with_fake_ip_proxy(obs, tls_failure(obs, failure));
    }
    let cert_problem = match &obs.tls {
        Some(TlsOutcome::Established {
            cert_problem: Some(problem),
            ..
        }) => Some(problem),
        _ => None,
    };
    let Some(handshake) = &obs.handshake else {
        return unexpected(vec![]);
    };
    let diagnosis = with_fake_ip_proxy(
        obs,
        with_family_split(obs, handshake_diagnosis(obs, handshake)),
    );
    match cert_problem {
        None => diagnosis,
        Some(problem) => with_cert_problem(obs, diagnosis, problem),
    }
}

/// A TUN-mode proxy accepts every connection to its fake IPs itself, then hangs
/// up when it cannot reach the real server: a silent close or reset from a fake
/// IP is the proxy speaking, not the server, and not a container's port mapping.
fn with_fake_ip_proxy(obs: &Observation, diagnosis: Diagnosis) -> Diagnosis {
    let fake = fake_ip_evidence(obs);
    if fake.is_empty() || !obs.captured.received.is_empty() || diagnosis.verdict == Verdict::Ok {
        return diagnosis;
    }
    let verdict = diagnosis.verdict;
    let mut causes = Causes::new();
    causes.add(CauseId::RefusedProxySoftware, 0.92, fake);
    for cause in diagnosis.causes {
        let score = if cause.id == CauseId::ResetLoopbackOnlyBindInContainer {
            cause.score * 0.5
        } else {
            cause.score
        };
        causes.add(cause.id, score, cause.evidence);
    }
    causes.finish(verdict)
}

fn unexpected(evidence: Vec<Evidence>) -> Diagnosis {
    let mut causes = Causes::new();
    causes.add(CauseId::ErrorUnexpected, 0.5, evidence);
    causes.finish(Verdict::Error)
}

fn host_name(obs: &Observation) -> Option<&str> {
    match &obs.target.host {
        Host::Name(name) => Some(name),
        _ => None,
    }
}

fn resolved(obs: &Observation) -> &[IpAddr] {
    obs.resolution.as_ref().map_or(&[], |r| r.addrs.as_slice())
}

fn dns_failure(obs: &Observation, failure: &ResolveFailure, source: &ResolverSource) -> Diagnosis {
    let server = match source {
        ResolverSource::Server(s) => Some(*s),
        _ => None,
    };
    let name = host_name(obs).unwrap_or_default().to_owned();
    let mut causes = Causes::new();
    match failure {
        ResolveFailure::NoSuchHost => {
            causes.add(
                CauseId::DnsFailureNoSuchHost,
                0.95,
                vec![Evidence::NoSuchHost { name, server }],
            );
        }
        ResolveFailure::TimedOut => {
            causes.add(
                CauseId::DnsFailureServerUnreachable,
                0.9,
                vec![Evidence::DnsTimedOut { server }],
            );
            causes.add(CauseId::DnsFailureNoSuchHost, 0.2, vec![]);
        }
        ResolveFailure::Other(message) => {
            causes.add(
                CauseId::DnsFailureServerUnreachable,
                0.6,
                vec![Evidence::DnsError {
                    message: message.clone(),
                }],
            );
            causes.add(CauseId::DnsFailureNoSuchHost, 0.4, vec![]);
        }
    }
    proxy_causes(obs, &mut causes, CauseId::RefusedProxySoftware, 0.1);
    causes.finish(Verdict::DnsFailure)
}

/// DNS answered, but none of the answers is an address the user expects.
fn dns_mismatch(obs: &Observation) -> Option<Evidence> {
    let name = host_name(obs)?;
    let addrs = resolved(obs);
    if obs.expect_ips.is_empty() || addrs.iter().any(|a| obs.expect_ips.contains(a)) {
        return None;
    }
    Some(Evidence::DnsMismatch {
        name: name.to_owned(),
        resolved: addrs.to_vec(),
        expected: obs.expect_ips.clone(),
    })
}

/// Fake-IP answers for the name dialled. An address typed as such is not an
/// answer from a proxy's DNS: 198.18.0.0/15 is also a real benchmarking range.
fn fake_ip_evidence(obs: &Observation) -> Vec<Evidence> {
    if host_name(obs).is_none() {
        return Vec::new();
    }
    resolved(obs)
        .iter()
        .filter_map(|ip| {
            range_of(&FAKE_IP_RANGES, *ip).map(|range| Evidence::FakeIp { ip: *ip, range })
        })
        .collect()
}

/// Proxy evidence: environment variables and fake-IP DNS answers.
fn proxy_evidence(obs: &Observation) -> Vec<Evidence> {
    let mut evidence = fake_ip_evidence(obs);
    let host = obs.target.host.to_string();
    for proxy in obs.context.proxies_for(&host) {
        evidence.push(Evidence::ProxyVariable {
            var: proxy.var.clone(),
            value: proxy.value.clone(),
        });
    }
    evidence
}

fn proxy_causes(obs: &Observation, causes: &mut Causes, id: CauseId, base: f32) {
    let evidence = proxy_evidence(obs);
    let fake = evidence
        .iter()
        .any(|e| matches!(e, Evidence::FakeIp { .. }));
    let score = if fake {
        0.85
    } else if evidence.is_empty() {
        base
    } else {
        0.5
    };
    if !evidence.is_empty() || base >= 0.1 {
        causes.add(id, score, evidence);
    }
}

fn cdn_address_evidence(obs: &Observation) -> Vec<Evidence> {
    resolved(obs)
        .iter()
        .filter_map(|ip| {
            range_of(&CDN_RANGES, *ip).map(|range| Evidence::CdnAddress { ip: *ip, range })
        })
        .collect()
}

/// A CDN address dialled on a port the CDN does not forward.
fn cdn_port_causes(obs: &Observation, causes: &mut Causes) {
    let port = obs.target.port;
    let cdn = cdn_address_evidence(obs);
    if !cdn.is_empty() && !CDN_PROXIED_PORTS.contains(&port) {
        let mut evidence = vec![Evidence::CdnPortNotProxied {
            port,
            proxied: &CDN_PROXIED_PORTS,
        }];
        evidence.extend(cdn);
        causes.add(CauseId::RefusedCdnPortNotProxied, 0.9, evidence);
    }
}

/// Cloudflare's own error pages: the edge answered, the origin behind it did not.
fn cdn_origin_error(head: &crate::engine::sniff::HttpHead) -> bool {
    matches!(head.status, 520..=527 | 530)
        && (head.header("cf-ray").is_some()
            || head
                .header("server")
                .is_some_and(|s| s.eq_ignore_ascii_case("cloudflare")))
}

fn attempts_evidence(obs: &Observation) -> Vec<Evidence> {
    obs.connects
        .iter()
        .filter_map(|c| {
            let err = c.error.as_ref()?;
            Some(if err.kind == NetErrorKind::TimedOut {
                Evidence::ConnectTimedOut {
                    addr: c.addr,
                    ms: millis(obs.timeout),
                }
            } else {
                Evidence::ConnectFailed {
                    addr: c.addr,
                    kind: err.kind,
                    code: err.os_code,
                }
            })
        })
        .collect()
}

fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn sweep_evidence(obs: &Observation, state: PortState) -> Option<Evidence> {
    let sweep = obs.followups.sweep.as_ref()?;
    let ip = sweep.ip?;
    let ports = sweep.in_state(state);
    if ports.is_empty() {
        return None;
    }
    Some(match state {
        PortState::Open => Evidence::PortsOpen { ip, ports },
        PortState::Refused => Evidence::PortsRefused { ip, ports },
        PortState::Silent | PortState::Failed => Evidence::PortsSilent { ip, ports },
    })
}

fn connect_failure(obs: &Observation) -> Diagnosis {
    let Some(err) = obs.connect_error() else {
        return unexpected(vec![]);
    };
    match err.kind {
        NetErrorKind::Refused => refused(obs),
        NetErrorKind::TimedOut => timed_out(obs),
        NetErrorKind::AddrNotAvailable => addr_not_available(obs),
        NetErrorKind::NetUnreachable | NetErrorKind::HostUnreachable => unreachable(obs),
        NetErrorKind::Reset | NetErrorKind::Aborted | NetErrorKind::Closed => {
            let mut causes = Causes::new();
            causes.add(CauseId::ResetOnConnect, 0.8, attempts_evidence(obs));
            with_fake_ip_proxy(obs, causes.finish(Verdict::Reset))
        }
        NetErrorKind::Other => unexpected(
            std::iter::once(Evidence::Message {
                text: err.message.clone(),
            })
            .chain(attempts_evidence(obs))
            .collect(),
        ),
    }
}

fn is_preferred_loopback(addr: SocketAddr) -> bool {
    match addr.ip() {
        IpAddr::V4(ip) => ip == std::net::Ipv4Addr::LOCALHOST,
        IpAddr::V6(ip) => ip == std::net::Ipv6Addr::LOCALHOST,
    }
}

fn refused(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    let attempts = attempts_evidence(obs);
    let accepted: Vec<SocketAddr> = obs
        .followups
        .alternates
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(addr, _)| *addr)
        .collect();
    let loopback_accepts = accepted.iter().find(|a| is_preferred_loopback(**a));
    let other_accepts = accepted.iter().find(|a| !a.ip().is_loopback());
    let open = sweep_evidence(obs, PortState::Open);

    let mut first = attempts.clone();
    if OS_RETRIES_REFUSED {
        first.push(Evidence::WindowsRetriedRefused);
    }

    match loopback_accepts {
        Some(addr) => causes.add(
            CauseId::RefusedLoopbackOnlyBind,
            0.95,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        ),
        None => causes.add(CauseId::RefusedLoopbackOnlyBind, 0.1, vec![]),
    }
    match (other_accepts, loopback_accepts) {
        (Some(addr), None) => causes.add(
            CauseId::RefusedWrongHost,
            0.9,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        ),
        _ => causes.add(CauseId::RefusedWrongHost, 0.3, vec![]),
    }
    match open {
        Some(evidence) => causes.add(CauseId::RefusedWrongPort, 0.75, vec![evidence]),
        None => causes.add(CauseId::RefusedWrongPort, 0.4, vec![]),
    }
    let not_running = if accepted.is_empty() { 0.7 } else { 0.3 };
    // Other ports refusing too shows the host is up and only this service is missing.
    first.extend(sweep_evidence(obs, PortState::Refused));
    causes.add(CauseId::RefusedServerNotRunning, not_running, first);
    if host_name(obs).is_some() {
        match dns_mismatch(obs) {
            Some(evidence) => causes.add(CauseId::RefusedDnsWrongIp, 0.97, vec![evidence]),
            None => causes.add(
                CauseId::RefusedDnsWrongIp,
                0.25,
                vec![Evidence::Resolved {
                    name: host_name(obs).unwrap_or_default().to_owned(),
                    addrs: resolved(obs).to_vec(),
                }],
            ),
        }
    }
    proxy_causes(obs, &mut causes, CauseId::RefusedProxySoftware, 0.1);
    let cdn = cdn_address_evidence(obs);
    if cdn.is_empty() {
        causes.add(CauseId::RefusedCdnProxy, 0.1, vec![]);
    } else {
        causes.add(CauseId::RefusedCdnProxy, 0.8, cdn);
    }
    cdn_port_causes(obs, &mut causes);
    causes.finish(Verdict::Refused)
}

fn private_evidence(obs: &Observation) -> Option<Evidence> {
    let ip = obs.connects.last()?.addr.ip();
    let range = range_of(&PRIVATE_RANGES, ip)?;
    if obs.context.has_route_to_subnet(ip) {
        return None;
    }
    Some(Evidence::PrivateAddress {
        ip,
        range,
        interfaces: obs
            .context
            .interfaces
            .iter()
            .filter(|i| !i.ip.is_loopback())
            .map(|i| i.ip)
            .collect(),
    })
}

fn timed_out(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    let attempts = attempts_evidence(obs);
    let answered: Vec<Evidence> = [PortState::Open, PortState::Refused]
        .into_iter()
        .filter_map(|s| sweep_evidence(obs, s))
        .collect();
    let host_up = !answered.is_empty();
    let silent = sweep_evidence(obs, PortState::Silent);

    let mut firewall = attempts.clone();
    firewall.extend(answered.iter().cloned());
    firewall.push(Evidence::CannotTellApart);
    let (fw, sg, panel) = if host_up {
        (0.75, 0.7, 0.6)
    } else {
        (0.5, 0.45, 0.4)
    };
    causes.add(CauseId::TimeoutFirewall, fw, firewall);
    causes.add(
        CauseId::TimeoutCloudSecurityGroup,
        sg,
        vec![Evidence::CannotTellApart],
    );
    causes.add(
        CauseId::TimeoutPanelFirewall,
        panel,
        vec![Evidence::CannotTellApart],
    );
    let down = if host_up { 0.3 } else { 0.55 };
    causes.add(
        CauseId::TimeoutServerNotRunning,
        down,
        silent.into_iter().collect(),
    );
    if host_name(obs).is_some() {
        match dns_mismatch(obs) {
            Some(evidence) => causes.add(CauseId::TimeoutDnsWrongIp, 0.95, vec![evidence]),
            None => causes.add(
                CauseId::TimeoutDnsWrongIp,
                0.2,
                vec![Evidence::Resolved {
                    name: host_name(obs).unwrap_or_default().to_owned(),
                    addrs: resolved(obs).to_vec(),
                }],
            ),
        }
    }
    if let Some(evidence) = private_evidence(obs) {
        causes.add(CauseId::TimeoutPrivateIpUnreachable, 0.9, vec![evidence]);
    }
    let proxies = proxy_evidence(obs);
    if !proxies.is_empty() {
        let fake = proxies.iter().any(|e| matches!(e, Evidence::FakeIp { .. }));
        causes.add(
            CauseId::RefusedProxySoftware,
            if fake { 0.85 } else { 0.35 },
            proxies,
        );
    }
    cdn_port_causes(obs, &mut causes);
    causes.finish(Verdict::Timeout)
}

fn addr_not_available(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    let Some(census) = &obs.census else {
        causes.add(
            CauseId::AddrNotAvailableEphemeralPortsExhausted,
            0.6,
            vec![Evidence::NoPortCensus],
        );
        causes.add(CauseId::AddrNotAvailableTimeWait, 0.55, vec![]);
        return causes.finish(Verdict::AddrNotAvailable);
    };
    let size = census.range_size();
    let range = Evidence::PortRange {
        low: census.range.0,
        high: census.range.1,
        size,
    };
    let dest = obs.connects.last().map(|c| c.addr);
    let mut exhausted = vec![range.clone()];
    if let Some(dest) = dest {
        exhausted.push(Evidence::SocketsToDestination {
            dest,
            count: census.to_destination,
        });
    }
    // Most of the range is taken by live sockets to this one destination.
    let exhausted_score = if census.to_destination * 10 >= size * 8 {
        0.9
    } else {
        0.55
    };
    let time_wait_score = if census.time_wait * 2 >= size {
        0.85
    } else {
        0.45
    };
    causes.add(
        CauseId::AddrNotAvailableEphemeralPortsExhausted,
        exhausted_score,
        exhausted,
    );
    causes.add(
        CauseId::AddrNotAvailableTimeWait,
        time_wait_score,
        vec![
            Evidence::TimeWaitSockets {
                count: census.time_wait,
            },
            range,
        ],
    );
    causes.finish(Verdict::AddrNotAvailable)
}

fn unreachable(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    if let Some(evidence) = private_evidence(obs) {
        causes.add(CauseId::TimeoutPrivateIpUnreachable, 0.9, vec![evidence]);
    }
    causes.add(CauseId::UnreachableNoRoute, 0.8, attempts_evidence(obs));
    causes.finish(Verdict::Unreachable)
}

fn tls_failure(obs: &Observation, failure: &TlsFailure) -> Diagnosis {
    let mut causes = Causes::new();
    let reply = sniff(&obs.captured.received);
    let plain_line = match &reply {
        Reply::Http(head) => Some(head.status_line()),
        Reply::Banner { line, .. } => Some(line.clone()),
        _ => None,
    };
    let sent = obs.captured.sent.len();
    if plain_line.is_none()
        && let (Some(line), Some(addr)) = (&obs.followups.plain_reply, obs.peer)
    {
        let mut evidence = vec![Evidence::PlainWorksOnPort {
            addr,
            line: line.clone(),
        }];
        evidence.extend(tls_io_evidence(obs, failure, sent));
        causes.add(CauseId::ProtocolMismatchTlsToPlain, 0.95, evidence);
        return causes.finish(Verdict::ProtocolMismatch);
    }
    let verdict = match (failure, plain_line) {
        (_, Some(line)) => {
            causes.add(
                CauseId::ProtocolMismatchTlsToPlain,
                0.95,
                vec![Evidence::PlainReplyToTls { line }],
            );
            Verdict::ProtocolMismatch
        }
        // TLS records that do not make sense: a broken TLS server, not a plain one.
        (TlsFailure::NotTls, None) if matches!(reply, Reply::Tls(_)) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                0.8,
                vec![Evidence::TlsRecordReply],
            );
            Verdict::TlsError
        }
        (TlsFailure::NotTls, None) => {
            causes.add(
                CauseId::ProtocolMismatchTlsToPlain,
                0.8,
                reply_evidence(&reply),
            );
            Verdict::ProtocolMismatch
        }
        (TlsFailure::ProtocolVersion, None) => {
            let evidence = match (server_hello_version(&obs.captured.received), &reply) {
                (Some(version), _) => vec![Evidence::TlsServerVersion {
                    version: tls_version_name(version),
                }],
                (None, Reply::Tls(TlsRecord::Alert { .. })) => vec![Evidence::TlsVersionAlert],
                _ => vec![],
            };
            causes.add(CauseId::TlsErrorProtocolVersion, 0.9, evidence);
            Verdict::TlsError
        }
        (TlsFailure::Alert(alert), None) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                0.85,
                vec![Evidence::TlsAlert {
                    alert: alert.clone(),
                }],
            );
            Verdict::TlsError
        }
        (TlsFailure::Io(err), None) => match err.kind {
            NetErrorKind::TimedOut => {
                causes.add(
                    CauseId::ProtocolMismatchSilentServer,
                    0.6,
                    vec![Evidence::Silence {
                        ms: millis(obs.timeout),
                    }],
                );
                causes.add(CauseId::ProtocolMismatchTlsToPlain, 0.5, vec![]);
                Verdict::ProtocolMismatch
            }
            NetErrorKind::Closed => {
                causes.add(
                    CauseId::ProtocolMismatchTlsToPlain,
                    0.6,
                    vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
                );
                causes.add(CauseId::ResetClosedWithoutReply, 0.5, vec![]);
                if obs.followups.hang_up_on_accept == Some(true) {
                    container_bind(
                        obs,
                        &mut causes,
                        0.55,
                        Evidence::ClosedWithoutReply { bytes_sent: sent },
                    );
                }
                Verdict::ProtocolMismatch
            }
            _ => {
                causes.add(
                    CauseId::ResetDuringHandshake,
                    0.8,
                    vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
                );
                causes.add(CauseId::ProtocolMismatchTlsToPlain, 0.4, vec![]);
                Verdict::Reset
            }
        },
        (TlsFailure::Other(text), None) => {
            causes.add(
                CauseId::TlsErrorHandshakeFailed,
                0.7,
                vec![Evidence::Message { text: text.clone() }],
            );
            Verdict::TlsError
        }
    };
    causes.finish(verdict)
}

/// What the failed TLS exchange itself showed, as supporting evidence.
fn tls_io_evidence(obs: &Observation, failure: &TlsFailure, sent: usize) -> Vec<Evidence> {
    match failure {
        TlsFailure::Io(err) => match err.kind {
            NetErrorKind::TimedOut => vec![Evidence::Silence {
                ms: millis(obs.timeout),
            }],
            NetErrorKind::Closed => vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
            _ => vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
        },
        _ => vec![],
    }
}

fn reply_evidence(reply: &Reply) -> Vec<Evidence> {
    match reply {
        Reply::Http(head) => {
            let mut evidence = vec![Evidence::HttpStatus {
                status_line: head.status_line(),
            }];
            for name in ["server", "upgrade"] {
                if let Some(value) = head.header(name) {
                    evidence.push(Evidence::HttpHeader {
                        name: name.to_owned(),
                        value: value.to_owned(),
                    });
                }
            }
            evidence
        }
        Reply::Banner { kind, line } => vec![Evidence::NonHttpReply {
            kind: *kind,
            line: line.clone(),
        }],
        Reply::Binary { len } => vec![Evidence::BinaryReply { len: *len }],
        Reply::Tls(_) => vec![Evidence::TlsRecordReply],
        Reply::Nothing => vec![],
    }
}

fn cdn_header_evidence(reply: &Reply) -> Vec<Evidence> {
    let Reply::Http(head) = reply else {
        return vec![];
    };
    let mut evidence: Vec<Evidence> = CDN_HEADERS
        .iter()
        .filter_map(|name| {
            head.header(name).map(|value| Evidence::CdnHeader {
                name: (*name).to_owned(),
                value: value.to_owned(),
            })
        })
        .collect();
    if let Some(server) = head.header("server") {
        let lower = server.to_ascii_lowercase();
        if ["cloudflare", "cloudfront", "akamai", "fastly", "varnish"]
            .iter()
            .any(|cdn| lower.contains(cdn))
        {
            evidence.push(Evidence::CdnHeader {
                name: "server".to_owned(),
                value: server.to_owned(),
            });
        }
    }
    evidence
}

fn handshake_diagnosis(obs: &Observation, hs: &Handshake) -> Diagnosis {
    let mut causes = Causes::new();
    let sent = obs.captured.sent.len();
    let truncated = obs
        .captured
        .received_truncated
        .then_some(Evidence::ReplyTruncated {
            limit: DEFAULT_CAPTURE_LIMIT.min(obs.captured.received.len()),
        });
    let tls_on_port = obs.followups.tls_on_port == Some(true);
    let tls_evidence = || -> Vec<Evidence> {
        obs.peer
            .filter(|_| tls_on_port)
            .map(|addr| Evidence::TlsWorksOnPort { addr })
            .into_iter()
            .collect()
    };
    if hs.upgraded {
        return causes.finish(Verdict::Ok);
    }
    let mut evidence = reply_evidence(&hs.reply);
    evidence.extend(truncated);
    match (&hs.reply, hs.kind) {
        // A head that never ends, or does not parse, breaks every client.
        (Reply::Http(head), HandshakeKind::WebSocket | HandshakeKind::Http) if !head.complete => {
            causes.add(CauseId::ProtocolMismatchInvalidHttpResponse, 0.85, evidence);
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Http(head), HandshakeKind::WebSocket | HandshakeKind::Http)
            if cdn_origin_error(head) =>
        {
            let mut cdn = vec![Evidence::CdnOriginError {
                status: head.status,
            }];
            cdn.extend(cdn_header_evidence(&hs.reply));
            causes.add(CauseId::ErrorCdnOriginUnreachable, 0.93, cdn);
            if hs.kind == HandshakeKind::WebSocket {
                causes.add(CauseId::ProtocolMismatchWsToHttp, 0.3, evidence);
            } else {
                causes.add(CauseId::ErrorHttpStatus, 0.4, evidence);
            }
            causes.finish(Verdict::Error)
        }
        (Reply::Http(head), HandshakeKind::WebSocket) if head.status == 101 => {
            evidence.extend(hs.ws_error.iter().map(|detail| Evidence::UpgradeRejected {
                detail: detail.clone(),
            }));
            // netdoctor offers no subprotocol; a server that picks one anyway breaks the upgrade.
            if let Some(protocol) = head.header("sec-websocket-protocol") {
                let mut sub = vec![Evidence::SubprotocolUnrequested {
                    protocol: protocol.to_owned(),
                }];
                sub.extend(evidence.iter().cloned());
                causes.add(CauseId::ProtocolMismatchSubprotocol, 0.95, sub);
            }
            causes.add(CauseId::ProtocolMismatchBadUpgrade, 0.85, evidence);
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Http(head), HandshakeKind::WebSocket) => {
            websocket_rejected(obs, head, evidence, causes)
        }
        (Reply::Http(head), HandshakeKind::Http) => {
            if head.status < 400 {
                return causes.finish(Verdict::Ok);
            }
            let socketio = socketio_evidence(obs, head);
            let verdict = match socketio {
                Some((score, found)) if score >= 0.9 => {
                    causes.add(CauseId::ProtocolMismatchSocketioEndpoint, score, found);
                    Verdict::ProtocolMismatch
                }
                _ => Verdict::Error,
            };
            causes.add(CauseId::ErrorHttpStatus, 0.8, evidence);
            let cdn = cdn_header_evidence(&hs.reply);
            if !cdn.is_empty() {
                causes.add(CauseId::RefusedCdnProxy, 0.5, cdn);
            }
            causes.finish(verdict)
        }
        (_, HandshakeKind::Greeting) => greeting_diagnosis(obs, hs, sent, causes),
        (Reply::Tls(_), _) => {
            evidence.extend(tls_evidence());
            causes.add(CauseId::ProtocolMismatchPlainToTls, 0.95, evidence);
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Banner { .. } | Reply::Binary { .. }, _) => {
            if tls_on_port {
                let mut tls = tls_evidence();
                tls.extend(evidence.iter().cloned());
                causes.add(CauseId::ProtocolMismatchPlainToTls, 0.9, tls);
                causes.add(CauseId::ProtocolMismatchInvalidHttpResponse, 0.6, evidence);
            } else {
                causes.add(CauseId::ProtocolMismatchInvalidHttpResponse, 0.9, evidence);
            }
            causes.finish(Verdict::ProtocolMismatch)
        }
        (Reply::Nothing, _) => match &hs.end {
            HandshakeEnd::Closed if tls_on_port => {
                let mut tls = tls_evidence();
                tls.push(Evidence::ClosedWithoutReply { bytes_sent: sent });
                causes.add(CauseId::ProtocolMismatchPlainToTls, 0.9, tls);
                causes.add(CauseId::ResetClosedWithoutReply, 0.4, vec![]);
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Reset if tls_on_port => {
                let mut tls = tls_evidence();
                tls.push(Evidence::ResetAfterRequest { bytes_sent: sent });
                causes.add(CauseId::ProtocolMismatchPlainToTls, 0.9, tls);
                causes.add(CauseId::ResetDuringHandshake, 0.5, vec![]);
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Closed => {
                causes.add(
                    CauseId::ResetClosedWithoutReply,
                    0.8,
                    vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
                );
                container_bind(
                    obs,
                    &mut causes,
                    0.78,
                    Evidence::ClosedWithoutReply { bytes_sent: sent },
                );
                causes.finish(Verdict::Reset)
            }
            HandshakeEnd::Reset => {
                causes.add(
                    CauseId::ResetDuringHandshake,
                    0.9,
                    vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
                );
                container_bind(
                    obs,
                    &mut causes,
                    0.7,
                    Evidence::ResetAfterRequest { bytes_sent: sent },
                );
                causes.finish(Verdict::Reset)
            }
            HandshakeEnd::TimedOut | HandshakeEnd::Completed | HandshakeEnd::CaptureFull => {
                causes.add(
                    CauseId::ProtocolMismatchSilentServer,
                    0.9,
                    vec![Evidence::Silence {
                        ms: millis(obs.timeout),
                    }],
                );
                causes.finish(Verdict::ProtocolMismatch)
            }
            HandshakeEnd::Failed(err) => unexpected(vec![Evidence::Message {
                text: err.message.clone(),
            }]),
        },
    }
}

/// Server headers of reverse proxies and load balancers (lower case, matched as substrings).
const PROXY_SERVERS: [&str; 10] = [
    "nginx",
    "openresty",
    "tengine",
    "caddy",
    "apache",
    "traefik",
    "envoy",
    "haproxy",
    "kong",
    "istio",
];

/// Body phrases WebSocket servers use when a request arrives without its upgrade headers.
const UPGRADE_LOST_PHRASES: [&str; 7] = [
    "upgrade required",
    "can \"upgrade\" only to \"websocket\"",
    "'upgrade' token not found",
    "not using the websocket protocol",
    "missing upgrade",
    "invalid upgrade header",
    "expected websocket upgrade",
];

/// Engine.IO error messages, sent as `{"code":N,"message":"..."}`.
const ENGINE_IO_ERRORS: [&str; 6] = [
    "transport unknown",
    "session id unknown",
    "bad handshake method",
    "bad request",
    "forbidden",
    "unsupported protocol version",
];

/// The body after an HTTP head, printable and cut to a readable length; empty if none.
fn reply_body(received: &[u8]) -> String {
    let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") else {
        return String::new();
    };
    crate::engine::sniff::printable_line(&received[end + 4..])
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 120;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// Socket.IO / Engine.IO signs: a likelihood and the evidence, or `None`.
fn socketio_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let open_packet = compact.contains("0{\"sid\":");
    let engine_error = compact.starts_with("{\"code\":")
        && compact.contains("\"message\":")
        && ENGINE_IO_ERRORS
            .iter()
            .any(|m| compact.contains(&m.replace(' ', "")));
    let path = obs.target.path.split('?').next().unwrap_or_default();
    let on_path = ["/socket.io", "/engine.io"]
        .iter()
        .any(|p| path == *p || path.starts_with(&format!("{p}/")));
    let mut evidence = Vec::new();
    if open_packet || engine_error {
        evidence.push(Evidence::SocketIoReply {
            body: excerpt(&body),
        });
    }
    if on_path {
        evidence.push(Evidence::SocketIoPath {
            path: path.to_owned(),
        });
    }
    let score = match (open_packet || engine_error, on_path) {
        (true, _) => 0.97,
        (false, true) if head.status == 400 => 0.8,
        (false, true) => 0.5,
        (false, false) => return None,
    };
    evidence.push(Evidence::HttpStatus {
        status_line: head.status_line(),
    });
    Some((score, evidence))
}

/// Signs that a reverse proxy passed the upgrade on as a plain request.
fn proxy_dropped_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    let mut identity = Vec::new();
    if let Some(server) = head.header("server") {
        let lower = server.to_ascii_lowercase();
        if PROXY_SERVERS.iter().any(|p| lower.contains(p)) {
            identity.push(Evidence::ReverseProxyHeader {
                name: "server".to_owned(),
                value: server.to_owned(),
            });
        }
    }
    for name in ["via", "x-envoy-upstream-service-time"] {
        if let Some(value) = head.header(name) {
            identity.push(Evidence::ReverseProxyHeader {
                name: name.to_owned(),
                value: value.to_owned(),
            });
        }
    }
    let mut lost: Vec<String> = Vec::new();
    // 426 with Sec-WebSocket-Version is a version mismatch, not a lost upgrade.
    if head.status == 426 && head.header("sec-websocket-version").is_none() {
        lost.push(head.status_line());
    }
    if let Some(upgrade) = head.header("upgrade")
        && upgrade.to_ascii_lowercase().contains("websocket")
    {
        lost.push(format!("Upgrade: {upgrade}"));
    }
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    if head.status != 426 && UPGRADE_LOST_PHRASES.iter().any(|p| lower.contains(p)) {
        lost.push(excerpt(&body));
    }
    let score = match (!identity.is_empty(), !lost.is_empty()) {
        (true, true) => 0.96,
        (false, true) => 0.94,
        (true, false) if matches!(head.status, 400 | 426) => 0.93,
        (true, false) => 0.55,
        (false, false) => return None,
    };
    let mut evidence = vec![Evidence::HttpStatus {
        status_line: head.status_line(),
    }];
    evidence.extend(identity);
    if !lost.is_empty() {
        evidence.push(Evidence::UpgradeLost {
            hint: lost.join("; "),
        });
    }
    Some((score, evidence))
}

/// A 401/403 to the upgrade, and what the same upgrade with an `Origin` got.
fn origin_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    if !matches!(head.status, 401 | 403) {
        return None;
    }
    let mut evidence = vec![Evidence::OriginRetry {
        origin: None,
        status: head.status_line(),
    }];
    let body = reply_body(&obs.captured.received).to_ascii_lowercase();
    let body_says_origin = body.contains("origin");
    let score = match &obs.followups.origin_retry {
        Some((origin, reply)) => {
            let (status, upgraded) = match reply {
                Reply::Http(retry) => (retry.status_line(), retry.status == 101),
                _ => (String::new(), false),
            };
            evidence.push(Evidence::OriginRetry {
                origin: Some(origin.clone()),
                status,
            });
            if upgraded {
                0.97
            } else if body_says_origin {
                0.7
            } else {
                return None;
            }
        }
        None if body_says_origin => 0.9,
        None => 0.5,
    };
    if body_says_origin {
        evidence.push(Evidence::Message {
            text: excerpt(&reply_body(&obs.captured.received)),
        });
    }
    Some((score, evidence))
}

/// A rejected upgrade whose reply or body names `Sec-WebSocket-Protocol`.
fn subprotocol_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    let mut hints = Vec::new();
    if let Some(value) = head.header("sec-websocket-protocol") {
        hints.push(Evidence::SubprotocolHint {
            hint: format!("Sec-WebSocket-Protocol: {value}"),
        });
    }
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    if lower.contains("sec-websocket-protocol") || lower.contains("subprotocol") {
        hints.push(Evidence::SubprotocolHint {
            hint: excerpt(&body),
        });
    }
    if hints.is_empty() {
        return None;
    }
    let mut evidence = vec![Evidence::HttpStatus {
        status_line: head.status_line(),
    }];
    evidence.extend(hints);
    Some((0.95, evidence))
}

/// Looks for one cause in a rejected upgrade: its likelihood and evidence, or `None`.
type ReplyFinder = fn(&Observation, &HttpHead) -> Option<(f32, Vec<Evidence>)>;

/// A WebSocket upgrade answered with another HTTP status.
fn websocket_rejected(
    obs: &Observation,
    head: &HttpHead,
    mut evidence: Vec<Evidence>,
    mut causes: Causes,
) -> Diagnosis {
    let finders: [(CauseId, ReplyFinder); 4] = [
        (CauseId::ProtocolMismatchSocketioEndpoint, socketio_evidence),
        (CauseId::ProtocolMismatchSubprotocol, subprotocol_evidence),
        (CauseId::ProtocolMismatchOriginRejected, origin_evidence),
        (
            CauseId::ProtocolMismatchProxyDroppedUpgrade,
            proxy_dropped_evidence,
        ),
    ];
    for (id, find) in finders {
        if let Some((score, found)) = find(obs, head) {
            causes.add(id, score, found);
        }
    }
    evidence.push(Evidence::UpgradeRequested);
    causes.add(CauseId::ProtocolMismatchWsToHttp, 0.92, evidence);
    let cdn = cdn_header_evidence(&Reply::Http(head.clone()));
    if !cdn.is_empty() {
        causes.add(CauseId::RefusedCdnProxy, 0.5, cdn);
    }
    causes.finish(Verdict::ProtocolMismatch)
}

/// A hang-up right after accept: docker-proxy in front of a container bound to 127.0.0.1.
///
/// Listed only when a connection that sent nothing was dropped too (the main
/// `tcp://` probe sends nothing; other probes need the follow-up), or, at a low
/// score, when follow-ups did not run.
fn container_bind(obs: &Observation, causes: &mut Causes, score: f32, seen: Evidence) {
    let silent_main = matches!(
        obs.handshake.as_ref().map(|h| h.kind),
        Some(HandshakeKind::Greeting)
    ) && obs.captured.sent.is_empty();
    let hang_up = if silent_main {
        Some(true)
    } else {
        obs.followups.hang_up_on_accept
    };
    match (hang_up, obs.peer) {
        (Some(true), Some(addr)) => causes.add(
            CauseId::ResetLoopbackOnlyBindInContainer,
            score,
            vec![Evidence::HangUpOnAccept { addr }, seen],
        ),
        (None, _) => causes.add(CauseId::ResetLoopbackOnlyBindInContainer, 0.3, vec![seen]),
        _ => {}
    }
}

fn greeting_diagnosis(
    obs: &Observation,
    hs: &Handshake,
    sent: usize,
    mut causes: Causes,
) -> Diagnosis {
    match (&hs.end, &hs.reply) {
        (HandshakeEnd::Reset, Reply::Nothing) => {
            causes.add(
                CauseId::ResetDuringHandshake,
                0.7,
                vec![Evidence::ResetAfterRequest { bytes_sent: sent }],
            );
            container_bind(
                obs,
                &mut causes,
                0.6,
                Evidence::ResetAfterRequest { bytes_sent: sent },
            );
            causes.finish(Verdict::Reset)
        }
        (HandshakeEnd::Closed, Reply::Nothing) => {
            causes.add(
                CauseId::ResetClosedWithoutReply,
                0.6,
                vec![Evidence::ClosedWithoutReply { bytes_sent: sent }],
            );
            container_bind(
                obs,
                &mut causes,
                0.58,
                Evidence::ClosedWithoutReply { bytes_sent: sent },
            );
            causes.finish(Verdict::Reset)
        }
        // Accepting the connection is success for plain TCP; a banner or silence is fine.
        _ => causes.finish(Verdict::Ok),
    }
}

fn family(ip: IpAddr) -> &'static str {
    match ip {
        IpAddr::V4(_) => "IPv4",
        IpAddr::V6(_) => "IPv6",
    }
}

/// The name has addresses of both families; the first tried failed, the other family worked.
///
/// netdoctor falls back to the next address like a Happy Eyeballs client; a client
/// that stops at the first answer (or waits out its timeout first) fails. When the
/// check itself worked, that failure is the verdict; otherwise it is one more cause.
fn with_family_split(obs: &Observation, diagnosis: Diagnosis) -> Diagnosis {
    let Some(peer) = obs.peer else {
        return diagnosis;
    };
    let Some(first) = obs.connects.first() else {
        return diagnosis;
    };
    let Some(err) = &first.error else {
        return diagnosis;
    };
    if first.addr.is_ipv4() == peer.is_ipv4() {
        return diagnosis;
    }
    let (id, verdict) = match err.kind {
        NetErrorKind::Refused => (CauseId::RefusedOtherFamilyWorks, Verdict::Refused),
        NetErrorKind::TimedOut => (CauseId::TimeoutOtherFamilyWorks, Verdict::Timeout),
        _ => return diagnosis,
    };
    let mut evidence: Vec<Evidence> = attempts_evidence(obs)
        .into_iter()
        .filter(|e| match e {
            Evidence::ConnectFailed { addr, .. } | Evidence::ConnectTimedOut { addr, .. } => {
                addr.is_ipv4() != peer.is_ipv4()
            }
            _ => true,
        })
        .collect();
    evidence.push(Evidence::FirstAddressOnly {
        addr: first.addr,
        family: family(first.addr.ip()).to_owned(),
    });
    let mut causes = Causes::new();
    if diagnosis.verdict == Verdict::Ok {
        evidence.insert(
            0,
            Evidence::OtherFamilyWorks {
                addr: peer,
                family: family(peer.ip()).to_owned(),
            },
        );
        causes.add(id, 0.9, evidence);
        if let Some(name) = host_name(obs) {
            let dns_id = match verdict {
                Verdict::Timeout => CauseId::TimeoutDnsWrongIp,
                _ => CauseId::RefusedDnsWrongIp,
            };
            causes.add(
                dns_id,
                0.35,
                vec![Evidence::Resolved {
                    name: name.to_owned(),
                    addrs: resolved(obs).to_vec(),
                }],
            );
        }
        return causes.finish(verdict);
    }
    let verdict = diagnosis.verdict;
    for cause in diagnosis.causes {
        causes.add(cause.id, cause.score, cause.evidence);
    }
    causes.add(id, 0.45, evidence);
    causes.finish(verdict)
}

fn with_cert_problem(obs: &Observation, diagnosis: Diagnosis, problem: &CertProblem) -> Diagnosis {
    let cert = obs.certificate.as_ref();
    let host = obs.target.host.to_string();
    let mut evidence = Vec::new();
    let id = match problem {
        CertProblem::Expired => {
            if let Some(cert) = cert {
                let days = cert.checked_at.saturating_sub(cert.not_after) / 86_400;
                evidence.push(Evidence::CertificateExpiredAgo {
                    days: u64::try_from(days).unwrap_or(0),
                    not_after: cert.not_after,
                });
            }
            CauseId::TlsErrorCertificateExpired
        }
        CertProblem::NotYetValid => {
            if let Some(cert) = cert {
                evidence.push(Evidence::CertificateNotYetValid {
                    not_before: cert.not_before,
                    checked_at: cert.checked_at,
                });
            }
            CauseId::TlsErrorCertificateNotYetValid
        }
        CertProblem::NameMismatch => {
            if let Some(cert) = cert {
                evidence.push(if cert.names.is_empty() {
                    Evidence::CertificateNoNames { host: host.clone() }
                } else {
                    Evidence::CertificateNames {
                        names: cert.names.clone(),
                        host: host.clone(),
                    }
                });
            }
            CauseId::TlsErrorCertificateNameMismatch
        }
        CertProblem::UnknownIssuer => {
            if let Some(cert) = cert {
                evidence.push(if cert.subject == cert.issuer {
                    Evidence::CertificateSelfSigned {
                        subject: cert.subject.clone(),
                    }
                } else {
                    Evidence::CertificateUntrustedIssuer {
                        issuer: cert.issuer.clone(),
                    }
                });
            }
            CauseId::TlsErrorSelfSigned
        }
        CertProblem::Other(text) => {
            evidence.push(Evidence::CertificateProblem {
                detail: text.clone(),
            });
            CauseId::TlsErrorHandshakeFailed
        }
    };
    // The whole certificate, once, after the fact that convicts it.
    if let Some(cert) = cert {
        if !matches!(problem, CertProblem::UnknownIssuer) || cert.subject != cert.issuer {
            evidence.push(Evidence::CertificateIssued {
                subject: cert.subject.clone(),
                issuer: cert.issuer.clone(),
            });
        }
        if !matches!(problem, CertProblem::NameMismatch) && !cert.names.is_empty() {
            evidence.push(Evidence::CertificateNames {
                names: cert.names.clone(),
                host,
            });
        }
        evidence.push(Evidence::CertificateValidity {
            not_before: cert.not_before,
            not_after: cert.not_after,
        });
    }
    let mut causes = Causes::new();
    causes.add(id, 0.95, evidence);
    // What lies behind the certificate still matters once it is fixed.
    for cause in diagnosis.causes {
        causes.add(cause.id, cause.score * 0.5, cause.evidence);
    }
    causes.finish(Verdict::TlsError)
}

#[cfg(test)]
mod tests;
