//! Localized text: embedded Fluent files, one bundle per language, English fallback.

mod args;
mod lang;

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use args::ArgValue;
pub use lang::{Lang, negotiate, system_locales};

/// The Fluent sources of a language, as embedded in the binary.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($code:literal) => {
            &[
                (
                    "main.ftl",
                    include_str!(concat!("../../i18n/", $code, "/main.ftl")),
                ),
                (
                    "causes.ftl",
                    include_str!(concat!("../../i18n/", $code, "/causes.ftl")),
                ),
                (
                    "gui.ftl",
                    include_str!(concat!("../../i18n/", $code, "/gui.ftl")),
                ),
                (
                    "report.ftl",
                    include_str!(concat!("../../i18n/", $code, "/report.ftl")),
                ),
                (
                    "watch.ftl",
                    include_str!(concat!("../../i18n/", $code, "/watch.ftl")),
                ),
                (
                    "server.ftl",
                    include_str!(concat!("../../i18n/", $code, "/server.ftl")),
                ),
                (
                    "warnings.ftl",
                    include_str!(concat!("../../i18n/", $code, "/warnings.ftl")),
                ),
                (
                    "diagnosis.ftl",
                    include_str!(concat!("../../i18n/", $code, "/diagnosis.ftl")),
                ),
            ]
        };
    }
    match lang {
        Lang::En => files!("en"),
        Lang::Ko => files!("ko"),
        Lang::Ja => files!("ja"),
        Lang::Ru => files!("ru"),
        Lang::Pt => files!("pt"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build_bundle(lang: Lang) -> Bundle {
    let tag = lang
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks show as boxes in egui and break exact matches in reports.
    bundle.set_use_isolating(false);
    for (name, text) in sources(lang) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                log_once(&format!(
                    "{}/{name}: {} syntax errors",
                    lang.code(),
                    errors.len()
                ));
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log_once(&format!(
                "{}/{name}: {} duplicate ids",
                lang.code(),
                errors.len()
            ));
        }
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| build_bundle(lang))
}

/// Reports a localization problem once per process, on stderr.
fn log_once(problem: &str) {
    static SEEN: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(HashSet::new()));
    if seen
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(problem.to_owned())
    {
        eprintln!("netdoctor: localization: {problem}");
    }
}

/// Arguments for a message: name and value pairs.
pub type Args<'a> = [(&'a str, ArgValue)];

fn fluent_args<'a>(args: &'a Args<'a>) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            ArgValue::Text(text) => out.set(*name, FluentValue::from(text.as_str())),
            ArgValue::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}

/// Turns message ids into text in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localizer {
    lang: Lang,
}

impl Localizer {
    /// A localizer for `lang`.
    pub fn new(lang: Lang) -> Localizer {
        Localizer { lang }
    }

    /// The language it speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    /// A message with arguments.
    pub fn tr_args(&self, id: &str, args: &Args<'_>) -> String {
        self.format(id, None, args)
    }

    /// An attribute of a message (`.detail`, `.fix`).
    pub fn attr(&self, id: &str, attribute: &str, args: &Args<'_>) -> String {
        self.format(id, Some(attribute), args)
    }

    /// Whether the language has this message (with this attribute), without fallback.
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        let Some(message) = bundle(self.lang).get_message(id) else {
            return false;
        };
        match attribute {
            None => message.value().is_some(),
            Some(attr) => message.get_attribute(attr).is_some(),
        }
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &Args<'_>) -> String {
        if let Some(text) = format_in(self.lang, id, attribute, args) {
            return text;
        }
        let what = attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
        if self.lang != Lang::En {
            log_once(&format!(
                "{} lacks {what}; showing English",
                self.lang.code()
            ));
            if let Some(text) = format_in(Lang::En, id, attribute, args) {
                return text;
            }
        }
        log_once(&format!("no message {what}"));
        // Better a readable placeholder than a panic; the completeness tests keep this unreachable.
        what
    }
}

fn format_in(lang: Lang, id: &str, attribute: Option<&str>, args: &Args<'_>) -> Option<String> {
    let bundle = bundle(lang);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(attr) => message.get_attribute(attr)?.value(),
    };
    let fluent_args = fluent_args(args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        log_once(&format!("{}: {id}: {errors:?}", lang.code()));
    }
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_formats_with_numbers() {
        let l10n = Localizer::new(Lang::En);
        let text = l10n.tr_args("evidence-silence", &[("ms", ArgValue::Number(1000.0))]);
        assert!(text.contains("1000"), "{text}");
        assert!(!text.contains('\u{2068}'), "isolation marks must be off");
    }

    #[test]
    fn missing_ids_fall_back_without_panicking() {
        let l10n = Localizer::new(Lang::Ko);
        assert_eq!(l10n.tr("no-such-message-id"), "no-such-message-id");
        assert!(!l10n.has("no-such-message-id", None));
    }
}
