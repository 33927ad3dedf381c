//! The command line: argument definitions, localized help and errors.

pub mod check;
pub mod round;
pub mod text;
pub mod watch;

use std::ffi::OsString;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::l10n::{Lang, Localizer, negotiate, system_locales};

/// netdoctor: why can't my client connect, and what do I do.
#[derive(Debug, Parser)]
#[command(name = "netdoctor", version, disable_help_subcommand = true)]
pub struct Cli {
    /// Language of the app and messages.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
    /// What to do; none opens the desktop app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check endpoints headless and print a diagnosis.
    Check(CheckArgs),
    /// On the server: what a remote client would meet on these ports, and why.
    Server(ServerArgs),
}

/// Options of `netdoctor server`.
#[derive(Debug, Clone, Args)]
pub struct ServerArgs {
    /// Ports to check; validated by the server module so the error is localized.
    #[arg(value_name = "PORT")]
    pub ports: Vec<String>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Answer on each free port instead of checking it.
    #[arg(long, conflicts_with = "json")]
    pub respond: bool,
    /// With --respond: stop after SECONDS.
    #[arg(long = "respond-for", value_name = "SECONDS", requires = "respond", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub respond_for: Option<u64>,
}

impl From<ServerArgs> for crate::server::ServerOptions {
    fn from(args: ServerArgs) -> Self {
        crate::server::ServerOptions {
            ports: args.ports,
            json: args.json,
            respond: args.respond,
            respond_for: args.respond_for,
        }
    }
}

/// Options of `netdoctor check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Endpoint URLs: tcp://, ws://, wss://, http://, https://.
    #[arg(value_name = "TARGET")]
    pub targets: Vec<String>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Limit for each phase, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub timeout: u64,
    /// Address the host should resolve to (repeatable).
    #[arg(long = "expect-ip", value_name = "IP")]
    pub expect_ip: Vec<IpAddr>,
    /// Resolve names through this DNS server.
    #[arg(long = "dns-server", value_name = "IP[:PORT]", value_parser = parse_dns_server)]
    pub dns_server: Option<SocketAddr>,
    /// Check every endpoint of a profile file.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Targets probed at once.
    #[arg(long, value_name = "N", default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=65_536))]
    pub concurrency: u64,
    /// Also write a report: .html, .md or .json.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Also trust the certificates in this PEM file (a private or development CA).
    #[arg(long = "ca-file", value_name = "FILE")]
    pub ca_file: Vec<PathBuf>,
    /// Skip the follow-up probes that tell causes apart.
    #[arg(long = "no-followups")]
    pub no_followups: bool,
    /// Keep passwords, tokens and cookies in the --report file instead of masking them.
    #[arg(long = "include-secrets")]
    pub include_secrets: bool,
    /// Re-check every SECONDS until interrupted, printing each change of verdict.
    #[arg(long, value_name = "SECONDS", conflicts_with = "report", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub watch: Option<u64>,
    /// With --watch: stop after N rounds.
    #[arg(long = "watch-count", value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub watch_count: Option<u64>,
}

fn parse_dns_server(text: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    text.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| text.to_owned())
}

/// The language asked for on the command line, looked up before full parsing so
/// that help and errors come out in it.
pub fn lang_from_args(args: &[OsString]) -> Lang {
    let mut explicit = None;
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        if let Some(value) = arg.strip_prefix("--lang=") {
            explicit = Some(value.to_owned());
        } else if arg == "--lang" {
            explicit = iter.next().map(str::to_owned);
        }
    }
    negotiate(explicit.as_deref(), None, &system_locales())
}

/// Builds the clap command with help texts from Fluent.
pub fn command(l10n: &Localizer) -> clap::Command {
    let help = |id: &str| l10n.tr(id);
    Cli::command()
        .about(help("cli-about"))
        .mut_arg("lang", |a| a.help(help("cli-help-lang")))
        .mut_subcommand("check", |c| {
            c.about(help("cli-help-check"))
                .mut_arg("targets", |a| a.help(help("cli-help-targets")))
                .mut_arg("json", |a| a.help(help("cli-help-json")))
                .mut_arg("timeout", |a| a.help(help("cli-help-timeout")))
                .mut_arg("expect_ip", |a| a.help(help("cli-help-expect-ip")))
                .mut_arg("dns_server", |a| a.help(help("cli-help-dns-server")))
                .mut_arg("profile", |a| a.help(help("cli-help-profile")))
                .mut_arg("concurrency", |a| a.help(help("cli-help-concurrency")))
                .mut_arg("report", |a| a.help(help("cli-help-report")))
                .mut_arg("no_followups", |a| a.help(help("cli-help-no-followups")))
                .mut_arg("ca_file", |a| a.help(help("cli-help-ca-file")))
                // Kept with the other report strings in report.ftl, which every locale has.
                .mut_arg("include_secrets", |a| {
                    a.help(help("report-cli-help-include-secrets"))
                })
                .mut_arg("watch", |a| a.help(help("watch-cli-help-watch")))
                .mut_arg("watch_count", |a| a.help(help("watch-cli-help-count")))
        })
        .mut_subcommand("server", |c| {
            c.about(help("cli-help-server"))
                .mut_arg("ports", |a| a.help(help("cli-help-ports")))
                .mut_arg("json", |a| a.help(help("cli-help-json")))
                .mut_arg("respond", |a| a.help(help("cli-help-respond")))
                .mut_arg("respond_for", |a| a.help(help("cli-help-respond-for")))
        })
}

/// What parsing the command line gave.
pub enum Parsed {
    /// Arguments to act on.
    Run(Box<Cli>),
    /// Help or version text to print, exit 0.
    Info(String),
    /// A usage error, already localized to one line.
    Usage(String),
}

/// Parses arguments, turning clap's errors into one localized line.
pub fn parse(args: Vec<OsString>, l10n: &Localizer) -> Parsed {
    let matches = command(l10n).try_get_matches_from(args);
    let err = match matches.and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => return Parsed::Run(Box::new(cli)),
        Err(err) => err,
    };
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let id = match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Parsed::Info(err.render().to_string());
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Parsed::Usage(l10n.tr("cli-error-usage"));
        }
        ErrorKind::UnknownArgument => "cli-error-unknown-argument",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "cli-error-invalid-value",
        ErrorKind::InvalidSubcommand => "cli-error-unknown-command",
        ErrorKind::MissingRequiredArgument | ErrorKind::TooFewValues => "cli-error-missing-value",
        ErrorKind::ArgumentConflict => "cli-error-conflict",
        _ => "cli-error-usage",
    };
    Parsed::Usage(l10n.tr_args(
        id,
        &[
            ("arg", arg.as_str().into()),
            ("value", value.as_str().into()),
        ],
    ))
}
