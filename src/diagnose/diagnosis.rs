//! The outcome of diagnosing one endpoint: a verdict and ranked causes.

use crate::diagnose::catalogue::{CauseId, Verdict, WarningId};
use crate::diagnose::evidence::Evidence;

/// A cause with how likely it is and what points to it.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedCause {
    /// Which cause.
    pub id: CauseId,
    /// Likelihood in [0, 1].
    pub score: f32,
    /// Facts that support it.
    pub evidence: Vec<Evidence>,
}

/// A warning about an endpoint that works here but fails for some clients.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// Which warning.
    pub id: WarningId,
    /// How sure netdoctor is, in [0, 1].
    pub score: f32,
    /// Facts that support it.
    pub evidence: Vec<Evidence>,
}

/// The outcome of diagnosing one endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    /// The one-word outcome.
    pub verdict: Verdict,
    /// Causes, most likely first; empty when the verdict is `ok`.
    pub causes: Vec<RankedCause>,
    /// Warnings that hold whatever the verdict; may be set on an `ok` verdict.
    pub warnings: Vec<Warning>,
}

impl Diagnosis {
    /// The most likely cause, if any.
    pub fn top(&self) -> Option<&RankedCause> {
        self.causes.first()
    }

    /// Whether `id` is among the warnings.
    pub fn warns(&self, id: WarningId) -> bool {
        self.warnings.iter().any(|w| w.id == id)
    }

    /// Whether `id` is among the causes.
    pub fn has(&self, id: CauseId) -> bool {
        self.causes.iter().any(|c| c.id == id)
    }
}
