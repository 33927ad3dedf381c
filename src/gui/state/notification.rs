//! One desktop notification the app asks for, and how many may wait.

use super::ids::EndpointId;
use super::watch::Change;
use crate::l10n::Localizer;

/// Most notifications waiting for the sink: a sink that stopped draining must not
/// make the queue grow for as long as the app runs.
pub const MAX_QUEUED_NOTIFICATIONS: usize = 16;

/// One desktop notification the app asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The endpoint whose verdict changed.
    pub id: EndpointId,
    /// Its heading: the endpoint's name (the URL when it has none).
    pub summary: String,
    /// "Was X, now Y" in the user's language.
    pub body: String,
}

impl Notification {
    /// The notification of `change` of the endpoint called `name`, in `l10n`'s language.
    pub fn of(l10n: &Localizer, id: EndpointId, name: &str, change: &Change) -> Notification {
        let from = l10n.tr(&change.from.label_id());
        let to = l10n.tr(&change.to.label_id());
        let body = l10n.tr_args(
            "watch-notify-body",
            &[("from", from.as_str().into()), ("to", to.as_str().into())],
        );
        Notification {
            id,
            summary: name.to_owned(),
            body,
        }
    }
}
