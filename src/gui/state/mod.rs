//! The app's data: endpoints, results, selection, watch mode, filter and sort. No egui
//! here, so it unit-tests. [`AppState`] is made of parts, each in its own file with
//! its own invariants; the files named after what they add to it (`runs`, `view`,
//! `profile`, `export`, `watching`, `notify`, `watch_file`) carry its methods.

mod app_state;
mod endpoint;
mod export;
mod ids;
mod list;
mod notification;
mod notify;
mod profile;
mod profile_source;
mod run_book;
mod runs;
mod selection;
mod view;
mod view_options;
mod watch;
mod watch_file;
mod watching;

pub use app_state::AppState;
pub use endpoint::{Endpoint, Outcome, Pending};
pub use export::AppReport;
pub use ids::{EndpointId, RunId};
pub use list::{Deleted, Dropped, EndpointList, Entry, Replaced, UndoStep};
pub use notification::{MAX_QUEUED_NOTIFICATIONS, Notification};
pub use profile_source::{MAX_RECENT, ProfileSource, RecentProfiles};
pub use run_book::Runs;
pub use selection::{SelectMode, Selection};
pub use view::severity;
pub use view_options::{SortColumn, ViewOptions};
pub use watch::{
    Change, HISTORY_LEN, HISTORY_SPAN, History, MAX_INTERVAL_SECS, MIN_INTERVAL_SECS, Sample, Watch,
};
pub use watch_file::{SAVED_VERSION, SavedChange, SavedHistory, SavedSample, SavedWatch};
