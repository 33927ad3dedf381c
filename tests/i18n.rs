//! Completeness of the five locales: a hard gate on ids, attributes and variables,
//! and (in the submodules) on how the messages read.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "i18n/plurals.rs"]
mod plurals;
#[path = "i18n/typography.rs"]
mod typography;
#[path = "i18n/walk.rs"]
mod walk;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use netdoctor::diagnose::{CauseId, Evidence, Verdict, WarningId};
use netdoctor::engine::probe::Phase;
use netdoctor::l10n::ArgValue;
use netdoctor::l10n::{Lang, Localizer, sources};
use netdoctor::observation::NetErrorKind;
use netdoctor::observation::reply::BannerKind;
use netdoctor::report::evidence_message;
use netdoctor::target::TargetError;

/// id → (variables of the value, attribute → variables).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>)>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, out);
            }
        }
        _ => {}
    }
}

fn shape(lang: Lang) -> (Shape, Vec<String>) {
    let mut shape = Shape::new();
    let mut problems = Vec::new();
    for (file, text) in sources(lang) {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.push(format!(
                    "{}/{file}: {} syntax errors: {errors:?}",
                    lang.code(),
                    errors.len()
                ));
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut value = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        variables_in(pattern, &mut value);
                    }
                    let attributes = message
                        .attributes
                        .iter()
                        .map(|a| {
                            let mut vars = BTreeSet::new();
                            variables_in(&a.value, &mut vars);
                            (a.id.name.to_owned(), vars)
                        })
                        .collect();
                    if shape
                        .insert(message.id.name.to_owned(), (value, attributes))
                        .is_some()
                    {
                        problems.push(format!(
                            "{}/{file}: duplicate id {}",
                            lang.code(),
                            message.id.name
                        ));
                    }
                }
                ast::Entry::Junk { content } => {
                    problems.push(format!(
                        "{}/{file}: junk: {}",
                        lang.code(),
                        content.chars().take(120).collect::<String>()
                    ));
                }
                _ => {}
            }
        }
    }
    (shape, problems)
}

#[test]
fn every_locale_has_exactly_the_ids_attributes_and_variables_of_english() {
    let (english, problems) = shape(Lang::En);
    assert!(problems.is_empty(), "{problems:#?}");
    let mut failures = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let (other, problems) = shape(lang);
        failures.extend(problems);
        for (id, (vars, attrs)) in &english {
            match other.get(id) {
                None => failures.push(format!("{}: missing {id}", lang.code())),
                Some((other_vars, other_attrs)) => {
                    if vars != other_vars {
                        failures.push(format!(
                            "{}: {id} uses {other_vars:?}, English {vars:?}",
                            lang.code()
                        ));
                    }
                    if attrs != other_attrs {
                        failures.push(format!(
                            "{}: {id} attributes {other_attrs:?}, English {attrs:?}",
                            lang.code()
                        ));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            failures.push(format!("{}: {id} is not in English", lang.code()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_cause_has_title_detail_and_fix_in_every_language() {
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for cause in CauseId::ALL {
            let id = cause.fluent_id();
            assert!(l10n.has(&id, None), "{lang}: {id}");
            assert!(l10n.has(&id, Some("detail")), "{lang}: {id}.detail");
            assert!(l10n.has(&id, Some("fix")), "{lang}: {id}.fix");
        }
        for warning in WarningId::ALL {
            let id = warning.fluent_id();
            assert!(l10n.has(&id, None), "{lang}: {id}");
            assert!(l10n.has(&id, Some("detail")), "{lang}: {id}.detail");
            assert!(l10n.has(&id, Some("fix")), "{lang}: {id}.fix");
        }
        for verdict in Verdict::ALL {
            assert!(
                l10n.has(&verdict.label_id(), None),
                "{lang}: {}",
                verdict.label_id()
            );
            assert!(
                l10n.has(&verdict.summary_id(), None),
                "{lang}: {}",
                verdict.summary_id()
            );
        }
        for phase in [
            Phase::Resolving,
            Phase::Connecting,
            Phase::Tls,
            Phase::Handshake,
            Phase::FollowUp,
        ] {
            let id = phase.fluent_id();
            assert!(l10n.has(&id, None), "{lang}: {id}");
        }
    }
}

/// One evidence value of every kind the engine can produce.
fn every_evidence(count: usize) -> Vec<Evidence> {
    let addr = "127.0.0.1:8080".parse().expect("addr");
    let ip = "127.0.0.1".parse().expect("ip");
    let ports: Vec<u16> = (0..count).map(|i| 8000 + i as u16).collect();
    let mut all = vec![
        Evidence::AlternateAccepts { addr },
        Evidence::CdnPortNotProxied {
            port: 9000,
            proxied: &[80, 443],
        },
        Evidence::CdnOriginError { status: 521 },
        Evidence::PortsOpen {
            ip,
            ports: ports.clone(),
        },
        Evidence::PortsRefused {
            ip,
            ports: ports.clone(),
        },
        Evidence::PortsSilent { ip, ports },
        Evidence::Resolved {
            name: "a.test".into(),
            addrs: vec![ip],
        },
        Evidence::DnsMismatch {
            name: "a.test".into(),
            resolved: vec![ip],
            expected: vec![ip],
        },
        Evidence::NoSuchHost {
            name: "a.test".into(),
            server: None,
        },
        Evidence::NoSuchHost {
            name: "a.test".into(),
            server: Some(addr),
        },
        Evidence::DnsTimedOut { server: None },
        Evidence::DnsTimedOut { server: Some(addr) },
        Evidence::DnsError {
            message: "x".into(),
        },
        Evidence::ProxyVariable {
            var: "HTTP_PROXY".into(),
            value: "http://p:3128".into(),
        },
        Evidence::FakeIp {
            ip,
            range: "198.18.0.0/15",
        },
        Evidence::CdnHeader {
            name: "cf-ray".into(),
            value: "1".into(),
        },
        Evidence::CdnAddress {
            ip,
            range: "104.16.0.0/13",
        },
        Evidence::PrivateAddress {
            ip,
            range: "10.0.0.0/8",
            interfaces: vec![ip],
        },
        Evidence::PortRange {
            low: 32768,
            high: 60999,
            size: count,
        },
        Evidence::SocketsToDestination { dest: addr, count },
        Evidence::TimeWaitSockets { count },
        Evidence::NoPortCensus,
        Evidence::HttpStatus {
            status_line: "HTTP/1.1 404 Not Found".into(),
        },
        Evidence::HttpHeader {
            name: "server".into(),
            value: "nginx".into(),
        },
        Evidence::UpgradeRequested,
        Evidence::BinaryReply { len: count },
        Evidence::TlsRecordReply,
        Evidence::TlsWorksOnPort { addr },
        Evidence::PlainReplyToTls {
            line: "HTTP/1.1 400".into(),
        },
        Evidence::PlainWorksOnPort {
            addr,
            line: "HTTP/1.1 200 OK".into(),
        },
        Evidence::Silence { ms: count as u64 },
        Evidence::ResetAfterRequest { bytes_sent: count },
        Evidence::ClosedWithoutReply { bytes_sent: count },
        Evidence::TlsAlert {
            alert: "HandshakeFailure".into(),
        },
        Evidence::CertificateProblem {
            detail: "expired".into(),
        },
        Evidence::CertificateIssued {
            subject: "CN=api.example.com".into(),
            issuer: "CN=Example CA".into(),
        },
        Evidence::CertificateSelfSigned {
            subject: "CN=localhost".into(),
        },
        Evidence::CertificateUntrustedIssuer {
            issuer: "CN=Corp Root".into(),
        },
        Evidence::CertificateNames {
            names: (0..count.max(1))
                .map(|i| format!("h{i}.example.com"))
                .collect(),
            host: "api.example.com".into(),
        },
        Evidence::CertificateNoNames {
            host: "api.example.com".into(),
        },
        Evidence::CertificateValidity {
            not_before: 1_700_000_000,
            not_after: 1_800_000_000,
        },
        Evidence::CertificateExpiredAgo {
            days: count as u64,
            not_after: 1_700_000_000,
        },
        Evidence::CertificateNotYetValid {
            not_before: 1_800_000_000,
            checked_at: 1_700_000_000,
        },
        Evidence::TlsServerVersion {
            version: "TLS 1.0".into(),
        },
        Evidence::TlsVersionAlert,
        Evidence::UpgradeRejected {
            detail: "bad accept".into(),
        },
        Evidence::ReplyTruncated { limit: count },
        Evidence::WindowsRetriedRefused,
        Evidence::CannotTellApart,
        Evidence::Message { text: "x".into() },
        Evidence::ReverseProxyHeader {
            name: "server".into(),
            value: "nginx".into(),
        },
        Evidence::UpgradeLost {
            hint: "HTTP/1.1 426 Upgrade Required".into(),
        },
        Evidence::SocketIoReply {
            body: r#"{"code":0,"message":"Transport unknown"}"#.into(),
        },
        Evidence::SocketIoPath {
            path: "/socket.io/".into(),
        },
        Evidence::OriginRetry {
            origin: None,
            status: "HTTP/1.1 403 Forbidden".into(),
        },
        Evidence::OriginRetry {
            origin: Some("http://127.0.0.1:8080".into()),
            status: "HTTP/1.1 101 Switching Protocols".into(),
        },
        Evidence::OriginRetry {
            origin: Some("http://127.0.0.1:8080".into()),
            status: String::new(),
        },
        Evidence::SubprotocolHint {
            hint: "Sec-WebSocket-Protocol: graphql-ws".into(),
        },
        Evidence::SubprotocolUnrequested {
            protocol: "graphql-ws".into(),
        },
        Evidence::HangUpOnAccept { addr },
        Evidence::OtherFamilyWorks {
            addr,
            family: "IPv4".into(),
        },
        Evidence::FirstAddressOnly {
            addr,
            family: "IPv6".into(),
        },
        Evidence::FirstAddressClients {
            addr,
            refused: true,
        },
        Evidence::ProxyHeader {
            name: "Server".into(),
            value: "nginx".into(),
        },
        Evidence::ProxyErrorPage {
            proxy: "nginx".into(),
        },
        Evidence::Redirect {
            status: 301,
            location: "https://x".into(),
        },
        Evidence::Http2Settings,
        Evidence::SocketIoAnswersAt { path: "/x".into() },
        Evidence::ReplyStalled {
            len: count,
            closed: true,
        },
        Evidence::ReplyStalled {
            len: count,
            closed: false,
        },
        Evidence::Http2GoAway { text: "x".into() },
        Evidence::GrpcFrames { sign: "x".into() },
        Evidence::FirstAddressClients {
            addr,
            refused: false,
        },
    ];
    for kind in NetErrorKind::ALL {
        all.push(Evidence::ConnectFailed {
            addr,
            kind,
            code: Some(111),
        });
    }
    all.push(Evidence::ConnectTimedOut {
        addr,
        ms: count as u64,
    });
    for kind in BannerKind::ALL {
        all.push(Evidence::NonHttpReply {
            kind,
            line: "x".into(),
        });
    }
    all
}

/// Text that shows a message failed: a raw id, a missing variable, a leftover brace.
fn assert_clean(lang: Lang, what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{lang}: {what} is empty");
    assert!(
        !text.contains("{$") && !text.contains("{ $"),
        "{lang}: {what}: {text}"
    );
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{lang}: {what} has isolation marks"
    );
    assert!(
        !text.starts_with("evidence-") && !text.starts_with("cause-"),
        "{lang}: {what} shows an id"
    );
}

#[test]
fn every_message_formats_for_every_plural_category() {
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for count in [0usize, 1, 2, 5, 21] {
            for evidence in every_evidence(count) {
                let (id, args) = evidence_message(&evidence);
                assert!(l10n.has(id, None), "{lang}: {id}");
                let text = l10n.tr_args(id, &args);
                assert_clean(lang, id, &text);
            }
            let args: Vec<(&str, ArgValue)> = vec![
                ("total", count.into()),
                ("failed", count.into()),
                ("done", count.into()),
                ("count", count.into()),
                ("limit", count.into()),
                ("ms", count.into()),
                ("arg", "--x".into()),
                ("value", "v".into()),
                ("path", "/x".into()),
                ("error", "e".into()),
                ("target", "ws://h:1/".into()),
            ];
            for id in [
                "cli-tally",
                "cli-progress",
                "cli-note-concurrency-reduced",
                "cli-duration",
                "cli-error-unknown-argument",
                "cli-error-invalid-value",
            ] {
                assert_clean(lang, id, &l10n.tr_args(id, &args));
            }
        }
        let cause_args: Vec<(&str, ArgValue)> = [
            "target",
            "host",
            "port",
            "path",
            "scheme",
            "peer",
            "status",
            "http_origin",
            "ws_origin",
        ]
        .iter()
        .map(|k| (*k, ArgValue::from("x")))
        .chain([("ms", ArgValue::Number(1000.0))])
        .collect();
        // Every wording the resolved families choose between.
        for families in ["both", "one", "literal"] {
            let mut args = cause_args.clone();
            args.push(("families", families.into()));
            let ids = CauseId::ALL
                .iter()
                .map(|c| c.fluent_id())
                .chain(WarningId::ALL.iter().map(|w| w.fluent_id()));
            for id in ids {
                assert_clean(lang, &id, &l10n.tr_args(&id, &args));
                assert_clean(lang, &id, &l10n.attr(&id, "detail", &args));
                assert_clean(lang, &id, &l10n.attr(&id, "fix", &args));
            }
        }
        for verdict in Verdict::ALL {
            assert_clean(
                lang,
                "summary",
                &l10n.tr_args(&verdict.summary_id(), &cause_args),
            );
        }
        for err in [
            TargetError::Empty,
            TargetError::TooLong { len: 5000 },
            TargetError::ControlCharacter,
            TargetError::MissingScheme,
            TargetError::UnknownScheme("ftp".into()),
            TargetError::EmptyHost,
            TargetError::InvalidHost("a b".into()),
            TargetError::InvalidPort("x".into()),
            TargetError::PortZero,
            TargetError::MissingPort,
            TargetError::Malformed("x".into()),
        ] {
            let text = l10n.tr_args(
                err.fluent_id(),
                &[("target", "x".into()), ("value", err.value().into())],
            );
            assert_clean(lang, err.fluent_id(), &text);
        }
    }
}

#[test]
fn russian_plurals_agree() {
    let ru = Localizer::new(Lang::Ru);
    let line = |n: usize| ru.tr_args("evidence-time-wait-sockets", &[("count", n.into())]);
    // one / few / many must not all read the same.
    let (one, few, many) = (line(1), line(2), line(5));
    assert!(one != few && few != many, "{one} | {few} | {many}");
    assert_eq!(line(21).replace("21", "1"), one);
}

#[test]
fn locale_files_live_where_the_embedding_expects() {
    for lang in Lang::ALL {
        for (file, _) in sources(lang) {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(lang.code())
                .join(file);
            assert!(path.is_file(), "{}", path.display());
        }
    }
}
