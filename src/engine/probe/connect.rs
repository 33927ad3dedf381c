//! The connect phase: each resolved address in turn, the error of each recorded.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use tokio::net::TcpStream;

use crate::engine::errno;
use crate::observation::{ConnectAttempt, NetError, NetErrorKind};

/// How many times a connect that met itself is tried again before it counts as refused.
pub const SELF_CONNECT_RETRIES: usize = 2;

/// Connects to one address within `timeout`.
///
/// A connect to a closed port of this machine can be given that same port as its
/// own and meet itself (TCP's simultaneous open): it succeeds, and the probe would
/// read its own request back. Nothing listens there, so it is tried again on
/// another local port, as Go's dialer does; one that keeps meeting itself is
/// reported as refused, which is what a connect from any other port finds.
pub async fn connect_one(
    addr: SocketAddr,
    timeout: Duration,
) -> (Option<TcpStream>, ConnectAttempt) {
    let started = Instant::now();
    let deadline = tokio::time::Instant::now() + timeout;
    let mut tries = 0;
    let (stream, error) = loop {
        let result = tokio::time::timeout_at(deadline, TcpStream::connect(addr)).await;
        match result {
            Err(_) => break (None, Some(NetError::new(NetErrorKind::TimedOut))),
            Ok(Err(err)) => break (None, Some(errno::classify(&err))),
            Ok(Ok(stream)) if met_itself(stream.local_addr(), stream.peer_addr()) => {
                drop(stream);
                tries += 1;
                if tries > SELF_CONNECT_RETRIES {
                    break (None, Some(NetError::new(NetErrorKind::Refused)));
                }
            }
            Ok(Ok(stream)) => {
                // Handshake requests are small; don't let Nagle delay them.
                let _ = stream.set_nodelay(true);
                break (Some(stream), None);
            }
        }
    };
    let attempt = ConnectAttempt {
        addr,
        error,
        elapsed: started.elapsed(),
    };
    (stream, attempt)
}

/// Whether a connection's two ends, as its socket reports them, are one socket: a
/// self-connect, not a peer. Takes the addresses so blocking and async streams share it.
pub fn met_itself(local: std::io::Result<SocketAddr>, peer: std::io::Result<SocketAddr>) -> bool {
    matches!((local, peer), (Ok(local), Ok(peer)) if local == peer)
}

/// Tries every address in order until one accepts; returns the stream and every attempt.
pub async fn connect_any(
    addrs: &[IpAddr],
    port: u16,
    timeout: Duration,
) -> (Option<TcpStream>, Vec<ConnectAttempt>) {
    let mut attempts = Vec::with_capacity(addrs.len());
    for ip in addrs {
        let (stream, attempt) = connect_one(SocketAddr::new(*ip, port), timeout).await;
        attempts.push(attempt);
        if stream.is_some() {
            return (stream, attempts);
        }
    }
    (None, attempts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_socket_connected_to_itself_is_told_from_a_peer() {
        // A socket bound to a free port and connected to that same port meets itself.
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket
            .bind("127.0.0.1:0".parse().expect("addr"))
            .expect("bind");
        let own = socket.local_addr().expect("own address");
        let looped = socket.connect(own).await.expect("simultaneous open");
        assert!(met_itself(looped.local_addr(), looped.peer_addr()));

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("listener");
        let (stream, attempt) =
            connect_one(listener.local_addr().expect("addr"), Duration::from_secs(5)).await;
        let stream = stream.expect("a listener accepts");
        assert!(!met_itself(stream.local_addr(), stream.peer_addr()));
        assert!(attempt.error.is_none());
    }
}
