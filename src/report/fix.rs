//! Splits a localized remediation text into prose and command blocks, so reports
//! can show commands as code. Shared by the HTML and Markdown reports and the app.

/// One block of a remediation text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixBlock {
    /// Sentences to read.
    Prose(String),
    /// Lines to type or paste (commands, config lines).
    Code(String),
}

/// Splits `text`: the first line is always prose (the lead sentence); every
/// following line that looks like a command joins a code block.
///
/// The catalogue writes commands on their own continuation lines, starting with
/// a lowercase program name, a path or a symbol, while sentences start with a
/// capital letter or a non-Latin script; that difference is what is used here.
pub fn fix_blocks(text: &str) -> Vec<FixBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<FixBlock> = None;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            blocks.extend(current.take());
            continue;
        }
        let code = index > 0 && looks_like_command(line);
        current = match (current.take(), code) {
            (Some(FixBlock::Code(mut lines)), true) => {
                lines.push('\n');
                lines.push_str(line);
                Some(FixBlock::Code(lines))
            }
            (Some(FixBlock::Prose(mut lines)), false) => {
                lines.push('\n');
                lines.push_str(line);
                Some(FixBlock::Prose(lines))
            }
            (previous, code) => {
                blocks.extend(previous);
                Some(if code {
                    FixBlock::Code(line.to_owned())
                } else {
                    FixBlock::Prose(line.to_owned())
                })
            }
        };
    }
    blocks.extend(current);
    blocks
}

fn looks_like_command(line: &str) -> bool {
    line.trim_start().chars().next().is_some_and(|c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || "$./~[{<\"'`-_#*\\".contains(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_become_code_and_sentences_stay_prose() {
        let text =
            "Start the server:\nss -ltnp | grep :80\nsudo ufw allow 80/tcp\nThen read its log.";
        assert_eq!(
            fix_blocks(text),
            vec![
                FixBlock::Prose("Start the server:".into()),
                FixBlock::Code("ss -ltnp | grep :80\nsudo ufw allow 80/tcp".into()),
                FixBlock::Prose("Then read its log.".into()),
            ]
        );
    }

    #[test]
    fn the_first_line_is_prose_even_in_lowercase() {
        assert_eq!(
            fix_blocks("use port 443"),
            vec![FixBlock::Prose("use port 443".into())]
        );
    }

    #[test]
    fn non_latin_sentences_stay_prose() {
        let text = "서버를 시작하세요:\nss -ltnp\n그런 다음 로그를 읽으세요.";
        assert_eq!(fix_blocks(text).len(), 3);
        assert!(matches!(&fix_blocks(text)[2], FixBlock::Prose(_)));
    }
}
