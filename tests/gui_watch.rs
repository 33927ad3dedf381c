//! Watch mode in the desktop app, driven headless with egui_kittest against a loopback
//! server that changes behaviour between two checks.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::{AppHarness, harness, has_label, runtime, step_until};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers, ViewportId};
use egui_kittest::kittest::{NodeT, Queryable};
use netdoctor::diagnose::Verdict;
use netdoctor::gui::NetdoctorApp;
use netdoctor::gui::state::{Change, EndpointId, SelectMode};
use netdoctor::l10n::{Lang, Localizer};

/// The status bar's notice and the detail pane's line for a change of verdict.
fn change_texts(l10n: &Localizer, change: &Change, name: &str) -> (String, String) {
    let time = netdoctor::clock::time_of_day(change.at);
    let from = l10n.tr(&change.from.label_id());
    let to = l10n.tr(&change.to.label_id());
    let notice = l10n.tr_args(
        "watch-changed-notice",
        &[
            ("name", name.into()),
            ("from", from.as_str().into()),
            ("to", to.as_str().into()),
            ("time", time.as_str().into()),
        ],
    );
    let last = l10n.tr_args(
        "watch-last-change",
        &[
            ("from", from.as_str().into()),
            ("to", to.as_str().into()),
            ("time", time.as_str().into()),
        ],
    );
    (notice, last)
}

fn history_len(h: &AppHarness, id: EndpointId) -> usize {
    h.state()
        .state()
        .history(id)
        .map_or(0, |history| history.samples().len())
}

fn idle(h: &AppHarness, id: EndpointId) -> bool {
    h.state().state().pending(id).is_none()
}

/// A WebSocket server that upgrades until `broken` is set, then answers 404.
async fn switchable_ws_server(broken: Arc<AtomicBool>) -> common::Fixture {
    common::custom_server(common::loopback(), move |stream, mut rec| {
        let broken = broken.load(Ordering::SeqCst);
        async move {
            let path = if broken { Some("/elsewhere") } else { None };
            common::serve_ws(stream, &mut rec, path).await;
        }
    })
    .await
}

/// One watched endpoint on `server`, focused, with its first result in.
fn watched_app(h_dir: &std::path::Path, url: &str) -> (AppHarness, EndpointId) {
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), h_dir);
    let id = app.state_mut().add("chat".into(), url.to_owned());
    app.state_mut().select(id, SelectMode::Replace, &[id]);
    let mut h = harness(app);
    h.run();
    let l10n = Localizer::new(Lang::En);
    // The detail pane's switch, as a user would.
    h.get_by_label(&l10n.tr("watch-this")).click();
    h.step();
    assert!(h.state().state().watch().is_watched(id));
    step_until(&mut h, "the first watched result", |h| {
        history_len(h, id) == 1 && idle(h, id)
    });
    (h, id)
}

/// What a watched endpoint on a switchable server needs kept alive: its state
/// directory, the runtime and server, and the switch that breaks the server.
struct Switchable {
    broken: Arc<AtomicBool>,
    url: String,
    dir: tempfile::TempDir,
    _server: common::Fixture,
    _rt: tokio::runtime::Runtime,
}

/// [`watched_app`] on a [`switchable_ws_server`] that still works, as `ws://…/chat`.
fn watched_switchable() -> (Switchable, AppHarness, EndpointId) {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let broken = Arc::new(AtomicBool::new(false));
    let server = rt.block_on(switchable_ws_server(broken.clone()));
    let url = format!("ws://{}/chat", server.addr);
    let (h, id) = watched_app(dir.path(), &url);
    let setup = Switchable {
        broken,
        url,
        dir,
        _server: server,
        _rt: rt,
    };
    (setup, h, id)
}

#[test]
fn watched_endpoint_records_history_and_marks_the_change_of_verdict() {
    let (setup, mut h, id) = watched_switchable();
    let l10n = Localizer::new(Lang::En);
    assert_eq!(
        h.state().state().result(id).expect("result").verdict(),
        Verdict::Ok
    );
    assert!(
        h.state()
            .state()
            .history(id)
            .expect("history")
            .last_change()
            .is_none()
    );
    // One result makes no chart: the History tab waits for the second.
    let history_tab = l10n.tr("gui-tab-history");
    assert!(
        !h.query_all_by_label(&history_tab)
            .any(|n| n.accesskit_node().role() == Role::Button),
        "no History tab yet"
    );

    // The server breaks; the interval "passes" without waiting ten real seconds.
    setup.broken.store(true, Ordering::SeqCst);
    h.state_mut().state_mut().watch_due_now();
    step_until(&mut h, "the second watched result", |h| {
        history_len(h, id) == 2 && idle(h, id)
    });
    h.run();

    let state = h.state().state();
    let history = state.history(id).expect("history");
    let verdicts: Vec<Verdict> = history.samples().iter().map(|s| s.verdict).collect();
    assert_eq!(verdicts[0], Verdict::Ok);
    assert_ne!(verdicts[1], Verdict::Ok, "{verdicts:?}");
    let change = history.last_change().expect("the last change is recorded");
    assert_eq!((change.from, change.to), (verdicts[0], verdicts[1]));
    assert_eq!(history.change_times().count(), 1);
    assert!(state.has_unseen_change(id), "the row is flagged");
    assert_eq!(state.last_change().map(|(i, _)| i), Some(id));

    // The status bar says what changed and when; the History tab (Ctrl+3) too.
    let (notice, last) = change_texts(&l10n, &change, "chat");
    assert!(has_label(&h, &notice), "status bar notice {notice}");
    assert!(!has_label(&h, &last), "the Diagnosis tab is shown");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert!(has_label(&h, &last), "History tab {last}");

    // Clicking the row (its URL in the table, the leftmost one) acknowledges the change.
    h.query_all_by_label(&setup.url)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("row name")
        .click();
    h.run();
    assert!(!h.state().state().any_unseen_change());
}

#[test]
fn idle_watched_app_wakes_only_when_the_next_check_is_due() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let server = rt.block_on(common::ws_server());
    let url = format!("ws://{}/", server.addr);
    let (mut h, id) = watched_app(dir.path(), &url);
    // Let the frames that follow the result settle (kittest stops at the first frame
    // that asks for no immediate repaint).
    h.run();
    h.step();
    let delay = h.output().viewport_output[&ViewportId::ROOT].repaint_delay;
    let interval = h.state().state().watch().interval();
    assert!(
        delay > interval / 2 && delay <= interval,
        "an idle watched list sleeps until the next check: {delay:?} of {interval:?}"
    );
    assert!(idle(&h, id), "nothing checks meanwhile");

    // Stopping the watch stops the wake-ups altogether.
    h.state_mut()
        .state_mut()
        .set_watched(&[id], false, Instant::now());
    h.step();
    h.step();
    assert!(!h.ctx.has_requested_repaint(), "nothing watched, no timer");
}

#[test]
fn history_and_the_watch_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let broken = Arc::new(AtomicBool::new(false));
    let server = rt.block_on(switchable_ws_server(broken.clone()));
    let url = format!("ws://{}/chat", server.addr);
    let l10n = Localizer::new(Lang::En);
    // Added through the add field, as a user would, so the list is saved too; the
    // watch makes the first check (not the add), so the history counts watched checks.
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    app.state_mut().set_check_on_add(false);
    let mut h = harness(app);
    let field = l10n.tr("gui-add-label");
    h.get_by_role_and_label(Role::TextInput, &field).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &field)
        .type_text(&url);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let id = h.state().state().endpoints()[0].id;
    let name = h.state().state().endpoints()[0].settings.name.clone();
    h.get_by_label(&l10n.tr("watch-this")).click();
    h.step();
    step_until(&mut h, "the first watched result", |h| {
        history_len(h, id) == 1 && idle(h, id)
    });
    broken.store(true, Ordering::SeqCst);
    h.state_mut().state_mut().watch_due_now();
    step_until(&mut h, "the second watched result", |h| {
        history_len(h, id) == 2 && idle(h, id)
    });
    h.state_mut()
        .state_mut()
        .set_watch_interval(42, Instant::now());
    h.run();
    let before = h.state().state().history(id).expect("history").clone();
    let change = before.last_change().expect("ok, then broken");
    h.state().flush_saves();
    drop(h);
    let file = dir.path().join(netdoctor::gui::persist::WATCH_FILE_NAME);
    assert!(file.exists(), "{}", file.display());

    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    {
        let state = app.state();
        assert!(state.watch().is_watched(id));
        assert_eq!(state.watch().interval().as_secs(), 42);
        let after = state.history(id).expect("history");
        let verdicts = |h: &netdoctor::gui::state::History| -> Vec<Verdict> {
            h.samples().iter().map(|s| s.verdict).collect()
        };
        assert_eq!(verdicts(after), verdicts(&before));
        // serde_json reads floats back to within an ulp, not always bit for bit.
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            (a, b) => a == b,
        };
        for (a, b) in after.samples().iter().zip(before.samples()) {
            assert!(close(a.total_ms, b.total_ms), "{a:?} vs {b:?}");
            assert!(close(a.connect_ms, b.connect_ms), "{a:?} vs {b:?}");
        }
        let restored = after.last_change().expect("the change is back");
        assert_eq!((restored.from, restored.to), (change.from, change.to));
        let secs = |at: std::time::SystemTime| netdoctor::clock::unix_secs(at).floor();
        assert_eq!(secs(restored.at), secs(change.at), "to the second");
        assert_eq!(state.last_change().map(|(i, _)| i), Some(id));
    }
    app.state_mut().select(id, SelectMode::Replace, &[id]);
    let mut h = harness(app);
    // Watched endpoints are checked at once after a restart, not an interval later;
    // the server is still broken, so the verdict (and the last change) stays.
    step_until(&mut h, "the first check after the restart", |h| {
        history_len(h, id) == 3 && idle(h, id)
    });
    h.run();
    let (notice, last) = change_texts(&l10n, &change, &name);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert!(has_label(&h, &last), "History tab {last}");
    assert!(has_label(&h, &notice), "status bar notice {notice}");
    assert!(has_label(
        &h,
        &l10n.tr_args("watch-every", &[("count", 42u64.into())])
    ));
    assert!(
        !h.state().state().any_unseen_change(),
        "no flash for an old change"
    );
}

#[test]
fn a_damaged_watch_file_is_reported_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(netdoctor::gui::persist::WATCH_FILE_NAME);
    std::fs::write(&path, b"{\"version\":1,").expect("write");
    let error = netdoctor::gui::persist::read_watch(dir.path()).expect_err("damaged");
    let h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "set aside, not overwritten: {aside:?}");
    assert_eq!(
        std::fs::read(&aside[0]).expect("kept"),
        b"{\"version\":1,",
        "kept as it was"
    );
    // The user is told, in words, what went wrong and where the file went.
    let notice = Localizer::new(Lang::En).tr_args(
        "watch-error-damaged",
        &[
            ("error", error.into()),
            ("path", aside[0].display().to_string().into()),
        ],
    );
    assert!(has_label(&h, &notice), "status bar notice {notice}");
}

/// Tells the app its window lost (or got) the keyboard focus, as the integration does.
fn set_focused(h: &mut AppHarness, focused: bool) {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .focused = Some(focused);
    h.run();
}

/// Breaks the server and waits for the watched check that sees it.
fn break_and_recheck(h: &mut AppHarness, broken: &AtomicBool, id: EndpointId) {
    broken.store(true, Ordering::SeqCst);
    h.state_mut().state_mut().watch_due_now();
    step_until(h, "the second watched result", |h| {
        history_len(h, id) == 2 && idle(h, id)
    });
    h.run();
}

#[test]
fn a_change_while_the_window_is_not_focused_asks_for_one_notification() {
    let (setup, mut h, id) = watched_switchable();
    assert!(h.state().state().notify_changes(), "on by default");
    set_focused(&mut h, false);
    // A result with the same verdict is no change and notifies nothing.
    h.state_mut().state_mut().watch_due_now();
    step_until(&mut h, "a second result, still fine", |h| {
        history_len(h, id) == 2 && idle(h, id)
    });
    h.run();
    assert!(h.state().state().notifications().is_empty());

    setup.broken.store(true, Ordering::SeqCst);
    h.state_mut().state_mut().watch_due_now();
    step_until(&mut h, "the result after the break", |h| {
        history_len(h, id) == 3 && idle(h, id)
    });
    h.run();
    let state = h.state().state();
    let change = state
        .history(id)
        .expect("history")
        .last_change()
        .expect("change");
    let l10n = Localizer::new(Lang::En);
    let from = l10n.tr(&change.from.label_id());
    let to = l10n.tr(&change.to.label_id());
    let notes: Vec<_> = state.notifications().iter().cloned().collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].id, id);
    assert_eq!(notes[0].summary, "chat");
    assert_eq!(notes[0].body, format!("Was {from}, now {to}"));
    assert_ne!(from, to);
}

#[test]
fn a_change_in_the_focused_window_notifies_nothing() {
    let (setup, mut h, id) = watched_switchable();
    set_focused(&mut h, true);
    break_and_recheck(&mut h, &setup.broken, id);
    let state = h.state().state();
    assert!(state.history(id).expect("history").last_change().is_some());
    assert!(
        state.notifications().is_empty(),
        "the user sees it in the window"
    );
}

#[test]
fn the_view_menu_turns_notifications_off_and_the_choice_is_kept() {
    let (setup, mut h, id) = watched_switchable();
    let l10n = Localizer::new(Lang::En);
    h.query_all_by_label(&l10n.tr("gui-menu-view"))
        .find(|n| n.accesskit_node().role() == Role::Button)
        .expect("the View menu")
        .click();
    h.run();
    h.get_by_label(&l10n.tr("gui-view-notify-changes")).click();
    h.run();
    assert!(!h.state().state().notify_changes());
    h.key_press(Key::Escape);
    h.run();
    set_focused(&mut h, false);
    break_and_recheck(&mut h, &setup.broken, id);
    let state = h.state().state();
    assert!(state.history(id).expect("history").last_change().is_some());
    assert!(state.notifications().is_empty(), "switched off");
    h.state().flush_saves();
    drop(h);
    let again = NetdoctorApp::new_for_test(Some(Lang::En), setup.dir.path());
    assert!(
        !again.state().notify_changes(),
        "remembered across a restart"
    );
}
