//! Where the list came from: the profile file and its header, and the recent files.

use std::path::{Path, PathBuf};

use crate::profile::Profile;

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

/// Profile files opened or saved lately, newest first, at most [`MAX_RECENT`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecentProfiles(Vec<PathBuf>);

impl RecentProfiles {
    /// The list as kept (paths already absolute).
    pub fn new(paths: Vec<PathBuf>) -> RecentProfiles {
        RecentProfiles(paths)
    }

    /// The files, newest first.
    pub fn paths(&self) -> &[PathBuf] {
        &self.0
    }

    /// Puts `path` first (absolute, so it works from any folder).
    pub fn remember(&mut self, path: &Path) {
        let path = absolute(path);
        self.0.retain(|p| *p != path);
        self.0.insert(0, path);
        self.0.truncate(MAX_RECENT);
    }

    /// Drops `path`; returns whether it was there.
    pub fn forget(&mut self, path: &Path) -> bool {
        let path = absolute(path);
        let before = self.0.len();
        self.0.retain(|p| *p != path);
        self.0.len() != before
    }
}

/// `path` made absolute against the current folder, so it means the same file later.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}
