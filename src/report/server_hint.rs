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
