//! Runs many checks at once, bounded, cancellable, each result tagged with its run id.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::{FusedFuture, FutureExt};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::context::LocalContext;
use crate::diagnose::{Diagnosis, classify};
use crate::engine::followup;
use crate::engine::followup_early::Tracker;
use crate::engine::port_cache::PortCache;
use crate::engine::probe::{Phase, ProbeSettings, run_phases};
use crate::observation::Observation;
use crate::target::{Host, Target};

/// One endpoint to check, with its own overrides.
#[derive(Debug, Clone)]
pub struct EndpointSpec {
    /// Caller's id, echoed in events.
    pub id: u64,
    /// What to check.
    pub target: Target,
    /// Per-endpoint timeout, overriding the run's.
    pub timeout: Option<Duration>,
    /// Per-endpoint expected addresses, added to the run's.
    pub expect_ips: Vec<IpAddr>,
}

/// A batch of endpoints to check.
#[derive(Debug, Clone)]
pub struct RunRequest {
    /// Tags every event of this run, so stale runs can be ignored.
    pub run_id: u64,
    /// Endpoints in the order results should be reported.
    pub endpoints: Vec<EndpointSpec>,
    /// Settings shared by every probe.
    pub settings: ProbeSettings,
    /// Endpoints probed at once.
    pub concurrency: usize,
    /// Endpoints more that may wait for their peer's first byte outside `concurrency`
    /// (one socket each, so the open-file budget is their bound); 0 keeps every
    /// endpoint under the limit until its main probe ends. A room is only given when
    /// the budget also holds every slot's follow-ups at once, so with one the
    /// follow-ups wait until the last endpoint has started.
    pub waiting: usize,
}

/// What one check produced.
#[derive(Debug, Clone)]
pub struct CheckResult {
    /// Everything seen.
    pub observation: Observation,
    /// What it means.
    pub diagnosis: Diagnosis,
}

/// Progress and results of a run.
#[derive(Debug, Clone)]
pub enum ProbeEvent {
    /// An endpoint entered a phase.
    Phase {
        /// The run.
        run_id: u64,
        /// The endpoint.
        endpoint_id: u64,
        /// The phase entered.
        phase: Phase,
    },
    /// An endpoint's check is done.
    Finished {
        /// The run.
        run_id: u64,
        /// The endpoint.
        endpoint_id: u64,
        /// Its result.
        result: Box<CheckResult>,
    },
    /// Every endpoint of the run is done (or the run was cancelled).
    RunFinished {
        /// The run.
        run_id: u64,
        /// Whether it was cancelled before the end.
        cancelled: bool,
    },
}

/// Receives events from the engine's threads.
pub trait EventSink: Send + Sync + 'static {
    /// Delivers one event; must not block.
    fn send(&self, event: ProbeEvent);

    /// Whether `Phase` events are wanted; a sink that only collects results says no,
    /// which spares a wake-up per phase of every endpoint.
    fn wants_phases(&self) -> bool {
        true
    }
}

impl EventSink for tokio::sync::mpsc::UnboundedSender<ProbeEvent> {
    fn send(&self, event: ProbeEvent) {
        // The receiver going away means nobody wants the results any more.
        let _ = tokio::sync::mpsc::UnboundedSender::send(self, event);
    }
}

impl EventSink for std::sync::mpsc::Sender<ProbeEvent> {
    fn send(&self, event: ProbeEvent) {
        let _ = std::sync::mpsc::Sender::send(self, event);
    }
}

/// A run in progress.
#[derive(Debug)]
pub struct RunHandle {
    cancel: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl RunHandle {
    /// Stops the run; endpoints still in flight report nothing more.
    ///
    /// `Finished` events already queued in the sink still arrive: receivers drop
    /// them by run id.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Waits for the run to end.
    pub async fn join(self) {
        // A panicking probe task is contained by the JoinSet; nothing to report here.
        let _ = self.task.await;
    }

    /// Whether the run has ended.
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

/// Checks one target: phases, follow-ups, diagnosis.
pub async fn check(
    target: Target,
    settings: &ProbeSettings,
    context: Arc<LocalContext>,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
) -> CheckResult {
    check_with(target, settings, context, &PortCache::default(), on_phase).await
}

/// Checks one target, sharing follow-up connects with the other targets of a run.
pub async fn check_with(
    target: Target,
    settings: &ProbeSettings,
    context: Arc<LocalContext>,
    cache: &PortCache,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
) -> CheckResult {
    check_in_run(target, settings, context, cache, on_phase, Slots::default()).await
}

/// The concurrency permits one target of a run moves through.
#[derive(Default)]
struct Slots {
    /// Held during the main probe; given back before the follow-ups, so a target
    /// explaining its failure does not keep the next target from starting.
    main: Option<OwnedSemaphorePermit>,
    /// Where follow-up permits come from, bounding the sockets they open.
    followups: Option<Arc<Semaphore>>,
    /// Where a target waiting on its peer moves, giving its main permit to the next.
    waiting: Option<Arc<Semaphore>>,
    /// Turns true once every target of the run has started; follow-ups wait for it.
    all_started: Option<tokio::sync::watch::Receiver<bool>>,
}

/// How long a sent request goes unanswered before the target waits outside the
/// concurrency limit: a server on this machine or the LAN answers well within it,
/// so what waits longer is a slow link or silence. Only scheduling depends on it.
const HAND_OFF: Duration = Duration::from_millis(10);

async fn check_in_run(
    target: Target,
    settings: &ProbeSettings,
    context: Arc<LocalContext>,
    cache: &PortCache,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
    slots: Slots,
) -> CheckResult {
    let started = Instant::now();
    let tracker = Tracker::new(&target, cache);
    let tracked = |phase| {
        tracker.enter(phase);
        on_phase(phase);
    };
    let mut early = std::pin::pin!(
        async {
            if settings.followups {
                tracker.overlap(settings.timeout, cache).await;
            }
        }
        .fuse()
    );
    let Slots {
        mut main,
        followups: followup_pool,
        waiting,
        all_started,
    } = slots;
    let mut parked = None;
    // A target whose request has gone out and met no answer only waits: it moves to
    // the waiting room (when there is room) and lets the next target start.
    let mut hand_off = std::pin::pin!(
        async {
            let room = waiting.as_ref()?;
            tracker.reached(Phase::Handshake).await;
            tokio::time::sleep(HAND_OFF).await;
            room.clone().try_acquire_owned().ok()
        }
        .fuse()
    );
    // On the heap, so that its states (TLS and WebSocket machinery) are freed once the
    // main probe ends, not kept for as long as the target waits for its follow-ups.
    let mut phases = Box::pin(run_phases(target, settings, context, &tracked));
    let mut observation = loop {
        tokio::select! {
            obs = &mut phases => break obs,
            () = &mut early, if !early.is_terminated() => {}
            permit = &mut hand_off, if !hand_off.is_terminated() => {
                if let Some(permit) = permit {
                    parked = Some(permit);
                    main = None;
                }
            }
        }
    };
    drop(phases);
    tracker.finish(&observation);
    cache.listeners().observe(&mut observation).await;
    let explain =
        settings.followups && classify(&observation).verdict != crate::diagnose::Verdict::Ok;
    // Said before the main permit goes back, so that whoever counts probes in flight
    // sees this one leave the main pool before the next target enters it.
    if explain {
        on_phase(Phase::FollowUp);
    }
    drop(main);
    drop(parked);
    let mut held = Duration::ZERO;
    if explain {
        // Follow-ups are extra connects; made while other targets still wait to start,
        // they would push those starts back, and a silent target started late is what
        // the whole run waits for. They wait until the last target has started.
        if let Some(mut all_started) = all_started {
            let holding = Instant::now();
            let mut started = std::pin::pin!(all_started.wait_for(|s| *s));
            loop {
                tokio::select! {
                    _ = &mut started => break,
                    () = &mut early, if !early.is_terminated() => {}
                }
            }
            held = holding.elapsed();
        }
        let _permit = match &followup_pool {
            Some(limit) => limit.clone().acquire_owned().await.ok(),
            None => None,
        };
        // The early sweep's connects end by the main deadline; the follow-up step
        // reads their answers from the cache as they land.
        // The early sweep is polled only while the follow-ups need it: once they are
        // done, waiting on it could outlast the check (it waits on phase changes).
        let mut followups = Box::pin(followup::run(&mut observation, cache));
        loop {
            tokio::select! {
                () = &mut followups => break,
                () = &mut early, if !early.is_terminated() => {}
            }
        }
    }
    // Waiting for the run's other targets to start is the run's scheduling, not this
    // check's time, like the wait for a permit before it started.
    observation.timings.total = Some(started.elapsed().saturating_sub(held));
    let diagnosis = classify(&observation);
    CheckResult {
        observation,
        diagnosis,
    }
}

/// Starts a run on `runtime`; events go to `sink`, ending with `RunFinished`.
pub fn spawn_run(
    runtime: &tokio::runtime::Handle,
    request: RunRequest,
    sink: Arc<dyn EventSink>,
) -> RunHandle {
    let cancel = CancellationToken::new();
    let token = cancel.clone();
    let task = runtime.spawn(async move {
        let run_id = request.run_id;
        let cancelled = tokio::select! {
            () = token.cancelled() => true,
            () = drive(request, sink.clone()) => false,
        };
        sink.send(ProbeEvent::RunFinished { run_id, cancelled });
    });
    RunHandle { cancel, task }
}

async fn drive(request: RunRequest, sink: Arc<dyn EventSink>) {
    let RunRequest {
        run_id,
        endpoints,
        settings,
        concurrency,
        waiting,
    } = request;
    // Listing interfaces is a blocking system call; keep it off the async workers.
    let context = Arc::new(
        tokio::task::spawn_blocking(LocalContext::gather)
            .await
            .unwrap_or_default(),
    );
    let cache = Arc::new(PortCache::default());
    // The socket table is read once per run, and its cost grows with every socket
    // open: read it before this run's own connections join it (10,000 local targets
    // waited seconds on a read made mid-run). Names resolve later and read lazily.
    if endpoints
        .iter()
        .any(|spec| surely_local(&spec.target, &context))
    {
        let cache = cache.clone();
        tokio::spawn(async move { cache.listeners().prefetch().await });
    }
    let limit = Arc::new(Semaphore::new(concurrency.max(1)));
    let followup_limit = Arc::new(Semaphore::new(concurrency.max(1)));
    let waiting_room = (waiting > 0).then(|| Arc::new(Semaphore::new(waiting)));
    let (started_tx, started_rx) = tokio::sync::watch::channel(false);
    let mut tasks = JoinSet::new();
    for spec in endpoints {
        // Taking the permit before spawning keeps at most `concurrency` tasks probing,
        // and as many more waiting in the waiting room. Held for their follow-ups,
        // finished probes stay alive until the last start (a few KB each: the
        // probe's and the follow-ups' futures are boxed).
        let Ok(main) = limit.clone().acquire_owned().await else {
            break;
        };
        // Reap finished tasks so the set does not grow with the endpoint count.
        while tasks.try_join_next().is_some() {}
        let sink = sink.clone();
        let context = context.clone();
        let cache = cache.clone();
        let slots = Slots {
            main: Some(main),
            followups: Some(followup_limit.clone()),
            waiting: waiting_room.clone(),
            // Held follow-ups all set off together after the last start; only a
            // limit with a waiting room has the sockets for that (see `RunRequest`).
            all_started: waiting_room.is_some().then(|| started_rx.clone()),
        };
        let mut settings = settings.clone();
        if let Some(timeout) = spec.timeout {
            settings.timeout = timeout;
        }
        settings.expect_ips.extend(spec.expect_ips.iter().copied());
        tasks.spawn(async move {
            let endpoint_id = spec.id;
            let phase_sink = sink.wants_phases().then(|| sink.clone());
            let on_phase = move |phase| {
                if let Some(phase_sink) = &phase_sink {
                    phase_sink.send(ProbeEvent::Phase {
                        run_id,
                        endpoint_id,
                        phase,
                    });
                }
            };
            let result =
                check_in_run(spec.target, &settings, context, &cache, &on_phase, slots).await;
            sink.send(ProbeEvent::Finished {
                run_id,
                endpoint_id,
                result: Box::new(result),
            });
        });
    }
    started_tx.send_replace(true);
    while tasks.join_next().await.is_some() {}
}

/// Whether a target is on this machine before anything is resolved: an address
/// literal of its own, or a `localhost` name.
fn surely_local(target: &Target, context: &LocalContext) -> bool {
    match &target.host {
        Host::V4(ip) => context.is_local(IpAddr::V4(*ip)),
        Host::V6(ip) => context.is_local(IpAddr::V6(*ip)),
        Host::Name(name) => name == "localhost" || name.ends_with(".localhost"),
    }
}
