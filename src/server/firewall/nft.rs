//! nftables: `nft -j list ruleset` parsed with serde_json, evaluated for a new TCP
//! SYN to one port on every base chain of the input hook; `nft -a list ruleset`
//! supplies each rule's text by its handle, so rules are shown as nft prints them.

use std::collections::HashMap;

use serde_json::Value;

use super::{Action, ChainOutcome, Family, Match, RejectKind, RuleHit, port_in_list};

/// A base or regular chain with its rules.
#[derive(Debug, Clone)]
pub struct Chain {
    /// `ip`, `ip6`, `inet`, …
    pub family: String,
    /// The table's name.
    pub table: String,
    /// The chain's name.
    pub name: String,
    /// The hook of a base chain (`input`); `None` for a regular chain.
    pub hook: Option<String>,
    /// Base chain priority: lower runs first.
    pub prio: i64,
    /// Base chain policy.
    pub policy: Option<Action>,
    /// Rules in order: (handle, expressions).
    pub rules: Vec<(u64, Vec<Value>)>,
}

/// A parsed ruleset.
#[derive(Debug, Clone, Default)]
pub struct Ruleset {
    /// Every chain, in the order listed.
    pub chains: Vec<Chain>,
    /// (family, table, handle) → the rule's text.
    pub texts: HashMap<(String, String, u64), String>,
}

/// Why a ruleset could not be parsed.
#[derive(Debug, thiserror::Error)]
#[error("nft -j output is not a ruleset: {0}")]
pub struct ParseError(String);

impl Ruleset {
    /// Parses the JSON ruleset; `text` is `nft -a list ruleset`, or empty.
    pub fn parse(json: &str, text: &str) -> Result<Ruleset, ParseError> {
        let doc: Value = serde_json::from_str(json).map_err(|e| ParseError(e.to_string()))?;
        let items = doc
            .get("nftables")
            .and_then(Value::as_array)
            .ok_or_else(|| ParseError("no \"nftables\" array".into()))?;
        let mut chains: Vec<Chain> = Vec::new();
        for item in items {
            if let Some(c) = item.get("chain") {
                chains.push(Chain {
                    family: str_of(c, "family"),
                    table: str_of(c, "table"),
                    name: str_of(c, "name"),
                    hook: c.get("hook").and_then(Value::as_str).map(str::to_owned),
                    prio: c.get("prio").and_then(Value::as_i64).unwrap_or(0),
                    policy: match c.get("policy").and_then(Value::as_str) {
                        Some("drop") => Some(Action::Drop),
                        Some("accept") => Some(Action::Accept),
                        _ => None,
                    },
                    rules: Vec::new(),
                });
            } else if let Some(r) = item.get("rule") {
                let (family, table, chain) =
                    (str_of(r, "family"), str_of(r, "table"), str_of(r, "chain"));
                let handle = r.get("handle").and_then(Value::as_u64).unwrap_or(0);
                let expr = r
                    .get("expr")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                if let Some(c) = chains
                    .iter_mut()
                    .find(|c| c.family == family && c.table == table && c.name == chain)
                {
                    c.rules.push((handle, expr));
                }
            }
        }
        Ok(Ruleset {
            chains,
            texts: rule_texts(text),
        })
    }

    /// Drops the tables `iptables-nft` owns, which `iptables-save` already showed.
    pub fn without_iptables_tables(mut self) -> Ruleset {
        let owned = |c: &Chain| {
            matches!(c.family.as_str(), "ip" | "ip6")
                && matches!(
                    c.table.as_str(),
                    "filter" | "nat" | "mangle" | "raw" | "security"
                )
        };
        self.chains.retain(|c| !owned(c));
        self
    }

    /// Whether any base chain filters incoming packets.
    pub fn has_input_chains(&self) -> bool {
        self.chains
            .iter()
            .any(|c| c.hook.as_deref() == Some("input"))
    }

    /// The input base chains that see `family`, in hook order.
    fn bases(&self, family: Family) -> Vec<&Chain> {
        let wanted = match family {
            Family::V4 => "ip",
            Family::V6 => "ip6",
        };
        let mut bases: Vec<&Chain> = self
            .chains
            .iter()
            .filter(|c| {
                c.hook.as_deref() == Some("input") && (c.family == wanted || c.family == "inet")
            })
            .collect();
        bases.sort_by_key(|c| c.prio);
        bases
    }

    /// The priorities of [`Ruleset::evaluate`]'s chains, in the same order.
    pub fn input_prios(&self, family: Family) -> Vec<i64> {
        self.bases(family).iter().map(|c| c.prio).collect()
    }

    /// The outcome of each input base chain that sees `family`, in hook order.
    pub fn evaluate(&self, port: u16, family: Family) -> Vec<ChainOutcome> {
        self.bases(family)
            .into_iter()
            .map(|base| {
                let mut walk = Walk {
                    set: self,
                    port,
                    family,
                    conditional: Vec::new(),
                };
                let decision = match walk.chain(base, 0) {
                    Step::Decided(hit) => Some(hit),
                    Step::Continue | Step::Return => base.policy.map(|action| {
                        walk.hit(
                            base,
                            action,
                            format!("policy {}", word(action)),
                            None,
                            false,
                        )
                    }),
                };
                ChainOutcome {
                    decision,
                    conditional: walk.conditional,
                }
            })
            .collect()
    }
}

fn str_of(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn word(action: Action) -> &'static str {
    match action {
        Action::Accept => "accept",
        Action::Drop => "drop",
        Action::Reject => "reject",
    }
}

/// Maps `# handle N` lines of `nft -a list ruleset` to their text, per table.
fn rule_texts(text: &str) -> HashMap<(String, String, u64), String> {
    let mut out = HashMap::new();
    let mut table: Option<(String, String)> = None;
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("table ") {
            let mut parts = rest.split_whitespace();
            if let (Some(family), Some(name)) = (parts.next(), parts.next()) {
                table = Some((family.to_owned(), name.to_owned()));
            }
            continue;
        }
        let Some((rule, handle)) = line.rsplit_once("# handle ") else {
            continue;
        };
        let is_rule =
            !rule.starts_with("chain ") && !rule.starts_with("set ") && !rule.starts_with("map ");
        if let (Some((family, name)), Ok(handle), true) = (&table, handle.trim().parse(), is_rule) {
            out.insert(
                (family.clone(), name.clone(), handle),
                rule.trim().to_owned(),
            );
        }
    }
    out
}

/// How deep jumps may nest before evaluation gives up.
const MAX_DEPTH: usize = 32;

enum Step {
    Decided(RuleHit),
    Continue,
    Return,
}

enum Verdict {
    Action(Action, Option<RejectKind>),
    Jump(String, bool),
    Return,
}

struct Walk<'a> {
    set: &'a Ruleset,
    port: u16,
    family: Family,
    conditional: Vec<RuleHit>,
}

impl Walk<'_> {
    fn hit(
        &self,
        chain: &Chain,
        action: Action,
        rule: String,
        reject: Option<RejectKind>,
        conditional: bool,
    ) -> RuleHit {
        let source = if chain.table == "firewalld" {
            "firewalld"
        } else {
            "nftables"
        };
        RuleHit {
            source: source.to_owned(),
            table: format!("{} {}", chain.family, chain.table),
            chain: chain.name.clone(),
            action,
            rule,
            family: self.family,
            conditional,
            reject,
        }
    }

    fn text(&self, chain: &Chain, handle: u64, expr: &[Value]) -> String {
        self.set
            .texts
            .get(&(chain.family.clone(), chain.table.clone(), handle))
            .cloned()
            .unwrap_or_else(|| serde_json::to_string(expr).unwrap_or_default())
    }

    fn chain(&mut self, chain: &Chain, depth: usize) -> Step {
        if depth > MAX_DEPTH {
            return Step::Continue;
        }
        for (handle, expr) in &chain.rules {
            let (matches, verdict) = self.rule(expr);
            if matches == Match::No {
                continue;
            }
            let Some(verdict) = verdict else { continue };
            let conditional = matches == Match::Some;
            match verdict {
                Verdict::Action(action, reject) => {
                    let hit = self.hit(
                        chain,
                        action,
                        self.text(chain, *handle, expr),
                        reject,
                        conditional,
                    );
                    if conditional {
                        self.conditional.push(hit);
                        continue;
                    }
                    return Step::Decided(hit);
                }
                Verdict::Return if !conditional => return Step::Return,
                Verdict::Return => {}
                Verdict::Jump(target, goto) => {
                    let Some(next) = self.set.chains.iter().find(|c| {
                        c.family == chain.family && c.table == chain.table && c.name == target
                    }) else {
                        continue;
                    };
                    match self.chain(next, depth + 1) {
                        Step::Decided(hit) if conditional => {
                            self.conditional.push(RuleHit {
                                conditional: true,
                                ..hit
                            });
                        }
                        Step::Decided(hit) => return Step::Decided(hit),
                        _ if goto && !conditional => return Step::Return,
                        _ => {}
                    }
                }
            }
        }
        Step::Continue
    }

    /// A rule's conditions for the SYN, and its verdict statement if it has one.
    fn rule(&self, expr: &[Value]) -> (Match, Option<Verdict>) {
        let mut matches = Match::Yes;
        for e in expr {
            if let Some(m) = e.get("match") {
                matches = matches.and(self.condition(m));
            } else if let Some(v) = verdict(e) {
                return (matches, Some(v));
            } else if let Some(map) = e.get("vmap") {
                return self.vmap(matches, map);
            } else if e.get("limit").is_some() || e.get("xt").is_some() {
                // A rate limit lets some packets through; an iptables-compat match is opaque.
                matches = matches.and(Match::Some);
            }
            if matches == Match::No {
                return (Match::No, None);
            }
        }
        (matches, None)
    }

    fn vmap(&self, matches: Match, map: &Value) -> (Match, Option<Verdict>) {
        let key = map.get("key").unwrap_or(&Value::Null);
        let elems = map
            .get("data")
            .and_then(|d| d.get("set"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for pair in elems {
            let (Some(value), Some(target)) = (pair.get(0), pair.get(1)) else {
                continue;
            };
            let m = self.compare(key, "==", value);
            if m != Match::No {
                return (matches.and(m), verdict(target));
            }
        }
        (Match::No, None)
    }

    fn condition(&self, m: &Value) -> Match {
        let op = m.get("op").and_then(Value::as_str).unwrap_or("==");
        let left = m.get("left").unwrap_or(&Value::Null);
        let right = m.get("right").unwrap_or(&Value::Null);
        self.compare(left, op, right)
    }

    fn compare(&self, left: &Value, op: &str, right: &Value) -> Match {
        let positive = match self.subject(left) {
            Subject::Port => {
                Match::from_bool(values(right).iter().any(|v| port_value(v, self.port)))
            }
            Subject::L4proto => Match::from_bool(
                values(right)
                    .iter()
                    .any(|v| v.as_str() == Some("tcp") || v.as_u64() == Some(6)),
            ),
            Subject::Nfproto => {
                let name = match self.family {
                    Family::V4 => "ipv4",
                    Family::V6 => "ipv6",
                };
                Match::from_bool(values(right).iter().any(|v| v.as_str() == Some(name)))
            }
            Subject::CtState => {
                Match::from_bool(values(right).iter().any(|v| v.as_str() == Some("new")))
            }
            Subject::Iif => {
                if values(right).iter().all(|v| v.as_str() == Some("lo")) {
                    Match::No
                } else {
                    Match::Some
                }
            }
            Subject::OtherTransport => return if op == "!=" { Match::Yes } else { Match::No },
            Subject::Some => return Match::Some,
        };
        if op == "!=" {
            positive.negate()
        } else {
            positive
        }
    }

    fn subject(&self, left: &Value) -> Subject {
        if let Some(p) = left.get("payload") {
            let protocol = p
                .get("protocol")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let field = p.get("field").and_then(Value::as_str).unwrap_or_default();
            return match (protocol, field) {
                ("tcp" | "th", "dport") => Subject::Port,
                ("udp" | "udplite" | "sctp" | "dccp" | "icmp" | "icmpv6", _) => {
                    Subject::OtherTransport
                }
                ("ip", "protocol") | ("ip6", "nexthdr") => Subject::L4proto,
                _ => Subject::Some,
            };
        }
        if let Some(meta) = left.get("meta") {
            return match meta.get("key").and_then(Value::as_str) {
                Some("l4proto") => Subject::L4proto,
                Some("nfproto") => Subject::Nfproto,
                Some("iifname" | "iif") => Subject::Iif,
                _ => Subject::Some,
            };
        }
        if let Some(ct) = left.get("ct")
            && ct.get("key").and_then(Value::as_str) == Some("state")
        {
            return Subject::CtState;
        }
        Subject::Some
    }
}

enum Subject {
    Port,
    L4proto,
    Nfproto,
    CtState,
    Iif,
    OtherTransport,
    Some,
}

impl Match {
    fn from_bool(yes: bool) -> Match {
        if yes { Match::Yes } else { Match::No }
    }
}

/// The elements a right-hand side stands for: a value, a list or an anonymous set.
fn values(right: &Value) -> Vec<Value> {
    if let Some(set) = right.get("set").and_then(Value::as_array) {
        return set.clone();
    }
    match right {
        Value::Array(list) => list.clone(),
        other => vec![other.clone()],
    }
}

fn port_value(v: &Value, port: u16) -> bool {
    if let Some(n) = v.as_u64() {
        return n == u64::from(port);
    }
    if let Some(range) = v.get("range").and_then(Value::as_array) {
        let lo = range.first().and_then(Value::as_u64).unwrap_or(u64::MAX);
        let hi = range.get(1).and_then(Value::as_u64).unwrap_or(0);
        return (lo..=hi).contains(&u64::from(port));
    }
    v.as_str().is_some_and(|s| port_in_list(s, port))
}

fn verdict(e: &Value) -> Option<Verdict> {
    if e.get("accept").is_some() {
        return Some(Verdict::Action(Action::Accept, None));
    }
    if e.get("drop").is_some() {
        return Some(Verdict::Action(Action::Drop, None));
    }
    if let Some(r) = e.get("reject") {
        let how = r.get("expr").and_then(Value::as_str).unwrap_or_default();
        let kind = if how.contains("prohibited") {
            RejectKind::Prohibited
        } else {
            RejectKind::Refused
        };
        return Some(Verdict::Action(Action::Reject, Some(kind)));
    }
    if e.get("return").is_some() {
        return Some(Verdict::Return);
    }
    for (key, goto) in [("jump", false), ("goto", true)] {
        if let Some(target) = e
            .get(key)
            .and_then(|j| j.get("target"))
            .and_then(Value::as_str)
        {
            return Some(Verdict::Jump(target.to_owned(), goto));
        }
    }
    None
}

#[cfg(test)]
#[path = "nft_tests.rs"]
mod tests;
