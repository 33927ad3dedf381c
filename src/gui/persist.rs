//! The saved app state (endpoints, language, window size): a JSON file written atomically,
//! on a background thread so a slow disk never stalls a frame.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::gui::state::{AppState, Endpoint, ProfileSource};
use crate::profile::Profile;

/// Version of the file layout.
const VERSION: u32 = 1;
/// Name of the file inside the storage directory.
pub const FILE_NAME: &str = "gui-state.json";

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
            lang: Some(state.lang.code().to_owned()),
            window_size: state.window_size,
            endpoints: state.endpoints.clone(),
            recent_profiles: state
                .recent_profiles
                .iter()
                .filter(|p| utf8(p))
                .cloned()
                .collect(),
            profile: state
                .profile
                .as_ref()
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

/// Reads the saved state; a missing file is an empty state, a damaged one an error.
pub fn load(dir: &Path) -> Result<Saved, String> {
    let path = dir.join(FILE_NAME);
    match fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| format!("{e}: {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Saved::default()),
        Err(e) => Err(format!("{e}: {}", path.display())),
    }
}

/// Moves a damaged state file aside so the next save does not destroy it; returns where it went.
pub fn quarantine(dir: &Path) -> Option<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aside = dir.join(format!("{FILE_NAME}.damaged-{secs}"));
    fs::rename(dir.join(FILE_NAME), &aside).ok().map(|()| aside)
}

/// Writes `bytes` to `dir/FILE_NAME` so a crash leaves either the old or the new file
/// (temp file in the same directory, fsync, rename).
pub fn write_atomic(dir: &Path, bytes: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    crate::fsutil::write_atomic(&dir.join(FILE_NAME), bytes)
}

enum Message {
    Write(Vec<u8>),
    Flush(Sender<()>),
}

/// Saves in the background, in order, skipping snapshots a newer one replaced.
pub struct Saver {
    dir: PathBuf,
    tx: Option<Sender<Message>>,
    thread: Option<std::thread::JoinHandle<()>>,
    error: Arc<Mutex<Option<String>>>,
}

impl Saver {
    /// A saver writing into `dir` (created on first write).
    pub fn new(dir: PathBuf) -> Saver {
        let (tx, rx) = channel();
        let error = Arc::new(Mutex::new(None));
        let thread_error = error.clone();
        let thread_dir = dir.clone();
        let thread = std::thread::Builder::new()
            .name("netdoctor-saver".into())
            .spawn(move || save_loop(&thread_dir, &rx, &thread_error))
            .ok();
        Saver {
            dir,
            tx: thread.as_ref().map(|_| tx),
            thread,
            error,
        }
    }

    /// The directory written to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Queues a snapshot of `state` for writing.
    pub fn save(&self, state: &AppState) {
        let saved = Saved::from_state(state);
        let bytes = match serde_json::to_vec_pretty(&saved) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.set_error(e.to_string());
                return;
            }
        };
        match &self.tx {
            Some(tx) if tx.send(Message::Write(bytes.clone())).is_ok() => {}
            // No thread (spawning failed): write here rather than lose the change.
            _ => {
                if let Err(e) = write_atomic(&self.dir, &bytes) {
                    self.set_error(e.to_string());
                }
            }
        }
    }

    /// Blocks until every queued snapshot is on disk.
    pub fn flush(&self) {
        if let Some(tx) = &self.tx {
            let (done_tx, done_rx) = channel();
            if tx.send(Message::Flush(done_tx)).is_ok() {
                let _ = done_rx.recv();
            }
        }
    }

    /// The last write error, if the last write failed.
    pub fn error(&self) -> Option<String> {
        self.error
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn set_error(&self, error: String) {
        *self.error.lock().unwrap_or_else(PoisonError::into_inner) = Some(error);
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Closing the channel ends the loop after it wrote what was queued.
        self.tx = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn save_loop(dir: &Path, rx: &Receiver<Message>, error: &Mutex<Option<String>>) {
    while let Ok(first) = rx.recv() {
        let mut latest = None;
        let mut waiting = Vec::new();
        for message in std::iter::once(first).chain(rx.try_iter()) {
            match message {
                Message::Write(bytes) => latest = Some(bytes),
                Message::Flush(done) => waiting.push(done),
            }
        }
        if let Some(bytes) = latest {
            let outcome = write_atomic(dir, &bytes).err().map(|e| e.to_string());
            *error.lock().unwrap_or_else(PoisonError::into_inner) = outcome;
        }
        for done in waiting {
            let _ = done.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn round_trips_through_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut state = AppState::new(Lang::Ja);
        state.add("api".into(), "wss://127.0.0.1:9/x".into());
        state.window_size = Some([800.0, 600.0]);
        let saver = Saver::new(dir.path().to_owned());
        saver.save(&state);
        saver.flush();
        let saved = load(dir.path()).expect("load");
        assert_eq!(saved, Saved::from_state(&state));
        assert_eq!(saver.error(), None);
    }

    #[test]
    fn recent_profiles_and_the_profile_header_round_trip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut state = AppState::new(Lang::En);
        let header = Profile::parse("version = 1\nname = \"t\"\nodd = nan\n").expect("profile");
        state.open_profile(dir.path().join("t.toml"), header.clone());
        let saver = Saver::new(dir.path().to_owned());
        saver.save(&state);
        saver.flush();
        let saved = load(dir.path()).expect("load");
        assert_eq!(saved.recent_profiles, state.recent_profiles);
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
}
