//! The status bar: profile, counts, progress, undo after a delete or a replaced list,
//! save problems, and below them the start-up notice.

use eframe::egui;

use crate::gui::command::{Command, Commands};
use crate::gui::panels::view::View;
use crate::gui::state::UndoStep;

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Commands) {
    let l10n = &view.l10n;
    let state = view.state;
    ui.horizontal(|ui| {
        if let Some(source) = state.profile() {
            ui.label(l10n.tr_args("gui-profile", &[("name", source.display_name().into())]))
                .on_hover_text(source.path.display().to_string());
            ui.separator();
        }
        ui.label(l10n.tr_args(
            "gui-count",
            &[
                ("shown", view.rows.len().into()),
                ("total", state.endpoints().len().into()),
            ],
        ));
        if !state.selection().is_empty() {
            ui.separator();
            ui.label(l10n.tr_args("gui-selected", &[("count", state.selection().len().into())]));
        }
        if state.pending_count() > 0 {
            ui.separator();
            ui.spinner();
            ui.label(l10n.tr_args("gui-running", &[("count", state.pending_count().into())]));
        }
        if let Some(last) = state.last_undo() {
            ui.separator();
            let text = match last {
                UndoStep::Delete(_) => {
                    l10n.tr_args("gui-deleted", &[("count", last.count().into())])
                }
                UndoStep::Replace(_) => {
                    l10n.tr_args("gui-replaced", &[("count", last.count().into())])
                }
            };
            ui.label(text);
            if ui.button(l10n.tr("gui-undo")).clicked() {
                commands.push(Command::Undo);
            }
        }
        crate::gui::panels::watch::change_notice_ui(ui, view);
        if let Some(error) = view.save_error {
            ui.separator();
            ui.colored_label(
                ui.visuals().error_fg_color,
                l10n.tr_args("gui-save-error", &[("error", error.into())]),
            );
        }
    });
    if let Some(notice) = view.notice {
        crate::gui::panels::notice::notice_ui(ui, l10n, notice, commands);
    }
}
