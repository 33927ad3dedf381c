//! The local listeners of a result, and for a remote target that failed, the
//! commands that confirm the cause on the server: words shared by every face.

use crate::diagnose::Verdict;
use crate::l10n::Localizer;
use crate::report::model::ResultEntry;
use crate::target::Target;

/// The heading and one line per listener; `None` for a remote target.
pub fn listener_lines(entry: &ResultEntry, l10n: &Localizer) -> Option<(String, Vec<String>)> {
    let listeners = entry.local_listeners.as_ref()?;
    let heading = l10n.tr("local-listeners-heading");
    if listeners.is_empty() {
        let port = Target::parse(&entry.target).ok()?.port;
        let none = l10n.tr_args("local-listeners-none", &[("port", port.to_string().into())]);
        return Some((heading, vec![none]));
    }
    let lines = listeners
        .iter()
        .map(|l| {
            let owner = l
                .owner()
                .unwrap_or_else(|| l10n.tr("local-listener-unknown-owner"));
            format!("{}  {owner}", l.socket_text())
        })
        .collect();
    Some((heading, lines))
}

/// A command to run on the server and what it shows.
pub type ServerCommand = (String, String);

/// The "Confirm on the server" block: heading, intro, and (command, what it does)
/// pairs; only for a remote target whose connection was refused, timed out or unreachable.
pub fn server_hint(
    entry: &ResultEntry,
    l10n: &Localizer,
) -> Option<(String, String, Vec<ServerCommand>)> {
    if entry.local_listeners.is_some()
        || !matches!(
            entry.verdict,
            Verdict::Refused | Verdict::Timeout | Verdict::Unreachable
        )
    {
        return None;
    }
    let port = Target::parse(&entry.target).ok()?.port;
    Some((
        l10n.tr("server-hint-heading"),
        l10n.tr("server-hint-intro"),
        vec![
            (
                format!("netdoctor server {port}"),
                l10n.tr("server-hint-inspect"),
            ),
            (
                format!("netdoctor server --respond {port}"),
                l10n.tr("server-hint-respond"),
            ),
        ],
    ))
}

/// One local listener as report columns, each ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenerRow {
    /// `127.0.0.1:8282` or `[::1]:8282`.
    pub socket: String,
    /// The owning process id, or the "none" mark.
    pub pid: String,
    /// The owning process name, or why it is not shown.
    pub process: String,
}

/// The local listeners of a result as a table for the report files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenerTable {
    /// The section heading.
    pub heading: String,
    /// Column labels: address, PID, process.
    pub columns: [String; 3],
    /// One row per listener; empty when nothing listens.
    pub rows: Vec<ListenerRow>,
    /// The "nothing listens on port N" sentence, when there are no rows.
    pub none: Option<String>,
}

/// The listeners on the target's port as a table; `None` for a remote target.
pub fn listener_table(entry: &ResultEntry, l10n: &Localizer) -> Option<ListenerTable> {
    let listeners = entry.local_listeners.as_ref()?;
    let none = if listeners.is_empty() {
        let port = Target::parse(&entry.target).ok()?.port;
        Some(l10n.tr_args("local-listeners-none", &[("port", port.to_string().into())]))
    } else {
        None
    };
    let dash = l10n.tr("report-none");
    let rows = listeners
        .iter()
        .map(|l| ListenerRow {
            socket: l.socket_text(),
            pid: l.pid.map_or_else(|| dash.clone(), |pid| pid.to_string()),
            process: match (&l.process, l.pid) {
                (Some(name), _) => name.clone(),
                // A pid with no name is still an owner; only an unseen owner needs the why.
                (None, Some(_)) => dash.clone(),
                (None, None) => l10n.tr("local-listener-unknown-owner"),
            },
        })
        .collect();
    Some(ListenerTable {
        heading: l10n.tr("local-listeners-heading"),
        columns: [
            l10n.tr("report-col-address"),
            l10n.tr("report-col-pid"),
            l10n.tr("report-col-process"),
        ],
        rows,
        none,
    })
}
