//! Masks secrets before a report leaves the machine: URL credentials
//! (`user:pass@` → `***@`), values of query parameters whose name looks secret
//! (`?token=…` → `?token=***`), and the values of credential headers
//! (`Authorization`, `Cookie`, …) in the captured bytes and in text.
//!
//! Works in two passes over the whole report: first every secret value found in
//! a structural position (a URL, a header) is collected, then those positions
//! and every other verbatim copy of those values are replaced by `***`. The
//! second part catches a token the server echoed back in an error page, or an
//! evidence line that quotes the URL.
//!
//! Everything works on bytes; masks start and end at ASCII delimiters, so text
//! stays valid UTF-8.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::report::model::{CauseEntry, Report, ResultEntry};

/// What replaces a secret.
pub const MASK: &str = "***";

/// Parts of a query parameter name that mark its value as secret (lowercase, substring match).
const SECRET_NAME_PARTS: &[&str] = &[
    "token",
    "key",
    "secret",
    "pass",
    "pwd",
    "auth",
    "sig",
    "session",
    "jwt",
    "credential",
    "cookie",
    "bearer",
];

/// Query parameter names that are secret only as a whole name: OAuth's
/// authorization `code` (a substring match would catch `encoding`, `statuscode`).
const SECRET_NAMES_EXACT: &[&str] = &["code"];

/// Headers whose values are credentials (lowercase).
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "sec-websocket-key",
    "x-api-key",
    "x-auth-token",
];

/// Shortest value also masked wherever else it appears verbatim; shorter ones
/// ("1", "abc") would mask ordinary words all over the report.
const MIN_LITERAL: usize = 4;

/// Shortest part of a header value (split at spaces, `;`, `,`, `=`) masked
/// elsewhere; keeps scheme words like `Bearer` and `Basic` readable.
const MIN_TOKEN: usize = 8;

/// Masks secrets in every result; returns whether anything was masked.
/// Each masked result gets `redacted: true`.
pub fn redact_report(report: &mut Report) -> bool {
    let mut secrets = Secrets::default();
    for entry in &report.results {
        collect_entry(entry, &mut secrets);
    }
    let secrets = secrets.finish();
    let mut any = false;
    for entry in &mut report.results {
        if mask_entry(entry, &secrets) {
            entry.redacted = true;
            any = true;
        }
    }
    any
}

/// Masks secrets in one piece of text (a URL, a line), without report-wide context.
pub fn redact_text(text: &str) -> String {
    let mut secrets = Secrets::default();
    secrets.collect(text.as_bytes());
    let secrets = secrets.finish();
    let (bytes, _) = mask(text.as_bytes(), &secrets);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Masks secrets in captured bytes, without report-wide context.
pub fn redact_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut secrets = Secrets::default();
    secrets.collect(bytes);
    let secrets = secrets.finish();
    mask(bytes, &secrets).0
}

/// Secret values seen so far.
#[derive(Default)]
struct Secrets {
    values: BTreeSet<Vec<u8>>,
}

impl Secrets {
    /// Records every value in a structural secret position of `buf`.
    fn collect(&mut self, buf: &[u8]) {
        for range in userinfo_ranges(buf).into_iter().chain(query_ranges(buf)) {
            self.add_value(&buf[range]);
        }
        for range in header_ranges(buf) {
            let value = &buf[range];
            self.add_value(value);
            for token in value.split(|b| b" \t;,=".contains(b)) {
                if token.len() >= MIN_TOKEN {
                    self.add_value(token);
                }
            }
        }
    }

    fn add_value(&mut self, value: &[u8]) {
        if value == MASK.as_bytes() {
            return;
        }
        if value.len() >= MIN_LITERAL {
            self.values.insert(value.to_vec());
        }
        // A value typed percent-encoded may travel or be quoted decoded, and the reverse.
        let decoded = percent_decode(value);
        if decoded.len() >= MIN_LITERAL && decoded != value {
            self.values.insert(decoded);
        }
        // `user:pass`: the password alone may be quoted elsewhere.
        if let Some(colon) = value.iter().position(|&b| b == b':') {
            let password = &value[colon + 1..];
            if password.len() >= MIN_LITERAL {
                self.values.insert(password.to_vec());
            }
        }
    }

    /// Longest first, so a value is masked whole before any shorter value inside it.
    fn finish(self) -> Vec<Vec<u8>> {
        let mut values: Vec<Vec<u8>> = self.values.into_iter().collect();
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        values
    }
}

fn collect_entry(entry: &ResultEntry, secrets: &mut Secrets) {
    for text in entry_texts(entry) {
        secrets.collect(text.as_bytes());
    }
    for hex_text in [&entry.handshake.sent_hex, &entry.handshake.received_hex] {
        if let Ok(bytes) = hex::decode(hex_text) {
            secrets.collect(&bytes);
        }
    }
}

fn cause_texts<Id>(cause: &CauseEntry<Id>) -> impl Iterator<Item = &String> {
    [&cause.title, &cause.detail, &cause.remediation]
        .into_iter()
        .chain(&cause.evidence)
}

fn cause_texts_mut<Id>(cause: &mut CauseEntry<Id>) -> impl Iterator<Item = &mut String> {
    [&mut cause.title, &mut cause.detail, &mut cause.remediation]
        .into_iter()
        .chain(&mut cause.evidence)
}

fn entry_texts(entry: &ResultEntry) -> impl Iterator<Item = &String> {
    [&entry.target, &entry.summary]
        .into_iter()
        .chain(&entry.name)
        .chain(&entry.reported)
        .chain(entry.causes.iter().flat_map(cause_texts))
        .chain(entry.warnings.iter().flat_map(cause_texts))
}

fn mask_entry(entry: &mut ResultEntry, secrets: &[Vec<u8>]) -> bool {
    let mut changed = false;
    let mut text = |field: &mut String| {
        let (bytes, hit) = mask(field.as_bytes(), secrets);
        if hit {
            *field = String::from_utf8_lossy(&bytes).into_owned();
            changed = true;
        }
    };
    text(&mut entry.target);
    text(&mut entry.summary);
    if let Some(name) = &mut entry.name {
        text(name);
    }
    if let Some(reported) = &mut entry.reported {
        text(reported);
    }
    let causes = entry.causes.iter_mut().flat_map(cause_texts_mut);
    for field in causes.chain(entry.warnings.iter_mut().flat_map(cause_texts_mut)) {
        text(field);
    }
    for hex_text in [
        &mut entry.handshake.sent_hex,
        &mut entry.handshake.received_hex,
    ] {
        match hex::decode(&*hex_text) {
            Ok(bytes) => {
                let (masked, hit) = mask(&bytes, secrets);
                if hit {
                    *hex_text = hex::encode(masked);
                    changed = true;
                }
            }
            // Bytes that cannot be read cannot be checked either: leave them out.
            Err(_) => {
                hex_text.clear();
                changed = true;
            }
        }
    }
    changed
}

/// Replaces every secret position and every verbatim secret in `buf` by [`MASK`].
fn mask(buf: &[u8], secrets: &[Vec<u8>]) -> (Vec<u8>, bool) {
    let mut ranges = userinfo_ranges(buf);
    ranges.extend(query_ranges(buf));
    ranges.extend(header_ranges(buf));
    for secret in secrets {
        ranges.extend(find_all(buf, secret));
    }
    replace_ranges(buf, ranges)
}

fn replace_ranges(buf: &[u8], mut ranges: Vec<Range<usize>>) -> (Vec<u8>, bool) {
    ranges.retain(|r| !r.is_empty() && &buf[r.clone()] != MASK.as_bytes());
    if ranges.is_empty() {
        return (buf.to_vec(), false);
    }
    ranges.sort_by_key(|r| r.start);
    let mut out = Vec::with_capacity(buf.len());
    let mut pos = 0;
    for range in ranges {
        if range.end <= pos {
            continue;
        }
        // Overlapping ranges merge into the mask already written.
        if range.start >= pos {
            out.extend_from_slice(&buf[pos..range.start]);
            out.extend_from_slice(MASK.as_bytes());
        }
        pos = range.end;
    }
    out.extend_from_slice(&buf[pos..]);
    (out, true)
}

fn find_all(buf: &[u8], needle: &[u8]) -> Vec<Range<usize>> {
    if needle.is_empty() || needle.len() > buf.len() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut start = 0;
    while let Some(offset) = buf[start..]
        .windows(needle.len())
        .position(|window| window == needle)
    {
        let at = start + offset;
        found.push(at..at + needle.len());
        start = at + needle.len();
        if start + needle.len() > buf.len() {
            break;
        }
    }
    found
}

/// Bytes that end a URL authority.
fn ends_authority(b: u8) -> bool {
    b.is_ascii_whitespace() || b"/?#\"'<>\\`".contains(&b)
}

/// `user:pass` in every `scheme://user:pass@host`.
fn userinfo_ranges(buf: &[u8]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for sep in find_all(buf, b"://") {
        let start = sep.end;
        let end = buf[start..]
            .iter()
            .position(|&b| ends_authority(b))
            .map_or(buf.len(), |i| start + i);
        if let Some(at) = buf[start..end].iter().rposition(|&b| b == b'@')
            && at > 0
        {
            ranges.push(start..start + at);
        }
    }
    ranges
}

/// Bytes that end a query parameter name.
fn ends_name(b: u8) -> bool {
    b.is_ascii_whitespace() || b"&;#?=/\"'<>".contains(&b)
}

/// Bytes that end a query parameter value.
fn ends_value(b: u8) -> bool {
    b.is_ascii_whitespace() || b"&;#\"'<>`".contains(&b)
}

/// Values of `?name=value` / `&name=value` (also after `;` and `#`) whose name looks secret.
fn query_ranges(buf: &[u8]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for (i, &b) in buf.iter().enumerate() {
        if !b"?&;#".contains(&b) {
            continue;
        }
        let name_start = i + 1;
        let name_end = buf[name_start..]
            .iter()
            .position(|&b| ends_name(b))
            .map_or(buf.len(), |n| name_start + n);
        if name_end == name_start || buf.get(name_end) != Some(&b'=') {
            continue;
        }
        if !is_secret_name(&buf[name_start..name_end]) {
            continue;
        }
        let value_start = name_end + 1;
        let value_end = buf[value_start..]
            .iter()
            .position(|&b| ends_value(b))
            .map_or(buf.len(), |n| value_start + n);
        ranges.push(value_start..value_end);
    }
    ranges
}

/// Whether a parameter name looks like it holds a secret (`access_token`, `X-Amz-Signature`, `apiKey`).
pub fn is_secret_name(name: &[u8]) -> bool {
    let lower = percent_decode(name).to_ascii_lowercase();
    SECRET_NAMES_EXACT.iter().any(|n| lower == n.as_bytes())
        || SECRET_NAME_PARTS
            .iter()
            .any(|part| lower.windows(part.len()).any(|w| w == part.as_bytes()))
}

/// Values of credential headers (`Authorization: …` up to the end of the line),
/// wherever the header name starts a word: in raw HTTP and in evidence lines alike.
fn header_ranges(buf: &[u8]) -> Vec<Range<usize>> {
    let lower = buf.to_ascii_lowercase();
    let mut ranges = Vec::new();
    for header in SECRET_HEADERS {
        for found in find_all(&lower, header.as_bytes()) {
            let starts_word = found.start == 0 || {
                let before = lower[found.start - 1];
                !(before.is_ascii_alphanumeric() || before == b'-' || before == b'_')
            };
            if !starts_word {
                continue;
            }
            let mut pos = found.end;
            while lower.get(pos).is_some_and(|&b| b == b' ' || b == b'\t') {
                pos += 1;
            }
            if lower.get(pos) != Some(&b':') {
                continue;
            }
            pos += 1;
            while lower.get(pos).is_some_and(|&b| b == b' ' || b == b'\t') {
                pos += 1;
            }
            let end = lower[pos..]
                .iter()
                .position(|&b| b == b'\r' || b == b'\n')
                .map_or(lower.len(), |n| pos + n);
            ranges.push(pos..end);
        }
    }
    ranges
}

/// Decodes `%XX` escapes; anything else is kept as it is.
fn percent_decode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%'
            && let Some(hex_pair) = bytes.get(i + 1..i + 3)
            && let Ok(text) = std::str::from_utf8(hex_pair)
            && let Ok(value) = u8::from_str_radix(text, 16)
        {
            out.push(value);
            i += 3;
            continue;
        }
        out.push(byte);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_is_masked() {
        assert_eq!(
            redact_text("ws://alice:hunter22@example.com:8080/chat"),
            "ws://***@example.com:8080/chat"
        );
        assert_eq!(
            redact_text("https://example.com/a@b"),
            "https://example.com/a@b"
        );
    }

    #[test]
    fn secret_query_values_are_masked_by_name() {
        assert_eq!(
            redact_text("wss://h/ws?room=1&Access_Token=abc.def&X-Amz-Signature=ff#frag"),
            "wss://h/ws?room=1&Access_Token=***&X-Amz-Signature=***#frag"
        );
        assert_eq!(
            redact_text("http://h/?page=2&q=cats"),
            "http://h/?page=2&q=cats"
        );
    }

    #[test]
    fn an_oauth_code_is_masked_but_not_names_holding_code() {
        assert_eq!(
            redact_text("https://app/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz"),
            "https://app/callback?code=***&state=xyz"
        );
        assert_eq!(
            redact_text("http://h/?encoding=gzip&statuscode=404"),
            "http://h/?encoding=gzip&statuscode=404"
        );
    }

    #[test]
    fn credential_headers_are_masked_to_the_end_of_the_line() {
        let raw = b"GET / HTTP/1.1\r\nAuthorization: Bearer abcdefgh123\r\nCookie: a=1; sid=zz\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAccept: */*\r\n\r\n";
        let masked = String::from_utf8(redact_bytes(raw)).expect("utf8");
        assert_eq!(
            masked,
            "GET / HTTP/1.1\r\nAuthorization: ***\r\nCookie: ***\r\nSec-WebSocket-Key: ***\r\nAccept: */*\r\n\r\n"
        );
    }

    #[test]
    fn header_names_inside_other_names_are_left_alone() {
        assert_eq!(
            redact_text("X-Cookie-Policy: strict"),
            "X-Cookie-Policy: strict"
        );
        assert_eq!(redact_text("Vary: Cookie"), "Vary: Cookie");
    }

    #[test]
    fn masking_twice_changes_nothing_more() {
        let once = redact_text("ws://u:p@h/?token=secret1");
        assert_eq!(redact_text(&once), once);
        let (_, changed) = mask(once.as_bytes(), &[]);
        assert!(!changed);
    }

    #[test]
    fn percent_escapes_decode() {
        assert_eq!(percent_decode(b"a%2Fb%zz"), b"a/b%zz".to_vec());
    }
}
