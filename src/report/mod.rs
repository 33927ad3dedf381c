//! Reports: a stable, localized data model of results, and writers for it.

pub mod json;
pub mod model;

pub use model::{CauseEntry, HandshakeBytes, Report, ResultEntry, Timings, build_result};
