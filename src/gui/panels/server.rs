//! The Server tab: who listens on the port for a local target, and for a remote one
//! the `netdoctor server` commands that confirm the cause on the server.

use eframe::egui::{self, RichText};

use crate::gui::command::{Command, Commands};
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
            egui::Frame::new()
                .fill(ui.visuals().code_bg_color)
                .corner_radius(4.0)
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        if ui.small_button(l10n.tr("gui-copy")).clicked() {
                            commands.push(Command::Copy(line.clone()));
                        }
                        ui.add(egui::Label::new(RichText::new(&line).monospace()).selectable(true));
                    });
                });
            ui.add(egui::Label::new(RichText::new(what).weak()).wrap());
        }
    });
}
