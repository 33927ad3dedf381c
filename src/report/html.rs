//! The HTML report: one self-contained page (inline CSS, no scripts, nothing
//! fetched from anywhere) that prints well. Every inserted value is escaped:
//! a server's reply may well contain `<script>`.

use std::io::{self, Write};

use html_escape::{encode_double_quoted_attribute as attr, encode_text};

use crate::diagnose::Severity;
use crate::diagnose::catalogue::ContractId;
use crate::l10n::Localizer;
use crate::report::fix::{FixBlock, fix_blocks};
use crate::report::hexdump::hexdump;
use crate::report::meta::ReportMeta;
use crate::report::model::{CauseEntry, Report, ResultEntry};
use crate::report::server_hint::{listener_table, server_hint};
use crate::report::view;
use crate::safetext::{lines_safe, terminal_safe};

/// The page's style sheet: system fonts, light colours, print rules.
const STYLE: &str = r#"
:root { color-scheme: light; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --line: #d0d7de; --muted: #57606a; --code: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; margin: 0 auto; max-width: 64rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.note { border-left: 4px solid var(--warn); background: #fff8c5; padding: .5rem .75rem; margin: 1rem 0; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
td.num { text-align: right; white-space: nowrap; }
.verdict { font-weight: 600; white-space: nowrap; }
.verdict.ok { color: var(--ok); }
.verdict.warn { color: var(--warn); }
.verdict.bad { color: var(--bad); }
.target { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.score { color: var(--muted); font-weight: normal; }
.server-hint { border: 1px solid var(--line); border-left: 4px solid #0969da; border-radius: 6px; padding: .25rem 1rem .5rem; margin: 1rem 0; }
.server-hint pre { margin: .5rem 0 .1rem; }
.server-hint p.what { color: var(--muted); margin: 0 0 .5rem; }
pre { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; overflow-x: auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
details { margin: .4rem 0; }
summary { cursor: pointer; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  section.result { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  pre { white-space: pre-wrap; word-break: break-all; overflow: visible; }
  details::details-content { content-visibility: visible; display: block; }
  summary { list-style: none; }
}
"#;

/// Writes the report as one HTML page as given: exporting masks secrets first, once for every format.
pub(crate) fn write(
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    let title = view::title(meta, l10n);
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{}\">", attr(l10n.lang().code()))?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    // Nothing may load from elsewhere, even if a value slipped past escaping.
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    )?;
    writeln!(
        out,
        "<meta name=\"generator\" content=\"{}\">",
        attr(&report.tool)
    )?;
    writeln!(out, "<title>{}</title>", esc(&title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    write_header(report, meta, l10n, &title, out)?;
    write_summary(report, l10n, out)?;
    for (index, entry) in report.results.iter().enumerate() {
        write_entry(index + 1, entry, l10n, out)?;
    }
    writeln!(out, "<footer>{}</footer>", esc(&report.tool))?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn write_header(
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
    title: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>{}</h1>", esc(title))?;
    writeln!(out, "<dl class=\"facts\">")?;
    for (label, value) in view::header_facts(report, meta, l10n) {
        writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value))?;
    }
    writeln!(out, "</dl>")?;
    if let Some(note) = view::secrets_note(report, meta, l10n) {
        writeln!(out, "<p class=\"note\">{}</p>", esc(&note))?;
    }
    writeln!(out, "</header>")
}

fn write_summary(report: &Report, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "<section class=\"summary\">")?;
    writeln!(out, "<h2>{}</h2>", esc(&l10n.tr("report-summary")))?;
    writeln!(out, "<table>")?;
    write!(out, "<thead><tr>")?;
    for id in [
        "report-col-number",
        "report-col-endpoint",
        "report-col-verdict",
        "report-col-cause",
        "report-col-time",
    ] {
        write!(out, "<th scope=\"col\">{}</th>", esc(&l10n.tr(id)))?;
    }
    writeln!(out, "</tr></thead>")?;
    writeln!(out, "<tbody>")?;
    let none = l10n.tr("report-none");
    for (index, entry) in report.results.iter().enumerate() {
        let number = index + 1;
        writeln!(
            out,
            "<tr><td class=\"num\"><a href=\"#result-{number}\">{number}</a></td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            endpoint(entry),
            verdict(entry, l10n),
            esc(view::top_cause(entry).unwrap_or(&none)),
            esc(&view::duration(entry.timings_ms.total, l10n).unwrap_or_else(|| none.clone())),
        )?;
    }
    writeln!(out, "</tbody>")?;
    writeln!(out, "</table>")?;
    writeln!(out, "<p>{}</p>", esc(&view::tally(report, l10n)))?;
    writeln!(out, "</section>")
}

fn write_entry(
    number: usize,
    entry: &ResultEntry,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(
        out,
        "<section class=\"result\" id=\"result-{number}\" data-verdict=\"{}\">",
        attr(entry.verdict.as_str())
    )?;
    writeln!(out, "<h2>{number}. {}</h2>", endpoint(entry))?;
    writeln!(
        out,
        "<p>{} — {}</p>",
        verdict(entry, l10n),
        esc(&entry.summary)
    )?;
    if let Some(line) = &entry.reported {
        // The client's own words, shown as written: nothing in them is markup.
        writeln!(
            out,
            "<p class=\"reported\"><strong>{}:</strong> <code>{}</code></p>",
            esc(&l10n.tr("report-reported")),
            esc(line)
        )?;
    }
    let none = l10n.tr("report-none");
    let resolved = if entry.resolved.is_empty() {
        none.clone()
    } else {
        entry.resolved.join(", ")
    };
    let peer = entry.peer.clone().unwrap_or_else(|| none.clone());
    writeln!(out, "<dl class=\"facts\">")?;
    writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        esc(&l10n.tr("report-resolved")),
        esc(&resolved)
    )?;
    writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        esc(&l10n.tr("report-peer")),
        esc(&peer)
    )?;
    for (label, value) in entry.certificate.iter().flat_map(|c| c.facts(l10n)) {
        writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value))?;
    }
    writeln!(out, "</dl>")?;
    if entry.redacted {
        writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&l10n.tr("report-redacted"))
        )?;
    }
    write_warnings(entry, l10n, out)?;
    write_listeners(entry, l10n, out)?;
    write_causes(entry, l10n, out)?;
    write_server_hint(entry, l10n, out)?;
    write_timings(entry, l10n, out)?;
    write_bytes(entry, l10n, out)?;
    writeln!(out, "</section>")
}

fn write_warnings(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    if entry.warnings.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h3>⚠ {}</h3>", esc(&l10n.tr("report-warnings")))?;
    writeln!(out, "<ul class=\"warnings\">")?;
    write_entries(&entry.warnings, "data-warning", l10n, out)?;
    writeln!(out, "</ul>")
}

/// Who listens on the target's port, for a target on this machine.
fn write_listeners(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    let Some(table) = listener_table(entry, l10n) else {
        return Ok(());
    };
    writeln!(out, "<h3>{}</h3>", esc(&table.heading))?;
    if let Some(none) = &table.none {
        return writeln!(out, "<p class=\"listeners-none\">{}</p>", esc(none));
    }
    write!(out, "<table class=\"listeners\"><thead><tr>")?;
    for column in &table.columns {
        write!(out, "<th scope=\"col\">{}</th>", esc(column))?;
    }
    writeln!(out, "</tr></thead><tbody>")?;
    for row in &table.rows {
        writeln!(
            out,
            "<tr><td class=\"target\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&row.socket),
            esc(&row.pid),
            name(&row.process)
        )?;
    }
    writeln!(out, "</tbody></table>")
}

/// The commands that confirm the cause on the server, for a remote target that failed.
fn write_server_hint(
    entry: &ResultEntry,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    let Some((heading, intro, commands)) = server_hint(entry, l10n) else {
        return Ok(());
    };
    writeln!(out, "<aside class=\"server-hint\">")?;
    writeln!(out, "<h3>{}</h3>", esc(&heading))?;
    writeln!(out, "<p>{}</p>", esc(&intro))?;
    for (command, what) in commands {
        writeln!(out, "<pre><code>{}</code></pre>", esc(&command))?;
        writeln!(out, "<p class=\"what\">{}</p>", esc(&what))?;
    }
    writeln!(out, "</aside>")
}

fn write_causes(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "<h3>{}</h3>", esc(&l10n.tr("report-causes")))?;
    if entry.causes.is_empty() {
        return writeln!(out, "<p>{}</p>", esc(&l10n.tr("report-no-causes")));
    }
    writeln!(out, "<ol class=\"causes\">")?;
    write_entries(&entry.causes, "data-cause", l10n, out)?;
    writeln!(out, "</ol>")
}

fn write_entries<Id: ContractId>(
    entries: &[CauseEntry<Id>],
    data: &str,
    l10n: &Localizer,
    out: &mut impl Write,
) -> io::Result<()> {
    for cause in entries {
        writeln!(out, "<li {data}=\"{}\">", attr(cause.id.contract_id()))?;
        writeln!(
            out,
            "<h4>{} <span class=\"score\">({})</span></h4>",
            esc(&cause.title),
            esc(&view::likelihood(cause.score, l10n))
        )?;
        if !cause.detail.is_empty() {
            writeln!(out, "<p>{}</p>", esc(&cause.detail))?;
        }
        if !cause.evidence.is_empty() {
            writeln!(
                out,
                "<p><strong>{}</strong></p>",
                esc(&l10n.tr("report-evidence"))
            )?;
            writeln!(out, "<ul class=\"evidence\">")?;
            for line in &cause.evidence {
                writeln!(out, "<li>{}</li>", esc(line))?;
            }
            writeln!(out, "</ul>")?;
        }
        if !cause.remediation.is_empty() {
            writeln!(
                out,
                "<p><strong>{}</strong></p>",
                esc(&l10n.tr("report-fix"))
            )?;
            for block in fix_blocks(&cause.remediation) {
                match block {
                    FixBlock::Prose(prose) => {
                        writeln!(out, "<p>{}</p>", esc(&prose).replace('\n', "<br>\n"))?;
                    }
                    FixBlock::Code(code) => {
                        writeln!(out, "<pre><code>{}</code></pre>", esc(&code))?
                    }
                }
            }
        }
        writeln!(out, "</li>")?;
    }
    Ok(())
}

fn write_timings(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "<h3>{}</h3>", esc(&l10n.tr("report-timings")))?;
    let none = l10n.tr("report-none");
    let phases = view::phases(entry, l10n);
    write!(out, "<table class=\"timings\"><thead><tr>")?;
    for (label, _) in &phases {
        write!(out, "<th scope=\"col\">{}</th>", esc(label))?;
    }
    write!(out, "</tr></thead><tbody><tr>")?;
    for (_, value) in &phases {
        write!(
            out,
            "<td class=\"num\">{}</td>",
            esc(value.as_deref().unwrap_or(&none))
        )?;
    }
    writeln!(out, "</tr></tbody></table>")
}

fn write_bytes(entry: &ResultEntry, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "<h3>{}</h3>", esc(&l10n.tr("report-bytes")))?;
    let exchanges = view::exchanges(entry, l10n);
    if exchanges.is_empty() {
        return writeln!(out, "<p>{}</p>", esc(&l10n.tr("report-bytes-none")));
    }
    for (heading, bytes) in exchanges {
        writeln!(out, "<details class=\"hex\">")?;
        writeln!(out, "<summary>{}</summary>", esc(&heading))?;
        writeln!(out, "<pre><code>{}</code></pre>", esc(&hexdump(&bytes)))?;
        writeln!(out, "</details>")?;
    }
    if let Some(note) = view::truncated_note(entry, l10n) {
        writeln!(out, "<p>{}</p>", esc(&note))?;
    }
    Ok(())
}

/// The endpoint as escaped HTML: name, then the target in monospace.
fn endpoint(entry: &ResultEntry) -> String {
    let target = format!("<span class=\"target\">{}</span>", name(&entry.target));
    match &entry.name {
        Some(given) if !given.trim().is_empty() => format!("{} — {target}", name(given)),
        _ => target,
    }
}

/// A name from outside (an endpoint's, a process's, a URL): control and bidi
/// characters shown as visible escapes, as the terminal shows them, then HTML-escaped.
fn name(text: &str) -> String {
    encode_text(&terminal_safe(text)).into_owned()
}

/// Any text for the page: HTML-escaped, with controls other than line breaks
/// and tabs shown as visible escapes (names and peer bytes reach every part).
fn esc(text: &str) -> String {
    encode_text(&lines_safe(text)).into_owned()
}

/// The verdict mark and label, coloured by outcome.
fn verdict(entry: &ResultEntry, l10n: &Localizer) -> String {
    let class = match entry.verdict.severity() {
        Severity::Ok => "ok",
        Severity::Degraded => "warn",
        Severity::Failed => "bad",
    };
    format!(
        "<span class=\"verdict {class}\">{} {}</span>",
        view::verdict_mark(entry),
        esc(&view::verdict_label(entry, l10n))
    )
}
