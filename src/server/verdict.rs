//! From a port's facts to what a remote client would get and why. Pure: no I/O, no words.

use std::net::IpAddr;

use serde::Serialize;

use super::firewall::managers::Managers;
use super::firewall::read::Unread;
use super::firewall::{Action, RejectKind, RuleHit, blocking};
use crate::diagnose::{CauseId, Verdict};
use crate::listeners::Listener;

/// What a connect from this machine to one of its own addresses gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnectResult {
    /// Accepted.
    Ok,
    /// Answered with RST (or ICMP port unreachable).
    Refused,
    /// No answer in time.
    Timeout,
    /// No route, or rejected with ICMP prohibited.
    Unreachable,
    /// Anything else.
    Error,
}

/// One local connect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalConnect {
    /// The address dialled.
    pub address: IpAddr,
    /// What happened.
    pub result: ConnectResult,
}

/// Everything gathered about one port.
#[derive(Debug, Clone)]
pub struct PortFacts {
    /// The port.
    pub port: u16,
    /// Who listens on it.
    pub listeners: Vec<Listener>,
    /// The nearest other listening ports (a wrong-port hint).
    pub nearest: Vec<Listener>,
    /// Connects from this machine to each of its addresses.
    pub local_connect: Vec<LocalConnect>,
    /// The rules that decide a new connection.
    pub firewall: Vec<RuleHit>,
    /// Rule managers and panels found.
    pub managers: Managers,
    /// Firewalls that could not be read.
    pub unread: Vec<Unread>,
}

/// A fact shown as a cause's evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// No socket listens on the port.
    NothingListens {
        /// The port.
        port: u16,
    },
    /// Other ports that do listen, with their owners.
    NearestPorts(Vec<Listener>),
    /// The only listeners are on loopback addresses.
    LoopbackOnly(Listener),
    /// A local connect to this machine's own address was accepted.
    LocalConnectOk(IpAddr),
    /// The rule that decides.
    Rule(RuleHit),
    /// How the rejecting rule answers.
    Rejects(RejectKind),
    /// A hosting panel is installed.
    Panel {
        /// Its name.
        name: &'static str,
        /// Where.
        path: &'static str,
    },
    /// A firewall that could not be read.
    Unread(Unread),
}

/// What to do about a cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Start the server on the port.
    Start {
        /// The port.
        port: u16,
    },
    /// Bind every address instead of the loopback one.
    Bind {
        /// The loopback socket it binds now.
        current: String,
        /// The port.
        port: u16,
    },
    /// Run this command.
    Open {
        /// The exact command.
        command: String,
    },
    /// Open the port in the panel, or with this command.
    Panel {
        /// The panel.
        name: &'static str,
        /// The system firewall's command.
        command: String,
        /// The port.
        port: u16,
    },
}

/// A cause found on the server.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCause {
    /// Which cause.
    pub id: CauseId,
    /// How sure, in [0, 1].
    pub score: f32,
    /// What shows it.
    pub evidence: Vec<Fact>,
    /// What to do.
    pub fix: Fix,
}

/// The outcome for one port.
#[derive(Debug, Clone, PartialEq)]
pub struct PortVerdict {
    /// What a remote client would get.
    pub verdict: Verdict,
    /// Causes, the deciding one first; empty for `ok`.
    pub causes: Vec<ServerCause>,
}

/// Ranks what a remote client meets first: a firewall answers before the server does,
/// so a blocking rule leads, and a missing or loopback-only listener follows it.
pub fn decide(facts: &PortFacts) -> PortVerdict {
    let mut causes = Vec::new();
    let unread: Vec<Fact> = facts.unread.iter().cloned().map(Fact::Unread).collect();
    if let Some(hit) = blocking(&facts.firewall) {
        let command = facts.managers.open_command(hit, facts.port);
        let mut evidence = vec![Fact::Rule(hit.clone())];
        if hit.action == Action::Reject {
            evidence.push(Fact::Rejects(hit.reject.unwrap_or(RejectKind::Refused)));
            causes.push(ServerCause {
                id: CauseId::UnreachableFirewallReject,
                score: 0.95,
                evidence,
                fix: Fix::Open { command },
            });
        } else if let Some(panel) = &facts.managers.panel {
            let mut panel_evidence = vec![Fact::Panel {
                name: panel.name,
                path: panel.path,
            }];
            panel_evidence.extend(evidence.clone());
            causes.push(ServerCause {
                id: CauseId::TimeoutPanelFirewall,
                score: 0.9,
                evidence: panel_evidence,
                fix: Fix::Panel {
                    name: panel.name,
                    command: command.clone(),
                    port: facts.port,
                },
            });
            causes.push(ServerCause {
                id: CauseId::TimeoutFirewall,
                score: 0.85,
                evidence,
                fix: Fix::Open { command },
            });
        } else {
            causes.push(ServerCause {
                id: CauseId::TimeoutFirewall,
                score: 0.95,
                evidence,
                fix: Fix::Open { command },
            });
        }
    }
    let accepted: Vec<IpAddr> = facts
        .local_connect
        .iter()
        .filter(|c| c.result == ConnectResult::Ok)
        .map(|c| c.address)
        .collect();
    let score = if causes.is_empty() { 0.95 } else { 0.6 };
    if facts.listeners.is_empty() && accepted.is_empty() {
        let mut evidence = vec![Fact::NothingListens { port: facts.port }];
        if !facts.nearest.is_empty() {
            evidence.push(Fact::NearestPorts(facts.nearest.clone()));
        }
        causes.push(ServerCause {
            id: CauseId::RefusedServerNotRunning,
            score,
            evidence,
            fix: Fix::Start { port: facts.port },
        });
    } else if !facts.listeners.is_empty() && facts.listeners.iter().all(Listener::loopback_only) {
        let mut evidence: Vec<Fact> = facts
            .listeners
            .iter()
            .cloned()
            .map(Fact::LoopbackOnly)
            .collect();
        evidence.extend(
            accepted
                .iter()
                .filter(|a| a.is_loopback())
                .map(|a| Fact::LocalConnectOk(*a)),
        );
        causes.push(ServerCause {
            id: CauseId::RefusedLoopbackOnlyBind,
            score,
            evidence,
            fix: Fix::Bind {
                current: facts.listeners[0].socket_text(),
                port: facts.port,
            },
        });
    }
    // A firewall that could not be read may hide the answer: say so on the lead cause.
    if let Some(first) = causes.first_mut() {
        first.evidence.extend(unread);
    }
    let verdict = causes.first().map_or(Verdict::Ok, |c| c.id.verdict());
    PortVerdict { verdict, causes }
}

#[cfg(test)]
#[path = "verdict_tests.rs"]
mod tests;
