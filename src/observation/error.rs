//! Socket errors as recorded, in kinds that are the same on every platform.

/// The kind of a socket error, the same on every platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetErrorKind {
    /// ECONNREFUSED / WSAECONNREFUSED.
    Refused,
    /// The phase's timeout passed, or ETIMEDOUT.
    TimedOut,
    /// EADDRNOTAVAIL / WSAEADDRNOTAVAIL: no local address or port to use.
    AddrNotAvailable,
    /// ENETUNREACH: no route to the network.
    NetUnreachable,
    /// EHOSTUNREACH: no route to the host.
    HostUnreachable,
    /// ECONNRESET: the peer sent RST.
    Reset,
    /// ECONNABORTED or a broken pipe.
    Aborted,
    /// The peer closed the connection cleanly.
    Closed,
    /// Anything else; the OS code is kept.
    Other,
}

impl NetErrorKind {
    /// Every kind, for exhaustive tables.
    pub const ALL: [NetErrorKind; 9] = [
        NetErrorKind::Refused,
        NetErrorKind::TimedOut,
        NetErrorKind::AddrNotAvailable,
        NetErrorKind::NetUnreachable,
        NetErrorKind::HostUnreachable,
        NetErrorKind::Reset,
        NetErrorKind::Aborted,
        NetErrorKind::Closed,
        NetErrorKind::Other,
    ];

    /// A stable kebab-case name, used as a Fluent selector.
    pub fn as_str(self) -> &'static str {
        match self {
            NetErrorKind::Refused => "refused",
            NetErrorKind::TimedOut => "timed-out",
            NetErrorKind::AddrNotAvailable => "addr-not-available",
            NetErrorKind::NetUnreachable => "net-unreachable",
            NetErrorKind::HostUnreachable => "host-unreachable",
            NetErrorKind::Reset => "reset",
            NetErrorKind::Aborted => "aborted",
            NetErrorKind::Closed => "closed",
            NetErrorKind::Other => "other",
        }
    }
}

/// A socket error as recorded: its kind, the raw OS code and the OS's own text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetError {
    /// Platform-independent kind.
    pub kind: NetErrorKind,
    /// The raw errno / WSA code, when the OS gave one.
    pub os_code: Option<i32>,
    /// The OS's message, for the curious and for `Other` errors.
    pub message: String,
}

impl NetError {
    /// Builds an error of a kind that did not come from the OS (a timeout we imposed).
    pub fn new(kind: NetErrorKind) -> NetError {
        NetError {
            kind,
            os_code: None,
            message: String::new(),
        }
    }
}

/// Whether a refused connect on this platform was retried by the OS before failing.
///
/// Windows retries a connect answered with RST for about two seconds.
pub const OS_RETRIES_REFUSED: bool = cfg!(windows);
