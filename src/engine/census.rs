//! The local port census: the ephemeral range and the sockets using it, read from `/proc`
//! after a connect fails with "cannot assign requested address".

use std::net::{IpAddr, SocketAddr};

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

/// A remote `address:port` column, with IPv4-mapped IPv6 addresses as IPv4, the form
/// a destination is compared in.
fn parse_proc_addr(text: &str) -> Option<SocketAddr> {
    let addr = crate::listeners::proc_net::socket_addr(text)?;
    let ip = match addr.ip() {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    };
    Some(SocketAddr::new(ip, addr.port()))
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
