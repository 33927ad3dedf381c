//! Numbers as the panels print them.

/// Milliseconds with one decimal under 100 ms, whole above.
pub fn format_ms(ms: f64) -> String {
    if ms < 100.0 {
        format!("{ms:.1}")
    } else {
        format!("{ms:.0}")
    }
}
