//! Address ranges that tell causes apart: private networks, fake-IP proxies, CDN edges.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::context::same_network;

/// A named address range.
pub struct Range {
    /// Network address.
    pub net: IpAddr,
    /// Prefix length.
    pub prefix_len: u8,
    /// Display form, e.g. `10.0.0.0/8`.
    pub text: &'static str,
}

const fn v4(a: u8, b: u8, c: u8, d: u8, prefix_len: u8, text: &'static str) -> Range {
    Range {
        net: IpAddr::V4(Ipv4Addr::new(a, b, c, d)),
        prefix_len,
        text,
    }
}

const fn v6(first: u16, prefix_len: u8, text: &'static str) -> Range {
    Range {
        net: IpAddr::V6(Ipv6Addr::new(first, 0, 0, 0, 0, 0, 0, 0)),
        prefix_len,
        text,
    }
}

/// Private and carrier-grade NAT ranges: reachable only from inside their network.
pub const PRIVATE_RANGES: [Range; 5] = [
    v4(10, 0, 0, 0, 8, "10.0.0.0/8"),
    v4(172, 16, 0, 0, 12, "172.16.0.0/12"),
    v4(192, 168, 0, 0, 16, "192.168.0.0/16"),
    v4(100, 64, 0, 0, 10, "100.64.0.0/10"),
    v6(0xfc00, 7, "fc00::/7"),
];

/// Ranges TUN-mode proxy tools hand out as fake DNS answers.
pub const FAKE_IP_RANGES: [Range; 2] = [
    v4(198, 18, 0, 0, 15, "198.18.0.0/15"),
    v6(0xfc00, 18, "fc00::/18"),
];

/// Published Cloudflare ranges: a peer here is the CDN, not the origin.
pub const CDN_RANGES: [Range; 15] = [
    v4(173, 245, 48, 0, 20, "173.245.48.0/20"),
    v4(103, 21, 244, 0, 22, "103.21.244.0/22"),
    v4(103, 22, 200, 0, 22, "103.22.200.0/22"),
    v4(103, 31, 4, 0, 22, "103.31.4.0/22"),
    v4(141, 101, 64, 0, 18, "141.101.64.0/18"),
    v4(108, 162, 192, 0, 18, "108.162.192.0/18"),
    v4(190, 93, 240, 0, 20, "190.93.240.0/20"),
    v4(188, 114, 96, 0, 20, "188.114.96.0/20"),
    v4(197, 234, 240, 0, 22, "197.234.240.0/22"),
    v4(198, 41, 128, 0, 17, "198.41.128.0/17"),
    v4(162, 158, 0, 0, 15, "162.158.0.0/15"),
    v4(104, 16, 0, 0, 13, "104.16.0.0/13"),
    v4(104, 24, 0, 0, 14, "104.24.0.0/14"),
    v4(172, 64, 0, 0, 13, "172.64.0.0/13"),
    v4(131, 0, 72, 0, 22, "131.0.72.0/22"),
];

/// Ports Cloudflare's proxy forwards (HTTP and HTTPS); any other port is refused at the edge.
pub const CDN_PROXIED_PORTS: [u16; 13] = [
    80, 443, 2052, 2053, 2082, 2083, 2086, 2087, 2095, 2096, 8080, 8443, 8880,
];

/// The first range of `ranges` containing `ip`.
pub fn range_of(ranges: &[Range], ip: IpAddr) -> Option<&'static str> {
    ranges
        .iter()
        .find(|r| same_network(r.net, ip, r.prefix_len))
        .map(|r| r.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_name_the_block() {
        let a: IpAddr = "192.168.1.10".parse().expect("ip");
        assert_eq!(range_of(&PRIVATE_RANGES, a), Some("192.168.0.0/16"));
        assert_eq!(
            range_of(&FAKE_IP_RANGES, "198.19.0.5".parse().expect("ip")),
            Some("198.18.0.0/15")
        );
        assert_eq!(
            range_of(&CDN_RANGES, "104.16.1.1".parse().expect("ip")),
            Some("104.16.0.0/13")
        );
        assert_eq!(
            range_of(&PRIVATE_RANGES, "8.8.8.8".parse().expect("ip")),
            None
        );
    }
}
