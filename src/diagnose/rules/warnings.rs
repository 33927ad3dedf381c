//! Warnings: the check worked through one address, but a client that stops at the
//! first address it is given fails.

use std::net::SocketAddr;

use crate::diagnose::{Diagnosis, Evidence, Verdict, Warning, WarningId};
use crate::observation::{NetErrorKind, Observation};

use super::common::attempts_evidence;
use super::score::{PROVEN, STRONG};

fn family(addr: SocketAddr) -> &'static str {
    if addr.is_ipv4() { "IPv4" } else { "IPv6" }
}

/// An earlier address refused or timed out and a later one accepted.
///
/// netdoctor falls back to the next address like a Happy Eyeballs client, so the
/// verdict is what those clients see, from the address that accepted; the clients
/// that use only the first address are the warning.
pub(super) fn with_first_address_warning(obs: &Observation, mut diagnosis: Diagnosis) -> Diagnosis {
    let Some(peer) = obs.peer else {
        return diagnosis;
    };
    let Some(first) = obs.connects.first() else {
        return diagnosis;
    };
    let refused = match first.error.as_ref().map(|e| e.kind) {
        Some(NetErrorKind::Refused) => true,
        Some(NetErrorKind::TimedOut) => false,
        _ => return diagnosis,
    };
    let mut evidence = attempts_evidence(obs);
    // "The check worked there" is only said of a check that worked.
    if diagnosis.verdict == Verdict::Ok && first.addr.is_ipv4() != peer.is_ipv4() {
        evidence.push(Evidence::OtherFamilyWorks {
            addr: peer,
            family: family(peer).to_owned(),
        });
    } else {
        evidence.push(Evidence::AlternateAccepts { addr: peer });
    }
    evidence.push(Evidence::FirstAddressClients {
        addr: first.addr,
        refused,
    });
    diagnosis.warnings.push(Warning {
        id: WarningId::FirstAddressFails,
        score: STRONG,
        evidence,
    });
    diagnosis
}

/// The peer is `netdoctor server --respond`: the check worked, but against the
/// responder, so what it proves is the network path, not the user's server.
pub(super) fn with_responder_warning(obs: &Observation, mut diagnosis: Diagnosis) -> Diagnosis {
    if diagnosis.verdict != Verdict::Ok {
        return diagnosis;
    }
    if let Some(sign) = crate::responder_sign::find(&obs.captured.received) {
        diagnosis.warnings.push(Warning {
            id: WarningId::NetdoctorResponder,
            score: PROVEN,
            evidence: vec![Evidence::NetdoctorResponder { sign }],
        });
    }
    diagnosis
}
