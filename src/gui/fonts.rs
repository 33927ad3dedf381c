//! Fonts: egui's defaults plus a bundled Noto Sans CJK subset for Hangul, Kana and Kanji.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

/// Name of the bundled CJK font in egui's font table.
pub const CJK_FONT: &str = "noto-sans-cjk-netdoctor";

/// The bundled font file (see `assets/fonts/subset.sh` for how it is made).
pub static CJK_FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJK-netdoctor.otf");

/// egui's default fonts with the CJK font appended to every family's fallback chain.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT.to_owned(),
        Arc::new(FontData::from_static(CJK_FONT_BYTES)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        // After the defaults: Latin keeps its look, the CJK font fills the gaps.
        fonts
            .families
            .entry(family)
            .or_default()
            .push(CJK_FONT.to_owned());
    }
    fonts
}

/// Installs the fonts on a context (takes effect from the next frame).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
