//! The system's file chooser (rfd), without blocking the UI thread.
//!
//! The dialog is created on the UI thread (macOS wants that) and awaited on a thread
//! of its own, which sends the answer back as a background message. On Linux rfd talks to the XDG
//! desktop portal; where none runs it answers "no file" at once, which looks like a
//! cancel, so every file action also has a typed path (see `panels::files`).

use std::future::Future;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake};

use crate::gui::background::{Background, Message};
use crate::gui::command::FileAction;

/// What to ask the file chooser.
#[derive(Debug, Clone, Default)]
pub struct PickRequest {
    /// Ask for a file to write (else one to read).
    pub save: bool,
    /// Window title.
    pub title: String,
    /// `(name, extensions)` filters, in order.
    pub filters: Vec<(String, Vec<&'static str>)>,
    /// Folder to start in.
    pub directory: Option<PathBuf>,
    /// File name to suggest (save only).
    pub file_name: Option<String>,
}

/// Which file chooser is open, if any; its answer comes back as a background message.
#[derive(Debug, Default)]
pub struct Picker {
    busy: Option<FileAction>,
}

impl Picker {
    /// Whether a file chooser is open.
    pub fn is_busy(&self) -> bool {
        self.busy.is_some()
    }

    /// Opens the file chooser for `action`; the answer arrives as [`Message::Picked`].
    /// Returns `false` if it could not be started (the typed path still works).
    pub fn start(
        &mut self,
        background: &Background,
        action: FileAction,
        request: PickRequest,
    ) -> bool {
        if self.busy.is_some() {
            return false;
        }
        let mut dialog = rfd::AsyncFileDialog::new().set_title(request.title);
        for (name, extensions) in &request.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(directory) = request.directory {
            dialog = dialog.set_directory(directory);
        }
        if let Some(name) = request.file_name {
            dialog = dialog.set_file_name(name);
        }
        let started = if request.save {
            let future = dialog.save_file();
            background.wait(THREAD_NAME, move |outbox| {
                let path = block_on(future).map(|h| h.path().to_owned());
                outbox.send(Message::Picked(action, path));
            })
        } else {
            let future = dialog.pick_file();
            background.wait(THREAD_NAME, move |outbox| {
                let path = block_on(future).map(|h| h.path().to_owned());
                outbox.send(Message::Picked(action, path));
            })
        };
        if started {
            self.busy = Some(action);
        }
        started
    }

    /// The chooser answered (the message arrived).
    pub fn answered(&mut self) {
        self.busy = None;
    }
}

/// Name of the thread that waits for the chooser's answer.
const THREAD_NAME: &str = "netdoctor-file-chooser";

/// Runs a future to completion on the current thread (the chooser's future only waits
/// for the desktop's answer; no executor is needed for that).
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_on_waits_for_a_wake_from_another_thread() {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let sender = std::thread::spawn(move || tx.send(7));
        assert_eq!(block_on(rx), Ok(7));
        assert!(sender.join().is_ok());
    }
}
