//! This machine's own facts about a port: its addresses and a connect to each.

use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

use super::verdict::{ConnectResult, LocalConnect};
use crate::engine::probe::connect::{SELF_CONNECT_RETRIES, met_itself};

/// Limit for one local connect; a listener on this machine answers in microseconds.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// The machine's addresses: loopback first, then each interface's, without
/// link-local IPv6 (it needs a zone to dial) and without duplicates.
pub fn host_addresses() -> Vec<IpAddr> {
    let mut addrs: Vec<IpAddr> = vec![Ipv4Addr::LOCALHOST.into(), Ipv6Addr::LOCALHOST.into()];
    for iface in if_addrs::get_if_addrs().unwrap_or_default() {
        let ip = iface.ip();
        let link_local = matches!(ip, IpAddr::V6(v6) if v6.is_unicast_link_local());
        if !link_local && !addrs.contains(&ip) {
            addrs.push(ip);
        }
    }
    addrs
}

/// Connects to `port` on each address, one after the other.
pub fn connect_all(addrs: &[IpAddr], port: u16) -> Vec<LocalConnect> {
    addrs
        .iter()
        .map(|&address| LocalConnect {
            address,
            result: connect(SocketAddr::new(address, port)),
        })
        .collect()
}

/// A connect to a closed local port may be given that port as its own and meet
/// itself; it is tried again on another port, and one that keeps doing so is
/// refused, as in the engine's connects.
fn connect(addr: SocketAddr) -> ConnectResult {
    for _ in 0..=SELF_CONNECT_RETRIES {
        match TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT) {
            Ok(stream) if met_itself(stream.local_addr(), stream.peer_addr()) => {}
            Ok(_) => return ConnectResult::Ok,
            Err(err) => return failure(&err),
        }
    }
    ConnectResult::Refused
}

fn failure(err: &std::io::Error) -> ConnectResult {
    match err.kind() {
        ErrorKind::ConnectionRefused => ConnectResult::Refused,
        ErrorKind::TimedOut | ErrorKind::WouldBlock => ConnectResult::Timeout,
        ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => ConnectResult::Unreachable,
        _ => ConnectResult::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_connects_tell_listening_from_closed() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let got = connect_all(&[Ipv4Addr::LOCALHOST.into()], port);
        assert_eq!(got[0].result, ConnectResult::Ok);
        drop(listener);
        let got = connect_all(&[Ipv4Addr::LOCALHOST.into()], port);
        assert_eq!(got[0].result, ConnectResult::Refused);
    }

    #[test]
    fn a_socket_connected_to_itself_is_no_listener() {
        // Bound to a free port and connected to that same port: TCP's simultaneous open.
        let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
            .expect("socket");
        socket
            .bind(&SocketAddr::from((Ipv4Addr::LOCALHOST, 0)).into())
            .expect("bind");
        let own = socket
            .local_addr()
            .ok()
            .and_then(|a| a.as_socket())
            .expect("own address");
        socket.connect(&own.into()).expect("simultaneous open");
        let looped = TcpStream::from(socket);
        assert!(met_itself(looped.local_addr(), looped.peer_addr()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let peer = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        assert!(!met_itself(peer.local_addr(), peer.peer_addr()));
    }

    #[test]
    fn addresses_start_with_loopback() {
        let addrs = host_addresses();
        assert_eq!(addrs[0], IpAddr::V4(Ipv4Addr::LOCALHOST));
        assert!(
            addrs
                .iter()
                .all(|a| !matches!(a, IpAddr::V6(v6) if v6.is_unicast_link_local()))
        );
    }
}
