//! Entry point: no subcommand opens the desktop app; `check` runs headless.

use std::process::ExitCode;

use netdoctor::cli::{self, Command, Parsed};
use netdoctor::l10n::{Localizer, negotiate, system_locales};

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    let l10n = Localizer::new(cli::lang_from_args(&args));
    let cli = match cli::parse(args, &l10n) {
        Parsed::Run(cli) => cli,
        Parsed::Info(text) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Parsed::Usage(line) => {
            eprintln!("netdoctor: {line}");
            return ExitCode::from(cli::check::EXIT_USAGE);
        }
    };
    let lang = negotiate(cli.lang.as_deref(), None, &system_locales());
    let l10n = Localizer::new(lang);
    match cli.command {
        Some(Command::Check(args)) => ExitCode::from(cli::check::run(args, l10n)),
        None => open_app(cli.lang, &l10n),
    }
}

#[cfg(feature = "gui")]
fn open_app(lang: Option<String>, _l10n: &Localizer) -> ExitCode {
    netdoctor::gui::run(lang)
}

/// A headless build has no window to open; say what works instead.
#[cfg(not(feature = "gui"))]
fn open_app(_lang: Option<String>, l10n: &Localizer) -> ExitCode {
    eprintln!("netdoctor: {}", l10n.tr("gui-unavailable"));
    ExitCode::from(cli::check::EXIT_USAGE)
}
