//! What the local listeners prove about a refused connect to this machine.
//!
//! The listening sockets are facts, not guesses: nothing on the port settles
//! "the server is not running", a socket on another address of the port settles
//! which bind is wrong, and a container runtime's forwarder names the container.

use std::net::{IpAddr, SocketAddr};

use crate::diagnose::{CauseId, Evidence};
use crate::observation::{Listener, Observation};

use super::common::Causes;
use super::score::{PROBABLE, PROVEN, SHOWN};

/// Processes that forward a published container port on the host.
const CONTAINER_PROXIES: &[&str] = &[
    "docker-proxy",
    "rootlessport",
    "containerd",
    "conmon",
    "slirp4netns",
];

fn socket(l: &Listener) -> SocketAddr {
    SocketAddr::new(l.address, l.port)
}

fn only_on(l: &Listener) -> Evidence {
    Evidence::ListensOn {
        addr: socket(l),
        owner: l.owner(),
        only: true,
    }
}

/// Whether a listener on the target's port is a container runtime's forwarder.
pub(super) fn container_proxy_evidence(obs: &Observation) -> Vec<Evidence> {
    let Some(local) = &obs.local_listeners else {
        return Vec::new();
    };
    local
        .on_port
        .iter()
        .filter_map(|l| {
            let name = l.process.as_deref()?;
            CONTAINER_PROXIES
                .contains(&name)
                .then(|| Evidence::ContainerProxyListens {
                    addr: socket(l),
                    owner: l.owner().unwrap_or_else(|| name.to_owned()),
                })
        })
        .collect()
}

/// Raises or adds the refused causes the local listeners prove.
pub(super) fn refused_by_listeners(obs: &Observation, causes: &mut Causes) {
    let Some(local) = &obs.local_listeners else {
        return;
    };
    let Some(target) = obs.connects.last().map(|c| c.addr.ip()) else {
        return;
    };
    let port = obs.target.port;
    if local.on_port.is_empty() {
        causes.raise(
            CauseId::RefusedServerNotRunning,
            PROVEN,
            vec![Evidence::NothingListens { port }],
        );
        // Nothing on the port disproves every "it listens, but elsewhere" cause.
        causes.remove(CauseId::RefusedLoopbackOnlyBind);
        causes.remove(CauseId::RefusedWrongHost);
        let nearby: Vec<Evidence> = local
            .nearest
            .iter()
            .map(|l| Evidence::ListensOn {
                addr: socket(l),
                owner: l.owner(),
                only: false,
            })
            .collect();
        if !nearby.is_empty() {
            causes.raise(CauseId::RefusedWrongPort, PROBABLE, nearby);
        }
        return;
    }
    // Something listens on the port, yet this address refused: it is bound elsewhere.
    causes.remove(CauseId::RefusedServerNotRunning);
    let other_family: Vec<Evidence> = local
        .on_port
        .iter()
        .filter(|l| family(l.address) != family(target))
        .map(only_on)
        .collect();
    let loopback: Vec<Evidence> = local
        .on_port
        .iter()
        // A server bound to 127.0.0.1 refuses 127.0.0.2 as much as a LAN address.
        .filter(|l| family(l.address) == family(target) && l.loopback_only() && l.address != target)
        .map(only_on)
        .collect();
    let elsewhere: Vec<Evidence> = local
        .on_port
        .iter()
        .filter(|l| family(l.address) == family(target) && !l.loopback_only() && !l.is_wildcard())
        .map(only_on)
        .collect();
    if !other_family.is_empty() {
        causes.raise(CauseId::RefusedOtherFamilyWorks, PROVEN, other_family);
    }
    // A name that resolved elsewhere is the DNS cause's to explain, not the bind's.
    let literal = !matches!(obs.target.host, crate::target::Host::Name(_));
    if !loopback.is_empty() && literal {
        causes.raise(CauseId::RefusedLoopbackOnlyBind, PROVEN, loopback);
    } else {
        causes.remove(CauseId::RefusedLoopbackOnlyBind);
    }
    if !elsewhere.is_empty() {
        causes.raise(CauseId::RefusedWrongHost, SHOWN, elsewhere);
    }
}

fn family(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(_) => true,
        IpAddr::V6(v6) => v6.to_ipv4_mapped().is_some(),
    }
}
