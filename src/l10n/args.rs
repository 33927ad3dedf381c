//! The values a message's placeables take.

/// A value inserted into an evidence message.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    /// Text inserted as is (addresses, lines, names).
    Text(String),
    /// A number, formatted and pluralized by the locale.
    Number(f64),
}

impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Text(s)
    }
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Text(s.to_owned())
    }
}

impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        // Counts here are ports and sockets: far below f64's exact-integer range.
        ArgValue::Number(n as f64)
    }
}

impl From<u64> for ArgValue {
    fn from(n: u64) -> Self {
        ArgValue::Number(n as f64)
    }
}

impl From<u16> for ArgValue {
    fn from(n: u16) -> Self {
        ArgValue::Number(f64::from(n))
    }
}
