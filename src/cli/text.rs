//! The human-readable report printed by `netdoctor check` without `--json`.

use std::io::{self, Write};

use crate::diagnose::{Severity, Verdict};
use crate::l10n::Localizer;
use crate::report::{Report, ResultEntry};

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("{code}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }
}

/// Makes outside text (names, URLs, peer bytes, paths) safe to print in a terminal:
/// C0 and C1 controls, DEL, line and paragraph separators and bidi overrides or
/// isolates become visible escapes such as `\u{1b}`, so no name can move the
/// cursor, set the title, clear the screen or reorder a line.
pub fn terminal_safe(text: &str) -> String {
    if !text.chars().any(is_unsafe) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

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
    // it turns into a failure; the other certificate facts are in --report.
    if let Some(cert) = entry.certificate.as_ref().filter(|c| c.expires_soon()) {
        let line = format!("{}: {}", l10n.tr("report-certificate"), cert.describe(l10n));
        writeln!(out, "  {}", style.paint(YELLOW, &line))?;
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
        let fix = l10n.tr("cli-fix-label");
        for (i, line) in cause.remediation.lines().enumerate() {
            let line = terminal_safe(line);
            if i == 0 {
                writeln!(out, "     {} {}", style.paint(CYAN, &fix), line)?;
            } else {
                writeln!(out, "       {line}")?;
            }
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(terminal_safe("a\x1b]0;x\x07b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(
            terminal_safe("\r\n\u{7f}\u{9b}"),
            "\\u{d}\\u{a}\\u{7f}\\u{9b}"
        );
        assert_eq!(terminal_safe("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(terminal_safe("пример.рф 日本語 ✓"), "пример.рф 日本語 ✓");
    }
}
