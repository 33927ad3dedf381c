//! The open-file limit: raised where the OS allows, so many probes can run at once.

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
