//! `netdoctor server`: run on the machine that should accept connections; tells,
//! for each port, what a remote client would meet and why, from the machine's own
//! facts (listeners, local connects, firewall rules). `--respond` answers on free
//! ports so a client can test the network path while the real server is stopped.

pub mod firewall;
pub mod json;
pub mod probe;
pub mod respond;
pub mod text;
pub mod verdict;
pub mod words;

use std::io::{IsTerminal, Write};

use crate::diagnose::Verdict;
use crate::l10n::Localizer;
use crate::listeners;

use firewall::read::Snapshot;
use verdict::{PortFacts, PortVerdict, decide};

/// Exit status: every port ok.
pub const EXIT_OK: u8 = 0;
/// Exit status: some port not ok.
pub const EXIT_FAILED: u8 = 1;
/// Exit status: bad input.
pub const EXIT_USAGE: u8 = 2;

/// How many other listening ports a "nothing listens" answer names.
const NEAREST: usize = 3;

/// Options of `netdoctor server`, as parsed by the command line.
#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// The ports as typed; checked here so the error is one localized line.
    pub ports: Vec<String>,
    /// One JSON document instead of text.
    pub json: bool,
    /// Answer on the ports instead of checking them.
    pub respond: bool,
    /// With `respond`: stop after this many seconds.
    pub respond_for: Option<u64>,
}

/// The facts and outcome of one port.
#[derive(Debug, Clone)]
pub struct PortReport {
    /// What was gathered.
    pub facts: PortFacts,
    /// What it means.
    pub outcome: PortVerdict,
}

/// Everything `netdoctor server` found.
#[derive(Debug, Clone)]
pub struct ServerReport {
    /// `linux`, `macos`, `windows`.
    pub os: &'static str,
    /// This machine's addresses.
    pub addresses: Vec<std::net::IpAddr>,
    /// One entry per port, in the order given.
    pub ports: Vec<PortReport>,
    /// Whether any firewall rules were read.
    pub rules_read: bool,
}

/// Parses the ports as typed: `1`..=`65535`, at least one, each once.
pub fn parse_ports(ports: &[String], l10n: &Localizer) -> Result<Vec<u16>, String> {
    if ports.is_empty() {
        return Err(l10n.tr("server-error-no-ports"));
    }
    let mut out = Vec::new();
    for text in ports {
        match text.trim().parse::<u16>() {
            Ok(port) if port > 0 => {
                if !out.contains(&port) {
                    out.push(port);
                }
            }
            _ => {
                let shown = text.escape_debug().to_string();
                return Err(l10n.tr_args("server-error-port", &[("value", shown.into())]));
            }
        }
    }
    Ok(out)
}

/// Gathers the facts of every port and decides each.
pub fn inspect(ports: &[u16]) -> ServerReport {
    let snapshot = Snapshot::read();
    // A failed listing leaves the local connects to tell whether something listens.
    let all = listeners::all().unwrap_or_default();
    let addresses = probe::host_addresses();
    let reports = ports
        .iter()
        .map(|&port| {
            let facts = PortFacts {
                port,
                listeners: listeners::on_port_in(&all, port).to_vec(),
                nearest: listeners::nearest(&all, port, NEAREST),
                local_connect: probe::connect_all(&addresses, port),
                firewall: snapshot.evaluate(port),
                managers: snapshot.managers.clone(),
                unread: snapshot.unread.clone(),
            };
            let outcome = decide(&facts);
            PortReport { facts, outcome }
        })
        .collect();
    ServerReport {
        os: std::env::consts::OS,
        addresses,
        ports: reports,
        rules_read: snapshot.any_rules(),
    }
}

/// Runs `netdoctor server`; returns the exit status.
pub fn run(options: ServerOptions, l10n: Localizer) -> u8 {
    let ports = match parse_ports(&options.ports, &l10n) {
        Ok(ports) => ports,
        Err(line) => {
            eprintln!("netdoctor: {line}");
            return EXIT_USAGE;
        }
    };
    if options.respond {
        return respond::run(&ports, options.respond_for, &l10n);
    }
    let report = inspect(&ports);
    // What could not be read goes to stderr too, so a script piping the JSON sees it.
    for why in report
        .ports
        .first()
        .map(|p| p.facts.unread.as_slice())
        .unwrap_or_default()
    {
        eprintln!("netdoctor: {}", words::unread(&l10n, why, ports[0]));
    }
    let stdout = std::io::stdout();
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = stdout.lock();
    let written = if options.json {
        json::write(&report, &l10n, &mut out)
    } else {
        text::write(&report, &l10n, color, &mut out)
    };
    if written.and_then(|()| out.flush()).is_err() {
        return EXIT_FAILED;
    }
    if report
        .ports
        .iter()
        .all(|p| p.outcome.verdict == Verdict::Ok)
    {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn ports_are_checked_before_anything_runs() {
        let l10n = Localizer::new(Lang::En);
        let ports = |list: &[&str]| {
            parse_ports(
                &list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
                &l10n,
            )
        };
        assert_eq!(ports(&["80", "8282", "80"]), Ok(vec![80, 8282]));
        for bad in ["0", "70000", "abc", "", "-"] {
            let err = ports(&[bad]).unwrap_err();
            assert!(err.contains("not a port"), "{bad}: {err}");
        }
        assert!(ports(&[]).is_err());
        assert!(!ports(&["\u{1b}[31m"]).unwrap_err().contains('\u{1b}'));
    }
}
