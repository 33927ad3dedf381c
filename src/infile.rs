//! Reading files the user names (profiles, CA files, the app's state) without
//! letting a wrong path hang or exhaust the program: only regular files, opened
//! so that a FIFO cannot block, and read up to a size cap suited to the kind.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::l10n::Localizer;

/// Largest profile read: thousands of endpoints fit in far less.
pub const PROFILE_CAP: u64 = 8 * 1024 * 1024;
/// Largest CA bundle read: the full public root store is under 1 MiB.
pub const CA_FILE_CAP: u64 = 16 * 1024 * 1024;
/// Largest app state file read.
pub const STATE_CAP: u64 = 64 * 1024 * 1024;

/// What a path is, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A directory.
    Directory,
    /// A named pipe.
    Fifo,
    /// A character or block device (`/dev/zero`, a disk).
    Device,
    /// A socket or anything else that is not a file.
    Other,
}

impl FileKind {
    fn fluent_id(self) -> &'static str {
        match self {
            FileKind::Directory => "file-kind-directory",
            FileKind::Fifo => "file-kind-fifo",
            FileKind::Device => "file-kind-device",
            FileKind::Other => "file-kind-other",
        }
    }
}

/// Why a file the user named could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path is not a regular file.
    #[error("not a regular file ({0:?})")]
    NotRegular(FileKind),
    /// The file is larger than the cap for its kind (in bytes).
    #[error("larger than {cap} bytes")]
    TooLarge {
        /// The cap.
        cap: u64,
    },
    /// Opening or reading failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

impl ReadError {
    /// Whether the file simply does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound)
    }

    /// The reason in the user's language (without the path).
    pub fn localize(&self, l10n: &Localizer) -> String {
        match self {
            ReadError::NotRegular(kind) => l10n.tr_args(
                "file-error-not-regular",
                &[("kind", l10n.tr(kind.fluent_id()).into())],
            ),
            ReadError::TooLarge { cap } => l10n.tr_args(
                "file-error-too-large",
                &[("mib", (cap / (1024 * 1024)).into())],
            ),
            ReadError::Io(err) => err.to_string(),
        }
    }
}

/// Reads the regular file at `path`, refusing other kinds and anything over `cap` bytes.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_nonblocking(path)?;
    let meta = file.metadata()?;
    let kind = kind_of(&meta.file_type());
    if let Some(kind) = kind {
        return Err(ReadError::NotRegular(kind));
    }
    if meta.len() > cap {
        return Err(ReadError::TooLarge { cap });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow while read (a log being appended): the cap holds anyway.
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { cap });
    }
    Ok(bytes)
}

/// Checks that `path`, if it exists, is a regular file, without reading it.
pub fn check_regular(path: &Path) -> Result<(), ReadError> {
    match std::fs::metadata(path) {
        Ok(meta) => match kind_of(&meta.file_type()) {
            Some(kind) => Err(ReadError::NotRegular(kind)),
            None => Ok(()),
        },
        Err(err) => Err(ReadError::Io(err)),
    }
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Without O_NONBLOCK, opening a FIFO for reading waits for a writer forever.
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

#[cfg(unix)]
fn kind_of(file_type: &std::fs::FileType) -> Option<FileKind> {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some(FileKind::Directory)
    } else if file_type.is_fifo() {
        Some(FileKind::Fifo)
    } else if file_type.is_char_device() || file_type.is_block_device() {
        Some(FileKind::Device)
    } else {
        Some(FileKind::Other)
    }
}

#[cfg(not(unix))]
fn kind_of(file_type: &std::fs::FileType) -> Option<FileKind> {
    if file_type.is_file() {
        None
    } else if file_type.is_dir() {
        Some(FileKind::Directory)
    } else {
        Some(FileKind::Other)
    }
}

/// Turns bytes into text, or says where the first invalid UTF-8 byte is (1-based line and column).
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, (usize, usize)> {
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let before = &err.as_bytes()[..valid];
        // `valid` ends on a character boundary, so this slice is valid UTF-8.
        let text = std::str::from_utf8(before).unwrap_or_default();
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_position_is_line_and_column() {
        assert_eq!(utf8_text(b"ab\ncd\xffe".to_vec()), Err((2, 3)));
        assert_eq!(utf8_text(b"\xff".to_vec()), Err((1, 1)));
        assert_eq!(utf8_text("é\né".as_bytes().to_vec()).as_deref(), Ok("é\né"));
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        assert!(matches!(
            read_capped(dir.path(), 10),
            Err(ReadError::NotRegular(FileKind::Directory))
        ));
    }

    #[test]
    fn the_cap_holds() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").expect("write");
        assert!(matches!(
            read_capped(&path, 4),
            Err(ReadError::TooLarge { cap: 4 })
        ));
        assert_eq!(read_capped(&path, 5).expect("read"), b"12345");
    }
}
