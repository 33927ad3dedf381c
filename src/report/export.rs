//! Shareable report files: format choice, header facts, redaction, atomic save.
//! The one place the CLI and the desktop app go through to export results.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::fsutil;
use crate::l10n::Localizer;
use crate::report::{Report, html, json, markdown, redact};

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

/// Facts printed in a report's header, and whether to keep secrets.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMeta {
    /// Name of the profile the endpoints came from.
    pub profile_name: Option<String>,
    /// When the report was made.
    pub generated_at: OffsetDateTime,
    /// Keep passwords, tokens and cookies instead of masking them.
    pub include_secrets: bool,
    /// Operating system and architecture, like `linux x86_64`.
    pub system: String,
}

impl ReportMeta {
    /// Header facts for a report made now on this machine.
    pub fn now(profile_name: Option<String>, include_secrets: bool) -> ReportMeta {
        let now = OffsetDateTime::now_utc();
        ReportMeta {
            profile_name,
            // Whole seconds: sub-second digits only clutter a header.
            generated_at: now.replace_nanosecond(0).unwrap_or(now),
            include_secrets,
            system: this_system(),
        }
    }

    /// [`ReportMeta::generated_at`] as RFC 3339 in UTC, like `2025-05-01T12:00:00Z`.
    pub fn generated_at_text(&self) -> String {
        self.generated_at
            .to_offset(time::UtcOffset::UTC)
            .format(&Rfc3339)
            .unwrap_or_else(|_| self.generated_at.unix_timestamp().to_string())
    }
}

/// `OS ARCH` of the running build.
pub fn this_system() -> String {
    format!("{} {}", std::env::consts::OS, std::env::consts::ARCH)
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
    match format {
        ReportFormat::Json => json::write(&shareable(report, meta), &mut out),
        ReportFormat::Markdown => markdown::write(report, meta, l10n, &mut out),
        ReportFormat::Html => html::write(report, meta, l10n, &mut out),
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
    let _ = markdown::write(report, meta, l10n, &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}
