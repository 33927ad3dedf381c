//! The HTML and Markdown reports carry what the text output shows per result: the
//! local listeners on the target's port, and for a remote target that failed, the
//! commands that confirm the cause on the server.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::l10n::{Lang, Localizer};
use netdoctor::report::{Report, ReportFormat, ReportMeta, to_markdown, write_report};
use scraper::{Html, Selector};

mod report_support;

use report_support::*;

fn html(report: &Report, meta: &ReportMeta, l10n: &Localizer) -> Html {
    let mut out = Vec::new();
    write_report(report, meta, ReportFormat::Html, l10n, &mut out).expect("write");
    Html::parse_document(&String::from_utf8(out).expect("utf-8"))
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&Selector::parse(css).expect("selector"))
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

/// A remote target with a password in it: the exported (masked) report still has its port.
fn report_with_secret_target() -> Report {
    let mut report = listeners_report(XSS);
    report.results[1].target = format!("wss://bob:{SECRET_PASSWORD}@api.example.com:8443/live");
    report
}

/// The Markdown of result `number`, up to the next result.
fn md_section(markdown: &str, number: usize) -> String {
    let start = markdown
        .find(&format!("\n## {number}. "))
        .expect("result section");
    let rest = &markdown[start + 1..];
    let end = rest[1..].find("\n## ").map_or(rest.len(), |i| i + 1);
    rest[..end].to_owned()
}

#[test]
fn html_lists_the_local_listeners_with_pid_and_process_escaped() {
    let doc = html(&report_with_secret_target(), &meta(false), &en());
    let rows: Vec<Vec<String>> = doc
        .select(&Selector::parse("#result-1 table.listeners tbody tr").expect("selector"))
        .map(|tr| {
            tr.select(&Selector::parse("td").expect("selector"))
                .map(|td| td.text().collect())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            vec!["127.0.0.1:9000".to_owned(), "31337".into(), XSS.into()],
            vec![
                "0.0.0.0:9000".to_owned(),
                "—".into(),
                "owner not visible to this user".into()
            ],
        ]
    );
    assert_eq!(
        texts(&doc, "#result-1 table.listeners th"),
        ["Address", "PID", "Process"]
    );
    assert!(
        texts(&doc, "#result-1 h3").contains(&"Listening on this machine".to_owned()),
        "{:?}",
        texts(&doc, "#result-1 h3")
    );
    // The process name is text: it never becomes an element.
    assert_eq!(texts(&doc, "script").len(), 0);
    // A remote target's listeners are not this machine's to show.
    assert!(texts(&doc, "#result-2 table.listeners").is_empty());
    assert!(
        !texts(&doc, "#result-2 h3").contains(&"Listening on this machine".to_owned()),
        "{:?}",
        texts(&doc, "#result-2 h3")
    );
}

#[test]
fn html_has_the_server_box_for_the_remote_target_only() {
    let doc = html(&report_with_secret_target(), &meta(false), &en());
    assert_eq!(
        texts(&doc, "#result-2 aside.server-hint h3"),
        ["Confirm on the server"]
    );
    assert_eq!(
        texts(&doc, "#result-2 aside.server-hint pre code"),
        ["netdoctor server 8443", "netdoctor server --respond 8443"]
    );
    assert_eq!(texts(&doc, "#result-2 aside.server-hint p.what").len(), 2);
    // The local target failed too, but its listeners are shown instead.
    assert!(texts(&doc, "#result-1 aside.server-hint").is_empty());
    // An ok result has nothing to confirm.
    let mut ok = listeners_report(XSS);
    ok.results[1].verdict = netdoctor::diagnose::Verdict::Ok;
    let doc = html(&ok, &meta(false), &en());
    assert!(texts(&doc, "aside.server-hint").is_empty());
}

#[test]
fn markdown_lists_the_local_listeners_and_boxes_the_server_commands() {
    let markdown = to_markdown(&report_with_secret_target(), &meta(false), &en());
    assert!(!markdown.contains(SECRET_PASSWORD), "masked");
    let local = md_section(&markdown, 1);
    assert!(local.contains("### Listening on this machine\n"), "{local}");
    assert!(local.contains("| Address | PID | Process |\n"), "{local}");
    assert!(
        local.contains("| `127.0.0.1:9000` | 31337 | \\<script\\>alert(1)\\</script\\> |\n"),
        "{local}"
    );
    assert!(
        local.contains("| `0.0.0.0:9000` | — | owner not visible to this user |\n"),
        "{local}"
    );
    assert!(!local.contains("Confirm on the server"), "{local}");
    let remote = md_section(&markdown, 2);
    assert!(
        remote.contains("> **Confirm on the server**\n>\n"),
        "{remote}"
    );
    assert!(
        remote.contains("> ```sh\n> netdoctor server 8443\n> ```\n"),
        "{remote}"
    );
    assert!(
        remote.contains("> ```sh\n> netdoctor server --respond 8443\n> ```\n"),
        "{remote}"
    );
    assert!(!remote.contains("Listening on this machine"), "{remote}");
    assert!(!markdown.contains("<script>"), "{markdown}");
}

#[test]
fn a_local_port_nobody_holds_says_so_instead_of_a_table() {
    let report = Report::new(vec![refused_entry()]);
    let markdown = to_markdown(&report, &meta(false), &en());
    assert!(
        markdown.contains(
            "### Listening on this machine\n\nNothing listens on port 1 on this machine.\n"
        ),
        "{markdown}"
    );
    assert!(!markdown.contains("| Address |"), "{markdown}");
    assert!(!markdown.contains("Confirm on the server"), "{markdown}");
    let doc = html(&report, &meta(false), &en());
    assert_eq!(
        texts(&doc, "#result-1 p.listeners-none"),
        ["Nothing listens on port 1 on this machine."]
    );
    assert!(texts(&doc, "aside.server-hint").is_empty());
}

#[test]
fn listeners_and_server_box_read_in_every_language() {
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        let markdown = to_markdown(&listeners_report("api"), &meta(false), &l10n);
        let doc = html(&listeners_report("api"), &meta(false), &l10n);
        // Text only: the page's own class names are not message ids.
        let page = texts(&doc, "body").concat();
        for id in ["report-col", "local-listener", "server-hint"] {
            assert!(!markdown.contains(id), "{}: {id} leaked", lang.code());
            assert!(!page.contains(id), "{}: {id} leaked", lang.code());
        }
        assert_eq!(
            texts(&doc, "#result-2 aside.server-hint pre code"),
            ["netdoctor server 8443", "netdoctor server --respond 8443"],
            "{}",
            lang.code()
        );
    }
}

#[test]
fn listeners_markdown_matches_the_snapshot() {
    let markdown = to_markdown(&listeners_report(XSS), &meta(false), &en());
    assert_markdown_snapshot(&markdown, "report_listeners.md");
}

#[test]
fn control_characters_in_names_are_shown_as_escapes_in_html() {
    // An endpoint name and a process name that would set a terminal's title or
    // hide text if copied out of the page.
    let mut report = listeners_report("evil\u{1b}]0;pwned\u{7}");
    report.results[0].name = Some("chat\u{202e}txt.exe".into());
    let doc = html(&report, &meta(false), &en());
    let page = doc.root_element().html();
    assert!(
        !page.contains('\u{1b}') && !page.contains('\u{7}'),
        "raw control bytes"
    );
    assert!(!page.contains('\u{202e}'), "a raw bidi override");
    let cells: String = doc
        .select(&Selector::parse("table.listeners td").expect("selector"))
        .flat_map(|td| td.text().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    assert!(
        cells.contains("evil\\u{1b}]0;pwned\\u{7}") || cells.contains("evil\\x1b"),
        "{cells}"
    );
}
