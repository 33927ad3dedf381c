//! Completeness of the five locales: a hard gate on ids, attributes and variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use netdoctor::diagnose::{ArgValue, CauseId, Evidence, Verdict};
use netdoctor::engine::observation::NetErrorKind;
use netdoctor::engine::probe::Phase;
use netdoctor::engine::sniff::BannerKind;
use netdoctor::l10n::{Lang, Localizer, sources};
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
                let (id, args) = evidence.fluent();
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
        let cause_args: Vec<(&str, ArgValue)> =
            ["target", "host", "port", "path", "scheme", "peer", "status"]
                .iter()
                .map(|k| (*k, ArgValue::from("x")))
                .chain([("ms", ArgValue::Number(1000.0))])
                .collect();
        for cause in CauseId::ALL {
            let id = cause.fluent_id();
            assert_clean(lang, &id, &l10n.tr_args(&id, &cause_args));
            assert_clean(lang, &id, &l10n.attr(&id, "detail", &cause_args));
            assert_clean(lang, &id, &l10n.attr(&id, "fix", &cause_args));
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

// ---------------------------------------------------------------------------
// Checks on how messages read, not only on whether they exist.
// ---------------------------------------------------------------------------

/// CLDR plural categories: a select keyed only by these (and numbers) is a plural.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One select expression: its variable, its variant keys and each variant's pattern.
struct Select<'a> {
    var: String,
    keys: Vec<String>,
    default: String,
    variants: Vec<(String, &'a ast::Pattern<&'a str>)>,
}

fn key_name(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn collect_selects<'a>(pattern: &'a ast::Pattern<&'a str>, out: &mut Vec<Select<'a>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression<'a>(expression: &'a ast::Expression<&'a str>, out: &mut Vec<Select<'a>>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let mut keys: Vec<String> = variants.iter().map(|v| key_name(&v.key)).collect();
                keys.sort();
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| key_name(&v.key))
                    .unwrap_or_default();
                out.push(Select {
                    var: id.name.to_owned(),
                    keys,
                    default,
                    variants: variants
                        .iter()
                        .map(|v| (key_name(&v.key), &v.value))
                        .collect(),
                });
            }
            for variant in variants {
                collect_selects(&variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            collect_in_expression(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every pattern of a language: (message id, attribute or "", pattern).
type Patterns<'a> = Vec<(String, String, &'a ast::Pattern<&'a str>)>;

fn resources(lang: Lang) -> Vec<ast::Resource<&'static str>> {
    sources(lang)
        .iter()
        .map(|(_, text)| match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        })
        .collect()
}

fn patterns<'a>(resources: &'a [ast::Resource<&'static str>]) -> Patterns<'a> {
    let mut out = Patterns::new();
    for resource in resources {
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    out.push((id.clone(), String::new(), value));
                }
                for attribute in &message.attributes {
                    out.push((id.clone(), attribute.id.name.to_owned(), &attribute.value));
                }
            }
        }
    }
    out
}

fn selects_by_place<'a>(patterns: &Patterns<'a>) -> BTreeMap<(String, String), Vec<Select<'a>>> {
    let mut out = BTreeMap::new();
    for (id, attribute, pattern) in patterns {
        let mut selects = Vec::new();
        collect_selects(pattern, &mut selects);
        out.insert((id.clone(), attribute.clone()), selects);
    }
    out
}

fn is_plural_select(select: &Select<'_>) -> bool {
    select
        .keys
        .iter()
        .all(|k| PLURAL_CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok())
}

#[test]
fn selectors_on_words_keep_their_variants_in_every_locale() {
    // A select on a word ($scheme, $error, $kind…) carries meaning ("wss" reads as
    // "WebSocket over TLS"); a locale that drops it shows the raw value instead.
    let english = resources(Lang::En);
    let english = selects_by_place(&patterns(&english));
    let mut failures = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = resources(lang);
        let other = selects_by_place(&patterns(&other));
        for (place, selects) in &english {
            let want: BTreeSet<(String, Vec<String>, String)> = selects
                .iter()
                .filter(|s| !is_plural_select(s))
                .map(|s| (s.var.clone(), s.keys.clone(), s.default.clone()))
                .collect();
            let have: BTreeSet<(String, Vec<String>, String)> = other
                .get(place)
                .into_iter()
                .flatten()
                .filter(|s| !is_plural_select(s))
                .map(|s| (s.var.clone(), s.keys.clone(), s.default.clone()))
                .collect();
            for missing in want.difference(&have) {
                failures.push(format!(
                    "{lang}: {}{}{}: no select on ${} with variants {:?} (default {})",
                    place.0,
                    if place.1.is_empty() { "" } else { "." },
                    place.1,
                    missing.0,
                    missing.1,
                    missing.2
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The plural category the language's rules give to `n`.
fn plural_category(lang: Lang, n: f64) -> String {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let probe = "p = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
    let resource = FluentResource::try_new(probe.to_owned()).expect("probe parses");
    let tag: unic_langid::LanguageIdentifier = lang.code().parse().expect("tag");
    let mut bundle = FluentBundle::new(vec![tag]);
    bundle.add_resource(resource).expect("probe adds");
    let message = bundle.get_message("p").expect("probe message");
    let mut args = FluentArgs::new();
    args.set("n", n);
    let mut errors = Vec::new();
    let pattern = message.value().expect("probe value");
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Which variant a plural select shows for the whole number `n`.
fn chosen_variant(select: &Select<'_>, lang: Lang, n: u64) -> String {
    if let Some(key) = select
        .keys
        .iter()
        .find(|k| k.parse::<f64>().ok() == Some(n as f64))
    {
        return key.clone();
    }
    let category = plural_category(lang, n as f64);
    if select.keys.contains(&category) {
        category
    } else {
        select.default.clone()
    }
}

/// Messages whose number can really be 0, and the variable that holds it.
const ZEROABLE: [(&str, &str); 16] = [
    ("gui-count", "total"),
    ("gui-report-scope", "count"),
    ("gui-replaced", "count"),
    ("gui-profile-saved", "count"),
    ("gui-bytes-sent", "count"),
    ("gui-bytes-received", "count"),
    ("gui-report-saved", "skipped"),
    ("gui-report-copied", "skipped"),
    ("evidence-sockets-to-destination", "count"),
    ("evidence-time-wait-sockets", "count"),
    ("evidence-reset-after-request", "count"),
    ("evidence-closed-without-reply", "count"),
    ("evidence-certificate-expired-ago", "count"),
    ("report-certificate-expires-soon", "count"),
    ("cli-tally", "failed"),
    ("report-tally", "failed"),
];

#[test]
fn zero_reads_right_in_every_locale() {
    let english = resources(Lang::En);
    let english = selects_by_place(&patterns(&english));
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let resources = resources(lang);
        let places = selects_by_place(&patterns(&resources));
        // English [0] wording ("before any request") is meaning, not grammar: keep it.
        for (place, selects) in &english {
            for select in selects.iter().filter(|s| s.keys.iter().any(|k| k == "0")) {
                let kept = places
                    .get(place)
                    .into_iter()
                    .flatten()
                    .any(|s| s.var == select.var && s.keys.iter().any(|k| k == "0"));
                if !kept {
                    failures.push(format!(
                        "{lang}: {} lost English's [0] on ${}",
                        place.0, select.var
                    ));
                }
            }
        }
        // Where 0 falls into another category than 5 (Portuguese puts 0 with 1), a
        // zero would read as singular: "0 endpoint salvo".
        for (id, var) in ZEROABLE {
            let selects = places
                .iter()
                .filter(|(place, _)| place.0 == id)
                .flat_map(|(_, s)| s.iter())
                .filter(|s| s.var == var && is_plural_select(s));
            for select in selects {
                let zero = chosen_variant(select, lang, 0);
                let many = chosen_variant(select, lang, 5);
                if zero != many && zero != "0" {
                    failures.push(format!(
                        "{lang}: {id}: ${var} = 0 shows the [{zero}] variant, 5 shows [{many}]: add [0]"
                    ));
                }
            }
            let l10n = Localizer::new(lang);
            let args: Vec<(&str, ArgValue)> = ["total", "shown", "count", "skipped", "failed"]
                .iter()
                .map(|k| (*k, ArgValue::from(0usize)))
                .chain(
                    ["path", "dest", "until"]
                        .iter()
                        .map(|k| (*k, ArgValue::from("x"))),
                )
                .collect();
            assert_clean(lang, id, &l10n.tr_args(id, &args));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn mentions_var(pattern: &ast::Pattern<&str>, var: &str) -> bool {
    let mut vars = BTreeSet::new();
    variables_in(pattern, &mut vars);
    vars.contains(var)
}

#[test]
fn plural_variants_are_reachable_and_say_their_number() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let categories: BTreeSet<String> = (0..=200u32)
            .map(f64::from)
            .chain([0.5, 1.5, 2.5])
            .map(|n| plural_category(lang, n))
            .collect();
        let resources = resources(lang);
        for ((id, _), selects) in selects_by_place(&patterns(&resources)) {
            for select in selects.iter().filter(|s| is_plural_select(s)) {
                for (key, pattern) in &select.variants {
                    if !PLURAL_CATEGORIES.contains(&key.as_str()) {
                        continue;
                    }
                    if !categories.contains(key) {
                        // Japanese and Korean have only `other`: [one] never shows.
                        failures.push(format!("{lang}: {id}: [{key}] never matches in {lang}"));
                        continue;
                    }
                    let covered: Vec<u64> = (0..=200u64)
                        .filter(|n| {
                            !select
                                .keys
                                .iter()
                                .any(|k| k.parse::<f64>().ok() == Some(*n as f64))
                                && plural_category(lang, *n as f64) == *key
                        })
                        .collect();
                    // Russian `one` is 1, 21, 31…: wording for "exactly one" belongs in [1].
                    if key == "one" && covered.len() > 1 && !mentions_var(pattern, &select.var) {
                        failures.push(format!(
                            "{lang}: {id}: [{key}] also shows for {:?} but never says ${}: use [1]",
                            &covered[..covered.len().min(3)],
                            select.var
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Korean particles whose form depends on the word before them, or that read as
/// glued to a number or URL: after a placeable use 이(가)-style forms or a noun.
const KOREAN_PARTICLES: [&str; 28] = [
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "으로",
    "로",
    "과",
    "와",
    "에",
    "의",
    "도",
    "만",
    "까지",
    "부터",
    "처럼",
    "보다",
    "이나",
    "나",
    "이라",
    "라",
    "랑",
    "이랑",
    "여야",
    "이어야",
    "아",
    "야",
];

fn glued_particles(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        if let ast::PatternElement::Placeable { expression } = element {
            if let ast::Expression::Select { variants, .. } = expression {
                for variant in variants {
                    glued_particles(&variant.value, out);
                }
            }
            if let Some(ast::PatternElement::TextElement { value }) = elements.get(i + 1) {
                for particle in KOREAN_PARTICLES {
                    if let Some(rest) = value.strip_prefix(particle)
                        && !rest.starts_with('(')
                    {
                        out.push(format!("}}{}", value.chars().take(8).collect::<String>()));
                        break;
                    }
                }
            }
        }
    }
}

#[test]
fn korean_particles_never_follow_a_placeable() {
    let resources = resources(Lang::Ko);
    let mut failures = Vec::new();
    for (id, attribute, pattern) in patterns(&resources) {
        let mut found = Vec::new();
        glued_particles(pattern, &mut found);
        for text in found {
            failures.push(format!("ko: {id} {attribute}: {text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Labels of buttons, menus and checkboxes that are on screen at the same time.
const VIEWS: [(&str, &[&str]); 6] = [
    (
        "main window (menu bar, toolbar, detail pane, status bar)",
        &[
            "gui-menu-file",
            "gui-menu-edit",
            "gui-menu-language",
            "gui-check-all",
            "gui-check-selected",
            "gui-cancel",
            "watch-all",
            "gui-copy-markdown",
            "gui-add-button",
            "gui-recheck",
            "gui-duplicate",
            "gui-delete",
            "watch-this",
            "gui-edit-save",
            "gui-edit-revert",
            "gui-view-hex",
            "gui-view-text",
            "gui-copy",
            "gui-copy-hex",
            "gui-copy-text",
            "gui-undo",
            "gui-dismiss",
        ],
    ),
    (
        "row context menu",
        &[
            "gui-recheck",
            "watch-start",
            "watch-stop",
            "gui-duplicate",
            "gui-delete",
        ],
    ),
    (
        "File menu",
        &[
            "gui-menu-open-profile",
            "gui-menu-recent",
            "gui-menu-save-profile",
            "gui-menu-save-profile-as",
            "gui-menu-export-report",
            "gui-report-selected-only",
            "gui-report-include-secrets",
            "gui-menu-quit",
        ],
    ),
    (
        "Edit menu",
        &[
            "gui-recheck",
            "gui-duplicate",
            "gui-delete",
            "gui-menu-undo-delete",
            "gui-menu-undo-replace",
            "gui-menu-select-all",
            "gui-menu-copy-summary",
            "gui-copy-markdown",
        ],
    ),
    (
        "file dialog",
        &[
            "gui-file-browse",
            "gui-dialog-open",
            "gui-dialog-save",
            "gui-dialog-export",
            "gui-dialog-cancel",
        ],
    ),
    (
        "replace-file question",
        &["gui-confirm-replace", "gui-dialog-cancel"],
    ),
];

#[test]
fn buttons_on_screen_together_have_different_labels() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for (view, ids) in VIEWS {
            let mut seen: BTreeMap<String, &str> = BTreeMap::new();
            for id in ids {
                assert!(l10n.has(id, None), "{lang}: {id}");
                let label = l10n
                    .tr_args(id, &[("count", 2usize.into())])
                    .trim_end_matches('…')
                    .trim()
                    .to_lowercase();
                if let Some(other) = seen.insert(label.clone(), id) {
                    failures.push(format!(
                        "{lang}: {view}: {other} and {id} both read “{label}”"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Units Russian typography separates from their number with a no-break space.
const RUSSIAN_UNITS: [&str; 5] = ["мс", "с", "%", "секунд", "байт"];

#[test]
fn russian_numbers_and_units_are_joined_by_a_no_break_space() {
    let resources = resources(Lang::Ru);
    let mut failures = Vec::new();
    for (id, attribute, pattern) in patterns(&resources) {
        // Placeables stand for numbers here; the text between them is what is checked.
        let mut flat = String::new();
        flatten(pattern, &mut flat);
        let chars: Vec<char> = flat.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !(c.is_ascii_digit() || *c == '\u{E000}') {
                continue;
            }
            let mut j = i + 1;
            let space: String = chars[j..]
                .iter()
                .take_while(|c| c.is_whitespace())
                .collect();
            j += space.chars().count();
            let rest: String = chars[j..].iter().take(12).collect();
            let Some(unit) = RUSSIAN_UNITS.iter().find(|u| rest.starts_with(*u)) else {
                continue;
            };
            let after = rest[unit.len()..].chars().next();
            // "с" alone is seconds; "сокета" is a word. "секунд…" and "байт…" take any ending.
            let whole_word = match *unit {
                "с" | "мс" => !after.is_some_and(char::is_alphabetic),
                _ => true,
            };
            if whole_word && space != "\u{a0}" {
                failures.push(format!(
                    "ru: {id} {attribute}: {:?}",
                    chars[i.saturating_sub(6)..(j + 8).min(chars.len())]
                        .iter()
                        .collect::<String>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The pattern's text, each placeable as one private-use character.
fn flatten(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for variant in variants {
                        flatten(&variant.value, out);
                        out.push('\n');
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                ast::Expression::Inline(_) => out.push('\u{E000}'),
            },
        }
    }
}
