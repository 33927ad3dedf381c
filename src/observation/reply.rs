//! Tells what kind of peer sent the first bytes of a reply.

/// A parsed HTTP response head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpHead {
    /// `1.0` or `1.1`.
    pub version: u8,
    /// Status code.
    pub status: u16,
    /// Reason phrase as sent (lossy UTF-8).
    pub reason: String,
    /// Headers in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// False when the head was cut off before its blank line.
    pub complete: bool,
}

impl HttpHead {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The status line as a client shows it, e.g. `HTTP/1.1 404 Not Found`.
    pub fn status_line(&self) -> String {
        let line = format!("HTTP/1.{} {} {}", self.version, self.status, self.reason);
        line.trim_end().to_owned()
    }
}

/// What a TLS record says, from its first bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsRecord {
    /// A handshake record (ServerHello and friends).
    Handshake,
    /// An alert, with its level and description codes when present.
    Alert {
        /// 1 warning, 2 fatal.
        level: Option<u8>,
        /// RFC 8446 alert description code.
        description: Option<u8>,
    },
    /// Another content type.
    Other(u8),
}

/// A line-oriented service that speaks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BannerKind {
    /// `SSH-2.0-...`
    Ssh,
    /// `220 ... SMTP/ESMTP`
    Smtp,
    /// `220 ... FTP`
    Ftp,
    /// Redis RESP (`-ERR`, `+OK`, `-NOAUTH`).
    Redis,
    /// MySQL/MariaDB greeting packet.
    Mysql,
    /// `* OK` IMAP, `+OK` POP3.
    Mail,
    /// Another printable line.
    Text,
}

impl BannerKind {
    /// Every kind, for exhaustive tables.
    pub const ALL: [BannerKind; 7] = [
        BannerKind::Ssh,
        BannerKind::Smtp,
        BannerKind::Ftp,
        BannerKind::Redis,
        BannerKind::Mysql,
        BannerKind::Mail,
        BannerKind::Text,
    ];

    /// A stable name, used as a Fluent selector.
    pub fn as_str(self) -> &'static str {
        match self {
            BannerKind::Ssh => "ssh",
            BannerKind::Smtp => "smtp",
            BannerKind::Ftp => "ftp",
            BannerKind::Redis => "redis",
            BannerKind::Mysql => "mysql",
            BannerKind::Mail => "mail",
            BannerKind::Text => "text",
        }
    }
}

/// The kind of reply, from its first bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// No bytes at all.
    Nothing,
    /// An HTTP response (possibly incomplete).
    Http(HttpHead),
    /// A TLS record.
    Tls(TlsRecord),
    /// A banner line from a speak-first service.
    Banner {
        /// Which service it looks like.
        kind: BannerKind,
        /// The first line, printable, at most 200 characters.
        line: String,
    },
    /// Bytes that are none of the above.
    Binary {
        /// Number of bytes seen.
        len: usize,
    },
}

/// Longest first line kept in evidence.
const MAX_LINE: usize = 200;

/// Classifies the first bytes a peer sent.
pub fn sniff(bytes: &[u8]) -> Reply {
    if bytes.is_empty() {
        return Reply::Nothing;
    }
    if let Some(head) = parse_http(bytes) {
        return Reply::Http(head);
    }
    if let Some(record) = tls_record(bytes) {
        return Reply::Tls(record);
    }
    if let Some(kind) = mysql_greeting(bytes) {
        return Reply::Banner {
            kind,
            line: printable_line(&bytes[5.min(bytes.len())..]),
        };
    }
    let line = first_line(bytes);
    if !line.is_empty() && is_text(line) {
        let text = printable_line(line);
        return Reply::Banner {
            kind: banner_kind(&text),
            line: text,
        };
    }
    Reply::Binary { len: bytes.len() }
}

/// Parses an HTTP/1.x response head; `None` when the bytes are not HTTP.
pub fn parse_http(bytes: &[u8]) -> Option<HttpHead> {
    if !bytes.starts_with(b"HTTP/1.") {
        return None;
    }
    // As many header slots as the head has lines: real clients read heads with
    // hundreds of headers, and the capture cap already bounds the count.
    let head_end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(bytes.len(), |p| p + 4);
    let lines = bytes[..head_end].iter().filter(|b| **b == b'\n').count() + 1;
    let mut headers = vec![httparse::EMPTY_HEADER; lines];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => Some(HttpHead {
            version: response.version.unwrap_or(1),
            status: response.code.unwrap_or(0),
            reason: response.reason.unwrap_or_default().to_owned(),
            headers: response
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_owned(),
                        printable_line(h.value).chars().take(MAX_LINE).collect(),
                    )
                })
                .collect(),
            complete: true,
        }),
        // Partial or oversized heads still tell us the status line.
        Ok(httparse::Status::Partial) => parse_status_line(first_line(bytes)),
        // curl and browsers read a head with a stray control byte in a value; so
        // does this, or a 404 with an odd `Server:` would count as "not HTTP".
        Err(_) => lenient_head(&bytes[..head_end]).or_else(|| parse_status_line(first_line(bytes))),
    }
}

/// A complete head that httparse refused, read the way clients read it: the
/// status line, then `name: value` lines whose values may hold control bytes
/// (shown escaped). NUL, a line without a colon or a name that is not a token
/// still make it invalid, as they do for curl.
fn lenient_head(head: &[u8]) -> Option<HttpHead> {
    let body = head.strip_suffix(b"\r\n\r\n")?;
    if body.contains(&0) {
        return None;
    }
    let mut lines = body
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let mut parsed = parse_status_line(lines.next()?)?;
    for line in lines {
        let colon = line.iter().position(|&b| b == b':')?;
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        if name.is_empty() || !name.iter().all(|&b| is_token(b)) {
            return None;
        }
        parsed.headers.push((
            String::from_utf8_lossy(name).into_owned(),
            escaped_value(value).chars().take(MAX_LINE).collect(),
        ));
    }
    parsed.complete = true;
    Some(parsed)
}

/// RFC 9110 token characters, the only ones a header name may have.
fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A header value, trimmed, with control bytes written as `\xNN` so evidence shows them.
fn escaped_value(value: &[u8]) -> String {
    let text = String::from_utf8_lossy(value);
    let mut out = String::with_capacity(text.len());
    for c in text.trim_matches([' ', '\t']).chars() {
        match c {
            '\t' => out.push(' '),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

fn parse_status_line(line: &[u8]) -> Option<HttpHead> {
    let text = String::from_utf8_lossy(line);
    let mut parts = text.splitn(3, ' ');
    let version = match parts.next()? {
        "HTTP/1.0" => 0,
        "HTTP/1.1" => 1,
        _ => return None,
    };
    let status = parts.next()?.parse::<u16>().ok()?;
    let reason = printable_line(parts.next().unwrap_or_default().as_bytes());
    Some(HttpHead {
        version,
        status,
        reason,
        headers: Vec::new(),
        complete: false,
    })
}

/// The version a ServerHello chose, from its `legacy_version` field. TLS 1.3
/// servers put 1.2 there, so this tells apart only the versions before 1.3 — the
/// ones that matter when a handshake fails on the version.
pub fn server_hello_version(bytes: &[u8]) -> Option<u16> {
    // Record header (type 22, version, length), then handshake type 2 and a
    // 3-byte length, then the version.
    if bytes.first() != Some(&22) || bytes.get(5) != Some(&2) {
        return None;
    }
    Some(u16::from_be_bytes([*bytes.get(9)?, *bytes.get(10)?]))
}

/// A TLS protocol version number as people write it.
pub fn tls_version_name(version: u16) -> String {
    match version {
        0x0300 => "SSL 3.0".to_owned(),
        0x0301 => "TLS 1.0".to_owned(),
        0x0302 => "TLS 1.1".to_owned(),
        0x0303 => "TLS 1.2".to_owned(),
        0x0304 => "TLS 1.3".to_owned(),
        other => format!("0x{other:04x}"),
    }
}

fn tls_record(bytes: &[u8]) -> Option<TlsRecord> {
    let (&content_type, rest) = bytes.split_first()?;
    if !(20..=24).contains(&content_type) {
        return None;
    }
    // Record version major is always 3 (SSL 3.0 .. TLS 1.3 all say 0x03 0x0N).
    if let Some(&major) = rest.first()
        && major != 3
    {
        return None;
    }
    Some(match content_type {
        22 => TlsRecord::Handshake,
        21 => TlsRecord::Alert {
            level: bytes.get(5).copied(),
            description: bytes.get(6).copied(),
        },
        other => TlsRecord::Other(other),
    })
}

fn mysql_greeting(bytes: &[u8]) -> Option<BannerKind> {
    // 3-byte length, sequence 0, protocol version 10.
    (bytes.len() > 5 && bytes[3] == 0 && bytes[4] == 10).then_some(BannerKind::Mysql)
}

fn first_line(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let line = &bytes[..end];
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn is_text(line: &[u8]) -> bool {
    let printable = line
        .iter()
        .filter(|&&b| b == b'\t' || (0x20..0x7f).contains(&b) || b >= 0x80)
        .count();
    printable * 10 >= line.len() * 9 && std::str::from_utf8(line).is_ok()
}

/// Lossy, control characters replaced, cut to a readable length.
pub fn printable_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| if c.is_control() { '.' } else { c })
        .take(MAX_LINE)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

fn banner_kind(line: &str) -> BannerKind {
    let upper = line.to_ascii_uppercase();
    if upper.starts_with("SSH-") {
        BannerKind::Ssh
    } else if upper.starts_with("220") && upper.contains("FTP") {
        BannerKind::Ftp
    } else if upper.starts_with("220") {
        BannerKind::Smtp
    } else if upper.starts_with("* OK") || upper.starts_with("+OK") {
        BannerKind::Mail
    } else if upper.starts_with("-ERR")
        || upper.starts_with("-NOAUTH")
        || upper.starts_with("-DENIED")
        || upper.starts_with("+PONG")
    {
        BannerKind::Redis
    } else {
        BannerKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_404_with_headers() {
        let reply = sniff(b"HTTP/1.1 404 Not Found\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n");
        let Reply::Http(head) = reply else {
            panic!("not http: {reply:?}")
        };
        assert_eq!(head.status, 404);
        assert_eq!(head.header("server"), Some("nginx"));
        assert!(head.complete);
        assert_eq!(head.status_line(), "HTTP/1.1 404 Not Found");
    }

    #[test]
    fn partial_http_still_gives_the_status() {
        let Reply::Http(head) = sniff(b"HTTP/1.1 200 OK\r\nX-Long: aaaa") else {
            panic!()
        };
        assert_eq!(head.status, 200);
        assert!(!head.complete);
    }

    #[test]
    fn tls_alert_and_handshake() {
        assert_eq!(
            sniff(&[21, 3, 3, 0, 2, 2, 50]),
            Reply::Tls(TlsRecord::Alert {
                level: Some(2),
                description: Some(50)
            })
        );
        assert_eq!(sniff(&[22, 3, 1, 0, 5]), Reply::Tls(TlsRecord::Handshake));
    }

    #[test]
    fn banners() {
        let cases: &[(&[u8], BannerKind)] = &[
            (b"SSH-2.0-OpenSSH_9.6\r\n", BannerKind::Ssh),
            (b"220 mail.example.com ESMTP Postfix\r\n", BannerKind::Smtp),
            (b"220 (vsFTPd 3.0.3)\r\n", BannerKind::Ftp),
            (b"-ERR unknown command 'GET'\r\n", BannerKind::Redis),
            (b"+OK POP3 ready\r\n", BannerKind::Mail),
            (b"hello there\n", BannerKind::Text),
        ];
        for (bytes, kind) in cases {
            match sniff(bytes) {
                Reply::Banner { kind: k, .. } => assert_eq!(k, *kind, "{bytes:?}"),
                other => panic!("{bytes:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn binary_and_nothing() {
        assert_eq!(sniff(b""), Reply::Nothing);
        assert_eq!(sniff(&[0, 1, 2, 0xff, 0xfe]), Reply::Binary { len: 5 });
    }

    #[test]
    fn nul_and_invalid_utf8_in_a_status_line_do_not_panic() {
        let reply = sniff(b"HTTP/1.1 200 \xff\x00OK\r\n\r\n");
        assert!(matches!(reply, Reply::Http(_) | Reply::Binary { .. }));
    }

    #[test]
    fn a_control_byte_in_a_header_value_keeps_the_reply_http() {
        let bytes = b"HTTP/1.1 404 Not Found\r\nServer: ng\x01inx\r\nContent-Length: 0\r\n\r\n";
        let Reply::Http(head) = sniff(bytes) else {
            panic!("not http")
        };
        assert_eq!(head.status, 404);
        assert!(head.complete);
        assert_eq!(head.header("server"), Some("ng\\x01inx"));
        assert_eq!(head.header("content-length"), Some("0"));
    }

    #[test]
    fn nul_or_a_line_without_colon_in_a_head_is_still_invalid() {
        for bytes in [
            &b"HTTP/1.1 404 Not Found\r\nServer: a\x00b\r\n\r\n"[..],
            &b"HTTP/1.1 404 Not Found\r\nno colon here\r\n\r\n"[..],
        ] {
            let Reply::Http(head) = sniff(bytes) else {
                panic!("the status line still reads")
            };
            assert!(!head.complete, "{head:?}");
        }
    }

    #[test]
    fn mysql_greeting_is_a_banner() {
        let bytes = b"\x4a\x00\x00\x00\x0a8.0.36\x00rest";
        assert!(matches!(
            sniff(bytes),
            Reply::Banner {
                kind: BannerKind::Mysql,
                ..
            }
        ));
    }
}
