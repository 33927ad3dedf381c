//! The cause catalogue: every verdict and cause netdoctor can name, with stable ids.

use std::fmt;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The one-word outcome of checking an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The client's protocol worked end to end.
    Ok,
    /// The peer answered the connect with RST.
    Refused,
    /// Nothing answered the connect (or a phase) in time.
    Timeout,
    /// The local stack could not pick a source address or port.
    AddrNotAvailable,
    /// Connected, but the peer speaks another protocol.
    ProtocolMismatch,
    /// No route to the network or host.
    Unreachable,
    /// The name did not resolve.
    DnsFailure,
    /// The peer reset an established connection.
    Reset,
    /// TLS failed for a reason other than a protocol mismatch.
    TlsError,
    /// Anything netdoctor could not classify.
    Error,
}

impl Verdict {
    /// Every verdict, in contract order.
    pub const ALL: [Verdict; 10] = [
        Verdict::Ok,
        Verdict::Refused,
        Verdict::Timeout,
        Verdict::AddrNotAvailable,
        Verdict::ProtocolMismatch,
        Verdict::Unreachable,
        Verdict::DnsFailure,
        Verdict::Reset,
        Verdict::TlsError,
        Verdict::Error,
    ];

    /// The contract's id, e.g. `protocol-mismatch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Refused => "refused",
            Verdict::Timeout => "timeout",
            Verdict::AddrNotAvailable => "addr-not-available",
            Verdict::ProtocolMismatch => "protocol-mismatch",
            Verdict::Unreachable => "unreachable",
            Verdict::DnsFailure => "dns-failure",
            Verdict::Reset => "reset",
            Verdict::TlsError => "tls-error",
            Verdict::Error => "error",
        }
    }

    /// Parses a contract id back into a verdict.
    pub fn from_id(id: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == id)
    }

    /// How bad the outcome is: one answer for the colour and icon of every face.
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Ok => Severity::Ok,
            Verdict::ProtocolMismatch | Verdict::TlsError | Verdict::Error => Severity::Degraded,
            Verdict::Refused
            | Verdict::Timeout
            | Verdict::AddrNotAvailable
            | Verdict::Unreachable
            | Verdict::DnsFailure
            | Verdict::Reset => Severity::Failed,
        }
    }

    /// Fluent id of the short label (`verdict-refused`).
    pub fn label_id(self) -> String {
        format!("verdict-{}", self.as_str())
    }

    /// Fluent id of the one-sentence summary (`summary-refused`).
    pub fn summary_id(self) -> String {
        format!("summary-{}", self.as_str())
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bad a verdict is, worst last; the faces pick colour and icon from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The check passed.
    Ok,
    /// Connected, but something is off: another protocol, TLS, an HTTP error.
    Degraded,
    /// No working connection at all.
    Failed,
}

macro_rules! causes {
    ($($variant:ident => $verdict:ident, $id:literal;)+) => {
        /// A documented cause of a failed connection, with a stable `VERDICT.CAUSE` id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum CauseId {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )+
        }

        impl CauseId {
            /// Every cause netdoctor knows, in catalogue order.
            pub const ALL: &'static [CauseId] = &[$(CauseId::$variant,)+];

            /// The stable id, e.g. `refused.wrong-port`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(CauseId::$variant => $id,)+
                }
            }

            /// The verdict group this cause belongs to.
            pub fn verdict(self) -> Verdict {
                match self {
                    $(CauseId::$variant => Verdict::$verdict,)+
                }
            }
        }
    };
}

causes! {
    RefusedWrongPort => Refused, "refused.wrong-port";
    RefusedWrongHost => Refused, "refused.wrong-host";
    RefusedDnsWrongIp => Refused, "refused.dns-wrong-ip";
    RefusedCdnProxy => Refused, "refused.cdn-proxy";
    RefusedServerNotRunning => Refused, "refused.server-not-running";
    RefusedProxySoftware => Refused, "refused.proxy-software";
    RefusedLoopbackOnlyBind => Refused, "refused.loopback-only-bind";
    TimeoutFirewall => Timeout, "timeout.firewall";
    TimeoutCloudSecurityGroup => Timeout, "timeout.cloud-security-group";
    TimeoutPanelFirewall => Timeout, "timeout.panel-firewall";
    TimeoutServerNotRunning => Timeout, "timeout.server-not-running";
    TimeoutDnsWrongIp => Timeout, "timeout.dns-wrong-ip";
    TimeoutPrivateIpUnreachable => Timeout, "timeout.private-ip-unreachable";
    AddrNotAvailableEphemeralPortsExhausted => AddrNotAvailable, "addr-not-available.ephemeral-ports-exhausted";
    AddrNotAvailableTimeWait => AddrNotAvailable, "addr-not-available.time-wait";
    ProtocolMismatchWsToHttp => ProtocolMismatch, "protocol-mismatch.ws-to-http";
    ProtocolMismatchInvalidHttpResponse => ProtocolMismatch, "protocol-mismatch.invalid-http-response";
    ProtocolMismatchPlainToTls => ProtocolMismatch, "protocol-mismatch.plain-to-tls";
    ProtocolMismatchTlsToPlain => ProtocolMismatch, "protocol-mismatch.tls-to-plain";
    ProtocolMismatchSilentServer => ProtocolMismatch, "protocol-mismatch.silent-server";
    UnreachableNoRoute => Unreachable, "unreachable.no-route";
    UnreachableFirewallReject => Unreachable, "unreachable.firewall-reject";
    DnsFailureNoSuchHost => DnsFailure, "dns-failure.no-such-host";
    DnsFailureServerUnreachable => DnsFailure, "dns-failure.server-unreachable";
    ResetDuringHandshake => Reset, "reset.during-handshake";
    ResetOnConnect => Reset, "reset.on-connect";
    ResetClosedWithoutReply => Reset, "reset.closed-without-reply";
    TlsErrorCertificateExpired => TlsError, "tls-error.certificate-expired";
    TlsErrorCertificateNotYetValid => TlsError, "tls-error.certificate-not-yet-valid";
    TlsErrorCertificateNameMismatch => TlsError, "tls-error.certificate-name-mismatch";
    TlsErrorSelfSigned => TlsError, "tls-error.self-signed";
    TlsErrorUntrustedIssuer => TlsError, "tls-error.untrusted-issuer";
    TlsErrorIncompleteChain => TlsError, "tls-error.incomplete-chain";
    TlsErrorClientCertificateRequired => TlsError, "tls-error.client-certificate-required";
    TlsErrorProtocolVersion => TlsError, "tls-error.protocol-version";
    TlsErrorHandshakeFailed => TlsError, "tls-error.handshake-failed";
    ProtocolMismatchBadUpgrade => ProtocolMismatch, "protocol-mismatch.bad-upgrade";
    ProtocolMismatchProxyDroppedUpgrade => ProtocolMismatch, "protocol-mismatch.proxy-dropped-upgrade";
    ProtocolMismatchSocketioEndpoint => ProtocolMismatch, "protocol-mismatch.socketio-endpoint";
    ProtocolMismatchOriginRejected => ProtocolMismatch, "protocol-mismatch.origin-rejected";
    ProtocolMismatchSubprotocol => ProtocolMismatch, "protocol-mismatch.subprotocol";
    ResetLoopbackOnlyBindInContainer => Reset, "reset.loopback-only-bind-in-container";
    RefusedOtherFamilyWorks => Refused, "refused.other-family-works";
    TimeoutOtherFamilyWorks => Timeout, "timeout.other-family-works";
    RefusedCdnPortNotProxied => Refused, "refused.cdn-port-not-proxied";
    ErrorCdnOriginUnreachable => Error, "error.cdn-origin-unreachable";
    ErrorHttpStatus => Error, "error.http-status";
    ErrorProxyUpstreamDown => Error, "error.proxy-upstream-down";
    ProtocolMismatchRedirect => ProtocolMismatch, "protocol-mismatch.redirect";
    ProtocolMismatchHttp2Only => ProtocolMismatch, "protocol-mismatch.http2-only";
    ErrorUnexpected => Error, "error.unexpected";
}

/// Something to warn about on an endpoint that works for some clients, or not for long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WarningId {
    /// `warn.first-address-fails`
    FirstAddressFails,
    /// `warn.certificate-expires-soon`
    CertificateExpiresSoon,
    /// `warn.trusted-by-os-only`
    TrustedByOsOnly,
    /// `warn.netdoctor-responder`
    NetdoctorResponder,
}

impl WarningId {
    /// Every warning netdoctor knows.
    pub const ALL: &'static [WarningId] = &[
        WarningId::FirstAddressFails,
        WarningId::CertificateExpiresSoon,
        WarningId::TrustedByOsOnly,
        WarningId::NetdoctorResponder,
    ];

    /// The stable id, e.g. `warn.first-address-fails`.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningId::FirstAddressFails => "warn.first-address-fails",
            WarningId::CertificateExpiresSoon => "warn.certificate-expires-soon",
            WarningId::TrustedByOsOnly => "warn.trusted-by-os-only",
            WarningId::NetdoctorResponder => "warn.netdoctor-responder",
        }
    }

    /// Fluent id of the warning: the message is the title, `.detail` and `.fix` its attributes.
    pub fn fluent_id(self) -> String {
        self.as_str().replace('.', "-")
    }

    /// Looks a warning up by its stable id.
    pub fn from_id(id: &str) -> Option<WarningId> {
        WarningId::ALL.iter().copied().find(|w| w.as_str() == id)
    }
}

impl fmt::Display for WarningId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl CauseId {
    /// Fluent id of the cause: the message is the title, `.detail` and `.fix` its attributes.
    pub fn fluent_id(self) -> String {
        format!("cause-{}", self.as_str().replace('.', "-"))
    }

    /// Looks a cause up by its stable id.
    pub fn from_id(id: &str) -> Option<CauseId> {
        CauseId::ALL.iter().copied().find(|c| c.as_str() == id)
    }
}

impl fmt::Display for CauseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An id with a stable contract spelling: causes and warnings in the report model.
pub trait ContractId: Copy {
    /// The contract id, e.g. `refused.wrong-port`.
    fn contract_id(self) -> &'static str;
}

/// Serializes as the contract id and compares with one, for ids in the report model.
macro_rules! contract_id {
    ($ty:ident, $what:literal) => {
        impl ContractId for $ty {
            fn contract_id(self) -> &'static str {
                self.as_str()
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $ty::from_id(&id).ok_or_else(|| {
                    D::Error::custom(format!(concat!("unknown ", $what, " `{}`"), id))
                })
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

contract_id!(Verdict, "verdict");
contract_id!(CauseId, "cause");
contract_id!(WarningId, "warning");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_grouped_by_verdict() {
        let mut seen = std::collections::HashSet::new();
        for cause in CauseId::ALL {
            assert!(seen.insert(cause.as_str()), "duplicate {cause}");
            let (group, _) = cause.as_str().split_once('.').expect("VERDICT.CAUSE");
            assert_eq!(group, cause.verdict().as_str(), "{cause}");
        }
    }

    #[test]
    fn contract_ids_exist() {
        for id in [
            "refused.wrong-port",
            "refused.wrong-host",
            "refused.dns-wrong-ip",
            "refused.cdn-proxy",
            "refused.server-not-running",
            "refused.proxy-software",
            "refused.loopback-only-bind",
            "timeout.firewall",
            "timeout.cloud-security-group",
            "timeout.panel-firewall",
            "timeout.server-not-running",
            "timeout.dns-wrong-ip",
            "timeout.private-ip-unreachable",
            "addr-not-available.ephemeral-ports-exhausted",
            "addr-not-available.time-wait",
            "protocol-mismatch.ws-to-http",
            "protocol-mismatch.invalid-http-response",
            "protocol-mismatch.plain-to-tls",
            "protocol-mismatch.tls-to-plain",
            "protocol-mismatch.silent-server",
            "unreachable.no-route",
            "unreachable.firewall-reject",
            "dns-failure.no-such-host",
            "reset.during-handshake",
        ] {
            assert!(CauseId::from_id(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn ids_serialize_as_the_contract_says() {
        let json = serde_json::to_string(&(Verdict::ProtocolMismatch, CauseId::RefusedWrongPort))
            .expect("json");
        assert_eq!(json, r#"["protocol-mismatch","refused.wrong-port"]"#);
        let back: (Verdict, CauseId) = serde_json::from_str(&json).expect("back");
        assert_eq!(back, (Verdict::ProtocolMismatch, CauseId::RefusedWrongPort));
        assert!(serde_json::from_str::<Verdict>(r#""nope""#).is_err());
        assert!(Verdict::Ok == "ok" && CauseId::ErrorUnexpected == "error.unexpected");
    }

    #[test]
    fn severity_orders_verdicts() {
        assert_eq!(Verdict::Ok.severity(), Severity::Ok);
        assert_eq!(Verdict::TlsError.severity(), Severity::Degraded);
        assert_eq!(Verdict::Timeout.severity(), Severity::Failed);
        assert!(Severity::Ok < Severity::Degraded && Severity::Degraded < Severity::Failed);
    }

    #[test]
    fn fluent_ids_are_mechanical() {
        assert_eq!(
            CauseId::RefusedLoopbackOnlyBind.fluent_id(),
            "cause-refused-loopback-only-bind"
        );
        assert_eq!(Verdict::from_id("tls-error"), Some(Verdict::TlsError));
    }
}
