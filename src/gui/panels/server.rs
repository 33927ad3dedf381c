//! The Server tab: who listens on the port for a local target, and for a remote one
//! the `netdoctor server` commands that confirm the cause on the server.

use eframe::egui::{self, RichText};

use crate::gui::command::Commands;
use crate::gui::panels::code_box::code_box;
use crate::gui::panels::diagnosis::no_result_ui;
use crate::gui::panels::view::View;
use crate::gui::state::EndpointId;
use crate::report::server_hint::{listener_lines, server_hint};

/// Draws the tab.
pub fn server_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId, commands: &mut Commands) {
    let l10n = &view.l10n;
    let Some(detail) = view.detail.filter(|d| d.id == id) else {
        no_result_ui(ui, view, id);
        return;
    };
    if let Some((heading, lines)) = listener_lines(&detail.entry, l10n) {
        ui.strong(heading);
        for line in lines {
            ui.add(egui::Label::new(RichText::new(line).monospace()).wrap());
        }
        return;
    }
    let Some((heading, intro, commands_shown)) = server_hint(&detail.entry, l10n) else {
        ui.weak(l10n.tr("gui-server-hint-when"));
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(heading);
        ui.add(egui::Label::new(intro).wrap());
        for (line, what) in commands_shown {
            ui.add_space(4.0);
            code_box(ui, l10n, &line, &line, commands);
            ui.add(egui::Label::new(RichText::new(what).weak()).wrap());
        }
    });
}
