//! Keyboard shortcuts: Delete removes, Ctrl+R re-checks, Ctrl+A selects all, Ctrl+C copies,
//! Ctrl+Z undoes, Ctrl+O opens and Ctrl+S saves a profile, arrows move the selection, Ctrl+1…4 switch
//! the detail pane's tabs, Ctrl+V on the table adds the endpoints the clipboard names.
//! Enter (add) belongs to the URL field; an open dialog gets every key.

use eframe::egui::{self, Event, Key, Modifiers};

use crate::gui::command::{
    CheckScope, Command, Commands, DetailTab, FileAction, FileCommand, save_command,
};
use crate::gui::state::AppState;

/// Turns this frame's shortcut presses into commands; none while a dialog is open.
pub fn shortcuts(ctx: &egui::Context, state: &AppState, modal: bool, commands: &mut Commands) {
    if modal {
        return;
    }
    // While a text field has focus, its own editing keys win (Delete, Ctrl+A, Ctrl+C, ...).
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|input| {
        if input.consume_key(Modifiers::COMMAND, Key::R) {
            commands.push(Command::Check(CheckScope::Selected));
        }
        if input.consume_key(Modifiers::COMMAND, Key::O) {
            commands.push(Command::File(FileCommand::ShowDialog(
                FileAction::OpenProfile,
            )));
        }
        if input.consume_key(Modifiers::COMMAND, Key::S) {
            commands.push(save_command(state));
        }
        // Ctrl+digit edits no text, so the tabs switch even while a field has focus.
        for (key, tab) in [Key::Num1, Key::Num2, Key::Num3, Key::Num4]
            .into_iter()
            .zip(DetailTab::ALL)
        {
            if input.consume_key(Modifiers::COMMAND, key) {
                commands.push(Command::ShowTab(tab));
            }
        }
        if typing {
            return;
        }
        if input.consume_key(Modifiers::NONE, Key::Delete) && !state.selection().is_empty() {
            commands.push(Command::Delete(state.selected_in_order()));
        }
        if input.consume_key(Modifiers::COMMAND, Key::A) {
            commands.push(Command::SelectAll);
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowDown) {
            commands.push(Command::MoveSelection(1));
        }
        if input.consume_key(Modifiers::NONE, Key::ArrowUp) {
            commands.push(Command::MoveSelection(-1));
        }
        // Ctrl+V outside a text field: the native window delivers the clipboard as a
        // Paste event, whose text names endpoints to add.
        let pasted: Vec<String> = input
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            })
            .collect();
        if !pasted.is_empty() {
            input.events.retain(|e| !matches!(e, Event::Paste(_)));
            commands.push(Command::PasteEndpoints(pasted.join("\n")));
        }
        if input.consume_key(Modifiers::COMMAND, Key::Z) {
            commands.push(Command::Undo);
        }
        // Native integrations turn Ctrl+C into a Copy event; test harnesses send the key.
        let copy_event = input.events.iter().any(|e| matches!(e, Event::Copy));
        if (copy_event || input.consume_key(Modifiers::COMMAND, Key::C))
            && !state.selection().is_empty()
        {
            input.events.retain(|e| !matches!(e, Event::Copy));
            commands.push(Command::CopySelectedSummary);
        }
    });
}
