//! Frame time of the desktop app with 10,000 endpoints while results stream in.
//!
//! Runs the real app headless (an egui context, no window, no GPU) and times each
//! frame's layout plus tessellation. Prints median and p99.
//!
//!     cargo bench --bench ui_frame

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;

use netdoctor::context::LocalContext;
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::engine::{ProbeEvent, check};
use netdoctor::gui::NetdoctorApp;
use netdoctor::l10n::Lang;
use netdoctor::target::Target;

const ENDPOINTS: u64 = 10_000;
const FRAMES: usize = 400;
/// Results applied per frame: the app batches whatever arrived since the last frame.
const RESULTS_PER_FRAME: u64 = 50;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    for i in 0..ENDPOINTS {
        app.state_mut().add(
            format!("endpoint-{i:05}"),
            format!("ws://127.0.0.1:{}/", 1 + i % 60_000),
        );
    }
    // One real result (a refused loopback port), cloned into every row as it "arrives".
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port");
    let result = runtime.block_on(check(
        Target::parse(&format!("ws://{closed}/")).expect("target"),
        &ProbeSettings::default(),
        Arc::new(LocalContext::default()),
        &|_| {},
    ));
    let ids: Vec<u64> = app.state().endpoints.iter().map(|e| e.id).collect();
    let (run_id, _) = app.state_mut().begin_run(&ids);

    let ctx = egui::Context::default();
    netdoctor::gui::fonts::install(&ctx);
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1440.0, 900.0),
        )),
        ..Default::default()
    };
    // Warm up: fonts, galley caches.
    for _ in 0..5 {
        let out = ctx.run_ui(input(), |ui| app.ui_root(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut frames = Vec::with_capacity(FRAMES);
    let mut next = 0usize;
    for _ in 0..FRAMES {
        for _ in 0..RESULTS_PER_FRAME {
            if let Some(&endpoint_id) = ids.get(next) {
                app.state_mut().apply(ProbeEvent::Finished {
                    run_id,
                    endpoint_id,
                    result: Box::new(result.clone()),
                });
                next += 1;
            }
        }
        let started = Instant::now();
        let out = ctx.run_ui(input(), |ui| app.ui_root(ui));
        let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
        frames.push(started.elapsed());
        std::hint::black_box(primitives);
    }
    frames.sort();
    println!(
        "ui frame ({ENDPOINTS} endpoints, {RESULTS_PER_FRAME} results/frame, {FRAMES} frames): median_ms={:.3} p99_ms={:.3} max_ms={:.3}",
        percentile(&frames, 0.5).as_secs_f64() * 1000.0,
        percentile(&frames, 0.99).as_secs_f64() * 1000.0,
        frames.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );
}
