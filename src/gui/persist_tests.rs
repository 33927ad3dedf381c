//! Tests of the saved state and watch files.

use super::*;
use crate::l10n::Lang;

#[test]
fn round_trips_through_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = AppState::new(Lang::Ja);
    state.add("api".into(), "wss://127.0.0.1:9/x".into());
    state.window_size = Some([800.0, 600.0]);
    let (background, saves) = (Background::new(), Saves::new(dir.path().to_owned()));
    saves.save(&background, &state);
    background.flush();
    let saved = load(dir.path()).expect("load");
    assert_eq!(saved, Saved::from_state(&state));
    assert_eq!(saves.error(), None);
}

#[test]
fn recent_profiles_and_the_profile_header_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = AppState::new(Lang::En);
    let header = Profile::parse("version = 1\nname = \"t\"\nodd = nan\n").expect("profile");
    state.open_profile(dir.path().join("t.toml"), header.clone());
    let (background, saves) = (Background::new(), Saves::new(dir.path().to_owned()));
    saves.save(&background, &state);
    background.flush();
    let saved = load(dir.path()).expect("load");
    assert_eq!(saved.recent_profiles, state.recent_profiles());
    let source = saved.profile_source().expect("profile");
    assert_eq!(source.header.name, "t");
    assert!(source.header.extra.contains_key("odd"));
}

#[test]
fn missing_file_is_empty_and_damaged_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(load(dir.path()), Ok(Saved::default()));
    fs::write(dir.path().join(FILE_NAME), b"{not json").expect("write");
    assert!(load(dir.path()).is_err());
}

fn watched_state() -> AppState {
    let mut state = AppState::new(Lang::En);
    let id = state.add("api".into(), "tcp://127.0.0.1:9".into());
    state.set_watched(&[id], true, Instant::now());
    state
        .history_mut(id)
        .expect("endpoint")
        .push(crate::gui::state::Sample {
            at: std::time::SystemTime::now(),
            verdict: crate::diagnose::Verdict::Refused,
            connect_ms: None,
            handshake_ms: None,
            total_ms: Some(0.5),
        });
    state
}

#[test]
fn watch_round_trips_through_its_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = watched_state();
    let (background, saves) = (Background::new(), Saves::new(dir.path().to_owned()));
    saves.save_watch(&background, &state);
    background.flush();
    assert_eq!(saves.error(), None);
    let LoadedWatch {
        saved, writable, ..
    } = load_watch(dir.path());
    assert!(writable);
    assert_eq!(saved, state.watch_snapshot());
    assert_eq!(saved.endpoints[0].samples.len(), 1);
}

#[test]
fn missing_watch_file_is_empty_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let loaded = load_watch(dir.path());
    assert_eq!(
        (loaded.saved, loaded.writable),
        (SavedWatch::default(), true)
    );
    assert_eq!(loaded.damaged, None, "a missing file is not damage");
    assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn damaged_or_newer_watch_files_are_set_aside_and_read_as_empty() {
    let newer = format!(
        r#"{{"version":{},"interval_secs":5,"new":[1]}}"#,
        SAVED_VERSION + 1
    );
    for bytes in [
        &b"{\"version\":1,\"interval_secs\":"[..],
        b"",
        newer.as_bytes(),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(WATCH_FILE_NAME);
        fs::write(&path, bytes).expect("write");
        assert!(read_watch(dir.path()).is_err());
        let loaded = load_watch(dir.path());
        assert_eq!(
            (loaded.saved, loaded.writable),
            (SavedWatch::default(), true)
        );
        let bak = damaged_copy(dir.path());
        assert!(
            matches!(&loaded.damaged, Some((_, Some(aside))) if *aside == bak),
            "{:?}",
            loaded.damaged
        );
        assert_eq!(fs::read(&bak).expect("bak"), bytes, "kept as it was");
        // The next save writes a new file and leaves the old one alone.
        let (background, saves) = (Background::new(), Saves::new(dir.path().to_owned()));
        saves.save_watch(&background, &watched_state());
        background.flush();
        assert_eq!(fs::read(&bak).expect("bak"), bytes);
        assert_eq!(read_watch(dir.path()).expect("new").endpoints.len(), 1);
    }
}

#[test]
fn an_unreadable_watch_file_that_cannot_be_set_aside_is_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(WATCH_FILE_NAME);
    fs::write(&path, b"{").expect("write");
    // A non-empty directory where the file would go makes the rename fail on every
    // platform, even for root; one per second of the next minute covers the clock.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    for secs in now..now + 60 {
        for n in 1..=SET_ASIDE_TRIES {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let blocker = dir
                .path()
                .join(format!("{WATCH_FILE_NAME}.damaged-{secs}{suffix}"));
            fs::create_dir(&blocker).expect("dir");
        }
    }
    let LoadedWatch {
        saved,
        writable,
        damaged,
    } = load_watch(dir.path());
    assert_eq!(saved, SavedWatch::default());
    assert!(!writable);
    assert!(matches!(damaged, Some((_, None))), "{damaged:?}");
    let saves = WatchSaves::new(writable, (0, 0));
    assert!(!saves.is_dirty((1, 1)));
    assert!(!saves.is_due((1, 1), Instant::now()));
    assert_eq!(fs::read(&path).expect("kept"), b"{");
}

/// The one `.damaged-SECS` copy of the watch file in `dir`.
fn damaged_copy(dir: &Path) -> PathBuf {
    let copies: Vec<PathBuf> = fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{WATCH_FILE_NAME}.damaged-")))
        })
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    copies.into_iter().next().expect("one copy")
}

#[test]
fn watch_saves_write_changes_of_the_watch_at_once_and_results_at_most_every_few_seconds() {
    let start = Instant::now();
    let mut saves = WatchSaves::new(true, (0, 0));
    assert!(!saves.is_due((0, 0), start), "nothing changed");
    assert!(
        saves.is_due((0, 1), start),
        "the first result after a quiet spell"
    );
    saves.wrote((0, 1), start);
    assert!(!saves.is_due((0, 2), start + Duration::from_secs(1)));
    assert!(saves.is_dirty((0, 2)));
    assert!(
        saves.is_due((1, 2), start + Duration::from_secs(1)),
        "watch switched"
    );
    assert!(saves.is_due((0, 2), start + WATCH_SAVE_EVERY));
}
