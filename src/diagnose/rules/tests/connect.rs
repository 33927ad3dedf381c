use super::support::{addr, classify, failed, first, scores_ranked};
use crate::diagnose::{CauseId, Evidence, Verdict};
use crate::observation::{NetErrorKind, PortState};

#[test]
fn refused_plain_is_server_not_running() {
    let obs = failed("ws://127.0.0.1:9/", "127.0.0.1:9", NetErrorKind::Refused).build();
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedServerNotRunning)
    );
    scores_ranked(&obs);
}

#[test]
fn refused_with_loopback_accepting_is_loopback_only_bind() {
    let mut obs = failed("ws://127.0.0.2:9/", "127.0.0.2:9", NetErrorKind::Refused).build();
    obs.followups.alternates = vec![(addr("127.0.0.1:9"), true), (addr("[::1]:9"), false)];
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedLoopbackOnlyBind)
    );
    let d = classify(&obs);
    assert_eq!(
        d.causes[0].evidence,
        vec![Evidence::AlternateAccepts {
            addr: addr("127.0.0.1:9")
        }]
    );
}

#[test]
fn refused_loopback_with_the_other_family_accepting_is_other_family_works() {
    // A server on [::1] only, dialled at 127.0.0.1: not a bind to fix, not a wrong host.
    let mut obs = failed("ws://127.0.0.1:9/", "127.0.0.1:9", NetErrorKind::Refused).build();
    obs.followups.alternates = vec![(addr("[::1]:9"), true)];
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedOtherFamilyWorks)
    );
    let d = classify(&obs);
    assert!(d.causes[0].evidence.contains(&Evidence::AlternateAccepts {
        addr: addr("[::1]:9")
    }));
    for excluded in [
        CauseId::RefusedLoopbackOnlyBind,
        CauseId::RefusedWrongHost,
        CauseId::RefusedCdnProxy,
        CauseId::RefusedDnsWrongIp,
    ] {
        assert!(!d.has(excluded), "{excluded} listed");
    }
    // The same the other way round, and for a timeout.
    let mut v6 = failed("ws://[::1]:9/", "[::1]:9", NetErrorKind::TimedOut).build();
    v6.followups.alternates = vec![(addr("127.0.0.1:9"), true)];
    assert_eq!(
        first(&v6),
        (Verdict::Timeout, CauseId::TimeoutOtherFamilyWorks)
    );
    scores_ranked(&v6);
}

#[test]
fn refused_with_interface_accepting_is_wrong_host() {
    let mut obs = failed("ws://127.0.0.1:9/", "127.0.0.1:9", NetErrorKind::Refused).build();
    obs.followups.alternates = vec![(addr("[::1]:9"), false), (addr("10.1.2.3:9"), true)];
    assert_eq!(first(&obs), (Verdict::Refused, CauseId::RefusedWrongHost));
}

#[test]
fn refused_with_neighbour_open_is_wrong_port() {
    let obs = failed(
        "ws://127.0.0.1:8080/",
        "127.0.0.1:8080",
        NetErrorKind::Refused,
    )
    .sweep(
        "127.0.0.1",
        &[(8081, PortState::Open), (8079, PortState::Refused)],
    )
    .build();
    // Another port answering makes "wrong port" likely, though "not running" stays close.
    let d = classify(&obs);
    let wrong_port = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedWrongPort)
        .expect("wrong port listed");
    assert!(wrong_port.score >= 0.7);
    assert!(
        matches!(&wrong_port.evidence[0], Evidence::PortsOpen { ports, .. } if ports == &vec![8081])
    );
}

#[test]
fn refused_with_dns_mismatch_is_dns_wrong_ip() {
    let obs = failed(
        "ws://app.example.test:80/",
        "127.0.0.9:80",
        NetErrorKind::Refused,
    )
    .expecting(&["127.0.0.1"])
    .build();
    assert_eq!(first(&obs), (Verdict::Refused, CauseId::RefusedDnsWrongIp));
}

#[test]
fn refused_on_fake_ip_is_proxy_software() {
    let obs = failed(
        "ws://app.example.test:80/",
        "198.18.0.7:80",
        NetErrorKind::Refused,
    )
    .system_answers(&["198.18.0.7"])
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Refused, CauseId::RefusedProxySoftware)
    );
}

#[test]
fn refused_with_proxy_variable_lists_it() {
    let obs = failed(
        "ws://app.example.test:80/",
        "127.0.0.9:80",
        NetErrorKind::Refused,
    )
    .proxy_variable("HTTPS_PROXY", "http://proxy:3128")
    .build();
    let d = classify(&obs);
    let proxy = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedProxySoftware)
        .expect("proxy cause");
    assert!(proxy.score >= 0.5);
    assert!(
        matches!(&proxy.evidence[0], Evidence::ProxyVariable { var, .. } if var == "HTTPS_PROXY")
    );
}

#[test]
fn refused_on_cdn_address_ranks_cdn() {
    let obs = failed(
        "ws://app.example.test:2096/",
        "104.16.1.1:2096",
        NetErrorKind::Refused,
    )
    .system_answers(&["104.16.1.1"])
    .build();
    let d = classify(&obs);
    let cdn = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::RefusedCdnProxy)
        .expect("cdn");
    assert!(cdn.score >= 0.8);
}

#[test]
fn cdn_address_on_a_port_the_cdn_does_not_forward() {
    let obs = failed(
        "ws://app.example.test:9000/",
        "104.16.1.1:9000",
        NetErrorKind::TimedOut,
    )
    .system_answers(&["104.16.1.1"])
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Timeout, CauseId::RefusedCdnPortNotProxied)
    );
    // 8443 is forwarded: no such cause there.
    let mut fwd = failed(
        "ws://app.example.test:8443/",
        "104.16.1.1:8443",
        NetErrorKind::Refused,
    )
    .build();
    fwd.resolution = obs.resolution.clone();
    assert!(!classify(&fwd).has(CauseId::RefusedCdnPortNotProxied));
}

#[test]
fn timeout_lists_all_firewalls_and_says_they_look_alike() {
    let obs = failed(
        "tcp://127.0.0.1:7000",
        "127.0.0.1:7000",
        NetErrorKind::TimedOut,
    )
    .sweep(
        "127.0.0.1",
        &[(22, PortState::Open), (7001, PortState::Silent)],
    )
    .build();
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::Timeout);
    assert_eq!(d.causes[0].id, CauseId::TimeoutFirewall);
    assert!(d.has(CauseId::TimeoutCloudSecurityGroup));
    assert!(d.has(CauseId::TimeoutPanelFirewall));
    assert!(d.causes[0].evidence.contains(&Evidence::CannotTellApart));
}

#[test]
fn timeout_with_every_port_silent_raises_server_down() {
    let obs = failed(
        "tcp://127.0.0.1:7000",
        "127.0.0.1:7000",
        NetErrorKind::TimedOut,
    )
    .sweep(
        "127.0.0.1",
        &[(22, PortState::Silent), (80, PortState::Silent)],
    )
    .build();
    let d = classify(&obs);
    let down = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::TimeoutServerNotRunning)
        .expect("listed");
    assert!(down.score > 0.5);
}

#[test]
fn timeout_to_foreign_private_ip_is_private_ip_unreachable() {
    let obs = failed(
        "tcp://10.20.30.40:22",
        "10.20.30.40:22",
        NetErrorKind::TimedOut,
    )
    .interface("eth0", "192.168.1.5", 24)
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Timeout, CauseId::TimeoutPrivateIpUnreachable)
    );
}

#[test]
fn timeout_to_private_ip_on_own_subnet_is_not_private_unreachable() {
    let obs = failed(
        "tcp://192.168.1.40:22",
        "192.168.1.40:22",
        NetErrorKind::TimedOut,
    )
    .interface("eth0", "192.168.1.5", 24)
    .build();
    assert!(!classify(&obs).has(CauseId::TimeoutPrivateIpUnreachable));
}

#[test]
fn timeout_with_dns_mismatch_is_dns_wrong_ip() {
    let obs = failed(
        "tcp://db.example.test:5432",
        "127.0.0.9:5432",
        NetErrorKind::TimedOut,
    )
    .expecting(&["127.0.0.1"])
    .build();
    assert_eq!(first(&obs), (Verdict::Timeout, CauseId::TimeoutDnsWrongIp));
}

#[test]
fn addr_not_available_without_census_lists_both() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    )
    .build();
    let d = classify(&obs);
    assert_eq!(d.verdict, Verdict::AddrNotAvailable);
    assert!(d.has(CauseId::AddrNotAvailableEphemeralPortsExhausted));
    assert!(d.has(CauseId::AddrNotAvailableTimeWait));
}

#[test]
fn addr_not_available_with_many_sockets_to_destination_is_exhaustion() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    )
    .census((32768, 60999), 28_000, 100)
    .build();
    assert_eq!(
        first(&obs),
        (
            Verdict::AddrNotAvailable,
            CauseId::AddrNotAvailableEphemeralPortsExhausted
        )
    );
}

#[test]
fn addr_not_available_with_time_wait_pileup_is_time_wait() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::AddrNotAvailable,
    )
    .census((32768, 60999), 300, 27_000)
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::AddrNotAvailable, CauseId::AddrNotAvailableTimeWait)
    );
}

#[test]
fn net_unreachable_is_no_route() {
    let obs = failed(
        "tcp://127.0.0.1:80",
        "127.0.0.1:80",
        NetErrorKind::NetUnreachable,
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Unreachable, CauseId::UnreachableNoRoute)
    );
}

#[test]
fn net_unreachable_to_private_ip_ranks_private_first() {
    let obs = failed(
        "tcp://172.20.0.5:80",
        "172.20.0.5:80",
        NetErrorKind::NetUnreachable,
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Unreachable, CauseId::TimeoutPrivateIpUnreachable)
    );
}

#[test]
fn connect_reset_is_reset_on_connect() {
    let obs = failed("tcp://127.0.0.1:80", "127.0.0.1:80", NetErrorKind::Reset).build();
    assert_eq!(first(&obs), (Verdict::Reset, CauseId::ResetOnConnect));
}

/// Every rule test above, for the catalogue coverage test.
#[test]
fn unreachable_while_other_ports_answer_is_firewall_reject() {
    let obs = failed(
        "ws://10.99.0.2:8080/",
        "10.99.0.2:8080",
        NetErrorKind::HostUnreachable,
    )
    .sweep(
        "10.99.0.2",
        &[
            (22, PortState::Open),
            (8081, PortState::Refused),
            (9000, PortState::Silent),
        ],
    )
    .build();
    assert_eq!(
        first(&obs),
        (Verdict::Unreachable, CauseId::UnreachableFirewallReject)
    );
    let d = classify(&obs);
    let evidence = &d.causes[0].evidence;
    assert!(
        evidence
            .iter()
            .any(|e| matches!(e, Evidence::PortsOpen { ports, .. } if ports == &vec![22]))
    );
    assert!(
        evidence
            .iter()
            .any(|e| matches!(e, Evidence::PortsRefused { ports, .. } if ports == &vec![8081]))
    );
    assert!(
        evidence
            .iter()
            .any(|e| matches!(e, Evidence::PortsSilent { ports, .. } if ports == &vec![9000]))
    );
    scores_ranked(&obs);
    // Nothing answering anywhere is still no route.
    let silent = failed(
        "ws://203.0.113.2:8080/",
        "203.0.113.2:8080",
        NetErrorKind::HostUnreachable,
    )
    .sweep("203.0.113.2", &[(22, PortState::Failed)])
    .build();
    assert_eq!(
        first(&silent),
        (Verdict::Unreachable, CauseId::UnreachableNoRoute)
    );
    assert!(!classify(&silent).has(CauseId::UnreachableFirewallReject));
}

pub(super) const TESTS: &[fn()] = &[
    unreachable_while_other_ports_answer_is_firewall_reject,
    refused_plain_is_server_not_running,
    refused_with_loopback_accepting_is_loopback_only_bind,
    refused_with_interface_accepting_is_wrong_host,
    refused_loopback_with_the_other_family_accepting_is_other_family_works,
    refused_with_neighbour_open_is_wrong_port,
    refused_with_dns_mismatch_is_dns_wrong_ip,
    refused_on_fake_ip_is_proxy_software,
    refused_with_proxy_variable_lists_it,
    refused_on_cdn_address_ranks_cdn,
    cdn_address_on_a_port_the_cdn_does_not_forward,
    timeout_lists_all_firewalls_and_says_they_look_alike,
    timeout_with_every_port_silent_raises_server_down,
    timeout_to_foreign_private_ip_is_private_ip_unreachable,
    timeout_to_private_ip_on_own_subnet_is_not_private_unreachable,
    timeout_with_dns_mismatch_is_dns_wrong_ip,
    addr_not_available_without_census_lists_both,
    addr_not_available_with_many_sockets_to_destination_is_exhaustion,
    addr_not_available_with_time_wait_pileup_is_time_wait,
    net_unreachable_is_no_route,
    net_unreachable_to_private_ip_ranks_private_first,
    connect_reset_is_reset_on_connect,
];
