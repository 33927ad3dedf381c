//! Watch mode on screen: the toolbar switch and interval, the row sparkline, the
//! detail pane's history plot and the changed-verdict notice.

use eframe::egui::{self, Color32, Pos2, Rect, Sense, Stroke};
use egui_plot::{HoverPosition, Legend, Line, Plot, PlotPoints, Points, VLine};

use crate::clock;
use crate::gui::command::{Command, Commands};
use crate::gui::panels::numbers::format_ms;
use crate::gui::panels::style::Tone;
use crate::gui::panels::view::View;
use crate::gui::state::{
    Change, EndpointId, HISTORY_LEN, History, MAX_INTERVAL_SECS, MIN_INTERVAL_SECS,
};
use crate::l10n::Localizer;

/// Width of the sparkline column.
pub const SPARKLINE_WIDTH: f32 = 96.0;

/// "ok → refused at 12:03:04", localized.
pub fn change_text(l10n: &Localizer, change: &Change) -> String {
    l10n.tr_args(
        "watch-last-change",
        &[
            ("from", l10n.tr(&change.from.label_id()).into()),
            ("to", l10n.tr(&change.to.label_id()).into()),
            ("time", clock::time_of_day(change.at).into()),
        ],
    )
}

/// The toolbar's "Watch all" switch and interval field.
pub fn toolbar_watch_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Commands) {
    let l10n = &view.l10n;
    let state = view.state;
    let mut all = state.all_watched();
    let any = !state.endpoints().is_empty();
    if ui
        .add_enabled(any, egui::Checkbox::new(&mut all, l10n.tr("watch-all")))
        .on_hover_text(l10n.tr("watch-all-hint"))
        .changed()
    {
        commands.push(Command::WatchAll(all));
    }
    let label = ui.label(l10n.tr("watch-interval"));
    let mut secs = state.watch().interval().as_secs();
    let field = ui
        .add(
            egui::DragValue::new(&mut secs)
                .range(MIN_INTERVAL_SECS..=MAX_INTERVAL_SECS)
                .speed(0.25),
        )
        .labelled_by(label.id);
    if field.changed() {
        commands.push(Command::SetWatchInterval(secs));
    }
}

/// The per-endpoint "Watch" switch (detail pane).
pub fn watch_toggle_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    id: EndpointId,
    commands: &mut Commands,
) {
    let mut watched = view.state.watch().is_watched(id);
    if ui
        .checkbox(&mut watched, view.l10n.tr("watch-this"))
        .changed()
    {
        commands.push(Command::Watch(vec![id], watched));
    }
}

/// The row's latency sparkline: one step per kept result, total time scaled to the
/// row's own maximum, failed results as ticks in the failure colour. Painted only for
/// the rows on screen, with no text layout, so 10,000 rows stay cheap.
pub fn sparkline_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId) {
    let state = view.state;
    let watched = state.watch().is_watched(id);
    let history = state.history(id);
    let size = egui::vec2(ui.available_width(), ui.available_height());
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter();
    if state.has_unseen_change(id) {
        // The "flash": a steady highlight until the user looks at the row (no animation,
        // so no repaints).
        painter.rect_filled(rect, 3.0, Tone::Warn.fill(visuals));
    }
    let dot_room = 10.0;
    if watched {
        let center = Pos2::new(rect.left() + 4.0, rect.center().y);
        painter.circle_filled(center, 3.0, visuals.selection.bg_fill);
    }
    let Some(history) = history.filter(|h| !h.samples().is_empty()) else {
        return;
    };
    let area = Rect::from_min_max(
        Pos2::new(rect.left() + dot_room, rect.top() + 3.0),
        Pos2::new(rect.right() - 2.0, rect.bottom() - 3.0),
    );
    paint_sparkline(painter, area, history, visuals);
    if let Some(change) = history.last_change() {
        response.on_hover_text(change_text(&view.l10n, &change));
    }
}

fn paint_sparkline(
    painter: &egui::Painter,
    area: Rect,
    history: &History,
    visuals: &egui::Visuals,
) {
    let samples = history.samples();
    let step = area.width() / (HISTORY_LEN.max(2) - 1) as f32;
    // Right-aligned: the newest result sits at the right edge.
    let first_x = area.right() - step * (samples.len().saturating_sub(1)) as f32;
    let max = samples
        .iter()
        .filter_map(|s| s.total_ms)
        .fold(0.0_f64, f64::max)
        .max(0.001);
    let line_color = visuals.text_color().gamma_multiply(0.7);
    let bad = Tone::Bad.color(visuals);
    let mut points = Vec::with_capacity(samples.len());
    for (i, sample) in samples.iter().enumerate() {
        let x = first_x + step * i as f32;
        if sample.verdict != crate::diagnose::Verdict::Ok {
            painter.line_segment(
                [
                    Pos2::new(x, area.bottom() - 4.0),
                    Pos2::new(x, area.bottom()),
                ],
                Stroke::new(1.5, bad),
            );
        }
        if let Some(ms) = sample.total_ms {
            let y = area.bottom() - (ms / max) as f32 * area.height();
            points.push(Pos2::new(x, y));
        }
    }
    if let [only] = points.as_slice() {
        painter.circle_filled(*only, 1.5, line_color);
    } else if points.len() > 1 {
        painter.add(egui::Shape::line(points, Stroke::new(1.0, line_color)));
    }
}

/// The detail pane's watch switch, with the interval while watched.
pub fn watch_line_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId, commands: &mut Commands) {
    ui.horizontal(|ui| {
        watch_toggle_ui(ui, view, id, commands);
        if view.state.watch().is_watched(id) {
            let secs = view.state.watch().interval().as_secs();
            ui.weak(view.l10n.tr_args("watch-every", &[("count", secs.into())]));
        }
    });
}

/// Whether the History tab has something to show: a chart needs two results.
pub fn has_history(view: &View<'_>, id: EndpointId) -> bool {
    view.state
        .history(id)
        .is_some_and(|h| h.samples().len() >= 2)
}

/// The History tab: the last change and the plot of connect and handshake times over
/// the kept hour, with a line at each change.
pub fn history_ui(ui: &mut egui::Ui, view: &View<'_>, id: EndpointId) {
    let l10n = &view.l10n;
    let Some(history) = view.state.history(id).filter(|h| !h.samples().is_empty()) else {
        return;
    };
    match history.last_change() {
        Some(change) => {
            let color = Tone::of(change.to).color(ui.visuals());
            ui.colored_label(color, change_text(l10n, &change));
        }
        None => {
            ui.weak(l10n.tr_args(
                "watch-no-change",
                &[("count", history.samples().len().into())],
            ));
        }
    }
    plot_ui(ui, l10n, id, history);
    // Every change still in the kept hour, newest first (the plot marks when, this says what).
    let samples = history.samples();
    let changes = samples
        .iter()
        .zip(samples.iter().skip(1))
        .filter(|(a, b)| a.verdict != b.verdict)
        .map(|(a, b)| Change {
            from: a.verdict,
            to: b.verdict,
            at: b.at,
        });
    let changes: Vec<Change> = changes.collect();
    for change in changes.iter().rev().skip(1) {
        let color = Tone::of(change.to).color(ui.visuals());
        ui.colored_label(color, change_text(l10n, change));
    }
}

fn plot_ui(ui: &mut egui::Ui, l10n: &Localizer, id: EndpointId, history: &History) {
    let series = |pick: fn(&crate::gui::state::Sample) -> Option<f64>| -> Vec<[f64; 2]> {
        history
            .samples()
            .iter()
            .filter_map(|s| pick(s).map(|ms| [clock::unix_secs(s.at), ms]))
            .collect()
    };
    let connect = series(|s| s.connect_ms);
    let handshake = series(|s| s.handshake_ms);
    let connect_name = l10n.tr("gui-phase-connect");
    let handshake_name = l10n.tr("gui-phase-handshake");
    let change_name = l10n.tr("watch-plot-change");
    let changes: Vec<f64> = history.change_times().map(clock::unix_secs).collect();
    let change_color = Tone::Warn.color(ui.visuals());
    let connect_color = Color32::from_rgb(0x3b, 0x82, 0xf6);
    let handshake_color = Color32::from_rgb(0xa8, 0x55, 0xf7);
    // Formatted once with a marker, so the hover label needs no Fluent call per frame.
    let ms_label = l10n.tr_args("gui-ms", &[("ms", "{ms}".into())]);
    Plot::new(("watch-plot", id))
        .height(150.0)
        .legend(Legend::default())
        // The pane scrolls; the wheel must scroll it, not zoom the plot.
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .y_axis_label(l10n.tr("watch-plot-ms"))
        .x_axis_formatter(|mark, _| clock::time_of_day_secs(mark.value))
        // Near a point: its series, time and milliseconds; elsewhere nothing (raw
        // coordinates of an empty spot mean nothing to the user).
        .label_formatter(move |hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{}\n{}",
                clock::time_of_day_secs(position.x),
                ms_label.replace("{ms}", &format_ms(position.y))
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            for x in changes {
                plot.vline(VLine::new(change_name.clone(), x).color(change_color));
            }
            plot.line(
                Line::new(connect_name.clone(), PlotPoints::from(connect.clone()))
                    .color(connect_color),
            );
            plot.points(
                Points::new(connect_name, PlotPoints::from(connect))
                    .radius(2.0)
                    .color(connect_color),
            );
            plot.line(
                Line::new(handshake_name.clone(), PlotPoints::from(handshake.clone()))
                    .color(handshake_color),
            );
            plot.points(
                Points::new(handshake_name, PlotPoints::from(handshake))
                    .radius(2.0)
                    .color(handshake_color),
            );
        });
}

/// The status bar's notice of the newest change of verdict.
pub fn change_notice_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let Some((id, change)) = view.state.last_change() else {
        return;
    };
    let Some(endpoint) = view.state.endpoint(id) else {
        return;
    };
    let l10n = &view.l10n;
    ui.separator();
    let text = l10n.tr_args(
        "watch-changed-notice",
        &[
            ("name", endpoint.settings.name.as_str().into()),
            ("from", l10n.tr(&change.from.label_id()).into()),
            ("to", l10n.tr(&change.to.label_id()).into()),
            ("time", clock::time_of_day(change.at).into()),
        ],
    );
    ui.colored_label(Tone::of(change.to).color(ui.visuals()), text);
}
