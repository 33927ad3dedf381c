//! Runs the firewall tools of this machine once and keeps what they printed, so
//! every port is evaluated against the same snapshot.

use std::io::ErrorKind;
use std::process::Command;

use super::managers::{Managers, Panel};
use super::nft::Ruleset;
use super::{ChainOutcome, Family, RuleHit, combine, iptables};

/// Why a firewall's rules are not part of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// The tool needs privileges this run does not have.
    NeedsRoot {
        /// The tool that refused.
        tool: String,
    },
    /// The tool ran and failed for another reason.
    Failed {
        /// The tool.
        tool: String,
        /// The first line it printed on stderr.
        error: String,
    },
    /// This platform's firewall is not read by netdoctor.
    NotOnPlatform {
        /// `pf`, `Windows Firewall`.
        firewall: &'static str,
    },
}

/// Everything read from the firewalls of this machine.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// `iptables-save`, parsed.
    pub iptables: Option<Vec<iptables::Table>>,
    /// `ip6tables-save`, parsed.
    pub ip6tables: Option<Vec<iptables::Table>>,
    /// `nft -j list ruleset`, parsed, without the tables iptables already showed.
    pub nft: Option<Ruleset>,
    /// ufw, firewalld and hosting panels.
    pub managers: Managers,
    /// What could not be read, and why.
    pub unread: Vec<Unread>,
}

/// What one tool run gave.
enum Output {
    Text(String),
    Missing,
    Unread(Unread),
}

fn run(tool: &str, args: &[&str]) -> Output {
    let out = match Command::new(tool).args(args).env("LC_ALL", "C").output() {
        Ok(out) => out,
        Err(err) if err.kind() == ErrorKind::NotFound => return Output::Missing,
        // EACCES also comes from a PATH entry this user may not search, so it
        // means "needs root" only when the tool is installed where tools live.
        Err(err) if err.kind() == ErrorKind::PermissionDenied => {
            let installed = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"]
                .iter()
                .any(|dir| std::path::Path::new(dir).join(tool).exists());
            if !installed {
                return Output::Missing;
            }
            return Output::Unread(Unread::NeedsRoot {
                tool: tool.to_owned(),
            });
        }
        Err(err) => {
            return Output::Unread(Unread::Failed {
                tool: tool.to_owned(),
                error: err.to_string(),
            });
        }
    };
    if out.status.success() {
        return Output::Text(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if needs_root(&stderr) {
        return Output::Unread(Unread::NeedsRoot {
            tool: tool.to_owned(),
        });
    }
    Output::Unread(Unread::Failed {
        tool: tool.to_owned(),
        error: stderr.lines().next().unwrap_or_default().trim().to_owned(),
    })
}

/// The messages iptables, nft, ufw and firewall-cmd print when run unprivileged.
pub fn needs_root(stderr: &str) -> bool {
    let lower = stderr.to_ascii_lowercase();
    [
        "permission denied",
        "operation not permitted",
        "must be root",
        "need to be root",
        "not authorized",
        "access denied",
    ]
    .iter()
    .any(|needle| lower.contains(needle))
}

impl Snapshot {
    /// Reads every firewall this platform has.
    pub fn read() -> Snapshot {
        let mut snap = Snapshot::default();
        if cfg!(target_os = "linux") {
            snap.read_linux();
        } else if cfg!(any(
            target_os = "macos",
            target_os = "freebsd",
            target_os = "openbsd"
        )) {
            snap.unread.push(Unread::NotOnPlatform { firewall: "pf" });
        } else if cfg!(windows) {
            snap.unread.push(Unread::NotOnPlatform {
                firewall: "Windows Firewall",
            });
        }
        snap
    }

    fn read_linux(&mut self) {
        let mut iptables_nft = false;
        if let Output::Text(version) = run("iptables", &["-V"]) {
            iptables_nft = version.contains("nf_tables");
        }
        self.iptables = self
            .keep(run("iptables-save", &[]))
            .map(|t| iptables::parse(&t));
        self.ip6tables = self
            .keep(run("ip6tables-save", &[]))
            .map(|t| iptables::parse(&t));
        if let Some(json) = self.keep(run("nft", &["-j", "list", "ruleset"])) {
            let text = match run("nft", &["-a", "list", "ruleset"]) {
                Output::Text(text) => text,
                _ => String::new(),
            };
            match Ruleset::parse(&json, &text) {
                Ok(set) if iptables_nft => self.nft = Some(set.without_iptables_tables()),
                Ok(set) => self.nft = Some(set),
                Err(err) => self.unread.push(Unread::Failed {
                    tool: "nft".into(),
                    error: err.to_string(),
                }),
            }
        }
        let ufw = self.keep(run("ufw", &["status"]));
        let firewalld = match run("firewall-cmd", &["--state"]) {
            // `not running` exits non-zero; only a running daemon manages rules.
            Output::Text(text) => Some(text.trim() == "running"),
            _ => None,
        };
        self.managers = Managers::detect(ufw.as_deref(), firewalld, Panel::detect());
    }

    fn keep(&mut self, out: Output) -> Option<String> {
        match out {
            Output::Text(text) => Some(text),
            Output::Missing => None,
            Output::Unread(why) => {
                self.unread.push(why);
                None
            }
        }
    }

    /// Whether any rules were read at all.
    pub fn any_rules(&self) -> bool {
        self.iptables
            .as_ref()
            .is_some_and(|t| t.iter().any(|t| t.name == "filter"))
            || self
                .ip6tables
                .as_ref()
                .is_some_and(|t| t.iter().any(|t| t.name == "filter"))
            || self.nft.as_ref().is_some_and(Ruleset::has_input_chains)
    }

    /// The rules that decide a new TCP connection to `port`, IPv4 first, then IPv6.
    pub fn evaluate(&self, port: u16) -> Vec<RuleHit> {
        let mut hits = Vec::new();
        for (family, saved, tool) in [
            (Family::V4, &self.iptables, "iptables"),
            (Family::V6, &self.ip6tables, "ip6tables"),
        ] {
            // iptables' filter INPUT chain hooks in at priority 0, like nft's `filter`.
            let mut chains: Vec<(i64, ChainOutcome)> = Vec::new();
            if let Some(out) = saved
                .as_deref()
                .and_then(|t| iptables::evaluate(t, port, family, tool))
            {
                chains.push((0, out));
            }
            if let Some(set) = &self.nft {
                let prios = set.input_prios(family);
                chains.extend(prios.into_iter().zip(set.evaluate(port, family)));
            }
            chains.sort_by_key(|(prio, _)| *prio);
            hits.extend(combine(chains.into_iter().map(|(_, o)| o).collect()));
        }
        hits
    }
}
