//! The watch file: what of watch mode survives a restart (the interval, which
//! endpoints are watched, their recent results) and how it is taken back.
//!
//! The app's saver writes [`SavedWatch`]; [`AppState::restore_watch`] reads it back
//! once at start.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::app_state::AppState;
use super::ids::EndpointId;
use super::watch::{Change, DEFAULT_INTERVAL, HISTORY_SPAN, History, Sample};
use crate::diagnose::Verdict;

/// Version of the watch file layout; a reader never guesses at a newer one.
pub const SAVED_VERSION: u32 = 1;

/// Watch mode as the watch file keeps it: the interval, and per endpoint whether it
/// is watched and its recent results. Times are wall-clock Unix seconds, since
/// `Instant`s mean nothing after a restart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedWatch {
    /// File layout version ([`SAVED_VERSION`] when written).
    pub version: u32,
    /// Seconds between two checks of a watched endpoint.
    pub interval_secs: u64,
    /// Endpoints that are watched or have results, in list order.
    #[serde(default)]
    pub endpoints: Vec<SavedHistory>,
}

impl Default for SavedWatch {
    fn default() -> Self {
        SavedWatch {
            version: SAVED_VERSION,
            interval_secs: DEFAULT_INTERVAL.as_secs(),
            endpoints: Vec::new(),
        }
    }
}

/// One endpoint's part of the watch file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedHistory {
    /// The endpoint's id: the state file keeps ids, so it names the same endpoint after a restart.
    pub id: EndpointId,
    /// Its URL when saved: an id that now names another URL (a crash between the two
    /// files' writes) does not inherit the results.
    pub url: String,
    /// Whether it is watched.
    #[serde(default)]
    pub watched: bool,
    /// Its results, oldest first.
    #[serde(default)]
    pub samples: Vec<SavedSample>,
    /// Its newest change of verdict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_change: Option<SavedChange>,
}

/// A [`Sample`] in the watch file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SavedSample {
    /// Arrival, in Unix seconds.
    pub at: u64,
    /// Verdict id (`refused`); `None` when read back from a newer version's id.
    #[serde(with = "verdict_id")]
    pub verdict: Option<Verdict>,
    /// TCP connect time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_ms: Option<f64>,
    /// Protocol handshake time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handshake_ms: Option<f64>,
    /// Whole check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_ms: Option<f64>,
}

/// A [`Change`] in the watch file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SavedChange {
    /// The verdict before.
    #[serde(with = "verdict_id")]
    pub from: Option<Verdict>,
    /// The verdict after.
    #[serde(with = "verdict_id")]
    pub to: Option<Verdict>,
    /// When it changed, in Unix seconds.
    pub at: u64,
}

fn unix_secs(at: SystemTime) -> Option<u64> {
    at.duration_since(SystemTime::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs())
}

fn from_unix_secs(secs: u64) -> Option<SystemTime> {
    // Checked: a damaged number must not overflow the clock type (that panics).
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

impl SavedSample {
    fn of(sample: &Sample) -> Option<SavedSample> {
        Some(SavedSample {
            at: unix_secs(sample.at)?,
            verdict: Some(sample.verdict),
            connect_ms: sample.connect_ms,
            handshake_ms: sample.handshake_ms,
            total_ms: sample.total_ms,
        })
    }

    fn sample(&self) -> Option<Sample> {
        Some(Sample {
            at: from_unix_secs(self.at)?,
            verdict: self.verdict?,
            connect_ms: self.connect_ms,
            handshake_ms: self.handshake_ms,
            total_ms: self.total_ms,
        })
    }
}

impl SavedChange {
    fn of(change: &Change) -> Option<SavedChange> {
        Some(SavedChange {
            from: Some(change.from),
            to: Some(change.to),
            at: unix_secs(change.at)?,
        })
    }

    fn change(&self) -> Option<Change> {
        Some(Change {
            from: self.from?,
            to: self.to?,
            at: from_unix_secs(self.at)?,
        })
    }
}

/// Verdicts by their contract id, so the file reads like the JSON report and an id
/// this version does not know drops one result rather than the whole file.
mod verdict_id {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::diagnose::Verdict;

    pub fn serialize<S: Serializer>(verdict: &Option<Verdict>, s: S) -> Result<S::Ok, S::Error> {
        match verdict {
            Some(verdict) => s.serialize_str(verdict.as_str()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Verdict>, D::Error> {
        let id = Option::<String>::deserialize(d)?;
        Ok(id.as_deref().and_then(Verdict::from_id))
    }
}

impl AppState {
    /// Changes whenever something the watch file keeps does (not every frame).
    pub fn watch_revision(&self) -> (u64, u64) {
        (self.watch.revision(), self.history_revision)
    }

    /// What the watch file should hold now.
    pub fn watch_snapshot(&self) -> SavedWatch {
        let endpoints = self
            .list
            .entries()
            .iter()
            .filter_map(|entry| {
                let id = entry.id();
                let watched = self.watch.is_watched(id);
                let history = entry.history.as_ref();
                if !watched && history.is_none() {
                    return None;
                }
                Some(SavedHistory {
                    id,
                    url: entry.endpoint().settings.url.clone(),
                    watched,
                    samples: history
                        .map(|h| h.samples().iter().filter_map(SavedSample::of).collect())
                        .unwrap_or_default(),
                    last_change: history
                        .and_then(History::last_change)
                        .and_then(|c| SavedChange::of(&c)),
                })
            })
            .collect();
        SavedWatch {
            version: SAVED_VERSION,
            interval_secs: self.watch.interval().as_secs(),
            endpoints,
        }
    }

    /// Takes back a saved watch (call once, after the endpoints are loaded). Results
    /// older than [`HISTORY_SPAN`] before `now` and endpoints no longer in the list are
    /// dropped; watched endpoints are due at `instant`, since a user who reopens the
    /// app wants to see where things stand now, not in one interval.
    pub fn restore_watch(&mut self, saved: SavedWatch, now: SystemTime, instant: Instant) {
        self.watch.set_interval_secs(saved.interval_secs, instant);
        let urls: HashMap<EndpointId, &str> = self
            .list
            .iter()
            .map(|e| (e.id, e.settings.url.as_str()))
            .collect();
        let oldest = now.checked_sub(HISTORY_SPAN);
        let mut histories = HashMap::new();
        let mut watched = Vec::new();
        for entry in saved.endpoints {
            if urls.get(&entry.id) != Some(&entry.url.as_str()) || histories.contains_key(&entry.id)
            {
                continue;
            }
            if entry.watched {
                watched.push(entry.id);
            }
            let history = History::restored(
                entry.samples.iter().filter_map(SavedSample::sample),
                entry.last_change.and_then(|c| c.change()),
                oldest,
            );
            if !history.samples().is_empty() || history.last_change().is_some() {
                histories.insert(entry.id, history);
            }
        }
        for id in watched {
            self.watch.set(id, true, instant);
        }
        self.last_change = histories
            .iter()
            .filter_map(|(id, h)| h.last_change().map(|c| (*id, c)))
            .max_by_key(|(id, c)| (c.at, *id));
        for entry in self.list.entries_mut() {
            entry.history = histories.remove(&entry.id());
        }
        self.history_revision = self.history_revision.wrapping_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::state::endpoint::Endpoint;
    use crate::gui::state::watch::MIN_INTERVAL_SECS;

    /// A state with two endpoints, the first watched with an ok → refused history.
    fn watched_state(now: SystemTime) -> (AppState, EndpointId, EndpointId) {
        let mut state = AppState::new(crate::l10n::Lang::En);
        let a = state.add("a".into(), "tcp://127.0.0.1:1".into());
        let b = state.add("b".into(), "tcp://127.0.0.1:2".into());
        let start = Instant::now();
        state.set_watched(&[a], true, start);
        state.set_watch_interval(30, start);
        let at = |secs_ago: u64| now - Duration::from_secs(secs_ago);
        let history = state.history_mut(a).expect("endpoint");
        for (secs_ago, verdict) in [
            (120, Verdict::Ok),
            (60, Verdict::Ok),
            (30, Verdict::Refused),
        ] {
            history.push(Sample {
                at: at(secs_ago),
                verdict,
                connect_ms: Some(1.5),
                handshake_ms: None,
                total_ms: Some(2.25),
            });
        }
        (state, a, b)
    }

    fn whole_secs(at: SystemTime) -> SystemTime {
        from_unix_secs(unix_secs(at).expect("after 1970")).expect("in range")
    }

    #[test]
    fn saved_watch_round_trips_through_json() {
        let now = SystemTime::now();
        let (state, a, b) = watched_state(now);
        let json = serde_json::to_string(&state.watch_snapshot()).expect("json");
        let saved: SavedWatch = serde_json::from_str(&json).expect("parse");
        assert_eq!(saved.version, SAVED_VERSION);

        let mut again = AppState::with_endpoints(crate::l10n::Lang::En, state.endpoints().to_vec());
        let start = Instant::now();
        again.restore_watch(saved, now, start);
        assert_eq!(again.watch().interval(), Duration::from_secs(30));
        assert!(again.watch().is_watched(a) && !again.watch().is_watched(b));
        assert_eq!(again.watch().next_due(), Some(start), "checked at once");
        let before = state.history(a).expect("before");
        let after = again.history(a).expect("after");
        assert_eq!(after.samples().len(), before.samples().len());
        for (x, y) in before.samples().iter().zip(after.samples()) {
            assert_eq!(y.at, whole_secs(x.at));
            assert_eq!(
                (y.verdict, y.connect_ms, y.handshake_ms, y.total_ms),
                (x.verdict, x.connect_ms, x.handshake_ms, x.total_ms)
            );
        }
        let change = after.last_change().expect("change");
        assert_eq!((change.from, change.to), (Verdict::Ok, Verdict::Refused));
        assert_eq!(
            again.last_change().map(|(id, c)| (id, c.at)),
            Some((a, change.at))
        );
        assert!(
            !again.any_unseen_change(),
            "seen or not, it was before the restart"
        );
        assert!(again.history(b).is_none());
    }

    #[test]
    fn old_results_are_dropped_on_restore() {
        let now = SystemTime::now();
        let (state, a, _) = watched_state(now);
        let saved = state.watch_snapshot();
        // Reopened 58½ minutes later: of the results 2 min, 1 min and ½ min old then,
        // the oldest has left the hour; the change (the newest) stays.
        let later = now + HISTORY_SPAN - Duration::from_secs(90);
        let mut again = AppState::with_endpoints(crate::l10n::Lang::En, state.endpoints().to_vec());
        again.restore_watch(saved.clone(), later, Instant::now());
        assert_eq!(again.history(a).expect("a").samples().len(), 2);
        assert!(again.history(a).expect("a").last_change().is_some());

        // Two hours later nothing is left but the watch itself.
        let much_later = now + Duration::from_secs(2 * 3600);
        let mut again = AppState::with_endpoints(crate::l10n::Lang::En, state.endpoints().to_vec());
        again.restore_watch(saved, much_later, Instant::now());
        assert!(
            again
                .endpoints()
                .ids()
                .iter()
                .all(|id| again.history(*id).is_none())
        );
        assert_eq!(
            again.last_change(),
            None,
            "a change that old would pass for today's"
        );
        assert!(again.watch().is_watched(a));
    }

    #[test]
    fn results_of_unknown_endpoints_are_dropped_on_restore() {
        let now = SystemTime::now();
        let (state, a, b) = watched_state(now);
        let mut saved = state.watch_snapshot();
        saved.endpoints.push(SavedHistory {
            id: EndpointId(999),
            url: "tcp://127.0.0.1:3".into(),
            watched: true,
            samples: saved.endpoints[0].samples.clone(),
            last_change: None,
        });
        // Only `b` is left, and `a`'s id now names another URL.
        let mut endpoints = state.endpoints().to_vec();
        endpoints.retain(|e| e.id == b);
        endpoints.push(Endpoint::new(a, "a".into(), "tcp://127.0.0.1:4".into()));
        let mut again = AppState::with_endpoints(crate::l10n::Lang::En, endpoints);
        again.restore_watch(saved, now, Instant::now());
        assert!(
            again
                .endpoints()
                .ids()
                .iter()
                .all(|id| again.history(*id).is_none())
        );
        assert!(again.watch().is_empty());
        assert_eq!(again.last_change(), None);
    }

    #[test]
    fn unknown_verdicts_and_damaged_times_drop_one_result() {
        let json = r#"{"version":1,"interval_secs":0,"endpoints":[{"id":1,"url":"tcp://127.0.0.1:1",
            "samples":[{"at":NOW,"verdict":"from-the-future"},{"at":NOW,"verdict":"ok"},
                       {"at":18446744073709551615,"verdict":"ok"}],
            "last_change":{"from":"ok","to":"from-the-future","at":NOW}}]}"#;
        let now = SystemTime::now();
        let json = json.replace("NOW", &unix_secs(now).expect("secs").to_string());
        let saved: SavedWatch = serde_json::from_str(&json).expect("parse");
        let mut state = AppState::new(crate::l10n::Lang::En);
        state.add("a".into(), "tcp://127.0.0.1:1".into());
        state.restore_watch(saved, now, Instant::now());
        assert_eq!(
            state.watch().interval(),
            Duration::from_secs(MIN_INTERVAL_SECS)
        );
        let history = state.history(EndpointId(1)).expect("history");
        assert_eq!(history.samples().len(), 1);
        assert_eq!(history.last_change(), None);
    }

    #[test]
    fn revision_moves_only_when_saved_things_change() {
        let start = Instant::now();
        let mut state = AppState::new(crate::l10n::Lang::En);
        let id = state.add("a".into(), "tcp://127.0.0.1:1".into());
        let r0 = state.watch_revision();
        state.set_watched(&[id], true, start);
        let r1 = state.watch_revision();
        assert_ne!(r1, r0);
        state.set_watched(&[id], true, start);
        state.set_watch_interval(DEFAULT_INTERVAL.as_secs(), start);
        let _ = state.watch_tick(start);
        state.watch_due_now();
        assert_eq!(state.watch_revision(), r1, "scheduling is not saved");
        state.set_watch_interval(60, start);
        assert_ne!(state.watch_revision(), r1);
        let r2 = state.watch_revision();
        state.delete(&[id]);
        assert_eq!(state.watch_revision(), r2, "no history, nothing to drop");
    }
}
