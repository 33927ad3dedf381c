//! Runs and engine events: which results are current, which are stale.

use std::sync::Arc;
use std::time::SystemTime;

use super::app_state::AppState;
use super::endpoint::{Outcome, Pending};
use super::ids::{EndpointId, RunId};
use crate::engine::ProbeEvent;

impl AppState {
    /// Returns the run id and the runs left with nothing to do (to be cancelled).
    pub fn begin_run(&mut self, ids: &[EndpointId]) -> (RunId, Vec<RunId>) {
        let run_id = self.runs.begin(ids);
        for &id in ids {
            if let Some(entry) = self.list.entry_mut(id) {
                entry.latest_run = Some(run_id);
                entry.pending = Some(Pending {
                    run_id,
                    phase: None,
                });
                entry.cancelled = false;
            }
        }
        let list = &self.list;
        let obsolete = self
            .runs
            .superseded(run_id, |id| list.entry(id).and_then(|e| e.latest_run));
        (run_id, obsolete)
    }

    /// Marks a run cancelled: its endpoints stop showing progress and its late results are dropped.
    pub fn cancel_run(&mut self, run_id: RunId) {
        let Some(ids) = self.runs.end(run_id) else {
            return;
        };
        for id in ids {
            let Some(entry) = self.list.entry_mut(id) else {
                continue;
            };
            if entry.pending.is_some_and(|p| p.run_id == run_id) {
                entry.pending = None;
                entry.cancelled = true;
            }
            if entry.latest_run == Some(run_id) {
                // Nothing newer was asked for; forgetting the run drops its late events.
                entry.latest_run = None;
            }
        }
    }

    /// The runs in flight.
    pub fn run_ids(&self) -> Vec<RunId> {
        self.runs.ids()
    }

    /// Whether any run is in flight.
    pub fn is_running(&self) -> bool {
        self.runs.is_running()
    }

    /// Applies one engine event; returns whether anything visible changed.
    pub fn apply(&mut self, event: ProbeEvent) -> bool {
        match event {
            ProbeEvent::Phase {
                run_id,
                endpoint_id,
                phase,
            } => {
                let run_id = RunId(run_id);
                match self
                    .list
                    .entry_mut(EndpointId(endpoint_id))
                    .and_then(|e| e.pending.as_mut())
                {
                    Some(pending) if pending.run_id == run_id => {
                        pending.phase = Some(phase);
                        true
                    }
                    _ => false,
                }
            }
            ProbeEvent::Finished {
                run_id,
                endpoint_id,
                result,
            } => {
                let (run_id, id) = (RunId(run_id), EndpointId(endpoint_id));
                let Some(entry) = self.list.entry_mut(id) else {
                    return false;
                };
                // Only the newest run of an endpoint may speak for it: a cancelled or
                // superseded run's result would overwrite a newer truth.
                if entry.latest_run != Some(run_id) {
                    return false;
                }
                if entry.pending.is_some_and(|p| p.run_id == run_id) {
                    entry.pending = None;
                }
                let result = Arc::from(result);
                entry.outcome = Some(Outcome {
                    run_id,
                    result: Arc::clone(&result),
                });
                self.record(id, &result, SystemTime::now());
                self.touch();
                true
            }
            ProbeEvent::RunFinished { run_id, .. } => {
                let run_id = RunId(run_id);
                let Some(ids) = self.runs.end(run_id) else {
                    return false;
                };
                for id in ids {
                    // Endpoints that never reported (a task that died) stop spinning.
                    if let Some(entry) = self.list.entry_mut(id)
                        && entry.pending.is_some_and(|p| p.run_id == run_id)
                    {
                        entry.pending = None;
                    }
                }
                true
            }
        }
    }
}
