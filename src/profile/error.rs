//! What can go wrong with a profile, and how each problem is put into words.

use std::io;
use std::path::{Path, PathBuf};

use crate::infile::ReadError;
use crate::l10n::ArgValue;
use crate::l10n::Localizer;
use crate::target::TargetError;

/// Why a profile could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The profile file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// The path is not a readable regular file of sane size.
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable {
        /// The profile file.
        path: PathBuf,
        /// Why it was refused.
        #[source]
        reason: ReadError,
    },
    /// The file is not UTF-8 text; the position of the first bad byte is 1-based.
    #[error("{}:{line}:{column}: not valid UTF-8", path.display())]
    Encoding {
        /// The profile file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        column: usize,
    },
    /// The text is not a valid profile; the position is 1-based, in characters.
    #[error("{}:{line}:{column}: {detail}", path.display())]
    Syntax {
        /// The profile file (empty for text not read from a file).
        path: PathBuf,
        /// Line of the problem.
        line: usize,
        /// Column of the problem.
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// The text is not a valid profile, at no particular position.
    #[error("{}: {detail}", path.display())]
    Invalid {
        /// The profile file (empty for text not read from a file).
        path: PathBuf,
        /// The parser's description.
        detail: String,
    },
    /// `version` is not a format version at all.
    #[error("{}: format version {version} does not exist", path.display())]
    BadVersion {
        /// The profile file.
        path: PathBuf,
        /// The version found.
        version: u32,
    },
    /// The file could not be written; the old file is unchanged.
    #[error("cannot save {}: {source}", path.display())]
    Write {
        /// The profile file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// Saving would replace a file that is not a readable profile.
    #[error("not saving over {}, which is not a readable profile: {reason}", path.display())]
    RefusedOverwrite {
        /// The file left alone.
        path: PathBuf,
        /// Why it does not read as a profile.
        reason: Box<ProfileError>,
    },
    /// The profile could not be turned into TOML (a value TOML cannot hold).
    #[error("cannot write the profile as TOML: {detail}")]
    Serialize {
        /// The serializer's description.
        detail: String,
    },
}

impl ProfileError {
    /// The Fluent message id that explains this error.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ProfileError::Read { .. } | ProfileError::Unreadable { .. } => "profile-error-read",
            ProfileError::Encoding { .. } => "profile-error-syntax",
            ProfileError::Syntax { .. } => "profile-error-syntax",
            ProfileError::Invalid { .. } => "profile-error-invalid",
            ProfileError::BadVersion { .. } => "profile-error-version",
            ProfileError::Write { .. } => "profile-error-write",
            ProfileError::RefusedOverwrite { .. } => "profile-error-refused-overwrite",
            ProfileError::Serialize { .. } => "profile-error-serialize",
        }
    }

    /// The file concerned, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            ProfileError::Read { path, .. }
            | ProfileError::Unreadable { path, .. }
            | ProfileError::Encoding { path, .. }
            | ProfileError::Syntax { path, .. }
            | ProfileError::Invalid { path, .. }
            | ProfileError::BadVersion { path, .. }
            | ProfileError::Write { path, .. }
            | ProfileError::RefusedOverwrite { path, .. } => Some(path),
            ProfileError::Serialize { .. } => None,
        }
    }

    /// The error as one line in the user's language.
    pub fn localize(&self, l10n: &Localizer) -> String {
        let path = self
            .path()
            .map_or_else(String::new, |p| shown_path(p, l10n));
        let mut args: Vec<(&str, ArgValue)> = vec![("path", path.into())];
        match self {
            ProfileError::Read { source, .. } | ProfileError::Write { source, .. } => {
                args.push(("detail", source.to_string().into()));
            }
            ProfileError::Unreadable { reason, .. } => {
                args.push(("detail", reason.localize(l10n).into()));
            }
            ProfileError::Encoding { line, column, .. } => {
                args.push(("line", (*line).into()));
                args.push(("column", (*column).into()));
                args.push(("detail", l10n.tr("file-error-utf8").into()));
            }
            ProfileError::Syntax {
                line,
                column,
                detail,
                ..
            } => {
                args.push(("line", (*line).into()));
                args.push(("column", (*column).into()));
                args.push(("detail", detail.as_str().into()));
            }
            ProfileError::Invalid { detail, .. } | ProfileError::Serialize { detail } => {
                args.push(("detail", detail.as_str().into()));
            }
            ProfileError::BadVersion { version, .. } => {
                args.push(("version", u64::from(*version).into()));
            }
            ProfileError::RefusedOverwrite { reason, .. } => {
                args.push(("detail", reason.localize(l10n).into()));
            }
        }
        l10n.tr_args(self.fluent_id(), &args)
    }
}

/// The path as shown in messages; text not read from a file gets a word instead.
fn shown_path(path: &Path, l10n: &Localizer) -> String {
    if path.as_os_str().is_empty() {
        l10n.tr("profile-unsaved")
    } else {
        path.display().to_string()
    }
}

/// Something worth telling about a profile that loaded anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileWarning {
    /// Written by a newer netdoctor: unknown keys are kept but have no effect here.
    NewerVersion {
        /// The profile's format version.
        version: u32,
    },
}

impl ProfileWarning {
    /// The Fluent message id of this warning.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ProfileWarning::NewerVersion { .. } => "profile-warning-newer-version",
        }
    }

    /// The warning as one line in the user's language; `path` is the profile file.
    pub fn localize(&self, l10n: &Localizer, path: &Path) -> String {
        match self {
            ProfileWarning::NewerVersion { version } => l10n.tr_args(
                self.fluent_id(),
                &[
                    ("path", shown_path(path, l10n).into()),
                    ("version", u64::from(*version).into()),
                    ("supported", u64::from(super::PROFILE_VERSION).into()),
                ],
            ),
        }
    }
}

/// Why one endpoint of a profile cannot be checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// The URL does not parse.
    #[error("{0}")]
    Url(TargetError),
    /// `timeout_ms` is outside 1..=600000.
    #[error("timeout_ms = {0} is outside 1..=600000")]
    Timeout(u64),
}

impl EndpointError {
    /// The error as one line in the user's language, naming the endpoint and the file.
    pub fn localize(&self, l10n: &Localizer, path: &Path, name: &str, url: &str) -> String {
        let detail = match self {
            EndpointError::Url(err) => l10n.tr_args(
                err.fluent_id(),
                &[("target", url.into()), ("value", err.value().into())],
            ),
            EndpointError::Timeout(ms) => l10n.tr_args(
                "profile-error-endpoint-timeout",
                &[("ms", (*ms).into()), ("max", super::MAX_TIMEOUT_MS.into())],
            ),
        };
        l10n.tr_args(
            "profile-error-endpoint",
            &[
                ("path", shown_path(path, l10n).into()),
                ("name", name.into()),
                ("detail", detail.into()),
            ],
        )
    }
}
