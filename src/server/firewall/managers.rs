//! The front ends that own the rules (ufw, firewalld, a hosting panel) and the exact
//! command that opens a port in the one in use.

use std::path::Path;

use super::{Family, RuleHit};

/// A hosting control panel that manages the firewall itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// `Baota / aaPanel`.
    pub name: &'static str,
    /// Where it was found.
    pub path: &'static str,
}

/// Where Baota (BT-Panel) and aaPanel, its international edition, install themselves.
const BAOTA_DIR: &str = "/www/server/panel";

impl Panel {
    /// The panel installed on this machine, if any.
    pub fn detect() -> Option<Panel> {
        Path::new(BAOTA_DIR).is_dir().then_some(Panel {
            name: "Baota / aaPanel",
            path: BAOTA_DIR,
        })
    }
}

/// Which rule managers are in use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Managers {
    /// `ufw status` said active (`None`: not installed or not readable).
    pub ufw_active: Option<bool>,
    /// `firewall-cmd --state` said running (`None`: not installed).
    pub firewalld_running: Option<bool>,
    /// A hosting panel.
    pub panel: Option<Panel>,
}

impl Managers {
    /// From `ufw status` text, `firewall-cmd --state` and the panel check.
    pub fn detect(
        ufw_status: Option<&str>,
        firewalld_running: Option<bool>,
        panel: Option<Panel>,
    ) -> Managers {
        Managers {
            ufw_active: ufw_status.map(|s| s.lines().any(|l| l.trim() == "Status: active")),
            firewalld_running,
            panel,
        }
    }

    /// The command that lets new TCP connections to `port` through the rule `hit`.
    ///
    /// The manager that wrote the rule gets the command, since it would undo a raw
    /// rule on its next reload; raw rules get one inserted before the deciding rule.
    pub fn open_command(&self, hit: &RuleHit, port: u16) -> String {
        if hit.source == "firewalld" || self.firewalld_running == Some(true) {
            return format!(
                "sudo firewall-cmd --permanent --add-port={port}/tcp && sudo firewall-cmd --reload"
            );
        }
        if hit.source == "ufw" || self.ufw_active == Some(true) {
            return format!("sudo ufw allow {port}/tcp");
        }
        if hit.source == "nftables" {
            return format!(
                "sudo nft insert rule {} {} tcp dport {port} accept",
                hit.table, hit.chain
            );
        }
        let tool = match hit.family {
            Family::V4 => "iptables",
            Family::V6 => "ip6tables",
        };
        let table = if hit.table == "filter" {
            String::new()
        } else {
            format!("-t {} ", hit.table)
        };
        format!(
            "sudo {tool} {table}-I {} -p tcp --dport {port} -j ACCEPT",
            hit.chain
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::Action;
    use super::*;

    fn hit(source: &str, table: &str, chain: &str, family: Family) -> RuleHit {
        RuleHit {
            source: source.into(),
            table: table.into(),
            chain: chain.into(),
            action: Action::Drop,
            rule: String::new(),
            family,
            conditional: false,
            reject: None,
        }
    }

    #[test]
    fn each_firewall_gets_its_own_command() {
        let none = Managers::default();
        assert_eq!(
            none.open_command(&hit("iptables", "filter", "INPUT", Family::V4), 8282),
            "sudo iptables -I INPUT -p tcp --dport 8282 -j ACCEPT"
        );
        assert_eq!(
            none.open_command(&hit("ip6tables", "filter", "web", Family::V6), 80),
            "sudo ip6tables -I web -p tcp --dport 80 -j ACCEPT"
        );
        assert_eq!(
            none.open_command(&hit("nftables", "inet host", "input", Family::V4), 80),
            "sudo nft insert rule inet host input tcp dport 80 accept"
        );
        assert_eq!(
            none.open_command(&hit("ufw", "filter", "ufw-user-input", Family::V4), 80),
            "sudo ufw allow 80/tcp"
        );
        let firewalld = Managers::detect(None, Some(true), None);
        assert!(
            firewalld
                .open_command(
                    &hit("nftables", "inet firewalld", "filter_IN_public", Family::V4),
                    80
                )
                .starts_with("sudo firewall-cmd --permanent --add-port=80/tcp")
        );
    }

    #[test]
    fn ufw_status_text() {
        let active = Managers::detect(Some("Status: active\n\nTo Action From\n"), None, None);
        assert_eq!(active.ufw_active, Some(true));
        let inactive = Managers::detect(Some("Status: inactive\n"), None, None);
        assert_eq!(inactive.ufw_active, Some(false));
        assert_eq!(
            inactive.open_command(&hit("iptables", "filter", "INPUT", Family::V4), 1),
            "sudo iptables -I INPUT -p tcp --dport 1 -j ACCEPT"
        );
    }
}
