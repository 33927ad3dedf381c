//! The rules that turn an observation into a diagnosis, one file per branch the
//! classifier takes: DNS, connect, TLS, the protocol step (and WebSocket replies
//! within it), then the overlays that apply across branches.

mod common;
mod connect;
mod dns;
mod handshake;
mod listeners;
mod overlays;
mod proxy;
mod score;
mod tls;
mod trust;
mod upstream;
mod warnings;
mod websocket;

use crate::diagnose::diagnosis::Diagnosis;
use crate::observation::{Observation, TlsOutcome};

use common::unexpected;
use connect::connect_failure;
use dns::dns_failure;
use handshake::handshake_diagnosis;
use overlays::{with_cert_problem, with_fake_ip_proxy};
use tls::client_certificate_required;
use tls::tls_failure;
use warnings::{with_first_address_warning, with_responder_warning};

pub use trust::EXPIRES_SOON_DAYS;

/// Diagnoses an observation.
pub fn classify(obs: &Observation) -> Diagnosis {
    // Last, so that no overlay's re-ranking drops it.
    with_responder_warning(obs, with_first_address_warning(obs, causes(obs)))
}

fn causes(obs: &Observation) -> Diagnosis {
    let Some(resolution) = &obs.resolution else {
        return unexpected(vec![]);
    };
    if let Some(failure) = &resolution.failure {
        return dns_failure(obs, failure, &resolution.source);
    }
    if obs.peer.is_none() {
        return connect_failure(obs);
    }
    if let Some(diagnosis) = client_certificate_required(obs) {
        return diagnosis;
    }
    if let Some(TlsOutcome::Failed(failure)) = &obs.tls {
        return with_fake_ip_proxy(obs, tls_failure(obs, failure));
    }
    let cert_problem = match &obs.tls {
        Some(TlsOutcome::Established {
            cert_problem: Some(problem),
            ..
        }) => Some(problem),
        _ => None,
    };
    let Some(handshake) = &obs.handshake else {
        return unexpected(vec![]);
    };
    let diagnosis = with_fake_ip_proxy(obs, handshake_diagnosis(obs, handshake));
    match cert_problem {
        None => trust::with_trust_warnings(obs, diagnosis),
        Some(problem) => with_cert_problem(obs, diagnosis, problem),
    }
}

#[cfg(test)]
mod tests;
