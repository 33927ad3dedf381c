//! The bridge to the engine: a tokio runtime on its own threads, events back through
//! the app's one background channel.

use std::collections::HashMap;
use std::sync::Arc;

use crate::engine::probe::ProbeSettings;
use crate::engine::{EndpointSpec, EventSink, ProbeEvent, RunHandle, RunRequest, spawn_run};
use crate::gui::background::{Message, Outbox};
use crate::gui::state::RunId;

/// Most endpoints probed at once, before the open-file limit is taken into account.
const MAX_CONCURRENCY: u64 = 256;

/// The engine's view of the UI: a message into the app's one channel, which wakes it.
struct ChannelSink(Outbox);

impl EventSink for ChannelSink {
    fn send(&self, event: ProbeEvent) {
        self.0.send(Message::Engine(event));
    }
}

/// Owns the runtime and the runs in flight.
pub struct Worker {
    runtime: Option<tokio::runtime::Runtime>,
    sink: Arc<ChannelSink>,
    runs: HashMap<RunId, RunHandle>,
    concurrency: usize,
    waiting: usize,
}

impl Worker {
    /// Starts the runtime threads (named `netdoctor-worker`); events go to `outbox`.
    pub fn new(outbox: Outbox) -> std::io::Result<Worker> {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .thread_name("netdoctor-worker")
            .enable_all()
            .build()?;
        let (concurrency, waiting) = fit_concurrency();
        Ok(Worker {
            runtime: Some(runtime),
            sink: Arc::new(ChannelSink(outbox)),
            runs: HashMap::new(),
            concurrency,
            waiting,
        })
    }

    /// Starts checking `endpoints` as run `run_id`; events arrive as messages.
    pub fn start(&mut self, run_id: RunId, endpoints: Vec<EndpointSpec>) {
        let Some(runtime) = &self.runtime else {
            return;
        };
        let request = RunRequest {
            run_id: run_id.0,
            endpoints,
            settings: ProbeSettings::default(),
            concurrency: self.concurrency,
            waiting: self.waiting,
        };
        let sink: Arc<dyn EventSink> = self.sink.clone();
        let handle = spawn_run(runtime.handle(), request, sink);
        self.runs.insert(run_id, handle);
    }

    /// Stops a run; it still ends with a `RunFinished` event.
    pub fn cancel(&mut self, run_id: RunId) {
        if let Some(handle) = self.runs.get(&run_id) {
            handle.cancel();
        }
    }

    /// Forgets a run that finished.
    pub fn finished(&mut self, run_id: RunId) {
        self.runs.remove(&run_id);
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

/// Raises the open-file limit where allowed and fits the concurrency under it; also
/// the waiting room that the rest of the limit leaves (see `RunRequest::waiting`).
fn fit_concurrency() -> (usize, usize) {
    let limit = crate::engine::fd_limit::raise();
    let concurrency = limit
        .map_or(MAX_CONCURRENCY, crate::engine::fd_limit::targets_fitting)
        .min(MAX_CONCURRENCY);
    let waiting = crate::engine::fd_limit::waiting_room(limit, concurrency);
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    (size(concurrency).max(1), size(waiting))
}
