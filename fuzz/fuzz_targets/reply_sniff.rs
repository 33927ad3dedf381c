//! Any bytes a peer can send: sniffing and HTTP head parsing never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use netdoctor::observation::reply::{Reply, parse_http, sniff};

fuzz_target!(|data: &[u8]| {
    if let Reply::Http(head) = sniff(data) {
        let _ = head.status_line();
        let _ = head.header("server");
    }
    let _ = parse_http(data);
});
