//! How the table shows the list: filter, sort and language; and whether new endpoints
//! are checked at once, and whether a watched endpoint's change of verdict notifies.

use crate::l10n::Lang;

/// Table columns that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// Status colour (worst first when ascending).
    Status,
    /// Endpoint name.
    Name,
    /// URL.
    Target,
    /// Verdict label.
    Verdict,
    /// Title of the top cause.
    Cause,
    /// Total check time.
    Time,
}

/// The filter text, the sort, and the language words are matched and sorted in.
#[derive(Debug, Clone)]
pub struct ViewOptions {
    filter: String,
    sort: Option<(SortColumn, bool)>,
    lang: Lang,
    check_on_add: bool,
    notify_changes: bool,
}

impl ViewOptions {
    /// No filter, the user's order, in `lang`.
    pub fn new(lang: Lang) -> ViewOptions {
        ViewOptions {
            filter: String::new(),
            sort: None,
            lang,
            check_on_add: true,
            notify_changes: true,
        }
    }

    /// Filter text as typed.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Sets the filter text; returns whether it changed.
    pub fn set_filter(&mut self, filter: String) -> bool {
        let changed = self.filter != filter;
        self.filter = filter;
        changed
    }

    /// Sort column and direction (`true` = ascending); `None` keeps the user's order.
    pub fn sort(&self) -> Option<(SortColumn, bool)> {
        self.sort
    }

    /// Sorts by `column`; the same column again flips the direction, a third time
    /// restores the user's order.
    pub fn sort_by(&mut self, column: SortColumn) {
        self.sort = match self.sort {
            Some((c, true)) if c == column => Some((column, false)),
            Some((c, false)) if c == column => None,
            _ => Some((column, true)),
        };
    }

    /// Language of the UI.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a new endpoint is checked as soon as it is added.
    pub fn check_on_add(&self) -> bool {
        self.check_on_add
    }

    /// Checks new endpoints at once (`true`), or leaves them for the user.
    pub fn set_check_on_add(&mut self, on: bool) {
        self.check_on_add = on;
    }

    /// Whether a watched endpoint's change of verdict shows a desktop notification.
    pub fn notify_changes(&self) -> bool {
        self.notify_changes
    }

    /// Turns desktop notifications of watched changes on or off.
    pub fn set_notify_changes(&mut self, on: bool) {
        self.notify_changes = on;
    }

    /// Changes the language; returns whether it changed.
    pub fn set_lang(&mut self, lang: Lang) -> bool {
        let changed = self.lang != lang;
        self.lang = lang;
        changed
    }
}
