//! The saved app state (endpoints, language, window size) and watch mode's history:
//! two JSON files written atomically, on the background file thread so a slow disk
//! never stalls a frame.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::gui::background::{Background, Done, Message, SavedFile};
use crate::gui::state::{AppState, Endpoint, ProfileSource, SAVED_VERSION, SavedWatch};
use crate::profile::Profile;

/// Version of the file layout.
const VERSION: u32 = 1;
/// Name of the file inside the storage directory.
pub const FILE_NAME: &str = "gui-state.json";
/// Name of the watch file (watched endpoints, interval, recent results) beside [`FILE_NAME`].
pub const WATCH_FILE_NAME: &str = "watch-history.json";
/// Least time between two writes of the watch file for new results alone: with many
/// endpoints watched, results arrive several times a second, and the file is large.
pub const WATCH_SAVE_EVERY: Duration = Duration::from_secs(5);

/// What survives a restart.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// File layout version.
    #[serde(default)]
    pub version: u32,
    /// Language code chosen in the app.
    #[serde(default)]
    pub lang: Option<String>,
    /// Inner window size in points.
    #[serde(default)]
    pub window_size: Option<[f32; 2]>,
    /// The endpoint list.
    #[serde(default)]
    pub endpoints: Vec<Endpoint>,
    /// Profile files opened or saved lately, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recent_profiles: Vec<PathBuf>,
    /// The profile the list came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<SavedProfile>,
    /// Whether a new endpoint is checked as soon as it is added (`None`: yes, the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_on_add: Option<bool>,
    /// Whether a watched endpoint's change of verdict notifies (`None`: yes, the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_changes: Option<bool>,
}

/// The profile the list came from, as kept in the state file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedProfile {
    /// Its file.
    pub path: PathBuf,
    /// Its header (name, version, unknown keys) as profile TOML: TOML values do not all
    /// survive JSON.
    pub header: String,
}

impl Saved {
    /// The parts of `state` worth keeping.
    pub fn from_state(state: &AppState) -> Saved {
        // JSON holds only UTF-8 paths; others are dropped rather than failing the whole save.
        let utf8 = |p: &PathBuf| p.to_str().is_some();
        Saved {
            version: VERSION,
            lang: Some(state.lang().code().to_owned()),
            window_size: state.window_size,
            check_on_add: Some(state.check_on_add()),
            notify_changes: Some(state.notify_changes()),
            endpoints: state.endpoints().to_vec(),
            recent_profiles: state
                .recent_profiles()
                .iter()
                .filter(|p| utf8(p))
                .cloned()
                .collect(),
            profile: state
                .profile()
                .filter(|source| utf8(&source.path))
                .and_then(|source| {
                    Some(SavedProfile {
                        path: source.path.clone(),
                        header: source.header.to_toml_string().ok()?,
                    })
                }),
        }
    }

    /// The profile the list came from; `None` if none, or if its header no longer
    /// parses (the profile file itself stays the source of truth).
    pub fn profile_source(&self) -> Option<ProfileSource> {
        let saved = self.profile.as_ref()?;
        Some(ProfileSource {
            path: saved.path.clone(),
            header: Profile::parse(&saved.header).ok()?,
        })
    }
}

/// The directory the app keeps its state in: `$NETDOCTOR_CONFIG_DIR`, else the OS config dir.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("NETDOCTOR_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let home = std::env::home_dir();
    let base = if cfg!(windows) {
        std::env::var_os("APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        home.map(|h| h.join("Library").join("Application Support"))
    } else {
        std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| home.map(|h| h.join(".config")))
    };
    base.map(|b| b.join("netdoctor"))
}

/// Reads the saved state as it is; a missing file is an empty state, a damaged one
/// an error. The app loads through [`crate::gui::state_load`], which adds caps.
pub fn load(dir: &Path) -> Result<Saved, String> {
    let path = dir.join(FILE_NAME);
    match crate::infile::read_capped(&path, crate::infile::STATE_CAP) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| format!("{e}: {}", path.display())),
        Err(e) if e.is_not_found() => Ok(Saved::default()),
        Err(e) => Err(format!("{e}: {}", path.display())),
    }
}

/// The `version` a state file says it has, if it says one.
pub(crate) fn file_version(dir: &Path) -> Option<u32> {
    #[derive(Deserialize)]
    struct Header {
        version: u32,
    }
    let bytes = crate::infile::read_capped(&dir.join(FILE_NAME), crate::infile::STATE_CAP).ok()?;
    serde_json::from_slice::<Header>(&bytes)
        .ok()
        .map(|h| h.version)
}

/// This build's state file layout version.
pub(crate) const STATE_VERSION: u32 = VERSION;

/// Moves a damaged state file aside so the next save does not destroy it; returns where it went.
pub fn quarantine(dir: &Path) -> Option<PathBuf> {
    set_aside(dir, FILE_NAME).ok()
}

/// Renames `dir/name` to `name.damaged-SECS`: one per incident, so a second damaged
/// file never replaces the first (a second one in the same second gets `-2`, …).
fn set_aside(dir: &Path, name: &str) -> std::io::Result<PathBuf> {
    let aside = keep_copy(dir, name, "damaged")?;
    fs::remove_file(dir.join(name))?;
    Ok(aside)
}

/// Most set-aside names tried in one second before giving up (and never writing).
const SET_ASIDE_TRIES: u32 = 100;

/// Links (or copies) `dir/name` to a new `name.LABEL-SECS[-N]` that did not exist
/// before, leaving `dir/name` in place; returns the new path.
pub(crate) fn keep_copy(dir: &Path, name: &str, label: &str) -> std::io::Result<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let source = dir.join(name);
    for n in 1..=SET_ASIDE_TRIES {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let aside = dir.join(format!("{name}.{label}-{secs}{suffix}"));
        // A hard link fails on an existing name instead of replacing it.
        match fs::hard_link(&source, &aside) {
            Ok(()) => return Ok(aside),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => {
                // No hard links here (FAT, some shares): copy to a name created new.
                match fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&aside)
                {
                    Ok(mut file) => {
                        std::io::copy(&mut fs::File::open(&source)?, &mut file)?;
                        file.sync_all()?;
                        return Ok(aside);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "too many set-aside copies",
    ))
}

/// Writes `bytes` to `dir/FILE_NAME` so a crash leaves either the old or the new file
/// (temp file in the same directory, fsync, rename).
pub fn write_atomic(dir: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_file(dir, FILE_NAME, bytes)
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    crate::fsutil::write_atomic(&dir.join(name), bytes)
}

/// Reads the watch file; a missing one is an empty watch, a damaged or newer one an error.
pub fn read_watch(dir: &Path) -> Result<SavedWatch, String> {
    /// Read first, so a newer layout is recognised before its fields fail to parse.
    #[derive(Deserialize)]
    struct Header {
        version: u32,
    }
    let path = dir.join(WATCH_FILE_NAME);
    let bytes = match crate::infile::read_capped(&path, crate::infile::STATE_CAP) {
        Ok(bytes) => bytes,
        Err(e) if e.is_not_found() => return Ok(SavedWatch::default()),
        Err(e) => return Err(format!("{e}: {}", path.display())),
    };
    let damaged = |e: serde_json::Error| format!("{e}: {}", path.display());
    let header: Header = serde_json::from_slice(&bytes).map_err(damaged)?;
    if header.version > SAVED_VERSION {
        return Err(format!(
            "version {} is newer than this app's {SAVED_VERSION}: {}",
            header.version,
            path.display()
        ));
    }
    serde_json::from_slice(&bytes).map_err(damaged)
}

/// The watch file as the app found it at start.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedWatch {
    /// What to restore: empty when the file was missing or unreadable.
    pub saved: SavedWatch,
    /// Whether the file may be written: not when an unreadable one could not be
    /// moved aside, so it is never overwritten.
    pub writable: bool,
    /// Why an existing file was not read, and where it was set aside (`None`: it
    /// could not be moved), for the app to tell the user.
    pub damaged: Option<(String, Option<PathBuf>)>,
}

/// Loads the watch file for the app. One that cannot be read is set aside as
/// `.damaged-SECS`, like the state file, so the next save does not destroy it.
pub fn load_watch(dir: &Path) -> LoadedWatch {
    match read_watch(dir) {
        Ok(saved) => LoadedWatch {
            saved,
            writable: true,
            damaged: None,
        },
        Err(error) => {
            let aside = set_aside(dir, WATCH_FILE_NAME).ok();
            LoadedWatch {
                saved: SavedWatch::default(),
                writable: aside.is_some(),
                damaged: Some((error, aside)),
            }
        }
    }
}

/// When the app writes the watch file. A change of the watched set or the interval is
/// written at once; new results at most once per [`WATCH_SAVE_EVERY`], at a frame the
/// app draws anyway (the next result, input, or exit), so saving never wakes an idle app.
/// Never written if an unreadable file could not be set aside.
#[derive(Debug, Clone)]
pub struct WatchSaves {
    writable: bool,
    saved: (u64, u64),
    last: Option<Instant>,
}

impl WatchSaves {
    /// Bookkeeping for a watch file that holds `revision` (what was just loaded).
    pub fn new(writable: bool, revision: (u64, u64)) -> WatchSaves {
        WatchSaves {
            writable,
            saved: revision,
            last: None,
        }
    }

    /// Whether the file may be written at all.
    pub fn writable(&self) -> bool {
        self.writable
    }

    /// Whether `revision` (from [`AppState::watch_revision`]) is not on disk yet.
    pub fn is_dirty(&self, revision: (u64, u64)) -> bool {
        self.writable && revision != self.saved
    }

    /// Whether `revision` should be written at `now`.
    pub fn is_due(&self, revision: (u64, u64), now: Instant) -> bool {
        let (watch, _) = revision;
        self.is_dirty(revision)
            && (watch != self.saved.0
                || self
                    .last
                    .is_none_or(|last| now.saturating_duration_since(last) >= WATCH_SAVE_EVERY))
    }

    /// Records that `revision` was queued for writing at `now`.
    pub fn wrote(&mut self, revision: (u64, u64), now: Instant) {
        self.saved = revision;
        self.last = Some(now);
    }
}

fn write_watch(dir: &Path, saved: &SavedWatch) -> Result<(), String> {
    // Compact: the file holds up to HISTORY_LEN results per endpoint and nobody edits it.
    let bytes = serde_json::to_vec(saved).map_err(|e| e.to_string())?;
    write_file(dir, WATCH_FILE_NAME, &bytes).map_err(|e| e.to_string())
}

fn write_state(dir: &Path, saved: &Saved) -> Result<(), String> {
    let bytes = serde_json::to_vec_pretty(saved).map_err(|e| e.to_string())?;
    write_atomic(dir, &bytes).map_err(|e| e.to_string())
}

/// The newest snapshot of one file not written yet. A save job takes it when it runs;
/// finding it empty means a later job's snapshot was already written by an earlier job.
type Latest<T> = Arc<Mutex<Option<T>>>;

fn take<T>(latest: &Latest<T>) -> Option<T> {
    latest.lock().unwrap_or_else(PoisonError::into_inner).take()
}

/// The last write error of each file, as the file thread found it.
type Errors = Arc<Mutex<[Option<String>; 2]>>;

/// Records how a write of `file` went; returns whether that differs from the last one
/// (only then is the app woken to show it: a save must not wake an idle app).
fn record(errors: &Errors, file: SavedFile, result: Result<(), String>) -> bool {
    let mut errors = errors.lock().unwrap_or_else(PoisonError::into_inner);
    let error = result.err();
    let changed = errors[file as usize] != error;
    errors[file as usize] = error;
    changed
}

/// Saves the app's files on the background file thread (serializing there too, since
/// the lists can be large), skipping snapshots a newer one replaced.
pub struct Saves {
    dir: PathBuf,
    state: Latest<Saved>,
    watch: Latest<Box<SavedWatch>>,
    errors: Errors,
}

impl Saves {
    /// Saves into `dir` (created on first write).
    pub fn new(dir: PathBuf) -> Saves {
        Saves {
            dir,
            state: Arc::default(),
            watch: Arc::default(),
            errors: Arc::default(),
        }
    }

    /// The directory written to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Queues a snapshot of `state` for writing.
    pub fn save(&self, background: &Background, state: &AppState) {
        *self.state.lock().unwrap_or_else(PoisonError::into_inner) = Some(Saved::from_state(state));
        let (dir, latest, errors) = (self.dir.clone(), self.state.clone(), self.errors.clone());
        background.run(move || {
            let saved = take(&latest)?;
            let changed = record(&errors, SavedFile::State, write_state(&dir, &saved));
            changed.then_some(Message::Done(Done::Saved(SavedFile::State)))
        });
    }

    /// Queues a snapshot of `state`'s watch mode for writing.
    pub fn save_watch(&self, background: &Background, state: &AppState) {
        *self.watch.lock().unwrap_or_else(PoisonError::into_inner) =
            Some(Box::new(state.watch_snapshot()));
        let (dir, latest, errors) = (self.dir.clone(), self.watch.clone(), self.errors.clone());
        background.run(move || {
            let saved = take(&latest)?;
            let changed = record(&errors, SavedFile::Watch, write_watch(&dir, &saved));
            changed.then_some(Message::Done(Done::Saved(SavedFile::Watch)))
        });
    }

    /// The last write error, if the last write of a file failed (the state file's first).
    pub fn error(&self) -> Option<String> {
        let errors = self.errors.lock().unwrap_or_else(PoisonError::into_inner);
        errors.iter().flatten().next().cloned()
    }
}

#[cfg(test)]
#[path = "persist_tests.rs"]
mod tests;
