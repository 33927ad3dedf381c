//! Which rows are selected, and the focused one.

use std::collections::{BTreeSet, HashSet};

use super::ids::EndpointId;

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

/// The selected endpoints (a set: membership is constant time whatever their number)
/// and the one the detail pane shows and Shift-click ranges start from.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    selected: BTreeSet<EndpointId>,
    focus: Option<EndpointId>,
}

impl Selection {
    /// Changes the selection as a click on `id` with `mode` would, given the visible order.
    pub fn select(&mut self, id: EndpointId, mode: SelectMode, view: &[EndpointId]) {
        match mode {
            SelectMode::Replace => self.only(id),
            SelectMode::Toggle => {
                if !self.selected.remove(&id) {
                    self.selected.insert(id);
                }
                self.focus = Some(id);
            }
            SelectMode::Range => {
                let anchor = self.focus.and_then(|f| view.iter().position(|v| *v == f));
                let target = view.iter().position(|v| *v == id);
                match (anchor, target) {
                    (Some(a), Some(b)) => {
                        let (lo, hi) = (a.min(b), a.max(b));
                        self.selected = view[lo..=hi].iter().copied().collect();
                    }
                    _ => self.only(id),
                }
            }
        }
    }

    fn only(&mut self, id: EndpointId) {
        self.selected.clear();
        self.selected.insert(id);
        self.focus = Some(id);
    }

    /// Selects every visible endpoint.
    pub fn select_all(&mut self, view: &[EndpointId]) {
        self.selected = view.iter().copied().collect();
        if self.focus.is_none() {
            self.focus = view.first().copied();
        }
    }

    /// Selects exactly `ids`, focusing the first.
    pub fn set(&mut self, ids: &[EndpointId]) {
        self.selected = ids.iter().copied().collect();
        self.focus = ids.first().copied();
    }

    /// Whether `id` is selected.
    pub fn contains(&self, id: EndpointId) -> bool {
        self.selected.contains(&id)
    }

    /// How many are selected.
    pub fn len(&self) -> usize {
        self.selected.len()
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// The selected ids, in id order.
    pub fn ids(&self) -> impl Iterator<Item = EndpointId> + '_ {
        self.selected.iter().copied()
    }

    /// The selected ids as a set for lookups.
    pub fn to_set(&self) -> HashSet<EndpointId> {
        self.selected.iter().copied().collect()
    }

    /// The focused endpoint.
    pub fn focus(&self) -> Option<EndpointId> {
        self.focus
    }

    /// Forgets endpoints that went.
    pub fn forget(&mut self, gone: &HashSet<EndpointId>) {
        self.selected.retain(|id| !gone.contains(id));
        if self.focus.is_some_and(|f| gone.contains(&f)) {
            self.focus = None;
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.selected.clear();
        self.focus = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_click_selects_a_range_of_the_view() {
        let view: Vec<EndpointId> = (1..=5).map(EndpointId).collect();
        let mut selection = Selection::default();
        selection.select(view[1], SelectMode::Replace, &view);
        selection.select(view[3], SelectMode::Range, &view);
        assert_eq!(selection.len(), 3);
        selection.select(view[0], SelectMode::Toggle, &view);
        assert_eq!(selection.len(), 4);
        selection.forget(&[view[0], view[1]].into());
        assert_eq!(selection.len(), 2);
    }
}
