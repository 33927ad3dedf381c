//! Platform glue that `main` runs before anything prints.

/// Windows release builds are GUI-subsystem programs (`windows_subsystem` in
/// main.rs), so no console window opens when the app is double-clicked, and
/// the process starts with no console. For the command line (`netdoctor check`,
/// `--help`, `--version`, usage errors), attach to the console of the shell
/// that started us so the output shows there. Streams the parent redirected
/// (`netdoctor check --json > out.json`, a pipe) keep going where they went.
/// Does nothing when started from Explorer (no parent console), in debug
/// builds (already a console program), and on other systems.
#[cfg(windows)]
pub fn attach_parent_console() {
    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
    };

    const STREAMS: [STD_HANDLE; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

    // SAFETY: GetStdHandle takes a constant and returns a handle value; nothing is dereferenced.
    let inherited: [HANDLE; 3] = STREAMS.map(|id| unsafe { GetStdHandle(id) });
    let usable = inherited.map(|h| usable_handle(h as isize, INVALID_HANDLE_VALUE as isize));
    let Some(restore) = streams_to_restore(usable) else {
        return;
    };
    // SAFETY: no pointers; fails harmlessly (returns 0) when the parent has no console,
    // e.g. when the app was started from Explorer or the Start menu.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    for ((id, handle), keep) in STREAMS.into_iter().zip(inherited).zip(restore) {
        if keep {
            // SAFETY: restores a handle value this process was started with.
            unsafe { SetStdHandle(id, handle) };
        }
    }
}

/// Whether a handle value from `GetStdHandle` is a stream: it returns null when the
/// process has no such stream and `INVALID_HANDLE_VALUE` (-1) when the call failed.
/// Plain integers, so the rule is tested on every platform.
#[cfg_attr(not(windows), allow(dead_code))]
fn usable_handle(raw: isize, invalid: isize) -> bool {
    raw != 0 && raw != invalid
}

/// Given which of stdin, stdout, stderr the process was started with, `None` when
/// there is nothing to attach (a console program, i.e. a debug build, or every
/// stream redirected); otherwise the streams to put back after attaching, because
/// attaching may point all three at the console while the parent had redirected
/// some of them (`> out.json`, a pipe) and they must keep going there.
#[cfg_attr(not(windows), allow(dead_code))]
fn streams_to_restore(usable: [bool; 3]) -> Option<[bool; 3]> {
    (!usable.iter().all(|&u| u)).then_some(usable)
}

/// Not Windows: programs inherit their terminal; nothing to do.
#[cfg(not(windows))]
pub fn attach_parent_console() {}

#[cfg(test)]
mod tests {
    use super::*;

    /// `INVALID_HANDLE_VALUE` in windows-sys: `-1isize as HANDLE`.
    const INVALID: isize = -1;

    #[test]
    fn handle_values_from_get_std_handle() {
        assert!(
            !usable_handle(0, INVALID),
            "null: no such stream (started from Explorer)"
        );
        assert!(!usable_handle(INVALID, INVALID), "the call failed");
        // Console and file handles are small multiples of four; pipes too.
        assert!(usable_handle(0x54, INVALID));
        assert!(usable_handle(0x1f4, INVALID));
    }

    #[test]
    fn which_streams_survive_attaching() {
        // Debug build in a console, or `< in > out 2> err`: nothing to attach.
        assert_eq!(streams_to_restore([true; 3]), None);
        // Double-clicked, or typed at a prompt: attach, nothing to put back.
        assert_eq!(streams_to_restore([false; 3]), Some([false; 3]));
        // `netdoctor check --json > report.json` in cmd.exe: stdout stays in the file.
        assert_eq!(
            streams_to_restore([false, true, false]),
            Some([false, true, false])
        );
        // `netdoctor check 2> err.txt | more`: stdout and stderr stay redirected.
        assert_eq!(
            streams_to_restore([false, true, true]),
            Some([false, true, true])
        );
    }
}
