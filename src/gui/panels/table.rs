//! The endpoint table: virtual rows (only visible ones are laid out), sortable headers, multi-select.

use eframe::egui::{self, Label, RichText, Sense};
use egui_extras::{Column, TableBuilder, TableRow};

use crate::gui::command::{CheckScope, Command, Commands};
use crate::gui::panels::numbers::format_ms;
use crate::gui::panels::style::Tone;
use crate::gui::panels::view::View;
use crate::gui::panels::watch::{SPARKLINE_WIDTH, sparkline_ui};
use crate::gui::state::{SelectMode, SortColumn};

const COLUMNS: [(SortColumn, &str); 6] = [
    (SortColumn::Status, "gui-col-status"),
    (SortColumn::Name, "gui-col-name"),
    (SortColumn::Target, "gui-col-target"),
    (SortColumn::Verdict, "gui-col-verdict"),
    (SortColumn::Cause, "gui-col-cause"),
    (SortColumn::Time, "gui-col-time"),
];

/// Draws the table of visible endpoints.
pub fn table_ui(ui: &mut egui::Ui, view: &View<'_>, commands: &mut Commands) {
    let l10n = &view.l10n;
    if view.state.endpoints().is_empty() {
        ui.add_space(8.0);
        ui.weak(l10n.tr("gui-empty-list"));
        return;
    }
    if view.rows.is_empty() {
        ui.add_space(8.0);
        ui.weak(l10n.tr("gui-no-match"));
        return;
    }
    // Clicks go to rows, not to text selection inside the cells.
    ui.style_mut().interaction.selectable_labels = false;
    let row_height = ui
        .text_style_height(&egui::TextStyle::Body)
        .max(ui.spacing().interact_size.y);
    // A name the user did not give repeats the URL; the column is shown only when one is set.
    let show_name = view
        .state
        .endpoints()
        .entries()
        .iter()
        .any(|e| user_named(&e.endpoint().settings));
    let mut table = TableBuilder::new(ui);
    if let Some(row) = view.scroll_to_row {
        table = table.scroll_to_row(row, None);
    }
    table
        .id_salt("endpoints")
        .striped(true)
        .sense(Sense::click())
        .resizable(true)
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(72.0).at_least(40.0))
        .columns(
            Column::initial(80.0).at_least(60.0).clip(true),
            usize::from(show_name),
        )
        .column(Column::initial(180.0).at_least(80.0).clip(true))
        .column(Column::initial(150.0).at_least(60.0).clip(true))
        // The cause title takes what is left, so the time column stays on screen.
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::exact(72.0))
        .column(Column::exact(SPARKLINE_WIDTH))
        .header(row_height, |mut header| {
            for (column, id) in COLUMNS {
                if column == SortColumn::Name && !show_name {
                    continue;
                }
                header.col(|ui| header_cell_ui(ui, view, column, id, commands));
            }
            header.col(|ui| {
                ui.label(RichText::new(view.l10n.tr("watch-col-history")).strong());
            });
        })
        .body(|body| {
            body.rows(row_height, view.rows.len(), |row| {
                row_ui(row, view, show_name, commands);
            });
        });
}

fn header_cell_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    column: SortColumn,
    id: &str,
    commands: &mut Commands,
) {
    let mut text = view.l10n.tr(id);
    let sorted = match view.state.sort() {
        Some((c, ascending)) if c == column => Some(ascending),
        _ => None,
    };
    if let Some(ascending) = sorted {
        text.push_str(if ascending { " ▲" } else { " ▼" });
    }
    let response = ui.selectable_label(sorted.is_some(), RichText::new(text).strong());
    if response.clicked() {
        commands.push(Command::SortBy(column));
    }
}

fn row_ui(mut row: TableRow<'_, '_>, view: &View<'_>, show_name: bool, commands: &mut Commands) {
    let state = view.state;
    let l10n = &view.l10n;
    let Some((&id, &position)) = view
        .rows
        .get(row.index())
        .zip(view.positions.get(row.index()))
    else {
        return;
    };
    let Some(endpoint) = state
        .endpoints()
        .entries()
        .get(position)
        .map(|e| &e.endpoint().settings)
    else {
        return;
    };
    row.set_selected(state.selection().contains(id));
    let outcome = state.result(id);
    let pending = state.pending(id);
    let tone = outcome.map_or(Tone::Neutral, |o| Tone::of_result(o.verdict(), o.warned()));

    row.col(|ui| {
        if pending.is_some() {
            ui.spinner();
        } else {
            ui.label(
                RichText::new(tone.icon())
                    .size(16.0)
                    .color(tone.color(ui.visuals()))
                    .strong(),
            );
        }
    });
    if show_name {
        row.col(|ui| {
            ui.add(Label::new(&endpoint.name).truncate());
        });
    }
    row.col(|ui| {
        ui.add(Label::new(&endpoint.url).truncate());
    });
    row.col(|ui| {
        let (text, color) = match (pending, outcome) {
            (Some(p), _) => {
                let phase = p.phase.map_or_else(
                    || l10n.tr("gui-status-queued"),
                    |phase| l10n.tr(&phase.fluent_id()),
                );
                (phase, ui.visuals().text_color())
            }
            (None, Some(o)) => (
                l10n.tr(&Tone::verdict_label_id(o.verdict(), o.warned())),
                tone.color(ui.visuals()),
            ),
            (None, None) if state.is_cancelled(id) => (
                l10n.tr("gui-status-cancelled"),
                ui.visuals().weak_text_color(),
            ),
            (None, None) => (
                l10n.tr("gui-status-not-checked"),
                ui.visuals().weak_text_color(),
            ),
        };
        ui.add(Label::new(RichText::new(text).color(color)).truncate());
    });
    row.col(|ui| {
        if let Some(title) = state.cause_title(l10n, id) {
            ui.add(Label::new(title).truncate());
        }
    });
    row.col(|ui| {
        if let Some(ms) = outcome.and_then(|o| o.total_ms()) {
            ui.label(l10n.tr_args("gui-ms", &[("ms", format_ms(ms).into())]));
        }
    });
    row.col(|ui| sparkline_ui(ui, view, id));

    let response = row.response();
    if response.clicked() {
        let modifiers = response.ctx.input(|i| i.modifiers);
        let mode = if modifiers.shift {
            SelectMode::Range
        } else if modifiers.command {
            SelectMode::Toggle
        } else {
            SelectMode::Replace
        };
        commands.push(Command::Select(id, mode));
    }
    response.context_menu(|ui| {
        // Right-click acts on the selection when the row is part of it, else on the row.
        let targets = if state.selection().contains(id) {
            state.selected_in_order()
        } else {
            vec![id]
        };
        if ui.button(l10n.tr("gui-recheck")).clicked() {
            commands.push(Command::Check(CheckScope::These(targets.clone())));
            ui.close();
        }
        let watched = state.watch().is_watched(id);
        let watch_label = if watched { "watch-stop" } else { "watch-start" };
        if ui.button(l10n.tr(watch_label)).clicked() {
            commands.push(Command::Watch(targets.clone(), !watched));
            ui.close();
        }
        if ui.button(l10n.tr("gui-duplicate")).clicked() {
            commands.push(Command::Duplicate(targets.clone()));
            ui.close();
        }
        if ui.button(l10n.tr("gui-delete")).clicked() {
            commands.push(Command::Delete(targets));
            ui.close();
        }
    });
}

/// Whether the user gave the endpoint a name of its own: the name added by default is the
/// URL itself or its host, port and path, i.e. the URL less its scheme (string compares,
/// cheap at 10,000 rows; a name that merely occurs in the URL, like "chat", is the user's).
fn user_named(settings: &crate::profile::ProfileEndpoint) -> bool {
    let name = settings.name.trim().trim_end_matches('/');
    let url = settings.url.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    !name.is_empty() && name != url.trim_end_matches('/') && name != rest.trim_end_matches('/')
}
