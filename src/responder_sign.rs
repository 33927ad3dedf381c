//! How `netdoctor server --respond` names itself, shared by the responder that
//! writes the sign and the diagnosis that recognises it.

/// The product name at the start of the greeting line and in the `Server` header.
pub const PRODUCT: &str = "netdoctor-responder";

/// The line of `received` that names the responder (its greeting, or its
/// `Server:` header on HTTP and WebSocket replies), if any.
pub fn find(received: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(received);
    let greeting = format!("{PRODUCT}/");
    let header = format!("server: {PRODUCT}/");
    text.lines()
        .map(str::trim)
        .find(|line| line.starts_with(&greeting) || line.to_ascii_lowercase().starts_with(&header))
        .map(|line| line.chars().take(120).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_and_the_greeting_but_not_other_servers() {
        let http = b"HTTP/1.1 200 OK\r\nServer: netdoctor-responder/0.1.0\r\n\r\n";
        assert_eq!(
            find(http).as_deref(),
            Some("Server: netdoctor-responder/0.1.0")
        );
        let raw = b"netdoctor-responder/0.1.0: netdoctor server --respond on port 9\r\n";
        assert!(find(raw).is_some_and(|l| l.starts_with("netdoctor-responder/0.1.0")));
        assert_eq!(find(b"HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n"), None);
    }
}
