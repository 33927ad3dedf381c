//! Entry point: no subcommand opens the desktop app; `check` and `server` run headless.

// Windows release builds open no console window when double-clicked; the
// command line re-attaches to its shell's console (platform::attach_parent_console).
// Debug builds stay console programs, so `cargo run` shows logs and panics.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

mod platform;

use std::process::ExitCode;

use netdoctor::cli::{self, Command, Parsed};
use netdoctor::l10n::{Lang, Localizer, negotiate, system_locales};

fn main() -> ExitCode {
    // Before any thread starts: the local-time lookup is refused afterwards.
    netdoctor::clock::init_local_offset();
    let args: Vec<_> = std::env::args_os().collect();
    if args.len() > 1 {
        // `check`, `--help`, `--version` or a usage error: the output belongs in
        // the terminal that started us. A no-op except in Windows release builds.
        platform::attach_parent_console();
    }
    let l10n = Localizer::new(cli::lang_from_args(&args));
    let cli = match cli::parse(args, &l10n) {
        Parsed::Run(cli) => *cli,
        Parsed::Info(text) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Parsed::Usage(line) => {
            eprintln!("netdoctor: {}", cli::text::terminal_safe(&line));
            return ExitCode::from(cli::check::EXIT_USAGE);
        }
    };
    let lang = negotiate(cli.lang.as_deref(), None, &system_locales());
    let l10n = Localizer::new(lang);
    if let Some(tag) = cli.lang.as_deref().filter(|t| Lang::from_tag(t).is_none()) {
        let list: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        eprintln!(
            "netdoctor: {}",
            cli::text::terminal_safe(&l10n.tr_args(
                "cli-warning-unknown-lang",
                &[
                    ("tag", tag.into()),
                    ("list", list.join(", ").into()),
                    ("used", lang.code().into()),
                ],
            ))
        );
    }
    match cli.command {
        Some(Command::Check(args)) => ExitCode::from(cli::check::run(args, l10n)),
        Some(Command::Server(args)) => ExitCode::from(netdoctor::server::run(args.into(), l10n)),
        None => open_app(cli.lang, &l10n),
    }
}

#[cfg(feature = "gui")]
fn open_app(lang: Option<String>, _l10n: &Localizer) -> ExitCode {
    install_crash_note();
    netdoctor::gui::run(lang)
}

/// On a panic, leave a note in the config folder next to the saved endpoint list
/// (which the app writes on every change), then let the default hook report it.
#[cfg(feature = "gui")]
fn install_crash_note() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(dir) = netdoctor::gui::persist::default_dir() {
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let note = format!(
                "netdoctor {} crashed at unix time {stamp}\n{info}\n\n{}\n",
                env!("CARGO_PKG_VERSION"),
                std::backtrace::Backtrace::force_capture()
            );
            // Best effort: a failing note must not hide the panic itself.
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("crash-{stamp}.txt")), note);
        }
        default_hook(info);
    }));
}

/// A headless build has no window to open; say what works instead.
#[cfg(not(feature = "gui"))]
fn open_app(_lang: Option<String>, l10n: &Localizer) -> ExitCode {
    eprintln!("netdoctor: {}", l10n.tr("gui-unavailable"));
    ExitCode::from(cli::check::EXIT_USAGE)
}
