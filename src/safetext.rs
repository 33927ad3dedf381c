//! Outside text (names, URLs, peer bytes, paths) made safe to show: nothing a
//! server or a file sends can act as terminal control.

/// Makes outside text (names, URLs, peer bytes, paths) safe to print in a terminal:
/// C0 and C1 controls, DEL, line and paragraph separators and bidi overrides or
/// isolates become visible escapes such as `\u{1b}`, so no name can move the
/// cursor, set the title, clear the screen or reorder a line.
pub fn terminal_safe(text: &str) -> String {
    escape_where(text, is_unsafe)
}

/// [`terminal_safe`] for text laid out in lines (a report's paragraphs and
/// commands): line breaks and tabs stay, every other control is escaped.
pub fn lines_safe(text: &str) -> String {
    escape_where(text, |c| c != '\n' && c != '\t' && is_unsafe(c))
}

/// `text` with every character `escape` picks written as `\u{…}`.
fn escape_where(text: &str, escape: impl Fn(char) -> bool) -> String {
    if !text.chars().any(&escape) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::{lines_safe, terminal_safe};

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(terminal_safe("a\x1b]0;x\x07b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(
            terminal_safe("\r\n\u{7f}\u{9b}"),
            "\\u{d}\\u{a}\\u{7f}\\u{9b}"
        );
        assert_eq!(terminal_safe("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(terminal_safe("пример.рф 日本語 ✓"), "пример.рф 日本語 ✓");
    }

    #[test]
    fn lines_keep_their_breaks_and_tabs_and_lose_their_controls() {
        assert_eq!(lines_safe("a\tb\nc"), "a\tb\nc");
        assert_eq!(lines_safe("a\u{1b}[2J\nb\r"), "a\\u{1b}[2J\nb\\u{d}");
    }
}
