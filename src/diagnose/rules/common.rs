//! What every branch of the rules uses: the cause collector and the facts read the same way.

use std::net::IpAddr;

use crate::diagnose::{CauseId, Diagnosis, Evidence, RankedCause, Verdict};
use crate::observation::{NetErrorKind, Observation, PortState};
use crate::target::Host;

use super::score::EVEN;

/// Collects candidate causes, then ranks them.
pub(super) struct Causes(Vec<RankedCause>);

impl Causes {
    pub(super) fn new() -> Causes {
        Causes(Vec::new())
    }

    pub(super) fn add(&mut self, id: CauseId, score: f32, evidence: Vec<Evidence>) {
        self.0.push(RankedCause {
            id,
            score: score.clamp(0.0, 1.0),
            evidence,
        });
    }

    /// Raises `id` to at least `score` with `evidence` added, or adds it.
    pub(super) fn raise(&mut self, id: CauseId, score: f32, evidence: Vec<Evidence>) {
        match self.0.iter_mut().find(|c| c.id == id) {
            Some(cause) => {
                cause.score = cause.score.max(score.clamp(0.0, 1.0));
                cause.evidence.extend(evidence);
            }
            None => self.add(id, score, evidence),
        }
    }

    /// Drops `id`: an observed fact rules it out.
    pub(super) fn remove(&mut self, id: CauseId) {
        self.0.retain(|c| c.id != id);
    }

    pub(super) fn finish(mut self, verdict: Verdict) -> Diagnosis {
        // Stable sort: equal scores keep the order the rules added them in.
        self.0.sort_by(|a, b| b.score.total_cmp(&a.score));
        Diagnosis {
            verdict,
            causes: self.0,
            warnings: Vec::new(),
        }
    }
}

pub(super) fn unexpected(evidence: Vec<Evidence>) -> Diagnosis {
    let mut causes = Causes::new();
    causes.add(CauseId::ErrorUnexpected, EVEN, evidence);
    causes.finish(Verdict::Error)
}

pub(super) fn host_name(obs: &Observation) -> Option<&str> {
    match &obs.target.host {
        Host::Name(name) => Some(name),
        _ => None,
    }
}

pub(super) fn resolved(obs: &Observation) -> &[IpAddr] {
    obs.resolution.as_ref().map_or(&[], |r| r.addrs.as_slice())
}

pub(super) fn attempts_evidence(obs: &Observation) -> Vec<Evidence> {
    obs.connects
        .iter()
        .filter_map(|c| {
            let err = c.error.as_ref()?;
            Some(if err.kind == NetErrorKind::TimedOut {
                Evidence::ConnectTimedOut {
                    addr: c.addr,
                    ms: millis(obs.timeout),
                }
            } else {
                Evidence::ConnectFailed {
                    addr: c.addr,
                    kind: err.kind,
                    code: err.os_code,
                }
            })
        })
        .collect()
}

pub(super) fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

pub(super) fn sweep_evidence(obs: &Observation, state: PortState) -> Option<Evidence> {
    let sweep = obs.followups.sweep.as_ref()?;
    let ip = sweep.ip?;
    let ports = sweep.in_state(state);
    if ports.is_empty() {
        return None;
    }
    Some(match state {
        PortState::Open => Evidence::PortsOpen { ip, ports },
        PortState::Refused => Evidence::PortsRefused { ip, ports },
        PortState::Silent | PortState::Failed => Evidence::PortsSilent { ip, ports },
    })
}
