//! Reports: a stable, localized data model of results, and writers for it.
//!
//! All formats share [`Report`]. For files meant to be shared, go through
//! [`export`]: it masks secrets ([`redact`]) unless asked not to, and saves
//! atomically.

pub mod evidence;
pub mod export;
pub mod fix;
pub mod hexdump;
pub mod html;
pub mod json;
pub mod markdown;
pub mod meta;
pub mod model;
pub mod redact;
pub mod server_hint;
pub mod trust;
mod view;

pub use evidence::{evidence_message, evidence_text};
pub use export::{ReportFormat, save_report, save_report_as, shareable, to_markdown, write_report};
pub use hexdump::{hexdump, parse_hexdump};
pub use meta::ReportMeta;
pub use model::{
    CauseEntry, CertificateEntry, HandshakeBytes, Report, ResultEntry, Timings, build_result,
};
pub use redact::redact_report;
