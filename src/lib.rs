//! netdoctor: tells a developer why their client cannot connect to their server,
//! ranks the likely causes with the evidence gathered, shows the bytes exchanged,
//! and says how to fix it, in English, Korean, Japanese, Russian or Portuguese.
//!
//! Data flows one way: [`target`] → [`engine`] → [`observation`] → [`diagnose`] →
//! [`report`] / the faces ([`cli`], [`gui`]). The engine writes observations, the
//! diagnosis reads them (and nothing of the engine); both speak in cause ids and
//! evidence values, and only the faces turn them into words via [`l10n`].

pub mod ansi;
pub mod cli;
pub mod clock;
pub mod context;
pub mod diagnose;
pub mod engine;
pub mod fsutil;
#[cfg(feature = "gui")]
pub mod gui;
pub mod infile;
pub mod l10n;
pub mod listeners;
pub mod observation;
pub mod paste;
pub mod profile;
pub mod report;
pub mod reproduce;
pub mod responder_sign;
pub mod safetext;
pub mod server;
pub mod system_proxy;
pub mod target;

/// The User-Agent netdoctor sends, so server logs show who is probing.
pub const USER_AGENT: &str = concat!("netdoctor/", env!("CARGO_PKG_VERSION"));
