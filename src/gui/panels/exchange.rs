//! The Exchange tab: the phase timeline, the TLS certificate's facts, and the bytes
//! sent and received filling the rest of the pane (side by side when it is wide).

use eframe::egui::{self, RichText};

use crate::gui::command::Commands;
use crate::gui::panels::bytes_view::dump_ui;
use crate::gui::panels::detail_cache::Detail;
use crate::gui::panels::diagnosis::no_result_ui;
use crate::gui::panels::numbers::format_ms;
use crate::gui::panels::view::{Drafts, View};
use crate::gui::state::EndpointId;
use crate::l10n::Localizer;
use crate::report::ResultEntry;

/// From this pane width on (the pane widened towards its maximum), the two directions
/// sit side by side; each scrolls sideways for the rest of a hex line.
const SIDE_BY_SIDE_WIDTH: f32 = 860.0;

/// Draws the tab.
pub fn exchange_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    id: EndpointId,
    drafts: &mut Drafts,
    commands: &mut Commands,
) {
    let l10n = &view.l10n;
    let Some(detail) = view.detail.filter(|d| d.id == id) else {
        no_result_ui(ui, view, id);
        return;
    };
    timeline_ui(ui, l10n, &detail.entry);
    certificate_ui(ui, detail);
    ui.separator();
    let sent_title = l10n.tr_args("gui-bytes-sent", &[("count", detail.sent.len.into())]);
    let received_title = l10n.tr_args(
        "gui-bytes-received",
        &[("count", detail.received.len.into())],
    );
    let dumps = [
        (&sent_title, &detail.sent, &mut drafts.sent_view),
        (&received_title, &detail.received, &mut drafts.received_view),
    ];
    let height = ui.available_height();
    if ui.available_width() >= SIDE_BY_SIDE_WIDTH {
        ui.columns(2, |columns| {
            for (column, (title, dump, shown)) in columns.iter_mut().zip(dumps) {
                dump_ui(column, l10n, title, dump, shown, height, commands);
            }
        });
    } else {
        let half = (height - 6.0) / 2.0;
        for (index, (title, dump, shown)) in dumps.into_iter().enumerate() {
            if index > 0 {
                ui.add_space(6.0);
            }
            dump_ui(ui, l10n, title, dump, shown, half, commands);
        }
    }
}

fn certificate_ui(ui: &mut egui::Ui, detail: &Detail) {
    let Some(cert) = &detail.entry.certificate else {
        return;
    };
    let l10n = Localizer::new(detail.lang);
    for (label, value) in cert.facts(&l10n) {
        let text = RichText::new(format!("{label}: {value}"));
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
    ui.strong(l10n.tr("gui-timeline"));
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
