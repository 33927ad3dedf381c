//! The focused result, localized and formatted once and kept until it changes, so a
//! frame does not rebuild it.

use crate::gui::fixtext::{FixPart, split_fix};
use crate::gui::panels::bytes_view::Dump;
use crate::gui::state::{Endpoint, EndpointId, Outcome, RunId};
use crate::l10n::{Lang, Localizer};
use crate::report::{ResultEntry, build_result};

/// Everything the pane shows about one result, localized and formatted once.
#[derive(Debug, Clone)]
pub struct Detail {
    /// The endpoint.
    pub id: EndpointId,
    /// The run the result came from.
    pub run_id: RunId,
    /// The language the text is in.
    pub lang: Lang,
    /// Localized result, as in reports.
    pub entry: ResultEntry,
    /// Each cause's fix, split into prose and code.
    pub fixes: Vec<Vec<FixPart>>,
    /// Bytes netdoctor wrote.
    pub sent: Dump,
    /// Bytes the peer wrote.
    pub received: Dump,
    /// Whether a name was looked up (an IP literal resolves to itself: not worth a line).
    pub looked_up: bool,
}

impl Detail {
    /// Builds the detail of `outcome` in `l10n`'s language.
    pub fn build(l10n: &Localizer, endpoint: &Endpoint, outcome: &Outcome) -> Detail {
        let mut entry = build_result(l10n, &endpoint.settings.url, &outcome.result);
        entry.name = Some(endpoint.settings.name.clone());
        let fixes = entry
            .causes
            .iter()
            .map(|c| split_fix(&c.remediation))
            .collect();
        let observation = &outcome.result.observation;
        let captured = &observation.captured;
        let looked_up = observation.target.host.ip().is_none();
        Detail {
            id: endpoint.id,
            run_id: outcome.run_id,
            lang: l10n.lang(),
            entry,
            fixes,
            sent: Dump::new(&captured.sent, captured.sent_truncated),
            received: Dump::new(&captured.received, captured.received_truncated),
            looked_up,
        }
    }

    /// Whether this detail still describes `outcome` in `lang`.
    pub fn is_for(&self, id: EndpointId, outcome: &Outcome, lang: Lang) -> bool {
        self.id == id && self.run_id == outcome.run_id && self.lang == lang
    }
}
