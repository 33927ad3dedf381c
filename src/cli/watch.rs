//! `netdoctor check --watch SECONDS`: re-check on a timer and print one line per
//! change of verdict (the first round prints every target once), as text or JSON Lines.

use std::io::Write;
use std::time::{Duration, SystemTime};

use crate::cli::round::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Job, Limits, probe_runtime, run_round};
use crate::cli::text::terminal_safe;
use crate::clock;
use crate::diagnose::Verdict;
use crate::engine::probe::ProbeSettings;
use crate::l10n::Localizer;
use crate::report::ResultEntry;

/// How to watch.
#[derive(Debug, Clone)]
pub struct WatchPlan {
    /// Time from the start of one round to the start of the next.
    pub interval: Duration,
    /// Stop after this many rounds; `None` runs until interrupted.
    pub rounds: Option<u64>,
    /// JSON Lines instead of text.
    pub json: bool,
}

/// Watches `jobs` and returns the exit status: that of the last finished round,
/// also when interrupted with Ctrl+C ([`EXIT_INTERRUPTED`] if none finished).
pub fn run(
    jobs: &[Job],
    settings: ProbeSettings,
    limits: Limits,
    plan: &WatchPlan,
    l10n: &Localizer,
) -> u8 {
    let runtime = match probe_runtime() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!(
                "netdoctor: {}",
                l10n.tr_args("cli-error-runtime", &[("error", err.to_string().into())])
            );
            return EXIT_USAGE;
        }
    };
    runtime.block_on(async {
        // Registered before the first round, so Ctrl+C at any time ends cleanly.
        let interrupted = interrupted();
        tokio::pin!(interrupted);
        let mut previous: Vec<Option<Verdict>> = vec![None; jobs.len()];
        let mut round = 0u64;
        let mut last = None;
        loop {
            round += 1;
            let started = tokio::time::Instant::now();
            let entries = tokio::select! {
                entries = run_round(jobs, settings.clone(), limits, round, false, l10n) => entries,
                () = &mut interrupted => return last.unwrap_or(EXIT_INTERRUPTED),
            };
            let at = SystemTime::now();
            for (entry, before) in entries.iter().zip(previous.iter_mut()) {
                let verdict = entry.verdict();
                if *before == Some(verdict) {
                    continue;
                }
                let line = if plan.json {
                    json_line(entry, *before, at, round)
                } else {
                    text_line(entry, *before, at, l10n)
                };
                *before = Some(verdict);
                if !print_line(&line) {
                    // stdout is gone (a closed pipe): nobody reads any more.
                    return status(&entries);
                }
            }
            let finished = status(&entries);
            last = Some(finished);
            if plan.rounds.is_some_and(|rounds| round >= rounds) {
                return finished;
            }
            tokio::select! {
                () = tokio::time::sleep_until(started + plan.interval) => {}
                () = &mut interrupted => return finished,
            }
        }
    })
}

/// Exit status when Ctrl+C comes before any round finished (128 + SIGINT, as shells do).
pub const EXIT_INTERRUPTED: u8 = 130;

/// Resolves on Ctrl+C; never, where the handler cannot be installed. The handler
/// is installed by this call, not on first poll, so no SIGINT can slip past it.
#[cfg(unix)]
fn interrupted() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let listener = signal(SignalKind::interrupt());
    async move {
        match listener {
            Ok(mut listener) => {
                listener.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    }
}

/// Resolves on Ctrl+C; never, where the handler cannot be installed.
#[cfg(not(unix))]
async fn interrupted() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

fn status(entries: &[ResultEntry]) -> u8 {
    if entries.iter().all(|e| e.verdict() == Verdict::Ok) {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

/// Writes one whole line and flushes, so an interrupt never leaves half a line.
fn print_line(line: &str) -> bool {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(format!("{line}\n").as_bytes())
        .and_then(|()| out.flush())
        .is_ok()
}

/// The top cause's title, or the summary when there is no cause (an ok verdict).
fn detail(entry: &ResultEntry) -> String {
    terminal_safe(
        entry
            .causes
            .first()
            .map_or(entry.summary.as_str(), |c| c.title.as_str()),
    )
}

fn display_target(entry: &ResultEntry) -> String {
    match &entry.name {
        Some(name) => terminal_safe(&format!("{name} {}", entry.target)),
        None => terminal_safe(&entry.target),
    }
}

/// One localized line: the first verdict of a target, or its change.
pub fn text_line(
    entry: &ResultEntry,
    previous: Option<Verdict>,
    at: SystemTime,
    l10n: &Localizer,
) -> String {
    let verdict = l10n.tr(&entry.verdict().label_id());
    let time = clock::time_of_day(at);
    let target = display_target(entry);
    match previous {
        None => l10n.tr_args(
            "watch-cli-first",
            &[
                ("time", time.into()),
                ("target", target.into()),
                ("verdict", verdict.into()),
                ("detail", detail(entry).into()),
            ],
        ),
        Some(previous) => l10n.tr_args(
            "watch-cli-changed",
            &[
                ("time", time.into()),
                ("target", target.into()),
                ("previous", l10n.tr(&previous.label_id()).into()),
                ("verdict", verdict.into()),
                ("detail", detail(entry).into()),
            ],
        ),
    }
}

/// One JSON object: target, verdict, previous verdict, top cause id, time, round.
pub fn json_line(
    entry: &ResultEntry,
    previous: Option<Verdict>,
    at: SystemTime,
    round: u64,
) -> String {
    let value = serde_json::json!({
        "time": clock::rfc3339_utc(at),
        "round": round,
        "target": entry.target,
        "name": entry.name,
        "verdict": entry.verdict,
        "previous": previous.map(Verdict::as_str),
        "cause": entry.causes.first().map(|c| c.id.as_str()),
    });
    value.to_string()
}
