//! From an observation to a verdict and ranked causes. Pure: no I/O, no words.

pub mod catalogue;
mod diagnosis;
pub mod evidence;
pub mod ranges;
mod rules;

pub use catalogue::{CauseId, Severity, Verdict, WarningId};
pub use diagnosis::{Diagnosis, RankedCause, Warning};
pub use evidence::Evidence;
pub use rules::classify;
