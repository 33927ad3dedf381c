//! Selection, filter and sort: what the table shows, in which order.

use crate::diagnose::Verdict;
use crate::gui::state::{AppState, Endpoint, Outcome, SelectMode, SortColumn};
use crate::l10n::{Lang, Localizer};
use crate::report::model::message_args;

impl AppState {
    /// Changes the selection as a click on `id` with `mode` would, given the visible order.
    pub fn select(&mut self, id: u64, mode: SelectMode, view: &[u64]) {
        match mode {
            SelectMode::Replace => {
                self.selected.clear();
                self.selected.insert(id);
                self.focus = Some(id);
            }
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
                    _ => {
                        self.selected.clear();
                        self.selected.insert(id);
                        self.focus = Some(id);
                    }
                }
            }
        }
    }

    /// Selects every visible endpoint.
    pub fn select_all(&mut self, view: &[u64]) {
        self.selected = view.iter().copied().collect();
        if self.focus.is_none() {
            self.focus = view.first().copied();
        }
    }

    /// Sets the filter text.
    pub fn set_filter(&mut self, filter: String) {
        if self.filter != filter {
            self.filter = filter;
            self.touch();
        }
    }

    /// Sorts by `column`; the same column again flips the direction, a third time restores the user's order.
    pub fn sort_by(&mut self, column: SortColumn) {
        self.sort = match self.sort {
            Some((c, true)) if c == column => Some((column, false)),
            Some((c, false)) if c == column => None,
            _ => Some((column, true)),
        };
        self.touch();
    }

    /// Changes the language (filtering and sorting use localized words, so the view changes).
    pub fn set_lang(&mut self, lang: Lang) {
        if self.lang != lang {
            self.lang = lang;
            self.touch();
        }
    }

    /// Selected ids in list order.
    pub fn selected_in_order(&self) -> Vec<u64> {
        self.endpoints
            .iter()
            .filter(|e| self.selected.contains(&e.id))
            .map(|e| e.id)
            .collect()
    }

    /// The localized verdict label of an endpoint's result.
    pub fn verdict_label(&self, l10n: &Localizer, id: u64) -> Option<String> {
        self.results
            .get(&id)
            .map(|o| l10n.tr(&o.verdict().label_id()))
    }

    /// The localized title of the top cause of an endpoint's result.
    pub fn cause_title(&self, l10n: &Localizer, id: u64) -> Option<String> {
        let outcome = self.results.get(&id)?;
        let cause = outcome.result.diagnosis.top()?;
        let args = message_args(&outcome.result.observation);
        Some(l10n.tr_args(&cause.id.fluent_id(), &args))
    }

    /// Ids of the endpoints shown, filtered and sorted.
    pub fn view(&self, l10n: &Localizer) -> Vec<u64> {
        self.view_positions(l10n)
            .into_iter()
            .map(|i| self.endpoints[i].id)
            .collect()
    }

    /// Positions in [`AppState::endpoints`] of the endpoints shown, filtered and sorted.
    pub fn view_positions(&self, l10n: &Localizer) -> Vec<usize> {
        let needle = self.filter.trim().to_lowercase();
        let mut rows: Vec<usize> = (0..self.endpoints.len())
            .filter(|&i| needle.is_empty() || self.matches(l10n, &self.endpoints[i], &needle))
            .collect();
        if let Some((column, ascending)) = self.sort {
            let mut keyed: Vec<(SortKey, usize)> = rows
                .iter()
                .map(|&i| (self.sort_key(l10n, column, &self.endpoints[i]), i))
                .collect();
            // Stable sort: equal keys keep the user's order, so the result is deterministic.
            keyed.sort_by(|a, b| {
                let order = a.0.cmp(&b.0);
                if ascending { order } else { order.reverse() }
            });
            rows = keyed.into_iter().map(|(_, i)| i).collect();
        }
        rows
    }

    fn matches(&self, l10n: &Localizer, endpoint: &Endpoint, needle: &str) -> bool {
        let hit = |text: &str| text.to_lowercase().contains(needle);
        hit(&endpoint.name)
            || hit(&endpoint.url)
            || endpoint.tags.iter().any(|tag| hit(tag))
            || self
                .verdict_label(l10n, endpoint.id)
                .is_some_and(|label| hit(&label))
            || self
                .cause_title(l10n, endpoint.id)
                .is_some_and(|title| hit(&title))
    }

    fn sort_key(&self, l10n: &Localizer, column: SortColumn, endpoint: &Endpoint) -> SortKey {
        let outcome = self.results.get(&endpoint.id);
        match column {
            SortColumn::Status => SortKey::Number(outcome.map_or(-1, |o| severity(o.verdict()))),
            SortColumn::Name => SortKey::Text(endpoint.name.to_lowercase()),
            SortColumn::Target => SortKey::Text(endpoint.url.to_lowercase()),
            SortColumn::Verdict => SortKey::Text(
                self.verdict_label(l10n, endpoint.id)
                    .unwrap_or_default()
                    .to_lowercase(),
            ),
            SortColumn::Cause => SortKey::Text(
                self.cause_title(l10n, endpoint.id)
                    .unwrap_or_default()
                    .to_lowercase(),
            ),
            SortColumn::Time => SortKey::Number(
                outcome
                    .and_then(Outcome::total_ms)
                    .map_or(-1, |ms| (ms * 1000.0) as i64),
            ),
        }
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Number(i64),
    Text(String),
}

/// How bad a verdict is, for sorting by status: failures first when descending.
pub fn severity(verdict: Verdict) -> i64 {
    match verdict {
        Verdict::Ok => 0,
        Verdict::ProtocolMismatch | Verdict::TlsError | Verdict::Error => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::state::tests::state_with;

    #[test]
    fn shift_click_selects_a_range_of_the_view() {
        let mut state = state_with(5);
        let view = state.view(&Localizer::new(Lang::En));
        state.select(view[1], SelectMode::Replace, &view);
        state.select(view[3], SelectMode::Range, &view);
        assert_eq!(state.selected.len(), 3);
        state.select(view[0], SelectMode::Toggle, &view);
        assert_eq!(state.selected.len(), 4);
    }

    #[test]
    fn sorting_cycles_through_directions() {
        let mut state = state_with(3);
        let l10n = Localizer::new(Lang::En);
        state.sort_by(SortColumn::Name);
        let up = state.view(&l10n);
        state.sort_by(SortColumn::Name);
        let down = state.view(&l10n);
        assert_eq!(up.iter().rev().copied().collect::<Vec<_>>(), down);
        state.sort_by(SortColumn::Name);
        assert_eq!(state.sort, None);
    }

    #[test]
    fn filter_matches_name_and_url() {
        let mut state = state_with(12);
        let l10n = Localizer::new(Lang::En);
        state.set_filter("E1".into());
        // e1, e10, e11
        assert_eq!(state.view(&l10n).len(), 3);
        state.set_filter(":1005".into());
        assert_eq!(state.view(&l10n).len(), 1);
    }
}
