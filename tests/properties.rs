//! Properties that must hold for every input, not just the examples.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdoctor::observation::reply::{Reply, sniff};
use netdoctor::target::{Scheme, Target};
use proptest::prelude::*;

fn scheme() -> impl Strategy<Value = Scheme> {
    prop::sample::select(Scheme::ALL.to_vec())
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9-]{0,20}(\\.[a-z][a-z0-9-]{0,10}){0,3}",
        any::<[u8; 4]>().prop_map(|b| std::net::Ipv4Addr::from(b).to_string()),
        any::<[u16; 8]>().prop_map(|s| format!("[{}]", std::net::Ipv6Addr::from(s))),
    ]
}

proptest! {
    #[test]
    fn parse_display_parse_is_stable(
        scheme in scheme(),
        host in host(),
        port in 1u16..=65535,
        path in "(/[a-zA-Z0-9._~-]{0,12}){0,4}(\\?[a-z]{1,5}=[a-z0-9]{0,5})?",
    ) {
        let text = format!("{}://{host}:{port}{path}", scheme.as_str());
        let target = Target::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(target.port, port);
        prop_assert_eq!(target.scheme, scheme);
        let again = Target::parse(&target.to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(again, target);
    }

    #[test]
    fn any_text_parses_or_fails_cleanly(text in any::<String>()) {
        if let Ok(target) = Target::parse(&text) {
            prop_assert!(target.port >= 1);
            prop_assert!(target.path.starts_with('/'));
        }
    }

    #[test]
    fn any_reply_sniffs_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        match sniff(&bytes) {
            Reply::Nothing => prop_assert!(bytes.is_empty()),
            Reply::Binary { len } => prop_assert_eq!(len, bytes.len()),
            Reply::Banner { line, .. } => prop_assert!(line.chars().count() <= 200),
            Reply::Http(head) => prop_assert!(bytes.starts_with(b"HTTP/1.")
                && head.status_line().starts_with("HTTP/1.")),
            Reply::Tls(_) => prop_assert!((20..=24).contains(&bytes[0])),
        }
    }

    #[test]
    fn http_prefixes_keep_their_status(status in 100u16..=599, reason in "[A-Za-z ]{0,20}", cut in 0usize..60) {
        let full = format!("HTTP/1.1 {status} {reason}\r\nServer: x\r\n\r\n");
        let end = (full.find("\r\n").unwrap_or(0) + cut).min(full.len());
        if let Reply::Http(head) = sniff(&full.as_bytes()[..end.max(14)]) {
            prop_assert_eq!(head.status, status);
        }
    }
}
