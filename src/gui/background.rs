//! Work off the UI thread, and the one way its results come back.
//!
//! Everything that happens in the background (engine events, file reads and writes,
//! the system's file chooser) ends as a [`Message`] in one channel, followed by one
//! [`Waker`] call; the app drains the channel at the start of each frame and applies
//! what it finds. File work runs in order on one named thread, so a save never
//! overtakes an earlier one; waiting on the user (the file chooser) gets a thread of
//! its own, so an open dialog never holds up a save.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use eframe::egui;

use crate::engine::ProbeEvent;
use crate::gui::command::FileAction;
use crate::profile::{Profile, ProfileError};

/// Something background work has to tell the app.
pub enum Message {
    /// The engine's progress or result.
    Engine(ProbeEvent),
    /// The file chooser answered `action`: a path, or none (cancelled, no chooser).
    Picked(FileAction, Option<PathBuf>),
    /// A file job finished.
    Done(Done),
}

/// Which of the app's own files a save wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedFile {
    /// The endpoint list, language and window size.
    State,
    /// Watch mode and its history.
    Watch,
}

/// What a file job found or did, for the app to apply on the next frame.
#[derive(Debug)]
pub enum Done {
    /// Writing one of the app's own files began or stopped failing (the status bar
    /// shows the error).
    Saved(SavedFile),
    /// A profile was read from `path`.
    Opened {
        /// The file.
        path: PathBuf,
        /// The profile, or why it could not be read.
        result: Result<Profile, ProfileError>,
    },
    /// The list was written as `profile` to `path`.
    ProfileSaved {
        /// The file.
        path: PathBuf,
        /// What was written.
        profile: Profile,
        /// Whether it was written.
        result: Result<(), ProfileError>,
    },
    /// A report was written.
    Exported {
        /// The file.
        path: PathBuf,
        /// Endpoints in it.
        count: usize,
        /// Endpoints left out for want of a result.
        skipped: usize,
        /// Whether it was written, or why not.
        result: Result<(), String>,
    },
}

/// Wakes the UI when a message arrives: `request_repaint` for egui, a condvar for tests.
#[derive(Default)]
pub struct Waker {
    ctx: OnceLock<egui::Context>,
    signalled: Mutex<bool>,
    condvar: Condvar,
}

impl Waker {
    /// Remembers the context to repaint (the first one given wins).
    pub fn bind(&self, ctx: &egui::Context) {
        let _ = self.ctx.set(ctx.clone());
    }

    fn wake(&self) {
        if let Some(ctx) = self.ctx.get() {
            ctx.request_repaint();
        }
        *self
            .signalled
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = true;
        self.condvar.notify_all();
    }

    /// Blocks until a message arrived since the last call, or `timeout` passed.
    pub fn wait(&self, timeout: Duration) -> bool {
        let guard = self
            .signalled
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let (mut guard, _) = self
            .condvar
            .wait_timeout_while(guard, timeout, |signalled| !*signalled)
            .unwrap_or_else(PoisonError::into_inner);
        std::mem::replace(&mut *guard, false)
    }
}

/// The sending end, for anything that works in the background.
#[derive(Clone)]
pub struct Outbox {
    tx: Sender<Message>,
    waker: Arc<Waker>,
}

impl Outbox {
    /// Hands a message to the app and wakes it.
    pub fn send(&self, message: Message) {
        // The app going away means nobody wants the message any more.
        let _ = self.tx.send(message);
        self.waker.wake();
    }

    /// The waker behind it.
    pub fn waker(&self) -> &Arc<Waker> {
        &self.waker
    }
}

/// A file job: runs on the file thread, may leave a message.
type Job = Box<dyn FnOnce() -> Option<Message> + Send>;

/// Counts file jobs queued and not finished, so [`Background::flush`] can wait for them.
#[derive(Default)]
struct InFlight {
    count: Mutex<usize>,
    idle: Condvar,
}

impl InFlight {
    fn add(&self) {
        *self.count.lock().unwrap_or_else(PoisonError::into_inner) += 1;
    }

    fn done(&self) {
        let mut count = self.count.lock().unwrap_or_else(PoisonError::into_inner);
        *count = count.saturating_sub(1);
        if *count == 0 {
            self.idle.notify_all();
        }
    }

    fn is_busy(&self) -> bool {
        *self.count.lock().unwrap_or_else(PoisonError::into_inner) > 0
    }

    fn wait_idle(&self) {
        let guard = self.count.lock().unwrap_or_else(PoisonError::into_inner);
        let _guard = self
            .idle
            .wait_while(guard, |count| *count > 0)
            .unwrap_or_else(PoisonError::into_inner);
    }
}

/// The receiving end, the file thread, and the bookkeeping of both.
pub struct Background {
    outbox: Outbox,
    rx: Receiver<Message>,
    jobs: Option<Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
    in_flight: Arc<InFlight>,
}

impl Default for Background {
    fn default() -> Self {
        Background::new()
    }
}

impl Background {
    /// Starts the file thread (named `netdoctor-files`).
    pub fn new() -> Background {
        let (tx, rx) = channel();
        let outbox = Outbox {
            tx,
            waker: Arc::new(Waker::default()),
        };
        let in_flight = Arc::new(InFlight::default());
        let (jobs_tx, jobs_rx) = channel::<Job>();
        let thread_outbox = outbox.clone();
        let thread_in_flight = in_flight.clone();
        let thread = std::thread::Builder::new()
            .name("netdoctor-files".into())
            .spawn(move || {
                for job in jobs_rx {
                    if let Some(message) = job() {
                        thread_outbox.send(message);
                    }
                    thread_in_flight.done();
                }
            })
            .ok();
        Background {
            outbox,
            rx,
            jobs: thread.as_ref().map(|_| jobs_tx),
            thread,
            in_flight,
        }
    }

    /// Where background work sends its messages.
    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// Signalled whenever a message arrives.
    pub fn waker(&self) -> &Arc<Waker> {
        &self.outbox.waker
    }

    /// Runs `job` on the file thread after every job queued before it.
    pub fn run(&self, job: impl FnOnce() -> Option<Message> + Send + 'static) {
        self.in_flight.add();
        let unsent = match &self.jobs {
            Some(jobs) => jobs.send(Box::new(job)).err().map(|e| e.0),
            None => Some(Box::new(job) as Job),
        };
        // No file thread (it could not start): do the work here rather than lose it.
        if let Some(job) = unsent {
            if let Some(message) = job() {
                self.outbox.send(message);
            }
            self.in_flight.done();
        }
    }

    /// Runs `wait` on a thread of its own: for waiting on the user, which may take
    /// minutes. Returns `false` if no thread could be started.
    pub fn wait(&self, name: &str, wait: impl FnOnce(&Outbox) + Send + 'static) -> bool {
        let outbox = self.outbox.clone();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || wait(&outbox))
            .is_ok()
    }

    /// Whether file jobs are queued or running.
    pub fn is_busy(&self) -> bool {
        self.in_flight.is_busy()
    }

    /// Blocks until every file job queued so far has finished (its message is then in
    /// the channel).
    pub fn flush(&self) {
        self.in_flight.wait_idle();
    }

    /// Every message that arrived since the last call, without blocking.
    pub fn drain(&self) -> Vec<Message> {
        self.rx.try_iter().collect()
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        // Closing the queue ends the thread after it did what was queued.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_jobs_run_in_order_and_flush_waits_for_them() {
        let background = Background::new();
        let order = Arc::new(Mutex::new(Vec::new()));
        for i in 0..20 {
            let order = order.clone();
            background.run(move || {
                order.lock().expect("lock").push(i);
                None
            });
        }
        background.flush();
        assert!(!background.is_busy());
        assert_eq!(*order.lock().expect("lock"), (0..20).collect::<Vec<_>>());
    }

    #[test]
    fn messages_of_every_source_arrive_in_one_channel_with_one_wake() {
        let background = Background::new();
        background.run(|| Some(Message::Picked(FileAction::OpenProfile, None)));
        background.flush();
        assert!(background.waker().wait(Duration::from_secs(5)));
        let started = background.wait("netdoctor-test-wait", |outbox| {
            outbox.send(Message::Picked(FileAction::SaveProfile, None));
        });
        assert!(started);
        let mut actions = Vec::new();
        for _ in 0..50 {
            if actions.len() == 2 {
                break;
            }
            background.waker().wait(Duration::from_millis(200));
            for message in background.drain() {
                if let Message::Picked(action, _) = message {
                    actions.push(action);
                }
            }
        }
        assert!(actions.contains(&FileAction::OpenProfile));
        assert!(actions.contains(&FileAction::SaveProfile));
    }
}
