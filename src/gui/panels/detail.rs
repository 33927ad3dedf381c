//! The detail pane of the focused endpoint: verdict banner, causes, timeline, raw bytes.

use eframe::egui::{self, RichText};

use crate::gui::command::{CheckScope, Command, Commands};
use crate::gui::panels::bytes_view::dump_ui;
use crate::gui::panels::detail_cache::Detail;
use crate::gui::panels::numbers::format_ms;
use crate::gui::panels::style::Tone;
use crate::gui::panels::view::{Drafts, View};
use crate::gui::panels::{causes, editor, watch};
use crate::l10n::Localizer;
use crate::report::ResultEntry;

/// Draws the pane.
pub fn detail_ui(ui: &mut egui::Ui, view: &View<'_>, drafts: &mut Drafts, commands: &mut Commands) {
    let l10n = &view.l10n;
    let state = view.state;
    let Some(endpoint) = state.focus().and_then(|id| state.endpoint(id)) else {
        ui.add_space(8.0);
        ui.weak(l10n.tr("gui-detail-none"));
        return;
    };
    let id = endpoint.id;
    ui.horizontal(|ui| {
        ui.heading(&endpoint.settings.name);
    });
    ui.label(RichText::new(&endpoint.settings.url).monospace());
    ui.horizontal(|ui| {
        if ui.button(l10n.tr("gui-recheck")).clicked() {
            commands.push(Command::Check(CheckScope::These(vec![id])));
        }
        if ui.button(l10n.tr("gui-duplicate")).clicked() {
            commands.push(Command::Duplicate(vec![id]));
        }
        if ui.button(l10n.tr("gui-delete")).clicked() {
            commands.push(Command::Delete(vec![id]));
        }
    });
    ui.add_space(4.0);

    if let Some(pending) = state.pending(id) {
        ui.horizontal(|ui| {
            ui.spinner();
            let phase = pending
                .phase
                .map_or_else(|| l10n.tr("gui-status-queued"), |p| l10n.tr(&p.fluent_id()));
            ui.label(l10n.tr_args("gui-detail-running", &[("phase", phase.into())]));
        });
    }
    let detail = view.detail.filter(|d| d.id == id);
    match detail {
        Some(detail) => banner_ui(ui, detail),
        None if state.is_cancelled(id) => {
            ui.weak(l10n.tr("gui-status-cancelled"));
        }
        None if state.pending(id).is_none() => {
            ui.weak(l10n.tr("gui-detail-not-checked"));
        }
        None => {}
    }

    watch::history_ui(ui, view, id, commands);

    egui::CollapsingHeader::new(l10n.tr("gui-edit"))
        .id_salt("endpoint-settings")
        .show(ui, |ui| editor::editor_ui(ui, view, drafts, commands));

    let Some(detail) = detail else {
        return;
    };
    causes::causes_ui(ui, l10n, detail, commands);
    ui.separator();
    timeline_ui(ui, l10n, &detail.entry);
    ui.separator();
    ui.heading(l10n.tr("gui-bytes"));
    let sent_title = l10n.tr_args("gui-bytes-sent", &[("count", detail.sent.len.into())]);
    dump_ui(
        ui,
        l10n,
        &sent_title,
        &detail.sent,
        &mut drafts.sent_view,
        commands,
    );
    ui.add_space(6.0);
    let received_title = l10n.tr_args(
        "gui-bytes-received",
        &[("count", detail.received.len.into())],
    );
    dump_ui(
        ui,
        l10n,
        &received_title,
        &detail.received,
        &mut drafts.received_view,
        commands,
    );
}

fn banner_ui(ui: &mut egui::Ui, detail: &Detail) {
    let tone = Tone::of(detail.entry.verdict());
    let visuals = ui.visuals().clone();
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
                    let label = detail.entry.verdict().label_id();
                    let l10n = Localizer::new(detail.lang);
                    ui.label(
                        RichText::new(l10n.tr(&label))
                            .strong()
                            .color(tone.color(&visuals)),
                    );
                    ui.add(egui::Label::new(&detail.entry.summary).wrap());
                });
            });
        });
    let l10n = Localizer::new(detail.lang);
    if detail.looked_up && !detail.entry.resolved.is_empty() {
        let addrs = detail.entry.resolved.join(", ");
        ui.weak(l10n.tr_args("gui-resolved", &[("addrs", addrs.into())]));
    }
    if let Some(peer) = &detail.entry.peer {
        ui.weak(l10n.tr_args("gui-peer", &[("peer", peer.as_str().into())]));
    }
    // Warnings hold on an `ok` result too, so they sit with the verdict, not the causes.
    for warning in &detail.entry.warnings {
        let text = RichText::new(format!(
            "⚠ {}: {}",
            l10n.tr("report-warning"),
            warning.title
        ))
        .color(ui.visuals().warn_fg_color);
        ui.add(egui::Label::new(text).wrap());
    }
    if let Some(cert) = &detail.entry.certificate {
        let text = egui::RichText::new(format!(
            "{}: {}",
            l10n.tr("report-certificate"),
            cert.describe(&l10n)
        ));
        // A certificate about to expire is the one fact here that needs action soon.
        let text = if cert.expires_soon() {
            text.color(ui.visuals().warn_fg_color)
        } else {
            text.weak()
        };
        ui.add(egui::Label::new(text).wrap());
    }
}

fn timeline_ui(ui: &mut egui::Ui, l10n: &Localizer, entry: &ResultEntry) {
    ui.heading(l10n.tr("gui-timeline"));
    let t = &entry.timings_ms;
    let phases = [
        ("gui-phase-dns", t.dns),
        ("gui-phase-connect", t.connect),
        ("gui-phase-tls", t.tls),
        ("gui-phase-handshake", t.handshake),
        ("gui-phase-total", t.total),
    ];
    let longest = phases
        .iter()
        .filter_map(|(_, ms)| *ms)
        .fold(0.0_f64, f64::max)
        .max(0.001);
    let bar_width = 160.0;
    let color = ui.visuals().selection.bg_fill;
    egui::Grid::new("timeline")
        .num_columns(3)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (id, ms) in phases {
                ui.label(l10n.tr(id));
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(bar_width, 10.0), egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
                if let Some(ms) = ms {
                    let width = (ms / longest) as f32 * bar_width;
                    let filled =
                        egui::Rect::from_min_size(rect.min, egui::vec2(width.max(1.0), 10.0));
                    ui.painter().rect_filled(filled, 2.0, color);
                    ui.label(l10n.tr_args("gui-ms", &[("ms", format_ms(ms).into())]));
                } else {
                    ui.weak(l10n.tr("gui-phase-not-run"));
                }
                ui.end_row();
            }
        });
}
