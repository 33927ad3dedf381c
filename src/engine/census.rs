//! The local port census: the ephemeral range and the sockets using it, read from `/proc`
//! after a connect fails with "cannot assign requested address".

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::observation::PortCensus;

/// Reads the port range and counts sockets; `None` where the OS does not tell.
pub fn port_census(dest: SocketAddr) -> Option<PortCensus> {
    #[cfg(target_os = "linux")]
    {
        let range = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").ok()?;
        let range = parse_port_range(&range)?;
        let mut census = PortCensus {
            range,
            to_destination: 0,
            time_wait: 0,
        };
        for path in ["/proc/net/tcp", "/proc/net/tcp6"] {
            if let Ok(table) = std::fs::read_to_string(path) {
                count_sockets(&table, dest, &mut census);
            }
        }
        Some(census)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = dest;
        None
    }
}

/// Parses `32768\t60999`.
pub fn parse_port_range(text: &str) -> Option<(u16, u16)> {
    let mut parts = text.split_whitespace().map(str::parse::<u16>);
    match (parts.next(), parts.next()) {
        (Some(Ok(lo)), Some(Ok(hi))) if lo <= hi => Some((lo, hi)),
        _ => None,
    }
}

/// Counts rows of a `/proc/net/tcp{,6}` table.
pub fn count_sockets(table: &str, dest: SocketAddr, census: &mut PortCensus) {
    const TIME_WAIT: &str = "06";
    for line in table.lines().skip(1) {
        let mut cols = line.split_whitespace();
        let (Some(_), Some(_local), Some(remote), Some(state)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        if state == TIME_WAIT {
            census.time_wait += 1;
        }
        if parse_proc_addr(remote) == Some(dest) {
            census.to_destination += 1;
        }
    }
}

/// Parses `0100007F:1F90` (IPv4) or the 32-hex-digit IPv6 form.
fn parse_proc_addr(text: &str) -> Option<SocketAddr> {
    let (ip_hex, port_hex) = text.split_once(':')?;
    let port = u16::from_str_radix(port_hex, 16).ok()?;
    let ip = match ip_hex.len() {
        8 => IpAddr::V4(Ipv4Addr::from(
            u32::from_str_radix(ip_hex, 16).ok()?.swap_bytes(),
        )),
        32 => {
            // Four 32-bit words, each in host (little-endian) order.
            let mut bytes = [0u8; 16];
            for (i, chunk) in bytes.chunks_mut(4).enumerate() {
                let word = u32::from_str_radix(ip_hex.get(i * 8..i * 8 + 8)?, 16).ok()?;
                chunk.copy_from_slice(&word.swap_bytes().to_be_bytes());
            }
            let v6 = Ipv6Addr::from(bytes);
            v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4)
        }
        _ => return None,
    };
    Some(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_net_tcp_rows_are_counted() {
        let table = "  sl  local_address rem_address   st tx_queue\n\
            0: 0100007F:D431 0100007F:1F90 01 00000000:00000000\n\
            1: 0100007F:D432 0100007F:1F90 06 00000000:00000000\n\
            2: 0100007F:D433 0200007F:0016 06 00000000:00000000\n";
        let dest: SocketAddr = "127.0.0.1:8080".parse().expect("addr");
        let mut census = PortCensus {
            range: (32768, 60999),
            to_destination: 0,
            time_wait: 0,
        };
        count_sockets(table, dest, &mut census);
        assert_eq!(census.to_destination, 2);
        assert_eq!(census.time_wait, 2);
        assert_eq!(census.range_size(), 28232);
        assert_eq!(parse_port_range("32768\t60999\n"), Some((32768, 60999)));
        assert_eq!(parse_port_range("x"), None);
    }

    #[test]
    fn ipv6_rows_parse() {
        let addr = parse_proc_addr("00000000000000000000000001000000:0016").expect("v6");
        assert_eq!(addr, "[::1]:22".parse().expect("addr"));
    }
}
