//! Maps each platform's socket error codes to [`NetErrorKind`].

use std::io;

use crate::observation::{HandshakeEnd, NetError, NetErrorKind};

/// Raw codes per platform: (refused, timed out, addr not available, net unreachable,
/// host unreachable, reset, aborted).
#[cfg(target_os = "linux")]
const CODES: [i32; 7] = [111, 110, 99, 101, 113, 104, 103];
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
))]
const CODES: [i32; 7] = [61, 60, 49, 51, 65, 54, 53];
#[cfg(windows)]
const CODES: [i32; 7] = [10061, 10060, 10049, 10051, 10065, 10054, 10053];
#[cfg(not(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    windows
)))]
const CODES: [i32; 7] = [-1; 7];

/// The kinds `CODES` maps to, position by position.
const KINDS: [NetErrorKind; 7] = [
    NetErrorKind::Refused,
    NetErrorKind::TimedOut,
    NetErrorKind::AddrNotAvailable,
    NetErrorKind::NetUnreachable,
    NetErrorKind::HostUnreachable,
    NetErrorKind::Reset,
    NetErrorKind::Aborted,
];

/// Kind of a raw OS error code on this platform.
pub fn kind_of_code(code: i32) -> NetErrorKind {
    CODES
        .iter()
        .position(|&c| c == code)
        .map_or(NetErrorKind::Other, |i| KINDS[i])
}

/// Classifies an I/O error from a socket operation.
pub fn classify(err: &io::Error) -> NetError {
    let kind = match err.raw_os_error() {
        Some(code) => kind_of_code(code),
        None => match err.kind() {
            io::ErrorKind::ConnectionRefused => NetErrorKind::Refused,
            io::ErrorKind::TimedOut => NetErrorKind::TimedOut,
            io::ErrorKind::AddrNotAvailable => NetErrorKind::AddrNotAvailable,
            io::ErrorKind::NetworkUnreachable => NetErrorKind::NetUnreachable,
            io::ErrorKind::HostUnreachable => NetErrorKind::HostUnreachable,
            io::ErrorKind::ConnectionReset => NetErrorKind::Reset,
            io::ErrorKind::ConnectionAborted | io::ErrorKind::BrokenPipe => NetErrorKind::Aborted,
            io::ErrorKind::UnexpectedEof => NetErrorKind::Closed,
            _ => NetErrorKind::Other,
        },
    };
    // EPIPE after a peer's RST is a reset in all but name.
    let kind = match (kind, err.kind()) {
        (NetErrorKind::Other, io::ErrorKind::BrokenPipe) => NetErrorKind::Aborted,
        (k, _) => k,
    };
    NetError {
        kind,
        os_code: err.raw_os_error(),
        message: err.to_string(),
    }
}

/// How an I/O error ends a protocol step.
pub fn end_of_io(err: &io::Error) -> HandshakeEnd {
    let net = classify(err);
    match net.kind {
        NetErrorKind::Reset | NetErrorKind::Aborted => HandshakeEnd::Reset,
        NetErrorKind::Closed => HandshakeEnd::Closed,
        NetErrorKind::TimedOut => HandshakeEnd::TimedOut,
        _ => HandshakeEnd::Failed(net),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_this_platforms_codes() {
        for (code, kind) in CODES.iter().zip(KINDS) {
            assert_eq!(kind_of_code(*code), kind);
            let err = io::Error::from_raw_os_error(*code);
            assert_eq!(classify(&err).kind, kind);
            assert_eq!(classify(&err).os_code, Some(*code));
        }
        assert_eq!(kind_of_code(123_456), NetErrorKind::Other);
    }

    #[test]
    fn maps_error_kinds_without_codes() {
        let err = io::Error::new(io::ErrorKind::UnexpectedEof, "eof");
        assert_eq!(classify(&err).kind, NetErrorKind::Closed);
        let err = io::Error::new(io::ErrorKind::ConnectionReset, "rst");
        assert_eq!(classify(&err).kind, NetErrorKind::Reset);
    }
}
