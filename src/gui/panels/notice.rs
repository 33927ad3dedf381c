//! The start-up notice (a damaged or newer state file, a worker that did not
//! start): wrapped to the window, selectable, with a button that copies it whole,
//! so a long path can be read and pasted at any width.

use eframe::egui::{self, RichText};

use crate::gui::command::{Command, Commands};
use crate::l10n::Localizer;

/// Draws `notice` on its own rows below the status bar's line.
pub fn notice_ui(ui: &mut egui::Ui, l10n: &Localizer, notice: &str, commands: &mut Commands) {
    ui.separator();
    ui.horizontal_top(|ui| {
        if ui.small_button(l10n.tr("gui-notice-copy")).clicked() {
            commands.push(Command::Copy(notice.to_owned()));
        }
        // Wrap (breaking inside a long path too) rather than run past the window edge.
        ui.add(
            egui::Label::new(RichText::new(notice).color(ui.visuals().warn_fg_color))
                .wrap()
                .selectable(true),
        );
    });
}
