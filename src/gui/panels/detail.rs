//! The detail pane of the focused endpoint: a header with its actions, then tabs
//! (Diagnosis, Exchange, History, Server), so each part gets the pane's full height.

use eframe::egui::{self, RichText};

use crate::gui::command::{CheckScope, Command, Commands, DetailTab, ReproduceTool};
use crate::gui::panels::view::{Drafts, View};
use crate::gui::panels::{diagnosis, editor, exchange, server, watch};
use crate::gui::state::EndpointId;

/// Draws the pane.
pub fn detail_ui(ui: &mut egui::Ui, view: &View<'_>, drafts: &mut Drafts, commands: &mut Commands) {
    let l10n = &view.l10n;
    let state = view.state;
    let Some(endpoint) = state.focus().and_then(|id| state.endpoint(id)) else {
        ui.add_space(8.0);
        ui.weak(l10n.tr("gui-detail-none"));
        return;
    };
    let id = endpoint.id;
    ui.add(egui::Label::new(RichText::new(&endpoint.settings.name).heading()).truncate());
    ui.add(egui::Label::new(RichText::new(&endpoint.settings.url).monospace()).truncate());
    ui.horizontal_wrapped(|ui| {
        if ui.button(l10n.tr("gui-recheck")).clicked() {
            commands.push(Command::Check(CheckScope::These(vec![id])));
        }
        if ui.button(l10n.tr("gui-duplicate")).clicked() {
            commands.push(Command::Duplicate(vec![id]));
        }
        if ui.button(l10n.tr("gui-delete")).clicked() {
            commands.push(Command::Delete(vec![id]));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(l10n.tr("gui-copy-curl")).clicked() {
            commands.push(Command::CopyReproduce(ReproduceTool::Curl));
        }
        let websocket = endpoint.settings.url.trim_start().to_ascii_lowercase();
        let websocket = websocket.starts_with("ws://") || websocket.starts_with("wss://");
        if ui
            .add_enabled(websocket, egui::Button::new(l10n.tr("gui-copy-websocat")))
            .clicked()
        {
            commands.push(Command::CopyReproduce(ReproduceTool::Websocat));
        }
    });
    watch::watch_line_ui(ui, view, id, commands);
    egui::CollapsingHeader::new(l10n.tr("gui-edit"))
        .id_salt("endpoint-settings")
        .show(ui, |ui| editor::editor_ui(ui, view, drafts, commands));

    let tab = shown_tab(view, id, drafts.detail_tab);
    tabs_ui(ui, view, id, tab, commands);
    ui.separator();
    let scroll = |ui: &mut egui::Ui, salt: &str, add: &mut dyn FnMut(&mut egui::Ui)| {
        egui::ScrollArea::vertical()
            .id_salt(salt)
            .auto_shrink([false, false])
            .show(ui, |ui| add(ui));
    };
    match tab {
        DetailTab::Diagnosis => scroll(ui, "diagnosis-scroll", &mut |ui| {
            diagnosis::diagnosis_ui(ui, view, id, commands);
        }),
        // The dumps size themselves to the pane and scroll inside: no outer scroll.
        DetailTab::Exchange => exchange::exchange_ui(ui, view, id, drafts, commands),
        DetailTab::History => scroll(ui, "history-scroll", &mut |ui| {
            watch::history_ui(ui, view, id);
        }),
        DetailTab::Server => scroll(ui, "server-scroll", &mut |ui| {
            server::server_ui(ui, view, id, commands);
        }),
    }
}

/// The tab to show: the chosen one, unless it is History and there is no history yet.
pub fn shown_tab(view: &View<'_>, id: EndpointId, chosen: DetailTab) -> DetailTab {
    if chosen == DetailTab::History && !watch::has_history(view, id) {
        DetailTab::Diagnosis
    } else {
        chosen
    }
}

fn tabs_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    id: EndpointId,
    current: DetailTab,
    commands: &mut Commands,
) {
    let history = watch::has_history(view, id);
    ui.horizontal_wrapped(|ui| {
        for tab in DetailTab::ALL {
            if tab == DetailTab::History && !history {
                continue;
            }
            let label = RichText::new(view.l10n.tr(tab.label_id())).strong();
            if ui.selectable_label(tab == current, label).clicked() && tab != current {
                commands.push(Command::ShowTab(tab));
            }
        }
    });
}
