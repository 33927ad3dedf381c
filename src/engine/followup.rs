//! Differential probes run after a failure, to tell causes apart.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use futures_util::future::join_all;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::engine::capture::{CaptureLog, CaptureStream};
use crate::engine::census::port_census;
use crate::engine::engineio;
use crate::engine::port_cache::PortCache;
use crate::engine::probe::connect::connect_one;
use crate::engine::probe::{http, tls, websocket};
use crate::observation::reply::{Reply, sniff};
use crate::observation::{
    HandshakeEnd, HandshakeKind, NetErrorKind, Observation, PortState, PortSweep, TlsFailure,
    TlsOutcome,
};
use crate::target::Target;

/// Ports many services listen on; a few of them answering shows the host is up.
pub const COMMON_PORTS: [u16; 10] = [22, 80, 443, 3000, 5000, 8000, 8080, 8443, 8888, 9000];

/// How far either side of the target port the sweep looks.
pub const NEIGHBOUR_SPAN: u16 = 3;

/// Most local addresses tried as alternates.
const MAX_ALTERNATES: usize = 6;

/// Follow-up probes get a shorter leash than the main probe: they only add evidence.
pub fn followup_timeout(timeout: Duration) -> Duration {
    timeout.min(Duration::from_millis(1000))
}

/// Runs the follow-ups that fit what the observation shows.
pub async fn run(obs: &mut Observation, cache: &PortCache) {
    let timeout = followup_timeout(obs.timeout);
    if let Some(err) = obs.connect_error().cloned() {
        let Some(last) = obs.connects.last().map(|c| c.addr) else {
            return;
        };
        match err.kind {
            NetErrorKind::Refused => {
                let (alternates, sweep) = tokio::join!(
                    try_alternates(obs, last, timeout, cache),
                    sweep(last, timeout, cache)
                );
                obs.followups.alternates = alternates;
                obs.followups.sweep = Some(sweep);
            }
            // A firewall's reject comes back as "no route"; the sweep shows the host is up.
            NetErrorKind::HostUnreachable | NetErrorKind::NetUnreachable => {
                obs.followups.sweep = Some(sweep(last, timeout, cache).await);
            }
            NetErrorKind::TimedOut => {
                let (alternates, sweep) = tokio::join!(
                    try_alternates(obs, last, timeout, cache),
                    sweep(last, timeout, cache)
                );
                obs.followups.alternates = alternates;
                obs.followups.sweep = Some(sweep);
            }
            NetErrorKind::AddrNotAvailable => obs.census = port_census(last),
            _ => {}
        }
        return;
    }
    let Some(peer) = obs.peer else {
        return;
    };
    let tls_check = async {
        if needs_tls_check(obs) {
            Some(tls_answers(obs, peer, timeout).await)
        } else {
            None
        }
    };
    let (tls_on_port, origin_retry, hang_up, engineio) = tokio::join!(
        tls_check,
        origin_retry(obs, peer, timeout),
        hang_up_on_accept(obs, peer, timeout),
        engineio::probe(obs, peer, timeout)
    );
    obs.followups.engineio = engineio;
    obs.followups.tls_on_port = tls_on_port;
    obs.followups.origin_retry = origin_retry;
    obs.followups.hang_up_on_accept = hang_up;
    if matches!(obs.tls, Some(TlsOutcome::Failed(_))) {
        obs.followups.plain_reply = plain_answers(obs, peer, timeout).await;
    }
}

/// After TLS failed: does the port answer a plain HTTP request? Its first line if so.
async fn plain_answers(obs: &Observation, peer: SocketAddr, timeout: Duration) -> Option<String> {
    let (Some(stream), _) = connect_one(peer, timeout).await else {
        return None;
    };
    let log = CaptureLog::new(4096);
    let mut wrapped = CaptureStream::new(stream, log.clone());
    let request = http::request(&obs.target);
    let exchange = async {
        wrapped.write_all(request.as_bytes()).await?;
        http::read_head(&mut wrapped).await
    };
    // Whatever ended the exchange, the bytes read so far tell what speaks on the port.
    let _ = tokio::time::timeout(timeout, exchange).await;
    match sniff(&log.received()) {
        Reply::Http(head) => Some(head.status_line()),
        Reply::Banner { line, .. } => Some(line),
        _ => None,
    }
}

/// A plain request that got a TLS record, binary, or a hang-up may have met a TLS port.
fn needs_tls_check(obs: &Observation) -> bool {
    if obs.target.scheme.uses_tls() {
        return false;
    }
    let Some(hs) = &obs.handshake else {
        return false;
    };
    match &hs.reply {
        Reply::Tls(_) | Reply::Binary { .. } => true,
        Reply::Nothing => matches!(hs.end, HandshakeEnd::Closed | HandshakeEnd::Reset),
        _ => false,
    }
}

async fn tls_answers(obs: &Observation, peer: SocketAddr, timeout: Duration) -> bool {
    let (Some(stream), _) = connect_one(peer, timeout).await else {
        return false;
    };
    // The follow-up's bytes are not the user's handshake: no capture here.
    matches!(
        tokio::time::timeout(timeout, tls::handshake(&obs.target.host, stream)).await,
        Ok((_, TlsOutcome::Established { .. }))
    )
}

/// The `Origin` a browser page served from the target's own host would send.
pub fn same_origin(target: &Target) -> String {
    let scheme = if target.scheme.uses_tls() {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{}", target.host_header())
}

/// After a 401/403 to the upgrade: the same upgrade with a same-site `Origin`.
async fn origin_retry(
    obs: &Observation,
    peer: SocketAddr,
    timeout: Duration,
) -> Option<(String, Reply)> {
    if !matches!(obs.refused_upgrade_status(), Some(401 | 403)) {
        return None;
    }
    let origin = same_origin(&obs.target);
    let (Some(stream), _) = connect_one(peer, timeout).await else {
        return Some((origin, Reply::Nothing));
    };
    let log = CaptureLog::new(4096);
    let exchange = async {
        if obs.target.scheme.uses_tls() {
            let (Some(tls), _) = tls::handshake(&obs.target.host, stream).await else {
                return;
            };
            let wrapped = CaptureStream::new(tls, log.clone());
            websocket::upgrade_with_origin(&obs.target, wrapped, &log, timeout, Some(&origin))
                .await;
        } else {
            let wrapped = CaptureStream::new(stream, log.clone());
            websocket::upgrade_with_origin(&obs.target, wrapped, &log, timeout, Some(&origin))
                .await;
        }
    };
    let _ = tokio::time::timeout(timeout, exchange).await;
    Some((origin, sniff(&log.received())))
}

/// After a hang-up without a reply: is a fresh, silent connection dropped too?
///
/// A port published by docker-proxy whose container listens on 127.0.0.1 only
/// accepts, fails to reach the container, and closes before any byte either way.
async fn hang_up_on_accept(obs: &Observation, peer: SocketAddr, timeout: Duration) -> Option<bool> {
    let hung_up = match (&obs.handshake, &obs.tls) {
        (Some(hs), _) => {
            hs.kind != HandshakeKind::Greeting
                && hs.reply == Reply::Nothing
                && matches!(hs.end, HandshakeEnd::Closed | HandshakeEnd::Reset)
        }
        (None, Some(TlsOutcome::Failed(TlsFailure::Io(err)))) => {
            obs.captured.received.is_empty()
                && matches!(
                    err.kind,
                    NetErrorKind::Closed | NetErrorKind::Reset | NetErrorKind::Aborted
                )
        }
        _ => false,
    };
    if !hung_up {
        return None;
    }
    let (Some(mut stream), _) = connect_one(peer, timeout).await else {
        return Some(false);
    };
    let mut byte = [0u8; 1];
    Some(matches!(
        tokio::time::timeout(timeout, stream.read(&mut byte)).await,
        Ok(Ok(0) | Err(_))
    ))
}

/// The loopback or interface addresses worth trying on the same port.
///
/// A refused loopback address is only compared with the other loopback family: a
/// check of 127.0.0.1 never sends traffic off the loopback interface. A refused
/// interface address is compared with loopback and the other interface addresses.
fn alternates_for(obs: &Observation, failed: SocketAddr) -> Vec<SocketAddr> {
    let ip = failed.ip();
    if !obs.context.is_local(ip) {
        return Vec::new();
    }
    let mut ips: Vec<IpAddr> = vec![
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(Ipv6Addr::LOCALHOST),
    ];
    if !ip.is_loopback() {
        ips.extend(
            obs.context
                .interfaces
                .iter()
                .filter(|i| !i.ip.is_loopback() && !is_link_local(i.ip))
                .map(|i| i.ip),
        );
    }
    ips.retain(|alt| *alt != ip);
    ips.dedup();
    ips.truncate(MAX_ALTERNATES);
    ips.into_iter()
        .map(|alt| SocketAddr::new(alt, failed.port()))
        .collect()
}

fn is_link_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_link_local(),
        IpAddr::V6(v6) => v6.segments()[0] & 0xffc0 == 0xfe80,
    }
}

async fn try_alternates(
    obs: &Observation,
    failed: SocketAddr,
    timeout: Duration,
    cache: &PortCache,
) -> Vec<(SocketAddr, bool)> {
    let addrs = alternates_for(obs, failed);
    let states = join_all(addrs.iter().map(|addr| cache.state(*addr, timeout))).await;
    addrs
        .into_iter()
        .zip(states)
        .map(|(addr, state)| (addr, state == PortState::Open))
        .collect()
}

/// The ports probed around `port`: common services and close neighbours.
pub fn sweep_ports(port: u16) -> Vec<u16> {
    let mut ports: Vec<u16> = COMMON_PORTS.to_vec();
    for delta in 1..=NEIGHBOUR_SPAN {
        ports.extend(port.checked_add(delta));
        ports.extend(port.checked_sub(delta).filter(|p| *p > 0));
    }
    ports.retain(|p| *p != port);
    ports.sort_unstable();
    ports.dedup();
    ports
}

/// The sweep around a port that did not answer: common ports and close neighbours.
pub async fn sweep(failed: SocketAddr, timeout: Duration, cache: &PortCache) -> PortSweep {
    let ports = sweep_ports(failed.port());
    let states = join_all(
        ports
            .iter()
            .map(|port| cache.state(SocketAddr::new(failed.ip(), *port), timeout)),
    )
    .await;
    PortSweep {
        ip: Some(failed.ip()),
        ports: ports.into_iter().zip(states).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_alternates_stay_on_loopback() {
        use crate::context::{LocalAddr, LocalContext};
        use crate::target::Target;
        let mut obs = Observation::new(
            Target::parse("ws://127.0.0.2:80/").expect("target"),
            Duration::from_secs(1),
        );
        let lan = LocalAddr {
            name: "eth0".into(),
            ip: "10.1.2.3".parse().expect("ip"),
            prefix_len: 24,
        };
        obs.context = std::sync::Arc::new(LocalContext {
            interfaces: vec![lan.clone()],
            ..LocalContext::default()
        });
        let alts = alternates_for(&obs, "127.0.0.2:80".parse().expect("addr"));
        assert!(alts.iter().all(|a| a.ip().is_loopback()), "{alts:?}");
        assert_eq!(alts.len(), 2);
        let alts = alternates_for(&obs, "10.1.2.3:80".parse().expect("addr"));
        assert!(alts.iter().all(|a| a.ip() != lan.ip));
        assert!(alts.iter().any(|a| a.ip().is_loopback()));
        assert!(alternates_for(&obs, "192.0.2.1:80".parse().expect("addr")).is_empty());
    }

    #[test]
    fn sweep_ports_are_sorted_unique_and_skip_the_target() {
        let ports = sweep_ports(8080);
        assert!(!ports.contains(&8080));
        assert!(ports.contains(&8081) && ports.contains(&8077) && ports.contains(&22));
        let mut sorted = ports.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ports, sorted);
        assert!(!sweep_ports(1).contains(&0));
        assert!(sweep_ports(65535).iter().all(|p| *p >= 1));
    }
}
