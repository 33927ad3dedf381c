//! The WebSocket upgrade, through tokio-tungstenite, over a capturing stream.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use crate::engine::capture::{CaptureLog, is_capture_full};
use crate::engine::errno::end_of_io;
use crate::observation::reply::sniff;
use crate::observation::{Handshake, HandshakeEnd, HandshakeKind};
use crate::target::Target;

/// Sends the upgrade request and reads the reply.
pub async fn upgrade<S>(
    target: &Target,
    stream: S,
    log: &CaptureLog,
    timeout: Duration,
) -> Handshake
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    upgrade_with_origin(target, stream, log, timeout, None).await
}

/// Like [`upgrade`], with an `Origin` header when one is given (follow-ups only).
pub async fn upgrade_with_origin<S>(
    target: &Target,
    stream: S,
    log: &CaptureLog,
    timeout: Duration,
    origin: Option<&str>,
) -> Handshake
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let url = format!(
        "{}://{}{}",
        target.scheme.as_str(),
        target.host_header(),
        target.path
    );
    let mut request = match url.as_str().into_client_request() {
        Ok(request) => request,
        Err(err) => {
            return Handshake {
                kind: HandshakeKind::WebSocket,
                end: HandshakeEnd::Failed(crate::observation::NetError {
                    kind: crate::observation::NetErrorKind::Other,
                    os_code: None,
                    message: err.to_string(),
                }),
                reply: sniff(&[]),
                upgraded: false,
                ws_error: Some(err.to_string()),
            };
        }
    };
    request
        .headers_mut()
        .insert("User-Agent", HeaderValue::from_static(crate::USER_AGENT));
    if let Some(value) = origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        request.headers_mut().insert("Origin", value);
    }
    let result =
        tokio::time::timeout(timeout, tokio_tungstenite::client_async(request, stream)).await;
    let (end, upgraded, ws_error) = match result {
        Err(_) => (HandshakeEnd::TimedOut, false, None),
        Ok(Ok(_)) => (HandshakeEnd::Completed, true, None),
        Ok(Err(WsError::Http(_))) => (HandshakeEnd::Completed, false, None),
        Ok(Err(WsError::Io(err))) if is_capture_full(&err) => {
            (HandshakeEnd::CaptureFull, false, None)
        }
        Ok(Err(WsError::Io(err))) => (end_of_io(&err), false, Some(err.to_string())),
        Ok(Err(WsError::ConnectionClosed | WsError::AlreadyClosed)) => {
            (HandshakeEnd::Closed, false, None)
        }
        Ok(Err(other)) => {
            // Protocol and format errors: the reply is what tells the story.
            let end = if log.received().is_empty() {
                HandshakeEnd::Closed
            } else {
                HandshakeEnd::Completed
            };
            (end, false, Some(other.to_string()))
        }
    };
    let received = log.received();
    Handshake {
        kind: HandshakeKind::WebSocket,
        end,
        reply: sniff(&received),
        upgraded,
        ws_error,
    }
}
