//! The menu bar: File (profiles, recent profiles, reports), Edit, View, Language.

use eframe::egui::{self, Button, Key, KeyboardShortcut, Modifiers};

use crate::gui::command::{
    CheckScope, Command, Commands, FileAction, FileCommand, ReportOptions, ReproduceTool,
    save_command,
};
use crate::gui::panels::view::{Drafts, View};
use crate::gui::state::UndoStep;
use crate::l10n::Lang;

/// Draws the menu bar.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(l10n.tr("gui-menu-file"), |ui| {
            file_menu_ui(ui, view, &mut drafts.report, commands)
        });
        ui.menu_button(l10n.tr("gui-menu-edit"), |ui| {
            edit_menu_ui(ui, view, drafts.report, commands)
        });
        ui.menu_button(l10n.tr("gui-menu-view"), |ui| {
            let mut on = view.state.check_on_add();
            if ui
                .checkbox(&mut on, l10n.tr("gui-view-check-on-add"))
                .changed()
            {
                commands.push(Command::SetCheckOnAdd(on));
            }
            let mut notify = view.state.notify_changes();
            if ui
                .checkbox(&mut notify, l10n.tr("gui-view-notify-changes"))
                .changed()
            {
                commands.push(Command::SetNotifyChanges(notify));
            }
        });
        ui.menu_button(l10n.tr("gui-menu-language"), |ui| {
            for lang in Lang::ALL {
                let current = lang == view.state.lang();
                if ui.radio(current, lang.native_name()).clicked() {
                    commands.push(Command::SetLang(lang));
                    ui.close();
                }
            }
        });
    });
}

/// A menu entry with its shortcut shown the platform's way ("Ctrl+R" here, "⌘R" on a Mac).
fn item(
    ui: &mut egui::Ui,
    enabled: bool,
    text: String,
    shortcut: Option<(Modifiers, Key)>,
) -> bool {
    let mut button = Button::new(text);
    if let Some((modifiers, key)) = shortcut {
        let text = ui
            .ctx()
            .format_shortcut(&KeyboardShortcut::new(modifiers, key));
        button = button.shortcut_text(text);
    }
    ui.add_enabled(enabled, button).clicked()
}

fn file_menu_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    options: &mut ReportOptions,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let state = view.state;
    let file = |action| Command::File(FileCommand::ShowDialog(action));
    let command = |key| Some((Modifiers::COMMAND, key));
    if item(ui, true, l10n.tr("gui-menu-open-profile"), command(Key::O)) {
        commands.push(file(FileAction::OpenProfile));
    }
    if state.recent_profiles().is_empty() {
        ui.add_enabled(false, Button::new(l10n.tr("gui-menu-recent")));
    } else {
        ui.menu_button(l10n.tr("gui-menu-recent"), |ui| {
            for path in state.recent_profiles() {
                if ui.button(path.display().to_string()).clicked() {
                    commands.push(Command::File(FileCommand::Open(path.clone())));
                    ui.close();
                }
            }
        });
    }
    ui.separator();
    if item(ui, true, l10n.tr("gui-menu-save-profile"), command(Key::S)) {
        commands.push(save_command(state));
    }
    if item(ui, true, l10n.tr("gui-menu-save-profile-as"), None) {
        commands.push(file(FileAction::SaveProfile));
    }
    ui.separator();
    if item(
        ui,
        !state.endpoints().is_empty(),
        l10n.tr("gui-menu-export-report"),
        None,
    ) {
        commands.push(file(FileAction::ExportReport));
    }
    report_checkboxes_ui(ui, view, options);
    ui.separator();
    if ui.button(l10n.tr("gui-menu-quit")).clicked() {
        commands.push(Command::Quit);
    }
}

/// "Selected only" and "include secrets": what reports and copies cover.
pub fn report_checkboxes_ui(ui: &mut egui::Ui, view: &View<'_>, options: &mut ReportOptions) {
    let l10n = &view.l10n;
    let state = view.state;
    ui.add_enabled(
        state.can_export_selected(),
        egui::Checkbox::new(
            &mut options.selected_only,
            l10n.tr_args(
                "gui-report-selected-only",
                &[("count", state.selection().len().into())],
            ),
        ),
    );
    ui.checkbox(
        &mut options.include_secrets,
        l10n.tr("gui-report-include-secrets"),
    );
}

fn edit_menu_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    options: ReportOptions,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let state = view.state;
    let selected = state.selected_in_order();
    let has_selection = !selected.is_empty();
    let item = |ui: &mut egui::Ui, enabled: bool, id: &str, shortcut| {
        item(ui, enabled, l10n.tr(id), shortcut)
    };
    let command = |key| Some((Modifiers::COMMAND, key));
    if item(ui, has_selection, "gui-recheck", command(Key::R)) {
        commands.push(Command::Check(CheckScope::Selected));
    }
    if item(ui, has_selection, "gui-duplicate", None) {
        commands.push(Command::Duplicate(selected.clone()));
    }
    if item(
        ui,
        has_selection,
        "gui-delete",
        Some((Modifiers::NONE, Key::Delete)),
    ) {
        commands.push(Command::Delete(selected.clone()));
    }
    let undo_id = match state.last_undo() {
        Some(UndoStep::Replace(_)) => "gui-menu-undo-replace",
        _ => "gui-menu-undo-delete",
    };
    if item(ui, state.last_undo().is_some(), undo_id, command(Key::Z)) {
        commands.push(Command::Undo);
    }
    ui.separator();
    if item(
        ui,
        !view.rows.is_empty(),
        "gui-menu-select-all",
        command(Key::A),
    ) {
        commands.push(Command::SelectAll);
    }
    if item(ui, has_selection, "gui-menu-copy-summary", command(Key::C)) {
        commands.push(Command::CopySelectedSummary);
    }
    if item(ui, state.has_results(), "gui-copy-markdown", None) {
        commands.push(Command::File(FileCommand::CopyMarkdown(options)));
    }
    ui.separator();
    // The focused endpoint's check as a command line; websocat only speaks WebSocket.
    let focus_url = state
        .focus()
        .and_then(|id| state.endpoint(id))
        .map(|e| e.settings.url.trim_start().to_ascii_lowercase());
    if item(ui, focus_url.is_some(), "gui-copy-curl", None) {
        commands.push(Command::CopyReproduce(ReproduceTool::Curl));
    }
    let websocket = focus_url
        .as_deref()
        .is_some_and(|u| u.starts_with("ws://") || u.starts_with("wss://"));
    if item(ui, websocket, "gui-copy-websocat", None) {
        commands.push(Command::CopyReproduce(ReproduceTool::Websocat));
    }
}
