//! Parsing of the endpoint URL a user wants to check.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Longest target text accepted; longer input is a paste accident, not a URL.
pub const MAX_TARGET_LEN: usize = 2048;

/// The protocol the client speaks to the endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    /// Plain TCP: connect and wait briefly for a greeting.
    Tcp,
    /// WebSocket over plain TCP.
    Ws,
    /// WebSocket over TLS.
    Wss,
    /// HTTP/1.1 over plain TCP.
    Http,
    /// HTTP/1.1 over TLS.
    Https,
}

impl Scheme {
    /// Every scheme, in the order menus list them.
    pub const ALL: [Scheme; 5] = [
        Scheme::Tcp,
        Scheme::Ws,
        Scheme::Wss,
        Scheme::Http,
        Scheme::Https,
    ];

    /// The scheme as written in a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Tcp => "tcp",
            Scheme::Ws => "ws",
            Scheme::Wss => "wss",
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    /// Port used when the URL names none; `tcp` has no default.
    pub fn default_port(self) -> Option<u16> {
        match self {
            Scheme::Tcp => None,
            Scheme::Ws | Scheme::Http => Some(80),
            Scheme::Wss | Scheme::Https => Some(443),
        }
    }

    /// Whether the client wraps the connection in TLS.
    pub fn uses_tls(self) -> bool {
        matches!(self, Scheme::Wss | Scheme::Https)
    }

    /// Whether the client speaks WebSocket.
    pub fn is_websocket(self) -> bool {
        matches!(self, Scheme::Ws | Scheme::Wss)
    }

    fn parse(s: &str) -> Option<Scheme> {
        Scheme::ALL
            .into_iter()
            .find(|scheme| scheme.as_str().eq_ignore_ascii_case(s))
    }
}

/// The host part of a target.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Host {
    /// A DNS name, lowercased, without a trailing dot.
    Name(String),
    /// An IPv4 literal.
    V4(Ipv4Addr),
    /// An IPv6 literal (written in brackets in URLs).
    V6(Ipv6Addr),
}

impl Host {
    /// The address when the host is an IP literal.
    pub fn ip(&self) -> Option<IpAddr> {
        match self {
            Host::Name(_) => None,
            Host::V4(ip) => Some(IpAddr::V4(*ip)),
            Host::V6(ip) => Some(IpAddr::V6(*ip)),
        }
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Name(name) => f.write_str(name),
            Host::V4(ip) => write!(f, "{ip}"),
            Host::V6(ip) => write!(f, "[{ip}]"),
        }
    }
}

/// A parsed endpoint: what to connect to and which protocol to speak.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    /// Protocol spoken to the endpoint.
    pub scheme: Scheme,
    /// Name or address to connect to.
    pub host: Host,
    /// TCP port, explicit or the scheme's default.
    pub port: u16,
    /// Path and query sent in the HTTP request line, always starting with `/`.
    pub path: String,
    /// Userinfo from the URL (`user:pass@`), kept so requests can send it and reports can mask it.
    pub userinfo: Option<String>,
}

/// Why a target text is not a URL netdoctor can check.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    /// Nothing was typed.
    #[error("the target is empty")]
    Empty,
    /// Longer than [`MAX_TARGET_LEN`].
    #[error("the target is {len} characters long; the limit is {MAX_TARGET_LEN}")]
    TooLong {
        /// Length of the input in characters.
        len: usize,
    },
    /// Control characters (newlines, NUL, escapes) inside the text.
    #[error("the target contains a control character")]
    ControlCharacter,
    /// No `scheme://` prefix.
    #[error("the target has no scheme; write it like ws://host:port/path")]
    MissingScheme,
    /// A scheme netdoctor does not speak.
    #[error("unknown scheme `{0}`; use tcp, ws, wss, http or https")]
    UnknownScheme(String),
    /// `scheme://` with no host after it.
    #[error("the target has no host")]
    EmptyHost,
    /// A host that is neither a name nor an address.
    #[error("`{0}` is not a valid host name or address")]
    InvalidHost(String),
    /// A port that is not a number in 1..=65535.
    #[error("`{0}` is not a valid port; use 1 to 65535")]
    InvalidPort(String),
    /// Port 0 cannot be connected to.
    #[error("port 0 cannot be connected to; use 1 to 65535")]
    PortZero,
    /// `tcp://` without a port.
    #[error("tcp:// targets need a port, like tcp://host:5432")]
    MissingPort,
    /// Anything else the URL parser rejects.
    #[error("not a valid URL: {0}")]
    Malformed(String),
}

impl TargetError {
    /// The Fluent message id that explains this error to a user.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            TargetError::Empty => "target-error-empty",
            TargetError::TooLong { .. } => "target-error-too-long",
            TargetError::ControlCharacter => "target-error-control-character",
            TargetError::MissingScheme => "target-error-missing-scheme",
            TargetError::UnknownScheme(_) => "target-error-unknown-scheme",
            TargetError::EmptyHost => "target-error-empty-host",
            TargetError::InvalidHost(_) => "target-error-invalid-host",
            TargetError::InvalidPort(_) => "target-error-invalid-port",
            TargetError::PortZero => "target-error-port-zero",
            TargetError::MissingPort => "target-error-missing-port",
            TargetError::Malformed(_) => "target-error-malformed",
        }
    }

    /// The value inserted into the message as `$value` (the offending text), if any.
    pub fn value(&self) -> String {
        match self {
            TargetError::TooLong { len } => len.to_string(),
            TargetError::UnknownScheme(s)
            | TargetError::InvalidHost(s)
            | TargetError::InvalidPort(s)
            | TargetError::Malformed(s) => s.clone(),
            _ => String::new(),
        }
    }
}

impl Target {
    /// Parses a target URL such as `ws://127.0.0.1:8282/chat`.
    pub fn parse(input: &str) -> Result<Target, TargetError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(TargetError::Empty);
        }
        let len = text.chars().count();
        if len > MAX_TARGET_LEN {
            return Err(TargetError::TooLong { len });
        }
        if text.chars().any(char::is_control) {
            return Err(TargetError::ControlCharacter);
        }
        let Some((scheme_text, rest)) = text.split_once("://") else {
            return Err(TargetError::MissingScheme);
        };
        let scheme = Scheme::parse(scheme_text)
            .ok_or_else(|| TargetError::UnknownScheme(scheme_text.to_owned()))?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
        if host_port.is_empty() || host_port.starts_with(':') {
            return Err(TargetError::EmptyHost);
        }
        check_port_text(host_port)?;
        // Hosts are accepted as typed (`пример.рф`); DNS, SNI and Host headers need
        // the ASCII form, which the opaque-scheme parse below would not produce.
        let host = host_text(host_port);
        let ascii_rest;
        let rest = if host.is_ascii() {
            rest
        } else {
            let ascii = idna::domain_to_ascii(host)
                .map_err(|_| TargetError::InvalidHost(host.to_owned()))?;
            let at = authority.len() - host_port.len();
            ascii_rest = format!("{}{ascii}{}", &rest[..at], &rest[at + host.len()..]);
            ascii_rest.as_str()
        };

        // `url` only knows default ports of special schemes; parse every scheme as an
        // opaque one and apply our own defaults so `ws://h` and `http://h` agree.
        let generic = format!("netdoctor-{}://{rest}", scheme.as_str());
        let url = url::Url::parse(&generic).map_err(|e| match e {
            url::ParseError::EmptyHost => TargetError::EmptyHost,
            url::ParseError::InvalidPort => TargetError::InvalidPort(port_text(host_port)),
            url::ParseError::InvalidIpv6Address
            | url::ParseError::InvalidIpv4Address
            | url::ParseError::IdnaError
            | url::ParseError::InvalidDomainCharacter => {
                TargetError::InvalidHost(host_text(host_port).to_owned())
            }
            other => TargetError::Malformed(other.to_string()),
        })?;
        let host = match url.host() {
            None => return Err(TargetError::EmptyHost),
            Some(url::Host::Ipv4(ip)) => Host::V4(ip),
            Some(url::Host::Ipv6(ip)) => Host::V6(ip),
            Some(url::Host::Domain(name)) => parse_domain(name)?,
        };
        let port = match url.port() {
            Some(0) => return Err(TargetError::PortZero),
            Some(port) => port,
            None => scheme.default_port().ok_or(TargetError::MissingPort)?,
        };
        let mut path = if url.path().is_empty() {
            "/".to_owned()
        } else {
            url.path().to_owned()
        };
        if let Some(query) = url.query() {
            path.push('?');
            path.push_str(query);
        }
        let userinfo = match (url.username(), url.password()) {
            ("", None) => None,
            (user, None) => Some(user.to_owned()),
            (user, Some(pass)) => Some(format!("{user}:{pass}")),
        };
        let target = Target {
            scheme,
            host,
            port,
            path,
            userinfo,
        };
        // Percent-encoding can triple the text; keep the normal form under the limit too,
        // so whatever netdoctor shows can be pasted back in.
        let shown = target.to_string().chars().count();
        if shown > MAX_TARGET_LEN {
            return Err(TargetError::TooLong { len: shown });
        }
        Ok(target)
    }

    /// `host:port` as written in a URL authority (IPv6 in brackets).
    pub fn authority(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    /// The `Host` header value: the port is left out when it is the scheme's default.
    pub fn host_header(&self) -> String {
        if Some(self.port) == self.scheme.default_port() {
            self.host.to_string()
        } else {
            self.authority()
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.scheme.as_str())?;
        if let Some(userinfo) = &self.userinfo {
            write!(f, "{userinfo}@")?;
        }
        write!(f, "{}", self.authority())?;
        if self.path != "/" || self.scheme != Scheme::Tcp {
            f.write_str(&self.path)?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Target {
    type Err = TargetError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Target::parse(s)
    }
}

fn host_text(host_port: &str) -> &str {
    if host_port.starts_with('[') {
        host_port
            .find(']')
            .map_or(host_port, |end| &host_port[..=end])
    } else {
        host_port.rsplit_once(':').map_or(host_port, |(h, _)| h)
    }
}

fn port_text(host_port: &str) -> String {
    let host = host_text(host_port);
    host_port[host.len()..]
        .strip_prefix(':')
        .unwrap_or_default()
        .to_owned()
}

/// Rejects ports the URL parser would report vaguely (`:0`, `:99999`, `:abc`).
fn check_port_text(host_port: &str) -> Result<(), TargetError> {
    let host = host_text(host_port);
    let Some(port) = host_port[host.len()..].strip_prefix(':') else {
        return Ok(());
    };
    if port.is_empty() {
        return Ok(());
    }
    match port.parse::<u32>() {
        Ok(0) => Err(TargetError::PortZero),
        Ok(1..=65535) => Ok(()),
        _ => Err(TargetError::InvalidPort(port.to_owned())),
    }
}

fn parse_domain(name: &str) -> Result<Host, TargetError> {
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    // Non-special schemes leave IPv4 literals as opaque text (`1.2.3.4.` included).
    if let Ok(ip) = name.parse::<Ipv4Addr>() {
        return Ok(Host::V4(ip));
    }
    let valid_label = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if name.is_empty() || name.len() > 253 || !name.split('.').all(valid_label) {
        return Err(TargetError::InvalidHost(name));
    }
    Ok(Host::Name(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> Target {
        Target::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"))
    }

    #[test]
    fn internationalised_names_become_their_ascii_form() {
        assert_eq!(
            ok("ws://пример.рф:8080/chat").host,
            Host::Name("xn--e1afmkfd.xn--p1ai".into())
        );
        assert_eq!(
            ok("https://日本語.jp/").host,
            Host::Name("xn--wgv71a119e.jp".into())
        );
        assert_eq!(
            ok("http://user@Bücher.localhost/").host,
            Host::Name("xn--bcher-kva.localhost".into())
        );
        assert!(matches!(
            Target::parse("ws://a\u{3000}b.jp/"),
            Err(TargetError::InvalidHost(_))
        ));
    }

    #[test]
    fn default_ports_follow_the_scheme() {
        assert_eq!(ok("ws://example.com").port, 80);
        assert_eq!(ok("http://example.com").port, 80);
        assert_eq!(ok("wss://example.com").port, 443);
        assert_eq!(ok("https://example.com").port, 443);
        assert_eq!(ok("tcp://example.com:5432").port, 5432);
    }

    #[test]
    fn hosts_of_every_kind() {
        assert_eq!(
            ok("ws://127.0.0.1:8282/chat").host,
            Host::V4(Ipv4Addr::LOCALHOST)
        );
        assert_eq!(ok("ws://[::1]:9/").host, Host::V6(Ipv6Addr::LOCALHOST));
        assert_eq!(
            ok("WSS://Example.COM./x").host,
            Host::Name("example.com".into())
        );
    }

    #[test]
    fn path_and_query_are_kept() {
        let t = ok("ws://h:1/chat?room=1");
        assert_eq!(t.path, "/chat?room=1");
        assert_eq!(ok("ws://h:1").path, "/");
    }

    #[test]
    fn userinfo_is_kept_for_masking() {
        let t = ok("https://bob:hunter2@h/");
        assert_eq!(t.userinfo.as_deref(), Some("bob:hunter2"));
    }

    #[test]
    fn bad_inputs_get_precise_errors() {
        let cases: &[(&str, TargetError)] = &[
            ("", TargetError::Empty),
            ("   ", TargetError::Empty),
            ("example.com:80", TargetError::MissingScheme),
            ("ftp://h:21", TargetError::UnknownScheme("ftp".into())),
            ("ws://", TargetError::EmptyHost),
            ("ws://:80/", TargetError::EmptyHost),
            ("tcp://h", TargetError::MissingPort),
            ("ws://h:0", TargetError::PortZero),
            ("ws://h:65536", TargetError::InvalidPort("65536".into())),
            (
                "ws://h:99999999999",
                TargetError::InvalidPort("99999999999".into()),
            ),
            ("ws://h:abc", TargetError::InvalidPort("abc".into())),
            ("ws://h\n:80", TargetError::ControlCharacter),
            ("ws://h\0", TargetError::ControlCharacter),
            (
                "ws://exa mple.com",
                TargetError::InvalidHost("exa mple.com".into()),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(Target::parse(input).as_ref(), Err(want), "{input:?}");
        }
        let long = format!("ws://{}.com", "a".repeat(MAX_TARGET_LEN));
        assert!(matches!(
            Target::parse(&long),
            Err(TargetError::TooLong { .. })
        ));
    }

    #[test]
    fn percent_encoding_cannot_push_the_shown_form_past_the_limit() {
        // Found by fuzzing: 700 non-ASCII characters fit the limit but encode to 2,100.
        let input = format!("ws://h/{}", "é".repeat(700));
        assert!(input.chars().count() <= MAX_TARGET_LEN);
        assert!(matches!(
            Target::parse(&input),
            Err(TargetError::TooLong { .. })
        ));
        let fits = format!("ws://h/{}", "é".repeat(300));
        let target = Target::parse(&fits).expect("fits");
        assert_eq!(Target::parse(&target.to_string()), Ok(target));
    }

    #[test]
    fn ipv4_with_a_trailing_dot_is_still_an_address() {
        // Found by fuzzing: the dot made it a name, which then displayed as an address.
        assert_eq!(
            ok("ws://1.0.0.1.").host,
            Host::V4(Ipv4Addr::new(1, 0, 0, 1))
        );
    }

    #[test]
    fn invalid_ipv6_is_an_invalid_host() {
        assert!(matches!(
            Target::parse("ws://[::zz]:80"),
            Err(TargetError::InvalidHost(_))
        ));
    }

    #[test]
    fn display_round_trips() {
        for input in [
            "ws://127.0.0.1:8282/chat",
            "wss://example.com:443/",
            "tcp://[::1]:22",
            "http://h:8080/a?b=c",
        ] {
            let t = ok(input);
            assert_eq!(ok(&t.to_string()), t, "{input}");
        }
    }

    #[test]
    fn every_error_has_a_fluent_id() {
        assert_eq!(TargetError::Empty.fluent_id(), "target-error-empty");
        assert_eq!(TargetError::InvalidPort("x".into()).value(), "x");
    }
}
