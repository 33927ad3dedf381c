//! Saving files so that a crash, a full disk or an error half-way never leaves
//! a truncated file behind: write a temporary file beside the target, fsync it,
//! then rename it over the target in one step.
//!
//! Used for profiles, reports and the desktop app's settings.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Replaces `path` with `bytes` atomically: readers see the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Replaces `path` with what `fill` writes; if `fill` fails, `path` is left untouched.
pub fn write_atomic_with<F>(path: &Path, fill: F) -> io::Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    write_inner(path, false, fill)
}

/// Like [`write_atomic_with`], and keeps the file it replaces as [`backup_path`]`(path)`.
pub fn write_atomic_with_backup<F>(path: &Path, fill: F) -> io::Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    write_inner(path, true, fill)
}

/// Where the previous version of `path` is kept: `path` with `.bak` appended (`work.toml.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(".bak");
    PathBuf::from(name)
}

fn write_inner<F>(path: &Path, backup: bool, fill: F) -> io::Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let dir = parent_dir(path);
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    // Same folder as the target: a rename is only atomic within one file system.
    let mut prefix = OsString::from(".");
    prefix.push(file_name);
    prefix.push(".");
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    {
        let mut writer = BufWriter::new(temp.as_file_mut());
        fill(&mut writer)?;
        writer.flush()?;
    }
    // On an error above, dropping `temp` deletes it and the target was never touched.
    temp.as_file().sync_all()?;
    if let Ok(old) = fs::metadata(path) {
        // Keep the mode the user gave the file; new files stay private (0600) by default.
        fs::set_permissions(temp.path(), old.permissions())?;
        if backup {
            keep_backup(path)?;
        }
    }
    temp.persist(path).map_err(|err| err.error)?;
    sync_dir(dir);
    Ok(())
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes `path.bak` a copy of `path`. A hard link costs nothing and survives the
/// rename that follows (the old contents keep living under the `.bak` name).
fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    match fs::remove_file(&bak) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    if fs::hard_link(path, &bak).is_err() {
        // File systems without hard links (FAT, some network shares): copy instead.
        fs::copy(path, &bak)?;
    }
    Ok(())
}

/// Flushes the directory entry so the rename survives a power cut; best effort,
/// since not every platform lets a directory be opened.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_path_appends_bak() {
        assert_eq!(
            backup_path(Path::new("/tmp/a/work.toml")),
            PathBuf::from("/tmp/a/work.toml.bak")
        );
    }

    #[test]
    fn bare_file_names_write_into_the_current_folder() {
        assert_eq!(parent_dir(Path::new("report.md")), Path::new("."));
    }
}
