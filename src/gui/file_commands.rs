//! Carrying out file commands: open and save profiles, export reports, copy the
//! Markdown report, ask the system's file chooser.
//!
//! Reading and writing files happens on the background file thread; what it found
//! comes back as a [`Done`] the app applies on the next frame. A failed action changes
//! nothing and says why: in its dialog when that is open, else in a banner above the
//! table.

use std::io;
use std::path::{Path, PathBuf};

use eframe::egui;

use crate::gui::app::NetdoctorApp;
use crate::gui::background::{Done, Message};
use crate::gui::command::{FileAction, FileCommand, ReportOptions};
use crate::gui::panels::files::typed_path;
use crate::gui::panels::view::{BannerTone, ConfirmReplace, FileDialogDraft};
use crate::gui::picker::PickRequest;
use crate::gui::state::AppReport;
use crate::l10n::Localizer;
use crate::profile::{Profile, ProfileError};
use crate::report::{ReportFormat, ReportMeta, save_report, to_markdown};

impl NetdoctorApp {
    /// Carries out one file command.
    pub(crate) fn execute_file(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::ShowDialog(action) => {
                self.drafts.confirm_replace = None;
                self.drafts.file_dialog = Some(FileDialogDraft {
                    action,
                    path: self.default_path(action),
                    error: None,
                    note: None,
                    focus: true,
                });
            }
            FileCommand::Browse(action) => self.browse(action),
            FileCommand::Open(path) => self.open_profile(&path),
            FileCommand::Save { path, replace } => self.save_profile(path, replace),
            FileCommand::Export { path, options } => self.export_report(&path, options),
            FileCommand::CopyMarkdown(options) => self.copy_markdown(ctx, options),
        }
    }

    /// The file chooser answered: a path carries out the dialog's action at once; no
    /// path (cancelled, or no chooser could open) leaves a hint to type the path instead.
    pub(crate) fn picked(
        &mut self,
        ctx: &egui::Context,
        action: FileAction,
        path: Option<PathBuf>,
    ) {
        let l10n = Localizer::new(self.state.lang());
        let options = self.drafts.report;
        // The user may have closed the dialog meanwhile; then the answer is moot.
        let Some(dialog) = self
            .drafts
            .file_dialog
            .as_mut()
            .filter(|d| d.action == action)
        else {
            return;
        };
        let Some(path) = path else {
            dialog.note = Some(l10n.tr("gui-file-none-chosen"));
            return;
        };
        dialog.path = path.display().to_string();
        dialog.error = None;
        dialog.note = None;
        let command = match action {
            FileAction::OpenProfile => FileCommand::Open(path),
            FileAction::SaveProfile => FileCommand::Save {
                path,
                replace: false,
            },
            FileAction::ExportReport => FileCommand::Export { path, options },
        };
        self.execute_file(ctx, command);
    }

    fn browse(&mut self, action: FileAction) {
        let l10n = Localizer::new(self.state.lang());
        let typed = self
            .drafts
            .file_dialog
            .as_ref()
            .and_then(|d| typed_path(&d.path));
        // Start where the typed path points, suggesting its file name when saving.
        let (directory, file_name) = match typed {
            Some(path) if path.is_dir() => (Some(path), None),
            Some(path) => (
                path.parent().filter(|dir| dir.is_dir()).map(Path::to_owned),
                path.file_name().map(|n| n.to_string_lossy().into_owned()),
            ),
            None => (Some(self.default_dir()), None),
        };
        let (title, filters) = match action {
            FileAction::OpenProfile | FileAction::SaveProfile => (
                if action == FileAction::OpenProfile {
                    "gui-dialog-open-title"
                } else {
                    "gui-dialog-save-title"
                },
                vec![(l10n.tr("gui-filter-profile"), vec!["toml"])],
            ),
            FileAction::ExportReport => (
                "gui-dialog-export-title",
                vec![
                    (l10n.tr("gui-filter-html"), vec!["html", "htm"]),
                    (l10n.tr("gui-filter-markdown"), vec!["md", "markdown"]),
                    (l10n.tr("gui-filter-json"), vec!["json"]),
                ],
            ),
        };
        let save = action != FileAction::OpenProfile;
        let request = PickRequest {
            save,
            title: l10n.tr(title),
            filters,
            directory,
            file_name: file_name.filter(|_| save),
        };
        let started = self.picker.start(&self.background, action, request);
        if let Some(dialog) = self.drafts.file_dialog.as_mut() {
            dialog.note = (!started).then(|| l10n.tr("gui-file-none-chosen"));
        }
    }

    fn open_profile(&mut self, path: &Path) {
        let path = path.to_owned();
        self.background.run(move || {
            let result = Profile::load(&path);
            Some(Message::Done(Done::Opened { path, result }))
        });
    }

    /// Applies what a file job found or did.
    pub(crate) fn finish_file_job(&mut self, done: Done) {
        match done {
            // The status bar reads the error itself; the message only woke the app.
            Done::Saved(_) => {}
            Done::Opened { path, result } => self.opened(&path, result),
            Done::ProfileSaved {
                path,
                profile,
                result,
            } => self.profile_saved(path, profile, result),
            Done::Exported {
                path,
                count,
                skipped,
                result,
            } => self.exported(&path, count, skipped, result),
        }
    }

    fn opened(&mut self, path: &Path, loaded: Result<Profile, ProfileError>) {
        let l10n = Localizer::new(self.state.lang());
        let profile = match loaded {
            Ok(profile) => profile,
            Err(err) => {
                let missing = matches!(&err, ProfileError::Read { source, .. }
                    if source.kind() == io::ErrorKind::NotFound);
                let text = if missing && self.state.forget_recent(path) {
                    self.persist();
                    l10n.tr_args("gui-recent-missing", &[("path", shown(path).into())])
                } else {
                    err.localize(&l10n)
                };
                self.failed(FileAction::OpenProfile, text);
                return;
            }
        };
        let mut warnings: Vec<String> = profile
            .warnings()
            .iter()
            .map(|w| w.localize(&l10n, path))
            .collect();
        if profile.endpoints.is_empty() {
            warnings.push(l10n.tr_args("profile-error-empty", &[("path", shown(path).into())]));
        }
        // Loaded anyway, so they can be fixed in the settings form; a check skips them.
        for endpoint in &profile.endpoints {
            if let Err(err) = endpoint.to_spec(0) {
                warnings.push(err.localize(&l10n, path, endpoint.display_name(), &endpoint.url));
            }
        }
        let name = profile.display_name(Some(path)).unwrap_or_default();
        // The list shown is about to go: its checks have nobody to report to.
        self.cancel_all_runs();
        let count = self.state.open_profile(path.to_owned(), profile).len();
        self.close_dialog(FileAction::OpenProfile);
        self.persist();
        self.banner(
            BannerTone::Info,
            l10n.tr_args(
                "gui-profile-opened",
                &[
                    ("name", name.into()),
                    ("count", count.into()),
                    ("path", shown(path).into()),
                ],
            ),
        );
        for warning in warnings {
            self.banner(BannerTone::Warning, warning);
        }
    }

    fn save_profile(&mut self, path: PathBuf, replace: bool) {
        let path = with_profile_extension(path);
        let profile = self.state.to_profile();
        self.background.run(move || {
            let result = if replace {
                profile.save_unchecked(&path)
            } else {
                profile.save(&path)
            };
            Some(Message::Done(Done::ProfileSaved {
                path,
                profile,
                result,
            }))
        });
    }

    fn profile_saved(&mut self, path: PathBuf, profile: Profile, result: Result<(), ProfileError>) {
        let l10n = Localizer::new(self.state.lang());
        match result {
            Ok(()) => {
                let count = profile.endpoints.len();
                self.state.saved_as(path.clone(), profile);
                self.drafts.confirm_replace = None;
                self.close_dialog(FileAction::SaveProfile);
                self.persist();
                self.banner(
                    BannerTone::Info,
                    l10n.tr_args(
                        "gui-profile-saved",
                        &[("count", count.into()), ("path", shown(&path).into())],
                    ),
                );
            }
            Err(err @ ProfileError::RefusedOverwrite { .. }) => {
                // Not a profile there: ask before destroying it (it would be kept as .bak).
                self.drafts.confirm_replace = Some(ConfirmReplace {
                    reason: err.localize(&l10n),
                    path,
                });
            }
            Err(err) => {
                self.drafts.confirm_replace = None;
                self.failed(FileAction::SaveProfile, err.localize(&l10n));
            }
        }
    }

    fn export_report(&mut self, path: &Path, options: ReportOptions) {
        let l10n = Localizer::new(self.state.lang());
        if ReportFormat::from_path(path).is_none() {
            let text = l10n.tr_args("report-error-format", &[("path", shown(path).into())]);
            self.failed(FileAction::ExportReport, text);
            return;
        }
        let Some(built) = self.build_report(&l10n, options) else {
            self.failed(FileAction::ExportReport, l10n.tr("gui-report-nothing"));
            return;
        };
        let meta = ReportMeta::now(self.state.profile_name(), options.include_secrets);
        let path = path.to_owned();
        let lang = self.state.lang();
        self.background.run(move || {
            let l10n = Localizer::new(lang);
            let result = save_report(&path, &built.report, &meta, &l10n).map_err(|e| e.to_string());
            Some(Message::Done(Done::Exported {
                path,
                count: built.report.results.len(),
                skipped: built.skipped,
                result,
            }))
        });
    }

    fn exported(&mut self, path: &Path, count: usize, skipped: usize, result: Result<(), String>) {
        let l10n = Localizer::new(self.state.lang());
        match result {
            Ok(()) => {
                self.close_dialog(FileAction::ExportReport);
                let text = l10n.tr_args(
                    "gui-report-saved",
                    &[
                        ("count", count.into()),
                        ("skipped", skipped.into()),
                        ("path", shown(path).into()),
                    ],
                );
                self.banner(BannerTone::Info, text);
            }
            Err(err) => {
                let text = l10n.tr_args(
                    "gui-report-error",
                    &[("path", shown(path).into()), ("error", err.into())],
                );
                self.failed(FileAction::ExportReport, text);
            }
        }
    }

    fn copy_markdown(&mut self, ctx: &egui::Context, options: ReportOptions) {
        let l10n = Localizer::new(self.state.lang());
        let Some(built) = self.build_report(&l10n, options) else {
            self.banner(BannerTone::Error, l10n.tr("gui-report-nothing"));
            return;
        };
        let meta = ReportMeta::now(self.state.profile_name(), options.include_secrets);
        ctx.copy_text(to_markdown(&built.report, &meta, &l10n));
        let text = l10n.tr_args(
            "gui-report-copied",
            &[
                ("count", built.report.results.len().into()),
                ("skipped", built.skipped.into()),
            ],
        );
        self.banner(BannerTone::Info, text);
    }

    /// The report the options ask for; `None` when none of its endpoints has a result.
    fn build_report(&self, l10n: &Localizer, options: ReportOptions) -> Option<AppReport> {
        let ids = self.state.report_ids(options.selected_only);
        let built = self.state.report_of(l10n, &ids);
        (!built.report.results.is_empty()).then_some(built)
    }

    /// Says why `action` failed: in its dialog when open, else in a banner.
    fn failed(&mut self, action: FileAction, text: String) {
        match self.drafts.file_dialog.as_mut() {
            Some(dialog) if dialog.action == action => {
                dialog.error = Some(text);
                dialog.note = None;
            }
            _ => self.banner(BannerTone::Error, text),
        }
    }

    fn close_dialog(&mut self, action: FileAction) {
        if self
            .drafts
            .file_dialog
            .as_ref()
            .is_some_and(|d| d.action == action)
        {
            self.drafts.file_dialog = None;
        }
    }

    /// Where file dialogs start: beside the current or latest profile, else the home folder.
    fn default_dir(&self) -> PathBuf {
        self.state
            .profile()
            .map(|source| &source.path)
            .or(self.state.recent_profiles().first())
            .and_then(|path| path.parent())
            .map(Path::to_owned)
            .or_else(std::env::home_dir)
            .unwrap_or_default()
    }

    /// What a dialog's path field starts with.
    fn default_path(&self, action: FileAction) -> String {
        let stem = self.state.profile_name().map(|name| file_stem(&name));
        let path = match action {
            // Typing is the point of this field; an example shows as a hint.
            FileAction::OpenProfile => return String::new(),
            FileAction::SaveProfile => match self.state.profile() {
                Some(source) => source.path.clone(),
                None => self.default_dir().join("endpoints.toml"),
            },
            FileAction::ExportReport => {
                let stem = stem.unwrap_or_else(|| "netdoctor".to_owned());
                self.default_dir().join(format!("{stem}-report.html"))
            }
        };
        path.display().to_string()
    }
}

/// A path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// `work` → `work.toml`; a path with any extension is left as typed.
fn with_profile_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("toml")
    }
}

/// A file name made from a profile name: letters and digits kept, runs of anything else
/// turned into one `-`.
fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "netdoctor".to_owned()
    } else {
        stem.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn the_file_choosers_answer_runs_the_dialogs_action_or_leaves_a_hint() {
        let dir = tempfile::tempdir().expect("tempdir");
        let profile = dir.path().join("p.toml");
        let text = "version = 1\n[[endpoint]]\nurl = \"tcp://127.0.0.1:7\"\n";
        std::fs::write(&profile, text).expect("write");
        let mut app = NetdoctorApp::new_for_test(Some(Lang::En), &dir.path().join("state"));
        let ctx = egui::Context::default();
        app.execute_file(&ctx, FileCommand::ShowDialog(FileAction::OpenProfile));
        // No file (cancelled, or no chooser on this desktop): a hint to type the path.
        app.picked(&ctx, FileAction::OpenProfile, None);
        let note = app.drafts.file_dialog.as_ref().and_then(|d| d.note.clone());
        assert_eq!(
            note,
            Some(Localizer::new(Lang::En).tr("gui-file-none-chosen"))
        );
        app.picked(&ctx, FileAction::OpenProfile, Some(profile));
        app.settle(&ctx);
        assert!(app.drafts.file_dialog.is_none());
        assert_eq!(app.state.endpoints().len(), 1);
        // An answer for a dialog closed meanwhile does nothing.
        let report = dir.path().join("r.html");
        app.picked(&ctx, FileAction::ExportReport, Some(report.clone()));
        app.settle(&ctx);
        assert!(!report.exists());
    }

    #[test]
    fn profile_paths_get_toml_unless_they_have_an_extension() {
        assert_eq!(
            with_profile_extension(PathBuf::from("/a/work")),
            PathBuf::from("/a/work.toml")
        );
        assert_eq!(
            with_profile_extension(PathBuf::from("/a/work.txt")),
            PathBuf::from("/a/work.txt")
        );
    }

    #[test]
    fn file_stems_come_from_profile_names() {
        assert_eq!(file_stem("Team → staging / EU"), "Team-staging-EU");
        assert_eq!(file_stem("팀 서버"), "팀-서버");
        assert_eq!(file_stem("///"), "netdoctor");
    }
}
