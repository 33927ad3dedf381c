//! Facts about this machine that tell causes apart: interfaces and proxies.

use std::net::IpAddr;

pub use crate::system_proxy::ProxySetting;
use crate::system_proxy::system_proxies;

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
        proxies.extend(system_proxies().iter().cloned());
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
}
