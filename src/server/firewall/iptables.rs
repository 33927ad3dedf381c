//! `iptables-save` / `ip6tables-save` output: parsed into chains and evaluated for
//! a new TCP SYN to one port in the filter table's INPUT chain.

use std::collections::HashMap;

use super::{Action, ChainOutcome, Family, Match, RejectKind, RuleHit, port_in_list};

/// One table of a saved ruleset.
#[derive(Debug, Default, Clone)]
pub struct Table {
    /// `filter`, `nat`, …
    pub name: String,
    /// Chain name → policy (`None` for user chains, shown as `-`).
    pub policies: HashMap<String, Option<Action>>,
    /// Chain name → its rules in order.
    pub rules: HashMap<String, Vec<Rule>>,
}

/// One `-A CHAIN …` line.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The line as saved.
    pub text: String,
    /// Its arguments after `-A CHAIN`, unquoted.
    pub args: Vec<String>,
}

/// Parses `iptables-save` text into its tables.
pub fn parse(text: &str) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut current: Option<Table> = None;
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('*') {
            current = Some(Table {
                name: name.to_owned(),
                ..Table::default()
            });
        } else if line == "COMMIT" {
            tables.extend(current.take());
        } else if let (Some(table), Some(decl)) = (current.as_mut(), line.strip_prefix(':')) {
            let mut parts = decl.split_whitespace();
            if let Some(chain) = parts.next() {
                let policy = parts.next().and_then(target_action);
                table.policies.insert(chain.to_owned(), policy);
                table.rules.entry(chain.to_owned()).or_default();
            }
        } else if let (Some(table), Some(rest)) = (current.as_mut(), line.strip_prefix("-A ")) {
            let mut args = split_args(rest);
            if args.is_empty() {
                continue;
            }
            let chain = args.remove(0);
            table.rules.entry(chain).or_default().push(Rule {
                text: line.to_owned(),
                args,
            });
        }
    }
    tables
}

/// Splits like a shell: `"a b"` is one word, `\"` an escaped quote.
fn split_args(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => word.extend(chars.next()),
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    out.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        out.push(word);
    }
    out
}

fn target_action(target: &str) -> Option<Action> {
    match target {
        "ACCEPT" => Some(Action::Accept),
        "DROP" => Some(Action::Drop),
        "REJECT" => Some(Action::Reject),
        _ => None,
    }
}

/// How deep user chains may nest before evaluation gives up (a loop in the rules).
const MAX_DEPTH: usize = 32;

/// Evaluates the filter table's INPUT chain for a SYN to `port` from a remote client.
///
/// `source` names the tool (`iptables` or `ip6tables`); a chain whose name starts
/// with `ufw-` is reported as ufw's, one starting with `IN_`/`INPUT_ZONES` as firewalld's.
pub fn evaluate(tables: &[Table], port: u16, family: Family, source: &str) -> Option<ChainOutcome> {
    let filter = tables.iter().find(|t| t.name == "filter")?;
    let mut walk = Walk {
        table: filter,
        port,
        family,
        source,
        conditional: Vec::new(),
    };
    let decision = match walk.chain("INPUT", 0) {
        Step::Decided(hit) => Some(hit),
        Step::Continue | Step::Return => {
            filter
                .policies
                .get("INPUT")
                .copied()
                .flatten()
                .map(|action| {
                    walk.hit(
                        "INPUT",
                        action,
                        format!(":INPUT {}", action_word(action)),
                        None,
                        false,
                    )
                })
        }
    };
    Some(ChainOutcome {
        decision,
        conditional: walk.conditional,
    })
}

fn action_word(action: Action) -> &'static str {
    match action {
        Action::Accept => "ACCEPT",
        Action::Drop => "DROP",
        Action::Reject => "REJECT",
    }
}

enum Step {
    Decided(RuleHit),
    Continue,
    Return,
}

struct Walk<'a> {
    table: &'a Table,
    port: u16,
    family: Family,
    source: &'a str,
    conditional: Vec<RuleHit>,
}

impl Walk<'_> {
    fn hit(
        &self,
        chain: &str,
        action: Action,
        rule: String,
        reject: Option<RejectKind>,
        conditional: bool,
    ) -> RuleHit {
        let source = if chain.starts_with("ufw") {
            "ufw"
        } else if chain.starts_with("IN_") || chain.starts_with("INPUT_ZONES") {
            "firewalld"
        } else {
            self.source
        };
        RuleHit {
            source: source.to_owned(),
            table: self.table.name.clone(),
            chain: chain.to_owned(),
            action,
            rule,
            family: self.family,
            conditional,
            reject,
        }
    }

    fn chain(&mut self, name: &str, depth: usize) -> Step {
        if depth > MAX_DEPTH {
            return Step::Continue;
        }
        let Some(rules) = self.table.rules.get(name) else {
            return Step::Continue;
        };
        for rule in rules {
            let parsed = RuleParts::from_args(&rule.args, self.port, self.family);
            if parsed.matches == Match::No {
                continue;
            }
            let Some(target) = parsed.target.as_deref() else {
                continue;
            };
            let conditional = parsed.matches == Match::Some;
            if let Some(action) = target_action(target) {
                let reject = (action == Action::Reject).then(|| reject_kind(&parsed.reject_with));
                let hit = self.hit(name, action, rule.text.clone(), reject, conditional);
                if conditional {
                    self.conditional.push(hit);
                    continue;
                }
                return Step::Decided(hit);
            }
            if target == "RETURN" {
                if conditional {
                    continue;
                }
                return Step::Return;
            }
            if self.table.rules.contains_key(target) {
                if conditional {
                    // Shown through the rules inside it that would decide.
                    if let Step::Decided(hit) = self.chain(target, depth + 1) {
                        self.conditional.push(RuleHit {
                            conditional: true,
                            ..hit
                        });
                    }
                    continue;
                }
                match self.chain(target, depth + 1) {
                    Step::Decided(hit) => return Step::Decided(hit),
                    // A goto does not come back here: its end ends this chain too.
                    Step::Continue | Step::Return if parsed.goto => return Step::Return,
                    Step::Continue | Step::Return => {}
                }
            }
            // LOG, MARK, NFLOG and other non-terminal targets: the packet goes on.
        }
        Step::Continue
    }
}

fn reject_kind(with: &Option<String>) -> RejectKind {
    match with.as_deref() {
        Some(w) if w.contains("prohibited") => RejectKind::Prohibited,
        // The default is icmp-port-unreachable, which the client reads as "refused".
        _ => RejectKind::Refused,
    }
}

/// The parts of one rule that matter for a SYN.
struct RuleParts {
    matches: Match,
    target: Option<String>,
    goto: bool,
    reject_with: Option<String>,
}

impl RuleParts {
    fn from_args(args: &[String], port: u16, family: Family) -> RuleParts {
        let mut out = RuleParts {
            matches: Match::Yes,
            target: None,
            goto: false,
            reject_with: None,
        };
        let mut negate = false;
        let mut i = 0;
        let value = |i: usize| args.get(i + 1).map(String::as_str).unwrap_or_default();
        while i < args.len() {
            let arg = args[i].as_str();
            if arg == "!" {
                negate = true;
                i += 1;
                continue;
            }
            let (m, used) = match arg {
                "-p" | "--protocol" => (protocol(value(i)), 2),
                "--dport" | "--destination-port" => (Match::from(port_in_list(value(i), port)), 2),
                "--dports" | "--destination-ports" => {
                    (Match::from(port_in_list(value(i), port)), 2)
                }
                // Either end may match; the client's source port is unknown.
                "--ports" => (
                    if port_in_list(value(i), port) {
                        Match::Yes
                    } else {
                        Match::Some
                    },
                    2,
                ),
                "--sport" | "--source-port" | "--sports" | "--source-ports" => (Match::Some, 2),
                "-s" | "--source" | "--src-range" | "--match-set" => (
                    source_match(value(i)),
                    if arg == "--match-set" { 3 } else { 2 },
                ),
                "-d" | "--destination" => (destination(value(i), family), 2),
                "-i" | "--in-interface" => (interface(value(i)), 2),
                "--state" | "--ctstate" => (state(value(i)), 2),
                "--syn" => (Match::Yes, 1),
                "--tcp-flags" => (
                    tcp_flags(
                        value(i),
                        args.get(i + 2).map(String::as_str).unwrap_or_default(),
                    ),
                    3,
                ),
                "--dst-type" => (dst_type(value(i)), 2),
                "-f" | "--fragment" => (Match::No, 1),
                "-m" | "--match" => (Match::Yes, 2),
                "--comment" => (Match::Yes, 2),
                "-j" | "--jump" | "-g" | "--goto" => {
                    out.target = Some(value(i).to_owned());
                    out.goto = arg.starts_with("-g") || arg == "--goto";
                    (Match::Yes, 2)
                }
                "--reject-with" => {
                    out.reject_with = Some(value(i).to_owned());
                    (Match::Yes, 2)
                }
                // Counters and options of targets (LOG prefixes, marks) do not select packets.
                "-c" | "--set-counters" => (Match::Yes, 3),
                a if out.target.is_some() => (
                    Match::Yes,
                    if a.starts_with("--") && args.get(i + 1).is_some_and(|v| !v.starts_with("--"))
                    {
                        2
                    } else {
                        1
                    },
                ),
                // Rate limits, recent lists, connection counts, owners, marks: not every client.
                a if a.starts_with('-') => (
                    Match::Some,
                    if args.get(i + 1).is_some_and(|v| !v.starts_with('-')) {
                        2
                    } else {
                        1
                    },
                ),
                _ => (Match::Yes, 1),
            };
            let m = if negate { m.negate() } else { m };
            negate = false;
            out.matches = out.matches.and(m);
            i += used;
        }
        out
    }
}

impl From<bool> for Match {
    fn from(yes: bool) -> Match {
        if yes { Match::Yes } else { Match::No }
    }
}

fn protocol(p: &str) -> Match {
    Match::from(matches!(
        p.to_ascii_lowercase().as_str(),
        "tcp" | "6" | "all" | "0"
    ))
}

fn source_match(value: &str) -> Match {
    // Every client has some source address; a catch-all range is no condition.
    if value == "0.0.0.0/0" || value == "::/0" {
        Match::Yes
    } else {
        Match::Some
    }
}

fn destination(value: &str, family: Family) -> Match {
    let loopback = match family {
        Family::V4 => value.starts_with("127."),
        Family::V6 => value == "::1" || value == "::1/128",
    };
    if loopback {
        Match::No
    } else if value == "0.0.0.0/0" || value == "::/0" {
        Match::Yes
    } else {
        // The client may dial one of several addresses of this machine.
        Match::Some
    }
}

fn interface(name: &str) -> Match {
    // A remote client never arrives on loopback; other names depend on the route.
    if name == "lo" {
        Match::No
    } else if name == "+" {
        Match::Yes
    } else {
        Match::Some
    }
}

fn state(list: &str) -> Match {
    // A SYN of a new connection is in state NEW; RELATED/ESTABLISHED are later packets.
    Match::from(list.split(',').any(|s| s.eq_ignore_ascii_case("NEW")))
}

fn tcp_flags(mask: &str, comp: &str) -> Match {
    let has = |list: &str, flag: &str| list.split(',').any(|f| f == flag || f == "ALL");
    let flags = ["SYN", "ACK", "FIN", "RST", "URG", "PSH"];
    // A SYN packet has exactly SYN set.
    let ok = flags
        .iter()
        .filter(|f| has(mask, f))
        .all(|f| (*f == "SYN") == (has(comp, f) && comp != "NONE"));
    Match::from(ok)
}

fn dst_type(kind: &str) -> Match {
    match kind {
        "LOCAL" | "UNICAST" => Match::Yes,
        "BROADCAST" | "MULTICAST" | "ANYCAST" | "BLACKHOLE" | "UNREACHABLE" | "PROHIBIT" => {
            Match::No
        }
        _ => Match::Some,
    }
}

#[cfg(test)]
#[path = "iptables_tests.rs"]
mod tests;
