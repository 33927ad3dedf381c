//! Commands: what panels ask for while they draw; the app carries them out after the frame.

use std::path::PathBuf;

use crate::gui::state::{AppState, EndpointId, SelectMode, SortColumn};
use crate::l10n::Lang;

/// Which endpoints a check covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckScope {
    /// Every endpoint in the list.
    All,
    /// The selected endpoints.
    Selected,
    /// These endpoints.
    These(Vec<EndpointId>),
}

/// An edit of one endpoint's settings, as typed (validated when applied).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EndpointEdit {
    /// The endpoint edited.
    pub id: EndpointId,
    /// New name.
    pub name: String,
    /// New URL text.
    pub url: String,
    /// Expected addresses, separated by commas or spaces.
    pub expect_ips: String,
    /// Timeout in milliseconds; empty for the default.
    pub timeout_ms: String,
    /// Free text.
    pub notes: String,
    /// Labels, separated by commas.
    pub tags: String,
}

/// A file action. Each has a small dialog with a typed path and a Browse button for
/// the system's file chooser, which may be missing (no desktop portal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    /// Replace the list with a profile's endpoints.
    OpenProfile,
    /// Save the list as a profile.
    SaveProfile,
    /// Write a report of the results.
    ExportReport,
}

/// What a report covers and whether it keeps secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportOptions {
    /// Only the selected endpoints (when more than one is selected).
    pub selected_only: bool,
    /// Keep passwords, tokens and cookies instead of masking them.
    pub include_secrets: bool,
}

/// Something to do with files or the clipboard report.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCommand {
    /// Show the dialog of a file action.
    ShowDialog(FileAction),
    /// Ask the system's file chooser for the path of the open dialog.
    Browse(FileAction),
    /// Replace the list with the profile at this path (undoable).
    Open(PathBuf),
    /// Save the list as a profile; `replace` writes over a file that is not a profile.
    Save {
        /// Where to.
        path: PathBuf,
        /// The user agreed to replace a file that is not a readable profile.
        replace: bool,
    },
    /// Write a report to this path, in the format its extension names.
    Export {
        /// Where to.
        path: PathBuf,
        /// Which endpoints, and secrets or not.
        options: ReportOptions,
    },
    /// Put the Markdown report on the clipboard.
    CopyMarkdown(ReportOptions),
}

/// The tabs of the detail pane, in Ctrl+1…4 order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DetailTab {
    /// Verdict, what the client reported, ranked causes, warnings.
    #[default]
    Diagnosis,
    /// Phase timeline, bytes sent and received, certificate facts.
    Exchange,
    /// The watch chart and changes of verdict (once there are two results).
    History,
    /// Local listeners, or the commands to run on the server.
    Server,
}

impl DetailTab {
    /// Every tab, in Ctrl+1…4 order.
    pub const ALL: [DetailTab; 4] = [
        DetailTab::Diagnosis,
        DetailTab::Exchange,
        DetailTab::History,
        DetailTab::Server,
    ];

    /// The tab's Fluent id.
    pub fn label_id(self) -> &'static str {
        match self {
            DetailTab::Diagnosis => "gui-tab-diagnosis",
            DetailTab::Exchange => "gui-tab-exchange",
            DetailTab::History => "gui-tab-history",
            DetailTab::Server => "gui-tab-server",
        }
    }
}

/// A command line that repeats a check outside netdoctor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReproduceTool {
    /// `curl`.
    Curl,
    /// `websocat` (WebSocket targets).
    Websocat,
}

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Add the URL typed in the add field.
    AddEndpoint(String),
    /// Apply the settings form.
    UpdateEndpoint(EndpointEdit),
    /// Copy these endpoints.
    Duplicate(Vec<EndpointId>),
    /// Remove these endpoints (undoable).
    Delete(Vec<EndpointId>),
    /// Take back the last delete, or the last replacement of the list.
    Undo,
    /// Start checking.
    Check(CheckScope),
    /// Stop every run in flight.
    CancelRuns,
    /// Re-check these endpoints on a timer (`true`), or stop.
    Watch(Vec<EndpointId>, bool),
    /// Watch every endpoint, or none.
    WatchAll(bool),
    /// Seconds between two checks of a watched endpoint.
    SetWatchInterval(u64),
    /// Click on a row.
    Select(EndpointId, SelectMode),
    /// Select every visible row.
    SelectAll,
    /// Move the selection to the row this many places down (up when negative).
    MoveSelection(isize),
    /// New filter text.
    SetFilter(String),
    /// Sort by a column (again: reverse, a third time: unsorted).
    SortBy(SortColumn),
    /// Switch the UI language.
    SetLang(Lang),
    /// Put text on the clipboard.
    Copy(String),
    /// Put the selected rows' summaries on the clipboard.
    CopySelectedSummary,
    /// Open, save, export, copy a report.
    File(FileCommand),
    /// Show this tab of the detail pane.
    ShowTab(DetailTab),
    /// Check new endpoints as soon as they are added (`true`), or wait for the user.
    SetCheckOnAdd(bool),
    /// Show a desktop notification when a watched endpoint's verdict changes (`true`).
    SetNotifyChanges(bool),
    /// Put a command that repeats the focused endpoint's check on the clipboard.
    CopyReproduce(ReproduceTool),
    /// Add the endpoints named in pasted text (Ctrl+V on the table).
    PasteEndpoints(String),
    /// Add the endpoint the scheme question is about, with this scheme (`None`: skip it).
    AnswerScheme(Option<crate::target::Scheme>),
    /// Hide a message banner.
    DismissBanner(u64),
    /// Close the window.
    Quit,
}

/// "Save profile": to the file the list came from, or ask where.
pub fn save_command(state: &AppState) -> Command {
    Command::File(match state.profile() {
        Some(source) => FileCommand::Save {
            path: source.path.clone(),
            replace: false,
        },
        None => FileCommand::ShowDialog(FileAction::SaveProfile),
    })
}

/// The commands of one frame, in the order they were pushed.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Queues a command.
    pub fn push(&mut self, command: Command) {
        self.0.push(command);
    }

    /// Takes every queued command.
    pub fn drain(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }

    /// Whether nothing was asked for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
