//! A localized fix as the app shows it: the report's prose/command split
//! ([`crate::report::fix`]), plus what the copy buttons need.
//!
//! On top of the report's split, a command written inline after a colon
//! ("Check the records: dig +short host") gets its own code block, and the copied
//! text leaves out lead-ins ("then run:") and platform notes ("(Linux)").

use crate::report::fix::{FixBlock, fix_blocks};

/// A piece of a fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixPart {
    /// Sentences, shown as wrapped text.
    Prose(String),
    /// Lines to run or paste, shown monospace with a copy button.
    Code {
        /// The lines as written in the fix.
        shown: String,
        /// What the copy button copies.
        copy: String,
    },
}

/// Programs a command written inline after a colon may start with.
const COMMAND_WORDS: &[&str] = &[
    "sudo",
    "ss",
    "dig",
    "openssl",
    "export",
    "ip",
    "ipconfig",
    "netstat",
    "lsof",
    "route",
    "resolvectl",
    "ulimit",
    "sysctl",
    "curl",
    "nc",
    "docker",
    "kubectl",
    "systemctl",
    "netdoctor",
    "certbot",
    "ssl_protocols",
];

/// Splits `fix` into prose and code parts.
pub fn split_fix(fix: &str) -> Vec<FixPart> {
    let mut parts = Vec::new();
    for block in fix_blocks(fix) {
        match block {
            FixBlock::Code(lines) => {
                for line in lines.lines() {
                    push_code(&mut parts, line);
                }
            }
            FixBlock::Prose(lines) => {
                for line in lines.lines() {
                    match inline_command(line) {
                        Some((lead, command)) => {
                            push_prose(&mut parts, lead);
                            push_code(&mut parts, command);
                        }
                        None => push_prose(&mut parts, line),
                    }
                }
            }
        }
    }
    parts
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '。', '!', '?', '！', '？', ':', '：'])
}

/// `"lead-in: command"` where the command starts with a known program and no sentence follows.
fn inline_command(line: &str) -> Option<(&str, &str)> {
    let at = line.rfind(": ")?;
    let (lead, tail) = (&line[..=at], line[at + 2..].trim());
    let first_word = tail.split_whitespace().next()?;
    let known = COMMAND_WORDS.contains(&first_word);
    let sentence_follows = tail.contains(". ") || ends_sentence(tail);
    (known && !sentence_follows).then_some((lead, tail))
}

/// The part of a command line worth copying.
fn copy_text(line: &str) -> &str {
    let mut text = line.trim();
    // "ss -ltnp            (Linux)": the platform note is for the reader, not the shell.
    if text.ends_with(')')
        && let Some(open) = text.rfind("  (")
    {
        text = text[..open].trim_end();
    }
    // "then run: sudo sysctl -p": drop a short lead-in that is not part of the command.
    if let Some(at) = text.find(": ") {
        let lead = &text[..at];
        let tail = text[at + 2..].trim_start();
        let words = lead.split_whitespace().count();
        let command_follows = tail
            .split_whitespace()
            .next()
            .is_some_and(|w| COMMAND_WORDS.contains(&w));
        if (2..=4).contains(&words) && command_follows {
            text = tail;
        }
    }
    text
}

fn push_prose(parts: &mut Vec<FixPart>, line: &str) {
    if let Some(FixPart::Prose(text)) = parts.last_mut() {
        text.push('\n');
        text.push_str(line);
    } else {
        parts.push(FixPart::Prose(line.to_owned()));
    }
}

fn push_code(parts: &mut Vec<FixPart>, line: &str) {
    let copy = copy_text(line);
    if let Some(FixPart::Code { shown, copy: all }) = parts.last_mut() {
        shown.push('\n');
        shown.push_str(line);
        all.push('\n');
        all.push_str(copy);
    } else {
        parts.push(FixPart::Code {
            shown: line.to_owned(),
            copy: copy.to_owned(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(shown: &str, copy: &str) -> FixPart {
        FixPart::Code {
            shown: shown.into(),
            copy: copy.into(),
        }
    }

    #[test]
    fn command_lines_after_a_sentence_are_code() {
        let fix = "Widen the local port range. Add to /etc/sysctl.conf:\n\
                   net.ipv4.ip_local_port_range = 10000 65535\n\
                   then run: sudo sysctl -p\n\
                   Reusing connections (keep-alive, pooling) avoids the problem altogether.";
        assert_eq!(
            split_fix(fix),
            vec![
                FixPart::Prose("Widen the local port range. Add to /etc/sysctl.conf:".into()),
                code(
                    "net.ipv4.ip_local_port_range = 10000 65535\nthen run: sudo sysctl -p",
                    "net.ipv4.ip_local_port_range = 10000 65535\nsudo sysctl -p"
                ),
                FixPart::Prose(
                    "Reusing connections (keep-alive, pooling) avoids the problem altogether."
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn inline_commands_after_a_colon_are_code() {
        assert_eq!(
            split_fix("Check the A/AAAA records: dig +short example.com"),
            vec![
                FixPart::Prose("Check the A/AAAA records:".into()),
                code("dig +short example.com", "dig +short example.com"),
            ]
        );
        // A colon followed by more sentences stays prose.
        let prose =
            "Check routes: ip route (Linux), route print (Windows). A VPN may need to be on.";
        assert_eq!(split_fix(prose), vec![FixPart::Prose(prose.into())]);
    }

    #[test]
    fn platform_notes_are_not_copied() {
        let fix = "List listeners with:\nss -ltnp            (Linux)\nwebsocket://0.0.0.0:8080";
        assert_eq!(
            split_fix(fix)[1],
            code(
                "ss -ltnp            (Linux)\nwebsocket://0.0.0.0:8080",
                "ss -ltnp\nwebsocket://0.0.0.0:8080"
            )
        );
    }

    #[test]
    fn a_single_sentence_is_prose() {
        let fix = "Use the TLS scheme: wss:// instead of ws://, https:// instead of http://.";
        assert_eq!(split_fix(fix), vec![FixPart::Prose(fix.into())]);
    }
}
