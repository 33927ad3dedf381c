//! The WebSocket fixture: a real server that completes the upgrade, echoes
//! frames and closes on a close frame, plus the frame codec the tests share.

use super::*;

/// Real WebSocket server on 127.0.0.1: completes the upgrade on any path,
/// echoes text/binary frames, answers pings, and closes on close frames.
/// A non-upgrade HTTP request gets `426 Upgrade Required`.
pub async fn ws_server() -> Fixture {
    ws_server_at(loopback(), None).await
}

/// Like [`ws_server`] but upgrades only when the request path equals `path`
/// (compared with path and query if `path` contains `?`); any other path gets
/// `HTTP/1.1 404 Not Found`.
pub async fn ws_server_path(path: &'static str) -> Fixture {
    ws_server_at(loopback(), Some(path)).await
}

pub async fn ws_server_at(addr: SocketAddr, path: Option<&'static str>) -> Fixture {
    custom_server(addr, move |stream, mut rec| async move {
        serve_ws(stream, &mut rec, path).await;
    })
    .await
}

fn path_matches(target: &str, wanted: &str) -> bool {
    if wanted.contains('?') {
        target == wanted
    } else {
        target.split('?').next() == Some(wanted)
    }
}

struct HeadInfo {
    target: Option<String>,
    upgrade: bool,
}

fn parse_head(head: &[u8]) -> HeadInfo {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    let _ = req.parse(head);
    let upgrade = req.headers.iter().any(|h| {
        h.name.eq_ignore_ascii_case("upgrade")
            && String::from_utf8_lossy(h.value)
                .to_ascii_lowercase()
                .contains("websocket")
    });
    HeadInfo {
        target: req.path.map(str::to_owned),
        upgrade,
    }
}

/// Serves one WebSocket connection over any stream (plain TCP or TLS).
// The tungstenite callback signature imposes the large `ErrorResponse` error.
#[allow(clippy::result_large_err)]
pub async fn serve_ws<S>(mut stream: S, rec: &mut Recorder, path: Option<&'static str>)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
    use tokio_tungstenite::tungstenite::http;

    let head = read_head(&mut stream, rec).await;
    if head.is_empty() {
        return;
    }
    let info = parse_head(&head);
    if !info.upgrade {
        let wrong_path = match (path, info.target.as_deref()) {
            (Some(p), Some(t)) => !path_matches(t, p),
            (Some(_), None) => true,
            (None, _) => false,
        };
        let response = if wrong_path {
            http_response("HTTP/1.1 404 Not Found", "", "not found")
        } else {
            http_response(
                "HTTP/1.1 426 Upgrade Required",
                "Upgrade: websocket\r\n",
                "websocket upgrade required",
            )
        };
        let _ = stream.write_all(response.as_bytes()).await;
        linger_close(&mut stream, rec).await;
        return;
    }

    let replay = Prefixed::new(head, stream);
    let result = match path {
        None => tokio_tungstenite::accept_async(replay).await,
        Some(p) => {
            let callback =
                move |req: &Request, resp: Response| -> Result<Response, ErrorResponse> {
                    let target = req
                        .uri()
                        .path_and_query()
                        .map(|pq| pq.as_str())
                        .unwrap_or("/");
                    if path_matches(target, p) {
                        Ok(resp)
                    } else {
                        let body = "not found".to_string();
                        let mut err = ErrorResponse::new(Some(body));
                        *err.status_mut() = http::StatusCode::NOT_FOUND;
                        err.headers_mut()
                            .insert(http::header::CONTENT_LENGTH, http::HeaderValue::from(9u32));
                        err.headers_mut().insert(
                            http::header::CONNECTION,
                            http::HeaderValue::from_static("close"),
                        );
                        Err(err)
                    }
                };
            tokio_tungstenite::accept_hdr_async(replay, callback).await
        }
    };
    let Ok(ws) = result else {
        return;
    };
    // tungstenite rejects bytes pipelined after the upgrade request, so the
    // replay buffer is fully consumed here and the raw stream can be used.
    let mut inner = ws.into_inner().into_inner();
    echo_frames(&mut inner).await;
}

/// Writes one unmasked (server) or masked (client, if `mask` is given)
/// WebSocket frame. `first_byte` is FIN|RSV|opcode.
pub async fn write_ws_frame<W: AsyncWrite + Unpin>(
    w: &mut W,
    first_byte: u8,
    payload: &[u8],
    mask: Option<[u8; 4]>,
) -> io::Result<()> {
    let mut frame = Vec::with_capacity(payload.len() + 14);
    frame.push(first_byte);
    let mask_bit = if mask.is_some() { 0x80 } else { 0 };
    let len = payload.len();
    if len < 126 {
        frame.push(mask_bit | len as u8);
    } else if let Ok(len16) = u16::try_from(len) {
        frame.push(mask_bit | 126);
        frame.extend_from_slice(&len16.to_be_bytes());
    } else {
        frame.push(mask_bit | 127);
        frame.extend_from_slice(&(len as u64).to_be_bytes());
    }
    match mask {
        Some(key) => {
            frame.extend_from_slice(&key);
            frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
        }
        None => frame.extend_from_slice(payload),
    }
    w.write_all(&frame).await?;
    w.flush().await
}

/// Reads one WebSocket frame: returns (first byte, unmasked payload).
pub async fn read_ws_frame<R: AsyncRead + Unpin>(r: &mut R) -> io::Result<(u8, Vec<u8>)> {
    let mut hdr = [0u8; 2];
    r.read_exact(&mut hdr).await?;
    let masked = hdr[1] & 0x80 != 0;
    let len = match hdr[1] & 0x7f {
        126 => {
            let mut b = [0u8; 2];
            r.read_exact(&mut b).await?;
            u64::from(u16::from_be_bytes(b))
        }
        127 => {
            let mut b = [0u8; 8];
            r.read_exact(&mut b).await?;
            u64::from_be_bytes(b)
        }
        n => u64::from(n),
    };
    if len > MAX_WS_PAYLOAD {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "frame too large",
        ));
    }
    let mut key = [0u8; 4];
    if masked {
        r.read_exact(&mut key).await?;
    }
    let mut payload = vec![0u8; len as usize];
    r.read_exact(&mut payload).await?;
    if masked {
        for (i, b) in payload.iter_mut().enumerate() {
            *b ^= key[i % 4];
        }
    }
    Ok((hdr[0], payload))
}

/// Minimal WebSocket echo loop over an already-upgraded stream.
async fn echo_frames<S: AsyncRead + AsyncWrite + Unpin>(s: &mut S) {
    loop {
        let Ok((first, payload)) = read_ws_frame(s).await else {
            return;
        };
        let result = match first & 0x0f {
            // Close: echo the close frame (status code), then close TCP.
            0x8 => {
                let _ = write_ws_frame(s, 0x88, &payload, None).await;
                let _ = s.shutdown().await;
                let mut sink = Recorder::new(&Requests::default());
                let _ = tokio::time::timeout(LINGER, drain(s, &mut sink)).await;
                return;
            }
            0x9 => write_ws_frame(s, 0x8A, &payload, None).await,
            0xA => Ok(()),
            _ => write_ws_frame(s, first & 0x8f, &payload, None).await,
        };
        if result.is_err() {
            return;
        }
    }
}

/// A stream that first yields `prefix`, then reads from `inner`. Writes go to
/// `inner`.
pub struct Prefixed<S> {
    prefix: Vec<u8>,
    pos: usize,
    inner: S,
}

impl<S> Prefixed<S> {
    pub fn new(prefix: Vec<u8>, inner: S) -> Self {
        Self {
            prefix,
            pos: 0,
            inner,
        }
    }

    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Prefixed<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.pos < this.prefix.len() {
            let rest = &this.prefix[this.pos..];
            let n = rest.len().min(buf.remaining());
            buf.put_slice(&rest[..n]);
            this.pos += n;
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut this.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Prefixed<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}
