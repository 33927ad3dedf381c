//! Helpers for driving the desktop app headless with egui_kittest.

use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netdoctor::diagnose::{Diagnosis, Verdict};
use netdoctor::engine::CheckResult;
use netdoctor::gui::{NetdoctorApp, fonts};
use netdoctor::observation::Observation;
use netdoctor::target::Target;

/// Longest a check of loopback endpoints may take before a test gives up.
pub const CHECK_DEADLINE: Duration = Duration::from_secs(30);

pub type AppHarness = Harness<'static, NetdoctorApp>;

pub fn harness(app: NetdoctorApp) -> AppHarness {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(32)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut NetdoctorApp| app.ui_root(ui), app)
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("fixture runtime")
}

/// Steps frames until `done` holds, waiting for engine events in between (bounded).
pub fn step_until(h: &mut AppHarness, what: &str, done: impl Fn(&AppHarness) -> bool) {
    let deadline = Instant::now() + CHECK_DEADLINE;
    let waker = h.state().waker();
    loop {
        h.step();
        if done(h) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        if let Some(waker) = &waker {
            waker.wait(Duration::from_millis(200));
        }
    }
}

pub fn has_label(h: &AppHarness, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

/// Text the last frame put on the clipboard.
pub fn copied_text(h: &AppHarness) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// A result for `url` with `verdict` and nothing observed: for state and layout
/// tests that need a verdict, not a probe.
pub fn result_for(url: &str, verdict: Verdict) -> Box<CheckResult> {
    let target = Target::parse(url).expect("target");
    Box::new(CheckResult {
        observation: Observation::new(target, Duration::from_secs(1)),
        diagnosis: Diagnosis {
            verdict,
            causes: Vec::new(),
            warnings: Vec::new(),
        },
    })
}
