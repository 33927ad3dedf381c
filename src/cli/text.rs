//! The human-readable report printed by `netdoctor check` without `--json`.

use std::io::{self, Write};

use crate::diagnose::{Severity, Verdict, WarningId};
use crate::l10n::Localizer;
use crate::report::server_hint::{listener_lines, server_hint};
use crate::report::{Report, ResultEntry};
pub use crate::safetext::terminal_safe;

use crate::ansi::{BOLD, CYAN, DIM, GREEN, RED, Style, YELLOW};

/// Writes every result, then a one-line tally.
pub fn write(
    report: &Report,
    l10n: &Localizer,
    color: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let style = Style { on: color };
    for entry in &report.results {
        write_entry(entry, l10n, &style, out)?;
    }
    let failed = report
        .results
        .iter()
        .filter(|e| e.verdict != Verdict::Ok)
        .count();
    let line = l10n.tr_args(
        "cli-tally",
        &[
            ("total", report.results.len().into()),
            ("failed", failed.into()),
        ],
    );
    writeln!(out, "{}", style.paint(BOLD, &line))
}

fn write_entry(
    entry: &ResultEntry,
    l10n: &Localizer,
    style: &Style,
    out: &mut impl Write,
) -> io::Result<()> {
    let verdict = entry.verdict();
    let (mark, color) = match verdict.severity() {
        Severity::Ok => ("✓", GREEN),
        Severity::Degraded => ("✗", YELLOW),
        Severity::Failed => ("✗", RED),
    };
    let label = l10n.tr(&verdict.label_id());
    let total = entry
        .timings_ms
        .total
        .map(|ms| l10n.tr_args("cli-duration", &[("ms", format!("{ms:.1}").into())]))
        .unwrap_or_default();
    let name = entry
        .name
        .as_ref()
        .map(|n| format!("{}  ", terminal_safe(n)))
        .unwrap_or_default();
    writeln!(
        out,
        "{} {}{}  {}  {}",
        style.paint(color, mark),
        style.paint(BOLD, &name),
        style.paint(BOLD, &terminal_safe(&entry.target)),
        style.paint(color, &label),
        style.paint(DIM, &total)
    )?;
    writeln!(out, "  {}", terminal_safe(&entry.summary))?;
    // A certificate that still works but is about to run out needs action before
    // it turns into a failure; the other certificate facts are in --report. The
    // expiry warning, when the diagnosis raised it, says so already below.
    let warned = entry
        .warnings
        .iter()
        .any(|w| w.id == WarningId::CertificateExpiresSoon);
    if let Some(cert) = entry
        .certificate
        .as_ref()
        .filter(|c| !warned && c.expires_soon())
    {
        let line = format!(
            "{}: {}",
            l10n.tr("report-certificate"),
            terminal_safe(&cert.describe(l10n))
        );
        writeln!(out, "  {}", style.paint(YELLOW, &line))?;
    }
    // Warnings come before the causes: on an `ok` result they are all there is to read.
    for warning in &entry.warnings {
        let line = format!("⚠ {}: {}", l10n.tr("report-warning"), warning.title);
        writeln!(out, "  {}", style.paint(YELLOW, &line))?;
        for evidence in &warning.evidence {
            writeln!(out, "     · {}", terminal_safe(evidence))?;
        }
        write_fix(&warning.remediation, l10n, style, out)?;
    }
    if let Some((heading, lines)) = listener_lines(entry, l10n) {
        writeln!(out, "  {}", style.paint(BOLD, &heading))?;
        for line in lines {
            writeln!(out, "     · {}", terminal_safe(&line))?;
        }
    }
    for (rank, cause) in entry.causes.iter().enumerate() {
        let percent = format!("{:.0}%", cause.score * 100.0);
        writeln!(
            out,
            "  {}. {} {}",
            rank + 1,
            style.paint(BOLD, &terminal_safe(&cause.title)),
            style.paint(DIM, &format!("({percent})"))
        )?;
        // Only the leading causes get the full treatment; the rest are one line each.
        if rank >= 3 {
            continue;
        }
        for evidence in &cause.evidence {
            writeln!(out, "     · {}", terminal_safe(evidence))?;
        }
        write_fix(&cause.remediation, l10n, style, out)?;
    }
    if let Some((heading, intro, commands)) = server_hint(entry, l10n) {
        writeln!(out, "  {}", style.paint(BOLD, &heading))?;
        writeln!(out, "     {intro}")?;
        for (command, note) in commands {
            writeln!(out, "       {command}   {}", style.paint(DIM, &note))?;
        }
    }
    writeln!(out)
}

fn write_fix(
    remediation: &str,
    l10n: &Localizer,
    style: &Style,
    out: &mut impl Write,
) -> io::Result<()> {
    let fix = l10n.tr("cli-fix-label");
    for (i, line) in remediation.lines().enumerate() {
        let line = terminal_safe(line);
        if i == 0 {
            writeln!(out, "     {} {}", style.paint(CYAN, &fix), line)?;
        } else {
            writeln!(out, "       {line}")?;
        }
    }
    Ok(())
}
