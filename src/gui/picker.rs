//! The system's file chooser (rfd), without blocking the UI thread.
//!
//! The dialog is created on the UI thread (macOS wants that) and awaited on a helper
//! thread, which sends the answer back and wakes the UI. On Linux rfd talks to the XDG
//! desktop portal; where none runs it answers "no file" at once, which looks like a
//! cancel, so every file action also has a typed path (see `panels::files`).

use std::future::Future;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::task::{Context, Poll, Wake};

use eframe::egui;

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

/// The file chooser in flight, if any, and the channel its answer comes back on.
pub struct Picker {
    tx: Sender<(FileAction, Option<PathBuf>)>,
    rx: Receiver<(FileAction, Option<PathBuf>)>,
    busy: Option<FileAction>,
}

impl Default for Picker {
    fn default() -> Self {
        let (tx, rx) = channel();
        Picker { tx, rx, busy: None }
    }
}

impl Picker {
    /// Whether a file chooser is open.
    pub fn is_busy(&self) -> bool {
        self.busy.is_some()
    }

    /// Opens the file chooser for `action`; the answer arrives through [`Picker::poll`].
    /// Returns `false` if it could not be started (the typed path still works).
    pub fn start(&mut self, ctx: &egui::Context, action: FileAction, request: PickRequest) -> bool {
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
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let started = if request.save {
            let future = dialog.save_file();
            spawn_waiter(move || {
                let path = block_on(future).map(|h| h.path().to_owned());
                let _ = tx.send((action, path));
                ctx.request_repaint();
            })
        } else {
            let future = dialog.pick_file();
            spawn_waiter(move || {
                let path = block_on(future).map(|h| h.path().to_owned());
                let _ = tx.send((action, path));
                ctx.request_repaint();
            })
        };
        if started {
            self.busy = Some(action);
        }
        started
    }

    /// The file chooser's answer, once it came: the action and the path (`None`: no file).
    pub fn poll(&mut self) -> Option<(FileAction, Option<PathBuf>)> {
        let answer = self.rx.try_recv().ok()?;
        self.busy = None;
        Some(answer)
    }
}

fn spawn_waiter(wait: impl FnOnce() + Send + 'static) -> bool {
    std::thread::Builder::new()
        .name("netdoctor-file-chooser".into())
        .spawn(wait)
        .is_ok()
}

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
