//! `netdoctor server` against real iptables, ip6tables and nft rules, and the
//! responder behind them, inside a network namespace each test creates.
//!
//! Each test runs `unshare -n`: a fresh namespace with only `lo`, given a private
//! address (10.99.0.1, fd99::1) so a connect to it walks INPUT like a remote one
//! would for these rules. The responder listens there, the rules go in, then the
//! binary reports on the port and, where it matters, a client check dials it.
//!
//! Needs `unshare`, `ip`, `iptables`, `ip6tables`, `nft` and the right to create
//! network namespaces (root). Without them each test says why and passes, unless
//! `NETDOCTOR_REQUIRE_FIREWALL=1` (or `NETDOCTOR_REQUIRE_NETNS=1`) makes it fail.

#![cfg(target_os = "linux")]
// Test code: a failed setup step stops the test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// The port every test uses: each namespace is new, so it is always free there.
const PORT: u16 = 8282;

/// Why the tests cannot run here, or `None`. Probed once.
fn unavailable() -> Option<String> {
    static WHY: OnceLock<Option<String>> = OnceLock::new();
    WHY.get_or_init(|| {
        let probe = "ip link set lo up && iptables -S >/dev/null && ip6tables -S >/dev/null && nft list ruleset >/dev/null";
        match Command::new("unshare")
            .args(["-n", "sh", "-c", probe])
            .stdin(Stdio::null())
            .output()
        {
            Err(err) => Some(format!("cannot run unshare: {err}")),
            Ok(out) if !out.status.success() => Some(format!(
                "`unshare -n sh -c '{probe}'` failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )),
            Ok(_) => None,
        }
    })
    .clone()
}

fn ready(test: &str) -> bool {
    let Some(why) = unavailable() else {
        return true;
    };
    for switch in ["NETDOCTOR_REQUIRE_FIREWALL", "NETDOCTOR_REQUIRE_NETNS"] {
        if std::env::var(switch).as_deref() == Ok("1") {
            panic!("{test}: {switch}=1 but the firewall namespace tests cannot run: {why}");
        }
    }
    eprintln!("{test}: skipped: {why}");
    false
}

/// What one namespace run gave.
struct Run {
    /// Exit status of `netdoctor server --json`.
    code: Option<i32>,
    /// Its document.
    doc: Value,
    /// Its stderr.
    stderr: String,
    /// The client check's result, when one was asked for.
    check: Option<Value>,
}

impl Run {
    fn port(&self) -> &Value {
        &self.doc["ports"][0]
    }

    fn verdict(&self) -> &str {
        self.port()["verdict"].as_str().unwrap_or_default()
    }

    fn cause_ids(&self) -> Vec<&str> {
        self.port()["causes"]
            .as_array()
            .expect("causes")
            .iter()
            .filter_map(|c| c["id"].as_str())
            .collect()
    }

    /// The decisive (not conditional) firewall entries.
    fn rules(&self) -> Vec<&Value> {
        self.port()["firewall"]
            .as_array()
            .expect("firewall")
            .iter()
            .filter(|r| r.get("conditional").is_none())
            .collect()
    }
}

/// In a new namespace: addresses, `rules` (shell lines), optionally the responder
/// on [`PORT`], then `netdoctor server --json PORT` and optionally a client check.
fn in_netns(rules: &str, respond: bool, client: bool) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let responder = if respond {
        // The responder's first line says it listens; reading it is the readiness wait.
        format!(
            "mkfifo \"$2/ready\"\n\"$1\" server --respond --respond-for 120 {PORT} >\"$2/ready\" 2>\"$2/responder.err\" &\nR=$!\nread line <\"$2/ready\"\n"
        )
    } else {
        "R=\n".to_owned()
    };
    let check = if client {
        format!(
            "\"$1\" check --json --lang en --timeout 1000 tcp://10.99.0.1:{PORT} >\"$2/check.json\" 2>/dev/null\n"
        )
    } else {
        String::new()
    };
    let script = format!(
        "set -e\nip link set lo up\nip addr add 10.99.0.1/32 dev lo\nip addr add fd99::1/128 dev lo nodad\n{rules}\n{responder}set +e\n\"$1\" server --json --lang en {PORT}\ncode=$?\n{check}[ -n \"$R\" ] && kill $R\nexit $code\n"
    );
    let mut cmd = Command::new("unshare");
    cmd.args([
        "-n",
        "sh",
        "-c",
        &script,
        "sh",
        env!("CARGO_BIN_EXE_netdoctor"),
    ])
    .arg(dir.path())
    .stdin(Stdio::null());
    common::bin::pin_locale(&mut cmd);
    let out = cmd.output().expect("run unshare");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let doc: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {stdout}\nstderr: {stderr}"));
    let check = client.then(|| {
        let text = std::fs::read_to_string(dir.path().join("check.json")).expect("check.json");
        let doc: Value = serde_json::from_str(&text).expect("check JSON");
        doc["results"][0].clone()
    });
    Run {
        code: out.status.code(),
        doc,
        stderr,
        check,
    }
}

#[test]
fn iptables_drop_is_timeout_firewall_with_the_rule_and_the_open_command() {
    if !ready("iptables_drop") {
        return;
    }
    let run = in_netns(
        &format!("iptables -A INPUT -p tcp --dport {PORT} -j DROP"),
        true,
        true,
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(run.doc["schema"], 1);
    assert_eq!(run.verdict(), "timeout", "{:#}", run.doc);
    assert_eq!(run.cause_ids()[0], "timeout.firewall");
    let rules = run.rules();
    assert_eq!(rules[0]["source"], "iptables");
    assert_eq!(rules[0]["table"], "filter");
    assert_eq!(rules[0]["chain"], "INPUT");
    assert_eq!(rules[0]["action"], "drop");
    assert_eq!(
        rules[0]["rule"],
        format!("-A INPUT -p tcp -m tcp --dport {PORT} -j DROP")
    );
    let remediation = run.port()["causes"][0]["remediation"]
        .as_str()
        .unwrap_or_default();
    assert!(
        remediation.contains(&format!(
            "sudo iptables -I INPUT -p tcp --dport {PORT} -j ACCEPT"
        )),
        "{remediation}"
    );
    // The listener is the responder, named by process.
    let listeners = run.port()["listeners"].as_array().expect("listeners");
    assert!(
        listeners
            .iter()
            .any(|l| l["process"] == "netdoctor" && l["address"] == "0.0.0.0"),
        "{listeners:?}"
    );
    // And a client dialling the machine's address really times out.
    let check = run.check.expect("client check");
    assert_eq!(check["verdict"], "timeout", "{check:#}");
}

#[test]
fn iptables_reject_host_prohibited_is_unreachable_firewall_reject() {
    if !ready("iptables_reject") {
        return;
    }
    let run = in_netns(
        &format!(
            "iptables -A INPUT -p tcp --dport {PORT} -j REJECT --reject-with icmp-host-prohibited"
        ),
        true,
        true,
    );
    assert_eq!(run.verdict(), "unreachable", "{:#}", run.doc);
    assert_eq!(run.cause_ids()[0], "unreachable.firewall-reject");
    assert_eq!(run.rules()[0]["action"], "reject");
    let evidence = run.port()["causes"][0]["evidence"].to_string();
    assert!(evidence.contains("No route to host"), "{evidence}");
    // The client alone, with no server-side reading, names the reject too: the
    // immediate "no route" while other ports of the same host answer.
    let check = run.check.expect("client check");
    assert_eq!(check["verdict"], "unreachable", "{check:#}");
    assert_eq!(
        check["causes"][0]["id"], "unreachable.firewall-reject",
        "{check:#}"
    );
}

#[test]
fn accept_before_a_drop_is_ok() {
    if !ready("accept_before_drop") {
        return;
    }
    // The state rule lets the replies to the client's own SYN back in (client and
    // server share this namespace); it must not count as accepting a new SYN.
    let rules = format!(
        "iptables -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT\niptables -A INPUT -p tcp --dport {PORT} -j ACCEPT\niptables -A INPUT -p tcp -j DROP"
    );
    let run = in_netns(&rules, true, true);
    assert_eq!(run.code, Some(0), "{:#}", run.doc);
    assert_eq!(run.verdict(), "ok");
    assert_eq!(run.rules()[0]["action"], "accept");
    assert!(
        run.rules()[0]["rule"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("--dport {PORT}"))
    );
    assert_eq!(run.check.expect("client check")["verdict"], "ok");
}

#[test]
fn a_policy_drop_decides_when_no_rule_matches() {
    if !ready("policy_drop") {
        return;
    }
    let run = in_netns("iptables -P INPUT DROP", true, false);
    assert_eq!(run.verdict(), "timeout", "{:#}", run.doc);
    let rules = run.rules();
    assert_eq!(rules[0]["rule"], ":INPUT DROP");
    assert_eq!(rules[0]["action"], "drop");
}

#[test]
fn a_rule_for_another_port_does_not_match() {
    if !ready("other_port") {
        return;
    }
    let other = PORT + 1;
    let rules = format!(
        "iptables -A INPUT -p tcp --dport {other} -j DROP\nip6tables -A INPUT -p tcp --dport {other} -j DROP\nnft add table inet t\nnft add chain inet t input '{{ type filter hook input priority 0; policy accept; }}'\nnft add rule inet t input tcp dport {other} drop"
    );
    let run = in_netns(&rules, true, true);
    assert_eq!(run.code, Some(0), "{:#}", run.doc);
    assert_eq!(run.verdict(), "ok");
    assert!(
        run.rules().iter().all(|r| r["action"] == "accept"),
        "{:#}",
        run.doc
    );
    assert_eq!(run.check.expect("client check")["verdict"], "ok");
}

#[test]
fn ip6tables_drop_is_reported_for_ipv6() {
    if !ready("ip6tables_drop") {
        return;
    }
    let run = in_netns(
        &format!("ip6tables -A INPUT -p tcp --dport {PORT} -j DROP"),
        true,
        false,
    );
    assert_eq!(run.verdict(), "timeout", "{:#}", run.doc);
    let rules = run.rules();
    let drop = rules
        .iter()
        .find(|r| r["action"] == "drop")
        .expect("a drop");
    assert_eq!(drop["source"], "ip6tables");
    assert_eq!(drop["family"], "ipv6");
    assert!(
        run.port()["causes"][0]["remediation"]
            .to_string()
            .contains("sudo ip6tables -I INPUT")
    );
}

#[test]
fn nft_drop_and_reject_are_read_with_their_text() {
    if !ready("nft_rules") {
        return;
    }
    let base = "nft add table inet t\nnft add chain inet t input '{ type filter hook input priority 0; policy accept; }'";
    let run = in_netns(
        &format!("{base}\nnft add rule inet t input tcp dport {PORT} drop"),
        true,
        false,
    );
    assert_eq!(run.verdict(), "timeout", "{:#}", run.doc);
    let rule = run.rules()[0];
    assert_eq!(rule["source"], "nftables");
    assert_eq!(rule["table"], "inet t");
    assert_eq!(rule["rule"], format!("tcp dport {PORT} drop"));
    assert!(
        run.port()["causes"][0]["remediation"]
            .to_string()
            .contains(&format!(
                "sudo nft insert rule inet t input tcp dport {PORT} accept"
            ))
    );

    let run = in_netns(
        &format!(
            "{base}\nnft add rule inet t input tcp dport '{{ 80, {PORT} }}' reject with icmpx admin-prohibited"
        ),
        true,
        true,
    );
    assert_eq!(run.verdict(), "unreachable", "{:#}", run.doc);
    assert_eq!(run.cause_ids()[0], "unreachable.firewall-reject");
    let check = run.check.expect("client check");
    assert_eq!(check["verdict"], "unreachable");
    // nft's admin-prohibited reject, seen from the client: the neighbour sweep
    // shows the host answering, so the "no route" is the firewall's.
    assert_eq!(
        check["causes"][0]["id"], "unreachable.firewall-reject",
        "{check:#}"
    );
}

#[test]
fn nothing_listening_is_server_not_running() {
    if !ready("nothing_listens") {
        return;
    }
    let run = in_netns("", false, false);
    assert_eq!(run.code, Some(1));
    assert_eq!(run.verdict(), "refused", "{:#}", run.doc);
    assert_eq!(run.cause_ids(), ["refused.server-not-running"]);
    assert!(
        run.port()["listeners"]
            .as_array()
            .expect("listeners")
            .is_empty()
    );
    let connects = run.port()["local_connect"]
        .as_array()
        .expect("local_connect");
    assert!(
        connects
            .iter()
            .any(|c| c["address"] == "10.99.0.1" && c["result"] == "refused"),
        "{connects:?}"
    );
}

#[test]
fn text_output_names_the_rule_and_the_fix_in_the_asked_language() {
    if !ready("text_output") {
        return;
    }
    let script = format!(
        "set -e\nip link set lo up\niptables -A INPUT -p tcp --dport {PORT} -j DROP\nexec \"$1\" server --lang ru {PORT}\n"
    );
    let mut cmd = Command::new("unshare");
    cmd.args([
        "-n",
        "sh",
        "-c",
        &script,
        "sh",
        env!("CARGO_BIN_EXE_netdoctor"),
    ])
    .env("NO_COLOR", "1");
    common::bin::pin_locale(&mut cmd);
    let out = cmd.output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!("-A INPUT -p tcp -m tcp --dport {PORT} -j DROP")),
        "{text}"
    );
    assert!(
        text.contains("Файрвол на сервере отбрасывает соединение"),
        "{text}"
    );
    assert!(text.contains("sudo iptables -I INPUT"), "{text}");
    assert!(!text.contains('\u{1b}'), "NO_COLOR: {text}");
}
