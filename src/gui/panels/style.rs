//! Status colours and icons, readable in both light and dark themes.

use eframe::egui::{Color32, Visuals};

use crate::diagnose::{Severity, Verdict};

/// How a row or banner looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The check passed.
    Good,
    /// The check passed, with a warning (a certificate about to expire, say).
    GoodWarned,
    /// Connected, but something is off (protocol, TLS, HTTP error).
    Warn,
    /// No connection.
    Bad,
    /// Not checked, cancelled.
    Neutral,
}

impl Tone {
    /// The tone of a verdict.
    pub fn of(verdict: Verdict) -> Tone {
        match verdict.severity() {
            Severity::Ok => Tone::Good,
            Severity::Degraded => Tone::Warn,
            Severity::Failed => Tone::Bad,
        }
    }

    /// The tone of a result: an `ok` verdict with warnings gets its own.
    pub fn of_result(verdict: Verdict, warned: bool) -> Tone {
        match Tone::of(verdict) {
            Tone::Good if warned => Tone::GoodWarned,
            tone => tone,
        }
    }

    /// The Fluent id of a result's verdict label, "OK with a warning" for a warned `ok`.
    pub fn verdict_label_id(verdict: Verdict, warned: bool) -> String {
        if Tone::of_result(verdict, warned) == Tone::GoodWarned {
            "gui-verdict-ok-warning".to_owned()
        } else {
            verdict.label_id()
        }
    }

    /// A glyph that every bundled font chain can draw (the font test checks them).
    pub fn icon(self) -> &'static str {
        match self {
            Tone::Good => "✓",
            Tone::GoodWarned => "◎",
            Tone::Warn => "⚠",
            Tone::Bad => "×",
            Tone::Neutral => "○",
        }
    }

    /// Foreground colour for text and icons.
    pub fn color(self, visuals: &Visuals) -> Color32 {
        let dark = visuals.dark_mode;
        match (self, dark) {
            (Tone::Good, false) => Color32::from_rgb(0x1e, 0x7b, 0x34),
            (Tone::Good, true) => Color32::from_rgb(0x6c, 0xd0, 0x7e),
            // Blue: neither the green of a clean pass nor the amber of a degraded check.
            (Tone::GoodWarned, false) => Color32::from_rgb(0x1d, 0x5f, 0xa8),
            (Tone::GoodWarned, true) => Color32::from_rgb(0x7a, 0xb8, 0xf5),
            (Tone::Warn, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
            (Tone::Warn, true) => Color32::from_rgb(0xf2, 0xb3, 0x4a),
            (Tone::Bad, false) => Color32::from_rgb(0xb4, 0x23, 0x18),
            (Tone::Bad, true) => Color32::from_rgb(0xff, 0x7b, 0x6e),
            (Tone::Neutral, _) => visuals.weak_text_color(),
        }
    }

    /// A faint background for banners.
    pub fn fill(self, visuals: &Visuals) -> Color32 {
        let alpha = if visuals.dark_mode { 40 } else { 28 };
        let c = self.color(visuals);
        Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha)
    }
}

/// Every icon the UI draws, for the font coverage test.
pub const ICONS: &[&str] = &["✓", "◎", "⚠", "×", "○", "▲", "▼", "…", "•"];
