//! The endpoint list: endpoints in the user's order, each with everything the app
//! knows about it in one entry, and the steps that can be undone.

use std::collections::{HashMap, HashSet};
use std::mem;

use super::endpoint::{Endpoint, Outcome, Pending};
use super::ids::{EndpointId, RunId};
use super::profile_source::ProfileSource;
use super::watch::History;

/// How many steps are kept for undo.
const UNDO_DEPTH: usize = 32;

/// Everything the app knows about one endpoint; dropping the entry forgets all of it.
#[derive(Debug, Clone)]
pub struct Entry {
    endpoint: Endpoint,
    /// Latest accepted result.
    pub outcome: Option<Outcome>,
    /// The check in flight.
    pub pending: Option<Pending>,
    /// Whether its last check was cancelled before it reported.
    pub cancelled: bool,
    /// The newest run started for it; older runs' events are stale.
    pub latest_run: Option<RunId>,
    /// Recent results (kept across restarts in the watch file).
    pub history: Option<History>,
    /// Whether its verdict changed since the user last focused it.
    pub unseen_change: bool,
}

impl Entry {
    fn new(endpoint: Endpoint) -> Entry {
        Entry {
            endpoint,
            outcome: None,
            pending: None,
            cancelled: false,
            latest_run: None,
            history: None,
            unseen_change: false,
        }
    }

    /// The endpoint's settings.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// Its id.
    pub fn id(&self) -> EndpointId {
        self.endpoint.id
    }
}

/// Endpoints removed together, kept so the deletion can be undone.
#[derive(Debug, Clone)]
pub struct Deleted {
    /// `(position in the list, endpoint, its result)`, in ascending position.
    items: Vec<(usize, Endpoint, Option<Outcome>)>,
}

/// A whole list set aside when another replaced it (opening a profile).
#[derive(Debug, Clone)]
pub struct Replaced {
    endpoints: Vec<(Endpoint, Option<Outcome>)>,
    profile: Option<ProfileSource>,
}

/// One step the user can take back.
#[derive(Debug, Clone)]
pub enum UndoStep {
    /// Endpoints were deleted.
    Delete(Deleted),
    /// The whole list was replaced; undoing swaps it back (so the newer list is kept in turn).
    Replace(Replaced),
}

impl UndoStep {
    /// How many endpoints undoing it brings back.
    pub fn count(&self) -> usize {
        match self {
            UndoStep::Delete(deleted) => deleted.items.len(),
            UndoStep::Replace(replaced) => replaced.endpoints.len(),
        }
    }
}

/// What a change of the list dropped that the watch file keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dropped {
    /// Endpoints affected.
    pub count: usize,
    /// Whether any of them had a history.
    pub history: bool,
}

/// The endpoints in the user's order, found by id in constant time.
#[derive(Debug, Clone)]
pub struct EndpointList {
    entries: Vec<Entry>,
    index: HashMap<EndpointId, usize>,
    undo: Vec<UndoStep>,
    profile: Option<ProfileSource>,
    next_id: u64,
}

impl Default for EndpointList {
    fn default() -> Self {
        EndpointList::new(Vec::new())
    }
}

impl EndpointList {
    /// A list holding `endpoints` (ids are kept; later ids continue after the largest).
    pub fn new(endpoints: Vec<Endpoint>) -> EndpointList {
        let next_id = endpoints.iter().map(|e| e.id.0).max().unwrap_or(0) + 1;
        let mut list = EndpointList {
            entries: Vec::new(),
            index: HashMap::new(),
            undo: Vec::new(),
            profile: None,
            next_id,
        };
        // A hand-edited file may repeat an id; the first one keeps it.
        let mut seen = HashSet::new();
        list.entries = endpoints
            .into_iter()
            .filter(|e| seen.insert(e.id))
            .map(Entry::new)
            .collect();
        list.reindex();
        list
    }

    fn reindex(&mut self) {
        self.index = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id(), i))
            .collect();
    }

    /// How many endpoints.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The endpoints in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Endpoint> + '_ {
        self.entries.iter().map(Entry::endpoint)
    }

    /// The entries in order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries in order, to update what the app knows of them.
    pub fn entries_mut(&mut self) -> impl Iterator<Item = &mut Entry> + '_ {
        self.entries.iter_mut()
    }

    /// The ids in order.
    pub fn ids(&self) -> Vec<EndpointId> {
        self.entries.iter().map(Entry::id).collect()
    }

    /// A copy of the endpoints in order.
    pub fn to_vec(&self) -> Vec<Endpoint> {
        self.iter().cloned().collect()
    }

    /// The endpoint with this id.
    pub fn get(&self, id: EndpointId) -> Option<&Endpoint> {
        self.entry(id).map(Entry::endpoint)
    }

    /// The entry of this id.
    pub fn entry(&self, id: EndpointId) -> Option<&Entry> {
        self.index.get(&id).map(|&i| &self.entries[i])
    }

    /// The entry of this id, to change what the app knows of it.
    pub fn entry_mut(&mut self, id: EndpointId) -> Option<&mut Entry> {
        self.index.get(&id).map(|&i| &mut self.entries[i])
    }

    /// Where the endpoint is in the list.
    pub fn position(&self, id: EndpointId) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// The profile the list came from or was last saved as.
    pub fn profile(&self) -> Option<&ProfileSource> {
        self.profile.as_ref()
    }

    /// Records where the list lives now.
    pub fn set_profile(&mut self, profile: Option<ProfileSource>) {
        self.profile = profile;
    }

    /// A fresh id.
    pub fn take_id(&mut self) -> EndpointId {
        let id = EndpointId(self.next_id);
        self.next_id += 1;
        id
    }

    /// Appends an endpoint and returns its id.
    pub fn add(&mut self, name: String, url: String) -> EndpointId {
        let id = self.take_id();
        self.index.insert(id, self.entries.len());
        self.entries.push(Entry::new(Endpoint::new(id, name, url)));
        id
    }

    /// Keeps the error the user's client reported with an endpoint.
    pub fn set_reported(&mut self, id: EndpointId, reported: Option<String>) {
        if let Some(entry) = self.entry_mut(id) {
            entry.endpoint.reported = reported;
        }
    }

    /// Replaces an endpoint's settings; a changed check drops what the old one left.
    /// `None` if there is no such endpoint.
    pub fn update(&mut self, updated: Endpoint) -> Option<Dropped> {
        let entry = self.entry_mut(updated.id)?;
        let mut dropped = Dropped::default();
        if entry.endpoint.checks_differently(&updated) {
            // The old result describes another check; showing it would mislead.
            entry.outcome = None;
            entry.cancelled = false;
            entry.unseen_change = false;
            dropped = Dropped {
                count: 1,
                history: entry.history.take().is_some(),
            };
        }
        entry.endpoint = updated;
        Some(dropped)
    }

    /// Copies endpoints (settings only) right after the last of them; returns the new ids.
    pub fn duplicate(&mut self, ids: &HashSet<EndpointId>) -> Vec<EndpointId> {
        let mut insert_at = 0;
        let mut copies = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            if ids.contains(&entry.id()) {
                copies.push(entry.endpoint.clone());
                insert_at = index + 1;
            }
        }
        let mut new_ids = Vec::with_capacity(copies.len());
        let fresh: Vec<Entry> = copies
            .into_iter()
            .map(|mut copy| {
                copy.id = self.take_id();
                new_ids.push(copy.id);
                Entry::new(copy)
            })
            .collect();
        if !fresh.is_empty() {
            self.entries.splice(insert_at..insert_at, fresh);
            self.reindex();
        }
        new_ids
    }

    /// Removes endpoints (one pass, whatever their number), keeping them for
    /// [`EndpointList::undo`].
    pub fn delete(&mut self, ids: &HashSet<EndpointId>) -> Dropped {
        let mut items = Vec::new();
        let mut dropped = Dropped::default();
        let mut kept = Vec::with_capacity(self.entries.len());
        for (index, entry) in mem::take(&mut self.entries).into_iter().enumerate() {
            if ids.contains(&entry.id()) {
                dropped.history |= entry.history.is_some();
                items.push((index, entry.endpoint, entry.outcome));
            } else {
                kept.push(entry);
            }
        }
        self.entries = kept;
        self.reindex();
        dropped.count = items.len();
        if !items.is_empty() {
            self.push_undo(UndoStep::Delete(Deleted { items }));
        }
        dropped
    }

    /// Puts `endpoints` in place of the whole list, from `profile`. The previous list
    /// (with its results) becomes the step to undo, unless it was empty.
    pub fn replace(&mut self, endpoints: Vec<Endpoint>, profile: Option<ProfileSource>) {
        let previous = self.swap(endpoints.into_iter().map(|e| (e, None)), profile);
        // An empty list is not worth an undo step (and a "0 endpoints replaced" line).
        if !previous.endpoints.is_empty() {
            self.push_undo(UndoStep::Replace(previous));
        }
    }

    fn swap(
        &mut self,
        endpoints: impl Iterator<Item = (Endpoint, Option<Outcome>)>,
        profile: Option<ProfileSource>,
    ) -> Replaced {
        let entries = endpoints
            .map(|(endpoint, outcome)| Entry {
                outcome,
                ..Entry::new(endpoint)
            })
            .collect();
        let previous = mem::replace(&mut self.entries, entries);
        self.reindex();
        Replaced {
            endpoints: previous
                .into_iter()
                .map(|e| (e.endpoint, e.outcome))
                .collect(),
            profile: mem::replace(&mut self.profile, profile),
        }
    }

    fn push_undo(&mut self, step: UndoStep) {
        self.undo.push(step);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    /// The step [`EndpointList::undo`] would take back.
    pub fn last_undo(&self) -> Option<&UndoStep> {
        self.undo.last()
    }

    /// How many steps can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Takes back the newest step: deleted endpoints return where they were, a replaced
    /// list comes back (and the list it replaced becomes the step to undo). Returns the
    /// ids brought back.
    pub fn undo(&mut self) -> Vec<EndpointId> {
        match self.undo.pop() {
            None => Vec::new(),
            Some(UndoStep::Delete(deleted)) => self.undo_delete(deleted),
            Some(UndoStep::Replace(replaced)) => {
                let ids = replaced.endpoints.iter().map(|(e, _)| e.id).collect();
                let current = self.swap(replaced.endpoints.into_iter(), replaced.profile);
                // Undoing twice returns to where the user was; nothing is ever dropped.
                self.push_undo(UndoStep::Replace(current));
                ids
            }
        }
    }

    /// Merges the deleted endpoints back at their old positions in one pass.
    fn undo_delete(&mut self, deleted: Deleted) -> Vec<EndpointId> {
        let ids: Vec<EndpointId> = deleted.items.iter().map(|(_, e, _)| e.id).collect();
        let mut current = mem::take(&mut self.entries).into_iter();
        let mut merged = Vec::with_capacity(current.len() + deleted.items.len());
        for (index, endpoint, outcome) in deleted.items {
            while merged.len() < index {
                match current.next() {
                    Some(entry) => merged.push(entry),
                    None => break,
                }
            }
            merged.push(Entry {
                outcome,
                ..Entry::new(endpoint)
            });
        }
        merged.extend(current);
        self.entries = merged;
        self.reindex();
        ids
    }
}

impl std::ops::Index<usize> for EndpointList {
    type Output = Endpoint;

    fn index(&self, position: usize) -> &Endpoint {
        &self.entries[position].endpoint
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list_with(n: u64) -> EndpointList {
        let mut list = EndpointList::default();
        for i in 0..n {
            list.add(format!("e{i}"), format!("tcp://127.0.0.1:{}", 1000 + i));
        }
        list
    }

    #[test]
    fn delete_then_undo_restores_order() {
        let mut list = list_with(4);
        let ids = list.ids();
        let gone: HashSet<EndpointId> = [ids[1], ids[3]].into();
        assert_eq!(list.delete(&gone).count, 2);
        assert_eq!(list.len(), 2);
        assert_eq!(
            list.get(ids[2]).map(|e| e.id),
            Some(ids[2]),
            "index follows"
        );
        list.undo();
        assert_eq!(list.ids(), ids);
        assert_eq!(list.position(ids[3]), Some(3));
    }

    #[test]
    fn duplicate_inserts_after_original_with_new_id() {
        let mut list = list_with(3);
        let first = list[0].id;
        let new = list.duplicate(&[first].into());
        assert_eq!(new.len(), 1);
        assert_eq!(list[1].id, new[0]);
        assert_eq!(list[1].settings.url, list[0].settings.url);
        assert_eq!(list.position(new[0]), Some(1));
    }

    #[test]
    fn deleting_ten_thousand_selected_endpoints_empties_the_list_and_undo_brings_them_back() {
        // A quadratic path (a `Vec::contains` per row) would take 10^8 steps here.
        let mut list = list_with(10_000);
        let all: HashSet<EndpointId> = list.ids().into_iter().collect();
        assert_eq!(list.delete(&all).count, 10_000);
        assert!(list.is_empty());
        assert_eq!(list.undo().len(), 10_000);
        assert_eq!(list.len(), 10_000);
        assert_eq!(list[9_999].settings.name, "e9999");
    }

    #[test]
    fn repeated_ids_in_a_saved_list_keep_the_first() {
        let a = Endpoint::new(EndpointId(3), "a".into(), "tcp://127.0.0.1:1".into());
        let b = Endpoint::new(EndpointId(3), "b".into(), "tcp://127.0.0.1:2".into());
        let mut list = EndpointList::new(vec![a, b]);
        assert_eq!(list.len(), 1);
        assert_eq!(list.take_id(), EndpointId(4));
    }
}
