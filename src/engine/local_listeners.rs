//! Who listens on this machine, for targets whose address is one of its own.
//!
//! The socket list is read once per run and shared by every target of it: a run
//! of many local targets then costs one read, not one per target.

use std::net::IpAddr;
use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::listeners::{self, Listener};
use crate::observation::{LocalListeners, Observation};

/// How many other listening ports a wrong-port hint names.
const NEAREST: usize = 3;

/// The run's one read of the listening sockets.
#[derive(Debug, Default)]
pub struct ListenerCache {
    all: OnceCell<Option<Arc<Vec<Listener>>>>,
}

impl ListenerCache {
    /// Every listening socket of this machine, read the first time it is asked;
    /// `None` when the list cannot be read.
    async fn all(&self) -> Option<Arc<Vec<Listener>>> {
        self.all
            .get_or_init(|| async {
                // Reading the process table is blocking file I/O.
                tokio::task::spawn_blocking(listeners::all)
                    .await
                    .ok()
                    .and_then(Result::ok)
                    .map(Arc::new)
            })
            .await
            .clone()
    }

    /// Reads the socket table now, for the targets that will ask for it.
    pub async fn prefetch(&self) {
        let _ = self.all().await;
    }

    /// Fills `obs.local_listeners` when the target's address belongs to this machine.
    pub async fn observe(&self, obs: &mut Observation) {
        if !targets_this_machine(obs) {
            return;
        }
        let Some(all) = self.all().await else {
            return;
        };
        let port = obs.target.port;
        obs.local_listeners = Some(LocalListeners {
            on_port: listeners::on_port_in(&all, port).to_vec(),
            nearest: listeners::nearest(&all, port, NEAREST),
        });
    }
}

/// Whether an address the target resolved to (or was dialled at) is this machine's.
fn targets_this_machine(obs: &Observation) -> bool {
    let resolved = obs.resolution.iter().flat_map(|r| r.addrs.iter().copied());
    let dialled = obs.connects.iter().map(|c| c.addr.ip());
    let mut addrs = resolved.chain(dialled);
    addrs.any(|ip: IpAddr| obs.context.is_local(ip))
}
