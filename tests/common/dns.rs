//! Tiny authoritative-ish DNS server (UDP and TCP on the same port) built on
//! hickory-proto 0.26.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};

use hickory_proto::op::{Edns, Message, MessageType, OpCode, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA};
use hickory_proto::rr::{RData, Record, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio::task::{JoinHandle, JoinSet};

use super::{LINGER, lock, loopback};

type Zone = HashMap<String, Vec<IpAddr>>;

/// Handle of a running DNS fixture; aborts its tasks on drop.
pub struct DnsFixture {
    pub addr: SocketAddr,
    /// Questions received, as (lower-case name without trailing dot, type).
    pub queries: Arc<Mutex<Vec<(String, RecordType)>>>,
    tasks: Vec<JoinHandle<()>>,
}

impl DnsFixture {
    pub fn queries(&self) -> Vec<(String, RecordType)> {
        lock(&self.queries).clone()
    }
}

impl Drop for DnsFixture {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

fn normalise(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// DNS server on 127.0.0.1 (UDP, and TCP on the same port). For a name that
/// has records (case-insensitive, trailing dot optional) it answers A/AAAA
/// records of the queried family with TTL 60 (NOERROR with an empty answer if
/// there are none of that family, or for other query types); any other name
/// gets NXDOMAIN.
pub async fn dns_server(records: Vec<(&'static str, IpAddr)>) -> DnsFixture {
    dns_server_at(loopback(), records).await
}

/// Like [`dns_server`] on `addr`. With port 0, a port free for both UDP and
/// TCP is chosen.
pub async fn dns_server_at(addr: SocketAddr, records: Vec<(&'static str, IpAddr)>) -> DnsFixture {
    let mut zone = Zone::new();
    for (name, ip) in records {
        zone.entry(normalise(name)).or_default().push(ip);
    }
    let zone = Arc::new(zone);

    let (udp, tcp) = bind_pair(addr);
    let udp = UdpSocket::from_std(udp).expect("dns fixture: register udp socket");
    let tcp = TcpListener::from_std(tcp).expect("dns fixture: register tcp listener");
    let addr = udp.local_addr().expect("dns fixture: local_addr");
    let queries: Arc<Mutex<Vec<(String, RecordType)>>> = Arc::default();

    let udp_task = {
        let zone = zone.clone();
        let queries = queries.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 65535];
            loop {
                let Ok((n, peer)) = udp.recv_from(&mut buf).await else {
                    tokio::task::yield_now().await;
                    continue;
                };
                if let Some(reply) = answer(&buf[..n], &zone, &queries) {
                    let _ = udp.send_to(&reply, peer).await;
                }
            }
        })
    };
    let tcp_task = {
        let zone = zone.clone();
        let queries = queries.clone();
        tokio::spawn(async move {
            let mut conns = JoinSet::new();
            loop {
                while conns.try_join_next().is_some() {}
                match tcp.accept().await {
                    Ok((stream, _)) => {
                        conns.spawn(serve_tcp(stream, zone.clone(), queries.clone()));
                    }
                    Err(_) => tokio::task::yield_now().await,
                }
            }
        })
    };
    DnsFixture {
        addr,
        queries,
        tasks: vec![udp_task, tcp_task],
    }
}

fn bind_pair(addr: SocketAddr) -> (std::net::UdpSocket, std::net::TcpListener) {
    let attempts = if addr.port() == 0 { 20 } else { 1 };
    let mut last_err = None;
    for _ in 0..attempts {
        let udp = std::net::UdpSocket::bind(addr).expect("dns fixture: bind udp");
        let bound = udp.local_addr().expect("dns fixture: udp local_addr");
        match std::net::TcpListener::bind(bound) {
            Ok(tcp) => {
                udp.set_nonblocking(true)
                    .expect("dns fixture: nonblocking udp");
                tcp.set_nonblocking(true)
                    .expect("dns fixture: nonblocking tcp");
                return (udp, tcp);
            }
            Err(e) => last_err = Some(e),
        }
    }
    panic!("dns fixture: cannot bind TCP next to UDP on {addr}: {last_err:?}");
}

async fn serve_tcp(
    mut stream: TcpStream,
    zone: Arc<Zone>,
    queries: Arc<Mutex<Vec<(String, RecordType)>>>,
) {
    loop {
        let mut len = [0u8; 2];
        let Ok(Ok(_)) = tokio::time::timeout(LINGER, stream.read_exact(&mut len)).await else {
            return;
        };
        let mut msg = vec![0u8; usize::from(u16::from_be_bytes(len))];
        if stream.read_exact(&mut msg).await.is_err() {
            return;
        }
        let Some(reply) = answer(&msg, &zone, &queries) else {
            return;
        };
        let Ok(reply_len) = u16::try_from(reply.len()) else {
            return;
        };
        let mut out = reply_len.to_be_bytes().to_vec();
        out.extend_from_slice(&reply);
        if stream.write_all(&out).await.is_err() {
            return;
        }
    }
}

/// Builds the wire response to a wire query; `None` if it is not worth an
/// answer (unparseable, or itself a response).
fn answer(
    query: &[u8],
    zone: &Zone,
    queries: &Mutex<Vec<(String, RecordType)>>,
) -> Option<Vec<u8>> {
    let req = Message::from_vec(query).ok()?;
    if req.metadata.message_type != MessageType::Query {
        return None;
    }
    let mut resp = Message::response(req.metadata.id, req.metadata.op_code);
    resp.metadata.recursion_desired = req.metadata.recursion_desired;
    resp.metadata.recursion_available = true;
    resp.metadata.checking_disabled = req.metadata.checking_disabled;
    resp.add_queries(req.queries.iter().cloned());
    if req.edns.is_some() {
        let mut edns = Edns::new();
        edns.set_max_payload(1232);
        resp.set_edns(edns);
    }

    let question = req.queries.first();
    match (req.metadata.op_code, question) {
        (OpCode::Query, Some(q)) => {
            let name = normalise(&q.name().to_ascii());
            lock(queries).push((name.clone(), q.query_type()));
            match zone.get(&name) {
                None => resp.metadata.response_code = ResponseCode::NXDomain,
                Some(ips) => {
                    for ip in ips {
                        let data = match (q.query_type(), ip) {
                            (RecordType::A, IpAddr::V4(v4)) => RData::A(A(*v4)),
                            (RecordType::AAAA, IpAddr::V6(v6)) => RData::AAAA(AAAA(*v6)),
                            _ => continue,
                        };
                        resp.add_answer(Record::from_rdata(q.name().clone(), 60, data));
                    }
                }
            }
        }
        (OpCode::Query, None) => resp.metadata.response_code = ResponseCode::FormErr,
        _ => resp.metadata.response_code = ResponseCode::NotImp,
    }
    resp.to_vec().ok()
}
