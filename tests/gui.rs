//! The desktop app driven headless with egui_kittest, against real loopback servers.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::{AppHarness, copied_text, harness, has_label, runtime, step_until};

use std::time::{Duration, Instant};

use eframe::egui::{self, Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::{NodeT, Queryable};
use netdoctor::diagnose::Verdict;
use netdoctor::gui::NetdoctorApp;
use netdoctor::gui::state::EndpointId;
use netdoctor::l10n::{Lang, Localizer};

fn has_label_containing(h: &AppHarness, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

/// Types `url` into the add field and presses Enter, as a user would.
fn add_endpoint(h: &mut AppHarness, url: &str) {
    let field_label = Localizer::new(h.state().state().lang()).tr("gui-add-label");
    h.get_by_role_and_label(Role::TextInput, &field_label)
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &field_label)
        .type_text(url);
    h.run();
    h.key_press(Key::Enter);
    // Adding starts a check (its spinner keeps frames coming): wait for its result.
    step_until(h, "the check on add", |h| !h.state().state().is_running());
    h.run();
}

fn click(h: &mut AppHarness, label: &str) {
    h.get_by_label(label).click();
    h.step();
}

/// Adds `url` as the only endpoint and waits for the result of the check adding starts.
fn add_and_check(h: &mut AppHarness, url: &str) -> EndpointId {
    add_endpoint(h, url);
    let id = only_endpoint_id(h);
    step_until(h, "a result", |h| h.state().state().result(id).is_some());
    h.run();
    id
}

/// Opens a tab of the detail pane by its label.
fn show_tab(h: &mut AppHarness, id: &str) {
    let label = Localizer::new(h.state().state().lang()).tr(id);
    h.get_by_label(&label).click();
    h.run();
}

fn only_endpoint_id(h: &AppHarness) -> EndpointId {
    let state = h.state().state();
    assert_eq!(
        state.endpoints().len(),
        1,
        "{:?}",
        state.endpoints().to_vec()
    );
    state.endpoints()[0].id
}

#[test]
fn refused_endpoint_shows_verdict_and_top_cause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let closed = common::closed_port();
    let url = format!("tcp://{closed}");
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    // Checked when the user asks (View → check new endpoints at once is off).
    app.state_mut().set_check_on_add(false);
    let mut h = harness(app);
    let l10n = Localizer::new(Lang::En);

    // Screen readers announce the window by name: the root node carries the title.
    assert_eq!(
        h.kittest_state().root().label().as_deref(),
        Some(l10n.tr("gui-window-title").as_str()),
        "window name"
    );
    add_endpoint(&mut h, &url);
    let id = only_endpoint_id(&h);
    assert!(has_label(&h, &url), "the new row shows its URL");
    assert!(has_label(&h, &l10n.tr("gui-status-not-checked")));

    click(&mut h, &l10n.tr("gui-check-all"));
    step_until(&mut h, "the refused verdict", |h| {
        has_label(h, &l10n.tr("verdict-refused"))
    });
    h.run();

    // Select the row by clicking its name, then read the detail pane.
    let name = h.state().state().endpoints()[0].settings.name.clone();
    h.query_all_by_label(&name)
        .next()
        .expect("row name")
        .click();
    h.run();
    let state = h.state().state();
    assert_eq!(state.focus(), Some(id));
    assert_eq!(
        state.result(id).expect("result").verdict(),
        Verdict::Refused
    );
    let title = state
        .cause_title(&l10n, id)
        .expect("a refused check has causes");
    // Once in the table's cause column, once in the detail pane.
    assert!(
        h.query_all_by_label(&title).count() >= 2,
        "cause title {title}"
    );
    let summary = h.state().state().result(id).expect("result").result.clone();
    let entry = netdoctor::report::build_result(&l10n, &url, &summary);
    assert!(
        has_label(&h, &entry.summary),
        "banner sentence {}",
        entry.summary
    );
    assert!(!has_label(&h, &l10n.tr("gui-timeline")), "on its own tab");
    show_tab(&mut h, "gui-tab-exchange");
    assert!(has_label(&h, &l10n.tr("gui-timeline")));
    assert!(
        has_label(&h, &l10n.tr("gui-bytes-none")),
        "nothing was exchanged"
    );
}

#[test]
fn websocket_to_http_404_shows_cause_and_raw_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let server = rt.block_on(common::http_server(
        "HTTP/1.1 404 Not Found",
        "",
        "not found",
    ));
    let url = format!("ws://{}/chat", server.addr);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let l10n = Localizer::new(Lang::En);

    let id = add_and_check(&mut h, &url);

    let state = h.state().state();
    let verdict = state.result(id).expect("result").verdict();
    assert_ne!(verdict, Verdict::Ok);
    assert!(has_label(&h, &l10n.tr(&verdict.label_id())));
    let title = state.cause_title(&l10n, id).expect("cause");
    assert!(
        h.query_all_by_label(&title).count() >= 2,
        "cause title {title}"
    );

    show_tab(&mut h, "gui-tab-exchange");
    // The request we sent, as a hex dump line: offset, hex bytes, ASCII column.
    assert!(
        has_label_containing(
            &h,
            "00000000  47 45 54 20 2f 63 68 61  74 20 48 54 54 50 2f 31  |GET /chat HTTP/1|"
        ),
        "hex dump of the request"
    );
    // The reply, also as hex (first line) ...
    assert!(
        has_label_containing(&h, "|HTTP/1.1 404 Not|"),
        "hex dump of the reply"
    );
    // ... and as text once the received view is switched.
    let text_view = l10n.tr("gui-view-text");
    {
        let tabs: Vec<_> = h.query_all_by_label(&text_view).collect();
        assert_eq!(tabs.len(), 2, "one view switch per direction");
        tabs[1].click_accesskit();
    }
    h.run();
    assert!(has_label(&h, "HTTP/1.1 404 Not Found"), "reply as text");
    assert!(server.connection_count() > 0);
}

#[test]
fn self_signed_certificate_is_shown_with_its_facts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let server = rt.block_on(common::tls_server());
    let url = format!("wss://{}/", server.addr);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let l10n = Localizer::new(Lang::En);

    let id = add_and_check(&mut h, &url);

    let result = h.state().state().result(id).expect("result").result.clone();
    assert_eq!(result.diagnosis.verdict, Verdict::TlsError);
    let entry = netdoctor::report::build_result(&l10n, &url, &result);
    let cert = entry
        .certificate
        .as_ref()
        .expect("the certificate was read");
    // The Exchange tab names the certificate ...
    show_tab(&mut h, "gui-tab-exchange");
    assert!(
        has_label_containing(&h, &cert.describe(&l10n)),
        "certificate line {}",
        cert.describe(&l10n)
    );
    // ... and the Diagnosis tab's top cause's evidence says who issued it.
    show_tab(&mut h, "gui-tab-diagnosis");
    let self_signed = &entry.causes[0].evidence[0];
    assert!(self_signed.starts_with("self-signed"), "{self_signed}");
    assert!(has_label_containing(&h, self_signed), "{self_signed}");
}

#[test]
fn bad_url_shows_localized_error_and_is_not_added() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let l10n = Localizer::new(Lang::En);

    add_endpoint(&mut h, "ftp://127.0.0.1:21");
    let want = l10n.tr_args(
        "target-error-unknown-scheme",
        &[
            ("target", "ftp://127.0.0.1:21".into()),
            ("value", "ftp".into()),
        ],
    );
    assert!(has_label(&h, &want), "error under the field: {want}");
    assert!(h.state().state().endpoints().is_empty());

    // Fixing the URL adds it and clears the message.
    let field = l10n.tr("gui-add-label");
    h.get_by_role_and_label(Role::TextInput, &field).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, &field)
        .type_text("tcp://127.0.0.1:9");
    h.run();
    h.key_press(Key::Enter);
    step_until(&mut h, "the check on add", |h| {
        !h.state().state().is_running()
    });
    h.run();
    assert_eq!(h.state().state().endpoints().len(), 1);
    assert!(!has_label(&h, &want));
}

#[test]
fn switching_to_korean_is_live_and_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(NetdoctorApp::new_for_test(None, dir.path()));
    let en = Localizer::new(Lang::En);
    assert!(has_label(&h, &en.tr("gui-check-all")));

    click(&mut h, &en.tr("gui-menu-language"));
    h.run();
    click(&mut h, Lang::Ko.native_name());
    h.run();

    assert_eq!(h.state().state().lang(), Lang::Ko);
    assert!(has_label(&h, "모두 검사"), "Check all in Korean");
    assert!(!has_label(&h, &en.tr("gui-check-all")));

    h.state().flush_saves();
    let again = NetdoctorApp::new_for_test(None, dir.path());
    assert_eq!(
        again.state().lang(),
        Lang::Ko,
        "the choice survives a restart"
    );
    // An explicit --lang still wins over the saved choice.
    let forced = NetdoctorApp::new_for_test(Some(Lang::Ja), dir.path());
    assert_eq!(forced.state().lang(), Lang::Ja);
}

#[test]
fn endpoints_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    add_endpoint(&mut h, "ws://127.0.0.1:8282/chat");
    add_endpoint(&mut h, "tcp://[::1]:5432");
    // Saved on every change, not only on exit: no explicit save call here.
    h.state().flush_saves();
    let before = h.state().state().endpoints().to_vec();
    drop(h);

    let again = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    assert_eq!(again.state().endpoints().to_vec(), before);
    assert_eq!(before.len(), 2);
    assert!(dir.path().join(netdoctor::gui::persist::FILE_NAME).exists());
}

#[test]
fn keyboard_selects_copies_deletes_and_undoes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    app.state_mut().set_check_on_add(false);
    let mut h = harness(app);
    add_endpoint(&mut h, "tcp://127.0.0.1:1");
    add_endpoint(&mut h, "tcp://127.0.0.1:2");
    add_endpoint(&mut h, "tcp://127.0.0.1:3");

    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    assert_eq!(h.state().state().selection().len(), 3);

    // Ctrl+C as the native window delivers it (a Copy event) and as a bare key press.
    for event in [
        egui::Event::Copy,
        egui::Event::Key {
            key: Key::C,
            pressed: true,
            modifiers: Modifiers::COMMAND,
            repeat: false,
            physical_key: None,
        },
    ] {
        h.event(event);
        h.step();
        let copied = copied_text(&h);
        assert_eq!(copied.len(), 1, "{copied:?}");
        assert_eq!(copied[0].lines().count(), 3);
        assert!(copied[0].contains("tcp://127.0.0.1:2\tnot checked"));
        h.run();
    }

    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().state().endpoints().is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().state().endpoints().len(),
        3,
        "undo brings them back"
    );

    // Arrows move a single selection through the rows.
    h.key_press(Key::ArrowDown);
    h.run();
    let state = h.state().state();
    assert_eq!(state.focus(), Some(state.endpoints()[1].id));
    assert_eq!(state.selection().len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();

    // Ctrl+R re-checks the selection.
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.step();
    // Every selected endpoint was handed to a run (it may even have finished already).
    assert_eq!(h.state().state().handed_to_runs(), 3);
    step_until(&mut h, "three results", |h| {
        h.state().state().result_count() == 3 && !h.state().state().is_running()
    });
}

#[test]
fn cancelled_check_reports_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let silent = rt.block_on(common::silent_server());
    let l10n = Localizer::new(Lang::En);
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    // The check starts from the button (a silent server keeps the spinner turning).
    app.state_mut().set_check_on_add(false);
    let mut h = harness(app);
    add_endpoint(&mut h, &format!("http://{}/", silent.addr));
    let id = only_endpoint_id(&h);

    click(&mut h, &l10n.tr("gui-check-all"));
    step_until(&mut h, "the handshake phase", |h| {
        has_label(h, &l10n.tr("phase-handshake"))
    });
    click(&mut h, &l10n.tr("gui-cancel"));
    step_until(&mut h, "the run to end", |h| {
        !h.state().state().is_running()
    });
    h.run();
    assert!(has_label(&h, &l10n.tr("gui-status-cancelled")));
    assert!(h.state().state().result(id).is_none());
}

#[test]
fn editing_an_endpoint_validates_and_saves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let l10n = Localizer::new(Lang::En);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    add_endpoint(&mut h, "tcp://127.0.0.1:9");
    click(&mut h, &l10n.tr("gui-edit"));
    h.run();

    let field = |h: &AppHarness, id: &str| {
        let label = l10n.tr(id);
        let node = h.get_by_role_and_label(Role::TextInput, &label);
        node.click();
    };
    field(&h, "gui-edit-timeout");
    h.run();
    h.get_by_role_and_label(Role::TextInput, &l10n.tr("gui-edit-timeout"))
        .type_text("abc");
    h.run();
    click(&mut h, &l10n.tr("gui-edit-save"));
    h.run();
    let error = l10n.tr_args("gui-error-timeout", &[("value", "abc".into())]);
    assert!(has_label(&h, &error));
    assert_eq!(h.state().state().endpoints()[0].settings.timeout_ms, None);

    field(&h, "gui-edit-timeout");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, &l10n.tr("gui-edit-timeout"))
        .type_text("1500");
    field(&h, "gui-edit-expect-ips");
    h.run();
    h.get_by_role_and_label(Role::TextInput, &l10n.tr("gui-edit-expect-ips"))
        .type_text("127.0.0.1");
    h.run();
    click(&mut h, &l10n.tr("gui-edit-save"));
    h.run();
    let endpoint = &h.state().state().endpoints()[0].settings;
    assert_eq!(endpoint.timeout_ms, Some(1500));
    assert_eq!(
        endpoint.expect_ips,
        vec!["127.0.0.1".parse::<std::net::IpAddr>().expect("ip")]
    );

    click(&mut h, &l10n.tr("gui-duplicate"));
    h.run();
    assert_eq!(h.state().state().endpoints().len(), 2);
    h.state().flush_saves();
    let saved = NetdoctorApp::new_for_test(None, dir.path());
    assert_eq!(saved.state().endpoints()[1].settings.timeout_ms, Some(1500));
}

#[test]
fn ten_thousand_endpoints_lay_out_only_visible_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    for i in 0..10_000u32 {
        app.state_mut().add(
            format!("endpoint-{i:05}"),
            format!("tcp://127.0.0.1:{}", 1 + i),
        );
    }
    let mut h = harness(app);
    h.run();
    assert!(has_label(&h, "endpoint-00000"));
    assert!(
        !has_label(&h, "endpoint-09999"),
        "rows off screen are not laid out"
    );
    let started = Instant::now();
    for _ in 0..10 {
        h.step();
    }
    // Generous even for an unoptimized build; laying out every row takes far longer.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn idle_app_requests_no_repaint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    add_endpoint(&mut h, "tcp://127.0.0.1:9");
    step_until(&mut h, "the check adding started", |h| {
        !h.state().state().is_running()
    });
    // Move focus away from the text field (its cursor would blink).
    h.key_press(Key::Escape);
    h.run();
    h.step();
    assert!(
        !h.ctx.has_requested_repaint(),
        "nothing happens, nothing repaints"
    );
}

#[test]
fn truncated_capture_is_marked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let endless = rt.block_on(common::endless_http_header_server());
    let l10n = Localizer::new(Lang::En);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    add_and_check(&mut h, &format!("http://{}/", endless.addr));
    show_tab(&mut h, "gui-tab-exchange");
    assert!(has_label(&h, &l10n.tr("gui-bytes-truncated")));
    assert!(has_label_containing(&h, "|HTTP/1.1 200 OK.|"));
}

#[test]
fn sorting_filtering_and_file_menu() {
    let dir = tempfile::tempdir().expect("tempdir");
    let l10n = Localizer::new(Lang::En);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    add_endpoint(&mut h, "tcp://127.0.0.1:3");
    add_endpoint(&mut h, "ws://127.0.0.1:1/a");
    add_endpoint(&mut h, "http://127.0.0.1:2/b");

    click(&mut h, &l10n.tr("gui-col-target"));
    h.run();
    let names = |h: &AppHarness| -> Vec<String> {
        let state = h.state().state();
        state
            .view(&l10n)
            .iter()
            .filter_map(|id| state.endpoint(*id).map(|e| e.settings.url.clone()))
            .collect()
    };
    assert_eq!(
        names(&h),
        vec![
            "http://127.0.0.1:2/b",
            "tcp://127.0.0.1:3",
            "ws://127.0.0.1:1/a"
        ]
    );
    assert!(has_label(&h, &format!("{} ▲", l10n.tr("gui-col-target"))));

    let filter = l10n.tr("gui-filter-label");
    h.get_by_role_and_label(Role::TextInput, &filter).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &filter)
        .type_text("ws://");
    h.run();
    assert_eq!(names(&h), vec!["ws://127.0.0.1:1/a"]);
    assert!(
        !has_label(&h, "tcp://127.0.0.1:3"),
        "filtered rows are hidden"
    );

    // The file actions are real now: enabled, no "later version" placeholder.
    h.key_press(Key::Escape);
    click(&mut h, &l10n.tr("gui-menu-file"));
    h.run();
    for (id, key) in [
        ("gui-menu-open-profile", Some(Key::O)),
        ("gui-menu-save-profile", Some(Key::S)),
        ("gui-menu-save-profile-as", None),
        ("gui-menu-export-report", None),
    ] {
        // The accessible name of an entry with a shortcut ends with it ("… Ctrl+S").
        let mut label = l10n.tr(id);
        if let Some(key) = key {
            let shortcut = egui::KeyboardShortcut::new(Modifiers::COMMAND, key);
            label = format!("{label} {}", h.ctx.format_shortcut(&shortcut));
        }
        let item = h.get_by_label(&label);
        assert!(!item.accesskit_node().is_disabled(), "{id}");
    }
}
