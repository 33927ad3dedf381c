//! The detail pane's tabs, the warning badge, check on add, copied commands and pasted
//! errors, driven by their labels in a 1280×800 window against loopback servers.
#![cfg(feature = "gui")]
// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::{AppHarness, copied_text, has_label, result_for, runtime, step_until};

use eframe::egui::{self, Key, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use netdoctor::diagnose::Verdict;
use netdoctor::engine::{CheckResult, ProbeEvent};
use netdoctor::gui::state::{EndpointId, SelectMode};
use netdoctor::gui::{NetdoctorApp, fonts};
use netdoctor::l10n::{Lang, Localizer};

/// The window the layout is designed for.
const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);

fn harness(app: NetdoctorApp) -> AppHarness {
    Harness::builder()
        .with_size(WINDOW)
        .with_max_steps(32)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut NetdoctorApp| app.ui_root(ui), app)
}

fn tr(id: &str) -> String {
    Localizer::new(Lang::En).tr(id)
}

/// The buttons (tabs, menu entries) with this label.
fn buttons(h: &AppHarness, label: &str) -> usize {
    h.query_all_by_label(label)
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .count()
}

fn click_button(h: &mut AppHarness, label: &str) {
    h.query_all_by_label(label)
        .find(|n| n.accesskit_node().role() == Role::Button)
        .unwrap_or_else(|| panic!("no button {label}"))
        .click();
    h.run();
}

/// Clicks a button and draws the one frame that carries out its copy.
fn copy_with(h: &mut AppHarness, label: &str) {
    h.get_by_label(label).click();
    h.step();
}

/// An app with one endpoint on `url`, focused, whose result is `result` (as the engine
/// would deliver it).
fn app_with_result(dir: &std::path::Path, url: &str, result: Box<CheckResult>) -> NetdoctorApp {
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir);
    let state = app.state_mut();
    let id = state.add(url.to_owned(), url.to_owned());
    state.select(id, SelectMode::Replace, &[id]);
    let (run_id, _) = state.begin_run(&[id]);
    state.apply(ProbeEvent::Finished {
        run_id: run_id.0,
        endpoint_id: id.0,
        result,
    });
    app
}

/// Focuses a new endpoint on `url` and waits for the check that adding it starts.
fn checked(h: &mut AppHarness, url: &str) -> EndpointId {
    let id = {
        let state = h.state_mut().state_mut();
        let id = state.add(url.to_owned(), url.to_owned());
        state.select(id, SelectMode::Replace, &[id]);
        id
    };
    h.run();
    h.get_by_label(&tr("gui-recheck")).click();
    h.step();
    step_until(h, "a result", |h| h.state().state().result(id).is_some());
    h.run();
    id
}

#[test]
fn tabs_show_diagnosis_exchange_and_server_and_ctrl_digits_switch_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let closed = common::closed_port();
    let url = format!("tcp://{closed}");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let id = checked(&mut h, &url);
    let l10n = Localizer::new(Lang::En);
    let state = h.state().state();
    assert_eq!(
        state.result(id).expect("result").verdict(),
        Verdict::Refused
    );
    let title = state.cause_title(&l10n, id).expect("a cause");

    // Diagnosis (the first tab): banner and the top cause, on screen without scrolling.
    for tab in ["gui-tab-diagnosis", "gui-tab-exchange", "gui-tab-server"] {
        assert_eq!(buttons(&h, &tr(tab)), 1, "{tab}");
    }
    assert_eq!(
        buttons(&h, &tr("gui-tab-history")),
        0,
        "one result: no chart"
    );
    let in_pane = h
        .query_all_by_label(&title)
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("cause title in the pane");
    assert!(in_pane.rect().bottom() < WINDOW.y, "{:?}", in_pane.rect());
    assert!(has_label(&h, &tr("verdict-refused")));
    assert!(!has_label(&h, &tr("gui-timeline")));

    // Ctrl+2: the exchange — timeline and the (empty) bytes.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert!(has_label(&h, &tr("gui-timeline")));
    assert!(has_label(&h, &tr("gui-bytes-none")));
    assert_eq!(
        h.query_all_by_label(&title).count(),
        1,
        "the cause is left to the table"
    );

    // Ctrl+4: a loopback target lists who listens on the port (nobody).
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    assert!(has_label(&h, &l10n.tr("local-listeners-heading")));
    let none = l10n.tr_args(
        "local-listeners-none",
        &[("port", closed.port().to_string().into())],
    );
    assert!(has_label(&h, &none), "{none}");

    // Ctrl+3 with no history keeps what is shown; Ctrl+1 goes back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert!(!has_label(&h, &l10n.tr("local-listeners-heading")));
    assert!(has_label(&h, &tr("verdict-refused")));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    assert!(
        h.query_all_by_label(&title).count() >= 2,
        "back on Diagnosis"
    );
}

#[test]
fn a_refused_remote_target_offers_the_server_commands_to_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A documentation address: never dialled, the result is handed to the app.
    let url = "tcp://203.0.113.7:5432";
    let app = app_with_result(dir.path(), url, result_for(url, Verdict::Refused));
    let mut h = harness(app);
    h.run();
    click_button(&mut h, &tr("gui-tab-server"));
    assert!(has_label(&h, &tr("server-hint-heading")));
    assert!(has_label(&h, "netdoctor server 5432"));
    assert!(has_label(&h, "netdoctor server --respond 5432"));
    let copy = tr("gui-copy");
    let copies: Vec<_> = h.query_all_by_label(&copy).collect();
    assert_eq!(copies.len(), 2, "one Copy per command");
    copies[1].click();
    h.step();
    assert_eq!(copied_text(&h), vec!["netdoctor server --respond 5432"]);
}

#[test]
fn arrows_move_the_selection_and_the_pane_follows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    let ids: Vec<EndpointId> = (1..=3)
        .map(|port| {
            let url = format!("tcp://127.0.0.1:{port}");
            app.state_mut().add(url.clone(), url)
        })
        .collect();
    let mut h = harness(app);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state().focus(), Some(ids[0]), "first row");
    h.key_press(Key::ArrowDown);
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state().focus(), Some(ids[2]));
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(h.state().state().focus(), Some(ids[1]));
    assert_eq!(h.state().state().selection().len(), 1);
    // The pane shows the focused endpoint's URL under its name.
    assert_eq!(h.query_all_by_label("tcp://127.0.0.1:2").count(), 3);
}

#[test]
fn an_ok_with_a_warning_has_its_own_badge_in_the_table_and_the_banner() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    // A server that signs its replies as `netdoctor server --respond` does: the check
    // passes, with the warning that the real server is not the one answering.
    let server = rt.block_on(common::http_server(
        "HTTP/1.1 200 OK",
        "Server: netdoctor-responder/0.1.0\r\n",
        "hello",
    ));
    let plain = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "hello"));
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let plain_id = checked(&mut h, &format!("http://{}/", plain.addr));
    let warned_id = checked(&mut h, &format!("http://{}/", server.addr));
    let state = h.state().state();
    for id in [plain_id, warned_id] {
        assert_eq!(state.result(id).expect("result").verdict(), Verdict::Ok);
    }
    assert!(state.result(warned_id).expect("result").warned());
    assert!(!state.result(plain_id).expect("result").warned());

    let badge = tr("gui-verdict-ok-warning");
    // Once in the table's Verdict column, once in the banner of the focused endpoint.
    assert_eq!(h.query_all_by_label(&badge).count(), 2, "{badge}");
    // The plain pass keeps the plain label.
    assert_eq!(h.query_all_by_label(&tr("verdict-ok")).count(), 1);
    assert!(has_label(&h, "◎"), "the warned icon");
    assert!(has_label(&h, "✓"), "the plain pass's icon");
    assert!(
        has_label_containing(&h, &tr("report-warning")),
        "the warning itself"
    );
}

fn has_label_containing(h: &AppHarness, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

/// Types `text` into the add field and presses Enter, as a user would.
fn add_endpoint(h: &mut AppHarness, text: &str) {
    let field = tr("gui-add-label");
    h.get_by_role_and_label(Role::TextInput, &field).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &field)
        .type_text(text);
    h.run();
    h.key_press(Key::Enter);
    // Frames, not `run`: the check adding starts keeps a spinner turning. The second
    // frame draws what the first one's commands opened (the protocol question).
    h.step();
    h.step();
}

#[test]
fn a_new_endpoint_is_checked_at_once_unless_the_view_menu_says_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let closed = common::closed_port();
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    assert!(h.state().state().check_on_add(), "on by default");
    add_endpoint(&mut h, &format!("tcp://{closed}"));
    let first = h.state().state().endpoints()[0].id;
    // No button pressed: adding it started the check.
    step_until(&mut h, "the result of the check on add", |h| {
        h.state().state().result(first).is_some()
    });
    h.run();
    assert!(has_label(&h, &tr("verdict-refused")));

    // View → "Check new endpoints at once" off: the next one waits for the user.
    click_button(&mut h, &tr("gui-menu-view"));
    h.get_by_label(&tr("gui-view-check-on-add")).click();
    h.run();
    assert!(!h.state().state().check_on_add());
    h.key_press(Key::Escape);
    h.run();
    add_endpoint(&mut h, "tcp://127.0.0.1:9");
    let second = h.state().state().endpoints()[1].id;
    h.step();
    let state = h.state().state();
    assert!(state.pending(second).is_none() && state.result(second).is_none());
    assert!(has_label(&h, &tr("gui-status-not-checked")));

    // The choice is kept with the other settings.
    h.state().flush_saves();
    let again = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    assert!(!again.state().check_on_add(), "remembered across a restart");
}

#[test]
fn copy_as_curl_and_websocat_repeat_what_netdoctor_sent_with_secrets_masked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let server = rt.block_on(common::ws_server());
    let url = format!("ws://{}/?token=s3cr3t-t0ken", server.addr);
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let id = checked(&mut h, &url);
    let sent = h
        .state()
        .state()
        .result(id)
        .expect("result")
        .result
        .observation
        .captured
        .sent
        .clone();
    let sent = String::from_utf8_lossy(&sent).into_owned();
    // The header's name is written as the WebSocket library sent it.
    let agent_line = sent
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("user-agent: netdoctor/"))
        .expect("netdoctor names itself")
        .to_owned();

    copy_with(&mut h, &tr("gui-copy-curl"));
    let curl = copied_text(&h).pop().expect("a curl line on the clipboard");
    h.run();
    assert!(curl.starts_with("curl -v --http1.1 -N "), "{curl}");
    assert!(curl.contains("-H 'Upgrade: websocket'"), "{curl}");
    let agent = format!("-H '{agent_line}'");
    assert!(curl.contains(&agent), "{curl}");
    assert!(
        curl.contains(&format!("'http://{}/?token=", server.addr)),
        "{curl}"
    );
    assert!(
        !curl.contains("s3cr3t-t0ken"),
        "the token is masked: {curl}"
    );

    copy_with(&mut h, &tr("gui-copy-websocat"));
    let websocat = copied_text(&h)
        .pop()
        .expect("a websocat line on the clipboard");
    h.run();
    assert!(
        websocat.starts_with(&format!("websocat -v {agent} ")),
        "{websocat}"
    );
    assert!(
        websocat.contains(&format!("ws://{}/?token=", server.addr)),
        "{websocat}"
    );
    assert!(!websocat.contains("s3cr3t-t0ken"), "{websocat}");
    assert!(
        !websocat.contains("Sec-WebSocket-Key"),
        "websocat writes its own"
    );
}

#[test]
fn copy_as_websocat_is_only_for_websocket_targets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = "http://127.0.0.1:9/";
    let app = app_with_result(dir.path(), url, result_for(url, Verdict::Refused));
    let mut h = harness(app);
    h.run();
    let label = tr("gui-copy-websocat");
    assert!(h.get_by_label(&label).accesskit_node().is_disabled());
    copy_with(&mut h, &tr("gui-copy-curl"));
    assert_eq!(
        copied_text(&h),
        vec![format!(
            "curl -v --http1.1 -H 'User-Agent: {}' -H 'Accept: */*' -H 'Connection: close' http://127.0.0.1:9/",
            netdoctor::USER_AGENT
        )]
    );
}

/// Answers the protocol question with the button `id`.
fn answer(h: &mut AppHarness, id: &str) {
    h.get_by_label(&tr(id)).click();
    // One frame carries out the answer, the next draws what follows it.
    h.step();
    h.step();
}

#[test]
fn a_pasted_host_and_port_without_a_protocol_asks_which_one_to_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let server = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "up"));
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    let l10n = Localizer::new(Lang::En);
    let port = server.addr.port();
    let lines = format!(
        "Error: connect ECONNREFUSED 127.0.0.1:{port}\nError: connect ETIMEDOUT 127.0.0.1:9"
    );
    add_endpoint(&mut h, &lines);
    let ask = l10n.tr_args(
        "gui-ask-scheme-text",
        &[("target", format!("127.0.0.1:{port}").into())],
    );
    assert!(has_label(&h, &ask), "{ask}");
    answer(&mut h, "gui-ask-scheme-http");
    let state = h.state().state();
    assert_eq!(
        state
            .endpoints()
            .iter()
            .map(|e| e.settings.url.clone())
            .collect::<Vec<_>>(),
        vec![format!("http://127.0.0.1:{port}")]
    );
    // The second line's question comes next; skipping it adds nothing.
    let next = l10n.tr_args("gui-ask-scheme-text", &[("target", "127.0.0.1:9".into())]);
    assert!(has_label(&h, &next), "{next}");
    answer(&mut h, "gui-ask-scheme-skip");
    h.step();
    assert_eq!(h.state().state().endpoints().len(), 1);
    assert!(!has_label(&h, &tr("gui-ask-scheme-title")));
    let id = h.state().state().endpoints()[0].id;
    step_until(&mut h, "the HTTP check", |h| {
        h.state().state().result(id).is_some()
    });
    assert_eq!(
        h.state().state().result(id).expect("result").verdict(),
        Verdict::Ok
    );
}

#[test]
fn a_pasted_error_is_kept_as_what_the_client_reported_with_a_note_when_the_check_differs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let closed = common::closed_port();
    let listening = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "up"));
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));

    // Node's words for a refused connect, where nothing listens: the check agrees.
    let refused_line = format!("Error: connect ECONNREFUSED {closed}");
    add_endpoint(&mut h, &refused_line);
    // The line names no protocol: the app asks, and nothing is added until answered.
    assert!(has_label(&h, &tr("gui-ask-scheme-title")));
    assert!(h.state().state().endpoints().is_empty());
    answer(&mut h, "gui-ask-scheme-tcp");
    let first = h.state().state().endpoints()[0].id;
    assert_eq!(
        h.state()
            .state()
            .endpoint(first)
            .expect("added")
            .settings
            .url,
        format!("tcp://{closed}")
    );
    step_until(&mut h, "the refused check", |h| {
        h.state().state().result(first).is_some()
    });
    h.run();
    assert!(has_label(&h, &tr("gui-reported-heading")));
    assert!(has_label(&h, &refused_line), "the client's own line");
    assert!(has_label(&h, &tr("verdict-refused")));
    assert!(!has_label(&h, &tr("gui-reported-differs-ok")));

    // The same words for a port that does accept: netdoctor saw something else.
    let stale_line = format!("Error: connect ECONNREFUSED {}", listening.addr);
    add_endpoint(&mut h, &stale_line);
    answer(&mut h, "gui-ask-scheme-tcp");
    let second = h.state().state().endpoints()[1].id;
    step_until(&mut h, "the second check", |h| {
        h.state().state().result(second).is_some()
    });
    h.run();
    assert_eq!(
        h.state().state().result(second).expect("result").verdict(),
        Verdict::Ok
    );
    assert!(has_label(&h, &stale_line));
    assert!(has_label(&h, &tr("gui-reported-differs-ok")));

    // Kept with the endpoint across a restart.
    h.state().flush_saves();
    let again = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
    let kept = again.state().endpoint(second).expect("kept");
    assert_eq!(kept.reported.as_deref(), Some(stale_line.as_str()));
}

#[test]
fn ctrl_v_on_the_table_adds_every_endpoint_the_clipboard_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime();
    let not_found = rt.block_on(common::http_server("HTTP/1.1 404 Not Found", "", "no"));
    let health = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "ok"));
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    h.run();
    let chrome = format!(
        "WebSocket connection to 'ws://{}/chat' failed: Error during WebSocket handshake: \
         Unexpected response code: 404",
        not_found.addr
    );
    let clipboard = format!("{chrome}\ncurl -v http://{}/health\n", health.addr);
    // What the native window turns Ctrl+V into while no text field has the keyboard.
    h.event(egui::Event::Paste(clipboard));
    h.step();
    let state = h.state().state();
    let urls: Vec<&str> = state
        .endpoints()
        .iter()
        .map(|e| e.settings.url.as_str())
        .collect();
    assert_eq!(
        urls,
        vec![
            format!("ws://{}/chat", not_found.addr),
            format!("http://{}/health", health.addr)
        ]
    );
    let ids = state.endpoints().ids();
    assert_eq!(
        state.endpoint(ids[0]).expect("first").reported.as_deref(),
        Some(chrome.as_str()),
        "the console line is what the client reported"
    );
    assert_eq!(
        state.endpoint(ids[1]).expect("second").reported,
        None,
        "a command reports nothing"
    );
    step_until(&mut h, "both checks on add", |h| {
        ids.iter().all(|id| h.state().state().result(*id).is_some())
    });
    let state = h.state().state();
    assert_ne!(state.result(ids[0]).expect("ws").verdict(), Verdict::Ok);
    assert_eq!(state.result(ids[1]).expect("http").verdict(), Verdict::Ok);
}

#[test]
fn the_server_tab_names_the_local_process_that_listens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let mut h = harness(NetdoctorApp::new_for_test(Some(Lang::En), dir.path()));
    checked(&mut h, &format!("tcp://{addr}"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    assert!(has_label(&h, &tr("local-listeners-heading")));
    // "127.0.0.1:PORT  NAME (pid PID)": this test process listens.
    let owner = format!("(pid {})", std::process::id());
    let line = format!("{addr}  ");
    assert!(has_label_containing(&h, &owner), "{owner}");
    assert!(has_label_containing(&h, &line), "{line}");
    drop(listener);
}
