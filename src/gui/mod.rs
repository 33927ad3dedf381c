//! The desktop app: an endpoint table, a detail pane with causes, fixes and raw bytes,
//! five languages. The engine runs on its own tokio threads and wakes the UI per event;
//! panels read state and push commands, the app applies them after drawing.

mod app;
pub mod background;
pub mod command;
mod exec;
mod file_commands;
pub mod fixtext;
pub mod fonts;
mod keys;
mod notifier;
pub mod panels;
pub mod persist;
pub mod picker;
pub mod state;
pub mod state_load;
pub mod worker;

use std::process::ExitCode;
use std::sync::Arc;

use eframe::egui;

use crate::l10n::{Localizer, system_locales};

pub use app::NetdoctorApp;

/// The app icon (source: `assets/icon.svg`).
pub static ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// Window class / Wayland app id; matches `StartupWMClass` of the `.desktop` file in `dist/linux`.
pub const APP_ID: &str = "io.github.netdoctor.Netdoctor";

/// Exit status when the window cannot open.
pub const EXIT_NO_WINDOW: u8 = 2;

/// Opens the window and runs until it closes. `lang_override` is `--lang`.
pub fn run(lang_override: Option<String>) -> ExitCode {
    let dir = persist::default_dir().unwrap_or_else(|| std::env::temp_dir().join("netdoctor"));
    let app = NetdoctorApp::open(dir, lang_override.as_deref(), &system_locales());
    let l10n = Localizer::new(app.state().lang());
    let size = app.state().window_size.unwrap_or([1280.0, 800.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(l10n.tr("gui-window-title"))
        .with_app_id(APP_ID)
        .with_inner_size(size)
        .with_min_inner_size([720.0, 420.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // The window size lives in netdoctor's own state file, with the endpoints.
        persist_window: false,
        ..Default::default()
    };
    let result = eframe::run_native(
        "netdoctor",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            // Light or dark as the desktop says, switching live when it changes.
            cc.egui_ctx
                .options_mut(|o| o.theme_preference = egui::ThemePreference::System);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("netdoctor: {}", start_error(&l10n, &error));
            ExitCode::from(EXIT_NO_WINDOW)
        }
    }
}

/// The localized explanation of why the window did not open, with the headless alternative.
fn start_error(l10n: &Localizer, error: &eframe::Error) -> String {
    let text = error.to_string();
    // winit prefixes its OS errors with a source location; the user needs the reason only.
    let reason = text
        .rfind(".rs:")
        .and_then(|at| text[at..].find(": ").map(|colon| &text[at + colon + 2..]))
        .unwrap_or(&text)
        .trim_end_matches('.');
    let text = reason.to_owned();
    let id = match error {
        // winit fails to create its event loop when there is no X11 or Wayland display.
        eframe::Error::WinitEventLoop(_) | eframe::Error::Winit(_) => "gui-error-no-display",
        _ => "gui-error-start",
    };
    l10n.tr_args(id, &[("error", text.into())])
}
