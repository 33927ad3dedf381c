//! The built binary, run as a child process with a predictable locale.

use std::process::{Command, Output};

/// Owned arguments from string slices.
pub fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The built binary with the locale pinned (see [`pin_locale`]) and `NO_COLOR` unset.
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_netdoctor"));
    pin_locale(&mut cmd).env_remove("NO_COLOR");
    cmd
}

/// Pins the locale to `C`, so the binary's language is the one a test asks for
/// (`--lang`) or English, whatever the machine's settings are.
pub fn pin_locale(cmd: &mut Command) -> &mut Command {
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "C")
}

/// Runs the binary to the end off the async threads, so fixtures in the test's
/// runtime keep serving meanwhile.
pub async fn netdoctor(args: Vec<String>) -> Output {
    netdoctor_env(args, vec![]).await
}

/// [`netdoctor`] with extra environment variables.
pub async fn netdoctor_env(args: Vec<String>, env: Vec<(&'static str, &'static str)>) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut cmd = command();
        cmd.args(&args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("run netdoctor")
    })
    .await
    .expect("join")
}
