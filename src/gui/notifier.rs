//! The sink of desktop notifications: shows them through the desktop's notification
//! service on a thread of its own, so a slow or missing service never blocks a frame.

use std::sync::mpsc::{self, Sender};

use crate::gui::state::Notification;

/// Shows notifications on a background thread started by the first one.
#[derive(Debug, Default)]
pub struct Notifier {
    /// `None` until the first notification, or after the thread could not start.
    sender: Option<Sender<Notification>>,
    /// The thread could not start or has gone; later notifications are dropped.
    gone: bool,
}

impl Notifier {
    /// Hands `notification` to the background thread; never waits for the desktop.
    pub fn show(&mut self, notification: Notification) {
        if self.gone {
            return;
        }
        if self.sender.is_none() {
            self.sender = spawn();
            self.gone = self.sender.is_none();
        }
        let sent = self
            .sender
            .as_ref()
            .is_some_and(|sender| sender.send(notification).is_ok());
        if !sent {
            self.sender = None;
            self.gone = true;
        }
    }
}

fn spawn() -> Option<Sender<Notification>> {
    let (sender, receiver) = mpsc::channel::<Notification>();
    std::thread::Builder::new()
        .name("netdoctor-notify".into())
        .spawn(move || {
            for notification in receiver {
                // No notification service (a bare X session, a container): the user
                // sees the change in the window; there is nothing to tell them.
                let _ = notify_rust::Notification::new()
                    .appname("netdoctor")
                    .summary(&notification.summary)
                    .body(&notification.body)
                    .show();
            }
        })
        .ok()?;
    Some(sender)
}
