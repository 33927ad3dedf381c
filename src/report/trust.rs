//! The trust facts of a certificate in a report: which stores accepted the
//! chain, and the chain as the server sent it.

use serde::{Deserialize, Serialize};

use crate::l10n::Localizer;
use crate::observation::{TrustFacts, TrustView};

/// Each trust store's verdict, as `accepted`, `rejected` or `absent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustEntry {
    /// This machine's OS trust store.
    pub os: String,
    /// The Mozilla bundle (webpki-roots).
    pub mozilla: String,
    /// The `--ca-file` certificates.
    pub ca_file: String,
}

/// One certificate the server sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainEntry {
    /// Subject distinguished name.
    pub subject: String,
    /// Issuer distinguished name.
    pub issuer: String,
}

fn view_id(view: TrustView) -> &'static str {
    match view {
        TrustView::Accepted => "accepted",
        TrustView::Rejected => "rejected",
        TrustView::Absent => "absent",
    }
}

impl TrustEntry {
    /// The views of one check.
    pub fn of(facts: &TrustFacts) -> TrustEntry {
        TrustEntry {
            os: view_id(facts.views.os).to_owned(),
            mozilla: view_id(facts.views.mozilla).to_owned(),
            ca_file: view_id(facts.views.ca_file).to_owned(),
        }
    }

    /// One localized line: what each store made of the chain.
    pub fn describe(&self, l10n: &Localizer) -> String {
        let word = |id: &str| l10n.tr(&format!("report-trust-{id}"));
        l10n.tr_args(
            "report-trust-value",
            &[
                ("os", word(&self.os).into()),
                ("mozilla", word(&self.mozilla).into()),
                ("cafile", word(&self.ca_file).into()),
            ],
        )
    }
}

/// The chain as sent, leaf first.
pub fn chain_of(facts: &TrustFacts) -> Vec<ChainEntry> {
    facts
        .chain
        .sent
        .iter()
        .map(|link| ChainEntry {
            subject: link.subject.clone(),
            issuer: link.issuer.clone(),
        })
        .collect()
}

/// One localized line per certificate sent: "subject ← issuer".
pub fn describe_chain(chain: &[ChainEntry], l10n: &Localizer) -> Vec<String> {
    chain
        .iter()
        .enumerate()
        .map(|(index, link)| {
            l10n.tr_args(
                "report-chain-link",
                &[
                    ("index", (index + 1).into()),
                    ("subject", link.subject.as_str().into()),
                    ("issuer", link.issuer.as_str().into()),
                ],
            )
        })
        .collect()
}
