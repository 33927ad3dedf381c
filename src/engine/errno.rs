//! Maps each platform's socket error codes to [`NetErrorKind`].

use std::io;

use crate::observation::{HandshakeEnd, NetError, NetErrorKind};

// Every platform's table is compiled everywhere, so the tests check the Windows and
// macOS numbers on a Linux machine too; only `CODES` picks this platform's.
/// Linux (`asm-generic/errno.h`): (refused, timed out, addr not available, net
/// unreachable, host unreachable, reset, aborted).
#[cfg_attr(not(test), allow(dead_code))]
const LINUX_CODES: [i32; 7] = [111, 110, 99, 101, 113, 104, 103];
/// macOS and the BSDs (`sys/errno.h`), in the same order.
#[cfg_attr(not(test), allow(dead_code))]
const BSD_CODES: [i32; 7] = [61, 60, 49, 51, 65, 54, 53];
/// Windows Sockets (`WSAE*` in `winerror.h`), in the same order.
#[cfg_attr(not(test), allow(dead_code))]
const WINDOWS_CODES: [i32; 7] = [10061, 10060, 10049, 10051, 10065, 10054, 10053];

/// Raw codes on this platform, position by position with `KINDS`.
#[cfg(target_os = "linux")]
const CODES: [i32; 7] = LINUX_CODES;
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
))]
const CODES: [i32; 7] = BSD_CODES;
#[cfg(windows)]
const CODES: [i32; 7] = WINDOWS_CODES;
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
    kind_in(&CODES, code)
}

/// Kind of `code` in one platform's table.
fn kind_in(codes: &[i32; 7], code: i32) -> NetErrorKind {
    codes
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

    // What the platforms' headers say, name by name, in `KINDS` order; written out
    // apart from the tables so that two swapped entries in a table fail here.
    const LINUX_HEADER: [(&str, i32); 7] = [
        ("ECONNREFUSED", 111),
        ("ETIMEDOUT", 110),
        ("EADDRNOTAVAIL", 99),
        ("ENETUNREACH", 101),
        ("EHOSTUNREACH", 113),
        ("ECONNRESET", 104),
        ("ECONNABORTED", 103),
    ];
    const BSD_HEADER: [(&str, i32); 7] = [
        ("ECONNREFUSED", 61),
        ("ETIMEDOUT", 60),
        ("EADDRNOTAVAIL", 49),
        ("ENETUNREACH", 51),
        ("EHOSTUNREACH", 65),
        ("ECONNRESET", 54),
        ("ECONNABORTED", 53),
    ];
    const WINDOWS_HEADER: [(&str, i32); 7] = [
        ("WSAECONNREFUSED", 10061),
        ("WSAETIMEDOUT", 10060),
        ("WSAEADDRNOTAVAIL", 10049),
        ("WSAENETUNREACH", 10051),
        ("WSAEHOSTUNREACH", 10065),
        ("WSAECONNRESET", 10054),
        ("WSAECONNABORTED", 10053),
    ];

    #[test]
    fn every_platforms_table_matches_its_headers() {
        for (system, table, header) in [
            ("Linux", LINUX_CODES, LINUX_HEADER),
            ("macOS/BSD", BSD_CODES, BSD_HEADER),
            ("Windows", WINDOWS_CODES, WINDOWS_HEADER),
        ] {
            for ((name, code), kind) in header.into_iter().zip(KINDS) {
                assert_eq!(kind_in(&table, code), kind, "{system} {name} = {code}");
            }
        }
    }

    #[test]
    fn another_platforms_code_is_not_taken_for_this_ones() {
        // 10061 is WSAECONNREFUSED on Windows and nothing on Linux or macOS; 61 is
        // macOS's ECONNREFUSED and ENODATA on Linux.
        assert_eq!(kind_in(&LINUX_CODES, 10061), NetErrorKind::Other);
        assert_eq!(kind_in(&BSD_CODES, 10061), NetErrorKind::Other);
        assert_eq!(kind_in(&LINUX_CODES, 61), NetErrorKind::Other);
        assert_eq!(kind_in(&WINDOWS_CODES, 61), NetErrorKind::Other);
        assert_eq!(kind_in(&WINDOWS_CODES, 111), NetErrorKind::Other);
        for table in [LINUX_CODES, BSD_CODES, WINDOWS_CODES] {
            let mut sorted = table.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), table.len(), "a code twice in {table:?}");
        }
    }

    // Linux here; the BSD numbers on the macOS CI runner (on Linux they are checked
    // against their header above only).
    #[cfg(any(target_os = "linux", target_os = "macos"))]
    #[test]
    fn this_platforms_table_is_the_c_librarys() {
        let libc = [
            libc::ECONNREFUSED,
            libc::ETIMEDOUT,
            libc::EADDRNOTAVAIL,
            libc::ENETUNREACH,
            libc::EHOSTUNREACH,
            libc::ECONNRESET,
            libc::ECONNABORTED,
        ];
        assert_eq!(CODES, libc);
    }
}
