//! Profiles in the app: replacing the list with a profile's (undoable), building the
//! profile to save, and the recent-profiles list. What the app does not show (the
//! profile's unknown keys, an endpoint's unknown keys) rides along so a save keeps it.

use std::mem;
use std::path::{Path, PathBuf};

use super::app_state::AppState;
use super::endpoint::Endpoint;
use super::ids::EndpointId;
use super::profile_source::{ProfileSource, RecentProfiles, absolute};
use crate::profile::Profile;

impl AppState {
    /// Replaces the list with `profile`'s endpoints, loaded from `path`. The previous list
    /// (with its results) becomes the step [`AppState::undo`] takes back. Returns the new ids.
    pub fn open_profile(&mut self, path: PathBuf, mut profile: Profile) -> Vec<EndpointId> {
        let loaded = mem::take(&mut profile.endpoints);
        let endpoints: Vec<Endpoint> = loaded
            .into_iter()
            .map(|endpoint| Endpoint::from_profile(self.list.take_id(), endpoint))
            .collect();
        let ids = endpoints.iter().map(|e| e.id).collect();
        let path = absolute(&path);
        self.remember_recent(&path);
        let source = ProfileSource {
            path,
            header: profile,
        };
        self.list_replaced();
        self.list.replace(endpoints, Some(source));
        self.touch();
        ids
    }

    /// The list as a profile: the loaded profile's name, version and unknown keys, with
    /// the current endpoints.
    pub fn to_profile(&self) -> Profile {
        let mut profile = self
            .profile()
            .map_or_else(Profile::default, |source| source.header.clone());
        profile.endpoints = self.list.iter().map(Endpoint::to_profile).collect();
        profile
    }

    /// Records that the list now lives in `path` as `profile` (after a successful save).
    pub fn saved_as(&mut self, path: PathBuf, mut profile: Profile) {
        profile.endpoints.clear();
        let path = absolute(&path);
        self.remember_recent(&path);
        self.list.set_profile(Some(ProfileSource {
            path,
            header: profile,
        }));
    }

    /// Takes back where the list came from and the recent files (at start).
    pub fn restore_profiles(&mut self, profile: Option<ProfileSource>, recent: Vec<PathBuf>) {
        self.list.set_profile(profile);
        self.recent = RecentProfiles::new(recent);
    }

    /// The profile's name for report headers, if the list came from one.
    pub fn profile_name(&self) -> Option<String> {
        self.profile().map(ProfileSource::display_name)
    }

    /// Puts `path` first in the recent list (absolute, so it works from any folder).
    pub fn remember_recent(&mut self, path: &Path) {
        self.recent.remember(path);
    }

    /// Drops `path` from the recent list; returns whether it was there.
    pub fn forget_recent(&mut self, path: &Path) -> bool {
        self.recent.forget(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::state::app_state::tests::state_with;
    use crate::gui::state::profile_source::MAX_RECENT;

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
        let before = state.endpoints().ids();
        let profile = Profile::parse(TEXT).expect("profile");
        let new = state.open_profile(PathBuf::from("/tmp/team.toml"), profile);
        assert_eq!(new.len(), 2);
        assert!(new.iter().all(|id| !before.contains(id)), "fresh ids");
        assert_eq!(state.endpoints()[1].settings.name, "tcp://127.0.0.1:5432");
        assert_eq!(state.profile_name().as_deref(), Some("team"));

        assert_eq!(state.undo(), before);
        assert_eq!(state.profile(), None);
        assert_eq!(state.undo(), new, "the profile's list was kept in turn");
        assert_eq!(state.endpoints().undo_depth(), 1);
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
        assert_eq!(state.recent_profiles().len(), MAX_RECENT);
        assert_eq!(state.recent_profiles()[0], Path::new("/p/5.toml"));
        assert_eq!(
            state
                .recent_profiles()
                .iter()
                .filter(|p| p.ends_with("5.toml"))
                .count(),
            1
        );
        assert!(state.forget_recent(Path::new("/p/5.toml")));
        assert!(!state.forget_recent(Path::new("/p/5.toml")));
    }
}
