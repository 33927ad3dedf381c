//! Status colours and icons, readable in both light and dark themes.

use eframe::egui::{Color32, Visuals};

use crate::diagnose::{Severity, Verdict};

/// How a row or banner looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The check passed.
    Good,
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

    /// A glyph that every bundled font chain can draw (the font test checks them).
    pub fn icon(self) -> &'static str {
        match self {
            Tone::Good => "✓",
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
pub const ICONS: &[&str] = &["✓", "⚠", "×", "○", "▲", "▼", "…", "•"];
