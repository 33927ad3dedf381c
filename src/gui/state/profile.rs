//! Profiles in the app: replacing the list with a profile's (undoable), building the
//! profile to save, and the recent-profiles list. What the app does not show (the
//! profile's unknown keys, an endpoint's unknown keys) rides along so a save keeps it.

use std::mem;
use std::path::{Path, PathBuf};

use crate::gui::state::{AppState, Endpoint, Replaced, UndoStep};
use crate::profile::{Profile, ProfileEndpoint};

/// How many recent profiles the File menu lists.
pub const MAX_RECENT: usize = 8;

/// The profile the endpoint list came from, or was last saved as.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileSource {
    /// Its file.
    pub path: PathBuf,
    /// Everything but the endpoints: name, format version, keys this version does not know.
    pub header: Profile,
}

impl ProfileSource {
    /// The name to show: the profile's own, else the file name.
    pub fn display_name(&self) -> String {
        self.header
            .display_name(Some(&self.path))
            .unwrap_or_else(|| self.path.display().to_string())
    }
}

impl Endpoint {
    /// The app's copy of a profile endpoint; a blank name shows the URL.
    pub fn from_profile(id: u64, endpoint: ProfileEndpoint) -> Endpoint {
        let name = if endpoint.name.trim().is_empty() {
            endpoint.url.clone()
        } else {
            endpoint.name
        };
        Endpoint {
            id,
            name,
            url: endpoint.url,
            expect_ips: endpoint.expect_ips,
            timeout_ms: endpoint.timeout_ms,
            notes: endpoint.notes,
            tags: endpoint.tags,
            extra: endpoint.extra,
        }
    }

    /// The endpoint as a profile writes it.
    pub fn to_profile(&self) -> ProfileEndpoint {
        // A name equal to the URL is what a blank name shows as; writing it back blank
        // keeps a loaded file unchanged.
        let name = if self.name == self.url {
            String::new()
        } else {
            self.name.clone()
        };
        ProfileEndpoint {
            name,
            url: self.url.clone(),
            expect_ips: self.expect_ips.clone(),
            timeout_ms: self.timeout_ms,
            notes: self.notes.clone(),
            tags: self.tags.clone(),
            extra: self.extra.clone(),
        }
    }
}

impl AppState {
    /// Replaces the list with `profile`'s endpoints, loaded from `path`. The previous list
    /// (with its results) becomes the step [`AppState::undo`] takes back. Returns the new ids.
    pub fn open_profile(&mut self, path: PathBuf, mut profile: Profile) -> Vec<u64> {
        let loaded = mem::take(&mut profile.endpoints);
        let endpoints: Vec<Endpoint> = loaded
            .into_iter()
            .map(|endpoint| Endpoint::from_profile(self.take_id(), endpoint))
            .collect();
        let ids = endpoints.iter().map(|e| e.id).collect();
        let path = absolute(&path);
        self.remember_recent(&path);
        let source = ProfileSource {
            path,
            header: profile,
        };
        let previous = self.swap_list(endpoints, Some(source));
        // An empty list is not worth an undo step (and a "0 endpoints replaced" line).
        if !previous.endpoints.is_empty() {
            self.push_undo(UndoStep::Replace(previous));
        }
        ids
    }

    /// Brings a replaced list back; the list it replaces becomes the next step to undo,
    /// so undoing twice returns to where the user was and nothing is ever dropped.
    pub(super) fn undo_replace(&mut self, replaced: Replaced) -> Vec<u64> {
        let Replaced {
            endpoints,
            results,
            profile,
        } = replaced;
        let ids: Vec<u64> = endpoints.iter().map(|e| e.id).collect();
        let current = self.swap_list(endpoints, profile);
        self.results = results;
        self.push_undo(UndoStep::Replace(current));
        ids
    }

    /// Puts `endpoints` in place of the whole list and returns what was there.
    fn swap_list(&mut self, endpoints: Vec<Endpoint>, profile: Option<ProfileSource>) -> Replaced {
        let previous = Replaced {
            endpoints: mem::replace(&mut self.endpoints, endpoints),
            results: mem::take(&mut self.results),
            profile: mem::replace(&mut self.profile, profile),
        };
        // Progress and run bookkeeping belong to endpoints no longer shown; forgetting
        // their runs makes any late event of them stale.
        self.pending.clear();
        self.cancelled.clear();
        self.latest_run.clear();
        self.selected.clear();
        self.focus = None;
        // History and watching describe the endpoints that went (ids may be reused).
        self.history.clear();
        self.unseen_changes.clear();
        self.last_change = None;
        self.watch.retain(|_| false);
        self.touch();
        previous
    }

    /// The list as a profile: the loaded profile's name, version and unknown keys, with
    /// the current endpoints.
    pub fn to_profile(&self) -> Profile {
        let mut profile = self
            .profile
            .as_ref()
            .map_or_else(Profile::default, |source| source.header.clone());
        profile.endpoints = self.endpoints.iter().map(Endpoint::to_profile).collect();
        profile
    }

    /// Records that the list now lives in `path` as `profile` (after a successful save).
    pub fn saved_as(&mut self, path: PathBuf, mut profile: Profile) {
        profile.endpoints.clear();
        let path = absolute(&path);
        self.remember_recent(&path);
        self.profile = Some(ProfileSource {
            path,
            header: profile,
        });
    }

    /// The profile's name for report headers, if the list came from one.
    pub fn profile_name(&self) -> Option<String> {
        self.profile.as_ref().map(ProfileSource::display_name)
    }

    /// Puts `path` first in the recent list (absolute, so it works from any folder).
    pub fn remember_recent(&mut self, path: &Path) {
        let path = absolute(path);
        self.recent_profiles.retain(|p| *p != path);
        self.recent_profiles.insert(0, path);
        self.recent_profiles.truncate(MAX_RECENT);
    }

    /// Drops `path` from the recent list; returns whether it was there.
    pub fn forget_recent(&mut self, path: &Path) -> bool {
        let path = absolute(path);
        let before = self.recent_profiles.len();
        self.recent_profiles.retain(|p| *p != path);
        self.recent_profiles.len() != before
    }
}

/// `path` made absolute against the current folder, so it means the same file later.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// Serde for an endpoint's unknown profile keys inside the app's JSON state: kept as
/// TOML text, because TOML values (dates, NaN) do not all survive a trip through JSON.
pub(super) mod toml_text {
    use serde::{Deserialize, Deserializer, Serializer, de, ser};

    pub fn serialize<S: Serializer>(table: &toml::Table, serializer: S) -> Result<S::Ok, S::Error> {
        let text = toml::to_string(table).map_err(ser::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<toml::Table, D::Error> {
        let text = String::deserialize(deserializer)?;
        toml::from_str(&text).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::state::tests::state_with;

    const TEXT: &str = r#"
version = 1
name = "team"
future_key = "kept"

[[endpoint]]
name = "chat"
url = "ws://127.0.0.1:8282/chat"
notes = "n"
tags = ["a"]
retries = 3

[[endpoint]]
url = "tcp://127.0.0.1:5432"
"#;

    #[test]
    fn opening_replaces_and_undo_swaps_back_and_forth() {
        let mut state = state_with(2);
        let before: Vec<u64> = state.endpoints.iter().map(|e| e.id).collect();
        let profile = Profile::parse(TEXT).expect("profile");
        let new = state.open_profile(PathBuf::from("/tmp/team.toml"), profile);
        assert_eq!(new.len(), 2);
        assert!(new.iter().all(|id| !before.contains(id)), "fresh ids");
        assert_eq!(state.endpoints[1].name, "tcp://127.0.0.1:5432");
        assert_eq!(state.profile_name().as_deref(), Some("team"));

        assert_eq!(state.undo(), before);
        assert_eq!(state.profile, None);
        assert_eq!(state.undo(), new, "the profile's list was kept in turn");
        assert_eq!(state.undo.len(), 1);
    }

    #[test]
    fn to_profile_keeps_unknown_keys_and_blank_names() {
        let mut state = state_with(0);
        let profile = Profile::parse(TEXT).expect("profile");
        state.open_profile(PathBuf::from("/tmp/team.toml"), profile.clone());
        assert_eq!(state.to_profile(), profile);
    }

    #[test]
    fn recent_list_is_newest_first_without_duplicates_and_bounded() {
        let mut state = state_with(0);
        for i in 0..10 {
            state.remember_recent(Path::new(&format!("/p/{i}.toml")));
        }
        state.remember_recent(Path::new("/p/5.toml"));
        assert_eq!(state.recent_profiles.len(), MAX_RECENT);
        assert_eq!(state.recent_profiles[0], Path::new("/p/5.toml"));
        assert_eq!(
            state
                .recent_profiles
                .iter()
                .filter(|p| p.ends_with("5.toml"))
                .count(),
            1
        );
        assert!(state.forget_recent(Path::new("/p/5.toml")));
        assert!(!state.forget_recent(Path::new("/p/5.toml")));
    }

    #[test]
    fn unknown_endpoint_keys_survive_the_state_file() {
        let mut endpoint = Endpoint::new(1, "a".into(), "tcp://127.0.0.1:1".into());
        endpoint
            .extra
            .insert("when".into(), toml::Value::Float(f64::INFINITY));
        let json = serde_json::to_string(&endpoint).expect("json");
        let back: Endpoint = serde_json::from_str(&json).expect("back");
        assert_eq!(back, endpoint);
    }
}
