//! The settings form of the focused endpoint: name, URL, expected IPs, timeout, tags, notes.

use eframe::egui::{self, Key, TextEdit};

use crate::gui::command::{Command, Commands};
use crate::gui::panels::view::{Drafts, FieldError, View};

/// Draws the form; Save (or Enter in a field) sends the edit to be validated and applied.
pub fn editor_ui(ui: &mut egui::Ui, view: &View<'_>, drafts: &mut Drafts, commands: &mut Commands) {
    let l10n = &view.l10n;
    let Some(draft) = drafts.editor.as_mut() else {
        return;
    };
    let mut submit = false;
    let mut field = |ui: &mut egui::Ui,
                     label_id: &str,
                     hint: Option<&str>,
                     text: &mut String,
                     error: &Option<FieldError>| {
        let label = ui.label(l10n.tr(label_id));
        ui.vertical(|ui| {
            // Notes may span lines (Enter adds one there instead of saving).
            let mut edit = if label_id == "gui-edit-notes" {
                TextEdit::multiline(text).desired_rows(2)
            } else {
                TextEdit::singleline(text)
            }
            .desired_width(f32::INFINITY);
            if let Some(hint) = hint {
                edit = edit.hint_text(l10n.tr(hint));
            }
            let response = ui.add(edit).labelled_by(label.id);
            if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                submit = true;
            }
            if let Some(error) = error {
                ui.colored_label(ui.visuals().error_fg_color, error.text(l10n));
            }
        });
        ui.end_row();
    };
    egui::Grid::new("endpoint-editor")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            field(ui, "gui-edit-name", None, &mut draft.edit.name, &None);
            field(
                ui,
                "gui-edit-url",
                None,
                &mut draft.edit.url,
                &draft.url_error,
            );
            field(
                ui,
                "gui-edit-expect-ips",
                Some("gui-edit-expect-ips-hint"),
                &mut draft.edit.expect_ips,
                &draft.ips_error,
            );
            field(
                ui,
                "gui-edit-timeout",
                Some("gui-edit-timeout-hint"),
                &mut draft.edit.timeout_ms,
                &draft.timeout_error,
            );
            field(
                ui,
                "gui-edit-tags",
                Some("gui-edit-tags-hint"),
                &mut draft.edit.tags,
                &None,
            );
            field(ui, "gui-edit-notes", None, &mut draft.edit.notes, &None);
        });
    ui.horizontal(|ui| {
        if ui.button(l10n.tr("gui-edit-save")).clicked() {
            submit = true;
        }
        if ui.button(l10n.tr("gui-edit-revert")).clicked() {
            // Dropping the draft makes the app rebuild it from the saved endpoint.
            drafts.editor = None;
            return;
        }
        if submit && let Some(draft) = &drafts.editor {
            commands.push(Command::UpdateEndpoint(draft.edit.clone()));
        }
    });
}
