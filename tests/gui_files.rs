//! The desktop app's file actions, driven headless with egui_kittest: profiles through
//! the typed-path dialogs (the system file chooser is never opened), recent profiles,
//! reports of real loopback checks, and the Markdown copy.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::gui::{AppHarness, copied_text, harness, has_label, runtime, step_until};

use std::fs;
use std::path::{Path, PathBuf};

use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::{NodeT, Queryable};
use netdoctor::diagnose::Verdict;
use netdoctor::gui::NetdoctorApp;
use netdoctor::gui::panels::BannerTone;
use netdoctor::gui::state::SelectMode;
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::profile::{Profile, ProfileError};

fn app(dir: &Path) -> AppHarness {
    harness(NetdoctorApp::new_for_test(Some(Lang::En), dir))
}

fn tr(id: &str) -> String {
    Localizer::new(Lang::En).tr(id)
}

fn click(h: &mut AppHarness, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Types `url` into the add field and presses Enter, as a user would.
fn add_endpoint(h: &mut AppHarness, url: &str) {
    let field = tr("gui-add-label");
    h.get_by_role_and_label(Role::TextInput, &field).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &field)
        .type_text(url);
    h.run();
    h.key_press(Key::Enter);
    // Adding starts a check (its spinner keeps frames coming): wait for its result.
    step_until(h, "the check on add", |h| !h.state().state().is_running());
    h.run();
}

/// Clicks a menu entry by its text (its accessible name also holds the shortcut, if any).
fn click_item(h: &mut AppHarness, text: &str) {
    let with_shortcut = format!("{text} ");
    {
        let items: Vec<_> = h
            .query_all_by_label_contains(text)
            .filter(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l == text || l.starts_with(&with_shortcut))
            })
            .collect();
        assert_eq!(items.len(), 1, "one menu entry {text}");
        items[0].click();
    }
    h.run();
}

/// Opens a File menu entry.
fn file_menu(h: &mut AppHarness, id: &str) {
    click(h, &tr("gui-menu-file"));
    click_item(h, &tr(id));
}

/// Puts `path` into the open dialog's path field and presses its OK button.
fn submit_path(h: &mut AppHarness, path: &Path, ok_id: &str) {
    h.get_by_role_and_label(Role::TextInput, &tr("gui-file-path"))
        .set_text_value_accesskit(&path.display().to_string());
    h.run();
    click(h, &tr(ok_id));
}

fn dialog_open(h: &AppHarness) -> bool {
    has_label(h, &tr("gui-file-path"))
}

fn banners(h: &AppHarness, tone: BannerTone) -> Vec<String> {
    h.state()
        .banners()
        .iter()
        .filter(|b| b.tone == tone)
        .map(|b| b.text.clone())
        .collect()
}

fn urls(h: &AppHarness) -> Vec<String> {
    let state = h.state().state();
    state
        .endpoints()
        .iter()
        .map(|e| e.settings.url.clone())
        .collect()
}

const TEAM: &str = r#"# hand-written
version = 1
name = "team staging"
owner = "ops"          # a key this version does not know

[sync]
remote = "git@example.invalid:team/profiles"

[[endpoint]]
name = "chat"
url = "ws://127.0.0.1:8282/chat"
timeout_ms = 1500
notes = "the game client"
tags = ["chat", "local"]
retries = 3

[[endpoint]]
url = "tcp://127.0.0.1:5432"
"#;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write fixture file");
    path
}

#[test]
fn opening_a_profile_through_the_typed_path_shows_its_endpoints_and_undo_brings_the_list_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = write(dir.path(), "team.toml", TEAM);
    let mut h = app(&dir.path().join("state"));
    add_endpoint(&mut h, "tcp://127.0.0.1:9");

    file_menu(&mut h, "gui-menu-open-profile");
    assert!(has_label(&h, &tr("gui-dialog-open-title")));
    // The field has the keyboard as soon as the dialog opens: just type.
    h.get_by_role_and_label(Role::TextInput, &tr("gui-file-path"))
        .type_text(&profile.display().to_string());
    h.run();
    click(&mut h, &tr("gui-dialog-open"));

    assert!(!dialog_open(&h), "the dialog closes on success");
    assert_eq!(
        urls(&h),
        vec!["ws://127.0.0.1:8282/chat", "tcp://127.0.0.1:5432"]
    );
    // "chat" is part of its URL, so the URL column carries it (no Name column).
    assert!(
        has_label(&h, "ws://127.0.0.1:8282/chat"),
        "the table shows the profile's endpoints"
    );
    assert!(has_label(&h, "tcp://127.0.0.1:5432"));
    assert!(has_label(&h, "Profile: team staging"));
    let chat = &h.state().state().endpoints()[0].settings;
    assert_eq!(chat.timeout_ms, Some(1500));
    assert_eq!(chat.tags, vec!["chat", "local"]);
    assert_eq!(chat.notes, "the game client");
    assert!(banners(&h, BannerTone::Error).is_empty());
    assert_eq!(banners(&h, BannerTone::Info).len(), 1);

    // Nothing typed before is lost: the replaced list is one Undo away (and back again).
    click(&mut h, &tr("gui-undo"));
    assert_eq!(urls(&h), vec!["tcp://127.0.0.1:9"]);
    assert!(!has_label(&h, "Profile: team staging"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(urls(&h).len(), 2);
}

#[test]
fn a_corrupt_profile_shows_line_and_column_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "version = 1\nname = \"broken\"\n\n[[endpoint]]\nurl = tcp://127.0.0.1:1\n";
    let path = write(dir.path(), "broken.toml", text);
    let mut h = app(&dir.path().join("state"));
    add_endpoint(&mut h, "tcp://127.0.0.1:9");
    let before = h.state().state().endpoints().to_vec();

    file_menu(&mut h, "gui-menu-open-profile");
    submit_path(&mut h, &path, "gui-dialog-open");

    let err = Profile::load(&path).expect_err("corrupt");
    let ProfileError::Syntax { line, column, .. } = &err else {
        panic!("a syntax error, not {err:?}");
    };
    assert_eq!((*line, *column), (5, 7));
    let message = err.localize(&Localizer::new(Lang::En));
    assert!(message.contains("line 5, column 7"), "{message}");
    assert!(has_label(&h, &message), "the error shows: {message}");
    assert!(dialog_open(&h), "the dialog stays open to fix the path");
    assert_eq!(
        h.state().state().endpoints().to_vec(),
        before,
        "nothing changed"
    );
    assert_eq!(fs::read(&path).expect("read"), text.as_bytes());
    assert!(h.state().state().recent_profiles().is_empty());

    // A file that is not there says so too; the dialog closes with Escape.
    submit_path(&mut h, &dir.path().join("nope.toml"), "gui-dialog-open");
    assert!(has_label(&h, &tr("gui-dialog-open-title")));
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(!dialog_open(&h));
    assert_eq!(h.state().state().endpoints().to_vec(), before);
}

#[test]
fn save_then_load_keeps_unknown_fields_and_the_old_file_as_bak() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = write(dir.path(), "team.toml", TEAM);
    let mut h = app(&dir.path().join("state"));
    file_menu(&mut h, "gui-menu-open-profile");
    submit_path(&mut h, &original, "gui-dialog-open");
    add_endpoint(&mut h, "http://127.0.0.1:8080/health");

    // Save as: the field starts with the profile's own path.
    file_menu(&mut h, "gui-menu-save-profile-as");
    let path_label = tr("gui-file-path");
    let field = h.get_by_role_and_label(Role::TextInput, &path_label);
    assert_eq!(field.value(), Some(original.display().to_string()));
    let copy = dir.path().join("copy");
    submit_path(&mut h, &copy, "gui-dialog-save");
    assert!(!dialog_open(&h));

    let copy = dir.path().join("copy.toml");
    let saved = Profile::load(&copy).expect("the saved profile loads");
    assert_eq!(saved.name, "team staging");
    assert_eq!(
        saved.extra.get("owner").and_then(|v| v.as_str()),
        Some("ops")
    );
    assert!(saved.extra.contains_key("sync"), "{:?}", saved.extra);
    assert_eq!(saved.endpoints.len(), 3);
    assert_eq!(
        saved.endpoints[0]
            .extra
            .get("retries")
            .and_then(|v| v.as_integer()),
        Some(3)
    );
    assert_eq!(saved.endpoints[0].tags, vec!["chat", "local"]);
    assert_eq!(saved.endpoints[1].name, "", "a blank name stays blank");
    assert_eq!(saved.endpoints[2].url, "http://127.0.0.1:8080/health");
    let path_shown = copy.display().to_string();
    assert!(
        banners(&h, BannerTone::Info)
            .iter()
            .any(|b| b.contains(&path_shown)),
        "{:?}",
        h.state().banners()
    );

    // Ctrl+S now saves to the copy, keeping the previous version as copy.toml.bak.
    h.key_press(Key::Escape);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(netdoctor::fsutil::backup_path(&copy).exists());
    // The original was never touched.
    assert_eq!(fs::read_to_string(&original).expect("read"), TEAM);

    // Loading the copy in a fresh app shows the same list.
    let mut again = app(&dir.path().join("state2"));
    file_menu(&mut again, "gui-menu-open-profile");
    submit_path(&mut again, &copy, "gui-dialog-open");
    assert_eq!(urls(&again), urls(&h));
}

#[test]
fn saving_over_a_file_that_is_not_a_profile_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = write(dir.path(), "notes.toml", "[package]\nname = \"mine\"\n");
    let mut h = app(&dir.path().join("state"));
    add_endpoint(&mut h, "tcp://127.0.0.1:9");

    file_menu(&mut h, "gui-menu-save-profile-as");
    submit_path(&mut h, &notes, "gui-dialog-save");
    assert!(has_label(&h, &tr("gui-confirm-replace-title")));
    assert_eq!(
        fs::read_to_string(&notes).expect("read"),
        "[package]\nname = \"mine\"\n",
        "not replaced without asking"
    );
    click(&mut h, &tr("gui-confirm-replace"));
    assert!(!has_label(&h, &tr("gui-confirm-replace-title")));
    assert!(!dialog_open(&h));
    let saved = Profile::load(&notes).expect("now a profile");
    assert_eq!(saved.endpoints.len(), 1);
    let bak = netdoctor::fsutil::backup_path(&notes);
    assert_eq!(
        fs::read_to_string(bak).expect("bak"),
        "[package]\nname = \"mine\"\n"
    );
}

#[test]
fn recent_profiles_survive_a_restart_and_a_missing_one_is_dropped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("state");
    let first = write(dir.path(), "first.toml", TEAM);
    let second = write(
        dir.path(),
        "second.toml",
        "version = 1\n[[endpoint]]\nurl = \"tcp://127.0.0.1:7\"\n",
    );
    {
        let mut h = app(&storage);
        for path in [&first, &second] {
            file_menu(&mut h, "gui-menu-open-profile");
            submit_path(&mut h, path, "gui-dialog-open");
        }
        h.state().flush_saves();
    }

    let mut h = app(&storage);
    let recent = h.state().state().recent_profiles().to_vec();
    assert_eq!(recent, vec![second.clone(), first.clone()], "newest first");
    assert_eq!(
        urls(&h),
        vec!["tcp://127.0.0.1:7"],
        "the list came back too"
    );
    // A save after the restart still goes to the profile the list came from.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(netdoctor::fsutil::backup_path(&second).exists());

    // Open the first one from the submenu.
    click(&mut h, &tr("gui-menu-file"));
    click(&mut h, &tr("gui-menu-recent"));
    click(&mut h, &first.display().to_string());
    assert_eq!(urls(&h).len(), 2);

    // Gone from disk: a localized error, and it leaves the list.
    fs::remove_file(&second).expect("remove");
    click(&mut h, &tr("gui-menu-file"));
    click(&mut h, &tr("gui-menu-recent"));
    click(&mut h, &second.display().to_string());
    let want = Localizer::new(Lang::En).tr_args(
        "gui-recent-missing",
        &[("path", second.display().to_string().into())],
    );
    assert!(has_label(&h, &want), "{want}");
    assert_eq!(urls(&h).len(), 2, "nothing changed");
    assert_eq!(h.state().state().recent_profiles(), vec![first.clone()]);

    // Dismissing the messages hides them, one click each.
    let dismiss = tr("gui-dismiss");
    for _ in 0..h.state().banners().len() {
        h.query_all_by_label(&dismiss)
            .next()
            .expect("a Dismiss button")
            .click();
        h.run();
    }
    assert!(h.state().banners().is_empty());
    assert!(!has_label(&h, &want));

    h.state().flush_saves();
    let again = NetdoctorApp::new_for_test(Some(Lang::En), &storage);
    assert_eq!(again.state().recent_profiles(), vec![first]);
}

/// An app with a refused endpoint, an HTTP endpoint and one never checked, after "Check all"
/// of the first two.
struct Checked {
    h: AppHarness,
    _server: common::Fixture,
    _rt: tokio::runtime::Runtime,
    refused: String,
    http: String,
    unchecked: String,
}

fn checked_app(dir: &Path) -> Checked {
    let rt = runtime();
    let server = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "fine"));
    let refused = format!("tcp://{}", common::closed_port());
    let http = format!(
        "http://alice:hunter22@{}/health?token=s3cr3t-t0ken",
        server.addr
    );
    let unchecked = "tcp://127.0.0.1:9".to_owned();
    let mut h = app(dir);
    add_endpoint(&mut h, &refused);
    add_endpoint(&mut h, &http);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    step_until(&mut h, "two results", |h| {
        let state = h.state().state();
        state.result_count() == 2 && !state.is_running()
    });
    // Added with checking on add turned off, so it stays unchecked.
    h.state_mut().state_mut().set_check_on_add(false);
    add_endpoint(&mut h, &unchecked);
    h.run();
    Checked {
        h,
        _server: server,
        _rt: rt,
        refused,
        http,
        unchecked,
    }
}

#[test]
fn exports_html_markdown_and_json_of_checked_loopback_endpoints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Checked {
        mut h,
        refused,
        http,
        unchecked,
        ..
    } = checked_app(&dir.path().join("state"));
    let l10n = Localizer::new(Lang::En);
    let verdicts: Vec<String> = {
        let state = h.state().state();
        state.endpoints().ids()[..2]
            .iter()
            .map(|id| {
                state
                    .result(*id)
                    .expect("result")
                    .verdict()
                    .as_str()
                    .to_owned()
            })
            .collect()
    };
    assert_eq!(verdicts[0], "refused");

    // An unknown extension is refused with the localized message, and nothing is written.
    file_menu(&mut h, "gui-menu-export-report");
    let bad = dir.path().join("report.txt");
    submit_path(&mut h, &bad, "gui-dialog-export");
    let want = l10n.tr_args(
        "report-error-format",
        &[("path", bad.display().to_string().into())],
    );
    assert!(has_label(&h, &want), "{want}");
    assert!(!bad.exists());
    // The dialog says what the report covers before it is written.
    assert!(has_label(
        &h,
        &l10n.tr_args("gui-report-scope", &[("count", 3usize.into())])
    ));
    assert!(has_label(
        &h,
        &l10n.tr_args("gui-report-unchecked", &[("count", 1usize.into())])
    ));

    for name in ["report.html", "report.md", "report.json"] {
        let path = dir.path().join(name);
        if !dialog_open(&h) {
            file_menu(&mut h, "gui-menu-export-report");
        }
        submit_path(&mut h, &path, "gui-dialog-export");
        assert!(!dialog_open(&h), "{name}: {:?}", h.state().banners());
        let text = fs::read_to_string(&path).expect("the report exists");
        let done = l10n.tr_args(
            "gui-report-saved",
            &[
                ("count", 2usize.into()),
                ("skipped", 1usize.into()),
                ("path", path.display().to_string().into()),
            ],
        );
        assert_eq!(banners(&h, BannerTone::Info), vec![done], "{name}");
        assert!(
            !text.contains("hunter22"),
            "{name}: secrets masked by default"
        );
        assert!(
            !text.contains(&unchecked),
            "{name}: unchecked endpoint left out"
        );
        if name.ends_with(".json") {
            let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            let results = json["results"].as_array().expect("results");
            assert_eq!(results.len(), 2);
            let got: Vec<&str> = results
                .iter()
                .map(|r| r["verdict"].as_str().unwrap_or_default())
                .collect();
            assert_eq!(got, verdicts);
            assert_eq!(results[0]["target"], refused.as_str());
            assert!(
                results[1]["target"]
                    .as_str()
                    .is_some_and(|t| t.contains("***"))
            );
            assert_ne!(results[1]["target"], http.as_str(), "credentials masked");
        } else {
            for verdict in &verdicts {
                let verdict = Verdict::from_id(verdict).expect("a verdict id");
                let label = l10n.tr(&verdict.label_id());
                assert!(text.contains(&label), "{name} shows {label}");
            }
            assert!(text.contains(&refused), "{name}");
        }
    }
}

#[test]
fn export_of_the_selected_endpoints_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Checked { mut h, .. } = checked_app(&dir.path().join("state"));
    let l10n = Localizer::new(Lang::En);
    // Select the refused and the unchecked endpoint (as a click, then a Ctrl-click would).
    let ids = h.state().state().endpoints().ids();
    {
        let state = h.state_mut().state_mut();
        state.select(ids[0], SelectMode::Replace, &ids);
        state.select(ids[2], SelectMode::Toggle, &ids);
    }
    h.run();

    file_menu(&mut h, "gui-menu-export-report");
    let selected_only = l10n.tr_args("gui-report-selected-only", &[("count", 2usize.into())]);
    click(&mut h, &selected_only);
    assert!(has_label(
        &h,
        &l10n.tr_args("gui-report-scope", &[("count", 2usize.into())])
    ));
    let path = dir.path().join("selected.json");
    submit_path(&mut h, &path, "gui-dialog-export");
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("exists")).expect("JSON");
    let results = json["results"].as_array().expect("results");
    assert_eq!(results.len(), 1, "only the selected endpoint with a result");
    let name = h.state().state().endpoints()[0].settings.name.clone();
    assert_eq!(results[0]["name"], name.as_str());
    assert!(
        banners(&h, BannerTone::Info)[0].contains("1 not checked yet left out"),
        "{:?}",
        h.state().banners()
    );
}

#[test]
fn copy_as_markdown_puts_the_report_on_the_clipboard() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Checked { mut h, refused, .. } = checked_app(&dir.path().join("state"));
    let l10n = Localizer::new(Lang::En);

    h.get_by_label(&tr("gui-copy-markdown")).click();
    h.step();
    let copied = copied_text(&h);
    assert_eq!(copied.len(), 1, "{copied:?}");
    let markdown = &copied[0];
    assert!(markdown.starts_with(&format!("# {}", l10n.tr("report-title"))));
    assert!(markdown.contains(&l10n.tr("verdict-refused")), "{markdown}");
    assert!(markdown.contains(&refused));
    assert!(
        !markdown.contains("hunter22"),
        "secrets are masked by default"
    );
    h.run();

    // With "include secrets" ticked in the File menu, they stay.
    click(&mut h, &tr("gui-menu-file"));
    click(&mut h, &tr("gui-report-include-secrets"));
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label(&tr("gui-copy-markdown")).click();
    h.step();
    let copied = copied_text(&h);
    assert!(copied.iter().any(|m| m.contains("hunter22")), "{copied:?}");
}
