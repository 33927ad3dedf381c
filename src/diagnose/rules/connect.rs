//! The connect failed: refused, timed out, no local address, no route.

use std::net::{IpAddr, SocketAddr};

use crate::diagnose::ranges::{PRIVATE_RANGES, range_of};
use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::{NetErrorKind, OS_RETRIES_REFUSED, Observation, PortState};

use super::common::{Causes, attempts_evidence, host_name, resolved, sweep_evidence, unexpected};
use super::dns::dns_mismatch;
use super::overlays::with_fake_ip_proxy;
use super::proxy::{cdn_address_evidence, cdn_port_causes, proxy_causes, proxy_evidence};
use super::score::{
    BELOW_EVEN, CLEAR, DOUBTFUL, EVEN, FAINT, LEANING, LIKELY, MENTION, POSSIBLE, PROBABLE, PROVEN,
    REMOTE, SHOWN, SLIGHT, SOMEWHAT, STRONG, UNLIKELY,
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
            SHOWN,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        ),
        None => causes.add(CauseId::RefusedLoopbackOnlyBind, MENTION, vec![]),
    }
    match (other_accepts, loopback_accepts) {
        (Some(addr), None) => causes.add(
            CauseId::RefusedWrongHost,
            STRONG,
            vec![Evidence::AlternateAccepts { addr: *addr }],
        ),
        _ => causes.add(CauseId::RefusedWrongHost, REMOTE, vec![]),
    }
    match open {
        Some(evidence) => causes.add(CauseId::RefusedWrongPort, PROBABLE, vec![evidence]),
        None => causes.add(CauseId::RefusedWrongPort, DOUBTFUL, vec![]),
    }
    let not_running = if accepted.is_empty() { LEANING } else { REMOTE };
    // Other ports refusing too shows the host is up and only this service is missing.
    first.extend(sweep_evidence(obs, PortState::Refused));
    causes.add(CauseId::RefusedServerNotRunning, not_running, first);
    if host_name(obs).is_some() {
        match dns_mismatch(obs) {
            Some(evidence) => causes.add(CauseId::RefusedDnsWrongIp, PROVEN, vec![evidence]),
            None => causes.add(
                CauseId::RefusedDnsWrongIp,
                SLIGHT,
                vec![Evidence::Resolved {
                    name: host_name(obs).unwrap_or_default().to_owned(),
                    addrs: resolved(obs).to_vec(),
                }],
            ),
        }
    }
    proxy_causes(obs, &mut causes, CauseId::RefusedProxySoftware, MENTION);
    let cdn = cdn_address_evidence(obs);
    if cdn.is_empty() {
        causes.add(CauseId::RefusedCdnProxy, MENTION, vec![]);
    } else {
        causes.add(CauseId::RefusedCdnProxy, LIKELY, cdn);
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
        (PROBABLE, LEANING, POSSIBLE)
    } else {
        (EVEN, BELOW_EVEN, DOUBTFUL)
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
    let down = if host_up { REMOTE } else { SOMEWHAT };
    causes.add(
        CauseId::TimeoutServerNotRunning,
        down,
        silent.into_iter().collect(),
    );
    if host_name(obs).is_some() {
        match dns_mismatch(obs) {
            Some(evidence) => causes.add(CauseId::TimeoutDnsWrongIp, SHOWN, vec![evidence]),
            None => causes.add(
                CauseId::TimeoutDnsWrongIp,
                FAINT,
                vec![Evidence::Resolved {
                    name: host_name(obs).unwrap_or_default().to_owned(),
                    addrs: resolved(obs).to_vec(),
                }],
            ),
        }
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

fn unreachable(obs: &Observation) -> Diagnosis {
    let mut causes = Causes::new();
    if let Some(evidence) = private_evidence(obs) {
        causes.add(CauseId::TimeoutPrivateIpUnreachable, STRONG, vec![evidence]);
    }
    causes.add(CauseId::UnreachableNoRoute, LIKELY, attempts_evidence(obs));
    causes.finish(Verdict::Unreachable)
}
