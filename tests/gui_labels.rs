//! Labels fit where the app shows them: the table's headers, verdicts and phases in a
//! 1280 px window, measured with the app's own fonts, in every language.
#![cfg(feature = "gui")]
// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::result_for;

use eframe::egui::{self, Color32, FontId, TextStyle};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netdoctor::diagnose::{CauseId, Verdict};
use netdoctor::engine::ProbeEvent;
use netdoctor::engine::probe::Phase;
use netdoctor::gui::panels::watch::SPARKLINE_WIDTH;
use netdoctor::gui::{NetdoctorApp, fonts};
use netdoctor::l10n::{Lang, Localizer};

/// The narrowest window the layout is designed for.
const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// The table's header ids, left to right.
const HEADERS: [&str; 7] = [
    "gui-col-status",
    "gui-col-name",
    "gui-col-target",
    "gui-col-verdict",
    "gui-col-cause",
    "gui-col-time",
    "watch-col-history",
];

const PHASES: [Phase; 5] = [
    Phase::Resolving,
    Phase::Connecting,
    Phase::Tls,
    Phase::Handshake,
    Phase::FollowUp,
];

fn harness(app: NetdoctorApp) -> Harness<'static, NetdoctorApp> {
    Harness::builder()
        .with_size(WINDOW)
        .with_max_steps(32)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut NetdoctorApp| app.ui_root(ui), app)
}

/// A window with one row per verdict, so the table and its headers are laid out.
fn app_with_every_verdict(lang: Lang, dir: &std::path::Path) -> NetdoctorApp {
    let mut app = NetdoctorApp::new_for_test(Some(lang), dir);
    let state = app.state_mut();
    for (i, verdict) in Verdict::ALL.into_iter().enumerate() {
        let id = state.add(format!("e{i}"), format!("tcp://127.0.0.1:{}", 9 + i));
        let (run_id, _) = state.begin_run(&[id]);
        state.apply(ProbeEvent::Finished {
            run_id: run_id.0,
            endpoint_id: id.0,
            result: result_for("tcp://127.0.0.1:9", verdict),
        });
    }
    app
}

fn text_width(h: &Harness<'_, NetdoctorApp>, text: &str, font: &FontId) -> f32 {
    h.ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
    })
}

/// Left edge of each header, from where the app really put it.
fn header_lefts(h: &Harness<'_, NetdoctorApp>, l10n: &Localizer) -> Vec<f32> {
    HEADERS
        .iter()
        .map(|id| {
            let label = l10n.tr(id);
            // The topmost node with this label is the header (the editor has "Name" too).
            h.query_all_by_label(&label)
                .map(|node| node.rect())
                .min_by(|a, b| a.min.y.total_cmp(&b.min.y))
                .unwrap_or_else(|| panic!("{}: no header {id} ({label})", l10n.lang()))
                .min
                .x
        })
        .collect()
}

/// Width each column gives its content: distance to the next header less the spacing.
fn column_widths(h: &Harness<'_, NetdoctorApp>, lefts: &[f32]) -> Vec<f32> {
    let spacing = h.ctx.global_style().spacing.item_spacing.x;
    let mut widths: Vec<f32> = lefts.windows(2).map(|w| w[1] - w[0] - spacing).collect();
    widths.push(SPARKLINE_WIDTH);
    widths
}

#[test]
fn headers_verdicts_and_phases_fit_their_columns_in_every_language() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut h = harness(app_with_every_verdict(lang, dir.path()));
        h.run();
        let l10n = Localizer::new(lang);
        let lefts = header_lefts(&h, &l10n);
        assert!(
            lefts.windows(2).all(|w| w[0] < w[1]),
            "{lang}: headers out of order: {lefts:?}"
        );
        let widths = column_widths(&h, &lefts);
        let body = TextStyle::Body.resolve(&h.ctx.global_style());
        // A header is a selectable label with button padding, plus " ▼" when sorted.
        // The status column is sized for its icon: even English "Status ▼" overflows
        // it, so there only the word itself must fit.
        let padding = 2.0 * h.ctx.global_style().spacing.button_padding.x;
        for (i, id) in HEADERS.iter().enumerate() {
            let text = if *id == "gui-col-status" {
                l10n.tr(id)
            } else {
                format!("{} ▼", l10n.tr(id))
            };
            let need = text_width(&h, &text, &body) + padding;
            if need > widths[i] {
                failures.push(format!(
                    "{lang}: header {id} “{text}” needs {need:.0} px, column has {:.0}",
                    widths[i]
                ));
            }
        }
        let verdict_column = widths[3];
        let mut shown: Vec<(String, String)> = Verdict::ALL
            .into_iter()
            .map(|v| (v.label_id(), l10n.tr(&v.label_id())))
            .collect();
        shown.extend(PHASES.map(|p| (p.fluent_id(), l10n.tr(&p.fluent_id()))));
        for id in [
            "gui-status-queued",
            "gui-status-cancelled",
            "gui-status-not-checked",
            "gui-verdict-ok-warning",
        ] {
            shown.push((id.to_owned(), l10n.tr(id)));
        }
        for (id, text) in shown {
            let need = text_width(&h, &text, &body);
            if need > verdict_column {
                failures.push(format!(
                    "{lang}: {id} “{text}” needs {need:.0} px, the Verdict column has {verdict_column:.0}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} labels do not fit:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_cause_title_is_much_longer_than_the_english_one() {
    // The cause column truncates what does not fit; a title is read there first, so a
    // translation may not run far past the English that the layout was made for.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    h.run();
    let body = TextStyle::Body.resolve(&h.ctx.global_style());
    let english = Localizer::new(Lang::En);
    let mut failures = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let l10n = Localizer::new(lang);
        for cause in CauseId::ALL {
            let id = cause.fluent_id();
            let source = text_width(&h, &english.tr(&id), &body);
            let text = l10n.tr(&id);
            let width = text_width(&h, &text, &body);
            // Full-width CJK glyphs make the same sentence wider; 1.4× is the allowance.
            if width > source * 1.4 + 20.0 {
                failures.push(format!(
                    "{lang}: {id} “{text}” is {width:.0} px, English {source:.0}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn time_and_history_columns_are_on_screen_and_the_cause_column_shows_thirty_characters() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut h = harness(app_with_every_verdict(lang, dir.path()));
        h.run();
        let l10n = Localizer::new(lang);
        let lefts = header_lefts(&h, &l10n);
        let widths = column_widths(&h, &lefts);
        // The detail pane's placeholder marks where the pane begins.
        let pane = h
            .query_by_label(&l10n.tr("gui-detail-none"))
            .expect("detail placeholder")
            .rect()
            .min
            .x;
        let history_right = lefts[6] + SPARKLINE_WIDTH;
        assert!(
            history_right <= pane,
            "{lang}: History column ends at {history_right:.0}, the detail pane starts at {pane:.0}"
        );
        let body = TextStyle::Body.resolve(&h.ctx.global_style());
        // Thirty characters of the English title: full-width CJK text needs more room,
        // which the per-language check below does not yet get.
        let title: String = Localizer::new(Lang::En)
            .tr(&CauseId::ALL[0].fluent_id())
            .chars()
            .chain(std::iter::repeat('x'))
            .take(30)
            .collect();
        let need = text_width(&h, &title, &body);
        assert!(
            widths[4] >= need,
            "{lang}: the Cause column has {:.0} px, 30 characters need {need:.0}",
            widths[4]
        );
    }
}
