//! The toolbar: check and cancel buttons, copy as Markdown, the filter box and the add-endpoint field.

use eframe::egui::{self, Button, Key, TextEdit};

use crate::gui::command::{CheckScope, Command, Commands, FileCommand};
use crate::gui::panels::view::{Drafts, View};

/// Width of the add-endpoint URL field.
const URL_FIELD_WIDTH: f32 = 360.0;

/// Draws the check buttons and the filter box.
pub fn toolbar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let state = view.state;
    ui.horizontal(|ui| {
        let any = !state.endpoints().is_empty();
        if ui
            .add_enabled(any, Button::new(l10n.tr("gui-check-all")))
            .clicked()
        {
            commands.push(Command::Check(CheckScope::All));
        }
        let selected = !state.selection().is_empty();
        if ui
            .add_enabled(selected, Button::new(l10n.tr("gui-check-selected")))
            .clicked()
        {
            commands.push(Command::Check(CheckScope::Selected));
        }
        if ui
            .add_enabled(state.is_running(), Button::new(l10n.tr("gui-cancel")))
            .clicked()
        {
            commands.push(Command::CancelRuns);
        }
        ui.separator();
        crate::gui::panels::watch::toolbar_watch_ui(ui, view, commands);
        ui.separator();
        // Same scope and secrets choice as Export report (File menu).
        let markdown = Button::new(view.l10n.tr("gui-copy-markdown"));
        if ui
            .add_enabled(state.has_results(), markdown)
            .on_hover_text(l10n.tr("gui-copy-markdown-hint"))
            .clicked()
        {
            commands.push(Command::File(FileCommand::CopyMarkdown(drafts.report)));
        }
        ui.separator();
        let label = ui.label(l10n.tr("gui-filter-label"));
        let filter = ui
            .add(
                TextEdit::singleline(&mut drafts.filter)
                    .hint_text(l10n.tr("gui-filter-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if filter.changed() {
            commands.push(Command::SetFilter(drafts.filter.clone()));
        }
    });
}

/// Draws the add-endpoint field; Enter or the button adds, a bad URL shows why under the field.
pub fn add_ui(ui: &mut egui::Ui, view: &View<'_>, drafts: &mut Drafts, commands: &mut Commands) {
    let l10n = &view.l10n;
    ui.horizontal(|ui| {
        let label = ui.label(l10n.tr("gui-add-label"));
        let field = ui
            .add(
                TextEdit::singleline(&mut drafts.add_url)
                    .hint_text(l10n.tr("gui-add-hint"))
                    .desired_width(URL_FIELD_WIDTH),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let clicked = ui.button(l10n.tr("gui-add-button")).clicked();
        if entered || clicked {
            commands.push(Command::AddEndpoint(drafts.add_url.clone()));
        }
    });
    if let Some(error) = &drafts.add_error {
        ui.colored_label(ui.visuals().error_fg_color, error.text(l10n));
    }
}
