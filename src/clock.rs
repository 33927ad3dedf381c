//! Wall-clock times as people read them: `12:03:04` in local time, RFC 3339 in UTC for machines.

use std::sync::OnceLock;
use std::time::SystemTime;

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Looks up the local UTC offset once. Call it first thing in `main`: on Unix the
/// `time` crate refuses the lookup once other threads run (it would be unsound),
/// and then times show in UTC.
pub fn init_local_offset() {
    LOCAL_OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
}

fn local_offset() -> UtcOffset {
    *LOCAL_OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC))
}

fn date_time(at: SystemTime) -> OffsetDateTime {
    OffsetDateTime::from(at)
}

/// Time of day in local time, like `12:03:04`.
pub fn time_of_day(at: SystemTime) -> String {
    let format = format_description!("[hour]:[minute]:[second]");
    date_time(at)
        .to_offset(local_offset())
        .format(&format)
        .unwrap_or_default()
}

/// Time of day in local time from seconds since the Unix epoch (plot axes).
pub fn time_of_day_secs(unix_secs: f64) -> String {
    let Ok(at) = OffsetDateTime::from_unix_timestamp(unix_secs.floor() as i64) else {
        return String::new();
    };
    let format = format_description!("[hour]:[minute]:[second]");
    at.to_offset(local_offset())
        .format(&format)
        .unwrap_or_default()
}

/// Seconds since the Unix epoch, as a plot coordinate.
pub fn unix_secs(at: SystemTime) -> f64 {
    at.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// A certificate date from Unix seconds, like `2026-05-01 12:03 UTC`: the same for
/// everyone who reads a shared report, whatever their time zone.
pub fn utc_date_time_secs(unix_secs: i64) -> String {
    let format = format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    OffsetDateTime::from_unix_timestamp(unix_secs)
        .ok()
        .and_then(|at| at.format(&format).ok())
        .unwrap_or_else(|| unix_secs.to_string())
}

/// RFC 3339 in UTC from Unix seconds, like `2026-05-01T12:03:04Z` (certificate dates).
pub fn rfc3339_utc_secs(unix_secs: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix_secs)
        .ok()
        .and_then(|at| at.format(&Rfc3339).ok())
        .unwrap_or_else(|| unix_secs.to_string())
}

/// RFC 3339 in UTC with whole seconds, like `2026-05-01T12:03:04Z`.
pub fn rfc3339_utc(at: SystemTime) -> String {
    let at = date_time(at);
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&Rfc3339)
        .unwrap_or_else(|_| at.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn formats_are_stable() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(rfc3339_utc(at), "2023-11-14T22:13:20Z");
        assert_eq!(time_of_day(at).len(), 8);
        assert_eq!(time_of_day_secs(unix_secs(at)), time_of_day(at));
    }
}
