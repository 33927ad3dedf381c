//! Shareable report files: format choice, redaction, atomic save.
//! The one place the CLI and the desktop app go through to export results.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use crate::fsutil;
use crate::l10n::Localizer;
use crate::report::meta::ReportMeta;
use crate::report::model::Report;
use crate::report::{html, json, markdown, redact};

/// A report file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// `.json`: the contract's document.
    Json,
    /// `.md`: Markdown to paste into an issue or a chat.
    Markdown,
    /// `.html` / `.htm`: one self-contained page.
    Html,
}

impl ReportFormat {
    /// Every format, in the order menus list them.
    pub const ALL: [ReportFormat; 3] = [
        ReportFormat::Html,
        ReportFormat::Markdown,
        ReportFormat::Json,
    ];

    /// The format for `path`, from its extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(ReportFormat::Json),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Json => "json",
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
        }
    }
}

/// The report as it may be shared: secrets masked unless `meta.include_secrets`.
pub fn shareable<'a>(report: &'a Report, meta: &ReportMeta) -> Cow<'a, Report> {
    if meta.include_secrets {
        return Cow::Borrowed(report);
    }
    let mut copy = report.clone();
    redact::redact_report(&mut copy);
    Cow::Owned(copy)
}

/// Writes the report in `format` (redacted unless `meta.include_secrets`).
pub fn write_report(
    report: &Report,
    meta: &ReportMeta,
    format: ReportFormat,
    l10n: &Localizer,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut out = out;
    // The one place secrets are masked, for every format.
    let report = shareable(report, meta);
    match format {
        ReportFormat::Json => json::write(&report, &mut out),
        ReportFormat::Markdown => markdown::write(&report, meta, l10n, &mut out),
        ReportFormat::Html => html::write(&report, meta, l10n, &mut out),
    }
}

/// Saves the report to `path` atomically, in the format its extension names.
pub fn save_report(
    path: &Path,
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
) -> io::Result<()> {
    let format = ReportFormat::from_path(path).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "unknown report format; use .html, .md or .json",
        )
    })?;
    save_report_as(path, format, report, meta, l10n)
}

/// Saves the report to `path` atomically in `format`, whatever the extension.
pub fn save_report_as(
    path: &Path,
    format: ReportFormat,
    report: &Report,
    meta: &ReportMeta,
    l10n: &Localizer,
) -> io::Result<()> {
    fsutil::write_atomic_with(path, |out| write_report(report, meta, format, l10n, out))
}

/// The Markdown report as text, for "copy as Markdown" (redacted unless `meta.include_secrets`).
pub fn to_markdown(report: &Report, meta: &ReportMeta, l10n: &Localizer) -> String {
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_report(report, meta, ReportFormat::Markdown, l10n, &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}
