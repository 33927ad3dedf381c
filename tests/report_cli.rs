//! `netdoctor check --profile` and `--report`, driven through the built binary
//! against loopback fixtures.
//!
//! Every run passes `--no-followups`: the follow-ups of a refused connect also
//! dial this machine's interface addresses, and these tests keep all traffic on
//! 127.0.0.0/8.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use scraper::{Html, Selector};
use serde_json::Value;

const SECRET: &str = "s3cr3t-T0ken-value";

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

fn netdoctor(args: &[&str]) -> Output {
    common::bin::command()
        .args([
            "check",
            "--lang",
            "en",
            "--no-followups",
            "--timeout",
            "3000",
        ])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run netdoctor")
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write_profile(dir: &Path, body: &str) -> std::path::PathBuf {
    let path = dir.join("team.toml");
    std::fs::write(&path, body).expect("write profile");
    path
}

#[test]
fn profile_endpoints_then_targets_with_a_shareable_html_report() {
    let rt = runtime();
    let http404 = rt.block_on(common::http_server(
        "HTTP/1.1 404 Not Found",
        "",
        "not found",
    ));
    let closed = common::closed_port();
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write_profile(
        dir.path(),
        &format!(
            r#"version = 1
name = "Loopback <team>"

[[endpoint]]
name = "closed port"
url = "ws://127.0.0.1:{closed_port}/chat"
timeout_ms = 2000

[[endpoint]]
name = "old http server"
url = "ws://127.0.0.1:{http_port}/chat?token={SECRET}"
expect_ips = ["127.0.0.1"]
"#,
            closed_port = closed.port(),
            http_port = http404.port(),
        ),
    );
    let report = dir.path().join("report.html");
    let cli_target = format!("tcp://127.0.0.1:{}", closed.port());
    let output = netdoctor(&[
        "--json",
        "--profile",
        path_arg(&profile),
        "--report",
        path_arg(&report),
        &cli_target,
    ]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));

    let doc: Value = serde_json::from_slice(&output.stdout).expect("stdout is one JSON document");
    let results = doc["results"].as_array().expect("results");
    let column = |key: &str| results.iter().map(|r| r[key].clone()).collect::<Vec<_>>();
    assert_eq!(
        column("name"),
        [
            Value::from("closed port"),
            Value::from("old http server"),
            Value::Null
        ]
    );
    assert_eq!(
        column("verdict"),
        [
            Value::from("refused"),
            Value::from("protocol-mismatch"),
            Value::from("refused")
        ]
    );
    assert_eq!(results[2]["target"], cli_target.as_str());
    assert!(
        results[1]["causes"][0]["id"]
            .as_str()
            .is_some_and(|id| id == "protocol-mismatch.ws-to-http"),
        "{}",
        results[1]
    );
    // Standard output is for this machine's scripts: targets stay exactly as given.
    assert!(
        results[1]["target"]
            .as_str()
            .is_some_and(|t| t.contains(SECRET))
    );

    let page = std::fs::read_to_string(&report).expect("the report file exists");
    assert!(!page.contains(SECRET), "the report masks the token");
    assert!(page.contains("token=***"));
    let html = Html::parse_document(&page);
    let text = |css: &str| -> Vec<String> {
        html.select(&Selector::parse(css).expect("selector"))
            .map(|e| e.text().collect::<String>())
            .collect()
    };
    assert_eq!(text("title"), ["netdoctor report: Loopback <team>"]);
    let rows = text("section.summary tbody tr");
    assert_eq!(rows.len(), 3);
    assert!(
        rows[0].contains("closed port") && rows[0].contains("connection refused"),
        "{rows:?}"
    );
    assert!(
        rows[1].contains("old http server") && rows[1].contains("protocol mismatch"),
        "{rows:?}"
    );
    let received = text("#result-2 details summary");
    assert!(
        received.iter().any(|s| s.starts_with("Received")),
        "{received:?}"
    );
    let dumps = text("#result-2 details pre");
    assert!(
        dumps
            .iter()
            .any(|d| d.starts_with("00000000  48 54 54 50 2f 31 2e 31  20 34 30 34")),
        "hex of HTTP/1.1 404: {dumps:?}"
    );
    // The fixture saw the real request; the report shows the masked one.
    assert!(http404.requests_text().iter().any(|r| r.contains(SECRET)));
}

#[test]
fn markdown_and_json_reports_and_include_secrets() {
    let rt = runtime();
    let http404 = rt.block_on(common::http_server(
        "HTTP/1.1 404 Not Found",
        "",
        "not found",
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    let target = format!("ws://user:{SECRET}@127.0.0.1:{}/chat", http404.port());

    let md = dir.path().join("report.md");
    let output = netdoctor(&["--report", path_arg(&md), &target]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    let markdown = std::fs::read_to_string(&md).expect("markdown report");
    assert!(markdown.starts_with("# netdoctor report\n"), "{markdown}");
    assert!(markdown.contains("| ✗ protocol mismatch |"), "{markdown}");
    assert!(markdown.contains("ws://***@127.0.0.1:"), "{markdown}");
    assert!(!markdown.contains(SECRET));

    let json = dir.path().join("report.json");
    let output = netdoctor(&["--report", path_arg(&json), "--include-secrets", &target]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json report")).expect("json");
    assert_eq!(doc["schema"], 1);
    assert_eq!(
        doc["results"][0]["target"],
        target.as_str(),
        "--include-secrets keeps them"
    );
    assert_eq!(doc["results"][0]["verdict"], "protocol-mismatch");
}

#[test]
fn a_script_in_the_reply_is_escaped_in_the_html_report() {
    let rt = runtime();
    let server = rt.block_on(common::raw_http_server(b"<script>alert(1)</script>\r\n"));
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("xss.htm");
    let target = format!("http://127.0.0.1:{}/", server.port());
    let output = netdoctor(&["--report", path_arg(&report), &target]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    let page = std::fs::read_to_string(&report).expect("report");
    assert!(!page.contains("<script"), "{page}");
    let html = Html::parse_document(&page);
    assert_eq!(
        html.select(&Selector::parse("script").expect("selector"))
            .count(),
        0
    );
    let evidence: Vec<String> = html
        .select(&Selector::parse("ul.evidence li").expect("selector"))
        .map(|e| e.text().collect())
        .collect();
    assert!(
        evidence
            .iter()
            .any(|e| e.contains("<script>alert(1)</script>")),
        "the reply is quoted as text: {evidence:?}"
    );
}

#[test]
fn an_unknown_report_extension_stops_before_probing() {
    let rt = runtime();
    let server = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "ok"));
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.pdf");
    let output = netdoctor(&[
        "--report",
        path_arg(&report),
        &format!("http://127.0.0.1:{}/", server.port()),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(
        message.contains("report.pdf") && message.contains(".html, .md or .json"),
        "{message}"
    );
    assert_eq!(server.connection_count(), 0, "nothing was probed");
    assert!(!report.exists());
}

#[test]
fn a_bad_url_in_a_profile_is_unreadable_input() {
    let rt = runtime();
    let server = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "ok"));
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write_profile(
        dir.path(),
        &format!(
            "version = 1\n[[endpoint]]\nname = \"fine\"\nurl = \"http://127.0.0.1:{}/\"\n[[endpoint]]\nname = \"typo\"\nurl = \"ws://127.0.0.1:99999/\"\n",
            server.port()
        ),
    );
    let output = netdoctor(&["--profile", path_arg(&profile)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(
        message.contains("“typo”") && message.contains("99999"),
        "{message}"
    );
    assert!(message.contains("team.toml"), "{message}");
    assert_eq!(server.connection_count(), 0, "nothing was probed");
}

#[test]
fn a_corrupt_profile_names_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write_profile(
        dir.path(),
        "version = 1\n[[endpoint]]\nname = \"a\"\nurl = ws://x\n",
    );
    let output = netdoctor(&["--profile", path_arg(&profile)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("line 4, column 7"), "{message}");

    let missing = dir.path().join("missing.toml");
    let output = netdoctor(&["--profile", path_arg(&missing)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("missing.toml"));
}

#[test]
fn an_empty_profile_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write_profile(dir.path(), "version = 1\nname = \"nothing yet\"\n");
    let output = netdoctor(&["--profile", path_arg(&profile)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no endpoints"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_newer_profile_runs_with_a_warning() {
    let rt = runtime();
    let server = rt.block_on(common::http_server("HTTP/1.1 200 OK", "", "ok"));
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = write_profile(
        dir.path(),
        &format!(
            "version = 3\nname = \"n\"\n[[endpoint]]\nname = \"web\"\nurl = \"http://127.0.0.1:{}/\"\nfuture_field = 1\n",
            server.port()
        ),
    );
    let output = netdoctor(&["--json", "--profile", path_arg(&profile)]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert!(
        stderr(&output).contains("newer netdoctor"),
        "{}",
        stderr(&output)
    );
    let doc: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(doc["results"][0]["name"], "web");
    assert_eq!(doc["results"][0]["verdict"], "ok");
}

#[test]
fn help_documents_include_secrets() {
    let output = Command::new(env!("CARGO_BIN_EXE_netdoctor"))
        .args(["check", "--help", "--lang", "en"])
        .output()
        .expect("run netdoctor");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("--include-secrets"), "{help}");
    assert!(help.contains("masked by default"), "{help}");
}
