//! File dialogs, the "replace anyway?" question and the message banners.
//!
//! Every file action has its own small dialog with a typed path: the system's file
//! chooser (Browse…) is a convenience on top, since it can be missing altogether.

use std::path::PathBuf;

use eframe::egui::{self, Key, RichText, TextEdit};

use crate::gui::command::{Command, Commands, FileAction, FileCommand};
use crate::gui::panels::menu::report_checkboxes_ui;
use crate::gui::panels::view::{BannerTone, ConfirmReplace, Drafts, FileDialogDraft, View};
use crate::l10n::Localizer;

/// Width of the dialogs' content.
const DIALOG_WIDTH: f32 = 520.0;

/// Draws the messages about file actions, each with a Dismiss button.
pub fn banners_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Commands) {
    let l10n = &view.l10n;
    for banner in view.banners {
        let color = match banner.tone {
            BannerTone::Info => ui.visuals().text_color(),
            BannerTone::Warning => ui.visuals().warn_fg_color,
            BannerTone::Error => ui.visuals().error_fg_color,
        };
        ui.horizontal_top(|ui| {
            if ui.small_button(l10n.tr("gui-dismiss")).clicked() {
                commands.push(Command::DismissBanner(banner.id));
            }
            ui.add(egui::Label::new(RichText::new(&banner.text).color(color)).wrap());
        });
    }
}

/// Draws the open dialog, if any: the replace question over the file dialog.
pub fn dialogs_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    if drafts.confirm_replace.is_some() {
        confirm_replace_ui(ctx, view, drafts, commands);
    } else if drafts.file_dialog.is_some() {
        file_dialog_ui(ctx, view, drafts, commands);
    }
}

fn file_dialog_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let options = &mut drafts.report;
    let Some(dialog) = drafts.file_dialog.as_mut() else {
        return;
    };
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("file-dialog")).show(ctx, |ui| {
        ui.set_width(DIALOG_WIDTH);
        let (title, intro, ok) = texts(dialog.action);
        ui.heading(l10n.tr(title));
        ui.add(egui::Label::new(l10n.tr(intro)).wrap());
        if dialog.action == FileAction::ExportReport {
            report_options_ui(ui, view, options);
        }
        ui.add_space(6.0);
        let mut submit = false;
        ui.horizontal(|ui| {
            let label = ui.label(l10n.tr("gui-file-path"));
            let field = ui
                .add(
                    TextEdit::singleline(&mut dialog.path)
                        .hint_text(l10n.tr(hint(dialog.action)))
                        .desired_width(DIALOG_WIDTH - 160.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut dialog.focus) {
                field.request_focus();
            }
            submit = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let browse = egui::Button::new(l10n.tr("gui-file-browse"));
            if ui.add_enabled(!view.browsing, browse).clicked() {
                commands.push(Command::File(FileCommand::Browse(dialog.action)));
            }
        });
        if view.browsing {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.weak(l10n.tr("gui-file-browsing"));
            });
        }
        if let Some(note) = &dialog.note {
            ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
        }
        if let Some(error) = &dialog.error {
            let color = ui.visuals().error_fg_color;
            ui.add(egui::Label::new(RichText::new(error).color(color)).wrap());
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            submit |= ui.button(l10n.tr(ok)).clicked();
            if ui.button(l10n.tr("gui-dialog-cancel")).clicked() {
                close = true;
            }
        });
        if submit {
            submit_ui(dialog, l10n, *options, commands);
        }
    });
    if close || modal.should_close() {
        drafts.file_dialog = None;
    }
}

/// The report checkboxes (the same ones as in the File menu) and what they amount to.
fn report_options_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    options: &mut crate::gui::command::ReportOptions,
) {
    let l10n = &view.l10n;
    let state = view.state;
    report_checkboxes_ui(ui, view, options);
    let ids = state.report_ids(options.selected_only);
    let unchecked = ids.iter().filter(|id| state.result(**id).is_none()).count();
    ui.weak(l10n.tr_args("gui-report-scope", &[("count", ids.len().into())]));
    if unchecked > 0 {
        ui.weak(l10n.tr_args("gui-report-unchecked", &[("count", unchecked.into())]));
    }
}

fn submit_ui(
    dialog: &mut FileDialogDraft,
    l10n: &Localizer,
    options: crate::gui::command::ReportOptions,
    commands: &mut Commands,
) {
    let Some(path) = typed_path(&dialog.path) else {
        dialog.error = Some(l10n.tr("gui-file-no-path"));
        return;
    };
    let command = match dialog.action {
        FileAction::OpenProfile => FileCommand::Open(path),
        FileAction::SaveProfile => FileCommand::Save {
            path,
            replace: false,
        },
        FileAction::ExportReport => FileCommand::Export { path, options },
    };
    commands.push(Command::File(command));
}

fn confirm_replace_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let Some(ConfirmReplace { path, reason }) = &drafts.confirm_replace else {
        return;
    };
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("confirm-replace")).show(ctx, |ui| {
        ui.set_width(DIALOG_WIDTH);
        ui.heading(l10n.tr("gui-confirm-replace-title"));
        ui.add(egui::Label::new(reason).wrap());
        let backup = crate::fsutil::backup_path(path);
        ui.add(
            egui::Label::new(l10n.tr_args(
                "gui-confirm-replace-backup",
                &[("backup", backup.display().to_string().into())],
            ))
            .wrap(),
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(l10n.tr("gui-confirm-replace")).clicked() {
                commands.push(Command::File(FileCommand::Save {
                    path: path.clone(),
                    replace: true,
                }));
            }
            if ui.button(l10n.tr("gui-dialog-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        // Back to the file dialog, if the save came from one, to pick another name.
        drafts.confirm_replace = None;
    }
}

/// Title, introduction and OK button of each dialog.
fn texts(action: FileAction) -> (&'static str, &'static str, &'static str) {
    match action {
        FileAction::OpenProfile => (
            "gui-dialog-open-title",
            "gui-dialog-open-intro",
            "gui-dialog-open",
        ),
        FileAction::SaveProfile => (
            "gui-dialog-save-title",
            "gui-dialog-save-intro",
            "gui-dialog-save",
        ),
        FileAction::ExportReport => (
            "gui-dialog-export-title",
            "gui-dialog-export-intro",
            "gui-dialog-export",
        ),
    }
}

fn hint(action: FileAction) -> &'static str {
    match action {
        FileAction::OpenProfile | FileAction::SaveProfile => "gui-file-hint-profile",
        FileAction::ExportReport => "gui-file-hint-report",
    }
}

/// The path typed: trimmed, surrounding quotes (from a pasted path) dropped, a leading
/// `~` expanded; `None` when nothing was typed.
pub fn typed_path(text: &str) -> Option<PathBuf> {
    let mut text = text.trim();
    for quote in ['"', '\''] {
        if text.len() >= 2 && text.starts_with(quote) && text.ends_with(quote) {
            text = text[1..text.len() - 1].trim();
        }
    }
    if text.is_empty() {
        return None;
    }
    let home = || std::env::home_dir().filter(|h| !h.as_os_str().is_empty());
    if text == "~" {
        return home().or_else(|| Some(PathBuf::from(text)));
    }
    if let Some(rest) = text.strip_prefix("~/")
        && let Some(home) = home()
    {
        return Some(home.join(rest));
    }
    Some(PathBuf::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_are_trimmed_unquoted_and_expanded() {
        assert_eq!(typed_path("  "), None);
        assert_eq!(typed_path("\"\""), None);
        assert_eq!(
            typed_path(" '/tmp/a b.toml' "),
            Some(PathBuf::from("/tmp/a b.toml"))
        );
        assert_eq!(typed_path("x.md"), Some(PathBuf::from("x.md")));
        if let Some(home) = std::env::home_dir().filter(|h| !h.as_os_str().is_empty()) {
            assert_eq!(typed_path("~/p.toml"), Some(home.join("p.toml")));
        }
    }
}
