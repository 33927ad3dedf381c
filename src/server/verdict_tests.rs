use super::*;
use crate::server::firewall::Family;
use crate::server::firewall::managers::Panel;

fn listener(address: &str) -> Listener {
    Listener {
        address: address.parse().unwrap(),
        port: 8282,
        pid: Some(4242),
        process: Some("node".into()),
    }
}

fn rule(action: Action, reject: Option<RejectKind>) -> RuleHit {
    RuleHit {
        source: "iptables".into(),
        table: "filter".into(),
        chain: "INPUT".into(),
        action,
        rule: "-A INPUT -p tcp -m tcp --dport 8282 -j DROP".into(),
        family: Family::V4,
        conditional: false,
        reject,
    }
}

fn facts(listeners: Vec<Listener>, firewall: Vec<RuleHit>) -> PortFacts {
    PortFacts {
        port: 8282,
        listeners,
        nearest: Vec::new(),
        local_connect: Vec::new(),
        firewall,
        managers: Managers::default(),
        unread: Vec::new(),
    }
}

#[test]
fn open_and_listening_everywhere_is_ok() {
    let v = decide(&facts(
        vec![listener("0.0.0.0")],
        vec![rule(Action::Accept, None)],
    ));
    assert_eq!(v.verdict, Verdict::Ok);
    assert!(v.causes.is_empty());
}

#[test]
fn nothing_listens_is_refused_with_nearest_ports() {
    let mut f = facts(vec![], vec![]);
    f.nearest = vec![Listener {
        port: 3000,
        ..listener("0.0.0.0")
    }];
    let v = decide(&f);
    assert_eq!(v.verdict, Verdict::Refused);
    assert_eq!(v.causes[0].id, CauseId::RefusedServerNotRunning);
    assert!(matches!(&v.causes[0].evidence[1], Fact::NearestPorts(l) if l[0].port == 3000));
}

#[test]
fn loopback_only_names_the_process_and_address() {
    let v = decide(&facts(vec![listener("127.0.0.1"), listener("::1")], vec![]));
    assert_eq!(v.causes[0].id, CauseId::RefusedLoopbackOnlyBind);
    assert_eq!(v.causes[0].evidence.len(), 2);
    assert_eq!(
        v.causes[0].fix,
        Fix::Bind {
            current: "127.0.0.1:8282".into(),
            port: 8282
        }
    );
    // One wildcard listener beside it: remote clients reach that one.
    let ok = decide(&facts(vec![listener("127.0.0.1"), listener("::")], vec![]));
    assert_eq!(ok.verdict, Verdict::Ok);
}

#[test]
fn drop_rule_is_timeout_firewall_and_leads_a_missing_server() {
    let v = decide(&facts(vec![], vec![rule(Action::Drop, None)]));
    assert_eq!(v.verdict, Verdict::Timeout);
    assert_eq!(v.causes[0].id, CauseId::TimeoutFirewall);
    assert_eq!(v.causes[1].id, CauseId::RefusedServerNotRunning);
    assert!(v.causes[0].score > v.causes[1].score);
    assert_eq!(
        v.causes[0].fix,
        Fix::Open {
            command: "sudo iptables -I INPUT -p tcp --dport 8282 -j ACCEPT".into()
        }
    );
}

#[test]
fn reject_is_unreachable_firewall_reject() {
    let v = decide(&facts(
        vec![listener("0.0.0.0")],
        vec![rule(Action::Reject, Some(RejectKind::Prohibited))],
    ));
    assert_eq!(v.verdict, Verdict::Unreachable);
    assert_eq!(v.causes[0].id, CauseId::UnreachableFirewallReject);
    assert!(
        v.causes[0]
            .evidence
            .contains(&Fact::Rejects(RejectKind::Prohibited))
    );
}

#[test]
fn a_panel_turns_a_drop_into_the_panel_cause() {
    let mut f = facts(vec![listener("0.0.0.0")], vec![rule(Action::Drop, None)]);
    f.managers.panel = Some(Panel {
        name: "Baota / aaPanel",
        path: "/www/server/panel",
    });
    let v = decide(&f);
    assert_eq!(v.verdict, Verdict::Timeout);
    assert_eq!(v.causes[0].id, CauseId::TimeoutPanelFirewall);
    assert_eq!(v.causes[1].id, CauseId::TimeoutFirewall);
}

#[test]
fn a_conditional_rule_does_not_decide() {
    let mut r = rule(Action::Drop, None);
    r.conditional = true;
    let v = decide(&facts(vec![listener("0.0.0.0")], vec![r]));
    assert_eq!(v.verdict, Verdict::Ok);
}

#[test]
fn unread_firewalls_are_told_on_the_lead_cause() {
    let mut f = facts(vec![], vec![]);
    f.unread = vec![Unread::NeedsRoot {
        tool: "iptables-save".into(),
    }];
    let v = decide(&f);
    assert!(matches!(
        v.causes[0].evidence.last(),
        Some(Fact::Unread(Unread::NeedsRoot { .. }))
    ));
}
