//! Evidence of something between client and server: proxy software, fake-IP DNS, a CDN edge.

use crate::diagnose::ranges::{CDN_PROXIED_PORTS, CDN_RANGES, FAKE_IP_RANGES, range_of};
use crate::diagnose::{CauseId, Evidence};
use crate::observation::Observation;
use crate::observation::reply::Reply;

use super::common::{Causes, host_name, resolved};
use super::score::{CLEAR, EVEN, STRONG};

/// Fake-IP answers for the name dialled. An address typed as such is not an
/// answer from a proxy's DNS: 198.18.0.0/15 is also a real benchmarking range.
pub(super) fn fake_ip_evidence(obs: &Observation) -> Vec<Evidence> {
    if host_name(obs).is_none() {
        return Vec::new();
    }
    resolved(obs)
        .iter()
        .filter_map(|ip| {
            range_of(&FAKE_IP_RANGES, *ip).map(|range| Evidence::FakeIp { ip: *ip, range })
        })
        .collect()
}

/// Proxy evidence: environment variables and fake-IP DNS answers.
pub(super) fn proxy_evidence(obs: &Observation) -> Vec<Evidence> {
    let mut evidence = fake_ip_evidence(obs);
    let host = obs.target.host.to_string();
    for proxy in obs.context.proxies_for(&host) {
        evidence.push(Evidence::ProxyVariable {
            var: proxy.var.clone(),
            value: proxy.value.clone(),
        });
    }
    evidence
}

pub(super) fn proxy_causes(obs: &Observation, causes: &mut Causes, id: CauseId, base: f32) {
    let evidence = proxy_evidence(obs);
    let fake = evidence
        .iter()
        .any(|e| matches!(e, Evidence::FakeIp { .. }));
    let score = if fake {
        CLEAR
    } else if evidence.is_empty() {
        base
    } else {
        EVEN
    };
    // Proxy software is named only when a proxy variable or a fake IP was seen.
    if !evidence.is_empty() {
        causes.add(id, score, evidence);
    }
}

pub(super) fn cdn_address_evidence(obs: &Observation) -> Vec<Evidence> {
    resolved(obs)
        .iter()
        .filter_map(|ip| {
            range_of(&CDN_RANGES, *ip).map(|range| Evidence::CdnAddress { ip: *ip, range })
        })
        .collect()
}

/// A CDN address dialled on a port the CDN does not forward.
pub(super) fn cdn_port_causes(obs: &Observation, causes: &mut Causes) {
    let port = obs.target.port;
    let cdn = cdn_address_evidence(obs);
    if !cdn.is_empty() && !CDN_PROXIED_PORTS.contains(&port) {
        let mut evidence = vec![Evidence::CdnPortNotProxied {
            port,
            proxied: &CDN_PROXIED_PORTS,
        }];
        evidence.extend(cdn);
        causes.add(CauseId::RefusedCdnPortNotProxied, STRONG, evidence);
    }
}

/// Response headers that show a CDN or caching proxy answered.
const CDN_HEADERS: [&str; 8] = [
    "cf-ray",
    "x-amz-cf-id",
    "x-amz-cf-pop",
    "via",
    "x-cache",
    "x-served-by",
    "x-akamai-request-id",
    "x-fastly-request-id",
];

/// CDN response headers (and a CDN `Server`) in an HTTP reply.
pub(super) fn cdn_header_evidence(reply: &Reply) -> Vec<Evidence> {
    let Reply::Http(head) = reply else {
        return vec![];
    };
    let mut evidence: Vec<Evidence> = CDN_HEADERS
        .iter()
        .filter_map(|name| {
            head.header(name).map(|value| Evidence::CdnHeader {
                name: (*name).to_owned(),
                value: value.to_owned(),
            })
        })
        .collect();
    if let Some(server) = head.header("server") {
        let lower = server.to_ascii_lowercase();
        if ["cloudflare", "cloudfront", "akamai", "fastly", "varnish"]
            .iter()
            .any(|cdn| lower.contains(cdn))
        {
            evidence.push(Evidence::CdnHeader {
                name: "server".to_owned(),
                value: server.to_owned(),
            });
        }
    }
    evidence
}
