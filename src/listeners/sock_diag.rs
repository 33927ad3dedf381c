//! Listening TCP sockets from the kernel's `sock_diag` netlink interface, as `ss -lt`
//! reads them: the kernel walks only its listening table, however many other
//! sockets the machine has.

use std::time::Duration;

use netlink_packet_core::{
    NLM_F_DUMP, NLM_F_REQUEST, NetlinkHeader, NetlinkMessage, NetlinkPayload,
};
use netlink_packet_sock_diag::{
    SockDiagMessage,
    constants::{AF_INET, AF_INET6, IPPROTO_TCP},
    inet::{ExtensionFlags, InetRequest, SocketId, StateFlags},
};
use netlink_sys::{Socket as NetlinkSocket, SocketAddr, protocols::NETLINK_SOCK_DIAG};

use super::listener::Socket;

/// One receive buffer; the kernel fills a dump datagram up to about a page per message batch.
const RECV_BUFFER: usize = 64 * 1024;

/// The kernel answers a dump at once; a reply this late means it will not, and the
/// `/proc/net` fallback takes over instead of the run waiting on it for ever.
const RECV_TIMEOUT: Duration = Duration::from_secs(2);

/// The listening TCP sockets of both families.
pub(super) fn listening() -> Result<Vec<Socket>, String> {
    let mut socket = NetlinkSocket::new(NETLINK_SOCK_DIAG).map_err(|e| format!("netlink: {e}"))?;
    socket
        .bind_auto()
        .map_err(|e| format!("netlink bind: {e}"))?;
    socket
        .connect(&SocketAddr::new(0, 0))
        .map_err(|e| format!("netlink connect: {e}"))?;
    socket2::SockRef::from(&socket)
        .set_read_timeout(Some(RECV_TIMEOUT))
        .map_err(|e| format!("netlink timeout: {e}"))?;
    let mut found = dump(&socket, AF_INET, SocketId::new_v4())?;
    found.extend(dump(&socket, AF_INET6, SocketId::new_v6())?);
    Ok(found)
}

/// Asks for one family's listening sockets and reads the dump to its end.
fn dump(socket: &NetlinkSocket, family: u8, id: SocketId) -> Result<Vec<Socket>, String> {
    let mut header = NetlinkHeader::default();
    header.flags = NLM_F_REQUEST | NLM_F_DUMP;
    let mut request = NetlinkMessage::new(
        header,
        SockDiagMessage::InetRequest(InetRequest {
            family,
            protocol: IPPROTO_TCP,
            extensions: ExtensionFlags::empty(),
            states: StateFlags::LISTEN,
            socket_id: id,
        })
        .into(),
    );
    request.finalize();
    let mut bytes = vec![0; request.buffer_len()];
    request.serialize(&mut bytes);
    socket
        .send(&bytes, 0)
        .map_err(|e| format!("netlink send: {e}"))?;

    let mut found = Vec::new();
    let mut buffer = vec![0u8; RECV_BUFFER];
    loop {
        let size = socket
            .recv(&mut &mut buffer[..], 0)
            .map_err(|e| format!("netlink receive: {e}"))?;
        if size == 0 {
            return Err("netlink: the dump ended without its last message".into());
        }
        let mut offset = 0;
        while offset < size {
            let message = <NetlinkMessage<SockDiagMessage>>::deserialize(&buffer[offset..size])
                .map_err(|e| format!("netlink reply: {e}"))?;
            let length = message.header.length as usize;
            match message.payload {
                NetlinkPayload::InnerMessage(SockDiagMessage::InetResponse(response)) => {
                    let id = &response.header.socket_id;
                    found.push(Socket {
                        address: id.source_address,
                        port: id.source_port,
                        inode: u64::from(response.header.inode),
                    });
                }
                NetlinkPayload::Done(_) => return Ok(found),
                NetlinkPayload::Error(error) => {
                    return Err(format!("netlink: {}", error.to_io()));
                }
                _ => {}
            }
            if length == 0 {
                break;
            }
            offset += length;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_a_socket_this_test_listens_on() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        // A sandbox may refuse netlink; the `/proc/net` fallback covers that case.
        let Ok(found) = listening() else { return };
        let mine: Vec<&Socket> = found.iter().filter(|s| s.port == port).collect();
        assert_eq!(mine.len(), 1, "{found:?}");
        assert!(mine[0].address.is_loopback());
        assert_ne!(mine[0].inode, 0);
    }
}
