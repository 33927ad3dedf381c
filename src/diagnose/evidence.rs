//! Evidence: the facts behind a cause, as values the faces put into words.

use std::net::{IpAddr, SocketAddr};

use crate::clock;
use crate::observation::NetErrorKind;
use crate::observation::reply::BannerKind;

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

/// One fact that supports a cause.
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// A connect to `addr` failed with this error.
    ConnectFailed {
        /// Address dialled.
        addr: SocketAddr,
        /// Error kind.
        kind: NetErrorKind,
        /// Raw OS code.
        code: Option<i32>,
    },
    /// A connect got no answer within the timeout.
    ConnectTimedOut {
        /// Address dialled.
        addr: SocketAddr,
        /// The timeout in milliseconds.
        ms: u64,
    },
    /// Another address of this machine accepts on the same port.
    AlternateAccepts {
        /// The address that accepted.
        addr: SocketAddr,
    },
    /// Ports on the same host that accepted a connection.
    PortsOpen {
        /// Host probed.
        ip: IpAddr,
        /// Ports that accepted.
        ports: Vec<u16>,
    },
    /// Ports on the same host that answered with a refusal: the host is up.
    PortsRefused {
        /// Host probed.
        ip: IpAddr,
        /// Ports that refused.
        ports: Vec<u16>,
    },
    /// Ports on the same host that gave no answer either.
    PortsSilent {
        /// Host probed.
        ip: IpAddr,
        /// Ports that stayed silent.
        ports: Vec<u16>,
    },
    /// What the name resolved to.
    Resolved {
        /// The name.
        name: String,
        /// Every answer.
        addrs: Vec<IpAddr>,
    },
    /// The resolved addresses are not the ones the user expects.
    DnsMismatch {
        /// The name.
        name: String,
        /// DNS answers.
        resolved: Vec<IpAddr>,
        /// What the user expected.
        expected: Vec<IpAddr>,
    },
    /// The DNS server says the name does not exist.
    NoSuchHost {
        /// The name.
        name: String,
        /// Server asked, or `None` for the system resolver.
        server: Option<SocketAddr>,
    },
    /// The DNS server did not answer.
    DnsTimedOut {
        /// Server asked, or `None` for the system resolver.
        server: Option<SocketAddr>,
    },
    /// A resolver error with its own text.
    DnsError {
        /// The resolver's message.
        message: String,
    },
    /// A proxy environment variable applies to this host.
    ProxyVariable {
        /// Variable name.
        var: String,
        /// Its value (password masked).
        value: String,
    },
    /// The name resolved to a fake IP handed out by a TUN-mode proxy.
    FakeIp {
        /// The address.
        ip: IpAddr,
        /// The range it lies in.
        range: &'static str,
    },
    /// A response header shows a CDN or proxy in front.
    CdnHeader {
        /// Header name.
        name: String,
        /// Header value.
        value: String,
    },
    /// The CDN forwards only some ports, and this is not one of them.
    CdnPortNotProxied {
        /// The port dialled.
        port: u16,
        /// The ports the CDN forwards.
        proxied: &'static [u16],
    },
    /// The CDN answered with its own error page: it could not reach the origin.
    CdnOriginError {
        /// The CDN's status code.
        status: u16,
    },
    /// The peer address belongs to a CDN.
    CdnAddress {
        /// The address.
        ip: IpAddr,
        /// The CDN range.
        range: &'static str,
    },
    /// The target is a private address with no local interface on its network.
    PrivateAddress {
        /// The address.
        ip: IpAddr,
        /// Its private range.
        range: &'static str,
        /// This machine's non-loopback addresses.
        interfaces: Vec<IpAddr>,
    },
    /// The ephemeral port range.
    PortRange {
        /// Lowest port.
        low: u16,
        /// Highest port.
        high: u16,
        /// Ports in the range.
        size: usize,
    },
    /// Local sockets already connected to the destination.
    SocketsToDestination {
        /// Destination.
        dest: SocketAddr,
        /// How many.
        count: usize,
    },
    /// Local sockets in TIME_WAIT.
    TimeWaitSockets {
        /// How many.
        count: usize,
    },
    /// The OS cannot tell how many local ports are in use.
    NoPortCensus,
    /// The server's HTTP status line.
    HttpStatus {
        /// E.g. `HTTP/1.1 404 Not Found`.
        status_line: String,
    },
    /// A response header worth showing (`Server`, `Upgrade`, ...).
    HttpHeader {
        /// Header name.
        name: String,
        /// Header value.
        value: String,
    },
    /// The request asked for a WebSocket upgrade.
    UpgradeRequested,
    /// The reply was a banner of another protocol.
    NonHttpReply {
        /// Which protocol it looks like.
        kind: BannerKind,
        /// The first line.
        line: String,
    },
    /// The reply was binary.
    BinaryReply {
        /// Bytes received.
        len: usize,
    },
    /// The reply to a plain request was a TLS record.
    TlsRecordReply,
    /// A TLS handshake on the same port succeeds.
    TlsWorksOnPort {
        /// Address probed.
        addr: SocketAddr,
    },
    /// The reply to a TLS ClientHello was plain text.
    PlainReplyToTls {
        /// The first line of the reply.
        line: String,
    },
    /// A plain-text request to the same port gets a plain reply.
    PlainWorksOnPort {
        /// Address probed.
        addr: SocketAddr,
        /// First line of the reply.
        line: String,
    },
    /// Nothing came back.
    Silence {
        /// How long we waited, in milliseconds.
        ms: u64,
    },
    /// The server reset the connection after our request.
    ResetAfterRequest {
        /// Bytes we had sent.
        bytes_sent: usize,
    },
    /// The server closed the connection without a byte.
    ClosedWithoutReply {
        /// Bytes we had sent.
        bytes_sent: usize,
    },
    /// The server sent a TLS alert.
    TlsAlert {
        /// The alert's name.
        alert: String,
    },
    /// The certificate failed verification.
    CertificateProblem {
        /// What was wrong, in the verifier's words.
        detail: String,
    },
    /// Who the certificate was issued to, and by whom.
    CertificateIssued {
        /// Subject distinguished name.
        subject: String,
        /// Issuer distinguished name.
        issuer: String,
    },
    /// The certificate names itself as its issuer.
    CertificateSelfSigned {
        /// Subject (and issuer) distinguished name.
        subject: String,
    },
    /// Signed by an issuer the trust store does not hold.
    CertificateUntrustedIssuer {
        /// Issuer distinguished name.
        issuer: String,
    },
    /// The names the certificate is valid for, and the one dialled.
    CertificateNames {
        /// subjectAltName entries.
        names: Vec<String>,
        /// The host in the URL.
        host: String,
    },
    /// The certificate has no subjectAltName; clients no longer read the CN.
    CertificateNoNames {
        /// The host in the URL.
        host: String,
    },
    /// The certificate's validity window.
    CertificateValidity {
        /// `notBefore`, Unix seconds.
        not_before: i64,
        /// `notAfter`, Unix seconds.
        not_after: i64,
    },
    /// The certificate had expired this many whole days before the check.
    CertificateExpiredAgo {
        /// Whole days between `notAfter` and the check.
        days: u64,
        /// `notAfter`, Unix seconds.
        not_after: i64,
    },
    /// The check ran before the certificate's `notBefore`.
    CertificateNotYetValid {
        /// `notBefore`, Unix seconds.
        not_before: i64,
        /// When the check ran, Unix seconds.
        checked_at: i64,
    },
    /// The server's hello chose a TLS version netdoctor does not speak.
    TlsServerVersion {
        /// The version, e.g. `TLS 1.0`.
        version: String,
    },
    /// The server answered the offered versions with a `protocol_version` alert.
    TlsVersionAlert,
    /// The upgrade reply failed validation.
    UpgradeRejected {
        /// The WebSocket library's complaint.
        detail: String,
    },
    /// The reply was cut at the capture limit.
    ReplyTruncated {
        /// The cap in bytes.
        limit: usize,
    },
    /// Windows retried the refused connect for about two seconds.
    WindowsRetriedRefused,
    /// Firewall, security group and panel firewall look the same from the client.
    CannotTellApart,
    /// A response header names a reverse proxy (nginx, Caddy, Apache, Traefik, envoy, `Via`).
    ReverseProxyHeader {
        /// Header name.
        name: String,
        /// Header value.
        value: String,
    },
    /// The reply asks for a WebSocket upgrade the request already asked for: it was lost on the way.
    UpgradeLost {
        /// What in the reply says so (a status line, a header or a body excerpt).
        hint: String,
    },
    /// The reply body is Engine.IO's (Socket.IO's transport).
    SocketIoReply {
        /// The body, cut to a readable length.
        body: String,
    },
    /// The request path is where Socket.IO servers listen.
    SocketIoPath {
        /// The path.
        path: String,
    },
    /// A follow-up upgrade with another `Origin` header, and what it got.
    OriginRetry {
        /// The `Origin` sent, or `None` for no header.
        origin: Option<String>,
        /// The status line it got, or empty when no HTTP reply came.
        status: String,
    },
    /// The reply mentions `Sec-WebSocket-Protocol`.
    SubprotocolHint {
        /// The header or body excerpt that does.
        hint: String,
    },
    /// The server picked a subprotocol the client did not offer.
    SubprotocolUnrequested {
        /// The subprotocol it picked.
        protocol: String,
    },
    /// A connection was accepted, then closed or reset before either side sent a byte.
    HangUpOnAccept {
        /// Address connected to.
        addr: SocketAddr,
    },
    /// The same name's address of the other IP family accepts, and the check worked there.
    OtherFamilyWorks {
        /// The address that worked.
        addr: SocketAddr,
        /// `IPv4` or `IPv6`.
        family: String,
    },
    /// Clients try this address first; without a fallback (Happy Eyeballs) they stop there.
    FirstAddressOnly {
        /// The address that failed first.
        addr: SocketAddr,
        /// `IPv4` or `IPv6`.
        family: String,
    },
    /// Which clients fail at the address tried first, and how.
    FirstAddressClients {
        /// The address that failed first.
        addr: SocketAddr,
        /// It refused (rather than stayed silent).
        refused: bool,
    },
    /// An error message from the OS or a library.
    Message {
        /// The text.
        text: String,
    },
}

fn list<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn server_text(server: &Option<SocketAddr>) -> String {
    server.map_or_else(|| "system".to_owned(), |s| s.to_string())
}

impl Evidence {
    /// The Fluent message id and its arguments.
    pub fn fluent(&self) -> (&'static str, Vec<(&'static str, ArgValue)>) {
        use Evidence as E;
        match self {
            E::ConnectFailed { addr, kind, code } => (
                "evidence-connect-failed",
                vec![
                    ("addr", addr.to_string().into()),
                    ("error", kind.as_str().into()),
                    (
                        "code",
                        code.map_or_else(|| "-".to_owned(), |c| c.to_string())
                            .into(),
                    ),
                ],
            ),
            E::ConnectTimedOut { addr, ms } => (
                "evidence-connect-timed-out",
                vec![("addr", addr.to_string().into()), ("ms", (*ms).into())],
            ),
            E::AlternateAccepts { addr } => (
                "evidence-alternate-accepts",
                vec![("addr", addr.to_string().into())],
            ),
            E::PortsOpen { ip, ports } => (
                "evidence-ports-open",
                vec![
                    ("ip", ip.to_string().into()),
                    ("ports", list(ports).into()),
                    ("count", ports.len().into()),
                ],
            ),
            E::PortsRefused { ip, ports } => (
                "evidence-ports-refused",
                vec![
                    ("ip", ip.to_string().into()),
                    ("ports", list(ports).into()),
                    ("count", ports.len().into()),
                ],
            ),
            E::PortsSilent { ip, ports } => (
                "evidence-ports-silent",
                vec![
                    ("ip", ip.to_string().into()),
                    ("ports", list(ports).into()),
                    ("count", ports.len().into()),
                ],
            ),
            E::Resolved { name, addrs } => (
                "evidence-resolved",
                vec![
                    ("name", name.as_str().into()),
                    ("addrs", list(addrs).into()),
                ],
            ),
            E::DnsMismatch {
                name,
                resolved,
                expected,
            } => (
                "evidence-dns-mismatch",
                vec![
                    ("name", name.as_str().into()),
                    ("resolved", list(resolved).into()),
                    ("expected", list(expected).into()),
                ],
            ),
            E::NoSuchHost { name, server } => (
                "evidence-no-such-host",
                vec![
                    ("name", name.as_str().into()),
                    ("server", server_text(server).into()),
                ],
            ),
            E::DnsTimedOut { server } => (
                "evidence-dns-timed-out",
                vec![("server", server_text(server).into())],
            ),
            E::DnsError { message } => (
                "evidence-dns-error",
                vec![("message", message.as_str().into())],
            ),
            E::ProxyVariable { var, value } => (
                "evidence-proxy-variable",
                vec![
                    ("var", var.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            E::FakeIp { ip, range } => (
                "evidence-fake-ip",
                vec![("ip", ip.to_string().into()), ("range", (*range).into())],
            ),
            E::CdnHeader { name, value } => (
                "evidence-cdn-header",
                vec![
                    ("name", name.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            E::CdnPortNotProxied { port, proxied } => (
                "evidence-cdn-port-not-proxied",
                vec![
                    ("port", port.to_string().into()),
                    ("ports", list(proxied).into()),
                ],
            ),
            E::CdnOriginError { status } => (
                "evidence-cdn-origin-error",
                vec![("status", status.to_string().into())],
            ),
            E::CdnAddress { ip, range } => (
                "evidence-cdn-address",
                vec![("ip", ip.to_string().into()), ("range", (*range).into())],
            ),
            E::PrivateAddress {
                ip,
                range,
                interfaces,
            } => (
                "evidence-private-address",
                vec![
                    ("ip", ip.to_string().into()),
                    ("range", (*range).into()),
                    ("interfaces", list(interfaces).into()),
                ],
            ),
            E::PortRange { low, high, size } => (
                "evidence-port-range",
                vec![
                    ("low", low.to_string().into()),
                    ("high", high.to_string().into()),
                    ("count", (*size).into()),
                ],
            ),
            E::SocketsToDestination { dest, count } => (
                "evidence-sockets-to-destination",
                vec![
                    ("dest", dest.to_string().into()),
                    ("count", (*count).into()),
                ],
            ),
            E::TimeWaitSockets { count } => (
                "evidence-time-wait-sockets",
                vec![("count", (*count).into())],
            ),
            E::NoPortCensus => ("evidence-no-port-census", vec![]),
            E::HttpStatus { status_line } => (
                "evidence-http-status",
                vec![("status", status_line.as_str().into())],
            ),
            E::HttpHeader { name, value } => (
                "evidence-http-header",
                vec![
                    ("name", name.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            E::UpgradeRequested => ("evidence-upgrade-requested", vec![]),
            E::NonHttpReply { kind, line } => (
                "evidence-non-http-reply",
                vec![
                    ("kind", kind.as_str().into()),
                    ("line", line.as_str().into()),
                ],
            ),
            E::BinaryReply { len } => ("evidence-binary-reply", vec![("count", (*len).into())]),
            E::TlsRecordReply => ("evidence-tls-record-reply", vec![]),
            E::TlsWorksOnPort { addr } => (
                "evidence-tls-works-on-port",
                vec![("addr", addr.to_string().into())],
            ),
            E::PlainReplyToTls { line } => (
                "evidence-plain-reply-to-tls",
                vec![("line", line.as_str().into())],
            ),
            E::PlainWorksOnPort { addr, line } => (
                "evidence-plain-works-on-port",
                vec![
                    ("addr", addr.to_string().into()),
                    ("line", line.as_str().into()),
                ],
            ),
            E::Silence { ms } => ("evidence-silence", vec![("ms", (*ms).into())]),
            E::ResetAfterRequest { bytes_sent } => (
                "evidence-reset-after-request",
                vec![("count", (*bytes_sent).into())],
            ),
            E::ClosedWithoutReply { bytes_sent } => (
                "evidence-closed-without-reply",
                vec![("count", (*bytes_sent).into())],
            ),
            E::TlsAlert { alert } => ("evidence-tls-alert", vec![("alert", alert.as_str().into())]),
            E::CertificateProblem { detail } => (
                "evidence-certificate-problem",
                vec![("detail", detail.as_str().into())],
            ),
            E::CertificateIssued { subject, issuer } => (
                "evidence-certificate-issued",
                vec![
                    ("subject", subject.as_str().into()),
                    ("issuer", issuer.as_str().into()),
                ],
            ),
            E::CertificateSelfSigned { subject } => (
                "evidence-certificate-self-signed",
                vec![("subject", subject.as_str().into())],
            ),
            E::CertificateUntrustedIssuer { issuer } => (
                "evidence-certificate-untrusted-issuer",
                vec![("issuer", issuer.as_str().into())],
            ),
            E::CertificateNames { names, host } => (
                "evidence-certificate-names",
                vec![
                    ("names", list(names).into()),
                    ("count", names.len().into()),
                    ("host", host.as_str().into()),
                ],
            ),
            E::CertificateNoNames { host } => (
                "evidence-certificate-no-names",
                vec![("host", host.as_str().into())],
            ),
            E::CertificateValidity {
                not_before,
                not_after,
            } => (
                "evidence-certificate-validity",
                vec![
                    ("from", clock::utc_date_time_secs(*not_before).into()),
                    ("until", clock::utc_date_time_secs(*not_after).into()),
                ],
            ),
            E::CertificateExpiredAgo { days, not_after } => (
                "evidence-certificate-expired-ago",
                vec![
                    ("count", (*days).into()),
                    ("until", clock::utc_date_time_secs(*not_after).into()),
                ],
            ),
            E::CertificateNotYetValid {
                not_before,
                checked_at,
            } => (
                "evidence-certificate-not-yet-valid",
                vec![
                    ("from", clock::utc_date_time_secs(*not_before).into()),
                    ("now", clock::utc_date_time_secs(*checked_at).into()),
                ],
            ),
            E::TlsServerVersion { version } => (
                "evidence-tls-server-version",
                vec![("version", version.as_str().into())],
            ),
            E::TlsVersionAlert => ("evidence-tls-version-alert", vec![]),
            E::UpgradeRejected { detail } => (
                "evidence-upgrade-rejected",
                vec![("detail", detail.as_str().into())],
            ),
            E::ReplyTruncated { limit } => {
                ("evidence-reply-truncated", vec![("count", (*limit).into())])
            }
            E::WindowsRetriedRefused => ("evidence-windows-retried-refused", vec![]),
            E::CannotTellApart => ("evidence-cannot-tell-apart", vec![]),
            E::ReverseProxyHeader { name, value } => (
                "evidence-reverse-proxy-header",
                vec![
                    ("name", name.as_str().into()),
                    ("value", value.as_str().into()),
                ],
            ),
            E::UpgradeLost { hint } => (
                "evidence-upgrade-lost",
                vec![("hint", hint.as_str().into())],
            ),
            E::SocketIoReply { body } => (
                "evidence-socketio-reply",
                vec![("body", body.as_str().into())],
            ),
            E::SocketIoPath { path } => (
                "evidence-socketio-path",
                vec![("path", path.as_str().into())],
            ),
            E::OriginRetry { origin, status } => (
                "evidence-origin-retry",
                vec![
                    ("origin", origin.as_deref().unwrap_or("none").into()),
                    (
                        "status",
                        if status.is_empty() {
                            "none".into()
                        } else {
                            status.as_str().into()
                        },
                    ),
                ],
            ),
            E::SubprotocolHint { hint } => (
                "evidence-subprotocol-hint",
                vec![("hint", hint.as_str().into())],
            ),
            E::SubprotocolUnrequested { protocol } => (
                "evidence-subprotocol-unrequested",
                vec![("protocol", protocol.as_str().into())],
            ),
            E::HangUpOnAccept { addr } => (
                "evidence-hang-up-on-accept",
                vec![("addr", addr.to_string().into())],
            ),
            E::OtherFamilyWorks { addr, family } => (
                "evidence-other-family-works",
                vec![
                    ("addr", addr.to_string().into()),
                    ("family", family.as_str().into()),
                ],
            ),
            E::FirstAddressClients { addr, refused } => (
                if *refused {
                    "evidence-first-address-refused-clients"
                } else {
                    "evidence-first-address-silent-clients"
                },
                vec![
                    ("addr", addr.to_string().into()),
                    ("ip", addr.ip().to_string().into()),
                ],
            ),
            E::FirstAddressOnly { addr, family } => (
                "evidence-first-address-only",
                vec![
                    ("addr", addr.to_string().into()),
                    ("family", family.as_str().into()),
                ],
            ),
            E::Message { text } => ("evidence-message", vec![("text", text.as_str().into())]),
        }
    }
}
