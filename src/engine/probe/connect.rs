//! The connect phase: each resolved address in turn, the error of each recorded.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use tokio::net::TcpStream;

use crate::engine::errno;
use crate::observation::{ConnectAttempt, NetError, NetErrorKind};

/// Connects to one address within `timeout`.
pub async fn connect_one(
    addr: SocketAddr,
    timeout: Duration,
) -> (Option<TcpStream>, ConnectAttempt) {
    let started = Instant::now();
    let result = tokio::time::timeout(timeout, TcpStream::connect(addr)).await;
    let (stream, error) = match result {
        Err(_) => (None, Some(NetError::new(NetErrorKind::TimedOut))),
        Ok(Err(err)) => (None, Some(errno::classify(&err))),
        Ok(Ok(stream)) => {
            // Handshake requests are small; don't let Nagle delay them.
            let _ = stream.set_nodelay(true);
            (Some(stream), None)
        }
    };
    let attempt = ConnectAttempt {
        addr,
        error,
        elapsed: started.elapsed(),
    };
    (stream, attempt)
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
