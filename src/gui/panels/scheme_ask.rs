//! The question asked when pasted text names a `host:port` but not its protocol:
//! which scheme to check it with.

use eframe::egui;

use crate::gui::command::{Command, Commands};
use crate::gui::panels::view::{Drafts, View};
use crate::target::Scheme;

/// The choices, each with its Fluent label.
const CHOICES: [(Scheme, &str); 5] = [
    (Scheme::Tcp, "gui-ask-scheme-tcp"),
    (Scheme::Http, "gui-ask-scheme-http"),
    (Scheme::Https, "gui-ask-scheme-https"),
    (Scheme::Ws, "gui-ask-scheme-ws"),
    (Scheme::Wss, "gui-ask-scheme-wss"),
];

/// Draws the first open question, if any.
pub fn scheme_ask_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    drafts: &Drafts,
    commands: &mut Commands,
) {
    let Some(question) = drafts.scheme_questions.first() else {
        return;
    };
    let l10n = &view.l10n;
    let target = question.found.url_with("tcp");
    let target = target.strip_prefix("tcp://").unwrap_or(&target).to_owned();
    let modal = egui::Modal::new(egui::Id::unique("scheme-ask")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(l10n.tr("gui-ask-scheme-title"));
        ui.add(
            egui::Label::new(l10n.tr_args("gui-ask-scheme-text", &[("target", target.into())]))
                .wrap(),
        );
        if let Some(line) = &question.reported {
            ui.add(egui::Label::new(egui::RichText::new(line).monospace().weak()).wrap());
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            for (scheme, id) in CHOICES {
                if ui.button(l10n.tr(id)).clicked() {
                    commands.push(Command::AnswerScheme(Some(scheme)));
                }
            }
        });
        ui.separator();
        if ui.button(l10n.tr("gui-ask-scheme-skip")).clicked() {
            commands.push(Command::AnswerScheme(None));
        }
    });
    if modal.should_close() {
        commands.push(Command::AnswerScheme(None));
    }
}
