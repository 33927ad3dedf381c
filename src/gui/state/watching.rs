//! Watch mode in the app's data: results into histories, watched endpoints due.

use std::collections::HashSet;
use std::time::{Instant, SystemTime};

use super::app_state::AppState;
use super::ids::EndpointId;
use super::watch::Sample;
use crate::engine::CheckResult;

impl AppState {
    /// Records a result in the endpoint's history; a new verdict becomes the latest
    /// change and flags the row until the user looks at it.
    pub(crate) fn record(&mut self, id: EndpointId, result: &CheckResult, at: SystemTime) {
        let Some(history) = self.history_mut(id) else {
            return;
        };
        if let Some(change) = history.push(Sample::of(result, at)) {
            self.last_change = Some((id, change));
            self.notify_change(id, &change);
            if let Some(entry) = self.list.entry_mut(id) {
                entry.unseen_change = true;
            }
        }
    }

    /// Watches or stops watching endpoints.
    pub fn set_watched(&mut self, ids: &[EndpointId], on: bool, now: Instant) {
        for &id in ids {
            if self.endpoint(id).is_some() || !on {
                self.watch.set(id, on, now);
            }
        }
    }

    /// Changes the time between two checks of a watched endpoint.
    pub fn set_watch_interval(&mut self, secs: u64, now: Instant) {
        self.watch.set_interval_secs(secs, now);
    }

    /// Whether every endpoint is watched (and there is at least one).
    pub fn all_watched(&self) -> bool {
        !self.list.is_empty() && self.watch.len() >= self.list.len()
    }

    /// Makes every watched endpoint due now, as if its interval had passed.
    pub fn watch_due_now(&mut self) {
        let now = Instant::now();
        self.watch.schedule_idle(now, |_| false);
        self.watch.make_due(now);
    }

    /// The watched endpoints to check at `now`; reschedules the ones that went idle.
    pub fn watch_tick(&mut self, now: Instant) -> Vec<EndpointId> {
        if self.watch.is_empty() {
            return Vec::new();
        }
        if self.watch_pruned != Some(self.revision) {
            // Deleted endpoints, or a list replaced by a profile, must not stay due forever.
            let ids: HashSet<EndpointId> = self.list.iter().map(|e| e.id).collect();
            self.watch.retain(|id| ids.contains(&id));
            self.watch_pruned = Some(self.revision);
        }
        let list = &self.list;
        let checking = |id| list.entry(id).is_some_and(|e| e.pending.is_some());
        self.watch.schedule_idle(now, checking);
        self.watch.take_due(now, checking)
    }
}
