//! The runs in flight and which endpoints each checks.

use std::collections::BTreeMap;

use super::ids::{EndpointId, RunId};

/// Runs the engine is working on.
#[derive(Debug, Clone)]
pub struct Runs {
    active: BTreeMap<RunId, Vec<EndpointId>>,
    next: u64,
}

impl Default for Runs {
    fn default() -> Self {
        Runs {
            active: BTreeMap::new(),
            next: 1,
        }
    }
}

impl Runs {
    /// Records a new run of `ids` and returns its id.
    pub fn begin(&mut self, ids: &[EndpointId]) -> RunId {
        let run = RunId(self.next);
        self.next += 1;
        self.active.insert(run, ids.to_vec());
        run
    }

    /// Forgets a run; returns the endpoints it checked if it was in flight.
    pub fn end(&mut self, run: RunId) -> Option<Vec<EndpointId>> {
        self.active.remove(&run)
    }

    /// The runs in flight, oldest first.
    pub fn ids(&self) -> Vec<RunId> {
        self.active.keys().copied().collect()
    }

    /// Whether any run is in flight.
    pub fn is_running(&self) -> bool {
        !self.active.is_empty()
    }

    /// Runs other than `except` none of whose endpoints has them as newest run: their
    /// work is wasted.
    pub fn superseded(
        &self,
        except: RunId,
        latest: impl Fn(EndpointId) -> Option<RunId>,
    ) -> Vec<RunId> {
        self.active
            .iter()
            .filter(|(run, ids)| **run != except && ids.iter().all(|id| latest(*id) != Some(**run)))
            .map(|(run, _)| *run)
            .collect()
    }

    /// Forgets every run (their endpoints are gone).
    pub fn clear(&mut self) {
        self.active.clear();
    }
}
