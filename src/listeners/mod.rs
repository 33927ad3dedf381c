//! Who listens on a TCP port of this machine: address, PID and process name.
//!
//! On Linux the kernel lists the listening sockets itself (`sock_diag`, or the
//! `/proc/net` tables where netlink is refused) and their owners are found by
//! socket inode under `/proc`; a socket whose owner this user may not inspect is
//! listed with `pid`/`process` unknown rather than missed. Elsewhere the
//! `listeners` crate gives sockets and owners together.

mod listener;
#[cfg(target_os = "linux")]
mod owners;
pub(crate) mod proc_net;
#[cfg(target_os = "linux")]
mod sock_diag;

#[cfg(target_os = "linux")]
#[path = "linux.rs"]
mod platform;
#[cfg(not(target_os = "linux"))]
#[path = "other.rs"]
mod platform;

pub use listener::{Listener, ListenersError};

/// Every listening TCP socket on this machine, sorted by port, then address.
pub fn all() -> Result<Vec<Listener>, ListenersError> {
    let mut list = platform::listening()?;
    list.sort_by_key(|l| (l.port, l.address, l.pid));
    list.dedup();
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

#[cfg(test)]
mod tests {
    use super::listener::node_at as at;
    use super::*;

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
