//! Runs and engine events: which results are current, which are stale.

use std::sync::Arc;
use std::time::SystemTime;

use crate::engine::ProbeEvent;
use crate::gui::state::{AppState, Outcome, Pending, RunInfo};

impl AppState {
    /// Returns the run id and the runs left with nothing to do (to be cancelled).
    pub fn begin_run(&mut self, ids: &[u64]) -> (u64, Vec<u64>) {
        let run_id = self.next_run;
        self.next_run += 1;
        for &id in ids {
            self.latest_run.insert(id, run_id);
            self.pending.insert(
                id,
                Pending {
                    run_id,
                    phase: None,
                },
            );
            self.cancelled.remove(&id);
        }
        self.runs.insert(
            run_id,
            RunInfo {
                endpoints: ids.to_vec(),
            },
        );
        let obsolete = self
            .runs
            .iter()
            .filter(|(run, info)| {
                **run != run_id
                    && info
                        .endpoints
                        .iter()
                        .all(|id| self.latest_run.get(id) != Some(run))
            })
            .map(|(run, _)| *run)
            .collect();
        (run_id, obsolete)
    }

    /// Marks a run cancelled: its endpoints stop showing progress and its late results are dropped.
    pub fn cancel_run(&mut self, run_id: u64) {
        let Some(info) = self.runs.remove(&run_id) else {
            return;
        };
        for id in info.endpoints {
            if self.pending.get(&id).is_some_and(|p| p.run_id == run_id) {
                self.pending.remove(&id);
                self.cancelled.insert(id);
            }
            if self.latest_run.get(&id) == Some(&run_id) {
                // Nothing newer was asked for; forgetting the run drops its late events.
                self.latest_run.remove(&id);
            }
        }
    }

    /// Whether any run is in flight.
    pub fn is_running(&self) -> bool {
        !self.runs.is_empty()
    }

    /// Applies one engine event; returns whether anything visible changed.
    pub fn apply(&mut self, event: ProbeEvent) -> bool {
        match event {
            ProbeEvent::Phase {
                run_id,
                endpoint_id,
                phase,
            } => match self.pending.get_mut(&endpoint_id) {
                Some(pending) if pending.run_id == run_id => {
                    pending.phase = Some(phase);
                    true
                }
                _ => false,
            },
            ProbeEvent::Finished {
                run_id,
                endpoint_id,
                result,
            } => {
                // Only the newest run of an endpoint may speak for it: a cancelled or
                // superseded run's result would overwrite a newer truth.
                if self.latest_run.get(&endpoint_id) != Some(&run_id) {
                    return false;
                }
                if self
                    .pending
                    .get(&endpoint_id)
                    .is_some_and(|p| p.run_id == run_id)
                {
                    self.pending.remove(&endpoint_id);
                }
                self.record(endpoint_id, &result, SystemTime::now());
                self.results.insert(
                    endpoint_id,
                    Outcome {
                        run_id,
                        result: Arc::from(result),
                    },
                );
                self.touch();
                true
            }
            ProbeEvent::RunFinished { run_id, .. } => {
                let Some(info) = self.runs.remove(&run_id) else {
                    return false;
                };
                for id in info.endpoints {
                    // Endpoints that never reported (a task that died) stop spinning.
                    if self.pending.get(&id).is_some_and(|p| p.run_id == run_id) {
                        self.pending.remove(&id);
                    }
                }
                true
            }
        }
    }
}
