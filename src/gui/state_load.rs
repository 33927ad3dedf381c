//! Opening the app's state file at start without losing or choking on it: a
//! damaged file is set aside, a newer one is kept intact beside the one this
//! build writes, and oversized fields are cut to sane lengths before the first frame.

use std::path::{Path, PathBuf};

use crate::gui::persist::{self, FILE_NAME, Saved};
use crate::l10n::{Localizer, negotiate};

/// Longest endpoint name kept, in characters.
pub const MAX_NAME_CHARS: usize = 256;
/// Longest endpoint URL kept, in characters.
pub const MAX_URL_CHARS: usize = 8 * 1024;
/// Most endpoints kept from one state file.
pub const MAX_ENDPOINTS: usize = 10_000;
/// Most recent profiles kept.
pub const MAX_RECENT: usize = 32;

/// The state file as the app found it, with what to tell the user about it.
pub struct LoadedState {
    /// What to restore.
    pub saved: Saved,
    /// One notice line per problem found, in the user's language.
    pub notices: Vec<String>,
}

/// Loads `dir`'s state file for the app, in the language `negotiate` picks.
pub fn open(dir: &Path, lang_override: Option<&str>, system_locales: &[String]) -> LoadedState {
    let mut notices = Vec::new();
    let newer = persist::file_version(dir).filter(|v| *v > persist::STATE_VERSION);
    let loaded = persist::load(dir);
    let saved_lang = loaded.as_ref().ok().and_then(|s| s.lang.clone());
    let l10n = Localizer::new(negotiate(
        lang_override,
        saved_lang.as_deref(),
        system_locales,
    ));
    let mut saved = match loaded {
        Ok(saved) => saved,
        Err(error) => {
            // Keep the damaged file for the user instead of overwriting it on the next save.
            let aside = persist::quarantine(dir);
            notices.push(l10n.tr_args(
                "gui-error-state-damaged",
                &[
                    ("error", error.into()),
                    ("path", shown(aside.as_deref()).into()),
                ],
            ));
            Saved::default()
        }
    };
    if let Some(version) = newer {
        // The app writes its own layout on the next change; the newer file, with the
        // fields this build does not know, stays intact under another name.
        let kept = persist::keep_copy(dir, FILE_NAME, "newer").ok();
        notices.push(l10n.tr_args(
            "gui-notice-state-newer",
            &[
                ("version", u64::from(version).into()),
                ("path", shown(kept.as_deref()).into()),
            ],
        ));
    }
    if cap_fields(&mut saved) {
        notices.push(l10n.tr_args(
            "gui-notice-state-capped",
            &[
                ("path", dir.join(FILE_NAME).display().to_string().into()),
                ("name", MAX_NAME_CHARS.into()),
                ("url", MAX_URL_CHARS.into()),
                ("count", MAX_ENDPOINTS.into()),
            ],
        ));
    }
    LoadedState { saved, notices }
}

fn shown(path: Option<&Path>) -> String {
    path.map_or_else(String::new, |p| p.display().to_string())
}

/// Cuts names, URLs and lists to their caps; returns whether anything was cut.
pub fn cap_fields(saved: &mut Saved) -> bool {
    let mut cut = false;
    if saved.endpoints.len() > MAX_ENDPOINTS {
        saved.endpoints.truncate(MAX_ENDPOINTS);
        cut = true;
    }
    if saved.recent_profiles.len() > MAX_RECENT {
        saved.recent_profiles.truncate(MAX_RECENT);
        cut = true;
    }
    for endpoint in &mut saved.endpoints {
        cut |= truncate_chars(&mut endpoint.settings.name, MAX_NAME_CHARS);
        cut |= truncate_chars(&mut endpoint.settings.url, MAX_URL_CHARS);
    }
    saved
        .recent_profiles
        .retain(|p: &PathBuf| p.as_os_str().len() <= MAX_URL_CHARS);
    cut
}

fn truncate_chars(text: &mut String, max: usize) -> bool {
    match text.char_indices().nth(max) {
        Some((at, _)) => {
            text.truncate(at);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_keeps_whole_characters() {
        let mut s = "日本語".repeat(200);
        assert!(truncate_chars(&mut s, MAX_NAME_CHARS));
        assert_eq!(s.chars().count(), MAX_NAME_CHARS);
        let mut short = "api".to_owned();
        assert!(!truncate_chars(&mut short, MAX_NAME_CHARS));
    }
}
