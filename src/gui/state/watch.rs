//! Watch mode: which endpoints are re-checked on a timer, when each is due next,
//! and the short history of results that shows how an endpoint changed.
//!
//! Times are passed in (`now`) rather than read here, so scheduling unit-tests
//! without waiting; the app reads the clock once per frame.
//!
//! What of this survives a restart is in `watch_file`.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant, SystemTime};

use super::ids::EndpointId;
use crate::diagnose::Verdict;
use crate::engine::CheckResult;

/// Interval between checks of a watched endpoint unless the user picks another.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(10);
/// Shortest interval allowed: faster would hammer the server and the UI.
pub const MIN_INTERVAL_SECS: u64 = 1;
/// Longest interval allowed (a day).
pub const MAX_INTERVAL_SECS: u64 = 86_400;
/// Most results kept per endpoint.
pub const HISTORY_LEN: usize = 120;
/// Results older than this are dropped from the history.
pub const HISTORY_SPAN: Duration = Duration::from_secs(3600);

/// One result, as the history keeps it (the full result is too big to keep 120 of).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// When the result arrived.
    pub at: SystemTime,
    /// Its verdict.
    pub verdict: Verdict,
    /// TCP connect time.
    pub connect_ms: Option<f64>,
    /// Protocol handshake time.
    pub handshake_ms: Option<f64>,
    /// Whole check.
    pub total_ms: Option<f64>,
}

impl Sample {
    /// The sample of `result`, arrived at `at`.
    pub fn of(result: &CheckResult, at: SystemTime) -> Sample {
        let t = &result.observation.timings;
        let ms = |d: Option<Duration>| d.map(|d| d.as_secs_f64() * 1000.0);
        Sample {
            at,
            verdict: result.diagnosis.verdict,
            connect_ms: ms(t.connect),
            handshake_ms: ms(t.handshake),
            total_ms: ms(t.total),
        }
    }
}

/// A verdict that differs from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The verdict before.
    pub from: Verdict,
    /// The verdict now.
    pub to: Verdict,
    /// When the new verdict arrived.
    pub at: SystemTime,
}

/// The recent results of one endpoint, oldest first, bounded by count and age.
#[derive(Debug, Clone, Default)]
pub struct History {
    samples: VecDeque<Sample>,
    last_change: Option<Change>,
}

impl History {
    /// Adds a result; returns the change of verdict it brings, if any.
    pub fn push(&mut self, sample: Sample) -> Option<Change> {
        let change = self
            .samples
            .back()
            .filter(|last| last.verdict != sample.verdict)
            .map(|last| Change {
                from: last.verdict,
                to: sample.verdict,
                at: sample.at,
            });
        if change.is_some() {
            self.last_change = change;
        }
        self.samples.push_back(sample);
        while self.samples.len() > HISTORY_LEN {
            self.samples.pop_front();
        }
        let oldest = sample.at.checked_sub(HISTORY_SPAN);
        while let (Some(front), Some(oldest)) = (self.samples.front(), oldest) {
            if front.at >= oldest {
                break;
            }
            self.samples.pop_front();
        }
        change
    }

    /// The results kept, oldest first.
    pub fn samples(&self) -> &VecDeque<Sample> {
        &self.samples
    }

    /// The newest change of verdict (kept even when its results aged out).
    pub fn last_change(&self) -> Option<Change> {
        self.last_change
    }

    /// A history read back from the watch file: results older than `oldest` are
    /// dropped, and so is a change that old (shown as a time of day only, it would
    /// pass for today's).
    pub fn restored(
        samples: impl Iterator<Item = Sample>,
        last_change: Option<Change>,
        oldest: Option<SystemTime>,
    ) -> History {
        let recent = |at: SystemTime| oldest.is_none_or(|oldest| at >= oldest);
        let mut samples: VecDeque<Sample> = samples.filter(|s| recent(s.at)).collect();
        while samples.len() > HISTORY_LEN {
            samples.pop_front();
        }
        History {
            samples,
            last_change: last_change.filter(|c| recent(c.at)),
        }
    }

    /// Times of the kept results whose verdict differs from the one before.
    pub fn change_times(&self) -> impl Iterator<Item = SystemTime> + '_ {
        self.samples
            .iter()
            .zip(self.samples.iter().skip(1))
            .filter(|(a, b)| a.verdict != b.verdict)
            .map(|(_, b)| b.at)
    }
}

/// Which endpoints are watched and when each is due.
#[derive(Debug, Clone)]
pub struct Watch {
    interval: Duration,
    watched: HashSet<EndpointId>,
    /// Watched endpoints waiting for their next check. One that is checking, or has
    /// just finished, has no entry until [`Watch::schedule_idle`] gives it one.
    next_due: HashMap<EndpointId, Instant>,
    /// Bumped when the watched set or the interval changes (what the watch file keeps).
    revision: u64,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            interval: DEFAULT_INTERVAL,
            watched: HashSet::new(),
            next_due: HashMap::new(),
            revision: 0,
        }
    }
}

impl Watch {
    /// Changes whenever the watched set or the interval does.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn touch(&mut self) {
        self.revision = self.revision.wrapping_add(1);
    }

    /// Time between two checks of a watched endpoint.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Changes the interval (clamped to the allowed range); nothing waits longer than the new one.
    pub fn set_interval_secs(&mut self, secs: u64, now: Instant) {
        let interval = Duration::from_secs(secs.clamp(MIN_INTERVAL_SECS, MAX_INTERVAL_SECS));
        if interval != self.interval {
            self.interval = interval;
            self.touch();
        }
        let latest = now + self.interval;
        for due in self.next_due.values_mut() {
            *due = (*due).min(latest);
        }
    }

    /// Whether `id` is watched.
    pub fn is_watched(&self, id: EndpointId) -> bool {
        self.watched.contains(&id)
    }

    /// How many endpoints are watched.
    pub fn len(&self) -> usize {
        self.watched.len()
    }

    /// Whether nothing is watched.
    pub fn is_empty(&self) -> bool {
        self.watched.is_empty()
    }

    /// Starts watching `id` (checked at `now`) or stops.
    pub fn set(&mut self, id: EndpointId, on: bool, now: Instant) {
        if on {
            if self.watched.insert(id) {
                self.next_due.insert(id, now);
                self.touch();
            }
        } else if self.watched.remove(&id) {
            self.next_due.remove(&id);
            self.touch();
        }
    }

    /// Forgets endpoints that no longer exist.
    pub fn retain(&mut self, exists: impl Fn(EndpointId) -> bool) {
        let before = self.watched.len();
        self.watched.retain(|id| exists(*id));
        self.next_due.retain(|id, _| exists(*id));
        if self.watched.len() != before {
            self.touch();
        }
    }

    /// Gives every watched endpoint that is not checking and has no due time one, an
    /// interval from `now`: the interval runs from the end of a check, so a slow
    /// endpoint never has two checks in flight.
    pub fn schedule_idle(&mut self, now: Instant, checking: impl Fn(EndpointId) -> bool) {
        for &id in &self.watched {
            if !checking(id) && !self.next_due.contains_key(&id) {
                self.next_due.insert(id, now + self.interval);
            }
        }
    }

    /// Takes the endpoints due at `now`, sorted; those still checking (a check the
    /// user started) are dropped and rescheduled once they finish.
    pub fn take_due(
        &mut self,
        now: Instant,
        checking: impl Fn(EndpointId) -> bool,
    ) -> Vec<EndpointId> {
        let mut due: Vec<EndpointId> = self
            .next_due
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(id, _)| *id)
            .collect();
        for id in &due {
            self.next_due.remove(id);
        }
        due.retain(|id| !checking(*id));
        due.sort_unstable();
        due
    }

    /// The earliest due time, if any endpoint waits for one.
    pub fn next_due(&self) -> Option<Instant> {
        self.next_due.values().min().copied()
    }

    /// Makes every waiting watched endpoint due at `now` ("check now"; tests use it
    /// instead of waiting for the interval).
    pub fn make_due(&mut self, now: Instant) {
        for due in self.next_due.values_mut() {
            *due = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(verdict: Verdict, secs: u64) -> Sample {
        Sample {
            at: SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + secs),
            verdict,
            connect_ms: Some(1.0),
            handshake_ms: None,
            total_ms: Some(2.0),
        }
    }

    #[test]
    fn history_is_bounded_and_records_changes() {
        let mut history = History::default();
        assert_eq!(history.push(sample(Verdict::Ok, 0)), None);
        assert_eq!(history.push(sample(Verdict::Ok, 1)), None);
        let change = history.push(sample(Verdict::Refused, 2));
        assert_eq!(
            change.map(|c| (c.from, c.to)),
            Some((Verdict::Ok, Verdict::Refused))
        );
        assert_eq!(history.last_change(), change);
        assert_eq!(history.change_times().count(), 1);
        for i in 0..500 {
            history.push(sample(Verdict::Refused, 3 + i));
        }
        assert_eq!(history.samples().len(), HISTORY_LEN);
        assert_eq!(history.last_change(), change, "kept after aging out");
        // An hour later everything older is gone.
        history.push(sample(Verdict::Refused, 10_000));
        assert_eq!(history.samples().len(), 1);
    }

    #[test]
    fn due_endpoints_are_taken_once_and_rescheduled_after_checking() {
        let start = Instant::now();
        let mut watch = Watch::default();
        watch.set(EndpointId(1), true, start);
        assert_eq!(
            watch.next_due(),
            Some(start),
            "due at once when switched on"
        );
        assert_eq!(watch.take_due(start, |_| false), vec![EndpointId(1)]);
        assert_eq!(watch.next_due(), None, "nothing waits while it checks");
        watch.schedule_idle(start, |_| true);
        assert_eq!(watch.next_due(), None, "still checking");
        let done = start + Duration::from_millis(300);
        watch.schedule_idle(done, |_| false);
        assert_eq!(watch.next_due(), Some(done + DEFAULT_INTERVAL));
        assert!(
            watch
                .take_due(done + Duration::from_secs(9), |_| false)
                .is_empty()
        );
        watch.set_interval_secs(0, done);
        assert_eq!(watch.interval(), Duration::from_secs(MIN_INTERVAL_SECS));
        assert_eq!(watch.next_due(), Some(done + Duration::from_secs(1)));
        watch.set(EndpointId(1), false, done);
        assert_eq!(watch.next_due(), None);
    }

    #[test]
    fn a_due_endpoint_that_is_checking_is_not_kept_due() {
        let start = Instant::now();
        let mut watch = Watch::default();
        watch.set(EndpointId(7), true, start);
        assert!(watch.take_due(start, |_| true).is_empty());
        // Not left in the past, or the app would repaint without pause.
        assert_eq!(watch.next_due(), None);
    }
}
