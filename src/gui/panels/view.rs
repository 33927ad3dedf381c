//! What the panels share: the frame's read-only [`View`], and the [`Drafts`] the UI
//! owns (text being typed, open dialogs).

use std::path::PathBuf;

use crate::gui::command::{DetailTab, EndpointEdit, FileAction, ReportOptions};
use crate::gui::panels::bytes_view::DumpView;
use crate::gui::panels::detail_cache::Detail;
use crate::gui::state::{AppState, EndpointId};
use crate::l10n::{Args, Localizer};

/// What the panels read during one frame.
pub struct View<'a> {
    /// The app's data.
    pub state: &'a AppState,
    /// The UI language.
    pub l10n: Localizer,
    /// Ids of the rows shown, filtered and sorted.
    pub rows: &'a [EndpointId],
    /// Positions in `state.endpoints()` of the same rows.
    pub positions: &'a [usize],
    /// Pre-built detail of the focused endpoint, when it has a result.
    pub detail: Option<&'a Detail>,
    /// Why the last save failed, if it did.
    pub save_error: Option<&'a str>,
    /// Other problem worth a line in the status bar (worker, damaged state file).
    pub notice: Option<&'a str>,
    /// Messages about file actions, oldest first.
    pub banners: &'a [Banner],
    /// Whether the system's file chooser is open.
    pub browsing: bool,
    /// Row the table scrolls to this frame.
    pub scroll_to_row: Option<usize>,
}

/// How a banner looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BannerTone {
    /// Something worked.
    Info,
    /// It worked, with something to know.
    Warning,
    /// It did not work; nothing changed.
    Error,
}

/// A message above the table, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// Identifies it for [`crate::gui::command::Command::DismissBanner`].
    pub id: u64,
    /// Colour.
    pub tone: BannerTone,
    /// The localized text.
    pub text: String,
}

/// The typed-path dialog of a file action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDialogDraft {
    /// What OK does.
    pub action: FileAction,
    /// The path as typed.
    pub path: String,
    /// Why the last attempt failed (nothing was changed).
    pub error: Option<String>,
    /// A hint, like "no file was chosen".
    pub note: Option<String>,
    /// Give the path field the keyboard on the next frame.
    pub focus: bool,
}

/// The question asked before saving over a file that is not a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmReplace {
    /// The file.
    pub path: PathBuf,
    /// Why it does not read as a profile, localized.
    pub reason: String,
}

/// A message about a field, kept as a Fluent id so it follows language switches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Fluent id.
    pub id: &'static str,
    /// Named text arguments.
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    /// Localizes the message.
    pub fn text(&self, l10n: &Localizer) -> String {
        let args: Vec<_> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str().into()))
            .collect();
        let args: &Args<'_> = &args;
        l10n.tr_args(self.id, args)
    }
}

/// The settings form of one endpoint, as being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EditorDraft {
    /// Field contents.
    pub edit: EndpointEdit,
    /// Problem with the URL field.
    pub url_error: Option<FieldError>,
    /// Problem with the expected IPs field.
    pub ips_error: Option<FieldError>,
    /// Problem with the timeout field.
    pub timeout_error: Option<FieldError>,
}

/// A pasted `host:port` whose protocol the text does not name, waiting for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeQuestion {
    /// What was found.
    pub found: crate::paste::Found,
    /// The line as the client printed it.
    pub reported: Option<String>,
}

/// Text being typed and other widget-local state: owned by the UI, not part of [`AppState`].
#[derive(Debug, Clone, Default)]
pub struct Drafts {
    /// The add-endpoint URL field.
    pub add_url: String,
    /// Why the last add was refused.
    pub add_error: Option<FieldError>,
    /// The filter box.
    pub filter: String,
    /// The settings form of the focused endpoint.
    pub editor: Option<EditorDraft>,
    /// The detail pane's tab.
    pub detail_tab: DetailTab,
    /// Hex or text for sent bytes.
    pub sent_view: DumpView,
    /// Hex or text for received bytes.
    pub received_view: DumpView,
    /// Scroll the table to the focused row on the next frame (keyboard navigation).
    pub scroll_to_focus: bool,
    /// The open file dialog.
    pub file_dialog: Option<FileDialogDraft>,
    /// The open "replace anyway?" question.
    pub confirm_replace: Option<ConfirmReplace>,
    /// Report scope and secrets, as the File menu's checkboxes say (secrets off at start).
    pub report: ReportOptions,
    /// Pasted endpoints whose protocol the user is asked for, the one asked first.
    pub scheme_questions: Vec<SchemeQuestion>,
}

impl Drafts {
    /// Whether a dialog holds the keyboard and blocks the rest of the window.
    pub fn modal_open(&self) -> bool {
        self.file_dialog.is_some()
            || self.confirm_replace.is_some()
            || !self.scheme_questions.is_empty()
    }
}
