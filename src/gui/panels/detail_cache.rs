//! The focused result, localized and formatted once and kept until it changes, so a
//! frame does not rebuild it.

use crate::diagnose::Verdict;
use crate::gui::fixtext::{FixPart, split_fix};
use crate::gui::panels::bytes_view::Dump;
use crate::gui::state::{Endpoint, EndpointId, Outcome, RunId};
use crate::l10n::{Lang, Localizer};
use crate::paste::ReportedKind;
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
    /// How the check differs from what the user's client reported, localized.
    pub reported_differs: Option<String>,
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
        let reported_differs = endpoint
            .reported
            .as_deref()
            .and_then(|line| differs_note(l10n, line, outcome.verdict()));
        Detail {
            id: endpoint.id,
            run_id: outcome.run_id,
            lang: l10n.lang(),
            entry,
            fixes,
            sent: Dump::new(&captured.sent, captured.sent_truncated),
            received: Dump::new(&captured.received, captured.received_truncated),
            looked_up,
            reported_differs,
        }
    }

    /// Whether this detail still describes `outcome` in `lang`.
    pub fn is_for(&self, id: EndpointId, outcome: &Outcome, lang: Lang) -> bool {
        self.id == id && self.run_id == outcome.run_id && self.lang == lang
    }
}

/// A note when netdoctor's verdict is not the failure the pasted line names; `None` when
/// they agree, or when the line's words do not say which failure it was.
pub fn differs_note(l10n: &Localizer, line: &str, verdict: Verdict) -> Option<String> {
    if verdict == Verdict::Ok {
        return Some(l10n.tr("gui-reported-differs-ok"));
    }
    let kind = crate::paste::parse(line).first().and_then(|p| p.kind)?;
    let agrees = match kind {
        ReportedKind::Refused => verdict == Verdict::Refused,
        ReportedKind::TimedOut => verdict == Verdict::Timeout,
        ReportedKind::AddrNotAvailable => verdict == Verdict::AddrNotAvailable,
        ReportedKind::NameNotResolved => verdict == Verdict::DnsFailure,
        ReportedKind::Tls => verdict == Verdict::TlsError,
        // The server answered the upgrade with a status: a reply that is not a WebSocket.
        ReportedKind::HandshakeStatus(_) => {
            matches!(verdict, Verdict::ProtocolMismatch | Verdict::Error)
        }
        ReportedKind::Other => return None,
    };
    (!agrees).then(|| {
        let label = l10n.tr(&verdict.label_id());
        l10n.tr_args("gui-reported-differs", &[("verdict", label.into())])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn a_note_only_when_the_check_saw_another_failure() {
        let l10n = Localizer::new(Lang::En);
        let refused = "Error: connect ECONNREFUSED 127.0.0.1:3000";
        assert_eq!(differs_note(&l10n, refused, Verdict::Refused), None);
        let note = differs_note(&l10n, refused, Verdict::Timeout).expect("differs");
        assert!(note.contains(&l10n.tr("verdict-timeout")), "{note}");
        assert_eq!(
            differs_note(&l10n, refused, Verdict::Ok),
            Some(l10n.tr("gui-reported-differs-ok"))
        );
    }
}
