//! Command lines that repeat a check outside netdoctor: `curl` for every scheme and
//! `websocat` for WebSocket targets, sending the headers netdoctor sent, with
//! passwords, tokens and cookies masked unless the user asks for them.

use crate::report::redact::redact_text;
use crate::target::{Scheme, Target, TargetError};

/// The sample nonce of RFC 6455: a valid `Sec-WebSocket-Key` that is no secret, used
/// when the key netdoctor sent is masked (a masked key would make the command fail).
const SAMPLE_KEY: &str = "dGhlIHNhbXBsZSBub25jZQ==";

/// Headers a WebSocket client library writes itself (websocat adds its own).
const UPGRADE_HEADERS: [&str; 5] = [
    "host",
    "connection",
    "upgrade",
    "sec-websocket-key",
    "sec-websocket-version",
];

/// A `curl` command that sends what netdoctor sent to `url`. `sent` is the captured
/// request (empty when nothing was sent yet: the request netdoctor would send is used).
pub fn curl(url: &str, sent: &[u8], include_secrets: bool) -> Result<String, TargetError> {
    let target = Target::parse(url)?;
    let mut words = vec!["curl".to_owned(), "-v".to_owned()];
    let shown_url = match target.scheme {
        // A TCP check is a connect: curl's telnet "protocol" connects and shows the greeting.
        Scheme::Tcp => format!("telnet://{}", target.authority()),
        scheme => {
            words.push("--http1.1".to_owned());
            if scheme.is_websocket() {
                // Keep the connection open after the 101 to see what comes.
                words.push("-N".to_owned());
            }
            for (name, value) in request_headers(&target, sent) {
                if name.eq_ignore_ascii_case("host") {
                    continue;
                }
                let line = if name.eq_ignore_ascii_case("sec-websocket-key") && !include_secrets {
                    format!("{name}: {SAMPLE_KEY}")
                } else {
                    header_line(&name, &value, include_secrets)
                };
                words.push("-H".to_owned());
                words.push(quote(&line));
            }
            // curl speaks the upgrade over http(s) URLs.
            let http_scheme = if scheme.uses_tls() { "https" } else { "http" };
            request_url(&target, http_scheme, include_secrets)
        }
    };
    words.push(quote(&shown_url));
    Ok(words.join(" "))
}

/// A `websocat` command for a `ws://` or `wss://` target, with the headers netdoctor
/// sent beyond the upgrade ones; `None` for other schemes.
pub fn websocat(url: &str, sent: &[u8], include_secrets: bool) -> Option<String> {
    let target = Target::parse(url).ok()?;
    if !target.scheme.is_websocket() {
        return None;
    }
    let mut words = vec!["websocat".to_owned(), "-v".to_owned()];
    for (name, value) in request_headers(&target, sent) {
        if UPGRADE_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
            continue;
        }
        words.push("-H".to_owned());
        words.push(quote(&header_line(&name, &value, include_secrets)));
    }
    let scheme = target.scheme.as_str();
    words.push(quote(&request_url(&target, scheme, include_secrets)));
    Some(words.join(" "))
}

/// The URL to give the tool: the typed one's userinfo kept only with secrets.
fn request_url(target: &Target, scheme: &str, include_secrets: bool) -> String {
    let userinfo = target
        .userinfo
        .as_ref()
        .map(|u| format!("{u}@"))
        .unwrap_or_default();
    let url = format!(
        "{scheme}://{userinfo}{}{}",
        target.host_header(),
        target.path
    );
    if include_secrets {
        url
    } else {
        // Masked as reports mask URLs (userinfo, token parameters).
        redact_text(&url)
    }
}

fn header_line(name: &str, value: &str, include_secrets: bool) -> String {
    let line = format!("{name}: {value}");
    if include_secrets {
        line
    } else {
        redact_text(&line)
    }
}

/// The request's headers in order: from the captured request when it reads as an
/// HTTP head, else the ones netdoctor sends for this scheme.
fn request_headers(target: &Target, sent: &[u8]) -> Vec<(String, String)> {
    if let Some(headers) = parse_head(sent) {
        return headers;
    }
    let head = match target.scheme {
        Scheme::Http | Scheme::Https => crate::engine::probe::http::request(target),
        Scheme::Ws | Scheme::Wss => format!(
            "GET {} HTTP/1.1\r\nHost: {}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
             Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {SAMPLE_KEY}\r\nUser-Agent: {}\r\n\r\n",
            target.path,
            target.host_header(),
            crate::USER_AGENT
        ),
        Scheme::Tcp => return Vec::new(),
    };
    parse_head(head.as_bytes()).unwrap_or_default()
}

/// `Name: value` pairs of an HTTP/1.1 request head; `None` if `bytes` is not one.
fn parse_head(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let head = &text[..text.find("\r\n\r\n")?];
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?;
    if !request_line.ends_with("HTTP/1.1") && !request_line.ends_with("HTTP/1.0") {
        return None;
    }
    lines
        .map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_owned(), value.trim().to_owned()))
        })
        .collect()
}

/// The word as a POSIX shell reads it back: bare when it holds only safe characters,
/// else in single quotes.
pub fn quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "@%+=:,./_-".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UA: &str = crate::USER_AGENT;

    #[test]
    fn http_without_a_capture_sends_the_request_netdoctor_would() {
        let line = curl("http://127.0.0.1:8080/health", b"", false).expect("curl");
        assert_eq!(
            line,
            format!(
                "curl -v --http1.1 -H 'User-Agent: {UA}' -H 'Accept: */*' \
                 -H 'Connection: close' http://127.0.0.1:8080/health"
            )
        );
    }

    #[test]
    fn websocket_headers_come_from_the_captured_request_and_secrets_are_masked() {
        let sent = format!(
            "GET /chat?token=s3cr3t-t0ken HTTP/1.1\r\nHost: 127.0.0.1:9001\r\nConnection: Upgrade\r\n\
             Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw==\r\n\
             User-Agent: {UA}\r\nOrigin: http://127.0.0.1:9001\r\nAuthorization: Bearer abcdefgh123\r\n\r\n"
        );
        let url = "ws://127.0.0.1:9001/chat?token=s3cr3t-t0ken";
        let masked = curl(url, sent.as_bytes(), false).expect("curl");
        assert!(
            masked.starts_with("curl -v --http1.1 -N -H 'Connection: Upgrade' "),
            "{masked}"
        );
        assert!(
            masked.contains(&format!("-H 'Sec-WebSocket-Key: {SAMPLE_KEY}'")),
            "{masked}"
        );
        assert!(
            masked.contains("-H 'Origin: http://127.0.0.1:9001'"),
            "{masked}"
        );
        assert!(!masked.contains("abcdefgh123"), "{masked}");
        assert!(!masked.contains("s3cr3t-t0ken"), "{masked}");
        assert!(
            masked.contains("http://127.0.0.1:9001/chat?token="),
            "{masked}"
        );
        assert!(
            !masked.contains("Host:"),
            "curl writes Host from the URL: {masked}"
        );

        let kept = curl(url, sent.as_bytes(), true).expect("curl");
        assert!(
            kept.contains("-H 'Authorization: Bearer abcdefgh123'"),
            "{kept}"
        );
        assert!(
            kept.contains("-H 'Sec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw=='"),
            "{kept}"
        );
        assert!(
            kept.ends_with(" 'http://127.0.0.1:9001/chat?token=s3cr3t-t0ken'"),
            "{kept}"
        );

        let ws = websocat(url, sent.as_bytes(), true).expect("a ws target");
        assert_eq!(
            ws,
            format!(
                "websocat -v -H 'User-Agent: {UA}' -H 'Origin: http://127.0.0.1:9001' \
                 -H 'Authorization: Bearer abcdefgh123' \
                 'ws://127.0.0.1:9001/chat?token=s3cr3t-t0ken'"
            )
        );
    }

    #[test]
    fn wss_goes_to_curl_as_https_and_tcp_as_a_telnet_connect() {
        let wss = curl("wss://example.test/ws", b"", false).expect("curl");
        assert!(wss.ends_with(" https://example.test/ws"), "{wss}");
        assert!(wss.contains("-H 'Upgrade: websocket'"), "{wss}");
        let websocat_line = websocat("wss://example.test/ws", b"", false).expect("ws");
        assert_eq!(
            websocat_line,
            format!("websocat -v -H 'User-Agent: {UA}' wss://example.test/ws")
        );
        assert_eq!(
            curl("tcp://[::1]:5432", b"", false).expect("curl"),
            "curl -v 'telnet://[::1]:5432'"
        );
        assert_eq!(websocat("http://127.0.0.1:1/", b"", false), None);
        assert!(curl("ftp://x", b"", false).is_err());
    }

    #[test]
    fn userinfo_is_masked_unless_asked_for() {
        let url = "http://alice:hunter22@127.0.0.1:8080/";
        let masked = curl(url, b"", false).expect("curl");
        assert!(!masked.contains("hunter22"), "{masked}");
        let kept = curl(url, b"", true).expect("curl");
        assert!(
            kept.ends_with(" http://alice:hunter22@127.0.0.1:8080/"),
            "{kept}"
        );
    }

    #[test]
    fn quoting_survives_a_shell() {
        assert_eq!(quote("http://a/b"), "http://a/b");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("a b"), "'a b'");
    }
}
