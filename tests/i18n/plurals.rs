//! Selects keep their meaning: word selectors survive translation, zero reads right,
//! and no plural variant is dead or says "one" where the language means 1, 21, 31.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use netdoctor::l10n::ArgValue;
use netdoctor::l10n::{Lang, Localizer};

use super::walk::{
    PLURAL_CATEGORIES, Select, is_plural_select, patterns, resources, selects_by_place,
};
use super::{assert_clean, variables_in};

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
