//! One round of checks: every job probed once, results in job order. Shared by a
//! single `netdoctor check` and by each round of `--watch`.

use std::sync::Arc;
use std::time::Duration;

use crate::engine::probe::ProbeSettings;
use crate::engine::{
    CheckResult, EndpointSpec, EventSink, ProbeEvent, RunHandle, RunRequest, spawn_run,
};
use crate::l10n::Localizer;
use crate::report::{ResultEntry, build_result};

/// Exit status: every verdict ok.
pub const EXIT_OK: u8 = 0;
/// Exit status: some verdict not ok.
pub const EXIT_FAILED: u8 = 1;
/// Exit status: usage error or unreadable input.
pub const EXIT_USAGE: u8 = 2;

/// One endpoint to check, with the text the user gave for it.
#[derive(Debug, Clone)]
pub struct Job {
    /// The target text as given.
    pub input: String,
    /// Display name, when it came from a profile.
    pub name: Option<String>,
    /// What to probe.
    pub spec: EndpointSpec,
}

/// How many targets of a round go at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Targets probed at once (`--concurrency`, fitted under the open-file limit).
    pub concurrency: usize,
    /// Targets more that may wait for their peer outside the concurrency limit.
    pub waiting: usize,
}

/// The runtime the probes of `netdoctor check` run on.
pub(crate) fn probe_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("netdoctor-probe")
        .build()
}

/// Cancels a run when the round waiting for it is dropped (Ctrl+C in watch mode).
struct CancelOnDrop(Option<RunHandle>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(handle) = &self.0 {
            handle.cancel();
        }
    }
}

/// Checks every job once as run `run_id` and returns the report entries in job order.
pub(crate) async fn run_round(
    jobs: &[Job],
    settings: ProbeSettings,
    limits: Limits,
    run_id: u64,
    progress: bool,
    l10n: &Localizer,
) -> Vec<ResultEntry> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let request = RunRequest {
        run_id,
        endpoints: jobs.iter().map(|j| j.spec.clone()).collect(),
        settings,
        concurrency: limits.concurrency,
        waiting: limits.waiting,
    };
    let total = jobs.len();
    let mut slots: Vec<Option<ResultEntry>> = vec![None; total];
    {
        let handle = spawn_run(
            &tokio::runtime::Handle::current(),
            request,
            Arc::new(ResultsOnly(tx)),
        );
        let mut guard = CancelOnDrop(Some(handle));
        let mut done = 0usize;
        while let Some(event) = rx.recv().await {
            match event {
                ProbeEvent::Finished {
                    endpoint_id,
                    result,
                    ..
                } => {
                    let index = usize::try_from(endpoint_id).ok();
                    if let Some((slot, job)) =
                        index.and_then(|i| Some((slots.get_mut(i)?, jobs.get(i)?)))
                    {
                        *slot = Some(entry_of(job, &result, l10n));
                    }
                    done += 1;
                    if progress {
                        eprint!(
                            "\r{}",
                            l10n.tr_args(
                                "cli-progress",
                                &[("done", done.into()), ("total", total.into())]
                            )
                        );
                    }
                }
                ProbeEvent::RunFinished { .. } => break,
                ProbeEvent::Phase { .. } => {}
            }
        }
        if progress {
            eprint!("\r\x1b[2K");
        }
        if let Some(handle) = guard.0.take() {
            handle.join().await;
        }
    }
    // Every endpoint reports exactly once before RunFinished; a hole means a probe task died.
    slots
        .into_iter()
        .zip(jobs)
        .map(|(slot, job)| slot.unwrap_or_else(|| entry_of(job, &crashed(job), l10n)))
        .collect()
}

/// The command line's sink: results only, no per-phase progress.
struct ResultsOnly(tokio::sync::mpsc::UnboundedSender<ProbeEvent>);

impl EventSink for ResultsOnly {
    fn send(&self, event: ProbeEvent) {
        // The receiver only goes away when the run is being abandoned.
        let _ = self.0.send(event);
    }

    fn wants_phases(&self) -> bool {
        false
    }
}

/// The report entry of one job's result, named as the job is.
fn entry_of(job: &Job, result: &CheckResult, l10n: &Localizer) -> ResultEntry {
    let mut entry = build_result(l10n, &job.input, result);
    entry.name = job.name.clone();
    entry
}

fn crashed(job: &Job) -> CheckResult {
    let observation = crate::observation::Observation::new(job.spec.target.clone(), Duration::ZERO);
    let diagnosis = crate::diagnose::classify(&observation);
    CheckResult {
        observation,
        diagnosis,
    }
}
