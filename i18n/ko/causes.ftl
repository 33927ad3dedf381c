## 원인: 메시지 값은 제목, .detail은 설명, .fix는 해결 방법입니다.
## 변수: $target, $host, $port, $path, $scheme, $peer, $status, $ms

cause-refused-wrong-port = 클라이언트가 잘못된 포트로 연결함
    .detail = 호스트는 살아 있지만 { $port }번 포트에서 리스닝하는 프로세스가 없습니다. 같은 호스트의 다른 포트는 응답합니다.
    .fix = 클라이언트에 설정된 포트와 서버가 리스닝하는 포트를 비교하세요. 서버에서 리스닝 중인 포트 확인:
        ss -ltnp            (Linux)
        lsof -iTCP -sTCP:LISTEN   (macOS)
        netstat -ano | findstr LISTENING   (Windows)

cause-refused-wrong-host = 클라이언트가 잘못된 호스트나 IP로 연결함
    .detail = { $peer } 주소에서는 연결이 거부되지만, 이 머신의 다른 주소에서는 같은 포트로 연결이 됩니다. 서버는 클라이언트가 접속하는 주소가 아닌 다른 주소에서 리스닝하고 있습니다.
    .fix = 클라이언트가 서버의 리스닝 주소로 접속하게 하거나, 서버가 모든 주소에서 리스닝하도록 설정하세요(IPv4는 0.0.0.0, IPv6는 ::).

cause-refused-dns-wrong-ip = 도메인이 잘못된 서버 IP를 가리킴
    .detail = { $host } 도메인이 가리키는 주소에서는 서버가 실행되고 있지 않습니다.
    .fix = A/AAAA 레코드를 확인하세요: dig +short { $host }
        DNS 제공업체에서 레코드를 수정하세요. /etc/hosts(Windows는 C:\Windows\System32\drivers\etc\hosts)에 남은 옛 항목이 우선 적용되고 있다면 그 줄을 고치세요.

cause-refused-cdn-proxy = 서버 앞에 CDN 또는 가속 프록시가 있음
    .detail = 접속하는 주소는 내 서버가 아니라 CDN이나 프록시의 주소입니다. 그쪽에서 연결을 거부하거나 대신 응답합니다.
    .fix = CDN이 전달하는 포트를 쓰세요(Cloudflare는 정해진 포트만 프록시합니다. 예: 80, 443, 8080, 8443). 아니면 이 레코드의 프록시를 끄고(DNS 전용) 원본 서버에 직접 연결하세요.

cause-refused-server-not-running = 서버가 실행 중이 아니거나 이 포트에서 리스닝하지 않음
    .detail = { $peer } 주소에서 연결을 받는 프로세스가 없습니다. 프로세스가 멈췄거나, 시작하다 죽었거나, 다른 포트에서 리스닝하고 있습니다.
    .fix = 서버를 시작하고 { $port }번 포트에서 리스닝하는지 확인하세요:
        ss -ltnp | grep :{ $port }
        그다음 서버 시작 로그에 "address already in use" 같은 바인딩 오류가 없는지 보세요.

cause-refused-proxy-software = 이 머신의 프록시 소프트웨어가 연결을 가로챔
    .detail = 프록시(환경 변수 또는 TUN 모드 프록시 도구)가 이 연결을 서버로 바로 보내지 않고 중간에서 처리하고 있습니다.
    .fix = 프록시를 끄고 다시 시도하거나, 이 호스트를 프록시에서 제외하세요: export NO_PROXY={ $host }
        TUN 모드 도구라면 { $host } 호스트에 대한 DIRECT 규칙을 추가하세요.

cause-refused-loopback-only-bind = 서버가 127.0.0.1에서만 리스닝함
    .detail = 루프백 주소로는 연결되지만 { $peer } 주소에서는 거부됩니다. 127.0.0.1에 바인딩된 서버는 같은 머신에서 127.0.0.1로만 접속할 수 있습니다.
    .fix = 서버가 모든 주소에서 리스닝하도록 바꾸세요: 0.0.0.0:{ $port }(IPv4) 또는 [::]:{ $port }(IPv6). 예:
        websocket://0.0.0.0:{ $port }
        node: server.listen({ $port }, "0.0.0.0")
        docker: -p { $port }:{ $port }, 컨테이너 안에서는 0.0.0.0에 바인딩

cause-timeout-firewall = 서버 방화벽이 연결을 차단함
    .detail = { $port }번 포트로 보낸 패킷에 아무 응답이 없습니다. 방화벽이 패킷을 거부(reject)하지 않고 버리면(drop) 딱 이런 증상이 나타납니다.
    .fix = 서버에서 포트를 여세요:
        sudo ufw allow { $port }/tcp
        sudo firewall-cmd --add-port={ $port }/tcp --permanent && sudo firewall-cmd --reload
        sudo iptables -I INPUT -p tcp --dport { $port } -j ACCEPT
        방화벽 때문인지 확인하려면 잠시 방화벽을 끄고 다시 시도해 보세요.

cause-timeout-cloud-security-group = 클라우드 보안 그룹이 포트를 막고 있음
    .detail = 클라우드 서버에서는 클라우드 업체의 보안 그룹이 트래픽을 서버에 닿기 전에 걸러 냅니다.
    .fix = 클라우드 콘솔에서 인스턴스의 보안 그룹에 인바운드 규칙을 추가하세요: TCP 포트 { $port }, 소스는 클라이언트 주소(모두 허용하려면 0.0.0.0/0).

cause-timeout-panel-firewall = 서버 관리 패널에서 포트를 열지 않음
    .detail = Baota(aaPanel) 같은 패널은 시스템 방화벽 앞에 자체 방화벽을 따로 둡니다.
    .fix = 패널의 보안(방화벽) 페이지에서 TCP { $port }번 포트를 허용하는 규칙을 추가한 뒤 다시 시도하세요.

cause-timeout-server-not-running = 서버가 없거나 꺼져 있음
    .detail = { $peer } 주소에서 아무 응답이 없고, 다른 포트도 마찬가지입니다. 서버가 다운됐거나, 그 주소를 쓰는 머신이 아예 없을 수 있습니다.
    .fix = 서버 머신이 켜져 있고 이 주소를 갖고 있는지 확인하세요. 서버에서 ip addr (Linux) 또는 ipconfig (Windows)로 확인할 수 있습니다. 그다음 서비스가 { $port }번 포트에서 실행 중인지 확인하세요.

cause-timeout-dns-wrong-ip = 도메인이 잘못된 서버 IP를 가리킴
    .detail = { $host } 도메인이 가리키는 주소에서 응답하는 서버가 없습니다.
    .fix = A/AAAA 레코드를 확인하세요: dig +short { $host }
        DNS 제공업체에서 레코드를 수정하거나, /etc/hosts에 남은 옛 항목을 지우세요.

cause-timeout-private-ip-unreachable = 클라이언트가 네트워크 밖에서 사설 IP로 접속함
    .detail = { $peer } 주소는 LAN 안에서만 쓰는 사설 주소입니다. 같은 네트워크에 있는 머신에서만 접근할 수 있는데, 이 머신은 그 네트워크에 없습니다.
    .fix = 서버의 공인 IP나 도메인을 쓰세요. 아니면 먼저 서버와 같은 네트워크에 연결하세요(VPN, 같은 Wi-Fi, VPC 피어링).

cause-addr-not-available-ephemeral-ports-exhausted = 이 목적지로 쓸 임시 포트(로컬 포트)가 고갈됨
    .detail = 나가는 연결은 하나마다 로컬 포트를 하나씩 씁니다. 한 서버로 연결이 수만 개 쌓이면 포트 범위가 바닥납니다.
    .fix = 로컬 포트 범위를 넓히세요. /etc/sysctl.conf에 다음을 추가하고:
        net.ipv4.ip_local_port_range = 10000 65535
        적용하세요: sudo sysctl -p
        연결을 재사용하면(keep-alive, 커넥션 풀링) 이 문제 자체가 생기지 않습니다.

cause-addr-not-available-time-wait = 종료된 짧은 연결들이 TIME_WAIT 상태로 로컬 포트를 점유함
    .detail = 닫힌 연결은 TIME_WAIT 상태로 한동안 로컬 포트를 붙잡고 있습니다. 짧은 연결을 한꺼번에 많이 맺으면 포트 범위를 다 써 버립니다.
    .fix = 새로 나가는 연결에 커널이 TIME_WAIT 포트를 재사용하도록 하세요. /etc/sysctl.conf에 다음을 추가하고:
        net.ipv4.tcp_tw_reuse = 1
        net.ipv4.ip_local_port_range = 10000 65535
        적용하세요: sudo sysctl -p
        TIME_WAIT 개수 확인: ss -tan state time-wait | wc -l

cause-protocol-mismatch-ws-to-http = WebSocket 클라이언트가 일반 HTTP 서버에 연결함
    .detail = 서버가 101 Switching Protocols가 아닌 { $status } 응답을 보냈습니다. 브라우저에서는 "Error during WebSocket handshake: Unexpected response code" 오류로 나타납니다.
    .fix = 이 포트의 서버에 { $path } 경로의 WebSocket 라우트를 추가하거나, 클라이언트가 WebSocket 서버가 실제로 리스닝하는 포트와 경로로 접속하게 하세요. 라우트를 추가하는 방법은 서버마다 다릅니다. 예:
        Node.js(ws): new WebSocketServer({"{"} server, path: "{ $path }" {"}"})
        Python(websockets): serve(handler, "0.0.0.0", { $port })
        Workerman / GatewayWorker: new Worker('websocket://0.0.0.0:{ $port }');
        nginx 뒤에 있다면: proxy_http_version 1.1과 Upgrade, Connection 헤더를 넣어 WebSocket 백엔드로 proxy_pass하세요.

cause-protocol-mismatch-invalid-http-response = 서버 응답이 HTTP가 아님
    .detail = { $scheme ->
        [http] HTTP 클라이언트는 응답이 HTTP/1.1 200 OK 같은 상태 줄로 시작하고, 이어서 헤더와 빈 줄이 오기를 기대합니다. 이 서버의 응답은 그렇지 않습니다.
        [https] HTTP 클라이언트는 응답이 HTTP/1.1 200 OK 같은 상태 줄로 시작하고, 이어서 헤더와 빈 줄이 오기를 기대합니다. 이 서버의 응답은 그렇지 않습니다.
       *[other] WebSocket 핸드셰이크는 HTTP 응답을 기대하는데, 이 서버는 다른 프로토콜을 씁니다. 브라우저에는 "net::ERR_INVALID_HTTP_RESPONSE"가 표시됩니다.
    }
    .fix = { $scheme ->
        [http] { $port }번 포트에서 실제로 무엇이 리스닝하고 있고 어떤 프로토콜을 쓰는지 확인하세요. 원본 응답과 포트를 점유한 프로그램은 다음으로 확인합니다(ss는 서버에서 실행):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            그런 다음 클라이언트를 HTTP 서버가 리스닝하는 포트로 돌리거나, 이 포트의 서버가 HTTP/1.1로 응답하게 하세요.
        [https] { $port }번 포트에서 실제로 무엇이 리스닝하고 있고 어떤 프로토콜을 쓰는지 확인하세요. 원본 응답과 포트를 점유한 프로그램은 다음으로 확인합니다(ss는 서버에서 실행):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            그런 다음 클라이언트를 HTTP 서버가 리스닝하는 포트로 돌리거나, 이 포트의 서버가 HTTP/1.1로 응답하게 하세요.
       *[other] { $port }번 포트가 다른 서비스가 아니라 WebSocket 서버의 포트인지 확인하세요. 서버는 websocket 프로토콜로 리스닝해야 합니다:
            new Worker('websocket://0.0.0.0:{ $port }');
    }

cause-protocol-mismatch-plain-to-tls = 서버는 TLS를 기대하는데 클라이언트가 평문으로 접속함
    .detail = 이 포트는 TLS를 쓰는데, 클라이언트는 { $scheme }:// 스킴으로 접속했습니다.
    .fix = TLS 스킴을 쓰세요: ws:// 대신 wss://, http:// 대신 https://.

cause-protocol-mismatch-tls-to-plain = 클라이언트가 평문 서버에 TLS로 접속함
    .detail = 클라이언트는 { $scheme }:// 스킴을 썼지만, 서버는 평문으로 응답합니다. 이 포트에서는 TLS를 쓰지 않습니다.
    .fix = 이 포트에는 ws:// 또는 http://를 쓰세요. 아니면 서버(또는 앞단의 리버스 프록시)에 { $host }용 인증서를 설치하고 TLS를 켜세요.

cause-protocol-mismatch-silent-server = 서버가 연결은 받았지만 응답하지 않음
    .detail = 연결도 되고 요청도 보냈지만 { $ms }ms 안에 아무것도 돌아오지 않았습니다. 이 포트의 서비스가 다른 것을 기다리고 있거나 멈춰 있습니다.
    .fix = 이 포트를 쓰는 프로그램을 확인하세요: ss -ltnp | grep :{ $port }
        직접 만든 서비스라면 워커가 멈춰 있지 않은지, 서비스가 클라이언트 쪽에서 다른 프로토콜로 먼저 말하기를 기다리는 것은 아닌지 확인하세요.

cause-protocol-mismatch-bad-upgrade = 서버의 업그레이드 응답이 잘못됨
    .detail = 서버가 101 Switching Protocols로 응답했지만, 응답 내용이 WebSocket 핸드셰이크 규칙에 어긋납니다(예: 잘못된 Sec-WebSocket-Accept).
    .fix = 서버에서 꾸준히 유지보수되는 WebSocket 라이브러리를 쓰세요. 중간 프록시가 핸드셰이크 헤더를 바꾸고 있지 않은지도 확인하세요.

cause-refused-cdn-port-not-proxied = CDN이 이 포트를 전달하지 않음
    .detail = { $host } 도메인은 CDN을 가리키는데, CDN은 정해진 포트만 전달합니다. { $port } 포트로 오는 연결은 CDN에서 멈추고 서버까지 가지 않습니다.
    .fix = CDN이 전달하는 포트로 서비스하세요(Cloudflare: 80, 443, 2052, 2053, 2082, 2083, 2086, 2087, 2095, 2096, 8080, 8443, 8880). 또는 이 DNS 레코드를 "DNS 전용"으로 바꿔 클라이언트가 서버에 직접 접속하게 하세요.

cause-error-cdn-origin-unreachable = CDN이 원본 서버에 연결하지 못함
    .detail = 응답 { $status }은(는) CDN이 직접 보낸 것입니다. 뒤에 있는 서버가 거부했거나(521), 시간 초과됐거나(522), 도달할 수 없었거나(523), CDN과의 TLS 연결에 실패했습니다(525, 526). 문제는 이 머신이 아니라 CDN과 서버 사이에 있습니다.
    .fix = 원본 서버가 실행 중이고, CDN이 쓰는 포트에서 CDN 주소의 연결을 받는지 확인하세요. 서버에서:
        ss -ltnp
        서버 방화벽에서 CDN의 주소 대역을 허용하세요(Cloudflare는 사이트의 /ips 페이지에 공개합니다).

cause-error-http-status = 서버가 HTTP 오류로 응답함
    .detail = 서버가 { $status } 응답을 보냈습니다. 서버까지는 연결되지만 이 요청을 거부하고 있습니다.
    .fix = 경로({ $path })와 서버의 라우트 설정을 확인하고, 이 요청에 대한 서버 오류 로그를 보세요.

cause-unreachable-no-route = 서버까지 가는 라우팅 경로가 없음
    .detail = 운영체제에 { $host } 호스트로 가는 라우팅 경로가 없습니다. 네트워크가 끊겼거나, 이 머신에서 닿을 수 없는 네트워크의 주소입니다.
    .fix = 이 머신의 네트워크 연결과 라우팅 테이블을 확인하세요: ip route (Linux), netstat -rn (macOS), route print (Windows). VPN을 켜야 할 수도 있습니다.

cause-unreachable-firewall-reject = 서버 방화벽이 이 포트를 거부함
    .detail = { $host } 호스트는 살아 있지만 { $port }번 포트로의 연결은 곧바로 "No route to host"로 실패합니다. 방화벽이 ICMP "administratively prohibited" 또는 "host prohibited" 메시지로 거부하고 있습니다. firewalld의 기본 동작이나 icmp-host-prohibited를 쓰는 REJECT 규칙이 이렇게 동작합니다.
    .fix = 서버 방화벽에서 포트를 여세요. 예:
        sudo firewall-cmd --permanent --add-port={ $port }/tcp && sudo firewall-cmd --reload
        어느 규칙이 거부하는지는 서버에서 netdoctor server { $port } 명령을 실행하면 알 수 있습니다.

cause-dns-failure-no-such-host = 호스트 이름의 주소를 찾을 수 없음
    .detail = { $host } 호스트의 A 또는 AAAA 레코드가 없습니다.
    .fix = 철자를 확인한 뒤 레코드를 확인하세요: dig { $host }
        새 레코드는 반영되기까지 시간이 걸릴 수 있습니다. 로컬에서만 쓰는 이름이라면 /etc/hosts에 넣는 것이 맞을 수 있습니다.

cause-dns-failure-server-unreachable = DNS 서버가 응답하지 않음
    .detail = 리졸버가 제때 유효한 응답을 받지 못해 { $host } 호스트의 주소를 조회하지 못했습니다.
    .fix = DNS 설정(/etc/resolv.conf 또는 resolvectl status)을 확인하거나, 다른 DNS 서버로 시도해 보세요: dig @1.1.1.1 { $host }

cause-reset-during-handshake = 핸드셰이크 중에 서버가 연결을 리셋함(RST)
    .detail = 서버가 연결은 받았지만, 요청을 보낸 뒤 RST를 보내 연결을 끊었습니다. 서버가 클라이언트를 거부할 때 이렇게 합니다(TLS나 프로토콜 불일치, IP 허용 목록, 서버 크래시).
    .fix = 검사한 시각의 서버 로그를 확인하세요. 클라이언트의 프로토콜({ $scheme }://)이 서버가 { $port }번 포트에서 기대하는 것과 같은지 확인하세요.

cause-reset-on-connect = 연결을 여는 도중에 리셋됨(RST)
    .detail = 연결이 다 열리기 전에 끊겼습니다. 중간 장비나 과부하 걸린 서버 때문인 경우가 많습니다.
    .fix = 다시 시도해 보세요. 계속되면 서버의 accept 백로그와, 중간에 있는 방화벽이나 로드 밸런서를 확인하세요.

cause-reset-closed-without-reply = 서버가 응답 없이 연결을 닫음
    .detail = 서버가 연결을 받은 뒤 한 바이트도 응답하지 않고 닫았습니다. 요청을 이해하지 못하거나 클라이언트를 거부할 때 서버가 이렇게 합니다.
    .fix = 클라이언트의 프로토콜({ $scheme }://)이 서버가 { $port }번 포트에서 기대하는 것과 같은지 확인하세요. 그다음 서버 로그에서 닫힌 연결에 대한 기록을 찾아보세요.

cause-tls-error-certificate-expired = 서버 인증서가 만료됨
    .detail = 클라이언트는 유효 기간이 지난 인증서를 거부합니다.
    .fix = 인증서를 갱신하고(Let's Encrypt라면 sudo certbot renew) 서버를 다시 로드하세요. 유효 기간 확인:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-not-yet-valid = 인증서가 아직 유효하지 않음
    .detail = 인증서의 유효 기간 시작 시각이 이 머신의 시계보다 늦습니다. 대개 이 머신이나 인증서를 발급한 서버, 어느 한쪽의 시계가 틀린 경우입니다.
    .fix = 이 머신의 시계를 확인하고 시간 동기화를 켜세요:
        timedatectl
        sudo timedatectl set-ntp true
    그다음 인증서의 유효 기간과 비교하세요:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-name-mismatch = 인증서의 도메인 이름이 일치하지 않음
    .detail = 인증서에 { $host } 이름이 들어 있지 않아 클라이언트가 인증서를 거부합니다.
    .fix = { $host } 이름이 들어간 인증서를 발급받거나, 인증서에 있는 이름으로 접속하세요. 인증서의 이름 확인:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -ext subjectAltName

cause-tls-error-self-signed = 자체 서명 인증서임
    .detail = 이 인증서는 혼자 쓰도록 만들어졌습니다. 스스로 서명했거나, 개발 도구의 로컬 CA(mkcert, rcgen)가 서명했는데 서버가 그 CA를 보내지 않습니다. 만든 컴퓨터나 그 CA를 설치한 컴퓨터만 신뢰하고, 다른 클라이언트는 모두 거부합니다.
    .fix = 개발용이라면 mkcert로 로컬 CA를 만들어 각 클라이언트 컴퓨터에 설치하고, 그 CA로 발급한 인증서를 서버에 쓰세요:
        mkcert -install
        mkcert { $host }
    지금 서버를 그대로 확인하려면 이번 검사에서만 그 인증서(또는 mkcert의 CA인 $(mkcert -CAROOT)/rootCA.pem)를 신뢰하게 하세요:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 > server.pem
        netdoctor check --ca-file server.pem { $target }
    운영 환경에서는 공인 CA의 인증서를 쓰세요(Let's Encrypt는 무료).

cause-tls-error-untrusted-issuer = 인증서를 발급한 CA를 이 컴퓨터가 신뢰하지 않음
    .detail = 어느 조직의 CA가 서명한 인증서인데, 이 컴퓨터의 신뢰 저장소에도, 대부분의 런타임이 내장한 Mozilla 번들에도 그 CA가 없습니다. 사설·사내 CA이거나, 중간에서 트래픽을 다시 서명하는 TLS 검사 프록시입니다. 그 CA를 설치한 클라이언트는 되고, 나머지는 인증서를 거부합니다.
    .fix = CA 인증서를 구해서(운영하는 쪽에 요청하거나, 이 인증서를 신뢰하는 컴퓨터에서 내보내기) 맞는 CA인지 먼저 확인하세요:
        netdoctor check --ca-file ca.pem { $target }
    그다음 클라이언트가 읽는 곳에 설치하세요. Debian·Ubuntu에서는:
        sudo cp ca.pem /usr/local/share/ca-certificates/private-ca.crt && sudo update-ca-certificates
    아니면 서버에 공인 CA의 인증서를 쓰세요.

cause-tls-error-incomplete-chain = 서버가 중간 인증서를 보내지 않음
    .detail = 서버가 자기 인증서만 보내고, 그 인증서에 서명한 CA 인증서는 보내지 않습니다. 브라우저는 빠진 인증서를 내려받거나 캐시에서 찾아 열리지만, curl·Node.js·Python·Java·Go는 "unable to verify the first certificate"로 실패합니다.
    .fix = 서버가 자기 인증서 뒤에 중간 인증서까지 보내도록(fullchain 파일) 설정하세요. nginx에서는:
        ssl_certificate /etc/letsencrypt/live/{ $host }/fullchain.pem;
    Apache 2.4.8 이상은 SSLCertificateFile에 fullchain 파일을 지정하고, 그보다 오래된 버전은 체인을 따로 지정합니다:
        SSLCertificateChainFile /etc/letsencrypt/live/{ $host }/chain.pem
    Caddy와 Traefik은 직접 발급받은 인증서라면 전체 체인을 알아서 보냅니다. 서버가 무엇을 보내는지는 이렇게 확인하세요:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -showcerts </dev/null

cause-tls-error-client-certificate-required = 서버가 클라이언트 인증서를 요구함
    .detail = 서버가 클라이언트 인증서(상호 TLS)를 요청했고, 인증서가 오지 않자 연결을 끝냈습니다. netdoctor는 내밀 클라이언트 인증서가 없으므로, 이 결과는 서버가 인증서를 요구한다는 사실만 보여 줄 뿐 여러분의 인증서가 통과할지는 알려 주지 않습니다.
    .fix = 서버가 받아들이는 CA(아래 목록)가 발급한 인증서를 클라이언트에 주고, 다음처럼 시험해 보세요:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -cert client.pem -key client.key </dev/null
    이 서버가 인증서를 요구하지 않아야 한다면 설정을 완화하세요(nginx: ssl_verify_client optional; 또는 off).

cause-tls-error-protocol-version = 서로 지원하는 TLS 버전이 없음
    .detail = 서버는 클라이언트가 거부하는 TLS 버전(SSLv3, TLS 1.0, 1.1)만 제공하거나, 그 반대 상황입니다.
    .fix = 서버에서 TLS 1.2와 1.3을 켜세요. nginx 예: ssl_protocols TLSv1.2 TLSv1.3;

cause-tls-error-handshake-failed = TLS 핸드셰이크 실패
    .detail = 서버가 TLS 핸드셰이크 도중 오류를 보내고 중단했습니다.
    .fix = 서버와 클라이언트의 TLS 설정을 비교하세요: openssl s_client -connect { $host }:{ $port } -servername { $host }

cause-error-unexpected = 예상치 못한 오류
    .detail = netdoctor가 무슨 일이 일어났는지 분류하지 못했습니다. 아래 근거는 netdoctor가 관찰한 내용입니다.
    .fix = --timeout 값을 늘려 다시 시도하세요. 계속되면 보고서를 첨부해 이슈를 등록하세요(netdoctor check --json { $target }).

cause-protocol-mismatch-proxy-dropped-upgrade = 리버스 프록시가 WebSocket 업그레이드를 전달하지 않음
    .detail = 서버 앞의 프록시(nginx, Apache, Caddy, Traefik, envoy)가 101 Switching Protocols 대신 { $status }(으)로 응답했습니다. 프록시는 Upgrade와 Connection을 넘기도록 설정하지 않으면 일반 요청으로 전달하고, 뒤의 WebSocket 서버는 그 요청을 거부합니다.
    .fix = 프록시가 { $path } 경로의 업그레이드를 전달하도록 하세요.
        nginx, location 블록 안에:
          proxy_http_version 1.1;
          proxy_set_header Upgrade $http_upgrade;
          proxy_set_header Connection "upgrade";
        Apache (mod_proxy_wstunnel):
          RewriteEngine on
          RewriteCond %{"{"}HTTP:Upgrade{"}"} websocket [NC]
          RewriteRule ^/?(.*) ws://127.0.0.1:8080/$1 [P,L]
          또는 Apache 2.4.47 이상: ProxyPass { $path } http://127.0.0.1:8080{ $path } upgrade=websocket
        Caddy는 기본으로 WebSocket을 전달합니다: reverse_proxy가 WebSocket 포트를 가리키는지 확인하세요.
        Traefik도 기본으로 전달합니다: 헤더(Upgrade, Connection)를 지우는 미들웨어가 없는지 확인하세요.

cause-protocol-mismatch-socketio-endpoint = 서버가 일반 WebSocket이 아니라 Socket.IO를 사용함
    .detail = 응답이 Socket.IO(Engine.IO)의 것입니다. Socket.IO는 WebSocket과 HTTP 롱 폴링 위에 자체 프로토콜을 쓰므로, 일반 WebSocket 클라이언트는 Socket.IO 서버와 통신할 수 없고 그 반대도 마찬가지입니다.
    .fix = { $socketio_at ->
        [prefix] 메이저 버전이 맞는 Socket.IO 클라이언트를 쓰고, 이 서버가 응답하는 경로({ $socketio_path })를 지정하세요. 클라이언트는 기본값으로 /socket.io 경로만 찾습니다:
            JavaScript: npm install socket.io-client 후 io("{ $http_origin }", {"{"} path: "{ $socketio_path }" {"}"})
            Python: pip install "python-socketio[client]" 후 sio.connect("{ $http_origin }", socketio_path="{ $socketio_path }")
            Java: io.socket:socket.io-client, Swift: Socket.IO-Client-Swift, Go: github.com/zishang520/socket.io
            전송 계층만 테스트하려면: { $ws_origin }{ $socketio_path }/?EIO=4&transport=websocket
       *[other] 메이저 버전이 맞는 Socket.IO 클라이언트를 쓰세요:
            JavaScript: npm install socket.io-client 후 io("{ $http_origin }")
            Python: pip install "python-socketio[client]" 후 sio.connect("{ $http_origin }")
            Java: io.socket:socket.io-client, Swift: Socket.IO-Client-Swift, Go: github.com/zishang520/socket.io
            전송 계층만 테스트하려면: { $ws_origin }/socket.io/?EIO=4&transport=websocket
    }

cause-protocol-mismatch-origin-rejected = 서버가 Origin 헤더 때문에 업그레이드를 거부함
    .detail = 업그레이드 요청은 { $status } 응답을 받았지만, 서버 자신의 사이트를 Origin 헤더에 넣어 다시 보내자 받아들여졌습니다. 브라우저는 항상 Origin을 보내므로 서버가 이 값을 허용 목록과 대조하고 있는 것입니다.
    .fix = 클라이언트 페이지의 출처(origin: 브라우저가 보내는 그대로의 scheme://host:port)를 서버의 허용 목록에 추가하세요. 예:
        gorilla/websocket: Upgrader{"{"} CheckOrigin: func(r *http.Request) bool {"{"} return r.Header.Get("Origin") == "https://app.example.com" {"}"} {"}"}
        Socket.IO: new Server(httpServer, {"{"} cors: {"{"} origin: ["https://app.example.com"] {"}"} {"}"})
        Spring: registry.addHandler(handler, "{ $path }").setAllowedOrigins("https://app.example.com")
        브라우저가 아닌 클라이언트는 기대되는 Origin 헤더를 직접 보낼 수 있습니다.

cause-protocol-mismatch-subprotocol = 서버와 클라이언트의 WebSocket 서브프로토콜이 맞지 않음
    .detail = 클라이언트가 제안하지 않은 Sec-WebSocket-Protocol을 서버가 요구하거나 골라서 핸드셰이크가 실패합니다. GraphQL(graphql-transport-ws, graphql-ws), MQTT(mqtt), STOMP(v12.stomp), OCPP(ocpp1.6) 서버가 이렇게 합니다.
    .fix = 서버가 기대하는 서브프로토콜을 제안하세요. 예:
        JavaScript: new WebSocket("{ $scheme }://{ $host }:{ $port }{ $path }", ["graphql-transport-ws"])
        Python websockets: connect(uri, subprotocols=["graphql-transport-ws"])
        websocat: websocat --protocol graphql-transport-ws { $scheme }://{ $host }:{ $port }{ $path }
        또는 서브프로토콜을 제안하지 않는 클라이언트도 서버가 받도록 하세요.

cause-reset-loopback-only-bind-in-container = 컨테이너 안 서버가 127.0.0.1에만 바인딩됨
    .detail = { $holder ->
        [container-proxy] 포트가 연결을 받은 뒤 양쪽 모두 한 바이트도 보내기 전에 바로 닫으며, 이 포트에서 리스닝하는 프로세스는 컨테이너 런타임의 포트 포워더입니다. 포워더는 컨테이너 안의 서버에 닿지 못할 때 이렇게 합니다. 서버가 컨테이너 안에서 127.0.0.1에서 리스닝해 컨테이너 밖에서는 닿지 않거나, 컨테이너 안에서 그 포트를 리스닝하는 프로세스가 아예 없는 경우입니다.
       *[other] 포트 매핑(-p)한 포트가 연결을 받은 뒤 양쪽 모두 한 바이트도 보내기 전에 바로 닫습니다. 컨테이너 안의 프로세스가 127.0.0.1에서 리스닝하면 컨테이너 밖에서는 닿지 않으므로 docker-proxy(또는 다른 포트 포워더)가 이렇게 합니다. 모든 클라이언트를 즉시 끊는 다른 서버도 여기서는 똑같이 보입니다.
    }
    .fix = 컨테이너 안의 서버가 모든 주소에서 리스닝하게 하고, -p로 포트를 매핑하세요:
        docker run -p { $port }:{ $port } image app --host 0.0.0.0 --port { $port }
        Flask: flask run --host 0.0.0.0, uvicorn: --host 0.0.0.0, Vite: --host, Node: server.listen({ $port }, "0.0.0.0")
        확인: docker exec <container> ss -ltnp (127.0.0.1:{ $port } 말고 0.0.0.0:{ $port } 또는 [::]:{ $port } 항목이 보여야 정상)

cause-refused-other-family-works = IPv4/IPv6 중 한쪽은 거부, 다른 쪽은 정상
    .detail = { $families ->
        [both] { $host } 호스트에는 IPv6(AAAA)와 IPv4(A) 주소가 모두 있습니다. 먼저 시도한 주소는 연결을 거부하고, 다른 IP 버전의 주소는 연결을 받습니다. 첫 주소만 시도하는 클라이언트는 실패하고, Happy Eyeballs를 쓰는 클라이언트는 조금 늦게 다른 주소로 넘어갑니다.
        [one] { $host } 이름을 조회하면 한 IP 버전의 주소만 나오고, 그 주소는 연결을 거부합니다. 이 컴퓨터의 다른 IP 버전 주소에서는 같은 포트가 연결을 받습니다. 서버는 한 IP 버전에서만 리스닝하고, 이름은 다른 버전을 가리킵니다.
       *[literal] { $host } 주소는 연결을 거부하지만, 이 컴퓨터의 다른 IP 버전 주소에서는 같은 포트가 연결을 받습니다. 서버가 한 IP 버전에서만 리스닝하고 있습니다. { $host } 주소로 접속하는 클라이언트는 실패합니다.
    }
    .fix = { $families ->
        [both] 서버가 두 IP 버전 모두에서 리스닝하게 하세요: [::]:{ $port }(듀얼 스택), 또는 0.0.0.0:{ $port } 및 [::]:{ $port } 둘 다. 아니면 아무것도 리스닝하지 않는 IP 버전의 DNS 레코드를 지우세요(dig AAAA { $host }, dig A { $host }).
            클라이언트 쪽에서는 동작하는 주소로 직접 접속하거나, (Node.js) dns.setDefaultResultOrder("ipv4first") / net.connect({"{"} autoSelectFamily: true {"}"})를 쓰세요.
       *[other] 서버가 두 IP 버전 모두에서 리스닝하게 하세요: [::]:{ $port }(듀얼 스택), 또는 0.0.0.0:{ $port } 및 [::]:{ $port } 둘 다. 아니면 클라이언트가 연결을 받는 주소(위에 표시)로 접속하게 하세요.
    }

cause-timeout-other-family-works = IPv4/IPv6 중 한쪽은 응답 없음, 다른 쪽은 정상
    .detail = { $families ->
        [both] { $host } 호스트에는 IPv6(AAAA)와 IPv4(A) 주소가 모두 있습니다. 먼저 시도한 주소는 응답이 없고, 다른 IP 버전의 주소는 정상입니다. 첫 주소만 시도하는 클라이언트는 시간 초과로 실패하고, 나머지도 제한 시간이 지나야 다른 주소로 넘어갑니다.
        [one] { $host } 이름을 조회하면 한 IP 버전의 주소만 나오고, 그 주소는 응답이 없습니다. 이 컴퓨터의 다른 IP 버전 주소에서는 같은 포트가 정상입니다.
       *[literal] { $host } 주소는 응답이 없지만, 이 컴퓨터의 다른 IP 버전 주소에서는 같은 포트가 정상입니다. 무언가가 이 IP 버전만 막고 있습니다.
    }
    .fix = { $families ->
        [both] 문제가 있는 IP 버전을 고치세요: 방화벽에서 그 IP 버전의 포트를 열거나 라우팅 경로를 확인하세요(ip -6 route, ping -6 { $host }). 그 IP 버전에 동작하는 주소가 없다면 해당 DNS 레코드를 지우세요(dig AAAA { $host }, dig A { $host }).
            클라이언트 쪽에서는 동작하는 IP 버전을 우선하세요(curl -4 / -6, Node.js dns.setDefaultResultOrder("ipv4first")).
       *[other] 문제가 있는 IP 버전을 고치세요: 방화벽에서 그 IP 버전의 포트를 열거나(ip6tables -L / iptables -L) 라우팅 경로를 확인하세요(ip -6 route). 아니면 클라이언트가 동작하는 주소(위에 표시)로 접속하게 하세요.
    }
