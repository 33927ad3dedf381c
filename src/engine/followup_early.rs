//! Follow-ups started while the main probe still waits, so silence costs one timeout.
//!
//! A connect that has not come back after a short grace is most likely meeting
//! silence; the sweep a connect timeout would run then starts at once, bounded
//! to end by the main probe's deadline, and its answers wait in the run's port
//! cache for the follow-up step. If the connect succeeds after all, the sweep
//! is dropped and nobody reads what it found.

use std::net::SocketAddr;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::watch;

use crate::engine::followup;
use crate::engine::port_cache::{Claim, PortCache, state_of};
use crate::engine::probe::Phase;
use crate::observation::Observation;
use crate::target::Target;

/// The connect may take this share of the timeout before silence is assumed likely:
/// a live host answers a SYN within a round trip, far below a fifth of any timeout.
const GRACE_DIVISOR: u32 = 5;

/// How long a connect may be pending before the follow-ups start alongside it.
pub fn grace(timeout: Duration) -> Duration {
    timeout / GRACE_DIVISOR
}

/// The one address an IP-literal target connects to; names resolve inside the probe.
pub fn literal_addr(target: &Target) -> Option<SocketAddr> {
    target.host.ip().map(|ip| SocketAddr::new(ip, target.port))
}

/// Follows one target's phases: feeds the early sweep and settles the target's
/// claim on its own address as soon as its connect is known to have succeeded.
#[derive(Debug)]
pub struct Tracker {
    phase: watch::Sender<Option<Phase>>,
    claim: Mutex<Option<Claim>>,
    addr: Option<SocketAddr>,
}

impl Tracker {
    /// Starts tracking `target`, claiming its address in the run's census.
    pub fn new(target: &Target, cache: &PortCache) -> Tracker {
        let addr = literal_addr(target);
        Tracker {
            phase: watch::channel(None).0,
            claim: Mutex::new(addr.and_then(|a| cache.claim(a))),
            addr,
        }
    }

    /// Records a phase change of the main probe.
    pub fn enter(&self, phase: Phase) {
        self.phase.send_replace(Some(phase));
        if matches!(phase, Phase::Tls | Phase::Handshake) {
            self.settle_with(|_| Some(crate::observation::PortState::Open));
        }
    }

    /// Waits until the main probe enters `phase` (forever, if it never does).
    pub async fn reached(&self, phase: Phase) {
        let mut seen = self.phase.subscribe();
        if seen.wait_for(|p| *p == Some(phase)).await.is_err() {
            std::future::pending::<()>().await;
        }
    }

    /// Settles the claim from the main probe's connect attempts, once they are done,
    /// and ends the phase: a refused connect leaves the probe's last phase at
    /// connecting, and a grace running out after the probe has ended must not start
    /// the sweep of a connect still pending.
    pub fn finish(&self, obs: &Observation) {
        self.settle_with(|addr| {
            obs.connects
                .iter()
                .rfind(|c| c.addr == addr)
                .map(|c| state_of(obs.peer == Some(addr), c))
        });
        self.phase.send_replace(None);
    }

    fn settle_with(&self, state: impl FnOnce(SocketAddr) -> Option<crate::observation::PortState>) {
        let mut claim = self.claim.lock().unwrap_or_else(PoisonError::into_inner);
        let (Some(addr), Some(_)) = (self.addr, claim.as_ref()) else {
            return;
        };
        if let (Some(state), Some(claim)) = (state(addr), claim.take()) {
            claim.settle(state);
        }
    }

    /// Waits out the grace after the connect starts; if it is still pending, runs the
    /// sweep a connect timeout would run, ending by the main deadline.
    pub async fn overlap(&self, timeout: Duration, cache: &PortCache) {
        let Some(addr) = self.addr else {
            return;
        };
        let mut phase = self.phase.subscribe();
        if phase
            .wait_for(|p| *p == Some(Phase::Connecting))
            .await
            .is_err()
        {
            return;
        }
        let grace = grace(timeout);
        tokio::time::sleep(grace).await;
        if *phase.borrow() != Some(Phase::Connecting) {
            return;
        }
        let left = timeout.saturating_sub(grace);
        let bound = followup::followup_timeout(timeout).min(left);
        followup::sweep(addr, bound, cache).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_probe_that_has_ended_starts_no_sweep() {
        // A refused connect: the probe's last phase was connecting, and it is over.
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("addr");
        let target = Target::parse(&format!("tcp://{closed}")).expect("target");
        let cache = PortCache::default();
        let tracker = Tracker::new(&target, &cache);
        tracker.enter(Phase::Connecting);
        let mut obs = Observation::new(target, Duration::from_millis(50));
        let (_, attempt) =
            crate::engine::probe::connect::connect_one(closed, Duration::from_secs(1)).await;
        obs.connects.push(attempt);
        // The overlap is under way (in its grace) when the probe ends, as in a check;
        // past the grace, a pending connect would sweep its neighbours into the cache.
        tokio::join!(tracker.overlap(Duration::from_millis(50), &cache), async {
            tracker.finish(&obs)
        });
        for port in followup::sweep_ports(closed.port()) {
            let neighbour = SocketAddr::new(closed.ip(), port);
            assert!(cache.claim(neighbour).is_some(), "{neighbour} was swept");
        }
    }
}
