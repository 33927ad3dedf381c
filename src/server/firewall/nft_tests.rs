use super::*;

/// `nft -j list ruleset` and `nft -a list ruleset` of the same host firewall, recorded
/// with nft 1.0.6: a ct-state vmap, loopback, ssh, a user chain, rejects, a policy drop.
const JSON: &str = include_str!("../../../tests/fixtures/firewall/host.json");
const TEXT: &str = include_str!("../../../tests/fixtures/firewall/host.nft");

fn decide(port: u16) -> RuleHit {
    let set = Ruleset::parse(JSON, TEXT).expect("ruleset");
    let mut out = set.evaluate(port, Family::V4);
    assert_eq!(out.len(), 1, "one input base chain");
    out.remove(0).decision.expect("a decision")
}

#[test]
fn parses_chains_hooks_and_rule_texts() {
    let set = Ruleset::parse(JSON, TEXT).expect("ruleset");
    assert_eq!(set.chains.len(), 2);
    assert!(set.has_input_chains());
    assert_eq!(
        set.texts[&("inet".to_owned(), "host".to_owned(), 10)],
        "tcp dport 22 accept comment \"ssh in\""
    );
}

#[test]
fn a_new_syn_passes_the_ct_state_map_and_meets_the_policy() {
    let hit = decide(3000);
    assert_eq!(hit.action, Action::Drop);
    assert_eq!(hit.rule, "policy drop");
    assert_eq!(
        (hit.table.as_str(), hit.chain.as_str()),
        ("inet host", "input")
    );
}

#[test]
fn accept_and_jump_and_return() {
    assert_eq!(decide(22).rule, "tcp dport 22 accept comment \"ssh in\"");
    let web = decide(80);
    assert_eq!((web.chain.as_str(), web.action), ("web", Action::Accept));
    assert_eq!(decide(8443).rule, "policy drop");
}

#[test]
fn set_and_range_reject_prohibited_and_reset() {
    for port in [7000, 9000, 9005, 9010] {
        let hit = decide(port);
        assert_eq!(hit.action, Action::Reject, "{port}");
        assert_eq!(hit.reject, Some(RejectKind::Prohibited));
    }
    assert_eq!(decide(9011).rule, "policy drop");
    let reset = decide(6000);
    assert_eq!(reset.reject, Some(RejectKind::Refused));
}

#[test]
fn udp_rule_does_not_match_and_source_rule_is_conditional() {
    assert_eq!(decide(8282).rule, "policy drop");
    let set = Ruleset::parse(JSON, TEXT).expect("ruleset");
    let out = set.evaluate(5432, Family::V4);
    assert_eq!(out[0].conditional.len(), 1);
    assert!(
        out[0].conditional[0]
            .rule
            .starts_with("ip saddr 10.0.0.0/8")
    );
}

#[test]
fn iptables_nft_tables_are_left_to_iptables_save() {
    let json = r#"{"nftables": [
        {"chain": {"family": "ip", "table": "filter", "name": "INPUT", "hook": "input", "prio": 0, "policy": "drop"}},
        {"chain": {"family": "inet", "table": "mine", "name": "in", "hook": "input", "prio": 10, "policy": "accept"}}]}"#;
    let set = Ruleset::parse(json, "")
        .expect("ruleset")
        .without_iptables_tables();
    assert_eq!(set.chains.len(), 1);
    let out = set.evaluate(1, Family::V6);
    assert_eq!(
        out[0].decision.as_ref().map(|h| h.action),
        Some(Action::Accept)
    );
}

#[test]
fn not_a_ruleset() {
    assert!(Ruleset::parse("{}", "").is_err());
    assert!(Ruleset::parse("not json", "").is_err());
}
