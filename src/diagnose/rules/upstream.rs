//! Replies that are not the server's own answer to the upgrade: a proxy whose backend
//! is down, a redirect WebSocket clients do not follow, HTTP/2 frames on an HTTP/2-only port.

use crate::diagnose::Evidence;
use crate::observation::reply::HttpHead;

/// `Server` values of reverse proxies and load balancers that write their own 502/503/504.
const PROXY_SERVERS: [&str; 8] = [
    "nginx",
    "openresty",
    "haproxy",
    "caddy",
    "envoy",
    "traefik",
    "awselb",
    "apache",
];

/// The proxy's own error page: status 502/503/504 and a header or body naming the proxy.
pub(super) fn proxy_upstream_evidence(head: &HttpHead, body: &str) -> Option<Vec<Evidence>> {
    if !matches!(head.status, 502..=504) {
        return None;
    }
    let mut evidence = Vec::new();
    if let Some(server) = head.header("server") {
        let lower = server.to_ascii_lowercase();
        if PROXY_SERVERS.iter().any(|p| lower.contains(p)) {
            evidence.push(Evidence::ProxyHeader {
                name: "Server".into(),
                value: server.to_owned(),
            });
        }
    }
    if let Some(via) = head.header("via") {
        evidence.push(Evidence::ProxyHeader {
            name: "Via".into(),
            value: via.to_owned(),
        });
    }
    // nginx's and HAProxy's built-in pages name themselves in the body.
    let lower = body.to_ascii_lowercase();
    if let Some(name) = PROXY_SERVERS
        .iter()
        .find(|p| lower.contains(&format!("<center>{p}")) || lower.contains(&format!("{p}</")))
    {
        evidence.push(Evidence::ProxyErrorPage {
            proxy: (*name).to_owned(),
        });
    }
    (!evidence.is_empty()).then_some(evidence)
}

/// A redirect and where it points.
pub(super) fn redirect_evidence(head: &HttpHead) -> Option<Evidence> {
    if !matches!(head.status, 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    Some(Evidence::Redirect {
        status: head.status,
        location: head.header("location").unwrap_or_default().to_owned(),
    })
}

/// HTTP/2 frame types that only HTTP/2 sends; a SETTINGS frame opens every server's side.
const FRAME_SETTINGS: u8 = 0x4;
const FRAME_GOAWAY: u8 = 0x7;
/// gRPC C-core's own setting, `GRPC_ALLOW_TRUE_BINARY_METADATA`.
const GRPC_SETTING: u16 = 0xfe03;

/// What HTTP/2 frames in the reply show: `None` when it does not start with a SETTINGS
/// frame on stream 0; otherwise the frames' facts, gRPC's sign among them when present.
pub(super) fn http2_evidence(received: &[u8]) -> Option<Vec<Evidence>> {
    let mut rest = received;
    let mut frames = 0;
    let mut grpc = None;
    let mut goaway = None;
    while rest.len() >= 9 {
        let len = usize::from(rest[0]) << 16 | usize::from(rest[1]) << 8 | usize::from(rest[2]);
        let kind = rest[3];
        let stream = u32::from_be_bytes([rest[5], rest[6], rest[7], rest[8]]) & 0x7fff_ffff;
        let payload = rest.get(9..9 + len).unwrap_or(&rest[9..]);
        if frames == 0 && (kind != FRAME_SETTINGS || stream != 0 || len % 6 != 0) {
            return None;
        }
        frames += 1;
        let grpc_setting = payload
            .chunks_exact(6)
            .any(|s| u16::from_be_bytes([s[0], s[1]]) == GRPC_SETTING);
        if kind == FRAME_SETTINGS && grpc_setting {
            grpc = Some(format!("SETTINGS {GRPC_SETTING:#06x}"));
        }
        if kind == FRAME_GOAWAY && payload.len() > 8 {
            let text: String = String::from_utf8_lossy(&payload[8..])
                .chars()
                .filter(|c| !c.is_control())
                .take(120)
                .collect();
            if grpc.is_none() && text.to_ascii_lowercase().contains("grpc") {
                grpc = Some(text.clone());
            }
            goaway = Some(text);
        }
        rest = &rest[(9 + len).min(rest.len())..];
    }
    if frames == 0 {
        return None;
    }
    let mut evidence = vec![Evidence::Http2Settings];
    evidence.extend(goaway.map(|text| Evidence::Http2GoAway { text }));
    evidence.extend(grpc.map(|sign| Evidence::GrpcFrames { sign }));
    Some(evidence)
}
