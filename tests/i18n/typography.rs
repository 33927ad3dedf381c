//! Wording a reader would trip over: Korean particles after placeables, two buttons
//! with one label, Russian units without a no-break space.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use netdoctor::l10n::{Lang, Localizer};

use super::walk::{patterns, resources};

/// Korean particles whose form depends on the word before them, or that read as
/// glued to a number or URL: after a placeable use 이(가)-style forms or a noun.
const KOREAN_PARTICLES: [&str; 28] = [
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "으로",
    "로",
    "과",
    "와",
    "에",
    "의",
    "도",
    "만",
    "까지",
    "부터",
    "처럼",
    "보다",
    "이나",
    "나",
    "이라",
    "라",
    "랑",
    "이랑",
    "여야",
    "이어야",
    "아",
    "야",
];

fn glued_particles(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        if let ast::PatternElement::Placeable { expression } = element {
            if let ast::Expression::Select { variants, .. } = expression {
                for variant in variants {
                    glued_particles(&variant.value, out);
                }
            }
            if let Some(ast::PatternElement::TextElement { value }) = elements.get(i + 1) {
                for particle in KOREAN_PARTICLES {
                    if let Some(rest) = value.strip_prefix(particle)
                        && !rest.starts_with('(')
                    {
                        out.push(format!("}}{}", value.chars().take(8).collect::<String>()));
                        break;
                    }
                }
            }
        }
    }
}

#[test]
fn korean_particles_never_follow_a_placeable() {
    let resources = resources(Lang::Ko);
    let mut failures = Vec::new();
    for (id, attribute, pattern) in patterns(&resources) {
        let mut found = Vec::new();
        glued_particles(pattern, &mut found);
        for text in found {
            failures.push(format!("ko: {id} {attribute}: {text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Labels of buttons, menus and checkboxes that are on screen at the same time.
const VIEWS: [(&str, &[&str]); 7] = [
    (
        "protocol question",
        &[
            "gui-ask-scheme-tcp",
            "gui-ask-scheme-http",
            "gui-ask-scheme-https",
            "gui-ask-scheme-ws",
            "gui-ask-scheme-wss",
            "gui-ask-scheme-skip",
        ],
    ),
    (
        "main window (menu bar, toolbar, detail pane, status bar)",
        &[
            "gui-menu-file",
            "gui-menu-edit",
            "gui-menu-language",
            "gui-check-all",
            "gui-check-selected",
            "gui-cancel",
            "watch-all",
            "gui-copy-markdown",
            "gui-add-button",
            "gui-recheck",
            "gui-duplicate",
            "gui-delete",
            "watch-this",
            "gui-edit-save",
            "gui-edit-revert",
            "gui-view-hex",
            "gui-view-text",
            "gui-copy",
            "gui-copy-hex",
            "gui-copy-text",
            "gui-undo",
            "gui-dismiss",
            "gui-notice-copy",
            "gui-tab-diagnosis",
            "gui-tab-exchange",
            "gui-tab-history",
            "gui-tab-server",
            "gui-copy-curl",
            "gui-copy-websocat",
            "gui-menu-view",
        ],
    ),
    (
        "row context menu",
        &[
            "gui-recheck",
            "watch-start",
            "watch-stop",
            "gui-duplicate",
            "gui-delete",
        ],
    ),
    (
        "File menu",
        &[
            "gui-menu-open-profile",
            "gui-menu-recent",
            "gui-menu-save-profile",
            "gui-menu-save-profile-as",
            "gui-menu-export-report",
            "gui-report-selected-only",
            "gui-report-include-secrets",
            "gui-menu-quit",
        ],
    ),
    (
        "Edit menu",
        &[
            "gui-recheck",
            "gui-duplicate",
            "gui-delete",
            "gui-menu-undo-delete",
            "gui-menu-undo-replace",
            "gui-menu-select-all",
            "gui-menu-copy-summary",
            "gui-copy-markdown",
            "gui-copy-curl",
            "gui-copy-websocat",
        ],
    ),
    (
        "file dialog",
        &[
            "gui-file-browse",
            "gui-dialog-open",
            "gui-dialog-save",
            "gui-dialog-export",
            "gui-dialog-cancel",
        ],
    ),
    (
        "replace-file question",
        &["gui-confirm-replace", "gui-dialog-cancel"],
    ),
];

#[test]
fn buttons_on_screen_together_have_different_labels() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for (view, ids) in VIEWS {
            let mut seen: BTreeMap<String, &str> = BTreeMap::new();
            for id in ids {
                assert!(l10n.has(id, None), "{lang}: {id}");
                let label = l10n
                    .tr_args(id, &[("count", 2usize.into())])
                    .trim_end_matches('…')
                    .trim()
                    .to_lowercase();
                if let Some(other) = seen.insert(label.clone(), id) {
                    failures.push(format!(
                        "{lang}: {view}: {other} and {id} both read “{label}”"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Units Russian typography separates from their number with a no-break space.
const RUSSIAN_UNITS: [&str; 5] = ["мс", "с", "%", "секунд", "байт"];

#[test]
fn russian_numbers_and_units_are_joined_by_a_no_break_space() {
    let resources = resources(Lang::Ru);
    let mut failures = Vec::new();
    for (id, attribute, pattern) in patterns(&resources) {
        // Placeables stand for numbers here; the text between them is what is checked.
        let mut flat = String::new();
        flatten(pattern, &mut flat);
        let chars: Vec<char> = flat.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !(c.is_ascii_digit() || *c == '\u{E000}') {
                continue;
            }
            let mut j = i + 1;
            let space: String = chars[j..]
                .iter()
                .take_while(|c| c.is_whitespace())
                .collect();
            j += space.chars().count();
            let rest: String = chars[j..].iter().take(12).collect();
            let Some(unit) = RUSSIAN_UNITS.iter().find(|u| rest.starts_with(*u)) else {
                continue;
            };
            let after = rest[unit.len()..].chars().next();
            // "с" alone is seconds; "сокета" is a word. "секунд…" and "байт…" take any ending.
            let whole_word = match *unit {
                "с" | "мс" => !after.is_some_and(char::is_alphabetic),
                _ => true,
            };
            if whole_word && space != "\u{a0}" {
                failures.push(format!(
                    "ru: {id} {attribute}: {:?}",
                    chars[i.saturating_sub(6)..(j + 8).min(chars.len())]
                        .iter()
                        .collect::<String>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The pattern's text, each placeable as one private-use character.
fn flatten(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for variant in variants {
                        flatten(&variant.value, out);
                        out.push('\n');
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                ast::Expression::Inline(_) => out.push('\u{E000}'),
            },
        }
    }
}
