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
    let usable = |h: HANDLE| !h.is_null() && h != INVALID_HANDLE_VALUE;

    // SAFETY: GetStdHandle takes a constant and returns a handle value; nothing is dereferenced.
    let inherited: [HANDLE; 3] = STREAMS.map(|id| unsafe { GetStdHandle(id) });
    if inherited.iter().all(|&h| usable(h)) {
        // A console program (debug build), or every stream redirected: nothing to do.
        return;
    }
    // SAFETY: no pointers; fails harmlessly (returns 0) when the parent has no console,
    // e.g. when the app was started from Explorer or the Start menu.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    // Attaching may point all three standard handles at the console; put back any
    // stream the parent had redirected, so it still goes there.
    for (id, handle) in STREAMS.into_iter().zip(inherited) {
        if usable(handle) {
            // SAFETY: restores a handle value this process was started with.
            unsafe { SetStdHandle(id, handle) };
        }
    }
}

/// Not Windows: programs inherit their terminal; nothing to do.
#[cfg(not(windows))]
pub fn attach_parent_console() {}
