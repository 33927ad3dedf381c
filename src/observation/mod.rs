//! What one probe of one endpoint saw: plain data, no interpretation.
//!
//! The engine writes it, the diagnosis reads it; this module knows neither.

mod error;
pub mod reply;
mod trust;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use crate::context::LocalContext;
pub use crate::listeners::Listener;
use crate::target::Target;

pub use error::{NetError, NetErrorKind, OS_RETRIES_REFUSED};
use reply::Reply;
pub use trust::{ChainFacts, ChainLink, TrustFacts, TrustView, TrustViews};

/// Default cap on the bytes kept in each direction.
pub const DEFAULT_CAPTURE_LIMIT: usize = 64 * 1024;

/// Where the addresses of a name came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolverSource {
    /// The host was an IP literal; nothing was asked.
    Literal,
    /// The operating system's resolver.
    System,
    /// A DNS server given with `--dns-server`.
    Server(SocketAddr),
}

/// Why a name did not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveFailure {
    /// NXDOMAIN or no addresses at all.
    NoSuchHost,
    /// The DNS server did not answer in time.
    TimedOut,
    /// Some other resolver error, with its text.
    Other(String),
}

/// The resolve phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// Who answered.
    pub source: ResolverSource,
    /// Every A and AAAA answer, in the order they will be tried.
    pub addrs: Vec<IpAddr>,
    /// Set when no address came back.
    pub failure: Option<ResolveFailure>,
}

/// One connect attempt to one resolved address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectAttempt {
    /// The address dialled.
    pub addr: SocketAddr,
    /// `None` when the connect succeeded.
    pub error: Option<NetError>,
    /// How long the attempt took.
    pub elapsed: Duration,
}

/// What went wrong with a TLS certificate the server presented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    /// Past its `notAfter`.
    Expired,
    /// Before its `notBefore`: usually a clock that is wrong on one side.
    NotYetValid,
    /// Not valid for the name dialled.
    NameMismatch,
    /// Signed by nobody the trust store knows (self-signed or a private CA).
    UnknownIssuer,
    /// Any other verification failure, with rustls's description.
    Other(String),
}

/// What the server's end-entity certificate says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertSummary {
    /// Subject distinguished name, e.g. `CN=api.example.com`.
    pub subject: String,
    /// Issuer distinguished name.
    pub issuer: String,
    /// DNS names and IP addresses from the subjectAltName extension.
    pub names: Vec<String>,
    /// `notBefore`, Unix seconds.
    pub not_before: i64,
    /// `notAfter`, Unix seconds.
    pub not_after: i64,
    /// When the certificate was checked, Unix seconds: "expired N days ago" is
    /// relative to the check, not to when a report is read.
    pub checked_at: i64,
}

/// Why the TLS handshake failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsFailure {
    /// The server sent an alert, named by its description.
    Alert(String),
    /// No TLS version in common.
    ProtocolVersion,
    /// The server's bytes were not TLS records.
    NotTls,
    /// The connection ended or failed underneath TLS.
    Io(NetError),
    /// Anything else rustls reported.
    Other(String),
}

/// The TLS phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsOutcome {
    /// The handshake completed (possibly with a certificate we would not trust).
    Established {
        /// Negotiated version, e.g. `TLSv1.3`.
        version: String,
        /// Set when the certificate failed verification.
        cert_problem: Option<CertProblem>,
    },
    /// The handshake failed.
    Failed(TlsFailure),
}

/// How the protocol step ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandshakeEnd {
    /// The protocol's reply arrived and was read completely.
    Completed,
    /// The peer closed the connection.
    Closed,
    /// The peer reset the connection.
    Reset,
    /// The phase timeout passed.
    TimedOut,
    /// The reply exceeded the capture cap and reading stopped.
    CaptureFull,
    /// Another I/O failure.
    Failed(NetError),
}

/// Which protocol step ran after connect (and TLS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandshakeKind {
    /// WebSocket upgrade request.
    WebSocket,
    /// HTTP/1.1 GET.
    Http,
    /// Passive wait for a server greeting.
    Greeting,
}

/// The protocol phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handshake {
    /// Which step ran.
    pub kind: HandshakeKind,
    /// How it ended.
    pub end: HandshakeEnd,
    /// What the first bytes of the reply were.
    pub reply: Reply,
    /// For WebSocket: the server switched protocols with a valid `Sec-WebSocket-Accept`.
    pub upgraded: bool,
    /// For WebSocket: the library's complaint when the upgrade failed.
    pub ws_error: Option<String>,
}

/// Bytes exchanged during the handshake, capped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Captured {
    /// Bytes written by netdoctor.
    pub sent: Vec<u8>,
    /// Bytes read from the peer.
    pub received: Vec<u8>,
    /// More was written than kept.
    pub sent_truncated: bool,
    /// More was read (or offered) than kept.
    pub received_truncated: bool,
}

/// Local port usage, read when a connect fails with "cannot assign requested address".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortCensus {
    /// The ephemeral port range (`ip_local_port_range`).
    pub range: (u16, u16),
    /// Sockets of this machine connected (or connecting) to the destination.
    pub to_destination: usize,
    /// Sockets in TIME_WAIT, any destination.
    pub time_wait: usize,
}

impl PortCensus {
    /// How many ephemeral ports the range holds.
    pub fn range_size(&self) -> usize {
        usize::from(self.range.1.saturating_sub(self.range.0)) + 1
    }
}

/// Durations of each phase; `None` when the phase did not run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Name resolution.
    pub dns: Option<Duration>,
    /// TCP connect (all attempts).
    pub connect: Option<Duration>,
    /// TLS handshake.
    pub tls: Option<Duration>,
    /// Protocol step.
    pub handshake: Option<Duration>,
    /// From start to diagnosis, follow-ups included.
    pub total: Option<Duration>,
}

/// State of one other port probed on the same host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortState {
    /// Accepted a connection.
    Open,
    /// Answered with RST.
    Refused,
    /// Nothing answered in time.
    Silent,
    /// Another error (unreachable, ...).
    Failed,
}

/// Result of probing other ports on the target host.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortSweep {
    /// The host probed.
    pub ip: Option<IpAddr>,
    /// Every port probed with what it did, sorted by port.
    pub ports: Vec<(u16, PortState)>,
}

impl PortSweep {
    /// Ports in the given state.
    pub fn in_state(&self, state: PortState) -> Vec<u16> {
        self.ports
            .iter()
            .filter(|(_, s)| *s == state)
            .map(|(p, _)| *p)
            .collect()
    }
}

/// Results of the differential probes run after a failure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUps {
    /// Other local addresses tried on the same port, with whether each accepted.
    pub alternates: Vec<(SocketAddr, bool)>,
    /// Other ports on the same host.
    pub sweep: Option<PortSweep>,
    /// A TLS handshake on the same port, tried after a plain request failed oddly.
    pub tls_on_port: Option<bool>,
    /// First line of the reply to a plain HTTP request, tried after TLS failed.
    pub plain_reply: Option<String>,
    /// After a 401/403 to the upgrade: the upgrade again with this `Origin`, and its reply.
    pub origin_retry: Option<(String, Reply)>,
    /// After an upgrade refused with 400/404/426: the Engine.IO polling path on the
    /// same origin that answered with an open packet, and that packet.
    pub engineio: Option<(String, String)>,
    /// After a hang-up without a reply: whether a fresh connection that sends
    /// nothing is also closed or reset before a byte arrives.
    pub hang_up_on_accept: Option<bool>,
}

/// Who listens on this machine, read when the target's address is one of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalListeners {
    /// The listening sockets on the target's port; empty when nothing listens.
    pub on_port: Vec<Listener>,
    /// The listening ports nearest to the target's, one socket each, for a wrong-port hint.
    pub nearest: Vec<Listener>,
}

/// Everything one probe saw, from parse to the last follow-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// What was checked.
    pub target: Target,
    /// Addresses the user expects the name to resolve to.
    pub expect_ips: Vec<IpAddr>,
    /// The resolve phase.
    pub resolution: Option<Resolution>,
    /// Connect attempts in order.
    pub connects: Vec<ConnectAttempt>,
    /// The address the connection was made to.
    pub peer: Option<SocketAddr>,
    /// The TLS phase, for `wss`/`https`.
    pub tls: Option<TlsOutcome>,
    /// The certificate the server presented, when it got that far.
    pub certificate: Option<CertSummary>,
    /// Which trust stores accepted the chain, and how it was built.
    pub trust: Option<TrustFacts>,
    /// The server asked for a client certificate: the CA names it accepts
    /// (empty when it named none). `None` when it did not ask.
    pub client_cert_request: Option<Vec<String>>,
    /// The protocol phase.
    pub handshake: Option<Handshake>,
    /// Bytes exchanged during TLS and the protocol step.
    pub captured: Captured,
    /// The cap on [`Observation::captured`] in force for this probe, per direction.
    pub capture_limit: usize,
    /// Phase durations.
    pub timings: Timings,
    /// The phase timeout in force.
    pub timeout: Duration,
    /// Differential probes.
    pub followups: FollowUps,
    /// Facts about this machine gathered once per run.
    pub context: Arc<LocalContext>,
    /// Local port usage, read after "cannot assign requested address".
    pub census: Option<PortCensus>,
    /// Local listeners, for a target on this machine; `None` for remote targets
    /// or when the socket list could not be read.
    pub local_listeners: Option<LocalListeners>,
}

impl Observation {
    /// A fresh observation for a target, before any phase ran.
    pub fn new(target: Target, timeout: Duration) -> Observation {
        Observation {
            target,
            expect_ips: Vec::new(),
            resolution: None,
            connects: Vec::new(),
            peer: None,
            tls: None,
            certificate: None,
            trust: None,
            client_cert_request: None,
            handshake: None,
            captured: Captured::default(),
            capture_limit: DEFAULT_CAPTURE_LIMIT,
            timings: Timings::default(),
            timeout,
            followups: FollowUps::default(),
            context: Arc::default(),
            census: None,
            local_listeners: None,
        }
    }

    /// The error of the last connect attempt, if every attempt failed.
    pub fn connect_error(&self) -> Option<&NetError> {
        if self.peer.is_some() {
            return None;
        }
        self.connects.last().and_then(|c| c.error.as_ref())
    }

    /// The HTTP status of a WebSocket upgrade the server answered without switching.
    pub fn refused_upgrade_status(&self) -> Option<u16> {
        let hs = self.handshake.as_ref()?;
        match &hs.reply {
            Reply::Http(head) if hs.kind == HandshakeKind::WebSocket && !hs.upgraded => {
                Some(head.status)
            }
            _ => None,
        }
    }
}
