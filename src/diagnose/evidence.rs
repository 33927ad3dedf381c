//! Evidence: the facts behind a cause, as values; the report layer puts them into words.

use std::net::{IpAddr, SocketAddr};

use crate::observation::NetErrorKind;
use crate::observation::reply::BannerKind;

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
    /// The self-signed certificate says it is a CA (CA:TRUE), as `openssl req -x509` makes it.
    CertificateSelfSignedCa,
    /// Signed by a developer tool's local CA that only the machine that made it trusts.
    CertificateDevCa {
        /// Issuer distinguished name.
        issuer: String,
        /// The tool, e.g. `mkcert`.
        tool: String,
    },
    /// The issuer is a TLS-inspection product: a proxy on the way re-signs traffic.
    CertificateInspection {
        /// Issuer distinguished name.
        issuer: String,
        /// The product, e.g. `Zscaler`.
        product: String,
    },
    /// The leaf's issuer was not sent, though the leaf says where to download it.
    CertificateIssuerNotSent {
        /// The missing issuer's distinguished name.
        issuer: String,
        /// The leaf's AIA caIssuers URL.
        url: String,
    },
    /// The OS store trusts the chain, the Mozilla bundle does not.
    TrustedByOsOnly {
        /// Issuer distinguished name at the top of the chain.
        issuer: String,
    },
    /// The server asked for a client certificate and named the CAs it accepts.
    ClientCertificateRequested {
        /// Acceptable CA distinguished names; empty when it named none.
        names: Vec<String>,
    },
    /// The certificate works but ends soon.
    CertificateExpiresSoon {
        /// Whole days left.
        days: u64,
        /// `notAfter`, Unix seconds.
        not_after: i64,
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
    /// The same origin answered Engine.IO's polling handshake at this path.
    SocketIoAnswersAt {
        /// The path that answered, e.g. `/socket.io/?EIO=4&transport=polling`.
        path: String,
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
    /// The reply began like HTTP and stopped before its head ended.
    ReplyStalled {
        /// Bytes received before it stopped.
        len: usize,
        /// The connection was closed (rather than left open and silent).
        closed: bool,
    },
    /// A header showing a reverse proxy or load balancer wrote the reply.
    ProxyHeader {
        /// `Server` or `Via`.
        name: String,
        /// Its value.
        value: String,
    },
    /// The body is a proxy's built-in error page.
    ProxyErrorPage {
        /// The proxy it names, e.g. `nginx`.
        proxy: String,
    },
    /// A redirect and its `Location` (empty when absent).
    Redirect {
        /// 301, 302, 303, 307 or 308.
        status: u16,
        /// Where it points.
        location: String,
    },
    /// The reply begins with an HTTP/2 SETTINGS frame.
    Http2Settings,
    /// The server's HTTP/2 GOAWAY, with its debug text.
    Http2GoAway {
        /// The debug text, printable, capped.
        text: String,
    },
    /// A sign in the HTTP/2 frames that the server is gRPC.
    GrpcFrames {
        /// What showed it.
        sign: String,
    },
    /// Which clients fail at the address tried first, and how.
    FirstAddressClients {
        /// The address that failed first.
        addr: SocketAddr,
        /// It refused (rather than stayed silent).
        refused: bool,
    },
    /// Nothing listens on the target's port on this machine.
    NothingListens {
        /// The target's port.
        port: u16,
    },
    /// A socket of this machine listens on this address and no other of its kind:
    /// the target's port on another address, or a nearby port.
    ListensOn {
        /// The address and port bound.
        addr: SocketAddr,
        /// `node (pid 4242)`, where the OS says.
        owner: Option<String>,
        /// It is the target's port, bound to this address only (not a nearby port).
        only: bool,
    },
    /// A container runtime's port forwarder holds the target's port.
    ContainerProxyListens {
        /// The address and port it holds.
        addr: SocketAddr,
        /// `docker-proxy (pid 99)`.
        owner: String,
    },
    /// The peer named itself as `netdoctor server --respond`.
    NetdoctorResponder {
        /// Where it said so: `Server: netdoctor-responder/0.1.0` or its greeting line.
        sign: String,
    },
    /// An error message from the OS or a library.
    Message {
        /// The text.
        text: String,
    },
}
