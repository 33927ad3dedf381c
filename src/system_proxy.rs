//! The operating system's own proxy settings, where the platform has them.
//!
//! Environment variables are read in `context`; this module adds what the OS
//! settings panels configure: macOS (`scutil --proxy`), Windows (the Internet
//! Settings registry key, via `reg query`) and GNOME (`gsettings`). Each reader
//! asks once per process and degrades to "none" when the tool is missing.

use std::process::Command;
use std::sync::OnceLock;

/// A proxy setting found in the environment or the OS settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxySetting {
    /// Variable name as set (`HTTPS_PROXY`, `all_proxy`, ...).
    pub var: String,
    /// Its value, with any password masked.
    pub value: String,
}

/// Proxies the OS settings turn on, read once per process.
pub fn system_proxies() -> &'static [ProxySetting] {
    static FOUND: OnceLock<Vec<ProxySetting>> = OnceLock::new();
    FOUND.get_or_init(read).as_slice()
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(target_os = "macos")]
fn read() -> Vec<ProxySetting> {
    output("scutil", &["--proxy"]).map_or_else(Vec::new, |text| parse_scutil(&text))
}

#[cfg(windows)]
fn read() -> Vec<ProxySetting> {
    const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";
    output("reg", &["query", KEY]).map_or_else(Vec::new, |text| parse_reg_query(&text))
}

#[cfg(all(unix, not(target_os = "macos")))]
fn read() -> Vec<ProxySetting> {
    // Only a GNOME session has these settings; elsewhere spawning gsettings is wasted time.
    let gnome = std::env::var("XDG_CURRENT_DESKTOP")
        .is_ok_and(|d| d.to_ascii_uppercase().contains("GNOME"));
    if !gnome
        || output("gsettings", &["get", "org.gnome.system.proxy", "mode"])
            .as_deref()
            .map(str::trim)
            != Some("'manual'")
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    for scheme in ["http", "https", "socks"] {
        let schema = format!("org.gnome.system.proxy.{scheme}");
        let host = output("gsettings", &["get", &schema, "host"]).unwrap_or_default();
        let port = output("gsettings", &["get", &schema, "port"]).unwrap_or_default();
        if let Some(setting) = gnome_setting(scheme, &host, &port) {
            found.push(setting);
        }
    }
    found
}

#[cfg(not(any(unix, windows)))]
fn read() -> Vec<ProxySetting> {
    Vec::new()
}

/// Parses `scutil --proxy` output (`HTTPEnable : 1`, `HTTPProxy : host`, `HTTPPort : 8080`).
pub fn parse_scutil(text: &str) -> Vec<ProxySetting> {
    let value = |key: &str| {
        text.lines().find_map(|line| {
            let (k, v) = line.split_once(':')?;
            (k.trim() == key).then(|| v.trim().to_owned())
        })
    };
    let mut found = Vec::new();
    for (prefix, name) in [
        ("HTTP", "macOS HTTP proxy"),
        ("HTTPS", "macOS HTTPS proxy"),
        ("SOCKS", "macOS SOCKS proxy"),
    ] {
        if value(&format!("{prefix}Enable")).as_deref() != Some("1") {
            continue;
        }
        if let Some(host) = value(&format!("{prefix}Proxy")) {
            let port = value(&format!("{prefix}Port")).unwrap_or_default();
            found.push(ProxySetting {
                var: name.to_owned(),
                value: join_host_port(&host, &port),
            });
        }
    }
    if value("ProxyAutoConfigEnable").as_deref() == Some("1") {
        found.push(ProxySetting {
            var: "macOS proxy auto-config".to_owned(),
            value: value("ProxyAutoConfigURLString").unwrap_or_default(),
        });
    }
    found
}

/// Parses `reg query` output of the Internet Settings key.
pub fn parse_reg_query(text: &str) -> Vec<ProxySetting> {
    let value = |name: &str| {
        text.lines().find_map(|line| {
            let mut cols = line.split_whitespace();
            (cols.next()? == name).then(|| {
                let _kind = cols.next();
                cols.collect::<Vec<_>>().join(" ")
            })
        })
    };
    let mut found = Vec::new();
    let enabled = value("ProxyEnable").is_some_and(|v| v == "0x1" || v == "1");
    if enabled && let Some(server) = value("ProxyServer").filter(|s| !s.is_empty()) {
        found.push(ProxySetting {
            var: "Windows proxy".to_owned(),
            value: server,
        });
    }
    if let Some(pac) = value("AutoConfigURL").filter(|s| !s.is_empty()) {
        found.push(ProxySetting {
            var: "Windows proxy auto-config".to_owned(),
            value: pac,
        });
    }
    found
}

/// One GNOME proxy from `gsettings` answers (`'proxy.corp'`, `3128`).
pub fn gnome_setting(scheme: &str, host: &str, port: &str) -> Option<ProxySetting> {
    let host = host.trim().trim_matches('\'');
    if host.is_empty() {
        return None;
    }
    Some(ProxySetting {
        var: format!("GNOME {scheme} proxy"),
        value: join_host_port(host, port.trim()),
    })
}

fn join_host_port(host: &str, port: &str) -> String {
    if port.is_empty() || port == "0" {
        host.to_owned()
    } else {
        format!("{host}:{port}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macos_scutil_output() {
        let text = "<dictionary> {\n  HTTPEnable : 1\n  HTTPPort : 3128\n  HTTPProxy : proxy.corp\n  HTTPSEnable : 0\n  HTTPSProxy : other\n  ProxyAutoConfigEnable : 1\n  ProxyAutoConfigURLString : http://wpad/wpad.dat\n}\n";
        let found = parse_scutil(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].value, "proxy.corp:3128");
        assert_eq!(found[1].value, "http://wpad/wpad.dat");
        assert!(parse_scutil("<dictionary> {\n  HTTPEnable : 0\n}\n").is_empty());
    }

    #[test]
    fn windows_reg_query_output() {
        let text = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\r\n    ProxyEnable    REG_DWORD    0x1\r\n    ProxyServer    REG_SZ    proxy.corp:8080\r\n";
        let found = parse_reg_query(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, "proxy.corp:8080");
        let off = "    ProxyEnable    REG_DWORD    0x0\r\n    ProxyServer    REG_SZ    proxy.corp:8080\r\n";
        assert!(parse_reg_query(off).is_empty());
    }

    #[test]
    fn gnome_answers() {
        let found = gnome_setting("http", "'proxy.corp'\n", "3128\n").expect("set");
        assert_eq!(found.value, "proxy.corp:3128");
        assert!(gnome_setting("http", "''", "0").is_none());
    }
}
