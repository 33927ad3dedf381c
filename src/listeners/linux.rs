//! Linux: the kernel's list of listening sockets, then their owners by inode.

use super::listener::{Listener, ListenersError};
use super::{owners, proc_net, sock_diag};

/// Every listening TCP socket, each with its owner where this user may see it.
pub(super) fn listening() -> Result<Vec<Listener>, ListenersError> {
    // Netlink asks the kernel for listening sockets only; the `/proc/net` tables
    // list every socket (a busy machine has tens of thousands in TIME_WAIT) and
    // cost time per line, so they are only the fallback where netlink is refused.
    let sockets = match sock_diag::listening() {
        Ok(sockets) => sockets,
        Err(netlink) => {
            proc_net::listening().map_err(|table| ListenersError(format!("{netlink}; {table}")))?
        }
    };
    let inodes = sockets.iter().map(|s| s.inode).collect();
    let owners = owners::of(&inodes);
    Ok(sockets
        .into_iter()
        .map(|s| {
            let owner = owners.get(&s.inode);
            Listener {
                address: s.address,
                port: s.port,
                pid: owner.map(|o| o.pid),
                process: owner.and_then(|o| o.name.clone()),
            }
        })
        .collect())
}
