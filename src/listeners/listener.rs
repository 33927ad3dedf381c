//! The listener record every face shows, and the error of reading the list.

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
pub struct ListenersError(pub(super) String);

/// A listening socket as the Linux kernel lists it, before its owner is known.
#[cfg(target_os = "linux")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Socket {
    /// The bound address.
    pub address: IpAddr,
    /// The bound port.
    pub port: u16,
    /// The socket's inode, which names it under `/proc/<pid>/fd`.
    pub inode: u64,
}

/// A listener owned by `node (pid 7)`, for the tests of this module and its parent.
#[cfg(test)]
pub(super) fn node_at(address: &str, port: u16) -> Listener {
    Listener {
        address: address.parse().unwrap(),
        port,
        pid: Some(7),
        process: Some("node".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::node_at as at;
    use super::*;

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
}
