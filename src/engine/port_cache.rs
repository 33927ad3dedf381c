//! Run-wide memory of follow-up connects, so many targets on one host share them.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::OnceCell;

use crate::engine::local_listeners::ListenerCache;
use crate::engine::probe::connect::connect_one;
use crate::observation::{NetErrorKind, PortState};

/// Outcomes of follow-up connects within one run, keyed by address.
///
/// A thousand refused targets on one host would otherwise each probe the same
/// common ports again; concurrent askers of one address wait for one connect.
/// It also holds the run's one read of this machine's listening sockets.
#[derive(Debug, Default)]
pub struct PortCache {
    slots: Mutex<HashMap<SocketAddr, Arc<OnceCell<PortState>>>>,
    listeners: ListenerCache,
}

impl PortCache {
    /// The run's shared read of the local listening sockets.
    pub fn listeners(&self) -> &ListenerCache {
        &self.listeners
    }

    /// What `addr` does when connected to, probing it only the first time it is asked.
    pub async fn state(&self, addr: SocketAddr, timeout: Duration) -> PortState {
        let cell = self
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(addr)
            .or_default()
            .clone();
        *cell
            .get_or_init(|| async move {
                let (stream, attempt) = connect_one(addr, timeout).await;
                match (stream, attempt.error.map(|e| e.kind)) {
                    (Some(_), _) => PortState::Open,
                    (None, Some(NetErrorKind::Refused)) => PortState::Refused,
                    (None, Some(NetErrorKind::TimedOut)) => PortState::Silent,
                    (None, _) => PortState::Failed,
                }
            })
            .await
    }
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
}
