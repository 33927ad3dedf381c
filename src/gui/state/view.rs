//! Filter and sort: what the table shows, in which order.

use super::app_state::AppState;
use super::endpoint::{Endpoint, Outcome};
use super::ids::EndpointId;
use super::view_options::SortColumn;
use crate::diagnose::Verdict;
use crate::l10n::Localizer;
use crate::report::model::message_args;

impl AppState {
    /// The localized verdict label of an endpoint's result.
    pub fn verdict_label(&self, l10n: &Localizer, id: EndpointId) -> Option<String> {
        self.result(id).map(|o| l10n.tr(&o.verdict().label_id()))
    }

    /// The localized title of the top cause of an endpoint's result.
    pub fn cause_title(&self, l10n: &Localizer, id: EndpointId) -> Option<String> {
        let outcome = self.result(id)?;
        let cause = outcome.result.diagnosis.top()?;
        let args = message_args(&outcome.result.observation);
        Some(l10n.tr_args(&cause.id.fluent_id(), &args))
    }

    /// Ids of the endpoints shown, filtered and sorted.
    pub fn view(&self, l10n: &Localizer) -> Vec<EndpointId> {
        self.view_positions(l10n)
            .into_iter()
            .map(|i| self.list[i].id)
            .collect()
    }

    /// Positions in [`AppState::endpoints`] of the endpoints shown, filtered and sorted.
    pub fn view_positions(&self, l10n: &Localizer) -> Vec<usize> {
        let needle = self.filter().trim().to_lowercase();
        let mut rows: Vec<usize> = (0..self.list.len())
            .filter(|&i| needle.is_empty() || self.matches(l10n, &self.list[i], &needle))
            .collect();
        if let Some((column, ascending)) = self.sort() {
            let mut keyed: Vec<(SortKey, usize)> = rows
                .iter()
                .map(|&i| (self.sort_key(l10n, column, &self.list[i]), i))
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
        let settings = &endpoint.settings;
        hit(&settings.name)
            || hit(&settings.url)
            || settings.tags.iter().any(|tag| hit(tag))
            || self
                .verdict_label(l10n, endpoint.id)
                .is_some_and(|label| hit(&label))
            || self
                .cause_title(l10n, endpoint.id)
                .is_some_and(|title| hit(&title))
    }

    fn sort_key(&self, l10n: &Localizer, column: SortColumn, endpoint: &Endpoint) -> SortKey {
        let outcome = self.result(endpoint.id);
        match column {
            SortColumn::Status => SortKey::Number(outcome.map_or(-1, |o| severity(o.verdict()))),
            SortColumn::Name => SortKey::Text(endpoint.settings.name.to_lowercase()),
            SortColumn::Target => SortKey::Text(endpoint.settings.url.to_lowercase()),
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
    use crate::gui::state::app_state::tests::state_with;
    use crate::l10n::Lang;

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
        assert_eq!(state.sort(), None);
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
