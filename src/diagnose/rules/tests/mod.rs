//! Table tests: one observation per rule, the verdict and first cause it must give.
//!
//! Observations are built with `support::Obs`, phase by phase, as far as the probe
//! got. Every test goes through `support::classify`, which notes the causes it emitted, and
//! each file lists its tests in `TESTS`, so that one test can run them all and check
//! that every catalogued cause has a rule test behind it.

mod connect;
mod dns;
mod handshake;
mod overlays;
mod support;
mod tls;
mod trust;
mod websocket;

use crate::diagnose::CauseId;

use support::EMITTED;

#[test]
fn every_cause_is_emitted_by_a_rule_test() {
    let files = [
        connect::TESTS,
        dns::TESTS,
        handshake::TESTS,
        overlays::TESTS,
        tls::TESTS,
        trust::TESTS,
        websocket::TESTS,
    ];
    for test in files.into_iter().flatten() {
        test();
    }
    let emitted = EMITTED.with(|e| e.borrow().clone());
    let missing: Vec<&str> = CauseId::ALL
        .iter()
        .filter(|id| !emitted.contains(id))
        .map(|id| id.as_str())
        .collect();
    assert!(missing.is_empty(), "no rule test emits {missing:?}");
}
