//! The firewall rules that decide a new TCP connection to a port: read from every
//! firewall found, evaluated for one SYN from a remote client.
//!
//! Parsing and evaluation ([`iptables`], [`nft`]) are pure; [`read`] runs the tools.

pub mod iptables;
pub mod managers;
pub mod nft;
pub mod read;

use serde::Serialize;

/// What a rule (or a chain policy) does with the packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Let it in.
    Accept,
    /// Drop silently: the client times out.
    Drop,
    /// Answer with an error: the client fails at once.
    Reject,
}

/// How a REJECT answers, which decides what the client sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectKind {
    /// ICMP administratively / host / net prohibited: "No route to host".
    Prohibited,
    /// ICMP port unreachable or a TCP reset: "Connection refused".
    Refused,
}

/// IP family of the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Family {
    /// IPv4.
    #[serde(rename = "ipv4")]
    V4,
    /// IPv6.
    #[serde(rename = "ipv6")]
    V6,
}

impl Family {
    /// `IPv4` / `IPv6`.
    pub fn label(self) -> &'static str {
        match self {
            Family::V4 => "IPv4",
            Family::V6 => "IPv6",
        }
    }
}

/// Whether a rule's conditions hold for a new TCP SYN to the port from a remote client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Holds for every remote client.
    Yes,
    /// Does not hold.
    No,
    /// Holds for some clients only (a source address, an interface, a rate limit)
    /// or uses a match netdoctor does not evaluate.
    Some,
}

impl Match {
    /// Both conditions: the weaker of the two.
    pub fn and(self, other: Match) -> Match {
        match (self, other) {
            (Match::No, _) | (_, Match::No) => Match::No,
            (Match::Some, _) | (_, Match::Some) => Match::Some,
            _ => Match::Yes,
        }
    }

    /// The condition negated (`!`); "some clients" stays "some clients".
    pub fn negate(self) -> Match {
        match self {
            Match::Yes => Match::No,
            Match::No => Match::Yes,
            Match::Some => Match::Some,
        }
    }
}

/// One rule (or chain policy) that takes part in the decision, shown verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleHit {
    /// Which firewall: `iptables`, `ip6tables`, `nftables`, `ufw`, `firewalld`.
    pub source: String,
    /// The table.
    pub table: String,
    /// The chain the rule sits in.
    pub chain: String,
    /// What it does.
    pub action: Action,
    /// The rule as the tool prints it, or `policy DROP` for a chain policy.
    pub rule: String,
    /// The family the rule applies to.
    pub family: Family,
    /// True when the rule holds only for some clients (it is shown, not decisive).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
    /// For a reject: what the client sees.
    #[serde(skip)]
    pub reject: Option<RejectKind>,
}

impl RuleHit {
    /// Whether this rule is the one that decides (not a conditional side note).
    pub fn decides(&self) -> bool {
        !self.conditional
    }
}

/// The outcome of one base chain (or of all of a firewall's chains) for the SYN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainOutcome {
    /// The deciding rule or policy; `None` when the chain lets it through unchanged.
    pub decision: Option<RuleHit>,
    /// Rules that would decide for some clients only, met before the decision.
    pub conditional: Vec<RuleHit>,
}

/// Combines base chains evaluated in hook order: netfilter runs every base chain on
/// the hook, an accept passes the packet to the next one, a drop or reject ends it.
pub fn combine(outcomes: Vec<ChainOutcome>) -> Vec<RuleHit> {
    let mut shown = Vec::new();
    let mut accepts = Vec::new();
    for outcome in outcomes {
        shown.extend(outcome.conditional);
        match outcome.decision {
            Some(hit) if hit.action != Action::Accept => {
                shown.push(hit);
                return shown;
            }
            Some(hit) => accepts.push(hit),
            None => {}
        }
    }
    shown.extend(accepts);
    shown
}

/// The decisive blocking rule among the hits, if any.
pub fn blocking(hits: &[RuleHit]) -> Option<&RuleHit> {
    hits.iter()
        .find(|h| h.decides() && h.action != Action::Accept)
}

/// Port ranges as written in rules: `8282`, `8000:9000` (iptables), `8000-9000` (nft).
pub fn port_in_list(list: &str, port: u16) -> bool {
    list.split(',').any(|part| {
        let part = part.trim();
        let (lo, hi) = part
            .split_once(':')
            .or_else(|| part.split_once('-'))
            .unwrap_or((part, part));
        // An open end (`:1024`, `1024:`) runs to the edge of the port space.
        let lo = if lo.is_empty() {
            Some(0)
        } else {
            lo.parse::<u16>().ok()
        };
        let hi = if hi.is_empty() {
            Some(u16::MAX)
        } else {
            hi.parse::<u16>().ok()
        };
        matches!((lo, hi), (Some(lo), Some(hi)) if (lo..=hi).contains(&port))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_lists_and_ranges() {
        assert!(port_in_list("8282", 8282));
        assert!(!port_in_list("8283", 8282));
        assert!(port_in_list("80,8000:9000", 8282));
        assert!(port_in_list("1024:", 8282));
        assert!(!port_in_list(":1023", 8282));
        assert!(port_in_list("8000-9000", 8282));
        assert!(!port_in_list("http", 8282));
    }

    #[test]
    fn match_logic() {
        assert_eq!(Match::Yes.and(Match::Some), Match::Some);
        assert_eq!(Match::Some.and(Match::No), Match::No);
        assert_eq!(Match::Yes.negate(), Match::No);
    }
}
