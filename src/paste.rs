//! Reads endpoints out of text a developer pastes: a URL, a client's error line, or a
//! curl / wscat / websocat command. Pure text work, so it is tested without a window.

use std::sync::LazyLock;

use regex::Regex;

/// What one pasted line names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A full URL whose scheme the text made clear.
    Url(String),
    /// A host and port with no word on the protocol: the user must choose the scheme.
    HostPort {
        /// Host name or address (IPv6 in brackets).
        host: String,
        /// TCP port.
        port: u16,
    },
}

impl Found {
    /// The URL for `scheme` (used for `HostPort` once the user has chosen).
    pub fn url_with(&self, scheme: &str) -> String {
        match self {
            Found::Url(url) => url.clone(),
            Found::HostPort { host, port } => format!("{scheme}://{host}:{port}"),
        }
    }
}

/// What the client said went wrong, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportedKind {
    /// Connection refused (ECONNREFUSED, errno 111).
    Refused,
    /// Timed out (ETIMEDOUT).
    TimedOut,
    /// No source address (EADDRNOTAVAIL).
    AddrNotAvailable,
    /// The name did not resolve (ENOTFOUND, "no such host").
    NameNotResolved,
    /// A TLS or certificate failure.
    Tls,
    /// The WebSocket handshake got this HTTP status instead of 101.
    HandshakeStatus(u16),
    /// Something the words do not classify.
    Other,
}

/// One endpoint found in pasted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    /// The endpoint.
    pub found: Found,
    /// The line as the client printed it, when it was an error and not a bare URL or command.
    pub reported: Option<String>,
    /// What that line says went wrong.
    pub kind: Option<ReportedKind>,
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:wss?|https?|tcp)://[^\s'"<>`]+"#).unwrap_or_else(|_| unreachable!())
});
static PY_POOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(HTTPS?)ConnectionPool\(host='([^']+)', port=(\d+)\)(?:.*?with url: (\S+))?")
        .unwrap_or_else(|_| unreachable!())
});
static DIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"dial (tcp|tcp4|tcp6) (\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+):(\d{1,5})")
        .unwrap_or_else(|_| unreachable!())
});
static ERRNO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bE[A-Z]{3,}\s+(\[?[0-9A-Fa-f:.]*[0-9A-Fa-f.\]]|[A-Za-z0-9.\-]+):(\d{1,5})\b")
        .unwrap_or_else(|_| unreachable!())
});
static JAVA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([A-Za-z0-9.\-]+)/(?:[0-9A-Fa-f:.]+|\[[0-9A-Fa-f:.]+\]):(\d{1,5})\b")
        .unwrap_or_else(|_| unreachable!())
});
static TUPLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\('([^']+)', (\d{1,5})\)").unwrap_or_else(|_| unreachable!()));
static HOST_PORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(,])(\[[0-9A-Fa-f:.]+\]|localhost|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+):(\d{1,5})\b")
        .unwrap_or_else(|_| unreachable!())
});
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:response code|unexpected server response|status code|status)[: ]+(\d{3})")
        .unwrap_or_else(|_| unreachable!())
});

/// Every endpoint in `text`, one per line that names one, first occurrence kept.
pub fn parse(text: &str) -> Vec<Pasted> {
    let mut out: Vec<Pasted> = Vec::new();
    for line in logical_lines(text) {
        if let Some(pasted) = parse_line(&line)
            && !out.iter().any(|p| p.found == pasted.found)
        {
            out.push(pasted);
        }
    }
    out
}

/// Lines with shell continuations (`\` at the end) joined, so a wrapped command is one line.
fn logical_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for raw in text.lines() {
        let trimmed = raw.trim_end();
        if let Some(head) = trimmed.strip_suffix('\\') {
            current.push_str(head);
            current.push(' ');
        } else {
            current.push_str(trimmed);
            lines.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        lines.push(current);
    }
    lines
}

/// The endpoint one line names, if any.
pub fn parse_line(line: &str) -> Option<Pasted> {
    let line = line.trim();
    let line = line.strip_prefix("$ ").unwrap_or(line).trim();
    if line.is_empty() {
        return None;
    }
    if let Some(found) = command(line) {
        return Some(Pasted {
            found,
            reported: None,
            kind: None,
        });
    }
    let found = endpoint_in_error(line)?;
    let bare = matches!(&found, Found::Url(url) if url == line);
    Some(Pasted {
        found,
        reported: (!bare).then(|| line.to_owned()),
        kind: (!bare).then(|| kind_of(line)),
    })
}

/// The URL of a curl, wscat or websocat command line.
fn command(line: &str) -> Option<Found> {
    let words = shlex::split(line)?;
    let program = words.first()?.rsplit('/').next()?.to_owned();
    let args = &words[1..];
    match program.as_str() {
        "curl" => curl_url(args).map(Found::Url),
        "wscat" => {
            let url = flag_value(args, &["-c", "--connect"])?;
            Some(Found::Url(with_scheme(&url, "ws")))
        }
        "websocat" => args
            .iter()
            .find(|a| a.contains("://") && !a.starts_with('-'))
            .map(|u| Found::Url(u.clone())),
        _ => None,
    }
}

/// curl's options that take a value, so the value is not read as the URL.
const CURL_VALUED: [&str; 22] = [
    "-H",
    "--header",
    "-X",
    "--request",
    "-d",
    "--data",
    "--data-raw",
    "--data-binary",
    "-u",
    "--user",
    "-o",
    "--output",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-b",
    "--cookie",
    "-m",
    "--max-time",
    "-x",
    "--proxy",
];

fn curl_url(args: &[String]) -> Option<String> {
    if let Some(url) = flag_value(args, &["--url"]) {
        return Some(with_scheme(&url, "http"));
    }
    let mut skip = false;
    for arg in args {
        if skip {
            skip = false;
            continue;
        }
        if CURL_VALUED.contains(&arg.as_str()) || arg == "--connect-timeout" || arg == "--resolve" {
            skip = true;
            continue;
        }
        if arg.starts_with('-') {
            continue;
        }
        return Some(with_scheme(arg, "http"));
    }
    None
}

fn flag_value(args: &[String], flags: &[&str]) -> Option<String> {
    args.iter().enumerate().find_map(|(i, a)| {
        if flags.contains(&a.as_str()) {
            return args.get(i + 1).cloned();
        }
        flags
            .iter()
            .find_map(|f| a.strip_prefix(&format!("{f}=")).map(str::to_owned))
    })
}

fn with_scheme(url: &str, scheme: &str) -> String {
    if url.contains("://") {
        url.to_owned()
    } else {
        format!("{scheme}://{url}")
    }
}

/// The endpoint an error line names, most specific pattern first.
fn endpoint_in_error(line: &str) -> Option<Found> {
    if let Some(m) = URL.find(line) {
        let url = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"']);
        return Some(Found::Url(url.to_owned()));
    }
    if let Some(c) = PY_POOL.captures(line) {
        let scheme = c[1].to_ascii_lowercase();
        let path = c.get(4).map_or("", |m| m.as_str());
        let path = if path.starts_with('/') { path } else { "" };
        return Some(Found::Url(format!("{scheme}://{}:{}{path}", &c[2], &c[3])));
    }
    if let Some(c) = DIAL.captures(line) {
        let port: u16 = c[3].parse().ok()?;
        return Some(Found::Url(format!("tcp://{}:{port}", &c[2])));
    }
    let (host, port) = [&*ERRNO, &*JAVA, &*TUPLE, &*HOST_PORT]
        .iter()
        .find_map(|re| {
            re.captures(line)
                .map(|c| (c[1].to_owned(), c[2].to_owned()))
        })?;
    Some(Found::HostPort {
        host: bracket_v6(&host),
        port: port.parse().ok().filter(|p| *p != 0)?,
    })
}

/// Node prints IPv6 addresses without brackets (`::1:3000`); a URL needs them.
fn bracket_v6(host: &str) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_owned()
    }
}

/// What the client's words say went wrong.
pub fn kind_of(line: &str) -> ReportedKind {
    let lower = line.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if let Some(c) = STATUS.captures(line)
        && let Ok(status) = c[1].parse()
    {
        return ReportedKind::HandshakeStatus(status);
    }
    if has(&[
        "econnrefused",
        "connection refused",
        "errno 111",
        "actively refused",
    ]) {
        ReportedKind::Refused
    } else if has(&["eaddrnotavail", "cannot assign requested address"]) {
        ReportedKind::AddrNotAvailable
    } else if has(&["etimedout", "timed out", "timeout"]) {
        ReportedKind::TimedOut
    } else if has(&[
        "enotfound",
        "no such host",
        "name or service not known",
        "getaddrinfo",
        "nodename nor servname",
    ]) {
        ReportedKind::NameNotResolved
    } else if has(&[
        "certificate",
        "ssl error",
        "sslerror",
        "ssl routines",
        "tls",
        "x509",
    ]) {
        ReportedKind::Tls
    } else {
        ReportedKind::Other
    }
}
