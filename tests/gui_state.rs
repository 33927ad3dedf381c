//! The app's state without a window (stale results), the fonts against every
//! translation, and the binary's message when no display is there.

#![cfg(feature = "gui")]
// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::result_for;
use std::path::Path;

use eframe::egui;
use netdoctor::diagnose::Verdict;
use netdoctor::engine::ProbeEvent;
use netdoctor::gui::fonts;
use netdoctor::gui::state::{AppState, RunId};
use netdoctor::l10n::Lang;

#[test]
fn stale_results_never_overwrite_newer_ones() {
    let mut state = AppState::new(Lang::En);
    let id = state.add("a".into(), "tcp://127.0.0.1:9".into());
    let (old_run, _) = state.begin_run(&[id]);
    let (new_run, obsolete) = state.begin_run(&[id]);
    assert_eq!(
        obsolete,
        vec![old_run],
        "the superseded run is to be cancelled"
    );

    let finished = |run_id: RunId, verdict| ProbeEvent::Finished {
        run_id: run_id.0,
        endpoint_id: id.0,
        result: result_for("tcp://127.0.0.1:9", verdict),
    };
    assert!(state.apply(finished(new_run, Verdict::Ok)));
    // The older run finishes later: it must not replace the newer result.
    assert!(!state.apply(finished(old_run, Verdict::Refused)));
    assert_eq!(state.result(id).expect("result").run_id, new_run);
    assert_eq!(state.result(id).expect("result").verdict(), Verdict::Ok);

    // A cancelled run's late result is dropped too, and the last good result stays.
    let (cancelled_run, _) = state.begin_run(&[id]);
    state.cancel_run(cancelled_run);
    assert!(!state.apply(finished(cancelled_run, Verdict::Timeout)));
    assert_eq!(state.result(id).expect("result").run_id, new_run);
    assert_eq!(state.pending_count(), 0);
    // Late phase events of old runs do not bring the spinner back.
    let phase = ProbeEvent::Phase {
        run_id: old_run.0,
        endpoint_id: id.0,
        phase: netdoctor::engine::probe::Phase::Connecting,
    };
    assert!(!state.apply(phase));
}

/// Every character of every translation file must be drawable with the fonts the app loads.
#[test]
fn fonts_cover_every_character_of_every_ftl_file() {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut text = String::new();
    for lang in std::fs::read_dir(&i18n).expect("i18n dir") {
        let lang = lang.expect("entry").path();
        // i18n/README.md (the glossary) sits beside the language folders.
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).expect("lang dir") {
            let file = file.expect("entry").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                text.push_str(&std::fs::read_to_string(&file).expect("read ftl"));
            }
        }
    }
    for lang in Lang::ALL {
        text.push_str(lang.native_name());
    }
    for icon in netdoctor::gui::panels::style::ICONS {
        text.push_str(icon);
    }
    let mut missing = std::collections::BTreeSet::new();
    ctx.fonts_mut(|fonts| {
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            let font = egui::FontId::new(14.0, family);
            for c in text.chars().filter(|c| !c.is_control()) {
                if !fonts.has_glyph(&font, c) {
                    missing.insert(c);
                }
            }
        }
    });
    assert!(
        missing.is_empty(),
        "characters without a glyph (re-run assets/fonts/subset.sh): {:?}",
        missing
            .iter()
            .map(|c| format!("{c} U+{:04X}", *c as u32))
            .collect::<Vec<_>>()
    );
    // The fonts really have Hangul, Kana and Kanji, whatever the translations hold today.
    ctx.fonts_mut(|fonts| {
        let font = egui::FontId::proportional(14.0);
        for c in "한국어 모두 검사 日本語 ひらがな カタカナ 漢字 Русский".chars()
        {
            assert!(fonts.has_glyph(&font, c), "{c}");
        }
    });
}

#[test]
fn without_a_display_the_binary_points_to_the_headless_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_netdoctor"))
        .args(["--lang", "en"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("NETDOCTOR_CONFIG_DIR", dir.path())
        .output()
        .expect("run netdoctor");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("netdoctor check"), "{stderr}");
    assert!(stderr.contains("no display"), "{stderr}");
}
