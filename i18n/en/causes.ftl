## Causes: the message is the title; .detail explains, .fix says what to do.
## Variables: $target, $host, $port, $path, $scheme, $peer, $status, $ms

cause-refused-wrong-port = The client uses the wrong port
    .detail = The host is up, but nothing listens on port { $port }. Another port on it does answer.
    .fix = Compare the port in the client with the one the server listens on. On the server, list listeners with:
        ss -ltnp            (Linux)
        lsof -iTCP -sTCP:LISTEN   (macOS)
        netstat -ano | findstr LISTENING   (Windows)

cause-refused-wrong-host = The client connects to the wrong host or IP
    .detail = { $peer } refuses, but the same port accepts on another address of this machine. The server listens there, not where the client dials.
    .fix = Point the client at the address the server listens on, or make the server listen on every address (0.0.0.0 for IPv4, :: for IPv6).

cause-refused-dns-wrong-ip = The domain points to the wrong server IP
    .detail = { $host } resolves to an address where your server does not run.
    .fix = Check the A/AAAA records: dig +short { $host }
        Fix the record at your DNS provider, or in /etc/hosts (C:\Windows\System32\drivers\etc\hosts on Windows) if a stale entry overrides it.

cause-refused-cdn-proxy = A CDN or acceleration proxy sits in front of the server
    .detail = The address you reach belongs to a CDN or proxy, not to your server. It refuses or answers on its own behalf.
    .fix = Use a port the CDN forwards (Cloudflare proxies only a fixed list, e.g. 80, 443, 8080, 8443), or turn the proxy off for this record (DNS only) and connect to the origin directly.

cause-refused-server-not-running = The server is not running, or not on this port
    .detail = Nothing accepts connections on { $peer }: the process is stopped, crashed at start-up, or listens on another port.
    .fix = Start the server and check that it listens on port { $port }:
        ss -ltnp | grep :{ $port }
        Then read its start-up log for a bind error such as "address already in use".

cause-refused-proxy-software = Proxy software on this machine is in the path
    .detail = A proxy (an environment variable or a TUN-mode proxy tool) handles this connection instead of sending it straight to the server.
    .fix = Try again with the proxy off, or exclude the host: export NO_PROXY={ $host }
        In a TUN-mode tool, add a DIRECT rule for { $host }.

cause-refused-loopback-only-bind = The server listens on 127.0.0.1 only
    .detail = The port accepts on the loopback address but refuses on { $peer }. A server bound to 127.0.0.1 can only be reached from the same machine, through 127.0.0.1.
    .fix = Make the server listen on all addresses: 0.0.0.0:{ $port } (IPv4) or [::]:{ $port } (IPv6). For example:
        websocket://0.0.0.0:{ $port }
        node: server.listen({ $port }, "0.0.0.0")
        docker: -p { $port }:{ $port } and bind 0.0.0.0 inside the container

cause-timeout-firewall = A firewall on the server drops the connection
    .detail = Packets to port { $port } get no answer at all. A firewall that drops rather than rejects looks exactly like this.
    .fix = Open the port on the server:
        sudo ufw allow { $port }/tcp
        sudo firewall-cmd --add-port={ $port }/tcp --permanent && sudo firewall-cmd --reload
        sudo iptables -I INPUT -p tcp --dport { $port } -j ACCEPT
        To test, stop the firewall for a moment and try again.

cause-timeout-cloud-security-group = A cloud security group blocks the port
    .detail = On a cloud server, the provider's security group filters traffic before it reaches the machine.
    .fix = In the provider's console, add an inbound rule to the instance's security group: TCP port { $port }, source your client's address (or 0.0.0.0/0 for everyone).

cause-timeout-panel-firewall = A hosting control panel has not opened the port
    .detail = Panels such as Baota (aaPanel) keep their own firewall in front of the system one.
    .fix = In the panel's Security (firewall) page, add a rule allowing TCP port { $port }, then retry.

cause-timeout-server-not-running = The server does not exist or is switched off
    .detail = Nothing at { $peer } answers, not even on other ports: the machine may be down, or the address may belong to no machine at all.
    .fix = Check that the server machine is up and has this address: ip addr (Linux) or ipconfig (Windows) on the server. Then check that your service runs on port { $port }.

cause-timeout-dns-wrong-ip = The domain points to the wrong server IP
    .detail = { $host } resolves to an address where no server of yours answers.
    .fix = Check the A/AAAA records: dig +short { $host }
        Fix the record at your DNS provider, or remove a stale line in /etc/hosts.

cause-timeout-private-ip-unreachable = The client dials a private IP from outside its network
    .detail = { $peer } is a LAN-only address. It is reachable only from machines on the same network, and this machine is not on it.
    .fix = Use the server's public IP or domain instead, or join its network first (VPN, same Wi-Fi, VPC peering).

cause-addr-not-available-ephemeral-ports-exhausted = This machine ran out of local ports for this destination
    .detail = Every outgoing connection takes a local port. With tens of thousands of connections to one server, the range runs out.
    .fix = Widen the local port range. Add to /etc/sysctl.conf:
        net.ipv4.ip_local_port_range = 10000 65535
        then run: sudo sysctl -p
        Reusing connections (keep-alive, pooling) avoids the problem altogether.

cause-addr-not-available-time-wait = Closed short connections hold the local ports in TIME_WAIT
    .detail = A closed connection keeps its local port for a while in TIME_WAIT. Many short connections in a burst use up the range.
    .fix = Let the kernel reuse TIME_WAIT ports for new outgoing connections. Add to /etc/sysctl.conf:
        net.ipv4.tcp_tw_reuse = 1
        net.ipv4.ip_local_port_range = 10000 65535
        then run: sudo sysctl -p
        Count them with: ss -tan state time-wait | wc -l

cause-protocol-mismatch-ws-to-http = A WebSocket client reached a plain HTTP server
    .detail = The server answered { $status } instead of 101 Switching Protocols. Browsers report this as "Error during WebSocket handshake: Unexpected response code".
    .fix = Give the server on this port a WebSocket route at { $path }, or point the client at the port and path where the WebSocket server really listens. How the route is added depends on the server, for example:
        Node.js (ws): new WebSocketServer({"{"} server, path: "{ $path }" {"}"})
        Python (websockets): serve(handler, "0.0.0.0", { $port })
        Workerman / GatewayWorker: new Worker('websocket://0.0.0.0:{ $port }');
        Behind nginx: proxy_pass to the WebSocket backend with proxy_http_version 1.1 and the Upgrade and Connection headers.

cause-protocol-mismatch-invalid-http-response = The server's reply is not HTTP at all
    .detail = { $scheme ->
        [http] An HTTP client expects a reply head: a status line such as HTTP/1.1 200 OK, headers and a blank line. This server's reply is not that.
        [https] An HTTP client expects a reply head: a status line such as HTTP/1.1 200 OK, headers and a blank line. This server's reply is not that.
       *[other] A WebSocket handshake expects an HTTP reply; this server speaks another protocol. Browsers show "net::ERR_INVALID_HTTP_RESPONSE".
    }
    .fix = { $scheme ->
        [http] Check what actually listens on port { $port } and which protocol it speaks. Show the raw reply and the program that owns the port (run ss on the server):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Then point the client at the port your HTTP server listens on, or make the server on this port answer in HTTP/1.1.
        [https] Check what actually listens on port { $port } and which protocol it speaks. Show the raw reply and the program that owns the port (run ss on the server):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Then point the client at the port your HTTP server listens on, or make the server on this port answer in HTTP/1.1.
       *[other] Check that port { $port } belongs to your WebSocket server and not to another service. Make the server listen with the websocket protocol:
            new Worker('websocket://0.0.0.0:{ $port }');
    }

cause-protocol-mismatch-plain-to-tls = The server expects TLS, but the client spoke plain text
    .detail = The port speaks TLS, and the client used { $scheme }://.
    .fix = Use the TLS scheme: wss:// instead of ws://, https:// instead of http://.

cause-protocol-mismatch-tls-to-plain = The client speaks TLS to a plain-text server
    .detail = The client used { $scheme }://, but the server answers in plain text and does not speak TLS on this port.
    .fix = Use ws:// or http:// for this port, or enable TLS on the server (or on the reverse proxy in front of it) with a certificate for { $host }.

cause-protocol-mismatch-silent-server = The server accepted the connection but never answered
    .detail = The connection was made, the request was sent, and nothing came back within { $ms } ms. The service behind the port waits for something else, or is stuck.
    .fix = Check which program owns the port: ss -ltnp | grep :{ $port }
        If it is yours, look for a blocked worker or a protocol it expects the client to speak first.

cause-protocol-mismatch-bad-upgrade = The server's upgrade reply is invalid
    .detail = The server said 101 Switching Protocols, but its reply breaks the WebSocket handshake rules (for example a wrong Sec-WebSocket-Accept).
    .fix = Use a maintained WebSocket library on the server, and check that no proxy rewrites the handshake headers.

cause-refused-cdn-port-not-proxied = The CDN does not forward this port
    .detail = { $host } points to a CDN, and the CDN only forwards a fixed list of ports. Connections to port { $port } stop at the CDN and never reach your server.
    .fix = Serve on a port the CDN forwards (for Cloudflare: 80, 443, 2052, 2053, 2082, 2083, 2086, 2087, 2095, 2096, 8080, 8443, 8880), or set this DNS record to "DNS only" so clients reach your server directly.

cause-error-cdn-origin-unreachable = The CDN could not reach your origin server
    .detail = The CDN itself answered { $status }. Your server behind it refused (521), timed out (522), was unreachable (523), or failed TLS with the CDN (525, 526). The problem is between the CDN and your server, not on this machine.
    .fix = Check that your origin server runs and accepts connections from the CDN's addresses on the port the CDN uses. On the server:
        ss -ltnp
        Allow the CDN's address ranges in the server's firewall (Cloudflare publishes them at /ips on its site).

cause-error-http-status = The server answered with an HTTP error
    .detail = The server answered { $status }: it is reachable, but it rejects this request.
    .fix = Check the path ({ $path }) and the server's routes, and read its error log for this request.

cause-unreachable-no-route = There is no route to the server
    .detail = The operating system has no route to { $host }: the network is down, or the address is on a network this machine cannot reach.
    .fix = Check this machine's connection and routes: ip route (Linux), netstat -rn (macOS), route print (Windows). A VPN may need to be on.

cause-unreachable-firewall-reject = A firewall on the server rejects this port
    .detail = { $host } is up, but a connection to port { $port } fails at once with "No route to host": a firewall answers it with an ICMP "administratively prohibited" or "host prohibited" message. This is what firewalld and a REJECT rule with icmp-host-prohibited do.
    .fix = Open the port in the server's firewall, for example:
        sudo firewall-cmd --permanent --add-port={ $port }/tcp && sudo firewall-cmd --reload
        Run netdoctor server { $port } on the server to see which rule rejects it.

cause-dns-failure-no-such-host = The name does not resolve
    .detail = No A or AAAA record for { $host } was found.
    .fix = Check the spelling, then the record: dig { $host }
        A new record can take a while to appear; a local name may belong in /etc/hosts.

cause-dns-failure-server-unreachable = The DNS server did not answer
    .detail = The resolver got no usable answer in time, so { $host } could not be looked up.
    .fix = Check the DNS settings (/etc/resolv.conf, or resolvectl status), or try another server: dig @1.1.1.1 { $host }

cause-reset-during-handshake = The server reset the connection during the handshake
    .detail = The server accepted the connection, then aborted it with RST after the request was sent. Servers do this when they reject a client (TLS or protocol mismatch, an IP allow-list, a crash).
    .fix = Read the server's log at the time of the check. Check that the client's protocol ({ $scheme }://) is what the server expects on port { $port }.

cause-reset-on-connect = The connection was reset while opening
    .detail = The connection was aborted before it was fully open, often by a middlebox or a server under overload.
    .fix = Retry; if it persists, check the server's accept backlog and any firewall or load balancer in between.

cause-reset-closed-without-reply = The server closed the connection without answering
    .detail = The server accepted the connection and closed it without a byte of reply. Servers do this when they do not understand the request or refuse the client.
    .fix = Check that the client's protocol ({ $scheme }://) is what the server expects on port { $port }, then read the server's log for the closed connection.

cause-tls-error-certificate-expired = The server's certificate has expired
    .detail = Clients refuse a certificate past its end date.
    .fix = Renew the certificate (for Let's Encrypt: sudo certbot renew) and reload the server. Check the dates with:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-not-yet-valid = The certificate is not valid yet
    .detail = Its start date is later than this machine's clock. Usually a clock is wrong: this machine's, or the issuing server's.
    .fix = Check the clock here and turn on time sync:
        timedatectl
        sudo timedatectl set-ntp true
    Then compare with the certificate's dates:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-name-mismatch = The certificate is for another name
    .detail = The certificate does not list { $host } among its names, so clients refuse it.
    .fix = Issue a certificate that covers { $host }, or connect with a name the certificate lists. See its names with:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -ext subjectAltName

cause-tls-error-self-signed = The certificate is self-signed
    .detail = The certificate was made to stand alone: it signs itself, or a developer tool's local CA (mkcert, rcgen) signs it and the server does not send that CA. Only a machine that made or installed it trusts it; every other client refuses it.
    .fix = For development, make a local CA with mkcert, install it on each client machine, and give the server a certificate from it:
        mkcert -install
        mkcert { $host }
    To check this server as it is, trust its certificate (or mkcert's CA, $(mkcert -CAROOT)/rootCA.pem) for one run:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 > server.pem
        netdoctor check --ca-file server.pem { $target }
    In production, use a certificate from a public CA (Let's Encrypt is free).

cause-tls-error-untrusted-issuer = The certificate's CA is not trusted here
    .detail = An organisation's CA signed the certificate, and neither this machine's trust store nor the Mozilla bundle that most runtimes ship holds it: a private or corporate CA, or a TLS-inspection proxy that re-signs traffic on the way. Clients with that CA installed work; the others refuse the certificate.
    .fix = Get the CA's certificate (from whoever runs it, or export it from a machine that trusts it) and confirm that it is the one:
        netdoctor check --ca-file ca.pem { $target }
    Then install it where the clients look, on Debian and Ubuntu:
        sudo cp ca.pem /usr/local/share/ca-certificates/private-ca.crt && sudo update-ca-certificates
    Or give the server a certificate from a public CA.

cause-tls-error-incomplete-chain = The server does not send its intermediate certificate
    .detail = The server sends its own certificate without the CA certificate that signed it. Browsers download or cache the missing one, so the site opens there, while curl, Node.js, Python, Java and Go fail with "unable to verify the first certificate".
    .fix = Make the server send its certificate followed by the intermediates (the fullchain file). In nginx:
        ssl_certificate /etc/letsencrypt/live/{ $host }/fullchain.pem;
    Apache 2.4.8 and later take the fullchain file in SSLCertificateFile; older versions need the chain on its own line:
        SSLCertificateChainFile /etc/letsencrypt/live/{ $host }/chain.pem
    Caddy and Traefik send the full chain by themselves for the certificates they obtain. See what the server sends with:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -showcerts </dev/null

cause-tls-error-client-certificate-required = The server requires a client certificate
    .detail = The server asked for a client certificate (mutual TLS) and ended the connection when none came. netdoctor has no client certificate to offer, so this shows the server's demand, not whether your client's certificate would pass.
    .fix = Give the client a certificate issued by a CA that the server accepts (listed below), and test it with:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -cert client.pem -key client.key </dev/null
    If this server should not demand one, relax it (nginx: ssl_verify_client optional; or off).

cause-tls-error-protocol-version = No TLS version in common
    .detail = The server offers only TLS versions the client refuses (SSLv3, TLS 1.0 or 1.1), or the other way around.
    .fix = Enable TLS 1.2 and 1.3 on the server. For nginx: ssl_protocols TLSv1.2 TLSv1.3;

cause-tls-error-handshake-failed = The TLS handshake failed
    .detail = The server ended the TLS handshake with an error.
    .fix = Compare the server's TLS settings with the client's: openssl s_client -connect { $host }:{ $port } -servername { $host }

cause-error-unexpected = An unexpected error
    .detail = netdoctor could not classify what happened; the evidence below is what it saw.
    .fix = Retry with a longer --timeout. If it persists, file an issue with the report (netdoctor check --json { $target }).

cause-protocol-mismatch-proxy-dropped-upgrade = A reverse proxy did not pass the WebSocket upgrade on
    .detail = A proxy in front of the server (nginx, Apache, Caddy, Traefik, envoy) answered { $status } instead of 101 Switching Protocols. Proxies forward a plain request unless told to pass Upgrade and Connection on, and the WebSocket server behind then refuses it.
    .fix = Let the proxy forward the upgrade for { $path }.
        nginx, in the location block:
          proxy_http_version 1.1;
          proxy_set_header Upgrade $http_upgrade;
          proxy_set_header Connection "upgrade";
        Apache (mod_proxy_wstunnel):
          RewriteEngine on
          RewriteCond %{"{"}HTTP:Upgrade{"}"} websocket [NC]
          RewriteRule ^/?(.*) ws://127.0.0.1:8080/$1 [P,L]
          or, on Apache 2.4.47+: ProxyPass { $path } http://127.0.0.1:8080{ $path } upgrade=websocket
        Caddy passes WebSocket by default: check that reverse_proxy points at the WebSocket port.
        Traefik passes WebSocket by default: check middlewares that strip headers (Upgrade, Connection).

cause-protocol-mismatch-socketio-endpoint = The server speaks Socket.IO, not plain WebSocket
    .detail = The reply is Socket.IO's (Engine.IO). Socket.IO runs its own protocol on top of WebSocket and HTTP long-polling, so a plain WebSocket client cannot talk to it, and a Socket.IO client cannot talk to a plain WebSocket server.
    .fix = { $socketio_at ->
        [prefix] Use a Socket.IO client of a matching major version, and give it the path this server answers on ({ $socketio_path }; clients look at /socket.io by default):
            JavaScript: npm install socket.io-client, then io("{ $http_origin }", {"{"} path: "{ $socketio_path }" {"}"})
            Python: pip install "python-socketio[client]", then sio.connect("{ $http_origin }", socketio_path="{ $socketio_path }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            To test the raw transport: { $ws_origin }{ $socketio_path }/?EIO=4&transport=websocket
       *[other] Use a Socket.IO client of a matching major version:
            JavaScript: npm install socket.io-client, then io("{ $http_origin }")
            Python: pip install "python-socketio[client]", then sio.connect("{ $http_origin }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            To test the raw transport: { $ws_origin }/socket.io/?EIO=4&transport=websocket
    }

cause-protocol-mismatch-origin-rejected = The server rejects the upgrade because of its Origin header
    .detail = The upgrade got { $status }, and the same upgrade with an Origin header of the server's own site is accepted. The server checks Origin against an allow-list, as browsers always send one.
    .fix = Add the client's page origin (scheme://host:port, exactly as the browser sends it) to the server's allowed origins, for example:
        gorilla/websocket: Upgrader{"{"} CheckOrigin: func(r *http.Request) bool {"{"} return r.Header.Get("Origin") == "https://app.example.com" {"}"} {"}"}
        Socket.IO: new Server(httpServer, {"{"} cors: {"{"} origin: ["https://app.example.com"] {"}"} {"}"})
        Spring: registry.addHandler(handler, "{ $path }").setAllowedOrigins("https://app.example.com")
        A non-browser client can send the expected Origin header itself.

cause-protocol-mismatch-subprotocol = The server and client disagree on the WebSocket subprotocol
    .detail = The server demands or picks a Sec-WebSocket-Protocol the client did not offer, so the handshake fails. GraphQL (graphql-transport-ws, graphql-ws), MQTT (mqtt), STOMP (v12.stomp) and OCPP (ocpp1.6) servers do this.
    .fix = Offer the subprotocol the server expects, for example:
        JavaScript: new WebSocket("{ $scheme }://{ $host }:{ $port }{ $path }", ["graphql-transport-ws"])
        Python websockets: connect(uri, subprotocols=["graphql-transport-ws"])
        websocat: websocat --protocol graphql-transport-ws { $scheme }://{ $host }:{ $port }{ $path }
        Or make the server accept clients that offer none.

cause-reset-loopback-only-bind-in-container = A container's published port reaches a server bound to 127.0.0.1 inside it
    .detail = { $holder ->
        [container-proxy] The port accepts the connection and closes it at once, before a byte either way, and the process holding it is a container runtime's port forwarder. A forwarder does this when it cannot reach the server inside the container: the server listens on 127.0.0.1 there, which is unreachable from outside the container, or nothing in the container listens on the port.
       *[other] The port accepts the connection and closes it at once, before a byte either way. docker-proxy (or another port forwarder) does this when the process inside the container listens on 127.0.0.1, which is unreachable from outside the container. Other servers that drop every client at once look the same from here.
    }
    .fix = Make the server inside the container listen on all addresses, and publish the port:
        docker run -p { $port }:{ $port } image app --host 0.0.0.0 --port { $port }
        Flask: flask run --host 0.0.0.0; uvicorn: --host 0.0.0.0; Vite: --host; Node: server.listen({ $port }, "0.0.0.0")
        Check with: docker exec <container> ss -ltnp (look for 0.0.0.0:{ $port } or [::]:{ $port }, not 127.0.0.1:{ $port })

cause-refused-other-family-works = One IP family refuses; the other works
    .detail = { $families ->
        [both] { $host } has both IPv6 (AAAA) and IPv4 (A) addresses. The address tried first refuses; the other family accepts. Clients that try only the first address fail; clients with Happy Eyeballs fall back, a little later.
        [one] { $host } resolved to addresses of one IP family only, and they refuse; the same port on this machine's address of the other family accepts. The server listens on one family, the name points at the other.
       *[literal] { $host } refuses, but the same port on this machine's address of the other IP family accepts: the server listens on one family only. Clients given { $host } fail.
    }
    .fix = { $families ->
        [both] Make the server listen on both families: [::]:{ $port } (dual-stack) or 0.0.0.0:{ $port } plus [::]:{ $port }. Or remove the DNS record of the family nothing listens on (dig AAAA { $host }, dig A { $host }).
            On the client side: connect to the working address directly, or (Node.js) dns.setDefaultResultOrder("ipv4first") / net.connect({"{"} autoSelectFamily: true {"}"}).
       *[other] Make the server listen on both families: [::]:{ $port } (dual-stack) or 0.0.0.0:{ $port } plus [::]:{ $port }. Or point the client at the address that accepts (shown above).
    }

cause-timeout-other-family-works = One IP family gets no answer; the other works
    .detail = { $families ->
        [both] { $host } has both IPv6 (AAAA) and IPv4 (A) addresses. The address tried first gets no answer; the other family works. Clients that try only the first address time out; others wait out the timeout before they fall back.
        [one] { $host } resolved to addresses of one IP family only, and they get no answer; the same port on this machine's address of the other family works.
       *[literal] { $host } gets no answer, but the same port on this machine's address of the other IP family works: something drops this family only.
    }
    .fix = { $families ->
        [both] Fix the broken family: open the port for it in the firewall, or check its route (ip -6 route, ping -6 { $host }). If the server has no working address in that family, remove its DNS record (dig AAAA { $host }, dig A { $host }).
            On the client side: prefer the working family (curl -4 / -6, Node.js dns.setDefaultResultOrder("ipv4first")).
       *[other] Fix the broken family: open the port for it in the firewall (ip6tables -L / iptables -L), or check its route (ip -6 route). Or point the client at the address that works (shown above).
    }
