//! The connect failed: refused, timed out, no local address, no route.

use std::net::{IpAddr, SocketAddr};

use crate::diagnose::ranges::{PRIVATE_RANGES, range_of};
use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::{NetErrorKind, OS_RETRIES_REFUSED, Observation, PortState};

use super::common::{Causes, attempts_evidence, sweep_evidence, unexpected};
use super::dns::dns_mismatch;
use super::listeners::refused_by_listeners;
use super::overlays::with_fake_ip_proxy;
use super::proxy::{cdn_address_evidence, cdn_port_causes, proxy_causes, proxy_evidence};
use super::score::{
    BELOW_EVEN, CLEAR, DOUBTFUL, EVEN, LEANING, LIKELY, MENTION, POSSIBLE, PROBABLE, PROVEN,
    REMOTE, SHOWN, SOMEWHAT, STRONG, UNLIKELY,
};

pub(super) fn connect_failure(obs: &Observation) -> Diagnosis {
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
            causes.add(CauseId::ResetOnConnect, LIKELY, attempts_evidence(obs));
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

/// Addresses of this machine that accepted on the target's port after it failed.
fn accepted(obs: &Observation) -> Vec<SocketAddr> {
    obs.followups
        .alternates
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(addr, _)| *addr)
        .collect()
}

/// The other IP family of the same host accepted: 127.0.0.1 against ::1, or an
/// interface's IPv4 against its IPv6 when both are this machine's.
fn other_family_accepts(obs: &Observation, accepted: &[SocketAddr]) -> Option<SocketAddr> {
    let failed = obs.connects.last()?.addr;
    accepted.iter().copied().find(|a| {
        a.is_ipv4() != failed.is_ipv4() && a.ip().is_loopback() == failed.ip().is_loopback()
    })
}

fn refused(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    let attempts = attempts_evidence(obs);
    let accepted = accepted(obs);
    let target_is_loopback = obs
        .connects
        .last()
        .is_some_and(|c| c.addr.ip().is_loopback());
    let other_family = other_family_accepts(obs, &accepted);
    // Loopback answering another address of this machine is the loopback-only bind;
    // the other family's loopback answering is the other family, not a bind problem.
    let loopback_accepts = accepted
        .iter()
        .find(|a| is_preferred_loopback(**a) && Some(**a) != other_family);
    let other_accepts = accepted
        .iter()
        .find(|a| !a.ip().is_loopback() && Some(**a) != other_family);
    let open = sweep_evidence(obs, PortState::Open);

    let mut first = attempts.clone();
    if OS_RETRIES_REFUSED {
        first.push(Evidence::WindowsRetriedRefused);
    }

    if let Some(addr) = other_family {
        let mut evidence = attempts.clone();
        evidence.push(Evidence::AlternateAccepts { addr });
        causes.add(CauseId::RefusedOtherFamilyWorks, PROVEN, evidence);
    }
    match loopback_accepts {
        Some(addr) => causes.add(
            CauseId::RefusedLoopbackOnlyBind,
            SHOWN,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        ),
        None if !target_is_loopback && other_family.is_none() => {
            causes.add(CauseId::RefusedLoopbackOnlyBind, MENTION, vec![])
        }
        None => {}
    }
    if let (Some(addr), None) = (other_accepts, loopback_accepts) {
        causes.add(
            CauseId::RefusedWrongHost,
            STRONG,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        );
    }
    match open {
        Some(evidence) => causes.add(CauseId::RefusedWrongPort, PROBABLE, vec![evidence]),
        None => causes.add(CauseId::RefusedWrongPort, DOUBTFUL, vec![]),
    }
    let not_running = if accepted.is_empty() { LEANING } else { REMOTE };
    // Other ports refusing too shows the host is up and only this service is missing.
    first.extend(sweep_evidence(obs, PortState::Refused));
    causes.add(CauseId::RefusedServerNotRunning, not_running, first);
    // Without an address the user expected, nothing observed says the name is wrong.
    if let Some(evidence) = dns_mismatch(obs) {
        causes.add(CauseId::RefusedDnsWrongIp, PROVEN, vec![evidence]);
    }
    proxy_causes(obs, &mut causes, CauseId::RefusedProxySoftware, MENTION);
    let cdn = cdn_address_evidence(obs);
    if !cdn.is_empty() {
        causes.add(CauseId::RefusedCdnProxy, LIKELY, cdn);
    }
    cdn_port_causes(obs, &mut causes);
    refused_by_listeners(obs, &mut causes);
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

    // Every timeout cause names what the neighbour sweep saw: which ports answered
    // tells "host up, this port filtered" from "host down".
    let findings = sweep_findings(obs);
    let mut firewall = attempts.clone();
    firewall.extend(findings.iter().cloned());
    firewall.push(Evidence::CannotTellApart);
    let (fw, sg, panel) = if host_up {
        (PROBABLE, LEANING, POSSIBLE)
    } else {
        (EVEN, BELOW_EVEN, DOUBTFUL)
    };
    let mut alike = findings.clone();
    alike.push(Evidence::CannotTellApart);
    causes.add(CauseId::TimeoutFirewall, fw, firewall);
    causes.add(CauseId::TimeoutCloudSecurityGroup, sg, alike.clone());
    causes.add(CauseId::TimeoutPanelFirewall, panel, alike);
    let down = if host_up { REMOTE } else { SOMEWHAT };
    causes.add(CauseId::TimeoutServerNotRunning, down, findings);
    if let Some(evidence) = dns_mismatch(obs) {
        causes.add(CauseId::TimeoutDnsWrongIp, SHOWN, vec![evidence]);
    }
    if let Some(addr) = other_family_accepts(obs, &accepted(obs)) {
        let mut evidence = attempts.clone();
        evidence.push(Evidence::AlternateAccepts { addr });
        causes.add(CauseId::TimeoutOtherFamilyWorks, PROVEN, evidence);
    }
    if let Some(evidence) = private_evidence(obs) {
        causes.add(CauseId::TimeoutPrivateIpUnreachable, STRONG, vec![evidence]);
    }
    let proxies = proxy_evidence(obs);
    if !proxies.is_empty() {
        let fake = proxies.iter().any(|e| matches!(e, Evidence::FakeIp { .. }));
        causes.add(
            CauseId::RefusedProxySoftware,
            if fake { CLEAR } else { UNLIKELY },
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
            POSSIBLE,
            vec![Evidence::NoPortCensus],
        );
        causes.add(CauseId::AddrNotAvailableTimeWait, SOMEWHAT, vec![]);
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
        STRONG
    } else {
        SOMEWHAT
    };
    let time_wait_score = if census.time_wait * 2 >= size {
        CLEAR
    } else {
        BELOW_EVEN
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

/// What the neighbour sweep found, every state that has ports: accepted, refused, silent.
fn sweep_findings(obs: &Observation) -> Vec<Evidence> {
    [PortState::Open, PortState::Refused, PortState::Silent]
        .into_iter()
        .filter_map(|s| sweep_evidence(obs, s))
        .collect()
}

fn unreachable(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    if let Some(evidence) = private_evidence(obs) {
        causes.add(CauseId::TimeoutPrivateIpUnreachable, STRONG, vec![evidence]);
    }
    let answered = [PortState::Open, PortState::Refused]
        .into_iter()
        .any(|s| sweep_evidence(obs, s).is_some());
    let mut evidence = attempts_evidence(obs);
    evidence.extend(sweep_findings(obs));
    // "No route" from a host that answers on other ports is an ICMP prohibited from a
    // firewall (firewalld's REJECT), not a missing route.
    if answered {
        causes.add(CauseId::UnreachableFirewallReject, SHOWN, evidence.clone());
        causes.add(CauseId::UnreachableNoRoute, UNLIKELY, evidence);
    } else {
        causes.add(CauseId::UnreachableNoRoute, LIKELY, evidence);
    }
    causes.finish(Verdict::Unreachable)
}
