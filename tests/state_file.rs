//! The app's state file at start: newer, damaged and oversized files, through
//! the loader the app opens with. What is asserted is what the user keeps and
//! sees: file bytes, set-aside copies and the notice text.
#![cfg(feature = "gui")]
// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use netdoctor::gui::persist::{FILE_NAME, Saved};
use netdoctor::gui::state::{Endpoint, EndpointId};
use netdoctor::gui::state_load::{self, MAX_NAME_CHARS};

fn open(dir: &Path) -> state_load::LoadedState {
    state_load::open(dir, Some("en"), &[])
}

fn state_with(name: String) -> Vec<u8> {
    let saved = Saved {
        version: 1,
        endpoints: vec![Endpoint::new(
            EndpointId(1),
            name,
            "tcp://127.0.0.1:9".into(),
        )],
        ..Saved::default()
    };
    serde_json::to_vec(&saved).unwrap()
}

fn copies(dir: &Path, label: &str) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(label))
        .collect()
}

#[test]
fn a_newer_state_file_is_kept_intact_and_named_in_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let newer = br#"{"version": 7, "endpoints": [], "future_field": {"keep": true}}"#;
    fs::write(dir.path().join(FILE_NAME), newer).unwrap();
    let loaded = open(dir.path());
    let kept = copies(dir.path(), ".newer-");
    assert_eq!(kept.len(), 1, "one intact copy");
    assert_eq!(fs::read(&kept[0]).unwrap(), newer, "bytes unchanged");
    let notice = loaded.notices.join("\n");
    assert!(notice.contains("version 7"), "{notice}");
    assert!(
        notice.contains(&kept[0].display().to_string()),
        "full path: {notice}"
    );
}

#[test]
fn two_damaged_files_in_one_second_are_both_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, b"{ first").unwrap();
    let first = open(dir.path());
    fs::write(&path, b"{ second").unwrap();
    let second = open(dir.path());
    let mut kept: Vec<Vec<u8>> = copies(dir.path(), ".damaged-")
        .iter()
        .map(|p| fs::read(p).unwrap())
        .collect();
    kept.sort();
    assert_eq!(kept, vec![b"{ first".to_vec(), b"{ second".to_vec()]);
    assert!(
        first.notices[0].contains(".damaged-"),
        "{:?}",
        first.notices
    );
    assert!(
        second.notices[0].contains(".damaged-"),
        "{:?}",
        second.notices
    );
}

#[test]
fn a_huge_name_is_cut_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(FILE_NAME),
        state_with("x".repeat(50 * 1024 * 1024)),
    )
    .unwrap();
    let loaded = open(dir.path());
    let name = &loaded.saved.endpoints[0].settings.name;
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    let notice = loaded.notices.join("\n");
    assert!(notice.contains("too long"), "{notice}");
    assert!(
        notice.contains(&dir.path().join(FILE_NAME).display().to_string()),
        "{notice}"
    );
}

#[test]
fn a_fifo_as_state_file_does_not_hang_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo touches no memory of ours.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let loaded = open(dir.path());
    assert!(
        loaded.notices[0].contains("named pipe") || loaded.notices[0].contains("regular"),
        "{:?}",
        loaded.notices
    );
    assert!(loaded.saved.endpoints.is_empty());
}
