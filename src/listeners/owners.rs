//! Which process holds each socket, by inode, from `/proc/<pid>/fd`.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

/// The process that holds a socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Owner {
    /// Its process ID.
    pub pid: u32,
    /// Its name (`/proc/<pid>/comm`, cut by the kernel to 15 bytes), where readable.
    pub name: Option<String>,
}

/// The owner of each of `inodes` that this user may see; the rest are left out.
pub(super) fn of(inodes: &HashSet<u64>) -> HashMap<u64, Owner> {
    let mut found = HashMap::new();
    let Ok(processes) = fs::read_dir("/proc") else {
        return found;
    };
    // Processes are read in PID order, so a socket shared after a fork (nginx's
    // master and workers) is named by its lowest PID: the process that opened it.
    let mut pids: Vec<u32> = processes
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    pids.sort_unstable();
    for pid in pids {
        if found.len() == inodes.len() {
            break;
        }
        let dir = Path::new("/proc").join(pid.to_string());
        let Ok(fds) = fs::read_dir(dir.join("fd")) else {
            continue;
        };
        let mut name = None;
        for fd in fds.flatten() {
            let Some(inode) = fs::read_link(fd.path()).ok().and_then(|l| socket_inode(&l)) else {
                continue;
            };
            if !inodes.contains(&inode) || found.contains_key(&inode) {
                continue;
            }
            let name = name.get_or_insert_with(|| process_name(&dir)).clone();
            found.insert(inode, Owner { pid, name });
        }
    }
    found
}

/// The inode in a descriptor link such as `socket:[123456]`.
fn socket_inode(link: &Path) -> Option<u64> {
    let text = link.to_str()?;
    text.strip_prefix("socket:[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}

fn process_name(dir: &Path) -> Option<String> {
    let comm = fs::read_to_string(dir.join("comm")).ok()?;
    Some(comm.trim_end_matches('\n').to_owned()).filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::MetadataExt;

    use super::*;

    #[test]
    fn reads_inode_links() {
        assert_eq!(socket_inode(Path::new("socket:[42]")), Some(42));
        assert_eq!(socket_inode(Path::new("pipe:[42]")), None);
        assert_eq!(socket_inode(Path::new("/dev/null")), None);
        assert_eq!(socket_inode(Path::new("socket:[x]")), None);
    }

    #[test]
    fn finds_this_process_by_its_socket() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        // A socket's inode is the one fstat reports for its descriptor.
        let fd = std::os::fd::AsRawFd::as_raw_fd(&listener);
        let inode = fs::metadata(format!("/proc/self/fd/{fd}")).unwrap().ino();
        let wanted = HashSet::from([inode]);
        let found = of(&wanted);
        assert_eq!(found[&inode].pid, std::process::id());
        assert!(found[&inode].name.is_some());
        assert!(of(&HashSet::new()).is_empty());
    }
}
