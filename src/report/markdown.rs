//! The Markdown report: a summary table and a section per endpoint, ready to
//! paste into an issue or a chat. Commands and hex dumps go in fenced blocks.

use std::io::{self, Write};

use crate::l10n::Localizer;
use crate::report::fix::{FixBlock, fix_blocks};
use crate::report::hexdump::hexdump;
use crate::report::meta::ReportMeta;
use crate::report::model::{CauseEntry, Report, ResultEntry};
use crate::report::server_hint::{listener_table, server_hint};
use crate::report::view;
use crate::safetext::terminal_safe;

/// Most bytes per direction shown in a Markdown hex dump; a pasted issue has
/// size limits, and the HTML and JSON reports carry everything.
pub const MAX_DUMP_BYTES: usize = 1024;

/// Writes the report as Markdown as given: exporting masks secrets first, once for every format.
pub(crate) fn write(
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    write_header(report, meta, l10n, out)?;
    write_summary(report, l10n, out)?;
    for (index, entry) in report.results.iter().enumerate() {
        write_entry(index + 1, entry, l10n, out)?;
    }
    Ok(())
}

fn write_header(
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    // The title holds the profile name: one line, whatever the name holds.
    writeln!(
        out,
        "# {}\n",
        text(&terminal_safe(&view::title(meta, l10n)))
    )?;
    for (label, value) in view::header_facts(report, meta, l10n) {
        writeln!(
            out,
            "- **{}:** {}",
            text(&label),
            text(&terminal_safe(&value))
        )?;
    }
    writeln!(out)?;
    if let Some(note) = view::secrets_note(report, meta, l10n) {
        writeln!(out, "> {}\n", text(&note))?;
    }
    Ok(())
}

fn write_summary(report: &Report, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## {}\n", text(&l10n.tr("report-summary")))?;
    let columns = [
        "report-col-number",
        "report-col-endpoint",
        "report-col-verdict",
        "report-col-cause",
        "report-col-time",
    ]
    .map(|id| cell(&text(&l10n.tr(id))));
    writeln!(out, "| {} |", columns.join(" | "))?;
    writeln!(out, "|---:|---|---|---|---:|")?;
    let none = l10n.tr("report-none");
    for (index, entry) in report.results.iter().enumerate() {
        let row = [
            (index + 1).to_string(),
            cell(&endpoint(entry)),
            cell(&format!(
                "{} {}",
                view::verdict_mark(entry),
                text(&view::verdict_label(entry, l10n))
            )),
            cell(&text(view::top_cause(entry).unwrap_or(&none))),
            cell(&view::duration(entry.timings_ms.total, l10n).unwrap_or_else(|| none.clone())),
        ];
        writeln!(out, "| {} |", row.join(" | "))?;
    }
    writeln!(out, "\n{}\n", text(&view::tally(report, l10n)))
}

fn write_entry(
    number: usize,
    entry: &ResultEntry,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(out, "## {number}. {}\n", endpoint(entry))?;
    writeln!(
        out,
        "**{}:** {}  ",
        text(&l10n.tr("report-col-verdict")),
        text(&format!(
            "{} {}",
            view::verdict_mark(entry),
            view::verdict_label(entry, l10n)
        ))
    )?;
    writeln!(out, "{}\n", text(&entry.summary))?;
    if let Some(line) = &entry.reported {
        // The client's own words, one line of inline code: nothing in them is markup.
        writeln!(
            out,
            "**{}:** {}\n",
            text(&l10n.tr("report-reported")),
            code_span(&terminal_safe(line))
        )?;
    }
    let none = l10n.tr("report-none");
    let resolved = if entry.resolved.is_empty() {
        none.clone()
    } else {
        entry.resolved.join(", ")
    };
    writeln!(
        out,
        "- **{}:** {}",
        text(&l10n.tr("report-resolved")),
        text(&resolved)
    )?;
    let peer = entry.peer.clone().unwrap_or_else(|| none.clone());
    writeln!(
        out,
        "- **{}:** {}",
        text(&l10n.tr("report-peer")),
        text(&peer)
    )?;
    for (label, value) in entry.certificate.iter().flat_map(|c| c.facts(l10n)) {
        writeln!(out, "- **{}:** {}", text(&label), text(&value))?;
    }
    if entry.redacted {
        writeln!(out, "- {}", text(&l10n.tr("report-redacted")))?;
    }
    writeln!(out)?;
    write_warnings(entry, l10n, out)?;
    write_listeners(entry, l10n, out)?;
    write_causes(entry, l10n, out)?;
    write_server_hint(entry, l10n, out)?;
    write_timings(entry, l10n, out)?;
    write_bytes(entry, l10n, out)
}

fn write_warnings(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    if entry.warnings.is_empty() {
        return Ok(());
    }
    writeln!(out, "### ⚠ {}\n", text(&l10n.tr("report-warnings")))?;
    write_entries(&entry.warnings, l10n, out)
}

/// Who listens on the target's port, for a target on this machine.
fn write_listeners(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    let Some(table) = listener_table(entry, l10n) else {
        return Ok(());
    };
    writeln!(out, "### {}\n", text(&table.heading))?;
    if let Some(none) = &table.none {
        return writeln!(out, "{}\n", text(none));
    }
    let columns = table.columns.each_ref().map(|c| cell(&text(c)));
    writeln!(out, "| {} |", columns.join(" | "))?;
    writeln!(out, "|---|---:|---|")?;
    for row in &table.rows {
        // The process name is whatever the program called itself: text, never markup.
        let cells = [
            cell(&code_span(&row.socket)),
            cell(&text(&row.pid)),
            cell(&text(&terminal_safe(&row.process))),
        ];
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    writeln!(out)
}

/// The commands that confirm the cause on the server, as a quoted box.
fn write_server_hint(
    entry: &ResultEntry,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    let Some((heading, intro, commands)) = server_hint(entry, l10n) else {
        return Ok(());
    };
    let mut parts = vec![format!("**{}**", text(&heading)), text(&intro)];
    for (command, what) in commands {
        let fence = "`".repeat(longest_run(&command, '`').max(2) + 1);
        parts.push(format!("{fence}sh\n{command}\n{fence}"));
        parts.push(text(&what));
    }
    let quoted: Vec<String> = parts
        .iter()
        .map(|part| part.lines().map(|line| format!("> {line}\n")).collect())
        .collect();
    writeln!(out, "{}", quoted.join(">\n"))
}

fn write_causes(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "### {}\n", text(&l10n.tr("report-causes")))?;
    if entry.causes.is_empty() {
        return writeln!(out, "{}\n", text(&l10n.tr("report-no-causes")));
    }
    write_entries(&entry.causes, l10n, out)
}

fn write_entries<Id>(
    entries: &[CauseEntry<Id>],
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    for (rank, cause) in entries.iter().enumerate() {
        writeln!(
            out,
            "#### {}. {} ({})\n",
            rank + 1,
            text(&cause.title),
            text(&view::likelihood(cause.score, l10n))
        )?;
        if !cause.detail.is_empty() {
            writeln!(out, "{}\n", text(&cause.detail))?;
        }
        if !cause.evidence.is_empty() {
            writeln!(out, "**{}**\n", text(&l10n.tr("report-evidence")))?;
            for line in &cause.evidence {
                writeln!(out, "- {}", text(line))?;
            }
            writeln!(out)?;
        }
        if !cause.remediation.is_empty() {
            writeln!(out, "**{}**\n", text(&l10n.tr("report-fix")))?;
            for block in fix_blocks(&cause.remediation) {
                match block {
                    FixBlock::Prose(prose) => {
                        writeln!(out, "{}\n", text(&prose).replace('\n', "  \n"))?
                    }
                    FixBlock::Code(code) => write_fenced(&code, "sh", out)?,
                }
            }
        }
    }
    Ok(())
}

fn write_timings(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "### {}\n", text(&l10n.tr("report-timings")))?;
    let none = l10n.tr("report-none");
    let phases = view::phases(entry, l10n);
    let labels: Vec<String> = phases.iter().map(|(label, _)| cell(&text(label))).collect();
    let values: Vec<String> = phases
        .iter()
        .map(|(_, value)| cell(value.as_deref().unwrap_or(&none)))
        .collect();
    writeln!(out, "| {} |", labels.join(" | "))?;
    writeln!(out, "|{}", "---:|".repeat(labels.len()))?;
    writeln!(out, "| {} |\n", values.join(" | "))
}

fn write_bytes(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "### {}\n", text(&l10n.tr("report-bytes")))?;
    let exchanges = view::exchanges(entry, l10n);
    if exchanges.is_empty() {
        return writeln!(out, "{}\n", text(&l10n.tr("report-bytes-none")));
    }
    for (heading, bytes) in exchanges {
        writeln!(out, "**{}**\n", text(&heading))?;
        let shown = &bytes[..bytes.len().min(MAX_DUMP_BYTES)];
        write_fenced(&hexdump(shown), "text", out)?;
        if shown.len() < bytes.len() {
            let note = l10n.tr_args(
                "report-bytes-shortened",
                &[("shown", shown.len().into()), ("count", bytes.len().into())],
            );
            writeln!(out, "{}\n", text(&note))?;
        }
    }
    if let Some(note) = view::truncated_note(entry, l10n) {
        writeln!(out, "{}\n", text(&note))?;
    }
    Ok(())
}

/// The endpoint as "name — `target`", or just the target.
fn endpoint(entry: &ResultEntry) -> String {
    let target = code_span(&terminal_safe(&entry.target));
    match &entry.name {
        Some(name) if !name.trim().is_empty() => {
            format!("{} — {target}", text(&terminal_safe(name)))
        }
        _ => target,
    }
}

/// A fenced block whose fence is longer than any backtick run inside.
fn write_fenced(body: &str, info: &str, out: &mut impl Write) -> io::Result<()> {
    let fence = "`".repeat(longest_run(body, '`').max(2) + 1);
    writeln!(out, "{fence}{info}")?;
    write!(out, "{body}")?;
    if !body.ends_with('\n') {
        writeln!(out)?;
    }
    writeln!(out, "{fence}\n")
}

/// Inline code that survives backticks inside and keeps URLs from turning into links.
fn code_span(value: &str) -> String {
    let value = value.replace(['\r', '\n'], " ");
    let ticks = "`".repeat(longest_run(&value, '`') + 1);
    // A space pads content that starts or ends with a backtick (CommonMark strips one).
    let pad = if value.starts_with('`') || value.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{value}{pad}{ticks}")
}

fn longest_run(text: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for ch in text.chars() {
        if ch == c {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// Text with the characters that would start Markdown or HTML markup escaped,
/// so a server's reply or an odd name shows as written.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    // A leading `#` would make a heading; elsewhere it is harmless.
    if value.starts_with('#') {
        out.push('\\');
    }
    for c in value.chars() {
        // `_` is left alone: GFM never reads it as emphasis inside a word
        // (TIME_WAIT), and escaping it would clutter pasted plain text.
        if matches!(c, '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: one line, with every `|` escaped (GFM splits cells on them even
/// inside code spans).
fn cell(value: &str) -> String {
    let one_line = value.replace("\r\n", " ").replace(['\r', '\n'], " ");
    let mut out = String::with_capacity(one_line.len());
    let mut escaped = false;
    for c in one_line.chars() {
        if c == '|' && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_in_cells_are_escaped_once() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(cell(&text("a|b")), "a\\|b");
        assert_eq!(cell("`x|y`"), "`x\\|y`");
        assert_eq!(cell("two\nlines"), "two lines");
    }

    #[test]
    fn a_name_cannot_add_headings_or_break_lines() {
        let shown = text(&terminal_safe("api\n# Owned\r\n| x |"));
        assert!(!shown.contains('\n') && !shown.contains('\r'), "{shown}");
        assert!(shown.contains("\\|"), "{shown}");
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(text("<script>*x*"), "\\<script\\>\\*x\\*");
    }

    #[test]
    fn code_spans_and_fences_outgrow_backticks() {
        assert_eq!(code_span("ws://h/"), "`ws://h/`");
        assert_eq!(code_span("a`b"), "``a`b``");
        let mut out = Vec::new();
        write_fenced("```\n", "", &mut out).expect("write");
        assert_eq!(String::from_utf8_lossy(&out), "````\n```\n````\n\n");
    }
}
