//! The name did not resolve, or resolved to addresses the user did not expect.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::{Observation, ResolveFailure, ResolverSource};

use super::common::{Causes, host_name, resolved};
use super::proxy::proxy_causes;
use super::score::{DOUBTFUL, FAINT, MENTION, POSSIBLE, SHOWN, STRONG};

pub(super) fn dns_failure(
    obs: &Observation,
    failure: &ResolveFailure,
    source: &ResolverSource,
) -> Diagnosis {
    let server = match source {
        ResolverSource::Server(s) => Some(*s),
        _ => None,
    };
    let name = host_name(obs).unwrap_or_default().to_owned();
    let mut causes = Causes::new();
    match failure {
        ResolveFailure::NoSuchHost => {
            causes.add(
                CauseId::DnsFailureNoSuchHost,
                SHOWN,
                vec![Evidence::NoSuchHost { name, server }],
            );
        }
        ResolveFailure::TimedOut => {
            causes.add(
                CauseId::DnsFailureServerUnreachable,
                STRONG,
                vec![Evidence::DnsTimedOut { server }],
            );
            causes.add(CauseId::DnsFailureNoSuchHost, FAINT, vec![]);
        }
        ResolveFailure::Other(message) => {
            causes.add(
                CauseId::DnsFailureServerUnreachable,
                POSSIBLE,
                vec![Evidence::DnsError {
                    message: message.clone(),
                }],
            );
            causes.add(CauseId::DnsFailureNoSuchHost, DOUBTFUL, vec![]);
        }
    }
    proxy_causes(obs, &mut causes, CauseId::RefusedProxySoftware, MENTION);
    causes.finish(Verdict::DnsFailure)
}

/// DNS answered, but none of the answers is an address the user expects.
pub(super) fn dns_mismatch(obs: &Observation) -> Option<Evidence> {
    let name = host_name(obs)?;
    let addrs = resolved(obs);
    if obs.expect_ips.is_empty() || addrs.iter().any(|a| obs.expect_ips.contains(a)) {
        return None;
    }
    Some(Evidence::DnsMismatch {
        name: name.to_owned(),
        resolved: addrs.to_vec(),
        expected: obs.expect_ips.clone(),
    })
}
