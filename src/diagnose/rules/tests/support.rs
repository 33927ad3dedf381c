//! The observation builder and the checks the rule tests share.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use crate::context::{LocalAddr, LocalContext, ProxySetting};
use crate::diagnose::{CauseId, Diagnosis, Evidence, RankedCause, Verdict};
use crate::observation::reply::sniff;
use crate::observation::{
    Captured, CertProblem, ConnectAttempt, Handshake, HandshakeEnd, HandshakeKind, NetError,
    NetErrorKind, Observation, PortCensus, PortState, PortSweep, Resolution, ResolveFailure,
    ResolverSource, TlsFailure, TlsOutcome,
};
use crate::target::Target;

thread_local! {
    /// Causes emitted by the rule tests run on this thread.
    pub(super) static EMITTED: RefCell<BTreeSet<CauseId>> = const { RefCell::new(BTreeSet::new()) };
}

/// Whether some cause's evidence matches `pred`.
fn has_evidence(cause: &RankedCause, pred: impl Fn(&Evidence) -> bool) -> bool {
    cause.evidence.iter().any(pred)
}

/// Every rule-table case must list only causes its observation allows: a cause that
/// claims a CDN, a proxy, a wrong host, a wrong DNS answer or a loopback-only bind
/// carries the observation that shows it.
fn assert_consistent(obs: &Observation, diagnosis: &Diagnosis) {
    use Evidence as E;
    if diagnosis.verdict == Verdict::Ok {
        assert!(diagnosis.causes.is_empty(), "ok with causes: {diagnosis:?}");
    }
    let target_loopback = obs
        .connects
        .last()
        .is_some_and(|c| c.addr.ip().is_loopback());
    for cause in &diagnosis.causes {
        let allowed = match cause.id {
            CauseId::RefusedCdnProxy
            | CauseId::RefusedCdnPortNotProxied
            | CauseId::ErrorCdnOriginUnreachable => has_evidence(cause, |e| {
                matches!(
                    e,
                    E::CdnAddress { .. } | E::CdnHeader { .. } | E::CdnOriginError { .. }
                )
            }),
            CauseId::RefusedProxySoftware => has_evidence(cause, |e| {
                matches!(e, E::FakeIp { .. } | E::ProxyVariable { .. })
            }),
            CauseId::RefusedWrongHost => {
                has_evidence(cause, |e| matches!(e, E::AlternateAccepts { .. }))
            }
            CauseId::RefusedLoopbackOnlyBind => {
                !target_loopback || has_evidence(cause, |e| matches!(e, E::AlternateAccepts { .. }))
            }
            CauseId::RefusedDnsWrongIp | CauseId::TimeoutDnsWrongIp => {
                !obs.expect_ips.is_empty()
                    && has_evidence(cause, |e| matches!(e, E::DnsMismatch { .. }))
            }
            CauseId::RefusedOtherFamilyWorks | CauseId::TimeoutOtherFamilyWorks => {
                has_evidence(cause, |e| matches!(e, E::AlternateAccepts { .. }))
            }
            _ => true,
        };
        assert!(
            allowed,
            "{} listed without the observation it needs: {:?}\nfor {}",
            cause.id, cause.evidence, obs.target
        );
    }
}

/// The rules' verdict on `obs`, noting every cause it names and checking that each
/// is consistent with what was observed.
pub(super) fn classify(obs: &Observation) -> Diagnosis {
    let diagnosis = super::super::classify(obs);
    assert_consistent(obs, &diagnosis);
    EMITTED.with(|emitted| {
        emitted
            .borrow_mut()
            .extend(diagnosis.causes.iter().map(|c| c.id));
    });
    diagnosis
}

pub(super) fn addr(text: &str) -> SocketAddr {
    text.parse().expect("socket address")
}

pub(super) fn ip(text: &str) -> IpAddr {
    text.parse().expect("ip")
}

pub(super) fn ips(texts: &[&str]) -> Vec<IpAddr> {
    texts.iter().map(|t| ip(t)).collect()
}

/// Builds an observation phase by phase.
pub(super) struct Obs(Observation);

impl Obs {
    /// `url` probed with a one-second timeout; nothing resolved yet.
    pub(super) fn to(url: &str) -> Obs {
        let target = Target::parse(url).expect("target");
        Obs(Observation::new(target, Duration::from_millis(1000)))
    }

    /// The host's addresses, without a resolver of note (typed as IPs).
    pub(super) fn answers(self, addrs: &[&str]) -> Obs {
        self.resolved(ResolverSource::Literal, addrs)
    }

    /// The system resolver answered `addrs`.
    pub(super) fn system_answers(self, addrs: &[&str]) -> Obs {
        self.resolved(ResolverSource::System, addrs)
    }

    pub(super) fn resolved(mut self, source: ResolverSource, addrs: &[&str]) -> Obs {
        self.0.resolution = Some(Resolution {
            source,
            addrs: ips(addrs),
            failure: None,
        });
        self
    }

    /// The name did not resolve.
    pub(super) fn unresolved(mut self, source: ResolverSource, failure: ResolveFailure) -> Obs {
        self.0.resolution = Some(Resolution {
            source,
            addrs: Vec::new(),
            failure: Some(failure),
        });
        self
    }

    /// The addresses the user said the name should have.
    pub(super) fn expecting(mut self, addrs: &[&str]) -> Obs {
        self.0.expect_ips = ips(addrs);
        self
    }

    /// A connect attempt to `dial`; `error` is `None` when it connected.
    pub(super) fn attempt(mut self, dial: &str, error: Option<NetErrorKind>) -> Obs {
        if self.0.resolution.is_none() {
            self = self.answers(&[addr(dial).ip().to_string().as_str()]);
        }
        self.0.connects.push(ConnectAttempt {
            addr: addr(dial),
            error: error.map(NetError::new),
            elapsed: Duration::from_millis(1),
        });
        self
    }

    /// Every connect attempt failed, the last to `dial` with `kind`.
    pub(super) fn connect_fails(self, dial: &str, kind: NetErrorKind) -> Obs {
        self.attempt(dial, Some(kind))
    }

    /// Connected to `peer`.
    pub(super) fn connects(mut self, peer: &str) -> Obs {
        self = self.attempt(peer, None);
        self.0.peer = Some(addr(peer));
        self
    }

    /// The protocol step ran: netdoctor sent its request and `received` came back.
    pub(super) fn reply(mut self, kind: HandshakeKind, end: HandshakeEnd, received: &[u8]) -> Obs {
        self.0.captured = Captured {
            sent: b"GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n".to_vec(),
            received: received.to_vec(),
            ..Captured::default()
        };
        self.0.handshake = Some(Handshake {
            kind,
            end,
            reply: sniff(received),
            upgraded: false,
            ws_error: None,
        });
        self
    }

    /// The WebSocket upgrade succeeded.
    pub(super) fn upgraded(mut self) -> Obs {
        self = self.reply(
            HandshakeKind::WebSocket,
            HandshakeEnd::Completed,
            b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
        );
        if let Some(hs) = self.0.handshake.as_mut() {
            hs.upgraded = true;
        }
        self
    }

    /// The TLS handshake failed with `failure` after the server sent `received`.
    pub(super) fn tls_fails(mut self, failure: TlsFailure, received: &[u8]) -> Obs {
        self.0.handshake = None;
        self.0.tls = Some(TlsOutcome::Failed(failure));
        self.0.captured.received = received.to_vec();
        self
    }

    /// TLS worked, with a certificate that failed verification.
    pub(super) fn certificate_problem(mut self, problem: CertProblem) -> Obs {
        self.0.tls = Some(TlsOutcome::Established {
            version: "TLSv1_3".into(),
            cert_problem: Some(problem),
        });
        self
    }

    /// The port sweep on `host` found `ports` in these states.
    pub(super) fn sweep(mut self, host: &str, ports: &[(u16, PortState)]) -> Obs {
        self.0.followups.sweep = Some(PortSweep {
            ip: Some(ip(host)),
            ports: ports.to_vec(),
        });
        self
    }

    /// The port census: ephemeral range, sockets to the destination, sockets in TIME_WAIT.
    pub(super) fn census(
        mut self,
        range: (u16, u16),
        to_destination: usize,
        time_wait: usize,
    ) -> Obs {
        self.0.census = Some(PortCensus {
            range,
            to_destination,
            time_wait,
        });
        self
    }

    /// A proxy variable set in the environment.
    pub(super) fn proxy_variable(mut self, var: &str, value: &str) -> Obs {
        let mut context = LocalContext::clone(&self.0.context);
        context.proxies.push(ProxySetting {
            var: var.into(),
            value: value.into(),
        });
        self.0.context = Arc::new(context);
        self
    }

    /// A network interface of this machine.
    pub(super) fn interface(mut self, name: &str, address: &str, prefix_len: u8) -> Obs {
        let mut context = LocalContext::clone(&self.0.context);
        context.interfaces.push(LocalAddr {
            name: name.into(),
            ip: ip(address),
            prefix_len,
        });
        self.0.context = Arc::new(context);
        self
    }

    pub(super) fn build(self) -> Observation {
        self.0
    }
}

/// `url` resolved to `dial`'s address, and the connect to it failed with `kind`.
pub(super) fn failed(url: &str, dial: &str, kind: NetErrorKind) -> Obs {
    Obs::to(url).connect_fails(dial, kind)
}

/// `url` connected to `peer`, and the protocol step ended with `received`.
pub(super) fn connected(
    url: &str,
    peer: &str,
    kind: HandshakeKind,
    end: HandshakeEnd,
    received: &[u8],
) -> Obs {
    Obs::to(url).connects(peer).reply(kind, end, received)
}

/// A connection to `peer` whose WebSocket upgrade succeeded.
pub(super) fn upgraded(url: &str, peer: &str) -> Obs {
    Obs::to(url).connects(peer).upgraded()
}

pub(super) fn first(obs: &Observation) -> (Verdict, CauseId) {
    let d = classify(obs);
    let top = d.top().map(|c| c.id).expect("a failing verdict has causes");
    (d.verdict, top)
}

pub(super) fn score_of(obs: &Observation, id: CauseId) -> Option<f32> {
    classify(obs)
        .causes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.score)
}

pub(super) fn scores_ranked(obs: &Observation) {
    let d = classify(obs);
    for pair in d.causes.windows(2) {
        assert!(pair[0].score >= pair[1].score, "{:?}", d.causes);
    }
    for c in &d.causes {
        assert!((0.0..=1.0).contains(&c.score));
    }
}
