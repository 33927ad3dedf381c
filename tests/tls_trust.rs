//! Trust as the user's clients see it, against real `openssl s_server`s on loopback
//! with certificate hierarchies made here by the openssl CLI: the OS store and the
//! Mozilla bundle side by side, private CAs, missing intermediates, self-signed
//! certificates of the common makes, short-lived certificates and client certificates.
//!
//! The OS store is whatever `SSL_CERT_FILE` names for the child process, so each
//! test decides what "this machine trusts". openssl is not a build dependency:
//! without it these tests print one line and pass, unless
//! `NETDOCTOR_REQUIRE_OPENSSL=1` says the machine is meant to have it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;
use tempfile::TempDir;

fn openssl_or_skip() -> bool {
    let found = Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var_os("NETDOCTOR_REQUIRE_OPENSSL").is_some_and(|v| v == "1") {
            panic!("NETDOCTOR_REQUIRE_OPENSSL=1 but no openssl binary: apt-get install openssl");
        }
        eprintln!("openssl not installed; skipped");
    }
    found
}

/// A directory of keys and certificates made with the openssl CLI.
struct Pki {
    dir: TempDir,
}

const EC: [&str; 4] = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];

impl Pki {
    fn new() -> Pki {
        Pki {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn openssl(&self, args: &[&str]) {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .expect("run openssl");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `openssl req -x509` as people type it: CA:TRUE unless `extra` says otherwise.
    fn self_signed(&self, name: &str, subject: &str, extra: &[&str]) {
        let (key, pem) = (format!("{name}.key"), format!("{name}.pem"));
        let mut args = vec!["req", "-x509"];
        args.extend(EC);
        args.extend(["-nodes", "-keyout", &key, "-out", &pem, "-subj", subject]);
        args.extend(["-days", "30", "-addext", "subjectAltName=IP:127.0.0.1"]);
        args.extend(extra);
        self.openssl(&args);
    }

    /// A certificate for `name` signed by `issuer`, with `ext` as its extensions.
    fn signed(&self, name: &str, subject: &str, issuer: &str, days: &str, ext: &str) {
        let (key, csr, pem, extfile) = (
            format!("{name}.key"),
            format!("{name}.csr"),
            format!("{name}.pem"),
            format!("{name}.ext"),
        );
        std::fs::write(self.path(&extfile), ext).expect("write ext");
        let mut args = vec!["req", "-new"];
        args.extend(EC);
        args.extend(["-nodes", "-keyout", &key, "-out", &csr, "-subj", subject]);
        self.openssl(&args);
        let (ca, ca_key) = (format!("{issuer}.pem"), format!("{issuer}.key"));
        self.openssl(&[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            &ca,
            "-CAkey",
            &ca_key,
            "-CAcreateserial",
            "-out",
            &pem,
            "-days",
            days,
            "-extfile",
            &extfile,
        ]);
    }

    fn ca(&self, name: &str, subject: &str, issuer: &str) {
        self.signed(
            name,
            subject,
            issuer,
            "30",
            "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n",
        );
    }

    fn leaf(&self, name: &str, issuer: &str, days: &str, more: &str) {
        let ext = format!(
            "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n{more}"
        );
        self.signed(name, "/CN=api.test", issuer, days, &ext);
    }

    /// A PEM file of the named certificates, e.g. the OS store of a test.
    fn bundle(&self, file: &str, names: &[&str]) -> PathBuf {
        let text: String = names
            .iter()
            .map(|n| std::fs::read_to_string(self.path(&format!("{n}.pem"))).expect("read pem"))
            .collect();
        let path = self.path(file);
        std::fs::write(&path, text).expect("write bundle");
        path
    }
}

/// `openssl s_server -www` on a free loopback port; killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(pki: &Pki, leaf: &str, extra: &[&str]) -> Server {
    let (cert, key) = (
        pki.path(&format!("{leaf}.pem")),
        pki.path(&format!("{leaf}.key")),
    );
    let mut child = Command::new("openssl")
        .args(["s_server", "-accept", "127.0.0.1:0", "-www"])
        .arg("-cert")
        .arg(cert)
        .arg("-key")
        .arg(key)
        .args(extra)
        .current_dir(pki.dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start openssl s_server");
    let stdout = child.stdout.take().expect("stdout");
    // s_server prints `ACCEPT 127.0.0.1:PORT` once it listens: that line is readiness.
    let mut port = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("read s_server");
        if let Some(addr) = line.strip_prefix("ACCEPT ") {
            port = addr.rsplit(':').next().and_then(|p| p.parse().ok());
            break;
        }
    }
    Server {
        child,
        port: port.expect("s_server printed no ACCEPT line"),
    }
}

/// `netdoctor check --json` with `os_store` as this machine's trust store.
fn check(server: &Server, os_store: &Path, extra: &[&str]) -> Value {
    let url = format!("https://127.0.0.1:{}/", server.port);
    let mut cmd = common::bin::command();
    cmd.args(["check", "--json", "--timeout", "5000"])
        .args(extra)
        .arg(&url)
        .env("SSL_CERT_FILE", os_store)
        .env_remove("SSL_CERT_DIR");
    let out = cmd.output().expect("run netdoctor");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stdout));
    });
    doc["results"][0].clone()
}

fn ids(result: &Value, key: &str) -> Vec<String> {
    result[key]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|c| c["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn evidence(result: &Value, key: &str) -> String {
    result[key][0]["evidence"].to_string()
}

/// root → intermediate → leaf, the intermediate sent along.
fn private_hierarchy(root_subject: &str) -> Pki {
    let pki = Pki::new();
    pki.self_signed("root", root_subject, &[]);
    pki.bundle("other.pem", &["root"]);
    pki.ca("int", "/CN=Test Intermediate", "root");
    pki.leaf("leaf", "int", "30", "");
    pki
}

#[test]
fn a_private_ca_in_the_os_store_only_is_ok_with_a_warning_and_both_views() {
    if !openssl_or_skip() {
        return;
    }
    let pki = private_hierarchy("/O=Acme Corp/CN=Acme Root CA");
    let os = pki.bundle("os.pem", &["root"]);
    let server = serve(&pki, "leaf", &["-cert_chain", "int.pem"]);
    let result = check(&server, &os, &[]);
    assert_eq!(result["verdict"], "ok", "{result}");
    assert_eq!(
        ids(&result, "warnings"),
        ["warn.trusted-by-os-only"],
        "{result}"
    );
    assert!(
        evidence(&result, "warnings").contains("Acme Root CA"),
        "{result}"
    );
    let trust = &result["certificate"]["trust"];
    assert_eq!(trust["os"], "accepted", "{result}");
    assert_eq!(trust["mozilla"], "rejected", "{result}");
    let chain = result["certificate"]["chain"].as_array().expect("chain");
    assert_eq!(chain.len(), 2, "{result}");
    assert!(
        chain[1]["issuer"]
            .as_str()
            .unwrap_or("")
            .contains("Acme Root CA")
    );
}

#[test]
fn a_ca_no_store_holds_is_untrusted_issuer_and_ca_file_confirms_it() {
    if !openssl_or_skip() {
        return;
    }
    let pki = private_hierarchy("/O=Zscaler Inc./CN=Zscaler Root CA");
    // The OS store holds some other CA: both views answer, both reject.
    let unrelated = Pki::new();
    unrelated.self_signed("unrelated", "/CN=Unrelated Root", &[]);
    let os = unrelated.bundle("os.pem", &["unrelated"]);
    let server = serve(&pki, "leaf", &["-cert_chain", "int.pem"]);
    let result = check(&server, &os, &[]);
    assert_eq!(result["verdict"], "tls-error", "{result}");
    assert_eq!(
        ids(&result, "causes")[0],
        "tls-error.untrusted-issuer",
        "{result}"
    );
    let said = evidence(&result, "causes");
    assert!(said.contains("Zscaler Root CA"), "issuer named: {said}");
    assert!(said.contains("TLS-inspection"), "product named: {said}");
    assert_eq!(result["certificate"]["trust"]["os"], "rejected", "{result}");
    assert_eq!(
        result["certificate"]["trust"]["mozilla"], "rejected",
        "{result}"
    );

    let root = pki.path("root.pem");
    let root = root.to_str().expect("utf-8 path");
    let confirmed = check(&server, &os, &["--ca-file", root]);
    assert_eq!(confirmed["verdict"], "ok", "{confirmed}");
    assert_eq!(confirmed["certificate"]["trust"]["ca_file"], "accepted");
}

#[test]
fn a_leaf_sent_without_its_intermediate_is_an_incomplete_chain() {
    if !openssl_or_skip() {
        return;
    }
    let pki = Pki::new();
    pki.self_signed("root", "/CN=Test Root", &[]);
    pki.ca("int", "/CN=Test Intermediate R3", "root");
    // Port 9 on loopback: the URL is only read, never fetched.
    pki.leaf(
        "leaf",
        "int",
        "30",
        "authorityInfoAccess=caIssuers;URI:http://127.0.0.1:9/r3.der\n",
    );
    let os = pki.bundle("os.pem", &["root"]);
    let server = serve(&pki, "leaf", &[]);
    let result = check(&server, &os, &[]);
    assert_eq!(
        ids(&result, "causes")[0],
        "tls-error.incomplete-chain",
        "{result}"
    );
    let said = evidence(&result, "causes");
    assert!(said.contains("Test Intermediate R3"), "{said}");
    assert!(said.contains("http://127.0.0.1:9/r3.der"), "{said}");
    assert!(
        result["causes"][0]["remediation"]
            .as_str()
            .unwrap_or("")
            .contains("fullchain")
    );
}

#[test]
fn self_signed_certificates_of_every_common_make_are_self_signed() {
    if !openssl_or_skip() {
        return;
    }
    let pki = Pki::new();
    // openssl req -x509 with its defaults (CA:TRUE), and with CA:FALSE.
    pki.self_signed("ca_true", "/CN=localhost", &[]);
    pki.self_signed(
        "ca_false",
        "/CN=keytool-like",
        &["-addext", "basicConstraints=critical,CA:FALSE"],
    );
    // mkcert's local CA signing a leaf, sent without the CA.
    pki.self_signed(
        "mkcert",
        "/O=mkcert development CA/OU=dev@laptop/CN=mkcert dev@laptop",
        &[],
    );
    pki.leaf("mkcert_leaf", "mkcert", "30", "");
    let os = Pki::new();
    os.self_signed("unrelated", "/CN=Unrelated Root", &[]);
    let os = os.bundle("os.pem", &["unrelated"]);

    for (leaf, subject) in [("ca_true", "CN=localhost"), ("ca_false", "CN=keytool-like")] {
        let server = serve(&pki, leaf, &[]);
        let result = check(&server, &os, &[]);
        assert_eq!(
            ids(&result, "causes")[0],
            "tls-error.self-signed",
            "{leaf}: {result}"
        );
        let said = evidence(&result, "causes");
        assert!(said.contains(subject), "{leaf}: {said}");
        assert_eq!(
            said.contains("CA:TRUE"),
            leaf == "ca_true",
            "{leaf}: {said}"
        );
        // The fix offered works: the certificate itself given with --ca-file.
        let own = pki.path(&format!("{leaf}.pem"));
        let trusted = check(&server, &os, &["--ca-file", own.to_str().expect("path")]);
        assert_eq!(trusted["verdict"], "ok", "{leaf}: {trusted}");
    }

    let server = serve(&pki, "mkcert_leaf", &[]);
    let result = check(&server, &os, &[]);
    assert_eq!(
        ids(&result, "causes")[0],
        "tls-error.self-signed",
        "{result}"
    );
    let said = evidence(&result, "causes");
    assert!(said.contains("mkcert"), "{said}");
}

#[test]
fn a_working_certificate_that_ends_in_five_days_warns() {
    if !openssl_or_skip() {
        return;
    }
    let pki = Pki::new();
    pki.self_signed("root", "/CN=Test Root", &[]);
    pki.leaf("leaf", "root", "5", "");
    let os = pki.bundle("os.pem", &["root"]);
    let server = serve(&pki, "leaf", &[]);
    let result = check(&server, &os, &[]);
    assert_eq!(result["verdict"], "ok", "{result}");
    let warned = ids(&result, "warnings");
    assert!(
        warned.contains(&"warn.certificate-expires-soon".to_owned()),
        "{result}"
    );
    let days = result["certificate"]["days_left"]
        .as_i64()
        .expect("days_left");
    assert!((3..=5).contains(&days), "{result}");
    assert!(result["causes"].as_array().is_none_or(Vec::is_empty));
}

#[test]
fn a_server_demanding_a_client_certificate_is_named_with_its_cas() {
    if !openssl_or_skip() {
        return;
    }
    let pki = Pki::new();
    pki.self_signed("root", "/CN=Test Root", &[]);
    pki.self_signed("clients", "/O=Acme/CN=Acme Client CA", &[]);
    pki.leaf("leaf", "root", "30", "");
    let os = pki.bundle("os.pem", &["root"]);
    for version in ["-tls1_2", "-tls1_3"] {
        let server = serve(
            &pki,
            "leaf",
            &[version, "-Verify", "1", "-CAfile", "clients.pem"],
        );
        let result = check(&server, &os, &[]);
        assert_eq!(
            ids(&result, "causes")[0],
            "tls-error.client-certificate-required",
            "{version}: {result}"
        );
        let said = evidence(&result, "causes");
        assert!(said.contains("Acme Client CA"), "{version}: {said}");
    }
}
