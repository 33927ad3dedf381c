//! The classic hex dump (`hexdump -C` layout): offset, 16 bytes in hex, ASCII column.
//! Shared by the HTML and Markdown reports and the desktop app.

use std::fmt::Write as _;

/// Bytes shown per line.
pub const BYTES_PER_LINE: usize = 16;

/// Renders `bytes` one line of 16 per `\n`-terminated line; empty input gives "".
///
/// `00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|`
pub fn hexdump(bytes: &[u8]) -> String {
    let lines = bytes.len().div_ceil(BYTES_PER_LINE);
    let mut out = String::with_capacity(lines * 80);
    for (index, chunk) in bytes.chunks(BYTES_PER_LINE).enumerate() {
        let _ = write!(out, "{:08x}  ", index * BYTES_PER_LINE);
        for column in 0..BYTES_PER_LINE {
            match chunk.get(column) {
                Some(byte) => {
                    let _ = write!(out, "{byte:02x} ");
                }
                None => out.push_str("   "),
            }
            if column == BYTES_PER_LINE / 2 - 1 {
                out.push(' ');
            }
        }
        out.push_str(" |");
        out.extend(chunk.iter().map(|&b| printable(b)));
        out.push_str("|\n");
    }
    out
}

/// The character the ASCII column shows for `byte`.
fn printable(byte: u8) -> char {
    if byte.is_ascii_graphic() || byte == b' ' {
        char::from(byte)
    } else {
        '.'
    }
}

/// Reads the bytes back from a [`hexdump`]; `None` if the text is not one.
pub fn parse_hexdump(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let (offset, rest) = line.split_once("  ")?;
        if usize::from_str_radix(offset, 16).ok()? != bytes.len() {
            return None;
        }
        // The ASCII column starts at the first `|`; hex digits never contain one.
        let (hex, _ascii) = rest.split_once('|')?;
        let before = bytes.len();
        for pair in hex.split_whitespace() {
            if pair.len() != 2 {
                return None;
            }
            bytes.push(u8::from_str_radix(pair, 16).ok()?);
        }
        let count = bytes.len() - before;
        if count == 0 || count > BYTES_PER_LINE {
            return None;
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_full_and_one_partial_line() {
        let dump = hexdump(b"GET / HTTP/1.1\r\nHost: a\r\n");
        let expected = "\
00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
00000010  48 6f 73 74 3a 20 61 0d  0a                       |Host: a..|
";
        assert_eq!(dump, expected);
        assert_eq!(
            parse_hexdump(&dump).as_deref(),
            Some(&b"GET / HTTP/1.1\r\nHost: a\r\n"[..])
        );
    }

    #[test]
    fn empty_input_gives_empty_text() {
        assert_eq!(hexdump(&[]), "");
        assert_eq!(parse_hexdump(""), Some(Vec::new()));
    }

    #[test]
    fn garbage_is_not_a_dump() {
        assert_eq!(parse_hexdump("hello world"), None);
        assert_eq!(parse_hexdump("00000010  41  |A|\n"), None);
    }
}
