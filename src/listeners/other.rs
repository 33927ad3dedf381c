//! macOS, Windows and the BSDs: the `listeners` crate gives sockets and owners together.

use super::listener::{Listener, ListenersError};

/// Every listening TCP socket the crate can see, with its owner.
pub(super) fn listening() -> Result<Vec<Listener>, ListenersError> {
    let owned = listeners::get_all().map_err(|err| ListenersError(err.to_string()))?;
    Ok(owned
        .into_iter()
        .filter(|l| {
            l.protocol == listeners::Protocol::TCP && l.state == listeners::SocketState::Listen
        })
        .map(|l| Listener {
            address: l.socket.ip(),
            port: l.socket.port(),
            pid: Some(l.process.pid),
            process: Some(l.process.name).filter(|n| !n.is_empty()),
        })
        .collect())
}
