//! Facts about this machine that tell causes apart: interfaces, proxies, local ports.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// One address of a local network interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalAddr {
    /// Interface name, e.g. `eth0`.
    pub name: String,
    /// The address.
    pub ip: IpAddr,
    /// Prefix length of its network.
    pub prefix_len: u8,
}

impl LocalAddr {
    /// Whether `ip` is on this address's network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        same_network(self.ip, ip, self.prefix_len)
    }
}

/// A proxy setting found in the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxySetting {
    /// Variable name as set (`HTTPS_PROXY`, `all_proxy`, ...).
    pub var: String,
    /// Its value, with any password masked.
    pub value: String,
}

/// Run-wide facts, gathered once per run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalContext {
    /// Addresses of this machine's interfaces.
    pub interfaces: Vec<LocalAddr>,
    /// Proxies in effect: environment variables and the OS settings.
    pub proxies: Vec<ProxySetting>,
    /// `NO_PROXY` / `no_proxy`, if set.
    pub no_proxy: Option<String>,
}

impl LocalContext {
    /// Reads interfaces and proxy settings (environment and OS) of this machine.
    pub fn gather() -> LocalContext {
        let interfaces = if_addrs::get_if_addrs()
            .map(|list| {
                list.into_iter()
                    .map(|iface| LocalAddr {
                        ip: iface.ip(),
                        prefix_len: match &iface.addr {
                            if_addrs::IfAddr::V4(v4) => prefix_of(IpAddr::V4(v4.netmask)),
                            if_addrs::IfAddr::V6(v6) => prefix_of(IpAddr::V6(v6.netmask)),
                        },
                        name: iface.name,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let (mut proxies, no_proxy) = proxies_from(|name| std::env::var(name).ok());
        proxies.extend(crate::system_proxy::system_proxies().iter().cloned());
        LocalContext {
            interfaces,
            proxies,
            no_proxy,
        }
    }

    /// Whether `ip` belongs to this machine.
    pub fn is_local(&self, ip: IpAddr) -> bool {
        ip.is_loopback() || self.interfaces.iter().any(|i| i.ip == ip)
    }

    /// Whether some interface of this machine is on the network of `ip`.
    pub fn has_route_to_subnet(&self, ip: IpAddr) -> bool {
        self.interfaces
            .iter()
            .any(|i| !i.ip.is_loopback() && i.contains(ip))
    }

    /// Proxies that apply to `host` (not excluded by `NO_PROXY`).
    pub fn proxies_for(&self, host: &str) -> Vec<&ProxySetting> {
        if let Some(no_proxy) = &self.no_proxy
            && no_proxy_matches(no_proxy, host)
        {
            return Vec::new();
        }
        self.proxies.iter().collect()
    }
}

/// The proxy variables read, in both spellings that clients use.
pub const PROXY_VARS: [&str; 10] = [
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "WS_PROXY",
    "ws_proxy",
    "WSS_PROXY",
    "wss_proxy",
];

/// Reads the proxy variables through `get`, so tests can feed their own environment.
pub fn proxies_from(get: impl Fn(&str) -> Option<String>) -> (Vec<ProxySetting>, Option<String>) {
    let proxies = PROXY_VARS
        .iter()
        .filter_map(|var| {
            get(var)
                .filter(|v| !v.trim().is_empty())
                .map(|value| ProxySetting {
                    var: (*var).to_owned(),
                    value: mask_password(&value),
                })
        })
        .collect();
    let no_proxy = get("NO_PROXY")
        .or_else(|| get("no_proxy"))
        .filter(|v| !v.trim().is_empty());
    (proxies, no_proxy)
}

fn mask_password(value: &str) -> String {
    match url::Url::parse(value) {
        Ok(mut url) if url.password().is_some() => {
            // Setting a password only fails on URLs that cannot have one, and this one has one.
            let _ = url.set_password(Some("***"));
            url.to_string()
        }
        _ => value.to_owned(),
    }
}

fn no_proxy_matches(no_proxy: &str, host: &str) -> bool {
    no_proxy.split(',').map(str::trim).any(|entry| {
        let entry = entry.trim_start_matches('*').trim_start_matches('.');
        entry == "*"
            || (!entry.is_empty() && (host == entry || host.ends_with(&format!(".{entry}"))))
    })
}

fn prefix_of(mask: IpAddr) -> u8 {
    let ones = match mask {
        IpAddr::V4(m) => u32::from(m).count_ones(),
        IpAddr::V6(m) => u128::from(m).count_ones(),
    };
    u8::try_from(ones).unwrap_or(0)
}

/// Whether two addresses share their first `prefix_len` bits.
pub fn same_network(a: IpAddr, b: IpAddr, prefix_len: u8) -> bool {
    match (a, b) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let shift = 32u32.saturating_sub(u32::from(prefix_len));
            let mask = u32::MAX.checked_shl(shift).unwrap_or(0);
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let shift = 128u32.saturating_sub(u32::from(prefix_len));
            let mask = u128::MAX.checked_shl(shift).unwrap_or(0);
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

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

/// Local port usage, read when a connect fails with "cannot assign requested address".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortCensus {
    /// The ephemeral port range (`ip_local_port_range`).
    pub range: (u16, u16),
    /// Sockets of this machine connected (or connecting) to the destination.
    pub to_destination: usize,
    /// Sockets in TIME_WAIT, any destination.
    pub time_wait: usize,
}

impl PortCensus {
    /// How many ephemeral ports the range holds.
    pub fn range_size(&self) -> usize {
        usize::from(self.range.1.saturating_sub(self.range.0)) + 1
    }
}

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
    fn networks() {
        let a: IpAddr = "192.168.1.10".parse().expect("ip");
        let b: IpAddr = "192.168.1.200".parse().expect("ip");
        let c: IpAddr = "192.168.2.1".parse().expect("ip");
        assert!(same_network(a, b, 24));
        assert!(!same_network(a, c, 24));
        assert!(same_network(a, c, 0));
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

    #[test]
    fn proxies_are_read_and_masked() {
        let env = |name: &str| match name {
            "HTTPS_PROXY" => Some("http://bob:secret@proxy:3128".to_owned()),
            "no_proxy" => Some("localhost,.internal".to_owned()),
            _ => None,
        };
        let (proxies, no_proxy) = proxies_from(env);
        assert_eq!(proxies.len(), 1);
        assert_eq!(proxies[0].var, "HTTPS_PROXY");
        assert!(!proxies[0].value.contains("secret"));
        let ctx = LocalContext {
            proxies,
            no_proxy,
            ..LocalContext::default()
        };
        assert!(ctx.proxies_for("api.internal").is_empty());
        assert!(ctx.proxies_for("localhost").is_empty());
        assert_eq!(ctx.proxies_for("example.com").len(), 1);
    }

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
