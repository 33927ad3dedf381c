//! Who listens on a TCP port of this machine: address, PID and process name.
//!
//! The sockets and their owners come from the `listeners` crate (Linux, macOS,
//! Windows and the BSDs). On Linux a socket owned by a process this user may not
//! inspect is invisible to the crate, so the kernel's socket tables are read as
//! well and such a socket is listed with `pid`/`process` unknown rather than missed.

use std::collections::{BTreeSet, HashSet};
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

/// One listening TCP socket, as the contract's `local_listeners` entries show it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Listener {
    /// The address the socket is bound to (`0.0.0.0` / `::` for every address).
    pub address: IpAddr,
    /// The port it listens on.
    pub port: u16,
    /// The owning process, where the OS says.
    pub pid: Option<u32>,
    /// The owning process's name, where the OS says.
    pub process: Option<String>,
}

impl Listener {
    /// Whether only this machine can reach the socket (bound to a loopback address).
    pub fn loopback_only(&self) -> bool {
        self.address.is_loopback() || mapped_v4(self.address).is_some_and(|v4| v4.is_loopback())
    }

    /// Whether the socket accepts connections on every address of its family.
    pub fn is_wildcard(&self) -> bool {
        self.address.is_unspecified()
    }

    /// `node (pid 4242)`, `pid 4242`, or `None` when the owner is unknown.
    pub fn owner(&self) -> Option<String> {
        match (&self.process, self.pid) {
            (Some(name), Some(pid)) => Some(format!("{name} (pid {pid})")),
            (Some(name), None) => Some(name.clone()),
            (None, Some(pid)) => Some(format!("pid {pid}")),
            (None, None) => None,
        }
    }

    /// `127.0.0.1:8282` or `[::1]:8282`.
    pub fn socket_text(&self) -> String {
        std::net::SocketAddr::new(self.address, self.port).to_string()
    }
}

fn mapped_v4(addr: IpAddr) -> Option<std::net::Ipv4Addr> {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped(),
        IpAddr::V4(_) => None,
    }
}

/// Reading the socket list failed altogether.
#[derive(Debug, thiserror::Error)]
#[error("cannot list listening sockets: {0}")]
pub struct ListenersError(String);

/// Every listening TCP socket on this machine, sorted by port, then address.
pub fn all() -> Result<Vec<Listener>, ListenersError> {
    let owned = listeners::get_all().map_err(|err| ListenersError(err.to_string()))?;
    let mut found: BTreeSet<Listener> = owned
        .into_iter()
        .filter(|l| {
            l.protocol == listeners::Protocol::TCP && l.state == listeners::SocketState::Listen
        })
        .map(|l| Listener {
            address: l.socket.ip(),
            port: l.socket.port(),
            pid: Some(l.process.pid),
            process: Some(l.process.name).filter(|n| !n.is_empty()),
        })
        .collect();
    // A set of what is already named keeps this linear at 10,000 listeners.
    let named: HashSet<(IpAddr, u16)> = found.iter().map(|l| (l.address, l.port)).collect();
    for unowned in kernel::listening() {
        if !named.contains(&(unowned.address, unowned.port)) {
            found.insert(unowned);
        }
    }
    let mut list: Vec<Listener> = found.into_iter().collect();
    list.sort_by_key(|l| (l.port, l.address, l.pid));
    Ok(list)
}

/// The listening TCP sockets on `port`: the one call a check of a local target needs.
pub fn on_port(port: u16) -> Result<Vec<Listener>, ListenersError> {
    Ok(on_port_in(&all()?, port).to_vec())
}

/// The listening ports nearest to `port` (for a wrong-port hint), at most `limit`.
pub fn nearest(all: &[Listener], port: u16, limit: usize) -> Vec<Listener> {
    // `all` is sorted by port (as `all()` returns it): walk out from `port` in both
    // directions, one listener per port, so a run of 10,000 local targets against
    // 10,000 listeners costs a few steps per target, not a sort of the whole list.
    let std::ops::Range {
        start: mut below,
        end: mut above,
    } = port_range(all, port);
    let mut found = Vec::with_capacity(limit);
    while found.len() < limit {
        let down = below.checked_sub(1).map(|i| all[i].port);
        let up = all.get(above).map(|l| l.port);
        let take_down = match (down, up) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            // Ties go to the lower port, as (distance, port) orders them.
            (Some(d), Some(u)) => port - d <= u - port,
        };
        if take_down {
            let Some(p) = down else { break };
            let first = all[..below].partition_point(|l| l.port < p);
            found.push(all[first].clone());
            below = first;
        } else {
            let Some(p) = up else { break };
            found.push(all[above].clone());
            above = all.partition_point(|l| l.port <= p);
        }
    }
    found
}

/// The listeners on `port` in a list sorted by port (as [`all`] returns it).
pub fn on_port_in(all: &[Listener], port: u16) -> &[Listener] {
    &all[port_range(all, port)]
}

/// Where `port`'s listeners sit in a list sorted by port (empty where it has none).
fn port_range(all: &[Listener], port: u16) -> std::ops::Range<usize> {
    all.partition_point(|l| l.port < port)..all.partition_point(|l| l.port <= port)
}

#[cfg(target_os = "linux")]
mod kernel {
    //! The kernel's TCP tables (`/proc/net/tcp`, `/proc/net/tcp6`), for sockets whose
    //! owner this user cannot see: their address and port are still public.

    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

    use super::Listener;

    /// `st` column value of a socket in LISTEN.
    const TCP_LISTEN: &str = "0A";

    pub(super) fn listening() -> Vec<Listener> {
        ["/proc/net/tcp", "/proc/net/tcp6"]
            .iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .flat_map(|text| parse(&text))
            .collect()
    }

    /// Parses one table; lines that do not look like a socket are skipped.
    pub(super) fn parse(text: &str) -> Vec<Listener> {
        text.lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split_whitespace();
                let local = cols.nth(1)?;
                let state = cols.nth(1)?;
                if state != TCP_LISTEN {
                    return None;
                }
                let (addr, port) = local.split_once(':')?;
                Some(Listener {
                    address: address(addr)?,
                    port: u16::from_str_radix(port, 16).ok()?,
                    pid: None,
                    process: None,
                })
            })
            .collect()
    }

    /// The kernel prints each 32-bit word of the address in host byte order.
    fn address(hex: &str) -> Option<IpAddr> {
        let words: Vec<u32> = (0..hex.len() / 8)
            .map(|i| u32::from_str_radix(hex.get(i * 8..i * 8 + 8)?, 16).ok())
            .collect::<Option<_>>()?;
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_ne_bytes()).collect();
        match bytes.len() {
            4 => Some(IpAddr::V4(Ipv4Addr::new(
                bytes[0], bytes[1], bytes[2], bytes[3],
            ))),
            16 => {
                let octets: [u8; 16] = bytes.try_into().ok()?;
                Some(IpAddr::V6(Ipv6Addr::from(octets)))
            }
            _ => None,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn reads_listening_rows_only() {
            // Recorded on little-endian x86_64: 127.0.0.1:8282 listening,
            // 0.0.0.0:22 listening, and an established connection that must be skipped.
            let v4 = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:205A 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 100 0 0 10 0\n   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0\n   2: 0100007F:205A 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 3 1 0 20 4 30 10 -1\n";
            let v6 = "  sl  local_address                         remote_address                        st\n   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000 0 4 1\n";
            let got = parse(v4);
            if cfg!(target_endian = "little") {
                assert_eq!(got.len(), 2);
                assert_eq!(got[0].address, IpAddr::V4(Ipv4Addr::LOCALHOST));
                assert_eq!(got[0].port, 8282);
                assert_eq!(got[1].address, IpAddr::V4(Ipv4Addr::UNSPECIFIED));
                let six = parse(v6);
                assert_eq!(six[0].address, IpAddr::V6(Ipv6Addr::LOCALHOST));
                assert_eq!(six[0].port, 8080);
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod kernel {
    //! Elsewhere the crate's list is the whole list.

    pub(super) fn listening() -> Vec<super::Listener> {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(address: &str, port: u16) -> Listener {
        Listener {
            address: address.parse().unwrap(),
            port,
            pid: Some(7),
            process: Some("node".into()),
        }
    }

    #[test]
    fn loopback_and_wildcard() {
        assert!(at("127.0.0.1", 1).loopback_only());
        assert!(at("::1", 1).loopback_only());
        assert!(at("::ffff:127.0.0.1", 1).loopback_only());
        assert!(!at("0.0.0.0", 1).loopback_only());
        assert!(at("::", 1).is_wildcard());
        assert_eq!(at("::1", 80).socket_text(), "[::1]:80");
        assert_eq!(at("::1", 80).owner().as_deref(), Some("node (pid 7)"));
    }

    #[test]
    fn json_matches_the_contract() {
        let json = serde_json::to_value(at("127.0.0.1", 8282)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"address": "127.0.0.1", "port": 8282, "pid": 7, "process": "node"})
        );
        let unknown = Listener {
            pid: None,
            process: None,
            ..at("::", 1)
        };
        let json = serde_json::to_value(unknown).unwrap();
        assert!(json["pid"].is_null() && json["process"].is_null());
    }

    #[test]
    fn nearest_ports_first_one_per_port() {
        let all = [
            at("0.0.0.0", 3001),
            at("::", 3001),
            at("0.0.0.0", 80),
            at("0.0.0.0", 3000),
        ];
        let mut all = all.to_vec();
        all.sort_by_key(|l| (l.port, l.address, l.pid));
        let near = nearest(&all, 3000, 2);
        assert_eq!(near.iter().map(|l| l.port).collect::<Vec<_>>(), [3001, 80]);
        // One per port: the first address of the port.
        assert_eq!(near[0].address.to_string(), "0.0.0.0");
        assert_eq!(on_port_in(&all, 3000).len(), 1);
        assert_eq!(on_port_in(&all, 3001).len(), 2);
        assert!(on_port_in(&all, 22).is_empty());
        // Equal distance: the lower port first; fewer listeners than asked for.
        let near = nearest(&all, 2000, 5);
        assert_eq!(
            near.iter().map(|l| l.port).collect::<Vec<_>>(),
            [3000, 3001, 80]
        );
    }

    #[test]
    fn nearest_matches_a_full_sort() {
        let mut all: Vec<Listener> = [1u16, 5, 5, 9, 10, 11, 200, 65535]
            .iter()
            .enumerate()
            .map(|(i, p)| at(if i % 2 == 0 { "0.0.0.0" } else { "127.0.0.1" }, *p))
            .collect();
        all.sort_by_key(|l| (l.port, l.address, l.pid));
        for port in [0u16, 1, 5, 7, 10, 100, 65535] {
            let mut expected: Vec<Listener> =
                all.iter().filter(|l| l.port != port).cloned().collect();
            expected.sort_by_key(|l| (l.port.abs_diff(port), l.port, l.address));
            expected.dedup_by_key(|l| l.port);
            expected.truncate(4);
            assert_eq!(nearest(&all, port, 4), expected, "port {port}");
        }
    }
}
