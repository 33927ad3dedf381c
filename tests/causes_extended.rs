//! Causes beyond the documented catalogue, each against a real loopback fixture.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::probe::{cause, renders_everywhere, run, settings, top};

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use netdoctor::context::LocalContext;
use netdoctor::diagnose::{CauseId, Evidence, Verdict, WarningId};
use netdoctor::engine::check;
use netdoctor::engine::probe::ProbeSettings;
use netdoctor::engine::probe::resolve::resolve;
use netdoctor::l10n::{Lang, Localizer};
use netdoctor::report::build_result;
use netdoctor::target::Host;
use tokio::io::AsyncWriteExt;

// ---------------------------------------------------------------------------
// protocol-mismatch.proxy-dropped-upgrade
// ---------------------------------------------------------------------------

/// What nginx sends back when its location lacks the upgrade lines and the
/// WebSocket server behind it sees a plain GET: nginx's Server header over the
/// backend's 426.
const NGINX_426: &[u8] = b"HTTP/1.1 426 Upgrade Required\r\nServer: nginx/1.24.0 (Ubuntu)\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\nContent-Type: text/plain\r\nContent-Length: 16\r\nConnection: close\r\nUpgrade: websocket\r\n\r\nUpgrade Required";

/// The same with a Go (gorilla) backend: 400 and its complaint in the body.
const NGINX_400: &[u8] = b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 84\r\nConnection: close\r\n\r\nwebsocket: the client is not using the websocket protocol: 'upgrade' token not found";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nginx_without_upgrade_lines_is_proxy_dropped_upgrade() {
    for reply in [NGINX_426, NGINX_400] {
        let server = common::raw_http_server(reply).await;
        let url = format!("ws://{}/ws", server.addr);
        let result = run(&url, &settings(2000)).await;
        assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
        assert_eq!(top(&result), CauseId::ProtocolMismatchProxyDroppedUpgrade);
        let proxy = cause(&result, CauseId::ProtocolMismatchProxyDroppedUpgrade);
        assert!(
            proxy.evidence.iter().any(|e| matches!(
                e,
                Evidence::ReverseProxyHeader { name, value } if name == "server" && value.starts_with("nginx")
            )),
            "{:?}",
            proxy.evidence
        );
        assert!(
            proxy
                .evidence
                .iter()
                .any(|e| matches!(e, Evidence::UpgradeLost { .. })),
            "{:?}",
            proxy.evidence
        );
        // ws-to-http stays listed, below.
        assert!(cause(&result, CauseId::ProtocolMismatchWsToHttp).score < proxy.score);
        let entry = build_result(&Localizer::new(Lang::En), &url, &result);
        assert!(
            entry.causes[0]
                .remediation
                .contains("proxy_http_version 1.1;")
        );
        assert!(
            entry.causes[0]
                .remediation
                .contains("proxy_set_header Upgrade $http_upgrade;")
        );
        assert!(
            entry.causes[0]
                .remediation
                .contains("RewriteCond %{HTTP:Upgrade} websocket")
        );
        renders_everywhere(&url, &result);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_server_is_still_ws_to_http() {
    let server = common::http_server(
        "HTTP/1.0 404 File not found",
        "Server: SimpleHTTP/0.6 Python/3.11.7\r\n",
        "nope",
    )
    .await;
    let result = run(&format!("ws://{}/chat", server.addr), &settings(2000)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchWsToHttp);
    assert!(
        !result
            .diagnosis
            .has(CauseId::ProtocolMismatchProxyDroppedUpgrade)
    );
    assert!(
        !result
            .diagnosis
            .has(CauseId::ProtocolMismatchSocketioEndpoint)
    );
    assert!(
        !result
            .diagnosis
            .has(CauseId::ProtocolMismatchOriginRejected)
    );
}

// ---------------------------------------------------------------------------
// protocol-mismatch.socketio-endpoint
// ---------------------------------------------------------------------------

/// engine.io's answer to an upgrade without `?EIO=4&transport=websocket`.
const ENGINE_IO_400: &[u8] = b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-type: text/html\r\nContent-Length: 40\r\n\r\n{\"code\":0,\"message\":\"Transport unknown\"}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn engine_io_reply_is_socketio_endpoint() {
    let server = common::raw_http_server(ENGINE_IO_400).await;
    for scheme in ["ws", "http"] {
        let url = format!("{scheme}://{}/socket.io/", server.addr);
        let result = run(&url, &settings(2000)).await;
        assert_eq!(
            result.diagnosis.verdict,
            Verdict::ProtocolMismatch,
            "{scheme}"
        );
        assert_eq!(
            top(&result),
            CauseId::ProtocolMismatchSocketioEndpoint,
            "{scheme}"
        );
        let sio = cause(&result, CauseId::ProtocolMismatchSocketioEndpoint);
        assert!(sio.evidence.contains(&Evidence::SocketIoReply {
            body: r#"{"code":0,"message":"Transport unknown"}"#.into()
        }));
        assert!(sio.evidence.contains(&Evidence::SocketIoPath {
            path: "/socket.io/".into()
        }));
        let entry = build_result(&Localizer::new(Lang::En), &url, &result);
        assert!(entry.causes[0].remediation.contains("socket.io-client"));
        assert!(entry.causes[0].remediation.contains("python-socketio"));
        renders_everywhere(&url, &result);
    }
}

/// An Engine.IO server mounted at `{mount}/socket.io/` (as behind a proxy's
/// `location /app/`): the open packet there, a 404 everywhere else.
async fn engine_io_mounted_at(mount: &'static str) -> common::Fixture {
    common::custom_server(common::loopback(), move |mut stream, mut rec| async move {
        let head = common::read_head(&mut stream, &mut rec).await;
        let wanted = format!("GET {mount}/socket.io/?EIO=4&transport=polling ");
        let reply = if head.starts_with(wanted.as_bytes()) {
            let body = r#"0{"sid":"x1","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000}"#;
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
        } else {
            "HTTP/1.1 404 Not Found\r\nContent-Length: 14\r\nConnection: close\r\n\r\n404: Not Found"
                .to_owned()
        };
        let _ = stream.write_all(reply.as_bytes()).await;
        common::linger_close(&mut stream, &mut rec).await;
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socketio_server_under_a_prefix_gets_its_path_in_the_fix() {
    for (mount, url_path) in [("/app", "/app/chat"), ("", "/chat")] {
        let server = engine_io_mounted_at(mount).await;
        let url = format!("ws://{}{url_path}", server.addr);
        let result = run(&url, &settings(2000)).await;
        assert_eq!(
            top(&result),
            CauseId::ProtocolMismatchSocketioEndpoint,
            "{mount:?}"
        );
        let sio = cause(&result, CauseId::ProtocolMismatchSocketioEndpoint);
        assert!(
            sio.evidence.contains(&Evidence::SocketIoAnswersAt {
                path: format!("{mount}/socket.io/?EIO=4&transport=polling"),
            }),
            "{mount:?}: {sio:?}"
        );
        let entry = build_result(&Localizer::new(Lang::En), &url, &result);
        let fix = &entry.causes[0].remediation;
        let said = entry.causes[0].evidence.join("\n");
        if mount.is_empty() {
            // At the default path the client needs no option, and none is claimed.
            assert!(!fix.contains("path:"), "{fix}");
            assert!(said.contains("it adds /socket.io/ itself"), "{said}");
        } else {
            assert!(fix.contains(r#"path: "/app/socket.io""#), "{fix}");
            assert!(fix.contains(r#"socketio_path="/app/socket.io""#), "{fix}");
            assert!(
                fix.contains("/app/socket.io/?EIO=4&transport=websocket"),
                "{fix}"
            );
            assert!(
                said.contains("path option set to /app/socket.io "),
                "{said}"
            );
        }
        renders_everywhere(&url, &result);
    }
}

// ---------------------------------------------------------------------------
// protocol-mismatch.origin-rejected
// ---------------------------------------------------------------------------

/// A WebSocket server that upgrades only requests whose Origin is
/// `http://127.0.0.1:<any port>` (a same-site check) and answers 403 otherwise.
async fn origin_checking_server() -> common::Fixture {
    use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
    use tokio_tungstenite::tungstenite::http;

    common::custom_server(common::loopback(), |mut stream, mut rec| async move {
        let head = common::read_head(&mut stream, &mut rec).await;
        let replay = common::Prefixed::new(head, stream);
        #[allow(clippy::result_large_err)]
        let check = |req: &Request, resp: Response| -> Result<Response, ErrorResponse> {
            let allowed = req
                .headers()
                .get("origin")
                .and_then(|o| o.to_str().ok())
                .is_some_and(|o| o.starts_with("http://127.0.0.1:"));
            if allowed {
                Ok(resp)
            } else {
                let mut err = ErrorResponse::new(None);
                *err.status_mut() = http::StatusCode::FORBIDDEN;
                err.headers_mut()
                    .insert(http::header::CONTENT_LENGTH, http::HeaderValue::from(0u32));
                Err(err)
            }
        };
        if let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(replay, check).await {
            let _ = ws.close(None).await;
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_upgrade_that_passes_with_origin_is_origin_rejected() {
    let server = origin_checking_server().await;
    let url = format!("ws://{}/live", server.addr);
    let result = run(&url, &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchOriginRejected);
    let origin = format!("http://{}", server.addr);
    let evidence = &cause(&result, CauseId::ProtocolMismatchOriginRejected).evidence;
    assert!(
        evidence.contains(&Evidence::OriginRetry {
            origin: Some(origin.clone()),
            status: "HTTP/1.1 101 Switching Protocols".into()
        }),
        "{evidence:?}"
    );
    assert!(
        evidence.iter().any(|e| matches!(
            e,
            Evidence::OriginRetry { origin: None, status } if status.starts_with("HTTP/1.1 403")
        )),
        "{evidence:?}"
    );
    // The follow-up really sent the Origin; the user's probe did not.
    let requests = server.requests_text();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert!(!requests[0].to_ascii_lowercase().contains("origin:"));
    assert!(
        requests[1]
            .to_ascii_lowercase()
            .contains(&format!("origin: {origin}"))
    );
    // The captured bytes are the user's probe, not the follow-up's.
    assert!(
        result
            .observation
            .captured
            .received
            .starts_with(b"HTTP/1.1 403")
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_for_every_origin_is_not_origin_rejected() {
    let server = common::http_server("HTTP/1.1 403 Forbidden", "", "").await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchWsToHttp);
    assert!(
        !result
            .diagnosis
            .has(CauseId::ProtocolMismatchOriginRejected)
    );
    // Without follow-ups the 403 leaves it as a candidate only.
    let quick = ProbeSettings {
        followups: false,
        ..settings(2000)
    };
    let result = run(&format!("ws://{}/", server.addr), &quick).await;
    assert_eq!(top(&result), CauseId::ProtocolMismatchWsToHttp);
    assert!(
        result
            .diagnosis
            .has(CauseId::ProtocolMismatchOriginRejected)
    );
}

// ---------------------------------------------------------------------------
// protocol-mismatch.subprotocol
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_demanding_a_subprotocol_is_subprotocol() {
    let server = common::raw_http_server(
        b"HTTP/1.1 400 Bad Request\r\nContent-Length: 61\r\nConnection: close\r\n\r\nmissing Sec-WebSocket-Protocol: expected graphql-transport-ws",
    )
    .await;
    let url = format!("ws://{}/graphql", server.addr);
    let result = run(&url, &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchSubprotocol);
    assert!(
        cause(&result, CauseId::ProtocolMismatchSubprotocol)
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::SubprotocolHint { hint } if hint.contains("graphql-transport-ws")))
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_imposing_a_subprotocol_is_subprotocol() {
    use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
    use tokio_tungstenite::tungstenite::http::HeaderValue;

    let server = common::custom_server(common::loopback(), |mut stream, mut rec| async move {
        let head = common::read_head(&mut stream, &mut rec).await;
        let replay = common::Prefixed::new(head, stream);
        #[allow(clippy::result_large_err)]
        let impose = |_: &Request, mut resp: Response| -> Result<Response, ErrorResponse> {
            resp.headers_mut().insert(
                "Sec-WebSocket-Protocol",
                HeaderValue::from_static("graphql-ws"),
            );
            Ok(resp)
        };
        if let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(replay, impose).await {
            let _ = ws.close(None).await;
        }
    })
    .await;
    let url = format!("ws://{}/graphql", server.addr);
    let result = run(&url, &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::ProtocolMismatch);
    assert_eq!(top(&result), CauseId::ProtocolMismatchSubprotocol);
    assert!(
        cause(&result, CauseId::ProtocolMismatchSubprotocol)
            .evidence
            .contains(&Evidence::SubprotocolUnrequested {
                protocol: "graphql-ws".into()
            })
    );
    assert!(result.diagnosis.has(CauseId::ProtocolMismatchBadUpgrade));
    renders_everywhere(&url, &result);
}

// ---------------------------------------------------------------------------
// reset.loopback-only-bind-in-container
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn port_that_hangs_up_on_accept_names_the_container_bind() {
    // docker-proxy in front of a container app bound to 127.0.0.1: accept, then close.
    let server = common::close_on_accept_server().await;
    for scheme in ["ws", "http", "tcp"] {
        let url = format!("{scheme}://{}/", server.addr);
        let result = run(&url, &settings(2000)).await;
        assert_eq!(result.diagnosis.verdict, Verdict::Reset, "{scheme}");
        assert!(
            result.diagnosis.has(CauseId::ResetClosedWithoutReply),
            "{scheme}"
        );
        let container = cause(&result, CauseId::ResetLoopbackOnlyBindInContainer);
        assert!(container.score >= 0.5, "{scheme}: {container:?}");
        assert!(
            container
                .evidence
                .contains(&Evidence::HangUpOnAccept { addr: server.addr }),
            "{scheme}: {container:?}"
        );
        renders_everywhere(&url, &result);
    }
    let entry = build_result(
        &Localizer::new(Lang::En),
        "ws://x/",
        &run(&format!("ws://{}/", server.addr), &settings(2000)).await,
    );
    let fix = entry
        .causes
        .iter()
        .find(|c| c.id == "reset.loopback-only-bind-in-container")
        .map(|c| c.remediation.clone())
        .unwrap_or_default();
    assert!(fix.contains("0.0.0.0"), "{fix}");
    assert!(
        fix.contains(&format!("-p {0}:{0}", server.addr.port())),
        "{fix}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_that_closes_after_the_request_is_not_the_container_bind() {
    // Reads the request, then closes without a reply: it waits for the client,
    // which docker-proxy with nothing behind it does not.
    let server = common::custom_server(common::loopback(), |mut stream, mut rec| async move {
        let head = common::read_head(&mut stream, &mut rec).await;
        if !head.is_empty() {
            common::linger_close(&mut stream, &mut rec).await;
        }
    })
    .await;
    let result = run(&format!("ws://{}/", server.addr), &settings(2000)).await;
    assert_eq!(result.diagnosis.verdict, Verdict::Reset);
    assert_eq!(top(&result), CauseId::ResetClosedWithoutReply);
    assert_eq!(result.observation.followups.hang_up_on_accept, Some(false));
    assert!(
        !result
            .diagnosis
            .has(CauseId::ResetLoopbackOnlyBindInContainer)
    );
}

// ---------------------------------------------------------------------------
// warn.first-address-fails
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn name_whose_first_address_refuses_is_ok_with_a_warning() {
    let v6 = IpAddr::V6(Ipv6Addr::LOCALHOST);
    let v4 = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let dns = common::dns_server(vec![
        ("dual.netdoctor.test", v6),
        ("dual.netdoctor.test", v4),
    ])
    .await;
    let probe = ProbeSettings {
        dns_server: Some(dns.addr),
        ..settings(2000)
    };
    // The server listens on the family the engine tries second, so the first refuses.
    let order = resolve(
        &Host::Name("dual.netdoctor.test".into()),
        0,
        Some(dns.addr),
        Duration::from_secs(2),
    )
    .await
    .addrs;
    assert_eq!(order.len(), 2, "{order:?}");
    eprintln!("resolution order: {order:?}");
    let server = common::ws_server_at(SocketAddr::new(order[1], 0), None).await;
    let port = server.addr.port();
    let refused = SocketAddr::new(order[0], port);
    if std::net::TcpStream::connect(refused).is_ok() {
        eprintln!("skipped: {refused} is taken by another listener");
        return;
    }
    let url = format!("ws://dual.netdoctor.test:{port}/");
    let result = run(&url, &probe).await;
    assert_eq!(result.observation.peer, Some(server.addr));
    // The verdict is what a client that falls back sees; the first address is the warning.
    assert_eq!(result.diagnosis.verdict, Verdict::Ok);
    assert!(result.diagnosis.causes.is_empty());
    assert!(result.diagnosis.warns(WarningId::FirstAddressFails));
    let evidence = &result.diagnosis.warnings[0].evidence;
    let family = |ip: IpAddr| if ip.is_ipv4() { "IPv4" } else { "IPv6" }.to_owned();
    assert!(
        evidence.contains(&Evidence::OtherFamilyWorks {
            addr: server.addr,
            family: family(order[1])
        }),
        "{evidence:?}"
    );
    assert!(
        evidence.contains(&Evidence::FirstAddressClients {
            addr: refused,
            refused: true
        }),
        "{evidence:?}"
    );
    // The warning's text names the address that refused and what Node.js says about it.
    let entry = build_result(&Localizer::new(Lang::En), &url, &result);
    assert_eq!(entry.warnings.len(), 1);
    let node = format!("ECONNREFUSED {}", refused.ip());
    assert!(
        entry.warnings[0].evidence.iter().any(|e| e.contains(&node)),
        "{:?}",
        entry.warnings[0].evidence
    );
    renders_everywhere(&url, &result);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cdn_error_page_from_a_loopback_imitation() {
    let server = common::http_server(
        "HTTP/1.1 522 Connection Timed Out",
        "Server: cloudflare\r\nCF-RAY: 8a1b2c3d4e5f-AMS\r\n",
        "<html>Connection timed out</html>",
    )
    .await;
    for scheme in ["ws", "http"] {
        let target = netdoctor::target::Target::parse(&format!("{scheme}://{}/", server.addr))
            .expect("target");
        let settings = ProbeSettings {
            timeout: Duration::from_millis(2000),
            ..ProbeSettings::default()
        };
        let result = check(
            target,
            &settings,
            Arc::new(LocalContext::default()),
            &|_| {},
        )
        .await;
        assert_eq!(
            result.diagnosis.top().map(|c| c.id),
            Some(CauseId::ErrorCdnOriginUnreachable),
            "{scheme}: {:?}",
            result.diagnosis
        );
    }
}
