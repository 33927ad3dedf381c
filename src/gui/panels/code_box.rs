//! A command on a code background with a Copy button: the one way the app shows a
//! line the user may run.

use eframe::egui::{self, RichText};

use crate::gui::command::{Command, Commands};
use crate::l10n::Localizer;

/// Draws `shown` in a code box; Copy puts `copy` (the unmasked line) on the clipboard.
pub fn code_box(
    ui: &mut egui::Ui,
    l10n: &Localizer,
    shown: &str,
    copy: &str,
    commands: &mut Commands,
) {
    egui::Frame::new()
        .fill(ui.visuals().code_bg_color)
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_top(|ui| {
                if ui.small_button(l10n.tr("gui-copy")).clicked() {
                    commands.push(Command::Copy(copy.to_owned()));
                }
                ui.add(
                    egui::Label::new(RichText::new(shown).monospace())
                        .wrap()
                        .selectable(true),
                );
            });
        });
}
