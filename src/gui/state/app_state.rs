//! The app's data, made of parts: the endpoint list (one entry per endpoint, with
//! undo), the runs in flight, the selection, watch mode and the view options. Each
//! part keeps its own invariants; this file keeps them in step with each other.

use std::collections::{HashSet, VecDeque};
use std::path::PathBuf;

use super::endpoint::{Endpoint, Outcome, Pending};
use super::ids::EndpointId;
use super::list::{Dropped, EndpointList, UndoStep};
use super::notification::Notification;
use super::profile_source::{ProfileSource, RecentProfiles};
use super::run_book::Runs;
use super::selection::{SelectMode, Selection};
use super::view_options::{SortColumn, ViewOptions};
use super::watch::{Change, History, Watch};
use crate::l10n::Lang;

/// Everything the app knows; panels read it, commands change it.
#[derive(Debug, Clone)]
pub struct AppState {
    pub(super) list: EndpointList,
    pub(super) runs: Runs,
    pub(super) selection: Selection,
    pub(super) watch: Watch,
    pub(super) view: ViewOptions,
    pub(super) recent: RecentProfiles,
    /// Inner window size in points, remembered across restarts.
    pub window_size: Option<[f32; 2]>,
    /// Bumped on every change that can change the visible rows or their order.
    pub(super) revision: u64,
    /// The newest change of verdict of any endpoint, for the status bar.
    pub(super) last_change: Option<(EndpointId, Change)>,
    /// Bumped when a history changes, so the app saves the watch file only then.
    pub(super) history_revision: u64,
    /// The revision at which watched ids were last matched against the list.
    pub(super) watch_pruned: Option<u64>,
    /// Whether the window has the keyboard focus (until told otherwise, it has).
    pub(super) window_focused: bool,
    /// Desktop notifications asked for, waiting for the app's sink.
    pub(super) notifications: VecDeque<Notification>,
}

impl AppState {
    /// An empty list in `lang`.
    pub fn new(lang: Lang) -> AppState {
        AppState::with_endpoints(lang, Vec::new())
    }

    /// A state holding `endpoints` (ids are kept; later ids continue after the largest).
    pub fn with_endpoints(lang: Lang, endpoints: Vec<Endpoint>) -> AppState {
        AppState {
            list: EndpointList::new(endpoints),
            runs: Runs::default(),
            selection: Selection::default(),
            watch: Watch::default(),
            view: ViewOptions::new(lang),
            recent: RecentProfiles::default(),
            window_size: None,
            revision: 0,
            last_change: None,
            history_revision: 0,
            watch_pruned: None,
            window_focused: true,
            notifications: VecDeque::new(),
        }
    }

    pub(super) fn touch(&mut self) {
        self.revision = self.revision.wrapping_add(1);
    }

    pub(super) fn dropped(&mut self, dropped: Dropped) {
        if dropped.history {
            self.history_revision = self.history_revision.wrapping_add(1);
        }
    }

    /// Changes on every change that can change the visible rows or their order.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The endpoints in the user's order.
    pub fn endpoints(&self) -> &EndpointList {
        &self.list
    }

    /// The endpoint with this id.
    pub fn endpoint(&self, id: EndpointId) -> Option<&Endpoint> {
        self.list.get(id)
    }

    /// The latest accepted result of an endpoint.
    pub fn result(&self, id: EndpointId) -> Option<&Outcome> {
        self.list.entry(id)?.outcome.as_ref()
    }

    /// How many endpoints have a result.
    pub fn result_count(&self) -> usize {
        self.list
            .entries()
            .iter()
            .filter(|e| e.outcome.is_some())
            .count()
    }

    /// Whether any endpoint has a result.
    pub fn has_results(&self) -> bool {
        self.list.entries().iter().any(|e| e.outcome.is_some())
    }

    /// The check of an endpoint in flight.
    pub fn pending(&self, id: EndpointId) -> Option<Pending> {
        self.list.entry(id)?.pending
    }

    /// How many endpoints are being checked.
    pub fn pending_count(&self) -> usize {
        self.list
            .entries()
            .iter()
            .filter(|e| e.pending.is_some())
            .count()
    }

    /// How many endpoints were handed to a run that was not cancelled since.
    pub fn handed_to_runs(&self) -> usize {
        self.list
            .entries()
            .iter()
            .filter(|e| e.latest_run.is_some())
            .count()
    }

    /// Whether the endpoint's last check was cancelled before it reported.
    pub fn is_cancelled(&self, id: EndpointId) -> bool {
        self.list.entry(id).is_some_and(|e| e.cancelled)
    }

    /// Recent results of an endpoint.
    pub fn history(&self, id: EndpointId) -> Option<&History> {
        self.list.entry(id)?.history.as_ref()
    }

    /// The recent results of an endpoint, to add to.
    pub fn history_mut(&mut self, id: EndpointId) -> Option<&mut History> {
        self.history_revision = self.history_revision.wrapping_add(1);
        let entry = self.list.entry_mut(id)?;
        Some(entry.history.get_or_insert_default())
    }

    /// The newest change of verdict of any endpoint.
    pub fn last_change(&self) -> Option<(EndpointId, Change)> {
        self.last_change
    }

    /// Whether the endpoint's verdict changed since the user last focused it.
    pub fn has_unseen_change(&self, id: EndpointId) -> bool {
        self.list.entry(id).is_some_and(|e| e.unseen_change)
    }

    /// Whether any endpoint's verdict changed unseen.
    pub fn any_unseen_change(&self) -> bool {
        self.list.entries().iter().any(|e| e.unseen_change)
    }

    /// The user looked at the endpoint: its change of verdict is seen.
    pub fn acknowledge(&mut self, id: EndpointId) {
        if let Some(entry) = self.list.entry_mut(id) {
            entry.unseen_change = false;
        }
    }

    /// Selected endpoints and the focused one.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The endpoint the detail pane shows.
    pub fn focus(&self) -> Option<EndpointId> {
        self.selection.focus()
    }

    /// Watched endpoints and their schedule.
    pub fn watch(&self) -> &Watch {
        &self.watch
    }

    /// Language of the UI.
    pub fn lang(&self) -> Lang {
        self.view.lang()
    }

    /// Filter text as typed.
    pub fn filter(&self) -> &str {
        self.view.filter()
    }

    /// Sort column and direction (`true` = ascending); `None` keeps the user's order.
    pub fn sort(&self) -> Option<(SortColumn, bool)> {
        self.view.sort()
    }

    /// The profile the list came from or was last saved as.
    pub fn profile(&self) -> Option<&ProfileSource> {
        self.list.profile()
    }

    /// Profile files opened or saved lately, newest first.
    pub fn recent_profiles(&self) -> &[PathBuf] {
        self.recent.paths()
    }

    /// The step undo would take back.
    pub fn last_undo(&self) -> Option<&UndoStep> {
        self.list.last_undo()
    }

    /// Appends an endpoint and returns its id.
    pub fn add(&mut self, name: String, url: String) -> EndpointId {
        let id = self.list.add(name, url);
        self.touch();
        id
    }

    /// Keeps the error line the user pasted with the endpoint it named.
    pub fn set_reported(&mut self, id: EndpointId, reported: Option<String>) {
        self.list.set_reported(id, reported);
    }

    /// Replaces an endpoint's settings; a changed check drops its old result and history.
    pub fn update(&mut self, updated: Endpoint) -> bool {
        let Some(dropped) = self.list.update(updated) else {
            return false;
        };
        self.dropped(dropped);
        self.touch();
        true
    }

    /// Copies endpoints (settings only) right after the last of them; returns the new ids.
    pub fn duplicate(&mut self, ids: &[EndpointId]) -> Vec<EndpointId> {
        let new_ids = self.list.duplicate(&ids.iter().copied().collect());
        if !new_ids.is_empty() {
            self.touch();
        }
        new_ids
    }

    /// Removes endpoints, keeping them for [`AppState::undo`]; returns how many went.
    pub fn delete(&mut self, ids: &[EndpointId]) -> usize {
        let gone: HashSet<EndpointId> = ids.iter().copied().collect();
        let dropped = self.list.delete(&gone);
        if dropped.count > 0 {
            self.selection.forget(&gone);
            self.dropped(dropped);
            self.touch();
        }
        dropped.count
    }

    /// Takes back the newest step: deleted endpoints return where they were, a replaced
    /// list comes back (and the list it replaced becomes the step to undo). Returns the
    /// ids brought back.
    pub fn undo(&mut self) -> Vec<EndpointId> {
        let replace = matches!(self.list.last_undo(), Some(UndoStep::Replace(_)));
        if replace {
            self.list_replaced();
        }
        let ids = self.list.undo();
        if !replace {
            self.selection.set(&ids);
        }
        self.touch();
        ids
    }

    /// What belonged to the list shown goes with it (ids may be reused by the next).
    pub(super) fn list_replaced(&mut self) {
        // Progress and run bookkeeping went with the entries: any late event of their
        // runs finds no newest run and is dropped.
        self.selection.clear();
        self.last_change = None;
        self.watch.retain(|_| false);
    }

    /// Changes the selection as a click on `id` with `mode` would, given the visible order.
    pub fn select(&mut self, id: EndpointId, mode: SelectMode, view: &[EndpointId]) {
        self.selection.select(id, mode, view);
    }

    /// Selects every visible endpoint.
    pub fn select_all(&mut self, view: &[EndpointId]) {
        self.selection.select_all(view);
    }

    /// Selects exactly `ids`, focusing the first.
    pub fn set_selection(&mut self, ids: &[EndpointId]) {
        self.selection.set(ids);
    }

    /// Selected ids in list order.
    pub fn selected_in_order(&self) -> Vec<EndpointId> {
        self.list
            .iter()
            .filter(|e| self.selection.contains(e.id))
            .map(|e| e.id)
            .collect()
    }

    /// Whether a new endpoint is checked as soon as it is added.
    pub fn check_on_add(&self) -> bool {
        self.view.check_on_add()
    }

    /// Checks new endpoints at once (`true`), or leaves them for the user.
    pub fn set_check_on_add(&mut self, on: bool) {
        self.view.set_check_on_add(on);
    }

    /// Sets the filter text.
    pub fn set_filter(&mut self, filter: String) {
        if self.view.set_filter(filter) {
            self.touch();
        }
    }

    /// Sorts by `column`; the same column again flips the direction, a third time
    /// restores the user's order.
    pub fn sort_by(&mut self, column: SortColumn) {
        self.view.sort_by(column);
        self.touch();
    }

    /// Changes the language (filtering and sorting use localized words, so the view changes).
    pub fn set_lang(&mut self, lang: Lang) {
        if self.view.set_lang(lang) {
            self.touch();
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A state with `n` endpoints `e0`, `e1`, … on ports 1000, 1001, ….
    pub fn state_with(n: u64) -> AppState {
        let mut state = AppState::new(Lang::En);
        for i in 0..n {
            state.add(format!("e{i}"), format!("tcp://127.0.0.1:{}", 1000 + i));
        }
        state
    }

    #[test]
    fn delete_then_undo_restores_order_and_selects_what_came_back() {
        let mut state = state_with(4);
        let ids = state.endpoints().ids();
        state.select(ids[1], SelectMode::Replace, &ids);
        assert_eq!(state.delete(&[ids[1], ids[3]]), 2);
        assert_eq!(state.endpoints().len(), 2);
        assert_eq!(state.focus(), None, "the focused row went");
        state.undo();
        assert_eq!(state.endpoints().ids(), ids);
        assert_eq!(state.selected_in_order(), vec![ids[1], ids[3]]);
    }

    #[test]
    fn select_all_and_delete_of_ten_thousand_rows_leaves_nothing() {
        let mut state = state_with(10_000);
        let view = state.endpoints().ids();
        state.select_all(&view);
        let selected = state.selected_in_order();
        assert_eq!(state.delete(&selected), 10_000);
        assert!(state.endpoints().is_empty());
        assert!(state.selection().is_empty());
    }
}
