//! The facts a report's header prints, and whether secrets stay in.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

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
