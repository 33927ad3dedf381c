//! The kernel's TCP tables (`/proc/net/tcp`, `/proc/net/tcp6`): the fallback where a
//! netlink socket is refused (some sandboxes allow files but not netlink), and the
//! one reader of their `address:port` columns, which the port census counts with too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

#[cfg(target_os = "linux")]
use super::listener::Socket;

/// `st` column value of a socket in LISTEN.
#[cfg(target_os = "linux")]
const TCP_LISTEN: &str = "0A";

/// The listening sockets of both tables; an error only when neither can be read.
#[cfg(target_os = "linux")]
pub(super) fn listening() -> Result<Vec<Socket>, String> {
    let tables: Vec<String> = ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    if tables.is_empty() {
        return Err("cannot read /proc/net/tcp".into());
    }
    Ok(tables.iter().flat_map(|text| parse(text)).collect())
}

/// Parses one table; lines that do not look like a socket are skipped.
#[cfg(target_os = "linux")]
pub(super) fn parse(text: &str) -> Vec<Socket> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let (local, state, inode) = (cols.get(1)?, cols.get(3)?, cols.get(9)?);
            if *state != TCP_LISTEN {
                return None;
            }
            let local = socket_addr(local)?;
            Some(Socket {
                address: local.ip(),
                port: local.port(),
                inode: inode.parse().ok()?,
            })
        })
        .collect()
}

/// One `address:port` column: `0100007F:1F90`, or 32 hex digits for IPv6.
pub(crate) fn socket_addr(text: &str) -> Option<SocketAddr> {
    let (addr, port) = text.split_once(':')?;
    Some(SocketAddr::new(
        address(addr)?,
        u16::from_str_radix(port, 16).ok()?,
    ))
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn reads_listening_rows_only() {
        // Recorded on little-endian x86_64: 127.0.0.1:8282 listening,
        // 0.0.0.0:22 listening, and an established connection that must be skipped.
        let v4 = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:205A 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 100 0 0 10 0\n   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0\n   2: 0100007F:205A 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 3 1 0 20 4 30 10 -1\n";
        let v6 = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000 0 4 1\n";
        let got = parse(v4);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].port, 8282);
        assert_eq!(got[0].inode, 1);
        assert_eq!(got[1].port, 22);
        assert_eq!(got[1].inode, 2);
        let six = parse(v6);
        assert_eq!(six[0].port, 8080);
        assert_eq!(six[0].inode, 4);
        if cfg!(target_endian = "little") {
            assert_eq!(got[0].address, IpAddr::V4(Ipv4Addr::LOCALHOST));
            assert_eq!(got[1].address, IpAddr::V4(Ipv4Addr::UNSPECIFIED));
            assert_eq!(six[0].address, IpAddr::V6(Ipv6Addr::LOCALHOST));
        }
    }

    #[test]
    fn short_or_garbled_lines_are_skipped() {
        let text = "header\n   0: 0100007F:205A\n   1: XYZ:0016 00000000:0000 0A a b c d e nope\n";
        assert!(parse(text).is_empty());
    }

    #[test]
    fn the_tables_list_a_socket_this_test_listens_on() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let found = listening().unwrap();
        let mine: Vec<&Socket> = found.iter().filter(|s| s.port == port).collect();
        assert!(
            mine.iter().any(|s| s.address.is_loopback() && s.inode != 0),
            "{found:?}"
        );
    }
}
