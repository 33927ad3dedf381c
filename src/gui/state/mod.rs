//! The app's data: endpoints, results, selection, filter and sort. No egui here, so it unit-tests.

mod export;
mod profile;
mod runs;
mod view;
mod watch;
mod watch_file;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnose::Verdict;
use crate::engine::CheckResult;
use crate::engine::probe::Phase;
use crate::l10n::Lang;

pub use export::AppReport;
pub use profile::{MAX_RECENT, ProfileSource};
pub use view::severity;
pub use watch::{
    Change, HISTORY_LEN, HISTORY_SPAN, History, MAX_INTERVAL_SECS, MIN_INTERVAL_SECS, Sample, Watch,
};
pub use watch_file::{SAVED_VERSION, SavedChange, SavedHistory, SavedSample, SavedWatch};

/// One endpoint the user wants checked.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Endpoint {
    /// Stable id within this list; tags engine events.
    pub id: u64,
    /// What the user calls it.
    pub name: String,
    /// The URL as typed (validated with `Target::parse` before it got here).
    pub url: String,
    /// Addresses the host name should resolve to.
    #[serde(default)]
    pub expect_ips: Vec<IpAddr>,
    /// Phase timeout for this endpoint; `None` uses the default.
    #[serde(default)]
    pub timeout_ms: Option<u64>,
    /// Free text for the people sharing a profile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Free labels, matched by the filter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Keys of the profile endpoint this version does not know, written back on save.
    #[serde(
        default,
        skip_serializing_if = "toml::Table::is_empty",
        with = "profile::toml_text"
    )]
    pub extra: toml::Table,
}

impl Endpoint {
    /// An endpoint with a name and URL and nothing else set.
    pub fn new(id: u64, name: String, url: String) -> Endpoint {
        Endpoint {
            id,
            name,
            url,
            expect_ips: Vec::new(),
            timeout_ms: None,
            notes: String::new(),
            tags: Vec::new(),
            extra: toml::Table::new(),
        }
    }
}

/// The latest accepted result of an endpoint.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The run that produced it.
    pub run_id: u64,
    /// What the engine saw and concluded.
    pub result: Arc<CheckResult>,
}

impl Outcome {
    /// The verdict of the result.
    pub fn verdict(&self) -> Verdict {
        self.result.diagnosis.verdict
    }

    /// Total duration in milliseconds, if measured.
    pub fn total_ms(&self) -> Option<f64> {
        self.result
            .observation
            .timings
            .total
            .map(|d| d.as_secs_f64() * 1000.0)
    }
}

/// A check that was asked for and has not reported yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    /// The run it belongs to.
    pub run_id: u64,
    /// The phase it is in; `None` while it waits for a concurrency slot.
    pub phase: Option<Phase>,
}

/// A run the engine is working on.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    /// Endpoints it checks.
    pub endpoints: Vec<u64>,
}

/// Table columns that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// Status colour (worst first when ascending).
    Status,
    /// Endpoint name.
    Name,
    /// URL.
    Target,
    /// Verdict label.
    Verdict,
    /// Title of the top cause.
    Cause,
    /// Total check time.
    Time,
}

/// How clicking a row changes the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectMode {
    /// Select only this row.
    Replace,
    /// Add or remove this row (Ctrl/Cmd-click).
    Toggle,
    /// Select from the anchor to this row (Shift-click).
    Range,
}

/// Endpoints removed together, kept so the deletion can be undone.
#[derive(Debug, Clone)]
pub struct Deleted {
    /// `(position in the list, endpoint, its result)`, in ascending position.
    pub items: Vec<(usize, Endpoint, Option<Outcome>)>,
}

/// A whole list set aside when another replaced it (opening a profile).
#[derive(Debug, Clone)]
pub struct Replaced {
    /// The endpoints, in their order.
    pub endpoints: Vec<Endpoint>,
    /// Their results.
    pub results: HashMap<u64, Outcome>,
    /// The profile they came from.
    pub profile: Option<ProfileSource>,
}

/// One step the user can take back.
#[derive(Debug, Clone)]
pub enum UndoStep {
    /// Endpoints were deleted.
    Delete(Deleted),
    /// The whole list was replaced; undoing swaps it back (so the newer list is kept in turn).
    Replace(Replaced),
}

/// Everything the app knows; panels read it, commands change it.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Endpoints in the user's order.
    pub endpoints: Vec<Endpoint>,
    /// Latest accepted result per endpoint.
    pub results: HashMap<u64, Outcome>,
    /// Checks in flight per endpoint.
    pub pending: HashMap<u64, Pending>,
    /// Endpoints whose last check was cancelled before it reported.
    pub cancelled: HashSet<u64>,
    /// The newest run started per endpoint; older runs' events are stale.
    pub latest_run: HashMap<u64, u64>,
    /// Runs in flight.
    pub runs: BTreeMap<u64, RunInfo>,
    /// Selected endpoint ids.
    pub selected: BTreeSet<u64>,
    /// The endpoint the detail pane shows and Shift-click ranges start from.
    pub focus: Option<u64>,
    /// Filter text as typed.
    pub filter: String,
    /// Sort column and direction (`true` = ascending); `None` keeps the user's order.
    pub sort: Option<(SortColumn, bool)>,
    /// Steps that can be undone, newest last.
    pub undo: Vec<UndoStep>,
    /// Language of the UI.
    pub lang: Lang,
    /// Inner window size in points, remembered across restarts.
    pub window_size: Option<[f32; 2]>,
    /// The profile the list came from or was last saved as.
    pub profile: Option<ProfileSource>,
    /// Profile files opened or saved lately, newest first (at most [`MAX_RECENT`]).
    pub recent_profiles: Vec<PathBuf>,
    /// Bumped on every change that can change the visible rows or their order.
    pub revision: u64,
    /// Recent results per endpoint (kept across restarts in the watch file).
    pub history: HashMap<u64, History>,
    /// Watched endpoints and when each is checked next.
    pub watch: Watch,
    /// The newest change of verdict of any endpoint, for the status bar.
    pub last_change: Option<(u64, Change)>,
    /// Endpoints whose verdict changed since the user last focused them.
    pub unseen_changes: HashSet<u64>,
    /// The revision at which watched ids were last matched against the list.
    watch_pruned: Option<u64>,
    /// Bumped when `history` changes, so the app saves it only then.
    history_revision: u64,
    next_id: u64,
    next_run: u64,
}

/// How many deletions are kept for undo.
const UNDO_DEPTH: usize = 32;

impl AppState {
    /// An empty list in `lang`.
    pub fn new(lang: Lang) -> AppState {
        AppState {
            endpoints: Vec::new(),
            results: HashMap::new(),
            pending: HashMap::new(),
            cancelled: HashSet::new(),
            latest_run: HashMap::new(),
            runs: BTreeMap::new(),
            selected: BTreeSet::new(),
            focus: None,
            filter: String::new(),
            sort: None,
            undo: Vec::new(),
            lang,
            window_size: None,
            profile: None,
            recent_profiles: Vec::new(),
            revision: 0,
            history: HashMap::new(),
            watch: Watch::default(),
            last_change: None,
            unseen_changes: HashSet::new(),
            watch_pruned: None,
            history_revision: 0,
            next_id: 1,
            next_run: 1,
        }
    }

    /// A state holding `endpoints` (ids are kept; later ids continue after the largest).
    pub fn with_endpoints(lang: Lang, endpoints: Vec<Endpoint>) -> AppState {
        let mut state = AppState::new(lang);
        state.next_id = endpoints.iter().map(|e| e.id).max().unwrap_or(0) + 1;
        state.endpoints = endpoints;
        state
    }

    fn touch(&mut self) {
        self.revision = self.revision.wrapping_add(1);
    }

    /// The endpoint with this id.
    pub fn endpoint(&self, id: u64) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }

    fn position(&self, id: u64) -> Option<usize> {
        self.endpoints.iter().position(|e| e.id == id)
    }

    fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Appends an endpoint and returns its id.
    pub fn add(&mut self, name: String, url: String) -> u64 {
        let id = self.take_id();
        self.endpoints.push(Endpoint::new(id, name, url));
        self.touch();
        id
    }

    /// Replaces an endpoint's settings; a changed URL drops its old result.
    pub fn update(&mut self, updated: Endpoint) -> bool {
        let Some(index) = self.position(updated.id) else {
            return false;
        };
        let old = &self.endpoints[index];
        if old.url != updated.url
            || old.expect_ips != updated.expect_ips
            || old.timeout_ms != updated.timeout_ms
        {
            // The old result describes another check; showing it would mislead.
            self.results.remove(&updated.id);
            self.cancelled.remove(&updated.id);
            if self.history.remove(&updated.id).is_some() {
                self.history_revision = self.history_revision.wrapping_add(1);
            }
            self.unseen_changes.remove(&updated.id);
        }
        self.endpoints[index] = updated;
        self.touch();
        true
    }

    /// Copies endpoints (settings only) right after the last of them; returns the new ids.
    pub fn duplicate(&mut self, ids: &[u64]) -> Vec<u64> {
        let mut new_ids = Vec::new();
        let mut insert_at = 0;
        let mut copies = Vec::new();
        for (index, endpoint) in self.endpoints.iter().enumerate() {
            if ids.contains(&endpoint.id) {
                copies.push(endpoint.clone());
                insert_at = index + 1;
            }
        }
        for (offset, mut copy) in copies.into_iter().enumerate() {
            copy.id = self.take_id();
            new_ids.push(copy.id);
            self.endpoints.insert(insert_at + offset, copy);
        }
        if !new_ids.is_empty() {
            self.touch();
        }
        new_ids
    }

    /// Removes endpoints, keeping them for [`AppState::undo`]; returns how many went.
    pub fn delete(&mut self, ids: &[u64]) -> usize {
        let mut items = Vec::new();
        let mut kept = Vec::with_capacity(self.endpoints.len());
        for (index, endpoint) in std::mem::take(&mut self.endpoints).into_iter().enumerate() {
            if ids.contains(&endpoint.id) {
                let result = self.results.remove(&endpoint.id);
                self.pending.remove(&endpoint.id);
                self.cancelled.remove(&endpoint.id);
                self.latest_run.remove(&endpoint.id);
                self.selected.remove(&endpoint.id);
                if self.history.remove(&endpoint.id).is_some() {
                    self.history_revision = self.history_revision.wrapping_add(1);
                }
                self.unseen_changes.remove(&endpoint.id);
                if self.focus == Some(endpoint.id) {
                    self.focus = None;
                }
                items.push((index, endpoint, result));
            } else {
                kept.push(endpoint);
            }
        }
        self.endpoints = kept;
        let count = items.len();
        if count > 0 {
            self.push_undo(UndoStep::Delete(Deleted { items }));
            self.touch();
        }
        count
    }

    fn push_undo(&mut self, step: UndoStep) {
        self.undo.push(step);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    /// Takes back the newest step: deleted endpoints return where they were, a replaced
    /// list comes back (and the list it replaced becomes the step to undo). Returns the
    /// ids brought back.
    pub fn undo(&mut self) -> Vec<u64> {
        match self.undo.pop() {
            None => Vec::new(),
            Some(UndoStep::Delete(deleted)) => self.undo_delete(deleted),
            Some(UndoStep::Replace(replaced)) => self.undo_replace(replaced),
        }
    }

    fn undo_delete(&mut self, deleted: Deleted) -> Vec<u64> {
        let mut ids = Vec::new();
        for (index, endpoint, result) in deleted.items {
            let id = endpoint.id;
            if let Some(result) = result {
                self.results.insert(id, result);
            }
            let index = index.min(self.endpoints.len());
            self.endpoints.insert(index, endpoint);
            ids.push(id);
        }
        self.selected = ids.iter().copied().collect();
        self.focus = ids.first().copied();
        self.touch();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A state with `n` endpoints `e0`, `e1`, … on ports 1000, 1001, ….
    pub(super) fn state_with(n: u64) -> AppState {
        let mut state = AppState::new(Lang::En);
        for i in 0..n {
            state.add(format!("e{i}"), format!("tcp://127.0.0.1:{}", 1000 + i));
        }
        state
    }

    #[test]
    fn delete_then_undo_restores_order() {
        let mut state = state_with(4);
        let ids: Vec<u64> = state.endpoints.iter().map(|e| e.id).collect();
        assert_eq!(state.delete(&[ids[1], ids[3]]), 2);
        assert_eq!(state.endpoints.len(), 2);
        state.undo();
        let back: Vec<u64> = state.endpoints.iter().map(|e| e.id).collect();
        assert_eq!(back, ids);
    }

    #[test]
    fn duplicate_inserts_after_original_with_new_id() {
        let mut state = state_with(3);
        let first = state.endpoints[0].id;
        let new = state.duplicate(&[first]);
        assert_eq!(new.len(), 1);
        assert_eq!(state.endpoints[1].id, new[0]);
        assert_eq!(state.endpoints[1].url, state.endpoints[0].url);
    }
}
