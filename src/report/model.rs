//! The report schema (contract schema 1), kept apart from engine types so it stays stable.

use serde::{Deserialize, Serialize};

use crate::clock;
use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict, WarningId};
use crate::engine::CheckResult;
use crate::l10n::{ArgValue, Localizer};
use crate::observation::reply::Reply;
use crate::observation::{CertSummary, Listener, Observation, TrustFacts};
use crate::report::evidence::{evidence_text, socketio_at, socketio_mount};
use crate::report::trust::{self, ChainEntry, TrustEntry};

/// Schema version of the JSON document.
pub const SCHEMA: u32 = 1;

/// A whole report: every result of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: u32,
    /// `netdoctor VERSION`.
    pub tool: String,
    /// Results in the order the targets were given.
    pub results: Vec<ResultEntry>,
}

impl Report {
    /// A report over `results`.
    pub fn new(results: Vec<ResultEntry>) -> Report {
        Report {
            schema: SCHEMA,
            tool: format!("netdoctor {}", env!("CARGO_PKG_VERSION")),
            results,
        }
    }
}

/// One endpoint's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultEntry {
    /// The target as given.
    pub target: String,
    /// The verdict (its contract id in JSON).
    pub verdict: Verdict,
    /// Localized one-line explanation.
    pub summary: String,
    /// Ranked causes.
    pub causes: Vec<CauseEntry>,
    /// Warnings, same shape as causes; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<CauseEntry<WarningId>>,
    /// Every address the name resolved to.
    pub resolved: Vec<String>,
    /// Address connected to.
    pub peer: Option<String>,
    /// Who listens on the target's port of this machine, for a local target;
    /// absent for a remote one, empty when nothing listens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_listeners: Option<Vec<Listener>>,
    /// Phase durations.
    pub timings_ms: Timings,
    /// Bytes exchanged.
    pub handshake: HandshakeBytes,
    /// Endpoint name, when it came from a profile or the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The error the user's client printed, pasted into the app with the endpoint;
    /// absent from `netdoctor check` output, which has no such line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<String>,
    /// Language of the text fields.
    #[serde(default)]
    pub lang: String,
    /// The server's certificate, for TLS targets that got that far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateEntry>,
    /// Whether secrets in this result (URL credentials, secret query values,
    /// credential headers in the bytes) were replaced by `***` for sharing;
    /// the hex then shows the masked bytes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub redacted: bool,
}

/// The facts of the server's certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateEntry {
    /// Subject distinguished name.
    pub subject: String,
    /// Issuer distinguished name.
    pub issuer: String,
    /// subjectAltName DNS names and addresses.
    pub names: Vec<String>,
    /// `notBefore`, RFC 3339 UTC.
    pub not_before: String,
    /// `notAfter`, RFC 3339 UTC.
    pub not_after: String,
    /// Whole days from the check to `notAfter`; negative once expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
    /// Which trust stores accepted the chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<TrustEntry>,
    /// The chain as the server sent it, leaf first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<ChainEntry>,
}

pub use crate::diagnose::EXPIRES_SOON_DAYS;

impl CertificateEntry {
    fn of(cert: &CertSummary, trust: Option<&TrustFacts>) -> CertificateEntry {
        CertificateEntry {
            trust: trust.map(TrustEntry::of),
            chain: trust.map(trust::chain_of).unwrap_or_default(),
            subject: cert.subject.clone(),
            issuer: cert.issuer.clone(),
            names: cert.names.clone(),
            not_before: clock::rfc3339_utc_secs(cert.not_before),
            not_after: clock::rfc3339_utc_secs(cert.not_after),
            days_left: Some(
                cert.not_after
                    .saturating_sub(cert.checked_at)
                    .div_euclid(86_400),
            ),
        }
    }

    /// Whether the certificate still works but ends within [`EXPIRES_SOON_DAYS`].
    pub fn expires_soon(&self) -> bool {
        self.days_left
            .is_some_and(|days| (0..EXPIRES_SOON_DAYS).contains(&days))
    }

    /// Labelled localized lines: the certificate, which stores trust it, and the
    /// chain as sent (the last two when the check recorded them).
    pub fn facts(&self, l10n: &Localizer) -> Vec<(String, String)> {
        let mut facts = vec![(l10n.tr("report-certificate"), self.describe(l10n))];
        if let Some(trust) = &self.trust {
            facts.push((l10n.tr("report-trust"), trust.describe(l10n)));
        }
        if !self.chain.is_empty() {
            facts.push((
                l10n.tr("report-chain"),
                trust::describe_chain(&self.chain, l10n).join("; "),
            ));
        }
        facts
    }

    /// One localized line: subject, issuer, validity and names.
    pub fn describe(&self, l10n: &Localizer) -> String {
        let date = |rfc: &str| rfc.get(..10).unwrap_or(rfc).to_owned();
        let names = if self.names.is_empty() {
            l10n.tr("report-none")
        } else {
            self.names.join(", ")
        };
        let line = l10n.tr_args(
            "report-certificate-value",
            &[
                ("subject", self.subject.as_str().into()),
                ("issuer", self.issuer.as_str().into()),
                ("from", date(&self.not_before).into()),
                ("until", date(&self.not_after).into()),
                ("names", names.into()),
            ],
        );
        if !self.expires_soon() {
            return line;
        }
        let days = self.days_left.unwrap_or_default().unsigned_abs();
        let soon = l10n.tr_args("report-certificate-expires-soon", &[("count", days.into())]);
        format!("{line} — {soon}")
    }
}

/// One ranked cause, or (with a [`WarningId`]) one warning: both have the same shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CauseEntry<Id = CauseId> {
    /// The cause (`VERDICT.CAUSE` in JSON) or the warning (`warn.NAME`).
    pub id: Id,
    /// Likelihood in [0, 1].
    pub score: f64,
    /// Localized title.
    pub title: String,
    /// Localized explanation of the cause.
    #[serde(default)]
    pub detail: String,
    /// Localized fix.
    pub remediation: String,
    /// Localized evidence lines.
    pub evidence: Vec<String>,
}

impl<I> CauseEntry<I> {
    /// Every text of the entry: title, detail, fix and evidence lines.
    pub fn texts(&self) -> impl Iterator<Item = &String> {
        [&self.title, &self.detail, &self.remediation]
            .into_iter()
            .chain(&self.evidence)
    }

    /// The same texts, to rewrite in place.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        [&mut self.title, &mut self.detail, &mut self.remediation]
            .into_iter()
            .chain(&mut self.evidence)
    }
}

/// Phase durations in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    /// Name resolution.
    pub dns: Option<f64>,
    /// TCP connect.
    pub connect: Option<f64>,
    /// TLS handshake.
    pub tls: Option<f64>,
    /// Protocol step.
    pub handshake: Option<f64>,
    /// Whole check.
    pub total: Option<f64>,
}

/// Handshake bytes as lowercase hex.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandshakeBytes {
    /// Bytes written.
    pub sent_hex: String,
    /// Bytes read.
    pub received_hex: String,
    /// Whether the read side hit the cap.
    pub received_truncated: bool,
}

fn ms(d: Option<std::time::Duration>) -> Option<f64> {
    // Three decimals: microsecond precision is all the clocks give us.
    d.map(|d| (d.as_secs_f64() * 1_000_000.0).round() / 1000.0)
}

/// The standard arguments every cause and summary message may use.
pub fn message_args(obs: &Observation) -> Vec<(&'static str, ArgValue)> {
    let target = &obs.target;
    let status = match obs.handshake.as_ref().map(|h| &h.reply) {
        Some(Reply::Http(head)) => head.status_line(),
        _ => String::new(),
    };
    // Whether the name gave addresses of both IP families: a wording that says
    // "it has A and AAAA records" is true only then.
    let addrs = obs.resolution.as_ref().map_or(&[][..], |r| &r.addrs[..]);
    let both = addrs.iter().any(|a| a.is_ipv4()) && addrs.iter().any(|a| a.is_ipv6());
    let named = matches!(target.host, crate::target::Host::Name(_));
    let families = match (named, both) {
        (true, true) => "both",
        (true, false) => "one",
        (false, _) => "literal",
    };
    // Origins in the scheme family the user dialled: a wss:// target's Socket.IO
    // client is given https://, not http://.
    let (http, ws) = if target.scheme.uses_tls() {
        ("https", "wss")
    } else {
        ("http", "ws")
    };
    vec![
        (
            "http_origin",
            format!("{http}://{}", target.authority()).into(),
        ),
        ("ws_origin", format!("{ws}://{}", target.authority()).into()),
        ("families", families.into()),
        ("target", target.to_string().into()),
        ("host", target.host.to_string().into()),
        ("port", target.port.to_string().into()),
        ("path", target.path.as_str().into()),
        ("scheme", target.scheme.as_str().into()),
        (
            "peer",
            obs.peer
                .map_or_else(|| target.authority(), |p| p.to_string())
                .into(),
        ),
        ("status", status.into()),
        (
            "ms",
            ArgValue::Number(obs.timeout.as_millis().min(u128::from(u32::MAX)) as f64),
        ),
    ]
}

/// One cause or warning in the user's language.
fn entry<Id>(
    l10n: &Localizer,
    args: &[(&'static str, ArgValue)],
    id: Id,
    fluent: &str,
    score: f32,
    evidence: &[Evidence],
) -> CauseEntry<Id> {
    // The wording may say who holds the port only when the evidence names them.
    let holder = if evidence
        .iter()
        .any(|e| matches!(e, Evidence::ContainerProxyListens { .. }))
    {
        "container-proxy"
    } else {
        "other"
    };
    // A Socket.IO server found under a prefix needs the client told its path.
    let socketio_path = evidence
        .iter()
        .find_map(|e| match e {
            Evidence::SocketIoAnswersAt { path } => Some(path.as_str()),
            _ => None,
        })
        .unwrap_or("/socket.io/");
    let args: Vec<(&'static str, ArgValue)> = args
        .iter()
        .cloned()
        .chain([
            ("holder", holder.into()),
            ("socketio_at", socketio_at(socketio_path).into()),
            ("socketio_path", socketio_mount(socketio_path).into()),
        ])
        .collect();
    let args = &args[..];
    CauseEntry {
        id,
        score: (f64::from(score) * 100.0).round() / 100.0,
        title: l10n.tr_args(fluent, args),
        detail: l10n.attr(fluent, "detail", args),
        remediation: l10n.attr(fluent, "fix", args),
        evidence: evidence.iter().map(|e| evidence_text(l10n, e)).collect(),
    }
}

/// Builds the report entry of one checked target.
pub fn build_result(l10n: &Localizer, input: &str, result: &CheckResult) -> ResultEntry {
    let obs = &result.observation;
    let Diagnosis {
        verdict,
        causes,
        warnings,
    } = &result.diagnosis;
    let args = message_args(obs);
    let causes: Vec<CauseEntry> = causes
        .iter()
        .map(|c| entry(l10n, &args, c.id, &c.id.fluent_id(), c.score, &c.evidence))
        .collect();
    let warnings = warnings
        .iter()
        .map(|w| entry(l10n, &args, w.id, &w.id.fluent_id(), w.score, &w.evidence))
        .collect();
    // The first cause's title is the summary: a verdict-wide sentence could say more
    // than this check saw, or contradict the cause ranked first.
    let summary = causes.first().map_or_else(
        || l10n.tr_args(&verdict.summary_id(), &args),
        |c: &CauseEntry| c.title.clone(),
    );
    ResultEntry {
        target: input.to_owned(),
        verdict: *verdict,
        summary,
        causes,
        warnings,
        resolved: obs
            .resolution
            .iter()
            .flat_map(|r| r.addrs.iter().map(ToString::to_string))
            .collect(),
        peer: obs.peer.map(|p| p.to_string()),
        local_listeners: obs.local_listeners.as_ref().map(|l| l.on_port.clone()),
        timings_ms: Timings {
            dns: ms(obs.timings.dns),
            connect: ms(obs.timings.connect),
            tls: ms(obs.timings.tls),
            handshake: ms(obs.timings.handshake),
            total: ms(obs.timings.total),
        },
        handshake: HandshakeBytes {
            sent_hex: hex::encode(&obs.captured.sent),
            received_hex: hex::encode(&obs.captured.received),
            received_truncated: obs.captured.received_truncated,
        },
        name: None,
        reported: None,
        lang: l10n.lang().code().to_owned(),
        certificate: obs
            .certificate
            .as_ref()
            .map(|cert| CertificateEntry::of(cert, obs.trust.as_ref())),
        redacted: false,
    }
}

impl ResultEntry {
    /// The verdict.
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }
}
