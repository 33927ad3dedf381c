//! `netdoctor check`: probe targets headless, print text or JSON, exit 0/1/2.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::cli::CheckArgs;
pub use crate::cli::round::{EXIT_FAILED, EXIT_OK, EXIT_USAGE, Job};
use crate::cli::round::{Limits, probe_runtime, run_round};
use crate::cli::text::terminal_safe;
use crate::diagnose::Verdict;
use crate::engine::EndpointSpec;
use crate::engine::probe::ProbeSettings;
use crate::infile;
use crate::l10n::Localizer;
use crate::profile::Profile;
use crate::report::{Report, ReportMeta, ResultEntry, json, save_report_as};
use crate::target::Target;

/// A usage error: one localized line for stderr.
#[derive(Debug)]
pub struct UsageError(pub String);

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

/// The report format named by a file extension; it lives in `report`, re-exported for existing callers.
pub use crate::report::ReportFormat;

/// Turns a profile's endpoints into jobs, numbered from `first_id`.
///
/// An endpoint that cannot be checked (bad URL, timeout out of range) makes the
/// whole profile unreadable input: better to stop than to report on a subset.
pub fn jobs_from_profile(
    profile: &Profile,
    path: &Path,
    first_id: u64,
    l10n: &Localizer,
) -> Result<Vec<Job>, UsageError> {
    profile
        .endpoints
        .iter()
        .zip(first_id..)
        .map(|(endpoint, id)| {
            let spec = endpoint.to_spec(id).map_err(|err| {
                UsageError(err.localize(l10n, path, endpoint.display_name(), &endpoint.url))
            })?;
            Ok(Job {
                input: endpoint.url.clone(),
                name: (!endpoint.name.trim().is_empty()).then(|| endpoint.name.clone()),
                spec,
            })
        })
        .collect()
}

/// What a command line asks for, once checked: the jobs and where the report goes.
struct Plan {
    jobs: Vec<Job>,
    profile_name: Option<String>,
    report: Option<(PathBuf, ReportFormat)>,
    extra_roots: Vec<CertificateDer<'static>>,
}

/// Reads every certificate of the PEM files given with `--ca-file`.
fn load_ca_files(
    paths: &[PathBuf],
    l10n: &Localizer,
) -> Result<Vec<CertificateDer<'static>>, UsageError> {
    let mut roots = Vec::new();
    for path in paths {
        let fail = |error: String| {
            UsageError(l10n.tr_args(
                "cli-error-ca-file",
                &[("path", shown(path).into()), ("error", error.into())],
            ))
        };
        let bytes =
            infile::read_capped(path, infile::CA_FILE_CAP).map_err(|e| fail(e.localize(l10n)))?;
        let found = CertificateDer::pem_slice_iter(&bytes)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| fail(format!("{e:?}")))?;
        if found.is_empty() {
            return Err(fail(l10n.tr("ca-file-no-certificate")));
        }
        roots.extend(found);
    }
    Ok(roots)
}

/// Runs `netdoctor check` and returns the exit status.
pub fn run(args: CheckArgs, l10n: Localizer) -> u8 {
    match prepare(&args, &l10n) {
        Err(UsageError(line)) => {
            // One line, whatever a name or path in it holds.
            eprintln!("netdoctor: {}", terminal_safe(&line));
            EXIT_USAGE
        }
        Ok(plan) => execute(&args, plan, &l10n),
    }
}

fn prepare(args: &CheckArgs, l10n: &Localizer) -> Result<Plan, UsageError> {
    // Checked here rather than by clap, whose message would say --watch "needs a value".
    if args.watch_count.is_some() && args.watch.is_none() {
        return Err(UsageError(l10n.tr("cli-error-watch-count-needs-watch")));
    }
    // The report format is checked first, so a typo costs no probing.
    let report = match &args.report {
        None => None,
        Some(path) => {
            let format = ReportFormat::from_path(path).ok_or_else(|| {
                UsageError(l10n.tr_args("report-error-format", &[("path", shown(path).into())]))
            })?;
            check_report_path(path, l10n)?;
            Some((path.clone(), format))
        }
    };
    let mut jobs = Vec::new();
    let mut profile_name = None;
    if let Some(path) = &args.profile {
        let profile = Profile::load(path).map_err(|err| UsageError(err.localize(l10n)))?;
        for warning in profile.warnings() {
            eprintln!(
                "netdoctor: {}",
                terminal_safe(&warning.localize(l10n, path))
            );
        }
        if profile.endpoints.is_empty() && args.targets.is_empty() {
            return Err(UsageError(l10n.tr_args(
                "profile-error-empty",
                &[("path", path.display().to_string().into())],
            )));
        }
        jobs = jobs_from_profile(&profile, path, 0, l10n)?;
        profile_name = profile.display_name(Some(path));
    }
    if jobs.is_empty() && args.targets.is_empty() {
        return Err(UsageError(l10n.tr("cli-error-no-targets")));
    }
    // Profile endpoints first, then the command line's targets, numbered on.
    let first_id = jobs.len() as u64;
    for (mut job, id) in jobs_from_targets(&args.targets, l10n)?
        .into_iter()
        .zip(first_id..)
    {
        job.spec.id = id;
        jobs.push(job);
    }
    Ok(Plan {
        jobs,
        profile_name,
        report,
        extra_roots: load_ca_files(&args.ca_file, l10n)?,
    })
}

/// A path as shown in a message: as given, with control characters made visible.
fn shown(path: &Path) -> String {
    terminal_safe(&path.display().to_string())
}

/// Checks that the report can be written where asked, before any probe spends time:
/// the folder exists and takes new files, and the path is not a folder itself.
fn check_report_path(path: &Path, l10n: &Localizer) -> Result<(), UsageError> {
    let fail = |id: &str| {
        UsageError(l10n.tr_args(
            "cli-error-report-write",
            &[("path", shown(path).into()), ("error", l10n.tr(id).into())],
        ))
    };
    if path.is_dir() {
        return Err(fail("report-path-is-folder"));
    }
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail("report-path-no-folder"));
    }
    // Writing is the only reliable test (permission bits ignore ACLs, read-only
    // mounts and root); the probe file is removed at once and never named.
    match tempfile::Builder::new()
        .prefix(".netdoctor-check")
        .tempfile_in(dir)
    {
        Ok(_) => Ok(()),
        Err(_) => Err(fail("report-path-not-writable")),
    }
}

fn execute(args: &CheckArgs, plan: Plan, l10n: &Localizer) -> u8 {
    let Plan {
        jobs,
        profile_name,
        report: report_file,
        extra_roots,
    } = plan;
    let settings = ProbeSettings {
        timeout: Duration::from_millis(args.timeout),
        expect_ips: args.expect_ip.clone(),
        dns_server: args.dns_server,
        followups: !args.no_followups,
        extra_roots,
        ..ProbeSettings::default()
    };
    let (limits, note) = fit_concurrency(args.concurrency, jobs.len());
    if let Some(limit) = note {
        eprintln!(
            "netdoctor: {}",
            l10n.tr_args(
                "cli-note-concurrency-reduced",
                &[
                    ("count", limits.concurrency.into()),
                    ("limit", limit.into())
                ]
            )
        );
    }
    if let Some(secs) = args.watch {
        let plan = crate::cli::watch::WatchPlan {
            interval: Duration::from_secs(secs),
            rounds: args.watch_count,
            json: args.json,
        };
        return crate::cli::watch::run(&jobs, settings, limits, &plan, l10n);
    }
    let entries = match run_jobs(&jobs, settings, limits, l10n) {
        Ok(entries) => entries,
        Err(err) => {
            eprintln!(
                "netdoctor: {}",
                l10n.tr_args("cli-error-runtime", &[("error", err.to_string().into())])
            );
            return EXIT_USAGE;
        }
    };
    let all_ok = entries.iter().all(|e| e.verdict == Verdict::Ok);
    let report = Report::new(entries);
    let stdout = std::io::stdout();
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // Stdout is line-buffered: without this, a big report costs one write per line.
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let printed = if args.json {
        json::write(&report, &mut out)
    } else {
        crate::cli::text::write(&report, l10n, color, &mut out)
    };
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = printed.and_then(|()| out.flush());
    if let Some((path, format)) = &report_file
        && let Err(err) = save_report_as(
            path,
            *format,
            &report,
            &ReportMeta::now(profile_name, args.include_secrets),
            l10n,
        )
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

/// Raises the open-file limit where allowed and fits the concurrency under it, with
/// the waiting room the rest of the limit leaves. Returns the limits and, when the
/// file limit lowered how many of the `targets` run at once, that limit (for the note).
fn fit_concurrency(requested: u64, targets: usize) -> (Limits, Option<u64>) {
    let limit = crate::engine::fd_limit::raise();
    let fits = limit.map_or(requested, crate::engine::fd_limit::targets_fitting);
    let concurrency = requested.min(fits).max(1);
    // Fewer targets than slots never run more at once than there are targets: the
    // note is true only when the limit holds back targets that would have started.
    let would_run = requested.min(u64::try_from(targets).unwrap_or(u64::MAX));
    let note = limit.filter(|_| fits < would_run);
    let limits = Limits {
        concurrency: usize::try_from(concurrency).unwrap_or(usize::MAX),
        waiting: usize::try_from(crate::engine::fd_limit::waiting_room(limit, concurrency))
            .unwrap_or(usize::MAX),
    };
    (limits, note)
}

/// Runs every job on a private runtime and returns the report entries in job order.
///
/// Each result is put into words as it arrives, while slower targets are still
/// being probed, and its raw observation is dropped at once.
pub fn run_jobs(
    jobs: &[Job],
    settings: ProbeSettings,
    limits: Limits,
    l10n: &Localizer,
) -> std::io::Result<Vec<ResultEntry>> {
    let runtime = probe_runtime()?;
    let progress = jobs.len() > 1 && std::io::stderr().is_terminal();
    Ok(runtime.block_on(run_round(jobs, settings, limits, 1, progress, l10n)))
}
