//! Ranked causes: title, likelihood bar, explanation, evidence bullets and the fix with copyable code.

use eframe::egui::{self, RichText};

use crate::gui::command::Commands;
use crate::gui::fixtext::FixPart;
use crate::gui::panels::code_box::code_box;
use crate::gui::panels::detail_cache::Detail;
use crate::l10n::Localizer;

/// Draws every cause of the result, most likely first.
pub fn causes_ui(ui: &mut egui::Ui, l10n: &Localizer, detail: &Detail, commands: &mut Commands) {
    if detail.entry.causes.is_empty() {
        return;
    }
    ui.separator();
    ui.heading(l10n.tr("gui-causes"));
    for (index, cause) in detail.entry.causes.iter().enumerate() {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(&cause.title).strong()).wrap());
            let percent = (cause.score * 100.0).round() as u64;
            ui.add(
                egui::ProgressBar::new(cause.score as f32)
                    .desired_width(180.0)
                    .text(l10n.tr_args("gui-cause-score", &[("percent", percent.into())])),
            );
            if !cause.detail.is_empty() {
                ui.add(egui::Label::new(&cause.detail).wrap());
            }
            if !cause.evidence.is_empty() {
                ui.label(RichText::new(l10n.tr("gui-evidence")).strong());
                for line in &cause.evidence {
                    ui.horizontal_top(|ui| {
                        ui.label("•");
                        ui.add(egui::Label::new(line).wrap());
                    });
                }
            }
            if let Some(parts) = detail.fixes.get(index)
                && !parts.is_empty()
            {
                ui.label(RichText::new(l10n.tr("gui-fix")).strong());
                fix_ui(ui, l10n, parts, commands);
            }
        });
    }
}

fn fix_ui(ui: &mut egui::Ui, l10n: &Localizer, parts: &[FixPart], commands: &mut Commands) {
    for part in parts {
        match part {
            FixPart::Prose(text) => {
                ui.add(egui::Label::new(text).wrap());
            }
            FixPart::Code { shown, copy } => code_box(ui, l10n, shown, copy, commands),
        }
    }
}
