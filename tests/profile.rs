//! Profiles: the shipped sample, round trips, safe saving, errors with positions.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use netdoctor::fsutil::{backup_path, write_atomic, write_atomic_with};
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::profile::{PROFILE_VERSION, Profile, ProfileEndpoint, ProfileError, ProfileWarning};

const SAMPLE: &str = include_str!("../assets/profile-sample.toml");

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn sample_profile() -> Profile {
    let mut chat = ProfileEndpoint::new("chat", "ws://127.0.0.1:8282/chat");
    chat.timeout_ms = Some(1500);
    chat.expect_ips = vec!["127.0.0.1".parse().expect("ip")];
    chat.notes = "line one\nline \"two\"".into();
    chat.tags = vec!["a".into(), "b c".into()];
    Profile::new(
        "Team → staging".into(),
        vec![chat, ProfileEndpoint::new("", "tcp://[::1]:5432")],
    )
}

/// Names of the files in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn shipped_sample_parses_and_round_trips() {
    let profile = Profile::parse(SAMPLE).expect("sample parses");
    assert_eq!(profile.version, PROFILE_VERSION);
    assert_eq!(profile.name, "Sample: chat service");
    assert_eq!(profile.endpoints.len(), 3);
    assert!(
        profile.extra.is_empty(),
        "sample uses only known keys: {:?}",
        profile.extra
    );
    let chat = &profile.endpoints[0];
    assert_eq!(chat.url, "ws://127.0.0.1:8282/chat");
    assert_eq!(chat.timeout_ms, Some(3000));
    assert_eq!(chat.tags, ["chat", "local"]);
    assert_eq!(profile.endpoints[1].expect_ips.len(), 2);
    for (id, endpoint) in profile.endpoints.iter().enumerate() {
        let spec = endpoint
            .to_spec(id as u64)
            .expect("every sample endpoint is checkable");
        assert_eq!(spec.id, id as u64);
    }
    assert_eq!(
        profile.endpoints[0].to_spec(0).expect("spec").timeout,
        Some(Duration::from_millis(3000))
    );
    let text = profile.to_toml_string().expect("serialize");
    assert_eq!(Profile::parse(&text).expect("reparse"), profile);
    assert!(profile.warnings().is_empty());
}

#[test]
fn save_then_load_gives_the_same_profile() {
    let dir = temp_dir();
    let path = dir.path().join("team.toml");
    let profile = sample_profile();
    profile.save(&path).expect("save");
    assert_eq!(Profile::load(&path).expect("load"), profile);
    // Nothing but the file itself: no temporary left, no backup of a file that did not exist.
    assert_eq!(files_in(dir.path()), ["team.toml"]);
}

#[test]
fn corrupt_profile_reports_line_and_column() {
    let dir = temp_dir();
    let path = dir.path().join("broken.toml");
    fs::write(
        &path,
        "version = 1\nname = \"ok\"\n\n[[endpoint]]\nname = \"api\nurl = \"ws://h\"\n",
    )
    .expect("write");
    let err = Profile::load(&path).expect_err("unterminated string");
    let ProfileError::Syntax {
        line,
        column,
        path: err_path,
        ..
    } = &err
    else {
        panic!("expected a syntax error, got {err:?}");
    };
    // Line 5 is `name = "api` with no closing quote: the parser stops at its end.
    assert_eq!((*line, *column), (5, 12));
    assert_eq!(err_path, &path);
    let message = err.localize(&Localizer::new(Lang::En));
    assert!(message.contains("line 5"), "{message}");
    assert!(message.contains("column 12"), "{message}");
    assert!(message.contains("broken.toml"), "{message}");
}

#[test]
fn type_errors_point_at_the_value() {
    let text = "version = 1\n[[endpoint]]\nname = \"a\"\nurl = \"ws://h\"\ntimeout_ms = \"soon\"\n";
    match Profile::parse(text) {
        Err(ProfileError::Syntax {
            line,
            column,
            detail,
            ..
        }) => {
            assert_eq!((line, column), (5, 14));
            assert!(detail.contains("u64"), "{detail}");
        }
        other => panic!("expected a positioned error, got {other:?}"),
    }
}

#[test]
fn save_never_overwrites_a_file_that_is_not_a_readable_profile() {
    let dir = temp_dir();
    let path = dir.path().join("work.toml");
    let corrupt = b"version = 1\nname = \"half-edited\n[[endpoint]]\n";
    fs::write(&path, corrupt).expect("write");

    let err = sample_profile().save(&path).expect_err("must refuse");
    match &err {
        ProfileError::RefusedOverwrite { reason, .. } => {
            assert!(
                matches!(**reason, ProfileError::Syntax { line: 2, .. }),
                "{reason:?}"
            );
        }
        other => panic!("expected RefusedOverwrite, got {other:?}"),
    }
    assert_eq!(fs::read(&path).expect("read"), corrupt);
    assert_eq!(
        files_in(dir.path()),
        ["work.toml"],
        "no backup, no temporary"
    );
    let message = err.localize(&Localizer::new(Lang::En));
    assert!(message.contains("line 2"), "{message}");

    // An unrelated TOML file is not a profile either.
    let cargo = dir.path().join("Cargo.toml");
    fs::write(&cargo, "[package]\nname = \"x\"\n").expect("write");
    assert!(sample_profile().save(&cargo).is_err());
    assert_eq!(
        fs::read_to_string(&cargo).expect("read"),
        "[package]\nname = \"x\"\n"
    );
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let dir = temp_dir();
    let path = dir.path().join("work.toml");
    let first = sample_profile();
    first.save(&path).expect("first save");
    let first_bytes = fs::read(&path).expect("read");

    let mut second = first.clone();
    second.name = "second".into();
    second.save(&path).expect("second save");
    assert_eq!(Profile::load(&path).expect("load").name, "second");
    assert_eq!(fs::read(backup_path(&path)).expect("bak"), first_bytes);

    let mut third = second.clone();
    third.name = "third".into();
    third.save(&path).expect("third save");
    assert_eq!(
        Profile::load(&backup_path(&path)).expect("bak loads").name,
        "second"
    );
    assert_eq!(files_in(dir.path()), ["work.toml", "work.toml.bak"]);
}

/// A writer stand-in that fails after some bytes, as a full disk would.
struct FailAfter<'a> {
    inner: &'a mut dyn Write,
    left: usize,
}

impl Write for FailAfter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::other("disk full (simulated)"));
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        self.inner.write(&buf[..n])
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[test]
fn a_write_failing_half_way_leaves_the_old_file_intact() {
    let dir = temp_dir();
    let path = dir.path().join("work.toml");
    let old = sample_profile();
    old.save(&path).expect("save");
    let old_bytes = fs::read(&path).expect("read");

    let mut new = old.clone();
    new.name = "new".into();
    new.endpoints
        .extend((0..200).map(|i| ProfileEndpoint::new(format!("e{i}"), "tcp://127.0.0.1:1")));
    let text = new.to_toml_string().expect("serialize");
    let err = write_atomic_with(&path, |w| {
        let mut failing = FailAfter {
            inner: w,
            left: text.len() / 2,
        };
        failing.write_all(text.as_bytes())
    })
    .expect_err("the writer fails");
    assert!(err.to_string().contains("simulated"), "{err}");

    assert_eq!(fs::read(&path).expect("read"), old_bytes);
    assert_eq!(Profile::load(&path).expect("still loads"), old);
    assert_eq!(
        files_in(dir.path()),
        ["work.toml"],
        "the temporary file is gone"
    );
}

#[test]
fn write_atomic_replaces_and_creates() {
    let dir = temp_dir();
    let path = dir.path().join("notes.txt");
    write_atomic(&path, b"one").expect("create");
    write_atomic(&path, b"two").expect("replace");
    assert_eq!(fs::read(&path).expect("read"), b"two");
    assert_eq!(files_in(dir.path()), ["notes.txt"]);
    let missing_dir = dir.path().join("no/such/dir/file.txt");
    assert!(write_atomic(&missing_dir, b"x").is_err());
}

#[cfg(unix)]
#[test]
fn replacing_a_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    let path = dir.path().join("shared.toml");
    sample_profile().save(&path).expect("save");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    sample_profile().save(&path).expect("save again");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn unknown_fields_survive_a_load_and_save() {
    let dir = temp_dir();
    let path = dir.path().join("future.toml");
    let text = r#"version = 1
name = "from a newer app"
theme = "dark"
color_by_tag = { prod = "red" }

[sync]
server = "https://sync.example.com"
interval_s = 60

[[endpoint]]
name = "api"
url = "https://127.0.0.1:8443/"
retries = 3
headers = { "X-Trace" = "1" }

[[endpoint.checks]]
kind = "latency"
max_ms = 200
"#;
    fs::write(&path, text).expect("write");
    let mut profile = Profile::load(&path).expect("load");
    assert_eq!(
        profile.extra.get("theme").and_then(|v| v.as_str()),
        Some("dark")
    );
    assert!(profile.extra.contains_key("sync"));
    assert_eq!(
        profile.endpoints[0]
            .extra
            .get("retries")
            .and_then(|v| v.as_integer()),
        Some(3)
    );

    // Change a known field, save, and every unknown one is still there.
    profile.endpoints[0].notes = "edited".into();
    profile.save(&path).expect("save");
    let again = Profile::load(&path).expect("reload");
    assert_eq!(again, profile);
    let original: toml::Table = toml::from_str(text).expect("toml");
    let saved: toml::Table =
        toml::from_str(&fs::read_to_string(&path).expect("read")).expect("toml");
    for key in ["theme", "color_by_tag", "sync"] {
        assert_eq!(saved.get(key), original.get(key), "{key}");
    }
    let endpoint = |t: &toml::Table| {
        t["endpoint"].as_array().expect("array")[0]
            .as_table()
            .expect("table")
            .clone()
    };
    for key in ["retries", "headers", "checks"] {
        assert_eq!(
            endpoint(&saved).get(key),
            endpoint(&original).get(key),
            "{key}"
        );
    }
}

#[test]
fn a_newer_format_loads_with_a_warning_and_keeps_its_version() {
    let dir = temp_dir();
    let path = dir.path().join("v2.toml");
    fs::write(&path, "version = 2\nname = \"n\"\nnew_thing = true\n[[endpoint]]\nname = \"a\"\nurl = \"tcp://127.0.0.1:9\"\n")
        .expect("write");
    let profile = Profile::load(&path).expect("loads");
    assert_eq!(
        profile.warnings(),
        [ProfileWarning::NewerVersion { version: 2 }]
    );
    let line = profile.warnings()[0].localize(&Localizer::new(Lang::En), &path);
    assert!(
        line.contains("format 2") && line.contains("format 1"),
        "{line}"
    );
    profile.save(&path).expect("save");
    let again = Profile::load(&path).expect("reload");
    assert_eq!(again.version, 2, "saving must not claim the older format");
    assert_eq!(
        again.extra.get("new_thing").and_then(|v| v.as_bool()),
        Some(true)
    );
}

#[test]
fn read_errors_name_the_file() {
    let path = PathBuf::from("/nonexistent-netdoctor-dir/p.toml");
    let err = Profile::load(&path).expect_err("missing");
    assert!(matches!(err, ProfileError::Read { .. }));
    let message = err.localize(&Localizer::new(Lang::En));
    assert!(
        message.contains("/nonexistent-netdoctor-dir/p.toml"),
        "{message}"
    );
}

#[test]
fn every_profile_message_is_present_in_every_language() {
    let errors = [
        Profile::parse("version = ").expect_err("syntax"),
        Profile::parse("version = 0").expect_err("version"),
    ];
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for id in [
            "profile-error-read",
            "profile-error-syntax",
            "profile-error-invalid",
            "profile-error-version",
            "profile-error-write",
            "profile-error-refused-overwrite",
            "profile-error-serialize",
            "profile-error-endpoint",
            "profile-error-endpoint-timeout",
            "profile-error-empty",
            "profile-warning-newer-version",
            "profile-unsaved",
        ] {
            assert!(l10n.has(id, None), "{} lacks {id}", lang.code());
        }
        for err in &errors {
            let text = err.localize(&l10n);
            assert!(!text.starts_with("profile-"), "{text}");
        }
    }
}
