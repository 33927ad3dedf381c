//! The Diagnosis tab: the verdict banner, what the user's client reported, warnings,
//! and the ranked causes with evidence and fix.

use eframe::egui::{self, RichText};

use crate::gui::command::Commands;
use crate::gui::panels::causes;
use crate::gui::panels::detail_cache::Detail;
use crate::gui::panels::style::Tone;
use crate::gui::panels::view::View;
use crate::gui::state::EndpointId;
use crate::l10n::Localizer;

/// Draws the tab.
pub fn diagnosis_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId, commands: &mut Commands) {
    let l10n = &view.l10n;
    let state = view.state;
    let detail = view.detail.filter(|d| d.id == id);
    let reported = state.endpoint(id).and_then(|e| e.reported.as_deref());
    let Some(detail) = detail else {
        if let Some(line) = reported {
            reported_ui(ui, l10n, line, None);
        }
        no_result_ui(ui, view, id);
        return;
    };
    if state.pending(id).is_some() {
        no_result_ui(ui, view, id);
    }
    banner_ui(ui, detail);
    if let Some(line) = reported {
        reported_ui(ui, l10n, line, detail.reported_differs.as_deref());
    }
    warnings_ui(ui, detail);
    causes::causes_ui(ui, l10n, detail, commands);
}

/// What a tab without a result says: the check's phase while it runs, else why
/// there is nothing (cancelled, or never checked).
pub fn no_result_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId) {
    let l10n = &view.l10n;
    let state = view.state;
    if let Some(pending) = state.pending(id) {
        ui.horizontal(|ui| {
            ui.spinner();
            let phase = pending
                .phase
                .map_or_else(|| l10n.tr("gui-status-queued"), |p| l10n.tr(&p.fluent_id()));
            ui.label(l10n.tr_args("gui-detail-running", &[("phase", phase.into())]));
        });
    } else if state.is_cancelled(id) {
        ui.weak(l10n.tr("gui-status-cancelled"));
    } else if view.detail.filter(|d| d.id == id).is_none() {
        ui.weak(l10n.tr("gui-detail-not-checked"));
    }
}

/// "Your client reported": the pasted line, and how the check differs from it.
fn reported_ui(ui: &mut egui::Ui, l10n: &Localizer, line: &str, differs: Option<&str>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(l10n.tr("gui-reported-heading"));
        // The client's own words, shown as text: nothing in them is interpreted.
        ui.add(
            egui::Label::new(RichText::new(line).monospace())
                .wrap()
                .selectable(true),
        );
        if let Some(note) = differs {
            let text = RichText::new(note).color(ui.visuals().warn_fg_color);
            ui.add(egui::Label::new(text).wrap());
        }
    });
    ui.add_space(4.0);
}

fn banner_ui(ui: &mut egui::Ui, detail: &Detail) {
    let verdict = detail.entry.verdict();
    let warned = !detail.entry.warnings.is_empty();
    let tone = Tone::of_result(verdict, warned);
    let visuals = ui.visuals().clone();
    let l10n = Localizer::new(detail.lang);
    egui::Frame::new()
        .fill(tone.fill(&visuals))
        .stroke(egui::Stroke::new(1.0, tone.color(&visuals)))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tone.icon())
                        .size(22.0)
                        .color(tone.color(&visuals)),
                );
                ui.vertical(|ui| {
                    let label = Tone::verdict_label_id(verdict, warned);
                    ui.label(
                        RichText::new(l10n.tr(&label))
                            .strong()
                            .color(tone.color(&visuals)),
                    );
                    ui.add(egui::Label::new(&detail.entry.summary).wrap());
                });
            });
        });
    if detail.looked_up && !detail.entry.resolved.is_empty() {
        let addrs = detail.entry.resolved.join(", ");
        ui.weak(l10n.tr_args("gui-resolved", &[("addrs", addrs.into())]));
    }
    if let Some(peer) = &detail.entry.peer {
        ui.weak(l10n.tr_args("gui-peer", &[("peer", peer.as_str().into())]));
    }
}

/// Warnings hold on an `ok` result too, so they sit with the verdict, not the causes.
fn warnings_ui(ui: &mut egui::Ui, detail: &Detail) {
    let l10n = Localizer::new(detail.lang);
    for warning in &detail.entry.warnings {
        let text = RichText::new(format!(
            "⚠ {}: {}",
            l10n.tr("report-warning"),
            warning.title
        ))
        .color(ui.visuals().warn_fg_color);
        ui.add(egui::Label::new(text).wrap());
        if !warning.detail.is_empty() {
            ui.add(egui::Label::new(&warning.detail).wrap());
        }
    }
}
