//! Report writers (HTML, Markdown, JSON) and redaction, over hand-made reports.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::diagnose::{CauseId, Verdict, WarningId};
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::report::{
    CauseEntry, CertificateEntry, Report, ReportFormat, ResultEntry, hexdump, parse_hexdump,
    redact_report, save_report, to_markdown, write_report,
};
use proptest::prelude::*;
use scraper::{Html, Selector};

mod report_support;

use report_support::*;

// ---------------------------------------------------------------------------
// Redaction
// ---------------------------------------------------------------------------

fn decoded(hex_text: &str) -> String {
    String::from_utf8_lossy(&hex::decode(hex_text).expect("hex")).into_owned()
}

#[test]
fn redaction_masks_every_kind_of_secret() {
    let mut report = sample_report();
    assert!(redact_report(&mut report));
    let entry = &report.results[0];
    assert!(entry.redacted);
    assert_eq!(
        entry.target,
        "ws://***@127.0.0.1:8282/chat?room=1&token=***"
    );
    // A value runs to a space or a delimiter; the closing parenthesis goes with it (safe side).
    assert!(
        entry
            .summary
            .ends_with("(ws://***@127.0.0.1:8282/chat?room=1&token=***"),
        "{}",
        entry.summary
    );
    assert_eq!(
        entry.causes[0].evidence[2],
        "response header set-cookie: ***"
    );
    let sent = decoded(&entry.handshake.sent_hex);
    assert_eq!(
        sent,
        "GET /chat?room=1&token=*** HTTP/1.1\r\nHost: 127.0.0.1:8282\r\nAuthorization: ***\r\nCookie: ***\r\nSec-WebSocket-Key: ***\r\nUpgrade: websocket\r\n\r\n"
    );
    let received = decoded(&entry.handshake.received_hex);
    assert!(
        received.starts_with("HTTP/1.1 404 Not Found\r\nSet-Cookie: ***\r\nContent-Length: 25\r\n"),
        "{received}"
    );
    assert!(received.ends_with(XSS), "non-secret bytes stay: {received}");
    // Untouched results are not marked.
    assert!(!report.results[1].redacted);
    assert!(!report.results[2].redacted);
    let json = serde_json::to_string(&report).expect("json");
    for secret in all_secrets() {
        assert!(!json.contains(secret), "{secret} leaked");
    }
    assert!(json.contains("\"redacted\":true"));
}

#[test]
fn every_format_is_redacted_by_default_and_complete_on_request() {
    for format in ReportFormat::ALL {
        let shared = render(format, &meta(false));
        for secret in all_secrets() {
            assert!(!shared.contains(secret), "{format:?}: {secret} leaked");
            // The hex of the secret must not be there either.
            assert!(
                !shared.contains(&hex_of(secret.as_bytes())),
                "{format:?}: hex of {secret} leaked"
            );
        }
        let full = render(format, &meta(true));
        assert!(full.contains(SECRET_PASSWORD), "{format:?} with secrets");
    }
}

#[test]
fn redaction_is_idempotent() {
    let mut once = sample_report();
    redact_report(&mut once);
    let mut twice = once.clone();
    redact_report(&mut twice);
    assert_eq!(once, twice);
}

#[test]
fn the_json_report_keeps_the_contract_shape() {
    let text = render(ReportFormat::Json, &meta(false));
    let doc: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(doc["schema"], 1);
    let results = doc["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["verdict"], "protocol-mismatch");
    assert_eq!(results[0]["name"], "chat | main");
    assert!(
        results[0]["handshake"]["sent_hex"]
            .as_str()
            .is_some_and(|h| !h.is_empty())
    );
    assert!(results[1].get("redacted").is_none(), "false is left out");
    assert!(results[1].get("warnings").is_none(), "no warnings, no key");
}

fn warned_entry() -> ResultEntry {
    let mut entry = ok_entry();
    entry.warnings = vec![CauseEntry {
        id: WarningId::FirstAddressFails,
        score: 0.9,
        title: "The first address of localhost fails <b>".into(),
        detail: "localhost resolves to more than one address.".into(),
        remediation: "Listen on [::]:8080.".into(),
        evidence: vec!["connect to [::1]:8080: connection refused".into()],
    }];
    entry
}

#[test]
fn warnings_are_in_every_format_and_only_when_there_are_some() {
    let report = Report::new(vec![warned_entry(), ok_entry()]);
    let mut out = Vec::new();
    write_report(&report, &meta(false), ReportFormat::Json, &en(), &mut out).expect("json");
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let warning = &doc["results"][0]["warnings"][0];
    assert_eq!(warning["id"], "warn.first-address-fails");
    assert_eq!(
        warning["evidence"][0],
        "connect to [::1]:8080: connection refused"
    );
    assert!(
        doc["results"][0]["causes"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    assert!(doc["results"][1].get("warnings").is_none());

    let mut out = Vec::new();
    write_report(
        &report,
        &meta(false),
        ReportFormat::Markdown,
        &en(),
        &mut out,
    )
    .expect("md");
    let md = String::from_utf8(out).expect("utf-8");
    assert_eq!(md.matches("### ⚠ Warnings").count(), 1, "{md}");
    assert!(
        md.contains(r"connect to \[::1\]:8080: connection refused"),
        "{md}"
    );

    let mut out = Vec::new();
    write_report(&report, &meta(false), ReportFormat::Html, &en(), &mut out).expect("html");
    let html = Html::parse_document(&String::from_utf8(out).expect("utf-8"));
    let sel = Selector::parse("ul.warnings > li[data-warning=\"warn.first-address-fails\"] h4")
        .expect("selector");
    let titles: Vec<String> = html.select(&sel).map(|e| e.text().collect()).collect();
    assert_eq!(titles.len(), 1);
    assert!(
        titles[0].starts_with("The first address of localhost fails <b>"),
        "{titles:?}"
    );
}

/// Where a generated secret is hidden.
#[derive(Debug, Clone, Copy)]
enum Hide {
    Password,
    UserOnly,
    QueryToken,
    QueryOther,
    BearerHeader,
    CookieHeader,
    SetCookieReply,
    ProxyAuthorization,
}

fn entry_hiding(secret: &str, hide: Hide) -> ResultEntry {
    let (target, header, reply_header) = match hide {
        Hide::Password => (
            format!("wss://bob:{secret}@127.0.0.1:9443/"),
            String::new(),
            String::new(),
        ),
        Hide::UserOnly => (
            format!("https://{secret}@127.0.0.1/repo"),
            String::new(),
            String::new(),
        ),
        Hide::QueryToken => (
            format!("ws://127.0.0.1:1/?token={secret}"),
            String::new(),
            String::new(),
        ),
        Hide::QueryOther => (
            format!("http://127.0.0.1:1/cb?state=x&X-Amz-Signature={secret}&a=b"),
            String::new(),
            String::new(),
        ),
        Hide::BearerHeader => (
            "ws://127.0.0.1:1/".into(),
            format!("Authorization: Bearer {secret}\r\n"),
            String::new(),
        ),
        Hide::CookieHeader => (
            "ws://127.0.0.1:1/".into(),
            format!("cookie: a=b; session={secret}\r\n"),
            String::new(),
        ),
        Hide::SetCookieReply => (
            "ws://127.0.0.1:1/".into(),
            String::new(),
            format!("Set-Cookie: id={secret}; Path=/\r\n"),
        ),
        Hide::ProxyAuthorization => (
            "http://127.0.0.1:1/".into(),
            format!("Proxy-Authorization: Basic {secret}\r\n"),
            String::new(),
        ),
    };
    let path = target.splitn(4, '/').nth(3).unwrap_or_default();
    let sent = format!("GET /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{header}\r\n");
    // Servers echo what they got: the secret comes back in the body too.
    let received =
        format!("HTTP/1.1 400 Bad Request\r\n{reply_header}\r\nyou sent: {sent}{header}");
    let mut entry = ok_entry();
    entry.verdict = Verdict::ProtocolMismatch;
    entry.target = target.clone();
    entry.summary = format!("Connected, but {target} does not speak ws.");
    entry.causes = vec![CauseEntry {
        id: CauseId::ProtocolMismatchWsToHttp,
        score: 0.9,
        title: format!("{target} is HTTP"),
        detail: format!("The request to {target} got HTTP."),
        remediation: format!("curl -i '{target}'"),
        evidence: vec![
            format!("server answered 400 for {target}"),
            header.trim_end().to_owned(),
            reply_header.trim_end().to_owned(),
        ],
    }];
    entry.handshake.sent_hex = hex_of(sent.as_bytes());
    entry.handshake.received_hex = hex_of(received.as_bytes());
    entry
}

fn any_hide() -> impl Strategy<Value = Hide> {
    prop_oneof![
        Just(Hide::Password),
        Just(Hide::UserOnly),
        Just(Hide::QueryToken),
        Just(Hide::QueryOther),
        Just(Hide::BearerHeader),
        Just(Hide::CookieHeader),
        Just(Hide::SetCookieReply),
        Just(Hide::ProxyAuthorization),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn redaction_never_leaks_a_secret(secret in "[A-Za-z0-9._~-]{8,40}", hide in any_hide()) {
        let mut report = Report::new(vec![entry_hiding(&secret, hide), ok_entry()]);
        redact_report(&mut report);
        let json = serde_json::to_string(&report).expect("json");
        prop_assert!(!json.contains(&secret), "{:?}: leaked in {}", hide, json);
        for entry in &report.results {
            for hex_text in [&entry.handshake.sent_hex, &entry.handshake.received_hex] {
                let bytes = hex::decode(hex_text).expect("hex");
                let text = String::from_utf8_lossy(&bytes);
                prop_assert!(!text.contains(&secret), "{:?}: leaked in bytes {}", hide, text);
            }
        }
        prop_assert!(report.results[0].redacted);
        prop_assert!(report.results[0].target.contains("127.0.0.1"), "the host stays readable");
    }

    #[test]
    fn hexdump_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let dump = hexdump(&bytes);
        prop_assert_eq!(parse_hexdump(&dump), Some(bytes.clone()));
        prop_assert_eq!(dump.lines().count(), bytes.len().div_ceil(16));
    }
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

#[test]
fn html_is_one_self_contained_page() {
    let page = render(ReportFormat::Html, &meta(false));
    let doc = Html::parse_document(&page);
    let count = |css: &str| doc.select(&Selector::parse(css).expect("selector")).count();
    assert_eq!(count("script"), 0, "no scripts at all");
    assert_eq!(count("link"), 0, "no linked style sheets or fonts");
    assert_eq!(count("img, iframe, object, embed, video, audio, source"), 0);
    assert_eq!(count("style"), 1, "one inline style sheet");
    for element in doc.select(&Selector::parse("[src], [href]").expect("selector")) {
        for name in ["src", "href"] {
            if let Some(value) = element.value().attr(name) {
                assert!(
                    value.starts_with('#'),
                    "only in-page links, found {name}={value}"
                );
            }
        }
    }
    let style = doc
        .select(&Selector::parse("style").expect("selector"))
        .map(|s| s.text().collect::<String>())
        .collect::<String>();
    assert!(
        !style.contains("url(") && !style.contains("@import"),
        "the style sheet fetches nothing"
    );
    assert!(style.contains("@media print"));
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
}

#[test]
fn html_holds_every_part_of_the_report() {
    let page = render(ReportFormat::Html, &meta(false));
    let doc = Html::parse_document(&page);
    let texts = |css: &str| -> Vec<String> {
        doc.select(&Selector::parse(css).expect("selector"))
            .map(|e| e.text().collect::<String>())
            .collect()
    };
    assert_eq!(texts("title"), ["netdoctor report: staging | eu"]);
    let facts = texts("header dd").join("\n");
    for fact in [
        "staging | eu",
        "2025-05-01T12:00:00Z",
        "netdoctor 0.0.0-test",
        "linux x86_64",
    ] {
        assert!(facts.contains(fact), "{fact} missing from {facts}");
    }
    assert_eq!(texts("section.summary tbody tr").len(), 3);
    assert_eq!(texts("section.result").len(), 3);
    assert_eq!(texts("#result-3 ol.causes > li").len(), 2, "ranked causes");
    assert!(
        texts("#result-1 ul.evidence li")
            .iter()
            .any(|e| e.contains("404 Not Found"))
    );
    assert!(
        texts("#result-1 pre code")
            .iter()
            .any(|c| c.contains("curl -i http://127.0.0.1:8282/chat")),
        "commands are code"
    );
    let sent = hex::decode(&redacted_sample().results[0].handshake.sent_hex).expect("hex");
    assert_eq!(
        texts("#result-1 details summary")[0],
        format!("Sent: {} bytes", sent.len()),
        "the dump shows the masked bytes"
    );
    assert!(texts("#result-1 details summary")[1].starts_with("Received: "));
    let dump = texts("#result-1 details pre code").join("");
    assert!(dump.starts_with("00000000  47 45 54 20"), "{dump}");
    assert!(texts("#result-2 table.timings td").contains(&"0.8 ms".to_owned()));
    assert!(
        texts("#result-3")
            .join("")
            .contains("No bytes were exchanged.")
    );
}

#[test]
fn a_reply_with_a_script_comes_out_escaped() {
    let page = render(ReportFormat::Html, &meta(true));
    assert!(!page.contains("<script"), "a raw <script> tag got through");
    let doc = Html::parse_document(&page);
    assert_eq!(
        doc.select(&Selector::parse("script").expect("selector"))
            .count(),
        0
    );
    let evidence: Vec<String> = doc
        .select(&Selector::parse("#result-1 ul.evidence li").expect("selector"))
        .map(|e| e.text().collect())
        .collect();
    assert!(
        evidence.iter().any(|e| e.ends_with(XSS)),
        "shown as text: {evidence:?}"
    );
    let dump: String = doc
        .select(&Selector::parse("#result-1 details pre").expect("selector"))
        .map(|e| e.text().collect::<String>())
        .collect();
    let ascii: String = dump
        .lines()
        .filter_map(|line| {
            line.split_once('|')
                .map(|(_, rest)| rest.trim_end_matches('|'))
        })
        .collect();
    assert!(
        ascii.ends_with(XSS),
        "the ASCII column shows it as text: {ascii}"
    );
}

#[test]
fn the_certificate_line_is_shown_and_escaped() {
    let mut entry = ok_entry();
    entry.target = "wss://127.0.0.1:8443/".into();
    entry.certificate = Some(CertificateEntry {
        subject: format!("CN={XSS}"),
        issuer: "CN=Dev CA | lab".into(),
        names: vec!["localhost".into(), "127.0.0.1".into()],
        not_before: "2026-01-01T00:00:00Z".into(),
        not_after: "2026-04-01T00:00:00Z".into(),
        days_left: Some(90),
        trust: None,
        chain: vec![],
    });
    let report = Report::new(vec![entry]);
    let mut html = Vec::new();
    write_report(&report, &meta(false), ReportFormat::Html, &en(), &mut html).expect("write");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(!html.contains("<script"), "a raw <script> tag got through");
    let doc = Html::parse_document(&html);
    let facts: Vec<String> = doc
        .select(&Selector::parse("dl.facts dd").expect("selector"))
        .map(|e| e.text().collect())
        .collect();
    assert!(
        facts.iter().any(|f| f.starts_with(&format!("CN={XSS}"))
            && f.contains("valid 2026-01-01 to 2026-04-01")
            && f.contains("localhost, 127.0.0.1")),
        "{facts:?}"
    );
    let markdown = to_markdown(&report, &meta(false), &en());
    let line = markdown
        .lines()
        .find(|l| l.starts_with("- **Certificate:**"))
        .expect("certificate line");
    // Markdown markup from a certificate is escaped, not interpreted.
    assert!(line.contains("CN=Dev CA \\| lab"), "{line}");
    assert!(line.contains("\\<script\\>"), "{line}");
    assert!(
        !line.contains("expires in"),
        "90 days left is not soon: {line}"
    );
}

#[test]
fn a_certificate_about_to_expire_is_called_out() {
    let mut cert = CertificateEntry {
        subject: "CN=api".into(),
        issuer: "CN=R11".into(),
        names: vec!["api.example.com".into()],
        not_before: "2026-09-01T00:00:00Z".into(),
        not_after: "2026-12-01T00:00:00Z".into(),
        days_left: Some(3),
        trust: None,
        chain: vec![],
    };
    assert!(cert.expires_soon());
    let line = cert.describe(&en());
    assert!(
        line.ends_with("expires in 3 days: if it renews automatically, renewal is failing (sudo certbot renew --dry-run shows why)"),
        "{line}"
    );
    for (days, soon) in [(0, true), (13, true), (14, false), (-1, false)] {
        cert.days_left = Some(days);
        assert_eq!(cert.expires_soon(), soon, "{days} days left");
    }
    // Every language words it, with its plural forms.
    for lang in Lang::ALL {
        for days in [0, 1, 2, 5, 11] {
            cert.days_left = Some(days);
            let line = cert.describe(&Localizer::new(lang));
            assert!(line.contains("certbot renew --dry-run"), "{lang}: {line}");
        }
    }
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

#[test]
fn markdown_matches_the_snapshot() {
    let markdown = to_markdown(&sample_report(), &meta(false), &en());
    assert_markdown_snapshot(&markdown, "report.md");
}

#[test]
fn markdown_tables_escape_pipes_and_markup() {
    let markdown = to_markdown(&sample_report(), &meta(false), &en());
    let row = markdown
        .lines()
        .find(|l| l.starts_with("| 1 |"))
        .expect("first summary row");
    assert!(row.contains("chat \\| main"), "{row}");
    // Five columns: six unescaped pipes.
    let unescaped = row
        .match_indices('|')
        .filter(|(i, _)| !row[..*i].ends_with('\\'))
        .count();
    assert_eq!(unescaped, 6, "{row}");
    assert!(
        !markdown.contains("<script>"),
        "markup from the server is escaped"
    );
    assert!(markdown.contains("\\<script\\>alert(1)\\</script\\>"));
}

#[test]
fn markdown_in_every_language_has_no_missing_ids() {
    for lang in Lang::ALL {
        let markdown = to_markdown(&sample_report(), &meta(false), &Localizer::new(lang));
        assert!(
            !markdown.contains("report-"),
            "{}: a message id leaked: {markdown}",
            lang.code()
        );
    }
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

#[test]
fn save_report_picks_the_format_from_the_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, starts) in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.HTM", "<!DOCTYPE html>"),
        ("r.md", "# "),
        ("r.json", "{"),
    ] {
        let path = dir.path().join(name);
        save_report(&path, &sample_report(), &meta(false), &en()).expect("save");
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            text.starts_with(starts),
            "{name}: {}",
            &text[..40.min(text.len())]
        );
    }
    let bad = dir.path().join("r.txt");
    assert!(save_report(&bad, &sample_report(), &meta(false), &en()).is_err());
    assert!(!bad.exists());
}
