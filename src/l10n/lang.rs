//! The five languages and how a locale tag maps onto them.

/// A language netdoctor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the source language.
    En,
    /// Korean.
    Ko,
    /// Japanese.
    Ja,
    /// Russian.
    Ru,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ko, Lang::Ja, Lang::Ru, Lang::Pt];

    /// The tag used on the command line and in folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
            Lang::Pt => "pt",
        }
    }

    /// The language's name in itself, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
            Lang::Pt => "Português",
        }
    }

    /// Maps a locale tag (`ko-KR`, `ja_JP.UTF-8`, `pt-BR`, `ru`) to a language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Picks the language: explicit choice, then the saved one, then the system's, then English.
pub fn negotiate(explicit: Option<&str>, saved: Option<&str>, system: &[String]) -> Lang {
    explicit
        .and_then(Lang::from_tag)
        .or_else(|| saved.and_then(Lang::from_tag))
        .or_else(|| system.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or(Lang::En)
}

/// The system's preferred locales, most preferred first.
pub fn system_locales() -> Vec<String> {
    // POSIX says LC_ALL overrides LC_MESSAGES overrides LANG; honour that before the OS API.
    let mut tags: Vec<String> = ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .flat_map(|v| v.split(':').map(str::to_owned).collect::<Vec<_>>())
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C."))
        .collect();
    tags.extend(sys_locale::get_locales());
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages() {
        let cases = [
            ("ko-KR", Some(Lang::Ko)),
            ("ko", Some(Lang::Ko)),
            ("pt-BR", Some(Lang::Pt)),
            ("pt-PT", Some(Lang::Pt)),
            ("pt_BR.UTF-8", Some(Lang::Pt)),
            ("ja_JP.UTF-8", Some(Lang::Ja)),
            ("ru_RU", Some(Lang::Ru)),
            ("ru_RU.KOI8-R", Some(Lang::Ru)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("de-DE", None),
            ("", None),
            ("C", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::from_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn negotiation_order() {
        let system = vec!["de-DE".to_owned(), "ja_JP.UTF-8".to_owned()];
        assert_eq!(negotiate(Some("ko"), Some("ru"), &system), Lang::Ko);
        assert_eq!(negotiate(None, Some("ru"), &system), Lang::Ru);
        assert_eq!(negotiate(None, None, &system), Lang::Ja);
        assert_eq!(negotiate(Some("xx"), None, &[]), Lang::En);
        assert_eq!(negotiate(None, Some("zz"), &["pt-PT".to_owned()]), Lang::Pt);
        assert_eq!(negotiate(None, None, &[]), Lang::En);
    }
}
