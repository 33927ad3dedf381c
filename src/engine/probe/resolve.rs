//! The resolve phase: every A/AAAA answer, from the system or a given DNS server.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::Resolver;
use hickory_resolver::config::{LookupIpStrategy, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;

use crate::observation::{Resolution, ResolveFailure, ResolverSource};
use crate::target::Host;

/// Resolves `host`; IP literals are returned without asking anyone.
pub async fn resolve(
    host: &Host,
    port: u16,
    dns_server: Option<SocketAddr>,
    timeout: Duration,
) -> Resolution {
    let name = match host {
        Host::Name(name) => name,
        other => {
            return Resolution {
                source: ResolverSource::Literal,
                addrs: other.ip().into_iter().collect(),
                failure: None,
            };
        }
    };
    match dns_server {
        Some(server) => via_server(name, server, timeout).await,
        None => via_system(name, port, timeout).await,
    }
}

async fn via_system(name: &str, port: u16, timeout: Duration) -> Resolution {
    let lookup = tokio::time::timeout(timeout, tokio::net::lookup_host((name, port))).await;
    let (addrs, failure) = match lookup {
        Err(_) => (Vec::new(), Some(ResolveFailure::TimedOut)),
        Ok(Err(err)) => (Vec::new(), Some(system_failure(&err))),
        Ok(Ok(found)) => {
            let mut addrs: Vec<IpAddr> = Vec::new();
            for addr in found {
                if !addrs.contains(&addr.ip()) {
                    addrs.push(addr.ip());
                }
            }
            let failure = addrs.is_empty().then_some(ResolveFailure::NoSuchHost);
            (addrs, failure)
        }
    };
    Resolution {
        source: ResolverSource::System,
        addrs,
        failure,
    }
}

/// getaddrinfo's errors arrive as text; its wording tells "no such name" from the rest.
fn system_failure(err: &std::io::Error) -> ResolveFailure {
    let text = err.to_string();
    let lower = text.to_ascii_lowercase();
    if [
        "not known",
        "no address associated",
        "nodename nor servname",
        "no such host",
        "not found",
    ]
    .iter()
    .any(|needle| lower.contains(needle))
    {
        ResolveFailure::NoSuchHost
    } else if lower.contains("temporary failure") || lower.contains("timed out") {
        ResolveFailure::TimedOut
    } else {
        ResolveFailure::Other(text)
    }
}

async fn via_server(name: &str, server: SocketAddr, timeout: Duration) -> Resolution {
    let mut ns = NameServerConfig::udp_and_tcp(server.ip());
    for conn in &mut ns.connections {
        conn.port = server.port();
    }
    let mut builder = Resolver::builder_with_config(
        ResolverConfig::from_name_servers(vec![ns]),
        TokioRuntimeProvider::default(),
    );
    let opts = builder.options_mut();
    opts.timeout = timeout;
    opts.attempts = 1;
    opts.ip_strategy = LookupIpStrategy::Ipv4AndIpv6;
    opts.cache_size = 0;
    // A fully qualified name skips search domains: the user asked about this exact name.
    let fqdn = format!("{name}.");
    let result = match builder.build() {
        Err(err) => Err(ResolveFailure::Other(err.to_string())),
        Ok(resolver) => {
            match tokio::time::timeout(timeout + timeout / 2, resolver.lookup_ip(fqdn.as_str()))
                .await
            {
                Err(_) => Err(ResolveFailure::TimedOut),
                Ok(Err(err)) if err.is_nx_domain() || err.is_no_records_found() => {
                    Err(ResolveFailure::NoSuchHost)
                }
                Ok(Err(err)) => {
                    let text = err.to_string();
                    if text.to_ascii_lowercase().contains("timed out")
                        || text.to_ascii_lowercase().contains("timeout")
                    {
                        Err(ResolveFailure::TimedOut)
                    } else {
                        Err(ResolveFailure::Other(text))
                    }
                }
                Ok(Ok(found)) => Ok(found.iter().collect::<Vec<IpAddr>>()),
            }
        }
    };
    let (addrs, failure) = match result {
        Ok(addrs) if addrs.is_empty() => (addrs, Some(ResolveFailure::NoSuchHost)),
        Ok(addrs) => (addrs, None),
        Err(failure) => (Vec::new(), Some(failure)),
    };
    Resolution {
        source: ResolverSource::Server(server),
        addrs,
        failure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn literals_are_not_looked_up() {
        let r = resolve(
            &Host::V4(std::net::Ipv4Addr::LOCALHOST),
            80,
            None,
            Duration::from_secs(1),
        )
        .await;
        assert_eq!(r.source, ResolverSource::Literal);
        assert_eq!(r.addrs, vec![IpAddr::from([127, 0, 0, 1])]);
    }

    #[test]
    fn getaddrinfo_texts() {
        let e = std::io::Error::other(
            "failed to lookup address information: Name or service not known",
        );
        assert_eq!(system_failure(&e), ResolveFailure::NoSuchHost);
        let e = std::io::Error::other("Temporary failure in name resolution");
        assert_eq!(system_failure(&e), ResolveFailure::TimedOut);
    }
}
