//! Any profile file a colleague sends: parsing never panics, and a parsed profile
//! survives a save and a reload.
#![no_main]

use libfuzzer_sys::fuzz_target;
use netdoctor::profile::Profile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(profile) = Profile::parse(text) {
        if let Ok(saved) = profile.to_toml_string() {
            assert!(Profile::parse(&saved).is_ok(), "saved profile does not load: {saved}");
        }
    }
});
