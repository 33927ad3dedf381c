//! The `netdoctor server --json` document (schema 1 of the contract).

use std::io::{self, Write};
use std::net::IpAddr;

use serde::Serialize;

use crate::l10n::Localizer;
use crate::listeners::Listener;

use super::firewall::RuleHit;
use super::verdict::LocalConnect;
use super::{ServerReport, words};

#[derive(Serialize)]
struct Document<'a> {
    schema: u32,
    tool: String,
    host: Host<'a>,
    ports: Vec<Port<'a>>,
}

#[derive(Serialize)]
struct Host<'a> {
    os: &'a str,
    addresses: &'a [IpAddr],
}

#[derive(Serialize)]
struct Port<'a> {
    port: u16,
    verdict: &'static str,
    summary: String,
    listeners: &'a [Listener],
    local_connect: &'a [LocalConnect],
    firewall: &'a [RuleHit],
    /// Firewalls whose rules could not be read, in words (also on stderr).
    unread: Vec<String>,
    causes: Vec<Cause>,
}

#[derive(Serialize)]
struct Cause {
    id: &'static str,
    score: f32,
    title: String,
    remediation: String,
    evidence: Vec<String>,
}

/// Writes the document and a newline.
pub fn write(report: &ServerReport, l10n: &Localizer, out: &mut impl Write) -> io::Result<()> {
    let ports = report
        .ports
        .iter()
        .map(|p| {
            let port = p.facts.port;
            let causes: Vec<Cause> = p
                .outcome
                .causes
                .iter()
                .map(|c| {
                    let w = words::cause(l10n, c, port);
                    Cause {
                        id: c.id.as_str(),
                        score: c.score,
                        title: w.title,
                        remediation: w.remediation,
                        evidence: w.evidence,
                    }
                })
                .collect();
            let summary = match causes.first() {
                Some(cause) => cause.title.clone(),
                None => l10n.tr_args(
                    super::text::ok_id(&p.facts),
                    &[("port", port.to_string().into())],
                ),
            };
            Port {
                port,
                verdict: p.outcome.verdict.as_str(),
                summary,
                listeners: &p.facts.listeners,
                local_connect: &p.facts.local_connect,
                firewall: &p.facts.firewall,
                unread: p
                    .facts
                    .unread
                    .iter()
                    .map(|u| words::unread(l10n, u, port))
                    .collect(),
                causes,
            }
        })
        .collect();
    let doc = Document {
        schema: 1,
        tool: format!("netdoctor {}", env!("CARGO_PKG_VERSION")),
        host: Host {
            os: report.os,
            addresses: &report.addresses,
        },
        ports,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}
