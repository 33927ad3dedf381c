//! Helpers for running the engine on one target from a test.

use std::sync::Arc;
use std::time::Duration;

use netdoctor::context::LocalContext;
use netdoctor::diagnose::{CauseId, RankedCause};
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::engine::{CheckResult, check};
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::report::build_result;
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

/// The listed cause `id`; fails the test when it is not listed.
pub fn cause(result: &CheckResult, id: CauseId) -> &RankedCause {
    result
        .diagnosis
        .causes
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("{id} not listed: {:?}", result.diagnosis))
}

/// Every cause and evidence line of the result renders in every language.
pub fn renders_everywhere(input: &str, result: &CheckResult) {
    for lang in Lang::ALL {
        let entry = build_result(&Localizer::new(lang), input, result);
        for c in &entry.causes {
            for text in [&c.title, &c.remediation]
                .into_iter()
                .chain(c.evidence.iter())
            {
                assert!(
                    !text.contains("{ $") && !text.starts_with("evidence-"),
                    "{lang}: {text}"
                );
            }
        }
    }
}
