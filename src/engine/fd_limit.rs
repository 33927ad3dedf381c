//! The open-file limit: raised where the OS allows, and what it leaves room for.

/// Sockets one target may hold at once: the probe and its early sweep, or its follow-ups.
const SOCKETS_PER_TARGET: u64 = 20;

/// Descriptors kept for everything else the process opens (files, pipes, the runtime).
const RESERVED: u64 = 64;

/// Raises the soft limit on open files as far as the hard limit allows and returns it.
/// `None` where the platform has no such limit.
pub fn raise() -> Option<u64> {
    #[cfg(unix)]
    {
        rlimit::increase_nofile_limit(u64::MAX).ok()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// How many targets fit under `limit` open files, each with its follow-ups (at least one).
pub fn targets_fitting(limit: u64) -> u64 {
    (limit.saturating_sub(RESERVED) / SOCKETS_PER_TARGET).max(1)
}

/// How many targets may wait for their peer outside the concurrency limit.
///
/// A waiting target holds its one socket; the room is what `concurrency` targets in
/// their probes and as many in their follow-ups leave of `limit`. Without a limit
/// to read (Windows), as many may wait as probe.
pub fn waiting_room(limit: Option<u64>, concurrency: u64) -> u64 {
    match limit {
        Some(limit) => limit
            .saturating_sub(RESERVED)
            .saturating_sub(concurrency.saturating_mul(2 * SOCKETS_PER_TARGET)),
        None => concurrency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_room_is_what_the_probes_and_follow_ups_leave() {
        assert_eq!(targets_fitting(20_000), 996);
        assert_eq!(targets_fitting(10), 1);
        // 256 probes and their follow-ups hold 10,240 of 19,936 sockets.
        assert_eq!(waiting_room(Some(20_000), 256), 9_696);
        assert_eq!(waiting_room(Some(20_000), 996), 0);
        assert_eq!(waiting_room(Some(1_024), 64), 0);
        assert_eq!(waiting_room(None, 32), 32);
    }
}
