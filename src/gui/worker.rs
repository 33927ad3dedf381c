//! The bridge to the engine: a tokio runtime on its own threads, events back over a channel.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use eframe::egui;

use crate::engine::probe::ProbeSettings;
use crate::engine::{EndpointSpec, EventSink, ProbeEvent, RunHandle, RunRequest, spawn_run};

/// Most endpoints probed at once, before the open-file limit is taken into account.
const MAX_CONCURRENCY: u64 = 256;
/// Sockets one endpoint may hold at once: the probe plus its follow-up sweep.
const SOCKETS_PER_ENDPOINT: u64 = 20;

/// Wakes the UI when an event arrives: `request_repaint` for egui, a condvar for tests.
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

    /// Blocks until an event arrived since the last call, or `timeout` passed.
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

/// The engine's view of the UI: push into the channel, then wake the UI.
struct ChannelSink {
    tx: Sender<ProbeEvent>,
    waker: Arc<Waker>,
}

impl EventSink for ChannelSink {
    fn send(&self, event: ProbeEvent) {
        // The app going away means nobody wants the event any more.
        let _ = self.tx.send(event);
        self.waker.wake();
    }
}

/// Owns the runtime and the runs in flight.
pub struct Worker {
    runtime: Option<tokio::runtime::Runtime>,
    rx: Receiver<ProbeEvent>,
    sink: Arc<ChannelSink>,
    runs: HashMap<u64, RunHandle>,
    concurrency: usize,
}

impl Worker {
    /// Starts the runtime threads (named `netdoctor-worker`).
    pub fn new() -> std::io::Result<Worker> {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .thread_name("netdoctor-worker")
            .enable_all()
            .build()?;
        let (tx, rx) = channel();
        let waker = Arc::new(Waker::default());
        Ok(Worker {
            runtime: Some(runtime),
            rx,
            sink: Arc::new(ChannelSink { tx, waker }),
            runs: HashMap::new(),
            concurrency: fit_concurrency(),
        })
    }

    /// The waker the engine's threads use.
    pub fn waker(&self) -> &Arc<Waker> {
        &self.sink.waker
    }

    /// Starts checking `endpoints` as run `run_id`; events arrive through [`Worker::drain`].
    pub fn start(&mut self, run_id: u64, endpoints: Vec<EndpointSpec>) {
        let Some(runtime) = &self.runtime else {
            return;
        };
        let request = RunRequest {
            run_id,
            endpoints,
            settings: ProbeSettings::default(),
            concurrency: self.concurrency,
        };
        let sink: Arc<dyn EventSink> = self.sink.clone();
        let handle = spawn_run(runtime.handle(), request, sink);
        self.runs.insert(run_id, handle);
    }

    /// Stops a run; it still ends with a `RunFinished` event.
    pub fn cancel(&mut self, run_id: u64) {
        if let Some(handle) = self.runs.get(&run_id) {
            handle.cancel();
        }
    }

    /// Every event that arrived since the last call, without blocking.
    pub fn drain(&mut self) -> Vec<ProbeEvent> {
        let events: Vec<ProbeEvent> = self.rx.try_iter().collect();
        for event in &events {
            if let ProbeEvent::RunFinished { run_id, .. } = event {
                self.runs.remove(run_id);
            }
        }
        events
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        for handle in self.runs.values() {
            handle.cancel();
        }
        // Never wait for probes on the UI thread: let the threads wind down on their own.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Raises the open-file limit where allowed and fits the concurrency under it.
fn fit_concurrency() -> usize {
    let fits = crate::engine::fd_limit::raise()
        .map_or(MAX_CONCURRENCY, |limit| {
            (limit.saturating_sub(64) / SOCKETS_PER_ENDPOINT).max(1)
        })
        .min(MAX_CONCURRENCY);
    usize::try_from(fits).unwrap_or(1)
}
