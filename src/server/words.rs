//! Facts, fixes and connect results of `netdoctor server` in the user's language.

use crate::l10n::ArgValue;
use crate::l10n::Localizer;
use crate::listeners::Listener;

use super::firewall::read::Unread;
use super::firewall::{Action, RejectKind};
use super::verdict::{ConnectResult, Fact, Fix, LocalConnect, ServerCause};

/// A cause's title, remediation and evidence lines.
pub struct CauseWords {
    /// The cause's localized title.
    pub title: String,
    /// What to do.
    pub remediation: String,
    /// One line per fact.
    pub evidence: Vec<String>,
}

/// Puts one cause into words for `port`.
pub fn cause(l10n: &Localizer, cause: &ServerCause, port: u16) -> CauseWords {
    let args: Vec<(&str, ArgValue)> = vec![
        ("port", port.to_string().into()),
        ("host", "localhost".into()),
    ];
    CauseWords {
        title: l10n.tr_args(&cause.id.fluent_id(), &args),
        remediation: fix(l10n, &cause.fix),
        evidence: cause.evidence.iter().map(|f| fact(l10n, f, port)).collect(),
    }
}

/// `node (pid 4242) listens on 127.0.0.1:8282`, or the unknown-owner form.
pub fn listener(l10n: &Localizer, l: &Listener) -> String {
    let socket = l.socket_text();
    match l.owner() {
        Some(owner) => l10n.tr_args(
            "server-listening",
            &[("owner", owner.into()), ("socket", socket.into())],
        ),
        None => l10n.tr_args("server-listening-unknown", &[("socket", socket.into())]),
    }
}

/// `127.0.0.1 accepted, 10.0.0.5 accepted`.
pub fn connects(l10n: &Localizer, list: &[LocalConnect]) -> String {
    let results = list
        .iter()
        .map(|c| format!("{} {}", c.address, connect_result(l10n, c.result)))
        .collect::<Vec<_>>()
        .join(", ");
    l10n.tr_args("server-connect", &[("results", results.into())])
}

fn connect_result(l10n: &Localizer, result: ConnectResult) -> String {
    l10n.tr(match result {
        ConnectResult::Ok => "server-connect-ok",
        ConnectResult::Refused => "server-connect-refused",
        ConnectResult::Timeout => "server-connect-timeout",
        ConnectResult::Unreachable => "server-connect-unreachable",
        ConnectResult::Error => "server-connect-error",
    })
}

/// The action as firewalls print it.
pub fn action_word(action: Action) -> &'static str {
    match action {
        Action::Accept => "ACCEPT",
        Action::Drop => "DROP",
        Action::Reject => "REJECT",
    }
}

fn fact(l10n: &Localizer, fact: &Fact, port: u16) -> String {
    match fact {
        Fact::NothingListens { port } => l10n.tr_args(
            "server-ev-nothing-listens",
            &[("port", port.to_string().into())],
        ),
        Fact::NearestPorts(list) => {
            let list = list
                .iter()
                .map(|l| match l.owner() {
                    Some(owner) => format!("{} ({owner})", l.socket_text()),
                    None => l.socket_text(),
                })
                .collect::<Vec<_>>()
                .join(", ");
            l10n.tr_args("server-ev-nearest", &[("list", list.into())])
        }
        Fact::LoopbackOnly(l) => l10n.tr_args(
            "server-ev-loopback-only",
            &[
                ("owner", l.owner().unwrap_or_else(|| "?".into()).into()),
                ("socket", l.socket_text().into()),
            ],
        ),
        Fact::LocalConnectOk(addr) => l10n.tr_args(
            "server-ev-connect-ok",
            &[("address", addr.to_string().into())],
        ),
        Fact::Rule(hit) => l10n.tr_args(
            "server-ev-rule",
            &[
                ("source", hit.source.as_str().into()),
                ("table", hit.table.as_str().into()),
                ("chain", hit.chain.as_str().into()),
                ("action", action_word(hit.action).into()),
                ("rule", hit.rule.as_str().into()),
            ],
        ),
        Fact::Rejects(RejectKind::Prohibited) => l10n.tr("server-ev-rejects-prohibited"),
        Fact::Rejects(RejectKind::Refused) => l10n.tr("server-ev-rejects-refused"),
        Fact::Panel { name, path } => l10n.tr_args(
            "server-ev-panel",
            &[("panel", (*name).into()), ("path", (*path).into())],
        ),
        Fact::Unread(why) => unread(l10n, why, port),
    }
}

/// Why a firewall is not part of the answer, with the line that would read it.
pub fn unread(l10n: &Localizer, why: &Unread, port: u16) -> String {
    match why {
        Unread::NeedsRoot { tool } => l10n.tr_args(
            "server-ev-needs-root",
            &[
                ("tool", tool.as_str().into()),
                ("port", port.to_string().into()),
            ],
        ),
        Unread::Failed { tool, error } => l10n.tr_args(
            "server-ev-read-failed",
            &[
                ("tool", tool.as_str().into()),
                ("error", error.as_str().into()),
            ],
        ),
        Unread::NotOnPlatform { firewall } => l10n.tr_args(
            "server-ev-not-on-platform",
            &[("firewall", (*firewall).into())],
        ),
    }
}

fn fix(l10n: &Localizer, fix: &Fix) -> String {
    match fix {
        Fix::Start { port } => {
            l10n.tr_args("server-fix-start", &[("port", port.to_string().into())])
        }
        Fix::Bind { current, port } => l10n.tr_args(
            "server-fix-bind",
            &[
                ("current", current.as_str().into()),
                ("port", port.to_string().into()),
            ],
        ),
        Fix::Open { command } => {
            l10n.tr_args("server-fix-open", &[("command", command.as_str().into())])
        }
        Fix::Panel {
            name,
            command,
            port,
        } => l10n.tr_args(
            "server-fix-panel",
            &[
                ("panel", (*name).into()),
                ("command", command.as_str().into()),
                ("port", port.to_string().into()),
            ],
        ),
    }
}
