//! Build script. On Windows targets it embeds the app icon and the version
//! information (Explorer's Properties > Details, Task Manager's name) into
//! netdoctor.exe. On every other target it does nothing and exits at once.
//!
//! Needs a resource compiler when the target is Windows: `rc.exe` from the
//! Windows SDK (MSVC targets, found automatically) or `windres` from MinGW
//! (`x86_64-w64-mingw32-windres` when cross-compiling to `*-windows-gnu`).
//! Set `NETDOCTOR_NO_WINRES=1` to skip it, e.g. for a quick
//! `cargo check --target x86_64-pc-windows-gnu` on a machine without MinGW.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=assets/icons/netdoctor.ico");
    println!("cargo::rerun-if-env-changed=NETDOCTOR_NO_WINRES");

    // CARGO_CFG_TARGET_OS is the OS being built for; cfg!(windows) here would be the host's.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if std::env::var_os("NETDOCTOR_NO_WINRES").is_some() {
        println!(
            "cargo::warning=NETDOCTOR_NO_WINRES is set: netdoctor.exe gets no icon or version info"
        );
        return;
    }
    embed_windows_resources();
}

fn embed_windows_resources() {
    let description = std::env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icons/netdoctor.ico")
        // Windows shows FileDescription as the program's name (Task Manager, "Open with").
        .set("FileDescription", "netdoctor")
        .set("ProductName", "netdoctor")
        .set("InternalName", "netdoctor")
        .set("OriginalFilename", "netdoctor.exe")
        .set("CompanyName", "The netdoctor developers")
        .set(
            "LegalCopyright",
            "The netdoctor developers; MIT OR Apache-2.0",
        )
        .set("Comments", &description);
    // FileVersion/ProductVersion (string and numeric) come from CARGO_PKG_VERSION.
    if let Err(err) = res.compile() {
        panic!(
            "could not embed the Windows icon and version info: {err}\n\
             install a resource compiler (Windows SDK rc.exe, or MinGW windres), \
             or set NETDOCTOR_NO_WINRES=1 to build without them"
        );
    }
}
