//! Any text typed into the URL field: parse never panics, and what parses round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use netdoctor::target::Target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(target) = Target::parse(text) {
        let shown = target.to_string();
        let again = Target::parse(&shown).expect("a displayed target parses");
        assert_eq!(again, target, "{text:?} -> {shown:?}");
    }
});
