//! Self-test of the loopback fixtures in `tests/common`.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hickory_proto::op::{Message, MessageType, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket};
use tokio::time::timeout;

const T: Duration = Duration::from_secs(10);

async fn connect(addr: SocketAddr) -> TcpStream {
    timeout(T, TcpStream::connect(addr))
        .await
        .expect("connect timed out")
        .expect("connect")
}

async fn read_all<S: tokio::io::AsyncRead + Unpin>(s: &mut S) -> Vec<u8> {
    let mut out = Vec::new();
    timeout(T, s.read_to_end(&mut out))
        .await
        .expect("read_to_end timed out")
        .expect("read_to_end");
    out
}

async fn http_get(addr: SocketAddr, path: &str) -> String {
    let mut s = connect(addr).await;
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.expect("write request");
    String::from_utf8_lossy(&read_all(&mut s).await).into_owned()
}

fn install_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

#[test]
fn closed_port_is_refused() {
    let addr = common::closed_port();
    assert!(addr.ip().is_loopback());
    let err = std::net::TcpStream::connect_timeout(&addr, T).expect_err("should be refused");
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_server_answers_and_records() {
    let fx = common::http_server("HTTP/1.1 404 Not Found", "Server: test\r\n", "not found").await;
    let resp = http_get(fx.addr, "/some/path").await;
    assert_eq!(
        resp,
        "HTTP/1.1 404 Not Found\r\nServer: test\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
    );
    // Several connections.
    let resp2 = http_get(fx.addr, "/other").await;
    assert!(resp2.starts_with("HTTP/1.1 404 Not Found\r\n"));
    let reqs = fx.requests_text();
    assert_eq!(reqs.len(), 2, "{reqs:?}");
    assert!(
        reqs[0].starts_with("GET /some/path HTTP/1.1\r\n"),
        "{reqs:?}"
    );
    assert!(reqs[1].starts_with("GET /other HTTP/1.1\r\n"), "{reqs:?}");
    assert_eq!(fx.connection_count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_server_at_binds_only_the_given_ip() {
    let fx = common::http_server_at(
        "127.0.0.1:0".parse().expect("addr"),
        "HTTP/1.1 200 OK",
        "",
        "ok",
    )
    .await;
    assert_eq!(fx.addr.ip(), IpAddr::V4(Ipv4Addr::LOCALHOST));
    assert_ne!(fx.addr.port(), 0);
    assert!(http_get(fx.addr, "/").await.ends_with("\r\n\r\nok"));
    let other = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)), fx.addr.port());
    let err = timeout(T, TcpStream::connect(other))
        .await
        .expect("connect to 127.0.0.2 timed out")
        .expect_err("127.0.0.2 should be refused");
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_http_server_writes_verbatim() {
    let fx = common::raw_http_server(b"HTTP/1.0 200 OK\nweird\n\nbody").await;
    assert_eq!(
        http_get(fx.addr, "/").await,
        "HTTP/1.0 200 OK\nweird\n\nbody"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_a_fixture_stops_it() {
    let fx = common::http_server("HTTP/1.1 200 OK", "", "ok").await;
    let addr = fx.addr;
    drop(fx);
    // Abort is asynchronous: poll (bounded) until the listener is gone.
    let deadline = Instant::now() + T;
    loop {
        match TcpStream::connect(addr).await {
            Err(e) if e.kind() == ErrorKind::ConnectionRefused => break,
            _ => {
                assert!(Instant::now() < deadline, "listener still alive after drop");
                tokio::task::yield_now().await;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ws_server_upgrades_and_echoes() {
    let fx = common::ws_server().await;
    let tcp = connect(fx.addr).await;
    let url = format!("ws://{}/any/path?x=1", fx.addr);
    let (ws, resp) = timeout(T, tokio_tungstenite::client_async(url, tcp))
        .await
        .expect("ws handshake timed out")
        .expect("ws handshake");
    assert_eq!(resp.status().as_u16(), 101);

    // Echo, speaking raw frames (no futures Sink/Stream needed).
    let mut raw = ws.into_inner();
    common::write_ws_frame(&mut raw, 0x81, b"hello", Some([1, 2, 3, 4]))
        .await
        .expect("send text");
    let (first, payload) = timeout(T, common::read_ws_frame(&mut raw))
        .await
        .expect("echo timed out")
        .expect("echo");
    assert_eq!(first, 0x81);
    assert_eq!(payload, b"hello");
    let big = vec![7u8; 70_000];
    common::write_ws_frame(&mut raw, 0x82, &big, Some([9, 8, 7, 6]))
        .await
        .expect("send binary");
    let (first, payload) = common::read_ws_frame(&mut raw).await.expect("echo binary");
    assert_eq!((first, payload.len()), (0x82, big.len()));
    assert_eq!(payload, big);
    // Ping -> pong.
    common::write_ws_frame(&mut raw, 0x89, b"p", Some([0; 4]))
        .await
        .expect("ping");
    assert_eq!(
        common::read_ws_frame(&mut raw).await.expect("pong"),
        (0x8A, b"p".to_vec())
    );
    // Close -> close echoed, then EOF.
    common::write_ws_frame(&mut raw, 0x88, &1000u16.to_be_bytes(), Some([5; 4]))
        .await
        .expect("close");
    assert_eq!(
        common::read_ws_frame(&mut raw).await.expect("close reply"),
        (0x88, 1000u16.to_be_bytes().to_vec())
    );
    let rest = read_all(&mut raw).await;
    assert!(rest.is_empty());

    let reqs = fx.requests_text();
    assert!(
        reqs[0].starts_with("GET /any/path?x=1 HTTP/1.1\r\n"),
        "{reqs:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ws_server_answers_plain_http_with_426() {
    let fx = common::ws_server().await;
    let resp = http_get(fx.addr, "/").await;
    assert!(
        resp.starts_with("HTTP/1.1 426 Upgrade Required\r\n"),
        "{resp}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ws_server_path_filters_paths() {
    let fx = common::ws_server_path("/ws").await;

    let tcp = connect(fx.addr).await;
    let err = timeout(
        T,
        tokio_tungstenite::client_async(format!("ws://{}/wrong", fx.addr), tcp),
    )
    .await
    .expect("handshake timed out")
    .expect_err("wrong path must not upgrade");
    match err {
        tokio_tungstenite::tungstenite::Error::Http(resp) => {
            assert_eq!(resp.status().as_u16(), 404);
        }
        other => panic!("expected HTTP 404, got {other:?}"),
    }

    let tcp = connect(fx.addr).await;
    let (_ws, resp) = timeout(
        T,
        tokio_tungstenite::client_async(format!("ws://{}/ws?token=1", fx.addr), tcp),
    )
    .await
    .expect("handshake timed out")
    .expect("right path upgrades");
    assert_eq!(resp.status().as_u16(), 101);

    // Raw view of the 404 for a WebSocket request on the wrong path.
    let mut s = connect(fx.addr).await;
    s.write_all(
        b"GET /nope HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
          Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
    )
    .await
    .expect("write");
    let raw = String::from_utf8_lossy(&read_all(&mut s).await).into_owned();
    assert!(raw.starts_with("HTTP/1.1 404 Not Found\r\n"), "{raw}");
    assert!(raw.ends_with("\r\n\r\nnot found"), "{raw}");

    // Plain HTTP on the wrong path: 404 too.
    assert!(
        http_get(fx.addr, "/x")
            .await
            .starts_with("HTTP/1.1 404 Not Found\r\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn banner_server_sends_banner_first() {
    let fx = common::banner_server(b"SSH-2.0-OpenSSH_9.6\r\n").await;
    let mut s = connect(fx.addr).await;
    let mut buf = vec![0u8; 21];
    timeout(T, s.read_exact(&mut buf))
        .await
        .expect("banner timed out")
        .expect("banner");
    assert_eq!(buf, b"SSH-2.0-OpenSSH_9.6\r\n");
    s.write_all(b"SSH-2.0-client\r\n").await.expect("write");
    s.shutdown().await.expect("shutdown");
    assert!(read_all(&mut s).await.is_empty());
    assert_eq!(fx.requests(), vec![b"SSH-2.0-client\r\n".to_vec()]);
}

fn tls_client_config(fx: &common::TlsFixture) -> Arc<rustls::ClientConfig> {
    install_provider();
    Arc::new(
        rustls::ClientConfig::builder()
            .with_root_certificates(fx.root_store())
            .with_no_client_auth(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_server_handshakes_and_serves_wss() {
    let fx = common::tls_server().await;
    assert!(fx.cert_pem.starts_with("-----BEGIN CERTIFICATE-----"));
    let connector = tokio_rustls::TlsConnector::from(tls_client_config(&fx));

    for name in ["localhost", "127.0.0.1"] {
        let server_name = rustls::pki_types::ServerName::try_from(name.to_string()).expect("name");
        let tcp = connect(fx.addr).await;
        let tls = timeout(T, connector.connect(server_name, tcp))
            .await
            .expect("tls handshake timed out")
            .expect("tls handshake");
        let url = format!("wss://{name}:{}/socket", fx.addr.port());
        let (ws, resp) = timeout(T, tokio_tungstenite::client_async(url, tls))
            .await
            .expect("wss handshake timed out")
            .expect("wss handshake");
        assert_eq!(resp.status().as_u16(), 101);
        let mut raw = ws.into_inner();
        common::write_ws_frame(&mut raw, 0x81, b"secure", Some([1, 1, 1, 1]))
            .await
            .expect("send");
        assert_eq!(
            common::read_ws_frame(&mut raw).await.expect("echo"),
            (0x81, b"secure".to_vec())
        );
    }

    // HTTPS without upgrade gets 426.
    let server_name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
    let mut tls = connector
        .connect(server_name, connect(fx.addr).await)
        .await
        .expect("tls handshake");
    tls.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("write");
    let mut resp = Vec::new();
    let _ = timeout(T, tls.read_to_end(&mut resp))
        .await
        .expect("read timed out");
    assert!(
        resp.starts_with(b"HTTP/1.1 426 "),
        "{}",
        String::from_utf8_lossy(&resp)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_server_rejects_untrusting_client() {
    let fx = common::tls_server().await;
    install_provider();
    let config = rustls::ClientConfig::builder()
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let err = timeout(
        T,
        connector.connect(
            rustls::pki_types::ServerName::try_from("localhost").expect("name"),
            connect(fx.addr).await,
        ),
    )
    .await
    .expect("timed out")
    .expect_err("must fail: unknown issuer");
    assert!(err.to_string().contains("UnknownIssuer"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_server_with_plaintext_client() {
    let fx = common::tls_server().await;
    let mut s = connect(fx.addr).await;
    s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("write");
    let mut got = Vec::new();
    let res = timeout(T, s.read_to_end(&mut got))
        .await
        .expect("plaintext client: server neither answered nor closed");
    // rustls answers with a fatal TLS alert record (decode_error = 50), then FIN.
    assert!(res.is_ok(), "{res:?}");
    assert_eq!(
        got,
        [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x32],
        "{got:02x?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_server_sends_nothing() {
    let fx = common::silent_server().await;
    let mut s = connect(fx.addr).await;
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").await.expect("write");
    let mut buf = [0u8; 16];
    let r = timeout(Duration::from_millis(200), s.read(&mut buf)).await;
    assert!(r.is_err(), "silent server produced {r:?}");
    // Even after our FIN it does not close.
    s.shutdown().await.expect("shutdown");
    let r = timeout(Duration::from_millis(200), s.read(&mut buf)).await;
    assert!(r.is_err(), "silent server produced {r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_server_resets_after_first_bytes() {
    let fx = common::reset_server().await;
    let mut s = connect(fx.addr).await;
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").await.expect("write");
    let mut buf = [0u8; 16];
    let err = timeout(T, s.read(&mut buf))
        .await
        .expect("read timed out")
        .expect_err("expected reset");
    assert_eq!(err.kind(), ErrorKind::ConnectionReset);
    assert!(fx.requests()[0].starts_with(b"GET /"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_on_accept_server_resets() {
    let fx = common::reset_on_accept_server().await;
    // The kernel completes the handshake, so connect normally succeeds and the
    // first read fails; but if the RST lands before the connect future is
    // polled again, tokio reports it from connect itself (SO_ERROR).
    let err = match timeout(T, TcpStream::connect(fx.addr))
        .await
        .expect("connect timed out")
    {
        Ok(mut s) => {
            let mut buf = [0u8; 16];
            timeout(T, s.read(&mut buf))
                .await
                .expect("read timed out")
                .expect_err("expected reset")
        }
        Err(e) => e,
    };
    assert_eq!(err.kind(), ErrorKind::ConnectionReset);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_on_accept_server_sends_fin() {
    let fx = common::close_on_accept_server().await;
    // Even with a request already sent (unread by the server): FIN, not RST.
    let mut s = connect(fx.addr).await;
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").await.expect("write");
    assert!(read_all(&mut s).await.is_empty());
    let mut s = connect(fx.addr).await;
    assert!(read_all(&mut s).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_server_streams_forever() {
    let fx = common::endless_server().await;
    let mut s = connect(fx.addr).await;
    let mut buf = vec![0u8; 1024 * 1024];
    timeout(T, s.read_exact(&mut buf))
        .await
        .expect("timed out")
        .expect("read 1 MiB");
    assert!(buf.iter().all(|&b| b == b'x'));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_http_header_server_never_ends_headers() {
    let fx = common::endless_http_header_server().await;
    let mut s = connect(fx.addr).await;
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let mut buf = vec![0u8; 256 * 1024];
    timeout(T, s.read_exact(&mut buf))
        .await
        .expect("timed out")
        .expect("read");
    let prefix = b"HTTP/1.1 200 OK\r\nX-Long: ";
    assert!(buf.starts_with(prefix));
    assert!(buf[prefix.len()..].iter().all(|&b| b == b'a'));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_server_trickles() {
    let fx = common::slow_server(b"abcd", Duration::from_millis(30)).await;
    let start = Instant::now();
    let mut s = connect(fx.addr).await;
    let got = read_all(&mut s).await;
    assert_eq!(got, b"abcd");
    assert!(
        start.elapsed() >= Duration::from_millis(90),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blackhole_connect_times_out() {
    let bh = common::blackhole().await;
    assert!(bh.held() >= 1);
    for _ in 0..2 {
        let r = timeout(Duration::from_millis(300), TcpStream::connect(bh.addr)).await;
        assert!(r.is_err(), "connect to blackhole did not time out: {r:?}");
    }
}

async fn dns_query(server: SocketAddr, name: &str, rtype: RecordType) -> Message {
    let mut q = Message::query();
    q.metadata.recursion_desired = true;
    q.add_query(Query::query(Name::from_ascii(name).expect("name"), rtype));
    let wire = q.to_vec().expect("encode");
    let sock = UdpSocket::bind("127.0.0.1:0").await.expect("bind udp");
    sock.send_to(&wire, server).await.expect("send");
    let mut buf = vec![0u8; 4096];
    let (n, _) = timeout(T, sock.recv_from(&mut buf))
        .await
        .expect("dns timed out")
        .expect("recv");
    let resp = Message::from_vec(&buf[..n]).expect("decode");
    assert_eq!(resp.metadata.id, q.metadata.id);
    assert_eq!(resp.metadata.message_type, MessageType::Response);
    assert!(resp.metadata.recursion_desired && resp.metadata.recursion_available);
    assert_eq!(resp.queries, q.queries);
    resp
}

fn ips(m: &Message) -> Vec<IpAddr> {
    m.answers
        .iter()
        .map(|r| {
            assert_eq!(r.ttl, 60);
            match &r.data {
                RData::A(a) => IpAddr::V4(a.0),
                RData::AAAA(a) => IpAddr::V6(a.0),
                other => panic!("unexpected {other:?}"),
            }
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dns_server_answers() {
    let v4: IpAddr = Ipv4Addr::new(127, 0, 0, 9).into();
    let v4b: IpAddr = Ipv4Addr::new(127, 0, 0, 10).into();
    let v6: IpAddr = Ipv6Addr::LOCALHOST.into();
    let fx = common::dns_server(vec![
        ("example.test", v4),
        ("Example.Test.", v4b),
        ("example.test", v6),
        ("v4only.test", v4),
    ])
    .await;

    let r = dns_query(fx.addr, "example.test.", RecordType::A).await;
    assert_eq!(r.metadata.response_code, ResponseCode::NoError);
    assert_eq!(ips(&r), vec![v4, v4b]);

    let r = dns_query(fx.addr, "EXAMPLE.test.", RecordType::AAAA).await;
    assert_eq!(r.metadata.response_code, ResponseCode::NoError);
    assert_eq!(ips(&r), vec![v6]);

    let r = dns_query(fx.addr, "v4only.test.", RecordType::AAAA).await;
    assert_eq!(r.metadata.response_code, ResponseCode::NoError);
    assert!(r.answers.is_empty());

    let r = dns_query(fx.addr, "missing.test.", RecordType::A).await;
    assert_eq!(r.metadata.response_code, ResponseCode::NXDomain);
    assert!(r.answers.is_empty());

    assert_eq!(fx.queries().len(), 4);
    assert_eq!(
        fx.queries()[1],
        ("example.test".to_string(), RecordType::AAAA)
    );

    // TCP on the same port, two queries on one connection.
    let mut s = connect(fx.addr).await;
    for (name, expect) in [
        ("example.test.", ResponseCode::NoError),
        ("nope.test.", ResponseCode::NXDomain),
    ] {
        let mut q = Message::query();
        q.add_query(Query::query(
            Name::from_ascii(name).expect("name"),
            RecordType::A,
        ));
        let wire = q.to_vec().expect("encode");
        let mut framed = u16::try_from(wire.len())
            .expect("len")
            .to_be_bytes()
            .to_vec();
        framed.extend_from_slice(&wire);
        s.write_all(&framed).await.expect("write");
        let mut len = [0u8; 2];
        timeout(T, s.read_exact(&mut len))
            .await
            .expect("timed out")
            .expect("len");
        let mut msg = vec![0u8; usize::from(u16::from_be_bytes(len))];
        s.read_exact(&mut msg).await.expect("msg");
        let resp = Message::from_vec(&msg).expect("decode");
        assert_eq!(resp.metadata.id, q.metadata.id);
        assert_eq!(resp.metadata.response_code, expect);
    }
}
