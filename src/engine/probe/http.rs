//! The HTTP/1.1 request, and reading a reply head (or whatever comes instead).

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::engine::capture::{CaptureLog, is_capture_full};
use crate::engine::errno::end_of_io;
use crate::observation::reply::sniff;
use crate::observation::{Handshake, HandshakeEnd, HandshakeKind};
use crate::target::Target;

/// The request netdoctor sends to `http://` and `https://` targets.
pub fn request(target: &Target) -> String {
    format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: {}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        target.path,
        target.host_header(),
        crate::USER_AGENT
    )
}

/// Sends a GET and reads until the end of the reply head.
pub async fn get<S>(
    target: &Target,
    mut stream: S,
    log: &CaptureLog,
    timeout: Duration,
) -> Handshake
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let exchange = async {
        stream.write_all(request(target).as_bytes()).await?;
        stream.flush().await?;
        read_head(&mut stream).await
    };
    let end = match tokio::time::timeout(timeout, exchange).await {
        Err(_) => HandshakeEnd::TimedOut,
        Ok(Ok(end)) => end,
        Ok(Err(err)) if is_capture_full(&err) => HandshakeEnd::CaptureFull,
        Ok(Err(err)) => end_of_io(&err),
    };
    Handshake {
        kind: HandshakeKind::Http,
        end,
        reply: sniff(&log.received()),
        upgraded: false,
        ws_error: None,
    }
}

/// Reads until a blank line ends the head, the peer closes, or it is clearly not HTTP.
pub async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> std::io::Result<HandshakeEnd> {
    let mut seen: Vec<u8> = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(if seen.is_empty() {
                HandshakeEnd::Closed
            } else {
                HandshakeEnd::Completed
            });
        }
        // Only the tail is needed to find the blank line; the capture keeps the bytes.
        let keep_from = seen.len().saturating_sub(3);
        seen.drain(..keep_from);
        seen.extend_from_slice(&buf[..n]);
        if seen.windows(4).any(|w| w == b"\r\n\r\n") {
            return Ok(HandshakeEnd::Completed);
        }
    }
}
