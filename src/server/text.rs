//! The localized text `netdoctor server` prints without `--json`.

use std::io::{self, Write};

use crate::diagnose::Verdict;
use crate::l10n::Localizer;

use super::firewall::Action;
use super::verdict::ConnectResult;
use super::{PortReport, ServerReport, words};

use crate::ansi::{BOLD, CYAN, DIM, GREEN, RED, Style, YELLOW};

/// Writes the host line, every port, then a tally.
pub fn write(
    report: &ServerReport,
    l10n: &Localizer,
    color: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let style = Style { on: color };
    let addresses = report
        .addresses
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let host = l10n.tr_args(
        "server-host",
        &[("os", report.os.into()), ("addresses", addresses.into())],
    );
    writeln!(out, "{}\n", style.paint(DIM, &host))?;
    for port in &report.ports {
        write_port(port, report, l10n, &style, out)?;
    }
    let failed = report
        .ports
        .iter()
        .filter(|p| p.outcome.verdict != Verdict::Ok)
        .count();
    let tally = l10n.tr_args(
        "server-tally",
        &[
            ("total", report.ports.len().into()),
            ("failed", failed.into()),
        ],
    );
    writeln!(out, "{}", style.paint(BOLD, &tally))
}

fn write_port(
    port: &PortReport,
    report: &ServerReport,
    l10n: &Localizer,
    style: &Style,
    out: &mut impl Write,
) -> io::Result<()> {
    let facts = &port.facts;
    let verdict = port.outcome.verdict;
    let (mark, color) = match verdict {
        Verdict::Ok => ("✓", GREEN),
        Verdict::Timeout => ("✗", YELLOW),
        _ => ("✗", RED),
    };
    let heading = l10n.tr_args("server-port", &[("port", facts.port.to_string().into())]);
    writeln!(
        out,
        "{} {}  {}",
        style.paint(color, mark),
        style.paint(BOLD, &heading),
        style.paint(color, &l10n.tr(&verdict.label_id()))
    )?;
    if facts.listeners.is_empty() {
        let line = l10n.tr_args(
            "server-not-listening",
            &[("port", facts.port.to_string().into())],
        );
        writeln!(out, "  {line}")?;
    }
    for listener in &facts.listeners {
        writeln!(out, "  {}", words::listener(l10n, listener))?;
    }
    if !facts.local_connect.is_empty() {
        writeln!(out, "  {}", words::connects(l10n, &facts.local_connect))?;
    }
    let heading = l10n.tr_args(
        "server-firewall-heading",
        &[("port", facts.port.to_string().into())],
    );
    // With causes and no rule read, the causes' evidence already says why.
    if !facts.firewall.is_empty() || facts.unread.is_empty() || port.outcome.causes.is_empty() {
        writeln!(out, "  {heading}")?;
    }
    if facts.firewall.is_empty() && facts.unread.is_empty() {
        writeln!(out, "    {}", l10n.tr("server-firewall-none"))?;
    }
    // With causes, the unread firewalls are part of the lead cause's evidence.
    if port.outcome.causes.is_empty() {
        for why in &facts.unread {
            let line = words::unread(l10n, why, facts.port);
            writeln!(out, "    {}", style.paint(YELLOW, &line))?;
        }
    }
    for hit in &facts.firewall {
        let action = words::action_word(hit.action);
        let painted = match hit.action {
            Action::Accept => style.paint(GREEN, action),
            Action::Drop => style.paint(YELLOW, action),
            Action::Reject => style.paint(RED, action),
        };
        let note = if hit.conditional {
            format!("  ({})", l10n.tr("server-rule-conditional"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "    {painted}  {} {} {} {}: {}{}",
            hit.family.label(),
            hit.source,
            hit.table,
            hit.chain,
            hit.rule,
            style.paint(DIM, &note)
        )?;
    }
    for (rank, cause) in port.outcome.causes.iter().enumerate() {
        let words = words::cause(l10n, cause, facts.port);
        writeln!(out, "  {}. {}", rank + 1, style.paint(BOLD, &words.title))?;
        for line in &words.evidence {
            writeln!(out, "     · {line}")?;
        }
        writeln!(
            out,
            "     {} {}",
            style.paint(CYAN, &l10n.tr("server-fix")),
            words.remediation
        )?;
    }
    if verdict == Verdict::Ok {
        let port_arg = ("port", facts.port.to_string().into());
        writeln!(
            out,
            "  {}",
            l10n.tr_args(ok_id(facts), std::slice::from_ref(&port_arg))
        )?;
        // The address a client would use: the first that is not loopback, if any.
        let address = facts
            .local_connect
            .iter()
            .filter(|c| c.result == ConnectResult::Ok && !c.address.is_loopback())
            .map(|c| c.address)
            .chain(
                report
                    .addresses
                    .iter()
                    .copied()
                    .filter(|a| !a.is_loopback()),
            )
            .next()
            .map_or_else(|| "SERVER".to_owned(), |a| a.to_string());
        let line = l10n.tr_args(
            "server-ok-outside",
            &[port_arg, ("address", address.into())],
        );
        writeln!(out, "  {}", style.paint(DIM, &line))?;
    }
    writeln!(out)
}

/// The `ok` sentence: "no rule blocks it" only when every firewall was read.
pub fn ok_id(facts: &super::verdict::PortFacts) -> &'static str {
    if facts.unread.is_empty() {
        "server-ok-reachable"
    } else {
        "server-ok-partly-read"
    }
}
