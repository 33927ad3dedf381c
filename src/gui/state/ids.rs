//! Names of endpoints and runs: their own types, so one is never passed for the other.

use serde::{Deserialize, Serialize};

/// An endpoint of the list; stable for the endpoint's life, kept in the state file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct EndpointId(pub u64);

/// One run of checks the app asked the engine for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct RunId(pub u64);

impl std::fmt::Display for EndpointId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
