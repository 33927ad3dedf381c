//! Evidence in words: the Fluent message and arguments of each evidence value.
//!
//! The diagnosis records facts as values (addresses, counts, Unix times); this is
//! where they become message ids and formatted arguments, dates included.

use std::net::SocketAddr;

use crate::clock;
use crate::diagnose::Evidence;
use crate::l10n::{ArgValue, Localizer};

/// The Fluent message id and arguments of one evidence value.
pub fn evidence_message(evidence: &Evidence) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    use Evidence as E;
    match evidence {
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
        E::CertificateSelfSignedCa => ("evidence-certificate-self-signed-ca", vec![]),
        E::CertificateDevCa { issuer, tool } => (
            "evidence-certificate-dev-ca",
            vec![
                ("issuer", issuer.as_str().into()),
                ("tool", tool.as_str().into()),
            ],
        ),
        E::CertificateInspection { issuer, product } => (
            "evidence-certificate-inspection",
            vec![
                ("issuer", issuer.as_str().into()),
                ("product", product.as_str().into()),
            ],
        ),
        E::CertificateIssuerNotSent { issuer, url } => (
            "evidence-certificate-issuer-not-sent",
            vec![
                ("issuer", issuer.as_str().into()),
                ("url", url.as_str().into()),
            ],
        ),
        E::TrustedByOsOnly { issuer } => (
            "evidence-trusted-by-os-only",
            vec![("issuer", issuer.as_str().into())],
        ),
        E::ClientCertificateRequested { names } => (
            "evidence-client-certificate-requested",
            vec![("names", list(names).into()), ("count", names.len().into())],
        ),
        E::CertificateExpiresSoon { days, not_after } => (
            "evidence-certificate-expires-soon",
            vec![
                ("count", (*days).into()),
                ("until", clock::utc_date_time_secs(*not_after).into()),
            ],
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
        E::ReplyStalled { len, closed } => (
            if *closed {
                "evidence-reply-stalled-closed"
            } else {
                "evidence-reply-stalled"
            },
            vec![("count", (*len).into())],
        ),
        E::SocketIoAnswersAt { path } => (
            "evidence-socketio-answers-at",
            vec![
                ("path", path.as_str().into()),
                ("mount", socketio_mount(path).into()),
                ("at", socketio_at(path).into()),
            ],
        ),
        E::ProxyHeader { name, value } => (
            "evidence-proxy-header",
            vec![
                ("name", name.as_str().into()),
                ("value", value.as_str().into()),
            ],
        ),
        E::ProxyErrorPage { proxy } => (
            "evidence-proxy-error-page",
            vec![("proxy", proxy.as_str().into())],
        ),
        E::Redirect { status, location } => (
            "evidence-redirect",
            vec![
                ("status", status.to_string().into()),
                ("location", location.as_str().into()),
            ],
        ),
        E::Http2Settings => ("evidence-http2-settings", vec![]),
        E::Http2GoAway { text } => (
            "evidence-http2-goaway",
            vec![("text", text.as_str().into())],
        ),
        E::GrpcFrames { sign } => ("evidence-grpc-frames", vec![("sign", sign.as_str().into())]),
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
        E::NothingListens { port } => (
            "evidence-nothing-listens",
            vec![("port", port.to_string().into())],
        ),
        E::ListensOn { addr, owner, only } => (
            if *only {
                "evidence-listens-only-on"
            } else {
                "evidence-listens-nearby"
            },
            vec![
                ("addr", addr.to_string().into()),
                ("owner", owner.clone().unwrap_or_default().into()),
                (
                    "who",
                    if owner.is_some() { "known" } else { "unknown" }.into(),
                ),
            ],
        ),
        E::ContainerProxyListens { addr, owner } => (
            "evidence-container-proxy-listens",
            vec![
                ("addr", addr.to_string().into()),
                ("owner", owner.as_str().into()),
            ],
        ),
        E::NetdoctorResponder { sign } => (
            "evidence-netdoctor-responder",
            vec![("sign", sign.as_str().into())],
        ),
        E::Message { text } => ("evidence-message", vec![("text", text.as_str().into())]),
    }
}

/// Localizes one evidence value.
pub fn evidence_text(l10n: &Localizer, evidence: &Evidence) -> String {
    let (id, args) = evidence_message(evidence);
    l10n.tr_args(id, &args)
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

/// The Socket.IO client's `path` option for a server that answered at `path`:
/// everything before `?`, without the trailing slash (`/app/socket.io`).
pub fn socketio_mount(path: &str) -> &str {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.strip_suffix('/').unwrap_or(path)
}

/// `root` when a Socket.IO client finds the server by its default path, `prefix`
/// when it must be told the mount.
pub fn socketio_at(path: &str) -> &'static str {
    if socketio_mount(path) == "/socket.io" {
        "root"
    } else {
        "prefix"
    }
}

#[cfg(test)]
mod tests {
    use super::{socketio_at, socketio_mount};

    #[test]
    fn a_socketio_mount_under_a_prefix_is_told_apart_from_the_default() {
        let root = "/socket.io/?EIO=4&transport=polling";
        assert_eq!(
            (socketio_mount(root), socketio_at(root)),
            ("/socket.io", "root")
        );
        let app = "/app/socket.io/?EIO=3&transport=polling";
        assert_eq!(
            (socketio_mount(app), socketio_at(app)),
            ("/app/socket.io", "prefix")
        );
    }
}
