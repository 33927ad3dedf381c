//! `netdoctor check`: probe targets headless, print text or JSON, exit 0/1/2.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::cli::CheckArgs;
use crate::engine::probe::ProbeSettings;
use crate::engine::{CheckResult, EndpointSpec, ProbeEvent, RunRequest, spawn_run};
use crate::l10n::Localizer;
use crate::report::{Report, ResultEntry, build_result, json};
use crate::target::Target;

/// Exit status: every verdict ok.
pub const EXIT_OK: u8 = 0;
/// Exit status: some verdict not ok.
pub const EXIT_FAILED: u8 = 1;
/// Exit status: usage error or unreadable input.
pub const EXIT_USAGE: u8 = 2;

/// Sockets one target may hold at once: the probe plus its follow-up sweep.
const SOCKETS_PER_TARGET: u64 = 20;

/// A usage error: one localized line for stderr.
#[derive(Debug)]
pub struct UsageError(pub String);

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

/// Parses the targets given on the command line.
pub fn jobs_from_targets(targets: &[String], l10n: &Localizer) -> Result<Vec<Job>, UsageError> {
    targets
        .iter()
        .enumerate()
        .map(|(index, input)| {
            let target = Target::parse(input).map_err(|err| {
                UsageError(l10n.tr_args(
                    err.fluent_id(),
                    &[
                        ("target", input.as_str().into()),
                        ("value", err.value().into()),
                    ],
                ))
            })?;
            Ok(Job {
                input: input.clone(),
                name: None,
                spec: EndpointSpec {
                    id: index as u64,
                    target,
                    timeout: None,
                    expect_ips: Vec::new(),
                },
            })
        })
        .collect()
}

/// The report format asked for by a file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// `.json`
    Json,
    /// `.md`
    Markdown,
    /// `.html`
    Html,
}

impl ReportFormat {
    /// The format for `path`, from its extension.
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(ReportFormat::Json),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }
}

/// Runs `netdoctor check` and returns the exit status.
pub fn run(args: CheckArgs, l10n: Localizer) -> u8 {
    match prepare(&args, &l10n) {
        Err(UsageError(line)) => {
            eprintln!("netdoctor: {line}");
            EXIT_USAGE
        }
        Ok(jobs) => execute(&args, jobs, &l10n),
    }
}

fn prepare(args: &CheckArgs, l10n: &Localizer) -> Result<Vec<Job>, UsageError> {
    if let Some(path) = &args.report
        && ReportFormat::from_path(path) != Some(ReportFormat::Json)
    {
        return Err(UsageError(l10n.tr_args(
            "cli-error-report-format",
            &[("path", path.display().to_string().into())],
        )));
    }
    if args.profile.is_some() {
        return Err(UsageError(l10n.tr("cli-error-profile-unsupported")));
    }
    if args.targets.is_empty() {
        return Err(UsageError(l10n.tr("cli-error-no-targets")));
    }
    jobs_from_targets(&args.targets, l10n)
}

fn execute(args: &CheckArgs, jobs: Vec<Job>, l10n: &Localizer) -> u8 {
    let settings = ProbeSettings {
        timeout: Duration::from_millis(args.timeout),
        expect_ips: args.expect_ip.clone(),
        dns_server: args.dns_server,
        followups: !args.no_followups,
        ..ProbeSettings::default()
    };
    let (concurrency, note) = fit_concurrency(args.concurrency);
    if let Some(limit) = note {
        eprintln!(
            "netdoctor: {}",
            l10n.tr_args(
                "cli-note-concurrency-reduced",
                &[("count", concurrency.into()), ("limit", limit.into())]
            )
        );
    }
    let results = match run_jobs(&jobs, settings, concurrency as usize, l10n) {
        Ok(results) => results,
        Err(err) => {
            eprintln!(
                "netdoctor: {}",
                l10n.tr_args("cli-error-runtime", &[("error", err.to_string().into())])
            );
            return EXIT_USAGE;
        }
    };
    let entries: Vec<ResultEntry> = jobs
        .iter()
        .zip(&results)
        .map(|(job, result)| {
            let mut entry = build_result(l10n, &job.input, result);
            entry.name = job.name.clone();
            entry
        })
        .collect();
    let all_ok = entries.iter().all(|e| e.verdict == "ok");
    let report = Report::new(entries);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let printed = if args.json {
        json::write(&report, &mut out)
    } else {
        let color = out.is_terminal() && std::env::var_os("NO_COLOR").is_none();
        crate::cli::text::write(&report, l10n, color, &mut out)
    };
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = printed.and_then(|()| out.flush());
    if let Some(path) = &args.report
        && let Err(err) = write_report_file(path, &report)
    {
        eprintln!(
            "netdoctor: {}",
            l10n.tr_args(
                "cli-error-report-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", err.to_string().into())
                ]
            )
        );
        return EXIT_USAGE;
    }
    if all_ok { EXIT_OK } else { EXIT_FAILED }
}

fn write_report_file(path: &Path, report: &Report) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    json::write(report, &mut bytes)?;
    std::fs::write(path, bytes)
}

/// Raises the open-file limit where allowed and fits the concurrency under it.
/// Returns the concurrency to use and, when it had to be lowered, the file limit.
fn fit_concurrency(requested: u64) -> (u64, Option<u64>) {
    let limit = crate::engine::fd_limit::raise();
    let Some(limit) = limit else {
        return (requested, None);
    };
    let fits = (limit.saturating_sub(64) / SOCKETS_PER_TARGET).max(1);
    if fits < requested {
        (fits, Some(limit))
    } else {
        (requested, None)
    }
}

/// Runs every job on a private runtime and returns results in job order.
pub fn run_jobs(
    jobs: &[Job],
    settings: ProbeSettings,
    concurrency: usize,
    l10n: &Localizer,
) -> std::io::Result<Vec<CheckResult>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("netdoctor-probe")
        .build()?;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let request = RunRequest {
        run_id: 1,
        endpoints: jobs.iter().map(|j| j.spec.clone()).collect(),
        settings,
        concurrency,
    };
    let total = jobs.len();
    let progress = total > 1 && std::io::stderr().is_terminal();
    let mut slots: Vec<Option<CheckResult>> = vec![None; total];
    runtime.block_on(async {
        let handle = spawn_run(&tokio::runtime::Handle::current(), request, Arc::new(tx));
        let mut done = 0usize;
        while let Some(event) = rx.recv().await {
            match event {
                ProbeEvent::Finished {
                    endpoint_id,
                    result,
                    ..
                } => {
                    if let Some(slot) = usize::try_from(endpoint_id)
                        .ok()
                        .and_then(|i| slots.get_mut(i))
                    {
                        *slot = Some(*result);
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
        handle.join().await;
    });
    // Every endpoint reports exactly once before RunFinished; a hole means a probe task died.
    Ok(slots
        .into_iter()
        .zip(jobs)
        .map(|(slot, job)| slot.unwrap_or_else(|| crashed(job)))
        .collect())
}

fn crashed(job: &Job) -> CheckResult {
    let observation =
        crate::engine::observation::Observation::new(job.spec.target.clone(), Duration::ZERO);
    let diagnosis = crate::diagnose::classify(&observation);
    CheckResult {
        observation,
        diagnosis,
    }
}
