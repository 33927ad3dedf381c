//! The app's start-up notice about a damaged state file, at the smallest window
//! the app is laid out for (1280 × 800): the whole text with the full path of
//! the set-aside copy is on screen, inside the window, and the copy button puts
//! it on the clipboard; the copy on disk holds the damaged file's bytes.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;

use common::gui::{AppHarness, copied_text};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netdoctor::gui::persist::FILE_NAME;
use netdoctor::gui::{NetdoctorApp, fonts};
use netdoctor::l10n::{Lang, Localizer};

const WIDTH: f32 = 1280.0;

fn harness_1280(app: NetdoctorApp) -> AppHarness {
    Harness::builder()
        .with_size(egui::vec2(WIDTH, 800.0))
        .with_max_steps(32)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut NetdoctorApp| app.ui_root(ui), app)
}

#[test]
fn a_damaged_state_file_notice_shows_the_full_path_at_1280_px_and_copies_it() {
    let root = tempfile::tempdir().unwrap();
    // A deep folder, as under a long home or a synced profile: the path alone is
    // wider than the status bar's line.
    let dir = (0..6).fold(root.path().to_owned(), |dir, i| {
        dir.join(format!("a-rather-long-folder-name-{i}"))
    });
    fs::create_dir_all(&dir).unwrap();
    let damaged = b"{ \"version\": 1, \"endpoints\": [ {\"id\": 1, ";
    fs::write(dir.join(FILE_NAME), damaged).unwrap();

    let mut h = harness_1280(NetdoctorApp::new_for_test(Some(Lang::En), &dir));
    h.run();

    let aside: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "one set-aside copy: {aside:?}");
    assert_eq!(fs::read(&aside[0]).unwrap(), damaged, "original bytes kept");
    let path = aside[0].display().to_string();
    assert!(path.len() > 200, "the case needs a long path: {path}");

    let lead = Localizer::new(Lang::En).tr_args(
        "gui-error-state-damaged",
        &[("error", "".into()), ("path", path.as_str().into())],
    );
    let lead = lead.split(" (").next().unwrap().to_owned();
    let node = h.get_by_label_contains(&path);
    // A label's text is its accesskit value.
    let text = node.value().unwrap_or_default();
    assert!(text.starts_with(&lead), "{text}");
    assert!(text.contains(&path), "the full path: {text}");
    let rect = node.rect();
    assert!(
        rect.min.x >= 0.0 && rect.max.x <= WIDTH,
        "the notice stays inside the window: {rect:?}"
    );
    assert!(
        rect.height() > 1.5 * 14.0,
        "a text this long wraps onto more rows: {rect:?}"
    );

    h.get_by_label(&Localizer::new(Lang::En).tr("gui-notice-copy"))
        .click();
    h.step();
    let copied = copied_text(&h);
    assert!(copied.contains(&text), "{copied:?}");
}
