//! Run-wide memory of connects, so many targets on one host share them.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::watch;

use crate::engine::local_listeners::ListenerCache;
use crate::engine::probe::connect::connect_one;
use crate::observation::{ConnectAttempt, NetErrorKind, PortState};

type Slots = Arc<Mutex<HashMap<SocketAddr, watch::Sender<Option<PortState>>>>>;

/// Outcomes of connects within one run, keyed by address.
///
/// A thousand refused targets on one host would otherwise each probe the same
/// common ports again; concurrent askers of one address wait for one connect.
/// A run's own targets are its census: a target claims its address when its
/// connect starts, and a sweep asking for that address waits for the target's
/// answer instead of connecting again. It also holds the run's one read of this
/// machine's listening sockets.
#[derive(Debug, Default)]
pub struct PortCache {
    slots: Slots,
    listeners: ListenerCache,
}

/// A promise to tell the cache what one connect to an address found.
///
/// Dropped without an answer (a cancelled probe), it forgets the address, so
/// whoever waits for it asks the port again instead of waiting in vain.
#[derive(Debug)]
pub struct Claim {
    slots: Slots,
    addr: SocketAddr,
    settled: bool,
}

impl Claim {
    /// Records the connect outcome for every asker waiting on the address.
    pub fn settle(mut self, state: PortState) {
        self.settled = true;
        let slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = slots.get(&self.addr) {
            slot.send_replace(Some(state));
        }
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        if !self.settled {
            let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
            slots.remove(&self.addr);
        }
    }
}

/// What a connect attempt says about the port.
pub fn state_of(connected: bool, attempt: &ConnectAttempt) -> PortState {
    match (connected, attempt.error.as_ref().map(|e| e.kind)) {
        (true, _) => PortState::Open,
        (false, Some(NetErrorKind::Refused)) => PortState::Refused,
        (false, Some(NetErrorKind::TimedOut)) => PortState::Silent,
        (false, _) => PortState::Failed,
    }
}

enum Ask {
    Mine(Claim),
    Theirs(watch::Receiver<Option<PortState>>),
}

impl PortCache {
    /// The run's shared read of the local listening sockets.
    pub fn listeners(&self) -> &ListenerCache {
        &self.listeners
    }

    /// Claims `addr` for a target about to connect to it; `None` if it is already known
    /// or being probed (the target still connects itself: it needs the stream).
    pub fn claim(&self, addr: SocketAddr) -> Option<Claim> {
        match self.ask(addr) {
            Ask::Mine(claim) => Some(claim),
            Ask::Theirs(_) => None,
        }
    }

    fn ask(&self, addr: SocketAddr) -> Ask {
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = slots.get(&addr) {
            return Ask::Theirs(slot.subscribe());
        }
        slots.insert(addr, watch::channel(None).0);
        Ask::Mine(Claim {
            slots: self.slots.clone(),
            addr,
            settled: false,
        })
    }

    /// What `addr` does when connected to, probing it only the first time it is asked.
    ///
    /// A wait for another asker's answer lasts no longer than this asker's own
    /// connect would have; past it the port counts as silent, which is what a
    /// connect that long would have found.
    pub async fn state(&self, addr: SocketAddr, timeout: Duration) -> PortState {
        let mut seen = match self.ask(addr) {
            Ask::Mine(claim) => return probe(addr, claim, timeout).await,
            Ask::Theirs(seen) => seen,
        };
        let waited = tokio::time::timeout(timeout, async {
            seen.wait_for(Option::is_some).await.map(|state| *state)
        })
        .await;
        match waited {
            Ok(Ok(state)) => state.unwrap_or(PortState::Silent),
            Err(_) => PortState::Silent,
            // The other asker gave up before it had an answer: ask the port directly.
            Ok(Err(_)) => {
                let (stream, attempt) = connect_one(addr, timeout).await;
                state_of(stream.is_some(), &attempt)
            }
        }
    }
}

async fn probe(addr: SocketAddr, claim: Claim, timeout: Duration) -> PortState {
    let (stream, attempt) = connect_one(addr, timeout).await;
    let state = state_of(stream.is_some(), &attempt);
    claim.settle(state);
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn asks_each_address_once() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let cache = PortCache::default();
        assert_eq!(
            cache.state(addr, Duration::from_secs(1)).await,
            PortState::Open
        );
        // Closing the listener does not change the remembered answer within the run.
        drop(listener);
        assert_eq!(
            cache.state(addr, Duration::from_secs(1)).await,
            PortState::Open
        );
    }

    #[tokio::test]
    async fn a_claimed_target_answers_for_the_sweep() {
        // A closed port: a connect of its own would say refused.
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("addr");
        let cache = PortCache::default();
        let claim = cache.claim(addr).expect("first claim");
        assert!(cache.claim(addr).is_none(), "one claim per address");
        let asked = cache.state(addr, Duration::from_secs(5));
        let answered = async {
            tokio::task::yield_now().await;
            claim.settle(PortState::Open);
        };
        let (state, ()) = tokio::join!(asked, answered);
        assert_eq!(
            state,
            PortState::Open,
            "the target's answer, not a new connect"
        );
    }

    #[tokio::test]
    async fn a_dropped_claim_lets_the_asker_probe() {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("addr");
        let cache = PortCache::default();
        let claim = cache.claim(addr).expect("claim");
        let asked = cache.state(addr, Duration::from_secs(5));
        let dropped = async {
            tokio::task::yield_now().await;
            drop(claim);
        };
        let (state, ()) = tokio::join!(asked, dropped);
        assert_eq!(state, PortState::Refused);
    }
}
