//! One endpoint as the app holds it: a profile endpoint with an id, and what a check
//! of it left behind.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::ids::{EndpointId, RunId};
use crate::diagnose::Verdict;
use crate::engine::probe::Phase;
use crate::engine::{CheckResult, EndpointSpec};
use crate::profile::{EndpointError, ProfileEndpoint};

/// One endpoint the user wants checked: the profile's endpoint plus the app's id.
/// A blank name is shown (and kept) as the URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Stored", into = "Stored")]
pub struct Endpoint {
    /// Stable id within this list; tags engine events.
    pub id: EndpointId,
    /// What a profile keeps of it.
    pub settings: ProfileEndpoint,
    /// The error line the user pasted to add it, as their client printed it.
    pub reported: Option<String>,
}

impl Endpoint {
    /// An endpoint with a name and URL and nothing else set.
    pub fn new(id: EndpointId, name: String, url: String) -> Endpoint {
        Endpoint {
            id,
            settings: ProfileEndpoint::new(name, url),
            reported: None,
        }
    }

    /// The app's copy of a profile endpoint; a blank name shows the URL.
    pub fn from_profile(id: EndpointId, mut settings: ProfileEndpoint) -> Endpoint {
        if settings.name.trim().is_empty() {
            settings.name = settings.url.clone();
        }
        Endpoint {
            id,
            settings,
            reported: None,
        }
    }

    /// The endpoint as a profile writes it.
    pub fn to_profile(&self) -> ProfileEndpoint {
        let mut settings = self.settings.clone();
        // A name equal to the URL is what a blank name shows as; writing it back blank
        // keeps a loaded file unchanged.
        if settings.name == settings.url {
            settings.name.clear();
        }
        settings
    }

    /// What the engine probes, validated as a profile's endpoint is (a state file edited
    /// by hand can hold a zero timeout or a URL that does not parse).
    pub fn spec(&self) -> Result<EndpointSpec, EndpointError> {
        self.settings.to_spec(self.id.0)
    }

    /// Whether `other` checks something else (its old result would mislead).
    pub fn checks_differently(&self, other: &Endpoint) -> bool {
        let (a, b) = (&self.settings, &other.settings);
        a.url != b.url || a.expect_ips != b.expect_ips || a.timeout_ms != b.timeout_ms
    }
}

/// The latest accepted result of an endpoint.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The run that produced it.
    pub run_id: RunId,
    /// What the engine saw and concluded.
    pub result: Arc<CheckResult>,
}

impl Outcome {
    /// The verdict of the result.
    pub fn verdict(&self) -> Verdict {
        self.result.diagnosis.verdict
    }

    /// Whether the result carries warnings (they hold on an `ok` result too).
    pub fn warned(&self) -> bool {
        !self.result.diagnosis.warnings.is_empty()
    }

    /// Total duration in milliseconds, if measured.
    pub fn total_ms(&self) -> Option<f64> {
        self.result
            .observation
            .timings
            .total
            .map(|d| d.as_secs_f64() * 1000.0)
    }
}

/// A check that was asked for and has not reported yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    /// The run it belongs to.
    pub run_id: RunId,
    /// The phase it is in; `None` while it waits for a concurrency slot.
    pub phase: Option<Phase>,
}

/// The state file's layout of an endpoint (unchanged since the first version).
#[derive(Serialize, Deserialize)]
struct Stored {
    id: EndpointId,
    name: String,
    url: String,
    #[serde(default)]
    expect_ips: Vec<std::net::IpAddr>,
    #[serde(default)]
    timeout_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    /// What the user's client reported, when the endpoint came from a pasted error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reported: Option<String>,
    /// Keys of the profile endpoint this version does not know, written back on save.
    #[serde(
        default,
        skip_serializing_if = "toml::Table::is_empty",
        with = "toml_text"
    )]
    extra: toml::Table,
}

impl From<Stored> for Endpoint {
    fn from(s: Stored) -> Endpoint {
        Endpoint {
            id: s.id,
            settings: ProfileEndpoint {
                name: s.name,
                url: s.url,
                expect_ips: s.expect_ips,
                timeout_ms: s.timeout_ms,
                notes: s.notes,
                tags: s.tags,
                extra: s.extra,
            },
            reported: s.reported,
        }
    }
}

impl From<Endpoint> for Stored {
    fn from(e: Endpoint) -> Stored {
        let s = e.settings;
        Stored {
            id: e.id,
            name: s.name,
            url: s.url,
            expect_ips: s.expect_ips,
            timeout_ms: s.timeout_ms,
            notes: s.notes,
            tags: s.tags,
            reported: e.reported,
            extra: s.extra,
        }
    }
}

/// Serde for an endpoint's unknown profile keys inside the app's JSON state: kept as
/// TOML text, because TOML values (dates, NaN) do not all survive a trip through JSON.
mod toml_text {
    use serde::{Deserialize, Deserializer, Serializer, de, ser};

    pub fn serialize<S: Serializer>(table: &toml::Table, serializer: S) -> Result<S::Ok, S::Error> {
        let text = toml::to_string(table).map_err(ser::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<toml::Table, D::Error> {
        let text = String::deserialize(deserializer)?;
        toml::from_str(&text).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_endpoint_keys_survive_the_state_file() {
        let mut endpoint = Endpoint::new(EndpointId(1), "a".into(), "tcp://127.0.0.1:1".into());
        endpoint
            .settings
            .extra
            .insert("when".into(), toml::Value::Float(f64::INFINITY));
        let json = serde_json::to_string(&endpoint).expect("json");
        let back: Endpoint = serde_json::from_str(&json).expect("back");
        assert_eq!(back, endpoint);
    }

    #[test]
    fn a_hand_edited_zero_timeout_is_refused_like_a_profiles() {
        let json = r#"{"id":4,"name":"a","url":"tcp://127.0.0.1:1","timeout_ms":0}"#;
        let endpoint: Endpoint = serde_json::from_str(json).expect("parse");
        assert!(matches!(endpoint.spec(), Err(EndpointError::Timeout(0))));
        let json = r#"{"id":4,"name":"a","url":"tcp://127.0.0.1:1","timeout_ms":250}"#;
        let endpoint: Endpoint = serde_json::from_str(json).expect("parse");
        let spec = endpoint.spec().expect("valid");
        assert_eq!(spec.timeout, Some(std::time::Duration::from_millis(250)));
        assert_eq!(spec.id, 4);
    }
}
