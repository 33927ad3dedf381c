//! The likelihood levels the rules give causes, strongest first.
//!
//! A cause's score orders it among the others of the same observation (and is shown
//! as a percentage); the levels are few and named so that rules compare like with
//! like. Levels next to each other ("just below") keep a cause ranked right under
//! the one it accompanies.

/// A follow-up probe or the user's own expectation settled it.
pub const PROVEN: f32 = 0.97;
/// Settled, with one sign of the cause missing.
pub const NEAR_PROVEN: f32 = 0.96;
/// The reply itself shows it.
pub const SHOWN: f32 = 0.95;
/// Shown, by a sign a little less specific.
pub const NEAR_SHOWN: f32 = 0.94;
/// Several signs together point to it.
pub const VERY_STRONG: f32 = 0.93;
/// Strong enough to rank above the branch's own causes.
pub const OVERRIDING: f32 = 0.92;
/// One clear sign points to it.
pub const STRONG: f32 = 0.9;
/// Clear, though another reading exists.
pub const CLEAR: f32 = 0.85;
/// The usual cause of what was seen.
pub const LIKELY: f32 = 0.8;
/// Ranked just below a [`LIKELY`] cause it goes with.
pub const JUST_BELOW_LIKELY: f32 = 0.78;
/// More likely than not, with a supporting sign.
pub const PROBABLE: f32 = 0.75;
/// More likely than not.
pub const LEANING: f32 = 0.7;
/// A fair reading among others.
pub const POSSIBLE: f32 = 0.6;
/// Ranked just below a [`POSSIBLE`] cause it goes with.
pub const JUST_BELOW_POSSIBLE: f32 = 0.58;
/// Slightly better than even.
pub const SOMEWHAT: f32 = 0.55;
/// As likely as not.
pub const EVEN: f32 = 0.5;
/// Slightly worse than even.
pub const BELOW_EVEN: f32 = 0.45;
/// Possible, but something points elsewhere.
pub const DOUBTFUL: f32 = 0.4;
/// Listed because it happens, with little for it.
pub const UNLIKELY: f32 = 0.35;
/// Listed to be ruled out.
pub const REMOTE: f32 = 0.3;
/// Nothing shows it; listed for completeness.
pub const FAINT: f32 = 0.2;
/// Named only so the user can rule it out.
pub const MENTION: f32 = 0.1;

/// The factor a cause's score is multiplied by when another cause takes the lead.
pub const DEMOTED: f32 = 0.5;
