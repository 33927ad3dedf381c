//! A WebSocket upgrade answered with another HTTP status: which of the known causes it shows.

use crate::diagnose::{CauseId, Diagnosis, Evidence, Verdict};
use crate::observation::Observation;
use crate::observation::reply::{HttpHead, Reply, printable_line};

use super::common::Causes;
use super::proxy::cdn_header_evidence;
use super::score::{
    EVEN, LEANING, LIKELY, NEAR_PROVEN, NEAR_SHOWN, OVERRIDING, PROVEN, SHOWN, SOMEWHAT, STRONG,
    VERY_STRONG,
};

/// Server headers of reverse proxies and load balancers (lower case, matched as substrings).
const PROXY_SERVERS: [&str; 10] = [
    "nginx",
    "openresty",
    "tengine",
    "caddy",
    "apache",
    "traefik",
    "envoy",
    "haproxy",
    "kong",
    "istio",
];

/// Body phrases WebSocket servers use when a request arrives without its upgrade headers.
const UPGRADE_LOST_PHRASES: [&str; 7] = [
    "upgrade required",
    "can \"upgrade\" only to \"websocket\"",
    "'upgrade' token not found",
    "not using the websocket protocol",
    "missing upgrade",
    "invalid upgrade header",
    "expected websocket upgrade",
];

/// Engine.IO error messages, sent as `{"code":N,"message":"..."}`.
const ENGINE_IO_ERRORS: [&str; 6] = [
    "transport unknown",
    "session id unknown",
    "bad handshake method",
    "bad request",
    "forbidden",
    "unsupported protocol version",
];

/// The body after an HTTP head, printable and cut to a readable length; empty if none.
pub(super) fn reply_body(received: &[u8]) -> String {
    let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") else {
        return String::new();
    };
    printable_line(&received[end + 4..])
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 120;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// Socket.IO / Engine.IO signs: a likelihood and the evidence, or `None`.
pub(super) fn socketio_evidence(
    obs: &Observation,
    head: &HttpHead,
) -> Option<(f32, Vec<Evidence>)> {
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let open_packet = compact.contains("0{\"sid\":");
    let engine_error = compact.starts_with("{\"code\":")
        && compact.contains("\"message\":")
        && ENGINE_IO_ERRORS
            .iter()
            .any(|m| compact.contains(&m.replace(' ', "")));
    let path = obs.target.path.split('?').next().unwrap_or_default();
    let on_path = ["/socket.io", "/engine.io"]
        .iter()
        .any(|p| path == *p || path.starts_with(&format!("{p}/")));
    let mut evidence = Vec::new();
    if open_packet || engine_error {
        evidence.push(Evidence::SocketIoReply {
            body: excerpt(&body),
        });
    }
    if on_path {
        evidence.push(Evidence::SocketIoPath {
            path: path.to_owned(),
        });
    }
    let score = match (open_packet || engine_error, on_path) {
        (true, _) => PROVEN,
        (false, true) if head.status == 400 => LIKELY,
        (false, true) => EVEN,
        (false, false) => return None,
    };
    evidence.push(Evidence::HttpStatus {
        status_line: head.status_line(),
    });
    Some((score, evidence))
}

/// Signs that a reverse proxy passed the upgrade on as a plain request.
fn proxy_dropped_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    let mut identity = Vec::new();
    if let Some(server) = head.header("server") {
        let lower = server.to_ascii_lowercase();
        if PROXY_SERVERS.iter().any(|p| lower.contains(p)) {
            identity.push(Evidence::ReverseProxyHeader {
                name: "server".to_owned(),
                value: server.to_owned(),
            });
        }
    }
    for name in ["via", "x-envoy-upstream-service-time"] {
        if let Some(value) = head.header(name) {
            identity.push(Evidence::ReverseProxyHeader {
                name: name.to_owned(),
                value: value.to_owned(),
            });
        }
    }
    let mut lost: Vec<String> = Vec::new();
    // 426 with Sec-WebSocket-Version is a version mismatch, not a lost upgrade.
    if head.status == 426 && head.header("sec-websocket-version").is_none() {
        lost.push(head.status_line());
    }
    if let Some(upgrade) = head.header("upgrade")
        && upgrade.to_ascii_lowercase().contains("websocket")
    {
        lost.push(format!("Upgrade: {upgrade}"));
    }
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    if head.status != 426 && UPGRADE_LOST_PHRASES.iter().any(|p| lower.contains(p)) {
        lost.push(excerpt(&body));
    }
    let score = match (!identity.is_empty(), !lost.is_empty()) {
        (true, true) => NEAR_PROVEN,
        (false, true) => NEAR_SHOWN,
        (true, false) if matches!(head.status, 400 | 426) => VERY_STRONG,
        (true, false) => SOMEWHAT,
        (false, false) => return None,
    };
    let mut evidence = vec![Evidence::HttpStatus {
        status_line: head.status_line(),
    }];
    evidence.extend(identity);
    if !lost.is_empty() {
        evidence.push(Evidence::UpgradeLost {
            hint: lost.join("; "),
        });
    }
    Some((score, evidence))
}

/// A 401/403 to the upgrade, and what the same upgrade with an `Origin` got.
fn origin_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    if !matches!(head.status, 401 | 403) {
        return None;
    }
    let mut evidence = vec![Evidence::OriginRetry {
        origin: None,
        status: head.status_line(),
    }];
    let body = reply_body(&obs.captured.received).to_ascii_lowercase();
    let body_says_origin = body.contains("origin");
    let score = match &obs.followups.origin_retry {
        Some((origin, reply)) => {
            let (status, upgraded) = match reply {
                Reply::Http(retry) => (retry.status_line(), retry.status == 101),
                _ => (String::new(), false),
            };
            evidence.push(Evidence::OriginRetry {
                origin: Some(origin.clone()),
                status,
            });
            if upgraded {
                PROVEN
            } else if body_says_origin {
                LEANING
            } else {
                return None;
            }
        }
        None if body_says_origin => STRONG,
        None => EVEN,
    };
    if body_says_origin {
        evidence.push(Evidence::Message {
            text: excerpt(&reply_body(&obs.captured.received)),
        });
    }
    Some((score, evidence))
}

/// A rejected upgrade whose reply or body names `Sec-WebSocket-Protocol`.
fn subprotocol_evidence(obs: &Observation, head: &HttpHead) -> Option<(f32, Vec<Evidence>)> {
    let mut hints = Vec::new();
    if let Some(value) = head.header("sec-websocket-protocol") {
        hints.push(Evidence::SubprotocolHint {
            hint: format!("Sec-WebSocket-Protocol: {value}"),
        });
    }
    let body = reply_body(&obs.captured.received);
    let lower = body.to_ascii_lowercase();
    if lower.contains("sec-websocket-protocol") || lower.contains("subprotocol") {
        hints.push(Evidence::SubprotocolHint {
            hint: excerpt(&body),
        });
    }
    if hints.is_empty() {
        return None;
    }
    let mut evidence = vec![Evidence::HttpStatus {
        status_line: head.status_line(),
    }];
    evidence.extend(hints);
    Some((SHOWN, evidence))
}

/// Looks for one cause in a rejected upgrade: its likelihood and evidence, or `None`.
type ReplyFinder = fn(&Observation, &HttpHead) -> Option<(f32, Vec<Evidence>)>;

/// A WebSocket upgrade answered with another HTTP status.
pub(super) fn websocket_rejected(
    obs: &Observation,
    head: &HttpHead,
    mut evidence: Vec<Evidence>,
    mut causes: Causes,
) -> Diagnosis {
    let finders: [(CauseId, ReplyFinder); 4] = [
        (CauseId::ProtocolMismatchSocketioEndpoint, socketio_evidence),
        (CauseId::ProtocolMismatchSubprotocol, subprotocol_evidence),
        (CauseId::ProtocolMismatchOriginRejected, origin_evidence),
        (
            CauseId::ProtocolMismatchProxyDroppedUpgrade,
            proxy_dropped_evidence,
        ),
    ];
    for (id, find) in finders {
        if let Some((score, found)) = find(obs, head) {
            causes.add(id, score, found);
        }
    }
    evidence.push(Evidence::UpgradeRequested);
    causes.add(CauseId::ProtocolMismatchWsToHttp, OVERRIDING, evidence);
    let cdn = cdn_header_evidence(&Reply::Http(head.clone()));
    if !cdn.is_empty() {
        causes.add(CauseId::RefusedCdnProxy, EVEN, cdn);
    }
    causes.finish(Verdict::ProtocolMismatch)
}
