//! Desktop notifications of watched changes: which changes of verdict ask for one
//! (watched endpoint, window not focused, setting on) and in what words. The app
//! drains the queue into a sink; tests read it instead.

use std::collections::VecDeque;

use super::app_state::AppState;
use super::ids::EndpointId;
use super::notification::{MAX_QUEUED_NOTIFICATIONS, Notification};
use super::watch::Change;
use crate::l10n::Localizer;

impl AppState {
    /// Whether a watched endpoint's change of verdict shows a desktop notification.
    pub fn notify_changes(&self) -> bool {
        self.view.notify_changes()
    }

    /// Turns desktop notifications of watched changes on or off.
    pub fn set_notify_changes(&mut self, on: bool) {
        self.view.set_notify_changes(on);
    }

    /// Tells the state whether the window has the keyboard focus (a user looking at
    /// the window sees the change there and needs no notification).
    pub fn set_window_focused(&mut self, focused: bool) {
        self.window_focused = focused;
    }

    /// The notifications asked for and not yet taken, oldest first.
    pub fn notifications(&self) -> &VecDeque<Notification> {
        &self.notifications
    }

    /// Takes the waiting notifications, oldest first.
    pub fn take_notifications(&mut self) -> Vec<Notification> {
        self.notifications.drain(..).collect()
    }

    /// Queues a notification of `change` if it calls for one.
    pub(super) fn notify_change(&mut self, id: EndpointId, change: &Change) {
        if self.window_focused || !self.notify_changes() || !self.watch.is_watched(id) {
            return;
        }
        let Some(endpoint) = self.endpoint(id) else {
            return;
        };
        let settings = &endpoint.settings;
        let name = if settings.name.trim().is_empty() {
            &settings.url
        } else {
            &settings.name
        };
        let notification = Notification::of(&Localizer::new(self.lang()), id, name, change);
        if self.notifications.len() >= MAX_QUEUED_NOTIFICATIONS {
            self.notifications.pop_front();
        }
        self.notifications.push_back(notification);
    }
}
