//! The probe engine: runs checks concurrently and reports events. No UI types here.

pub mod capture;
pub mod census;
mod engineio;
pub mod errno;
pub mod fd_limit;
pub mod followup;
pub mod followup_early;
pub mod local_listeners;
pub mod port_cache;
pub mod probe;
mod run;

pub use run::{
    CheckResult, EndpointSpec, EventSink, ProbeEvent, RunHandle, RunRequest, check, check_with,
    spawn_run,
};
