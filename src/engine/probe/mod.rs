//! One probe of one endpoint: resolve → connect → TLS → protocol step, all recorded.

pub mod connect;
pub mod greeting;
pub mod http;
pub mod resolve;
pub mod tls;
pub mod websocket;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncWrite};

use crate::context::LocalContext;
use crate::engine::capture::{CaptureLog, CaptureStream};
use crate::observation::{Handshake, NetError, NetErrorKind, Observation, TlsFailure, TlsOutcome};
use crate::target::{Scheme, Target};

pub use tls::TlsSetup;

/// The phase a probe is in, for live progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Looking the name up.
    Resolving,
    /// Opening the TCP connection.
    Connecting,
    /// TLS handshake.
    Tls,
    /// WebSocket upgrade, HTTP request or greeting wait.
    Handshake,
    /// Differential probes after a failure.
    FollowUp,
}

impl Phase {
    /// A stable name, used in Fluent ids (`phase-connecting`).
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Resolving => "resolving",
            Phase::Connecting => "connecting",
            Phase::Tls => "tls",
            Phase::Handshake => "handshake",
            Phase::FollowUp => "follow-up",
        }
    }

    /// The Fluent id of the phase's label (`phase-connecting`).
    pub fn fluent_id(self) -> String {
        format!("phase-{}", self.as_str())
    }
}

/// How a probe behaves; shared by every target of a run.
#[derive(Debug, Clone)]
pub struct ProbeSettings {
    /// Limit for each phase.
    pub timeout: Duration,
    /// Addresses the user expects names to resolve to.
    pub expect_ips: Vec<IpAddr>,
    /// DNS server to ask instead of the system resolver.
    pub dns_server: Option<SocketAddr>,
    /// Bytes kept each way.
    pub capture_limit: usize,
    /// Whether to run differential probes after a failure.
    pub followups: bool,
    /// Certificates trusted besides the public roots (a private or development CA).
    pub extra_roots: Vec<rustls::pki_types::CertificateDer<'static>>,
}

impl Default for ProbeSettings {
    fn default() -> Self {
        ProbeSettings {
            timeout: Duration::from_millis(5000),
            expect_ips: Vec::new(),
            dns_server: None,
            capture_limit: crate::observation::DEFAULT_CAPTURE_LIMIT,
            followups: true,
            extra_roots: Vec::new(),
        }
    }
}

/// How long a `tcp://` probe waits for a greeting: long enough for a banner on a
/// slow link, short enough that silent client-first protocols are not held up.
pub fn greeting_wait(timeout: Duration) -> Duration {
    timeout.min(Duration::from_millis(500))
}

/// Runs the phases of one target and returns what was seen (follow-ups not included).
pub async fn run_phases(
    target: Target,
    settings: &ProbeSettings,
    context: Arc<LocalContext>,
    on_phase: &(dyn Fn(Phase) + Send + Sync),
) -> Observation {
    let timeout = settings.timeout;
    let mut obs = Observation::new(target, timeout);
    obs.expect_ips = settings.expect_ips.clone();
    obs.capture_limit = settings.capture_limit;
    obs.context = context;

    on_phase(Phase::Resolving);
    let started = Instant::now();
    let resolution = resolve::resolve(
        &obs.target.host,
        obs.target.port,
        settings.dns_server,
        timeout,
    )
    .await;
    if obs.target.host.ip().is_none() {
        obs.timings.dns = Some(started.elapsed());
    }
    let addrs = resolution.addrs.clone();
    obs.resolution = Some(resolution);
    if addrs.is_empty() {
        return obs;
    }

    on_phase(Phase::Connecting);
    let connect_started = Instant::now();
    let (stream, attempts) = connect::connect_any(&addrs, obs.target.port, timeout).await;
    obs.timings.connect = Some(connect_started.elapsed());
    obs.connects = attempts;
    let Some(stream) = stream else {
        return obs;
    };
    obs.peer = stream
        .peer_addr()
        .ok()
        .or_else(|| obs.connects.last().map(|c| c.addr));

    if obs.target.scheme.uses_tls() {
        on_phase(Phase::Tls);
        let raw_log = CaptureLog::new(settings.capture_limit);
        let raw = CaptureStream::new(stream, raw_log.clone());
        let tls_started = Instant::now();
        let seen = tls::SeenSlot::default();
        let result = tokio::time::timeout(
            timeout,
            tls::handshake_trusting(&obs.target.host, raw, &settings.extra_roots, seen.clone()),
        )
        .await;
        obs.timings.tls = Some(tls_started.elapsed());
        let seen = tls::take_seen(&seen);
        obs.certificate = seen.certificate;
        obs.trust = seen.trust;
        obs.client_cert_request = seen.client_cert_request;
        let tls_stream = match result {
            Err(_) => {
                obs.tls = Some(TlsOutcome::Failed(TlsFailure::Io(NetError::new(
                    NetErrorKind::TimedOut,
                ))));
                None
            }
            Ok((stream, outcome)) => {
                obs.tls = Some(outcome);
                stream
            }
        };
        match tls_stream {
            None => obs.captured = raw_log.snapshot(),
            Some(tls_stream) => {
                on_phase(Phase::Handshake);
                let app_log = CaptureLog::new(settings.capture_limit);
                let app = CaptureStream::new(tls_stream, app_log.clone());
                let hs_started = Instant::now();
                obs.handshake = Some(protocol_step(&obs.target, app, &app_log, timeout).await);
                obs.timings.handshake = Some(hs_started.elapsed());
                obs.captured = app_log.snapshot();
            }
        }
    } else {
        on_phase(Phase::Handshake);
        let log = CaptureLog::new(settings.capture_limit);
        let wrapped = CaptureStream::new(stream, log.clone());
        let hs_started = Instant::now();
        obs.handshake = Some(protocol_step(&obs.target, wrapped, &log, timeout).await);
        obs.timings.handshake = Some(hs_started.elapsed());
        obs.captured = log.snapshot();
    }
    obs
}

async fn protocol_step<S>(
    target: &Target,
    stream: S,
    log: &CaptureLog,
    timeout: Duration,
) -> Handshake
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    match target.scheme {
        Scheme::Ws | Scheme::Wss => websocket::upgrade(target, stream, log, timeout).await,
        Scheme::Http | Scheme::Https => http::get(target, stream, log, timeout).await,
        Scheme::Tcp => greeting::wait_for_greeting(stream, log, greeting_wait(timeout)).await,
    }
}
