//! Endpoint profiles: a named list of endpoints saved as a versioned TOML file,
//! loaded by `netdoctor check --profile` and by the desktop app.
//!
//! Saving never loses data: keys this version does not know are carried over,
//! the file is replaced atomically, the previous version is kept as `FILE.bak`,
//! and a file that does not parse as a profile is never overwritten.

mod error;

use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::engine::EndpointSpec;
use crate::fsutil;
use crate::target::{Target, TargetError};

pub use error::{EndpointError, ProfileError, ProfileWarning};

/// The profile format this build writes and fully understands.
pub const PROFILE_VERSION: u32 = 1;

/// Longest per-endpoint timeout accepted, the same bound as `--timeout`.
pub const MAX_TIMEOUT_MS: u64 = 600_000;

/// First line of every saved profile, so a reader knows what the file is.
const HEADER: &str =
    "# netdoctor endpoint profile. Comments are not kept when netdoctor saves it.\n\n";

/// A named list of endpoints to check together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Format version; required, so an unrelated TOML file is never taken for a profile.
    pub version: u32,
    /// Name shown in the app and in reports.
    #[serde(default)]
    pub name: String,
    /// Keys this version does not know, kept so a save does not drop them.
    #[serde(flatten)]
    pub extra: toml::Table,
    /// The endpoints, in the order they are checked.
    #[serde(default, rename = "endpoint", skip_serializing_if = "Vec::is_empty")]
    pub endpoints: Vec<ProfileEndpoint>,
}

/// One endpoint of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileEndpoint {
    /// Display name; results carry it as `name`.
    #[serde(default)]
    pub name: String,
    /// The URL checked: tcp://, ws://, wss://, http://, https://.
    pub url: String,
    /// Addresses the host should resolve to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect_ips: Vec<IpAddr>,
    /// Limit for each phase of this endpoint, overriding the run's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
    /// Free text for the people sharing the profile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Free labels, for grouping and filtering in the app.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Keys this version does not know, kept so a save does not drop them.
    #[serde(flatten)]
    pub extra: toml::Table,
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::new(String::new(), Vec::new())
    }
}

impl Profile {
    /// A current-version profile holding `endpoints`.
    pub fn new(name: String, endpoints: Vec<ProfileEndpoint>) -> Profile {
        Profile {
            version: PROFILE_VERSION,
            name,
            extra: toml::Table::new(),
            endpoints,
        }
    }

    /// Parses profile text; errors carry the line and column of the problem.
    pub fn parse(text: &str) -> Result<Profile, ProfileError> {
        parse_at(text, Path::new(""))
    }

    /// Reads and parses the profile at `path`.
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        let text = read_text(path)?;
        parse_at(&text, path)
    }

    /// The profile as TOML text, as [`Profile::save`] writes it.
    pub fn to_toml_string(&self) -> Result<String, ProfileError> {
        let body = toml::to_string(self).map_err(|err| ProfileError::Serialize {
            detail: err.to_string(),
        })?;
        Ok(format!("{HEADER}{body}"))
    }

    /// Saves atomically to `path`, keeping the replaced file as `path.bak`.
    ///
    /// Refuses to replace a file that exists but is not a readable profile:
    /// it may be a profile with a typo the user wants to fix by hand, or not a
    /// profile at all.
    pub fn save(&self, path: &Path) -> Result<(), ProfileError> {
        let existing = match read_text(path) {
            Ok(existing) => parse_at(&existing, path).map(drop),
            Err(ProfileError::Read { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                Ok(())
            }
            Err(err @ ProfileError::Encoding { .. }) => Err(err),
            Err(err) => return Err(err),
        };
        if let Err(reason) = existing {
            return Err(ProfileError::RefusedOverwrite {
                path: path.to_owned(),
                reason: Box::new(reason),
            });
        }
        self.save_unchecked(path)
    }

    /// Saves atomically to `path` without looking at what is there (for "replace anyway").
    pub fn save_unchecked(&self, path: &Path) -> Result<(), ProfileError> {
        let text = self.to_toml_string()?;
        fsutil::write_atomic_with_backup(path, |w| w.write_all(text.as_bytes())).map_err(|source| {
            ProfileError::Write {
                path: path.to_owned(),
                source,
            }
        })
    }

    /// Things worth telling the user about a profile that still loaded.
    pub fn warnings(&self) -> Vec<ProfileWarning> {
        let mut warnings = Vec::new();
        if self.version > PROFILE_VERSION {
            warnings.push(ProfileWarning::NewerVersion {
                version: self.version,
            });
        }
        warnings
    }

    /// The name to show: the profile's own, else the file name without extension.
    pub fn display_name(&self, path: Option<&Path>) -> Option<String> {
        if !self.name.trim().is_empty() {
            return Some(self.name.clone());
        }
        path.and_then(Path::file_stem)
            .map(|stem| stem.to_string_lossy().into_owned())
    }
}

impl ProfileEndpoint {
    /// An endpoint with a name and URL and nothing else set.
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> ProfileEndpoint {
        ProfileEndpoint {
            name: name.into(),
            url: url.into(),
            expect_ips: Vec::new(),
            timeout_ms: None,
            notes: String::new(),
            tags: Vec::new(),
            extra: toml::Table::new(),
        }
    }

    /// The parsed URL.
    pub fn target(&self) -> Result<Target, TargetError> {
        Target::parse(&self.url)
    }

    /// What the engine probes for this endpoint; `id` is echoed in its events.
    pub fn to_spec(&self, id: u64) -> Result<EndpointSpec, EndpointError> {
        let target = self.target().map_err(EndpointError::Url)?;
        let timeout = match self.timeout_ms {
            None => None,
            Some(ms @ 1..=MAX_TIMEOUT_MS) => Some(Duration::from_millis(ms)),
            Some(ms) => return Err(EndpointError::Timeout(ms)),
        };
        Ok(EndpointSpec {
            id,
            target,
            timeout,
            expect_ips: self.expect_ips.clone(),
        })
    }

    /// The name to show: its own, else the URL.
    pub fn display_name(&self) -> &str {
        if self.name.trim().is_empty() {
            &self.url
        } else {
            &self.name
        }
    }
}

/// Reads a profile file as text: a regular file under the profile cap, in UTF-8.
fn read_text(path: &Path) -> Result<String, ProfileError> {
    let bytes =
        crate::infile::read_capped(path, crate::infile::PROFILE_CAP).map_err(
            |reason| match reason {
                crate::infile::ReadError::Io(source) => ProfileError::Read {
                    path: path.to_owned(),
                    source,
                },
                reason => ProfileError::Unreadable {
                    path: path.to_owned(),
                    reason,
                },
            },
        )?;
    crate::infile::utf8_text(bytes).map_err(|(line, column)| ProfileError::Encoding {
        path: path.to_owned(),
        line,
        column,
    })
}

fn parse_at(text: &str, path: &Path) -> Result<Profile, ProfileError> {
    let profile: Profile = toml::from_str(text).map_err(|err| {
        let detail = err.message().trim().to_owned();
        match err.span() {
            Some(span) => {
                let (line, column) = line_column(text, span.start);
                ProfileError::Syntax {
                    path: path.to_owned(),
                    line,
                    column,
                    detail,
                }
            }
            None => ProfileError::Invalid {
                path: path.to_owned(),
                detail,
            },
        }
    })?;
    if profile.version == 0 {
        return Err(ProfileError::BadVersion {
            path: path.to_owned(),
            version: profile.version,
        });
    }
    Ok(profile)
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one_in_characters() {
        let text = "a = 1\nbé = x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // "bé = " is 6 bytes but 5 characters.
        assert_eq!(line_column(text, 12), (2, 6));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn version_zero_is_refused() {
        let err = Profile::parse("version = 0\n").expect_err("version 0");
        assert!(matches!(err, ProfileError::BadVersion { version: 0, .. }));
    }

    #[test]
    fn a_toml_file_without_version_is_not_a_profile() {
        let err = Profile::parse("[package]\nname = \"x\"\n").expect_err("no version");
        assert!(matches!(err, ProfileError::Syntax { .. }), "{err:?}");
    }

    #[test]
    fn endpoint_timeouts_are_bounded() {
        let mut endpoint = ProfileEndpoint::new("a", "tcp://127.0.0.1:1");
        endpoint.timeout_ms = Some(0);
        assert!(matches!(
            endpoint.to_spec(0),
            Err(EndpointError::Timeout(0))
        ));
        endpoint.timeout_ms = Some(250);
        let spec = endpoint.to_spec(3).expect("valid");
        assert_eq!(spec.timeout, Some(Duration::from_millis(250)));
        assert_eq!(spec.id, 3);
    }
}
