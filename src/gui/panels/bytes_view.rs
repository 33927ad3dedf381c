//! Raw bytes as a hex dump and as text, with a marker where the capture cap cut them.

use eframe::egui::{self, RichText};

use crate::gui::command::{Command, Commands};
use crate::l10n::Localizer;

/// `hexdump -C`-style lines (offset, 16 bytes in hex, ASCII with `.`), as in reports.
pub fn hex_lines(bytes: &[u8]) -> Vec<String> {
    crate::report::hexdump(bytes)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The bytes as text lines: UTF-8 where valid, control characters (other than tab) shown as `.`.
pub fn text_lines(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.replace("\r\n", "\n");
    let mut lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            line.chars()
                .map(|c| if c.is_control() && c != '\t' { '.' } else { c })
                .collect()
        })
        .collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// One direction of captured bytes, pre-formatted once per result.
#[derive(Debug, Clone, Default)]
pub struct Dump {
    /// Number of bytes kept.
    pub len: usize,
    /// Whether more went over the wire than was kept.
    pub truncated: bool,
    /// Hex dump lines.
    pub hex: Vec<String>,
    /// Text lines.
    pub text: Vec<String>,
}

impl Dump {
    /// Formats `bytes`.
    pub fn new(bytes: &[u8], truncated: bool) -> Dump {
        Dump {
            len: bytes.len(),
            truncated,
            hex: hex_lines(bytes),
            text: text_lines(bytes),
        }
    }
}

/// Whether a dump shows hex or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DumpView {
    /// Offset, hex, ASCII.
    #[default]
    Hex,
    /// Decoded text.
    Text,
}

/// Draws one direction in at most `height` points: a header with view switch and copy
/// button, then the lines (only the visible ones are laid out, so 64 KiB dumps stay cheap).
pub fn dump_ui(
    ui: &mut egui::Ui,
    l10n: &Localizer,
    title: &str,
    dump: &Dump,
    view: &mut DumpView,
    height: f32,
    commands: &mut Commands,
) {
    let top = ui.cursor().top();
    ui.horizontal(|ui| {
        ui.strong(title);
        ui.selectable_value(view, DumpView::Hex, l10n.tr("gui-view-hex"));
        ui.selectable_value(view, DumpView::Text, l10n.tr("gui-view-text"));
        if dump.len > 0 {
            let (id, lines) = match view {
                DumpView::Hex => ("gui-copy-hex", &dump.hex),
                DumpView::Text => ("gui-copy-text", &dump.text),
            };
            if ui.button(l10n.tr(id)).clicked() {
                commands.push(Command::Copy(lines.join("\n")));
            }
        }
    });
    if dump.len == 0 {
        ui.weak(l10n.tr("gui-bytes-none"));
        return;
    }
    let lines = match view {
        DumpView::Hex => &dump.hex,
        DumpView::Text => &dump.text,
    };
    // A little smaller than body text, so a 16-byte line fits the pane's default width.
    let font = egui::FontId::monospace(12.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font));
    // What the header and the truncation line leave of the height, less the frame's margins.
    let truncated_line = if dump.truncated {
        row_height + 6.0
    } else {
        0.0
    };
    let used = ui.cursor().top() - top;
    let lines_height = (height - used - truncated_line - 16.0).max(row_height * 4.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::ScrollArea::both()
            .id_salt(title)
            .max_height(lines_height)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, lines.len(), |ui, range| {
                for line in &lines[range] {
                    // Plain monospace text: nothing from the peer is interpreted.
                    ui.add(
                        egui::Label::new(RichText::new(line).font(font.clone()))
                            .extend()
                            .selectable(true),
                    );
                }
            });
    });
    if dump.truncated {
        ui.colored_label(ui.visuals().warn_fg_color, l10n.tr("gui-bytes-truncated"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_lines_have_offset_hex_and_ascii() {
        let lines = hex_lines(b"GET / HTTP/1.1\r\nHost: x\r\n");
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            "00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|"
        );
        assert!(lines[1].starts_with("00000010  48 6f 73 74 3a 20 78 0d  0a "));
        assert!(lines[1].ends_with("|Host: x..|"));
        // Short last lines are padded so the ASCII column lines up.
        assert_eq!(lines[0].find('|'), lines[1].find('|'));
    }

    #[test]
    fn non_printables_are_dots_in_both_views() {
        assert!(hex_lines(&[0, 0x1b, 0xff, b'a'])[0].ends_with("|...a|"));
        assert_eq!(text_lines(b"a\x1b[31mb\r\nc\n"), vec!["a.[31mb", "c"]);
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(hex_lines(&[]).is_empty());
        assert!(text_lines(&[]).is_empty());
    }
}
