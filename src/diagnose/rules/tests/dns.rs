use super::support::{Obs, addr, first};
use crate::diagnose::{CauseId, Verdict};
use crate::observation::{ResolveFailure, ResolverSource};

#[test]
fn dns_failures() {
    let obs = Obs::to("ws://nowhere.example.test/")
        .unresolved(
            ResolverSource::Server(addr("127.0.0.1:5353")),
            ResolveFailure::NoSuchHost,
        )
        .build();
    assert_eq!(
        first(&obs),
        (Verdict::DnsFailure, CauseId::DnsFailureNoSuchHost)
    );
    let obs = Obs::to("ws://nowhere.example.test/")
        .unresolved(ResolverSource::System, ResolveFailure::TimedOut)
        .build();
    assert_eq!(
        first(&obs),
        (Verdict::DnsFailure, CauseId::DnsFailureServerUnreachable)
    );
}

#[test]
fn no_resolution_is_an_error_not_a_panic() {
    let obs = Obs::to("ws://127.0.0.1:1/").build();
    assert_eq!(first(&obs), (Verdict::Error, CauseId::ErrorUnexpected));
}

/// Every rule test above, for the catalogue coverage test.
pub(super) const TESTS: &[fn()] = &[dns_failures, no_resolution_is_an_error_not_a_panic];
