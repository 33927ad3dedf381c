//! Reports from the app: which endpoints a report covers, built from the stored results.

use std::collections::HashSet;

use super::app_state::AppState;
use super::ids::EndpointId;
use crate::l10n::Localizer;
use crate::report::{Report, build_result};

/// A report of some endpoints, and how many of them had no result to report.
#[derive(Debug, Clone)]
pub struct AppReport {
    /// Entries of the endpoints that have a result, in list order.
    pub report: Report,
    /// Endpoints covered but never checked (or whose check was cancelled), left out.
    pub skipped: usize,
}

impl AppState {
    /// Whether "selected only" can apply: it needs more than one selected endpoint, since a
    /// single click always selects one.
    pub fn can_export_selected(&self) -> bool {
        self.selection().len() > 1
    }

    /// The endpoints a report covers, in list order: the selected ones when asked for
    /// and more than one is selected, else all of them.
    pub fn report_ids(&self, selected_only: bool) -> Vec<EndpointId> {
        if selected_only && self.can_export_selected() {
            self.selected_in_order()
        } else {
            self.endpoints().ids()
        }
    }

    /// The report of `ids` from their latest results, in `l10n`'s language.
    pub fn report_of(&self, l10n: &Localizer, ids: &[EndpointId]) -> AppReport {
        let ids: HashSet<EndpointId> = ids.iter().copied().collect();
        let mut entries = Vec::new();
        let mut skipped = 0;
        for item in self
            .endpoints()
            .entries()
            .iter()
            .filter(|e| ids.contains(&e.id()))
        {
            let endpoint = &item.endpoint().settings;
            match &item.outcome {
                Some(outcome) => {
                    let mut entry = build_result(l10n, &endpoint.url, &outcome.result);
                    entry.name = Some(endpoint.name.clone());
                    entry.reported = item.endpoint().reported.clone();
                    entries.push(entry);
                }
                None => skipped += 1,
            }
        }
        AppReport {
            report: Report::new(entries),
            skipped,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::diagnose::{Diagnosis, Verdict};
    use crate::engine::CheckResult;
    use crate::gui::state::app_state::tests::state_with;
    use crate::gui::state::endpoint::Outcome;
    use crate::gui::state::ids::RunId;
    use crate::gui::state::selection::SelectMode;
    use crate::l10n::Lang;
    use crate::observation::Observation;
    use crate::target::Target;

    fn checked(state: &mut AppState, id: EndpointId) {
        let url = state
            .endpoint(id)
            .map(|e| e.settings.url.clone())
            .unwrap_or_default();
        let target = Target::parse(&url).expect("target");
        let result = CheckResult {
            observation: Observation::new(target, Duration::from_secs(1)),
            diagnosis: Diagnosis {
                verdict: Verdict::Refused,
                causes: Vec::new(),
                warnings: Vec::new(),
            },
        };
        if let Some(entry) = state.list.entry_mut(id) {
            entry.outcome = Some(Outcome {
                run_id: RunId(1),
                result: Arc::new(result),
            });
        }
    }

    #[test]
    fn unchecked_endpoints_are_skipped_and_counted() {
        let mut state = state_with(3);
        let ids = state.endpoints().ids();
        checked(&mut state, ids[0]);
        checked(&mut state, ids[2]);
        let built = state.report_of(&Localizer::new(Lang::En), &state.report_ids(false));
        assert_eq!(built.skipped, 1);
        let names: Vec<_> = built
            .report
            .results
            .iter()
            .map(|e| e.name.clone())
            .collect();
        assert_eq!(names, vec![Some("e0".into()), Some("e2".into())]);
        assert_eq!(built.report.results[0].verdict, "refused");
    }

    #[test]
    fn the_pasted_error_goes_into_the_report() {
        let mut state = state_with(2);
        let ids = state.endpoints().ids();
        checked(&mut state, ids[0]);
        checked(&mut state, ids[1]);
        state.set_reported(ids[1], Some("curl: (7) Failed to connect".into()));
        let built = state.report_of(&Localizer::new(Lang::En), &ids);
        let reported: Vec<_> = built
            .report
            .results
            .iter()
            .map(|e| e.reported.clone())
            .collect();
        assert_eq!(
            reported,
            vec![None, Some("curl: (7) Failed to connect".into())]
        );
    }

    #[test]
    fn selected_only_needs_two_selected() {
        let mut state = state_with(3);
        let ids = state.endpoints().ids();
        state.select(ids[2], SelectMode::Replace, &ids);
        assert_eq!(state.report_ids(true), ids, "one selected row: everything");
        state.select(ids[0], SelectMode::Toggle, &ids);
        assert_eq!(state.report_ids(true), vec![ids[0], ids[2]]);
        assert_eq!(state.report_ids(false), ids);
    }
}
