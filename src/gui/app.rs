//! The app: owns state, worker and background work; each frame applies what the
//! background sent, draws panels, runs commands.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use eframe::egui;

use crate::engine::ProbeEvent;
use crate::gui::background::{Background, Message, Waker};
use crate::gui::command::{Commands, EndpointEdit};
use crate::gui::keys;
use crate::gui::notifier::Notifier;
use crate::gui::panels::detail_cache::Detail;
use crate::gui::panels::view::{Banner, BannerTone, Drafts, EditorDraft, View};
use crate::gui::panels::{detail, files, menu, scheme_ask, status, table, toolbar};
use crate::gui::persist::{self, Saves, WatchSaves};
use crate::gui::picker::Picker;
use crate::gui::state::{AppState, Endpoint, EndpointId, RunId};
use crate::gui::worker::Worker;
use crate::l10n::{Lang, Localizer, negotiate};

/// Visible rows, recomputed only when the state's revision or the language changes.
#[derive(Debug, Default)]
struct RowCache {
    key: Option<(u64, Lang)>,
    positions: Vec<usize>,
    ids: Vec<EndpointId>,
}

/// The desktop app.
pub struct NetdoctorApp {
    pub(crate) state: AppState,
    pub(crate) drafts: Drafts,
    commands: Commands,
    pub(crate) background: Background,
    pub(crate) worker: Option<Worker>,
    pub(crate) saves: Saves,
    watch_saves: WatchSaves,
    rows: RowCache,
    detail: Option<Detail>,
    notice: Option<String>,
    pub(crate) banners: Vec<Banner>,
    next_banner: u64,
    pub(crate) picker: Picker,
    bound: bool,
    saved_window_size: Option<[f32; 2]>,
    /// Whether the window title carries the changed-verdict marker.
    title_marked: bool,
    /// Tests: each frame first waits for the file jobs queued so far, so one step
    /// after an action sees its result (a real user waits a frame or two longer).
    settle_each_frame: bool,
    /// Where notifications of watched changes go; `None` in tests, which read the
    /// state's queue instead of bothering the desktop.
    notifier: Option<Notifier>,
}

/// Most banners shown at once; older ones make room.
const MAX_BANNERS: usize = 6;

impl NetdoctorApp {
    /// Opens the app state kept in `dir`, in the language `negotiate` picks from the
    /// explicit choice, the saved one and the system's locales.
    pub fn open(dir: PathBuf, lang_override: Option<&str>, system_locales: &[String]) -> Self {
        let loaded = crate::gui::state_load::open(&dir, lang_override, system_locales);
        let saved = loaded.saved;
        let mut notice = (!loaded.notices.is_empty()).then(|| loaded.notices.join("\n"));
        let lang = negotiate(lang_override, saved.lang.as_deref(), system_locales);
        let profile = saved.profile_source();
        let mut state = AppState::with_endpoints(lang, saved.endpoints);
        state.window_size = saved.window_size;
        state.set_check_on_add(saved.check_on_add.unwrap_or(true));
        state.set_notify_changes(saved.notify_changes.unwrap_or(true));
        state.restore_profiles(profile, saved.recent_profiles);
        let watch = persist::load_watch(&dir);
        if let Some((error, aside)) = &watch.damaged {
            let l10n = Localizer::new(lang);
            let text = match aside {
                Some(path) => l10n.tr_args(
                    "watch-error-damaged",
                    &[
                        ("error", error.as_str().into()),
                        ("path", path.display().to_string().into()),
                    ],
                ),
                None => l10n.tr_args(
                    "watch-error-damaged-kept",
                    &[("error", error.as_str().into())],
                ),
            };
            // Both files damaged: say both, the endpoint list first.
            notice = Some(match notice.take() {
                Some(first) => format!("{first}\n{text}"),
                None => text,
            });
        }
        state.restore_watch(watch.saved, SystemTime::now(), Instant::now());
        let watch_saves = WatchSaves::new(watch.writable, state.watch_revision());
        let background = Background::new();
        let worker = match Worker::new(background.outbox().clone()) {
            Ok(worker) => Some(worker),
            Err(error) => {
                let l10n = Localizer::new(lang);
                notice =
                    Some(l10n.tr_args("gui-error-worker", &[("error", error.to_string().into())]));
                None
            }
        };
        NetdoctorApp {
            saved_window_size: state.window_size,
            state,
            drafts: Drafts::default(),
            commands: Commands::default(),
            background,
            worker,
            saves: Saves::new(dir),
            watch_saves,
            rows: RowCache::default(),
            detail: None,
            notice,
            banners: Vec::new(),
            next_banner: 1,
            picker: Picker::default(),
            bound: false,
            title_marked: false,
            settle_each_frame: false,
            notifier: Some(Notifier::default()),
        }
    }

    /// An app for tests: state in `storage_dir`, no system locale lookup.
    pub fn new_for_test(lang: Option<Lang>, storage_dir: &Path) -> Self {
        let mut app = NetdoctorApp::open(storage_dir.to_owned(), lang.map(Lang::code), &[]);
        app.settle_each_frame = true;
        app.notifier = None;
        app
    }

    /// The app's data.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The app's data, for tests that set up situations directly.
    pub fn state_mut(&mut self) -> &mut AppState {
        &mut self.state
    }

    /// Blocks until every change is written to disk.
    pub fn flush_saves(&self) {
        // Watch history waiting out its throttle is a change too.
        if self.watch_saves.is_dirty(self.state.watch_revision()) {
            self.saves.save_watch(&self.background, &self.state);
        }
        self.background.flush();
    }

    /// Where the app keeps its state.
    pub fn storage_dir(&self) -> &Path {
        self.saves.dir()
    }

    /// Signalled whenever background work sends a message (tests wait on it between frames).
    pub fn waker(&self) -> Option<Arc<Waker>> {
        Some(self.background.waker().clone())
    }

    /// Messages shown above the table, oldest first.
    pub fn banners(&self) -> &[Banner] {
        &self.banners
    }

    /// Shows a message above the table until dismissed. A new info message replaces the
    /// previous one (it is about an older action); warnings and errors stay.
    pub(crate) fn banner(&mut self, tone: BannerTone, text: String) {
        if tone == BannerTone::Info {
            self.banners.retain(|b| b.tone != BannerTone::Info);
        }
        self.banners.push(Banner {
            id: self.next_banner,
            tone,
            text,
        });
        self.next_banner += 1;
        if self.banners.len() > MAX_BANNERS {
            self.banners.remove(0);
        }
    }

    /// Queues a save of the current state.
    pub(crate) fn persist(&mut self) {
        self.saved_window_size = self.state.window_size;
        self.saves.save(&self.background, &self.state);
        // Unconditionally: replacing the list (opening a profile) drops history without
        // a revision to notice, and the watch file must follow the list it belongs to.
        self.write_watch();
    }

    /// Queues a save of watch mode (watched set, interval, history) if it changed.
    fn save_watch(&mut self) {
        if self.watch_saves.is_dirty(self.state.watch_revision()) {
            self.write_watch();
        }
    }

    fn write_watch(&mut self) {
        if self.watch_saves.writable() {
            self.saves.save_watch(&self.background, &self.state);
            self.watch_saves
                .wrote(self.state.watch_revision(), Instant::now());
        }
    }

    /// Saves watch mode if it changed and its throttle allows.
    fn save_watch_when_due(&mut self) {
        if self
            .watch_saves
            .is_due(self.state.watch_revision(), Instant::now())
        {
            self.save_watch();
        }
    }

    /// Draws one frame into `ui` (the whole window).
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.bound {
            self.background.waker().bind(&ctx);
            self.bound = true;
        }
        if self.settle_each_frame {
            self.background.flush();
        }
        // An integration that cannot tell counts as focused: no notification then.
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        self.state.set_window_focused(focused);
        self.apply_messages(&ctx);
        if let Some(notifier) = &mut self.notifier {
            for notification in self.state.take_notifications() {
                notifier.show(notification);
            }
        }
        self.watch_tick(&ctx);
        // Screen readers announce the window by its root node, which egui leaves
        // unnamed; the closure runs only while assistive technology is listening.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(self.window_title());
        });
        keys::shortcuts(
            &ctx,
            &self.state,
            self.drafts.modal_open(),
            &mut self.commands,
        );
        self.refresh_caches();
        self.draw(ui);
        let commands = self.commands.drain();
        if !commands.is_empty() {
            for command in commands {
                self.execute(&ctx, command);
            }
            // The frame drawn before the commands ran is stale; draw once more.
            ctx.request_repaint();
        }
        self.save_watch_when_due();
        // An idle watched list sleeps until the next check is due; nothing watched, no wake-up.
        if let Some(next) = self.state.watch().next_due() {
            ctx.request_repaint_after(next.saturating_duration_since(Instant::now()));
        }
        if let Some(rect) = ctx.input(|i| i.viewport().inner_rect) {
            self.state.window_size = Some([rect.width(), rect.height()]);
        }
    }

    /// Waits for the file jobs queued so far and applies what they found.
    #[cfg(test)]
    pub(crate) fn settle(&mut self, ctx: &egui::Context) {
        self.background.flush();
        self.apply_messages(ctx);
    }

    /// Applies everything background work sent since the last frame, in one batch,
    /// without waiting for more.
    fn apply_messages(&mut self, ctx: &egui::Context) {
        for message in self.background.drain() {
            match message {
                Message::Engine(event) => {
                    if let (ProbeEvent::RunFinished { run_id, .. }, Some(worker)) =
                        (&event, &mut self.worker)
                    {
                        worker.finished(RunId(*run_id));
                    }
                    self.state.apply(event);
                }
                Message::Picked(action, path) => {
                    self.picker.answered();
                    self.picked(ctx, action, path);
                }
                Message::Done(done) => self.finish_file_job(done),
            }
        }
    }

    /// Starts the checks of watched endpoints that are due and marks the window title
    /// while a change of verdict is unseen.
    fn watch_tick(&mut self, ctx: &egui::Context) {
        let due = self.state.watch_tick(Instant::now());
        if !due.is_empty() {
            self.start_check(&due);
        }
        let marked = self.state.any_unseen_change();
        if marked != self.title_marked {
            self.title_marked = marked;
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
        }
    }

    /// The window title, marked while a change of verdict is unseen.
    pub(crate) fn window_title(&self) -> String {
        let l10n = Localizer::new(self.state.lang());
        let title = l10n.tr("gui-window-title");
        if self.title_marked {
            l10n.tr_args("watch-window-title-changed", &[("title", title.into())])
        } else {
            title
        }
    }

    /// Ids of the visible rows, recomputed only when the state changed since last time.
    pub(crate) fn visible_ids(&mut self) -> &[EndpointId] {
        let key = Some((self.state.revision(), self.state.lang()));
        if self.rows.key != key {
            let l10n = Localizer::new(self.state.lang());
            self.rows.positions = self.state.view_positions(&l10n);
            let endpoints = self.state.endpoints();
            self.rows.ids = self
                .rows
                .positions
                .iter()
                .map(|&i| endpoints[i].id)
                .collect();
            self.rows.key = key;
        }
        &self.rows.ids
    }

    fn refresh_caches(&mut self) {
        let l10n = Localizer::new(self.state.lang());
        self.visible_ids();
        let focus = self.state.focus();
        let outcome = focus.and_then(|id| self.state.result(id).map(|o| (id, o)));
        self.detail = match (outcome, self.detail.take()) {
            (Some((id, o)), Some(d)) if d.is_for(id, o, self.state.lang()) => Some(d),
            (Some((id, o)), _) => self
                .state
                .endpoint(id)
                .map(|endpoint| Detail::build(&l10n, endpoint, o)),
            (None, _) => None,
        };
        let draft_id = self.drafts.editor.as_ref().map(|d| d.edit.id);
        if draft_id != focus {
            self.drafts.editor = focus
                .and_then(|id| self.state.endpoint(id))
                .map(EditorDraft::from_endpoint);
        }
    }

    fn draw(&mut self, ui: &mut egui::Ui) {
        let save_error = self.saves.error();
        let scroll_to_row = if std::mem::take(&mut self.drafts.scroll_to_focus) {
            let focus = self.state.focus();
            self.rows.ids.iter().position(|id| Some(*id) == focus)
        } else {
            None
        };
        let view = View {
            state: &self.state,
            l10n: Localizer::new(self.state.lang()),
            rows: &self.rows.ids,
            positions: &self.rows.positions,
            detail: self.detail.as_ref(),
            save_error: save_error.as_deref(),
            notice: self.notice.as_deref(),
            banners: &self.banners,
            browsing: self.picker.is_busy(),
            scroll_to_row,
        };
        let drafts = &mut self.drafts;
        let commands = &mut self.commands;
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, &view, drafts, commands));
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(4.0);
            toolbar::toolbar_ui(ui, &view, drafts, commands);
            toolbar::add_ui(ui, &view, drafts, commands);
            ui.add_space(2.0);
        });
        if !view.banners.is_empty() {
            egui::Panel::top("banners").show(ui, |ui| {
                ui.add_space(2.0);
                files::banners_ui(ui, &view, commands);
                ui.add_space(2.0);
            });
        }
        egui::Panel::bottom("status").show(ui, |ui| status::status_bar_ui(ui, &view, commands));
        egui::Panel::right("detail")
            .resizable(true)
            // The table needs about 880 px for its columns at 1280 px; the pane takes the rest.
            .default_size(360.0)
            .size_range(320.0..=900.0)
            // Each tab scrolls on its own, below the header.
            .show(ui, |ui| detail::detail_ui(ui, &view, drafts, commands));
        egui::CentralPanel::default().show(ui, |ui| table::table_ui(ui, &view, commands));
        files::dialogs_ui(ui.ctx(), &view, drafts, commands);
        scheme_ask::scheme_ask_ui(ui.ctx(), &view, drafts, commands);
    }
}

impl EditorDraft {
    /// A form holding `endpoint`'s current settings.
    pub fn from_endpoint(endpoint: &Endpoint) -> EditorDraft {
        let id = endpoint.id;
        let endpoint = &endpoint.settings;
        EditorDraft {
            edit: EndpointEdit {
                id,
                name: endpoint.name.clone(),
                url: endpoint.url.clone(),
                expect_ips: endpoint
                    .expect_ips
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                timeout_ms: endpoint
                    .timeout_ms
                    .map_or_else(String::new, |ms| ms.to_string()),
                notes: endpoint.notes.clone(),
                tags: endpoint.tags.join(", "),
            },
            ..EditorDraft::default()
        }
    }
}

impl eframe::App for NetdoctorApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        // Endpoints and language are saved when they change; this catches window resizes,
        // and results a throttled watch save left unwritten.
        if self.state.window_size != self.saved_window_size {
            self.persist();
        } else {
            self.save_watch();
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.persist();
        self.background.flush();
    }
}
