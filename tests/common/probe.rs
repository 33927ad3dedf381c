//! Helpers for running the engine on one target from a test.

use std::sync::Arc;
use std::time::Duration;

use netdoctor::context::LocalContext;
use netdoctor::diagnose::CauseId;
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::engine::{CheckResult, check};
use netdoctor::target::Target;

/// Default settings with the given phase timeout.
pub fn settings(timeout_ms: u64) -> ProbeSettings {
    ProbeSettings {
        timeout: Duration::from_millis(timeout_ms),
        ..ProbeSettings::default()
    }
}

/// Checks one URL with this machine's context.
pub async fn run(url: &str, settings: &ProbeSettings) -> CheckResult {
    let target = Target::parse(url).expect("valid target");
    check(target, settings, Arc::new(LocalContext::gather()), &|_| {}).await
}

/// The first cause of a failing result.
pub fn top(result: &CheckResult) -> CauseId {
    result
        .diagnosis
        .top()
        .map(|c| c.id)
        .unwrap_or_else(|| panic!("no cause: {:?}", result.diagnosis))
}
