//! ANSI colours for the terminal faces, painted only when colour is on (a
//! terminal, and no `NO_COLOR`).

/// Ends any colour or weight.
pub const RESET: &str = "\x1b[0m";
/// Bold.
pub const BOLD: &str = "\x1b[1m";
/// Dim, for secondary text.
pub const DIM: &str = "\x1b[2m";
/// Green: works.
pub const GREEN: &str = "\x1b[32m";
/// Red: fails.
pub const RED: &str = "\x1b[31m";
/// Yellow: a warning or a protocol mismatch.
pub const YELLOW: &str = "\x1b[33m";
/// Cyan: commands to run.
pub const CYAN: &str = "\x1b[36m";

/// Whether output is coloured.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Colour on.
    pub on: bool,
}

impl Style {
    /// `text` in `code`'s colour when colour is on, as is otherwise.
    pub fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("{code}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }
}
