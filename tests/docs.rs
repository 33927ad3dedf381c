//! The README's first screen and cause table stay true to the code.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::diagnose::CauseId;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn readme_lists_every_cause_id() {
    let readme = readme();
    let table = readme
        .split("<!-- causes:start -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- causes:end -->").next())
        .expect("cause table markers");
    for cause in CauseId::ALL {
        assert!(
            table.contains(&format!("`{}`", cause.as_str())),
            "README lacks {cause}"
        );
    }
}

#[test]
fn readme_first_screen_has_run_and_test_commands() {
    let first_screen: String = readme().lines().take(25).collect::<Vec<_>>().join("\n");
    assert!(first_screen.contains("cargo run --release"));
    assert!(first_screen.contains("cargo test"));
}

#[test]
fn ci_runs_exactly_the_readme_test_command() {
    let ci =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/run")).expect(".ci/run");
    let last = ci
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .expect("a command");
    assert_eq!(last, "exec cargo test");
}
