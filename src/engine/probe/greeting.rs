//! The `tcp://` step: wait briefly for a server that speaks first.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt};

use crate::engine::capture::{CaptureLog, is_capture_full};
use crate::engine::errno::end_of_io;
use crate::observation::reply::sniff;
use crate::observation::{Handshake, HandshakeEnd, HandshakeKind};

/// Waits up to `wait` for the first bytes.
pub async fn wait_for_greeting<S>(mut stream: S, log: &CaptureLog, wait: Duration) -> Handshake
where
    S: AsyncRead + Unpin,
{
    let mut buf = [0u8; 1024];
    let end = match tokio::time::timeout(wait, stream.read(&mut buf)).await {
        // Silence is normal for client-speaks-first protocols.
        Err(_) => HandshakeEnd::TimedOut,
        Ok(Ok(0)) => HandshakeEnd::Closed,
        Ok(Ok(_)) => HandshakeEnd::Completed,
        Ok(Err(err)) if is_capture_full(&err) => HandshakeEnd::CaptureFull,
        Ok(Err(err)) => end_of_io(&err),
    };
    Handshake {
        kind: HandshakeKind::Greeting,
        end,
        reply: sniff(&log.received()),
        upgraded: false,
        ws_error: None,
    }
}
