//! Text pieces the Markdown and HTML writers share, so both say the same things.

use crate::diagnose::{Severity, Verdict};
use crate::l10n::Localizer;
use crate::report::meta::ReportMeta;
use crate::report::model::{Report, ResultEntry};

/// The document title.
pub(crate) fn title(meta: &ReportMeta, l10n: &Localizer) -> String {
    match &meta.profile_name {
        Some(profile) => l10n.tr_args(
            "report-title-profile",
            &[("profile", profile.as_str().into())],
        ),
        None => l10n.tr("report-title"),
    }
}

/// Header facts as (label, value) pairs, in display order.
pub(crate) fn header_facts(
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if let Some(profile) = &meta.profile_name {
        facts.push((l10n.tr("report-meta-profile"), profile.clone()));
    }
    facts.push((l10n.tr("report-meta-generated"), meta.generated_at_text()));
    facts.push((l10n.tr("report-meta-version"), report.tool.clone()));
    facts.push((l10n.tr("report-meta-system"), meta.system.clone()));
    facts
}

/// The note about secrets: included, masked, or nothing to say.
pub(crate) fn secrets_note(report: &Report, meta: &ReportMeta, l10n: &Localizer) -> Option<String> {
    if meta.include_secrets {
        Some(l10n.tr("report-secrets-included"))
    } else if report.results.iter().any(|e| e.redacted) {
        Some(l10n.tr("report-secrets-masked"))
    } else {
        None
    }
}

/// "2 of 3 failing." and the like.
pub(crate) fn tally(report: &Report, l10n: &Localizer) -> String {
    let failed = report
        .results
        .iter()
        .filter(|e| e.verdict != Verdict::Ok)
        .count();
    l10n.tr_args(
        "report-tally",
        &[
            ("total", report.results.len().into()),
            ("failed", failed.into()),
        ],
    )
}

/// The localized verdict label.
pub(crate) fn verdict_label(entry: &ResultEntry, l10n: &Localizer) -> String {
    l10n.tr(&entry.verdict().label_id())
}

/// ✓ for ok, ✗ otherwise: readable without color.
pub(crate) fn verdict_mark(entry: &ResultEntry) -> &'static str {
    match entry.verdict.severity() {
        Severity::Ok => "✓",
        Severity::Degraded | Severity::Failed => "✗",
    }
}

/// `12.3 ms`, or `None` for a phase that did not run.
pub(crate) fn duration(ms: Option<f64>, l10n: &Localizer) -> Option<String> {
    ms.map(|ms| l10n.tr_args("report-duration", &[("ms", format!("{ms:.1}").into())]))
}

/// The phase timings as (label, duration) pairs.
pub(crate) fn phases(entry: &ResultEntry, l10n: &Localizer) -> Vec<(String, Option<String>)> {
    let t = &entry.timings_ms;
    [
        ("report-phase-dns", t.dns),
        ("report-phase-connect", t.connect),
        ("report-phase-tls", t.tls),
        ("report-phase-handshake", t.handshake),
        ("report-phase-total", t.total),
    ]
    .into_iter()
    .map(|(id, ms)| (l10n.tr(id), duration(ms, l10n)))
    .collect()
}

/// "92% likely".
pub(crate) fn likelihood(score: f64, l10n: &Localizer) -> String {
    let percent = (score.clamp(0.0, 1.0) * 100.0).round();
    l10n.tr_args(
        "report-likelihood",
        &[("percent", format!("{percent:.0}").into())],
    )
}

/// The title of the most likely cause, if any.
pub(crate) fn top_cause(entry: &ResultEntry) -> Option<&str> {
    entry.causes.first().map(|c| c.title.as_str())
}

/// The captured bytes of each direction that has any: (heading, bytes).
pub(crate) fn exchanges(entry: &ResultEntry, l10n: &Localizer) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (id, hex_text) in [
        ("report-bytes-sent", &entry.handshake.sent_hex),
        ("report-bytes-received", &entry.handshake.received_hex),
    ] {
        // The model holds hex the engine wrote; unreadable hex shows as nothing.
        let bytes = hex::decode(hex_text).unwrap_or_default();
        if bytes.is_empty() {
            continue;
        }
        let heading = l10n.tr_args(id, &[("count", bytes.len().into())]);
        out.push((heading, bytes));
    }
    out
}

/// The note that the reply hit the capture cap, if it did.
pub(crate) fn truncated_note(entry: &ResultEntry, l10n: &Localizer) -> Option<String> {
    entry.handshake.received_truncated.then(|| {
        let count = entry.handshake.received_hex.len() / 2;
        l10n.tr_args("report-bytes-truncated", &[("count", count.into())])
    })
}
