//! The error line the user pasted from their own client, in exported reports:
//! shown as written in HTML and Markdown, masked like the rest, absent from JSON
//! when there is none.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::report::{Report, ReportFormat, write_report};
use scraper::{Html, Selector};

mod report_support;

use report_support::*;

/// A pasted line that would be markup, in HTML and in Markdown, if written raw.
const PASTED: &str =
    "Error: <script>alert(1)</script> `code` **bold** | [x](y) at ws://127.0.0.1:8282/chat";

fn with_reported(line: Option<&str>) -> Report {
    let mut entry = refused_entry();
    entry.reported = line.map(str::to_owned);
    let mut report = Report::new(vec![entry]);
    report.tool = "netdoctor 0.0.0-test".into();
    report
}

fn render_report(report: &Report, format: ReportFormat, include_secrets: bool) -> String {
    let mut out = Vec::new();
    write_report(report, &meta(include_secrets), format, &en(), &mut out).expect("write");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn html_shows_the_pasted_error_as_text() {
    let page = render_report(&with_reported(Some(PASTED)), ReportFormat::Html, true);
    assert!(!page.contains("<script"), "a raw <script> tag got through");
    let doc = Html::parse_document(&page);
    let shown: Vec<String> = doc
        .select(&Selector::parse("#result-1 p.reported").expect("selector"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(shown, vec![format!("Your client reported: {PASTED}")]);
    let none = render_report(&with_reported(None), ReportFormat::Html, true);
    assert!(!none.contains("Your client reported"), "only when pasted");
}

#[test]
fn markdown_shows_the_pasted_error_as_one_code_span() {
    let markdown = render_report(&with_reported(Some(PASTED)), ReportFormat::Markdown, true);
    let line = markdown
        .lines()
        .find(|l| l.starts_with("**Your client reported:**"))
        .expect("the reported line");
    // The backtick inside makes the span's fence two backticks long.
    assert_eq!(line, format!("**Your client reported:** ``{PASTED}``"));
    let none = render_report(&with_reported(None), ReportFormat::Markdown, true);
    assert!(!none.contains("Your client reported"), "only when pasted");
}

#[test]
fn json_carries_the_pasted_error_only_when_there_is_one() {
    let json = render_report(&with_reported(None), ReportFormat::Json, true);
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(
        value["results"][0].get("reported").is_none(),
        "the JSON of a check without a pasted line is unchanged: {json}"
    );
    let json = render_report(&with_reported(Some(PASTED)), ReportFormat::Json, true);
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["results"][0]["reported"], PASTED);
}

#[test]
fn a_secret_in_the_pasted_error_is_masked_for_sharing() {
    let secret = "s3cr3t-token-value";
    let line = format!("GET ws://127.0.0.1:8282/chat?token={secret} failed: 404");
    let mut report = with_reported(Some(&line));
    report.results[0].target = format!("ws://127.0.0.1:8282/chat?token={secret}");
    for format in [
        ReportFormat::Html,
        ReportFormat::Markdown,
        ReportFormat::Json,
    ] {
        let shared = render_report(&report, format, false);
        assert!(!shared.contains(secret), "{format:?}: {shared}");
        assert!(shared.contains("failed: 404"), "{format:?} keeps the line");
    }
}
