//! A stream wrapper that keeps a capped copy of every byte written and read.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::observation::Captured;

/// The shared record a [`CaptureStream`] writes into.
#[derive(Debug, Clone)]
pub struct CaptureLog {
    inner: Arc<Mutex<Captured>>,
    limit: usize,
}

impl CaptureLog {
    /// A new empty log keeping at most `limit` bytes each way.
    pub fn new(limit: usize) -> CaptureLog {
        CaptureLog {
            inner: Arc::new(Mutex::new(Captured::default())),
            limit,
        }
    }

    /// A copy of what was captured so far.
    pub fn snapshot(&self) -> Captured {
        self.lock().clone()
    }

    /// Bytes received so far (a copy).
    pub fn received(&self) -> Vec<u8> {
        self.lock().received.clone()
    }

    /// Whether the received side reached its cap.
    pub fn received_full(&self) -> bool {
        self.lock().received_truncated
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Captured> {
        // A poisoned log only means a panic elsewhere; its bytes are still valid.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn record(&self, bytes: &[u8], sent: bool) {
        let limit = self.limit;
        let mut log = self.lock();
        let (buf, truncated) = if sent {
            let Captured {
                sent,
                sent_truncated,
                ..
            } = &mut *log;
            (sent, sent_truncated)
        } else {
            let Captured {
                received,
                received_truncated,
                ..
            } = &mut *log;
            (received, received_truncated)
        };
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&bytes[..bytes.len().min(room)]);
        if bytes.len() > room {
            *truncated = true;
        }
    }
}

/// Wraps a stream; every byte passing through is recorded in a [`CaptureLog`].
///
/// Reading stops with an error once the received side is full, so a peer that
/// sends forever cannot make a handshake parser buffer without bound.
#[derive(Debug)]
pub struct CaptureStream<S> {
    inner: S,
    log: CaptureLog,
}

impl<S> CaptureStream<S> {
    /// Wraps `inner`, recording into `log`.
    pub fn new(inner: S, log: CaptureLog) -> CaptureStream<S> {
        CaptureStream { inner, log }
    }

    /// The wrapped stream.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

/// The error returned by reads once the capture cap is reached.
pub fn capture_full_error() -> io::Error {
    io::Error::other(CaptureFull)
}

/// Marker inside the `io::Error` of a read past the cap.
#[derive(Debug, thiserror::Error)]
#[error("reply exceeded the capture limit")]
pub struct CaptureFull;

/// Whether an I/O error is the cap being reached.
pub fn is_capture_full(err: &io::Error) -> bool {
    err.get_ref().is_some_and(|e| e.is::<CaptureFull>())
}

impl<S: AsyncRead + Unpin> AsyncRead for CaptureStream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.log.received_full() {
            return Poll::Ready(Err(capture_full_error()));
        }
        let before = buf.filled().len();
        let this = &mut *self;
        let poll = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = &poll {
            this.log.record(&buf.filled()[before..], false);
        }
        poll
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for CaptureStream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let poll = Pin::new(&mut this.inner).poll_write(cx, data);
        if let Poll::Ready(Ok(n)) = &poll {
            this.log.record(&data[..*n], true);
        }
        poll
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn records_both_directions_and_caps() {
        let (a, mut b) = tokio::io::duplex(1024);
        let log = CaptureLog::new(8);
        let mut stream = CaptureStream::new(a, log.clone());
        stream.write_all(b"hello").await.expect("write");
        b.write_all(b"0123456789").await.expect("write");
        let mut buf = [0u8; 32];
        let n = stream.read(&mut buf).await.expect("read");
        assert_eq!(n, 10);
        let snap = log.snapshot();
        assert_eq!(snap.sent, b"hello");
        assert_eq!(snap.received, b"01234567");
        assert!(snap.received_truncated);
        assert!(!snap.sent_truncated);
        let err = stream.read(&mut buf).await.expect_err("cap reached");
        assert!(is_capture_full(&err));
    }
}
