# 경고: 여기서는 동작하지만 모든 클라이언트에서 동작하지는 않는(또는 곧 멈출) 엔드포인트.
# 원인과 같은 모양: 메시지가 제목이고 .detail과 .fix가 속성입니다.

report-warning = 경고
report-warnings = 경고

warn-first-address-fails = 호스트 { $host }: 첫 주소는 실패하고 뒤의 주소는 동작함
    .detail = 호스트 이름 { $host } 하나가 여러 주소로 풀립니다. netdoctor는 다음 주소로 넘어가는 클라이언트처럼 뒤의 주소로 연결했지만, 먼저 시도한 주소는 포트 { $port } 연결을 받지 않습니다. 첫 주소만 쓰는 클라이언트는 실패합니다.
    .fix = 이름이 가리키는 모든 주소에서 서버가 리스닝하게 하세요(localhost라면 [::1]과 127.0.0.1 둘 다. 예: [::]:{ $port } 듀얼 스택). 아니면 클라이언트가 동작하는 주소로 접속하게 하세요.
        Node.js: dns.setDefaultResultOrder("ipv4first") 또는 net.connect({"{"} autoSelectFamily: true {"}"}).


warn-certificate-expires-soon = 곧 만료되는 인증서: { $host }
    .detail = 인증서는 지금은 통하지만 2주 안에 만료됩니다. 자동 갱신(certbot, cert-manager, Caddy)은 30일 전에 갱신하므로, 보통은 갱신이 계속 실패하고 있다는 뜻입니다.
    .fix = 인증서를 갱신하고 서버를 다시 불러온 뒤, 자동 갱신이 왜 멈췄는지 확인하세요(Let's Encrypt라면):
        sudo certbot renew --dry-run
    서버가 보내는 인증서의 날짜는 다음으로 확인합니다:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

warn-trusted-by-os-only = 이 컴퓨터의 신뢰 저장소에서만 통하는 인증서: { $host }
    .detail = 체인의 끝에 있는 CA가 이 컴퓨터의 OS 저장소에는 있지만 Mozilla 번들에는 없습니다. 여기서 브라우저와 curl은 되지만, 자체 번들을 읽는 Node.js, Python(requests, certifi), Java, Linux 컨테이너의 Go는 "unable to get local issuer certificate"로 실패합니다.
    .fix = 각 런타임에 CA 인증서(ca.pem, 이 컴퓨터의 저장소에서 내보내기)를 알려 주세요:
        Node.js: NODE_EXTRA_CA_CERTS=/path/to/ca.pem node app.js
        Python: REQUESTS_CA_BUNDLE=/path/to/ca.pem (requests) 또는 SSL_CERT_FILE=/path/to/ca.pem (ssl, httpx)
        keytool -importcert -alias private-ca -file ca.pem -cacerts -storepass changeit
    컨테이너라면 이미지 안에서 ca.pem을 /usr/local/share/ca-certificates/에 복사하고 update-ca-certificates를 실행하세요.

evidence-first-address-refused-clients = 첫 주소로만 접속하는 클라이언트는 { $addr } 주소에서 멈추고 실패합니다: Node.js 17~19(그 이후 버전도 autoSelectFamily를 끄면)는 ECONNREFUSED { $ip } 오류를 내고, Java의 new Socket(host, port)도 마찬가지입니다. 브라우저, curl, Go, Python, Rust는 다음 주소를 시도해 연결합니다.
evidence-first-address-silent-clients = 첫 주소로만 접속하는 클라이언트는 { $addr } 주소에서 타임아웃까지 기다립니다: Node.js 17~19(그 이후 버전도 autoSelectFamily를 끄면), Java의 new Socket(host, port). Python과 Rust는 자체 타임아웃이 지난 뒤에야 다음 주소를 시도하고, 브라우저, curl, Go는 잠시 뒤 다른 주소로 넘어갑니다.

warn-netdoctor-responder = 실제 서버가 아니라 netdoctor 응답기임: 이 포트({ $port })까지의 네트워크 경로는 열려 있음
    .detail = 상대가 자신을 netdoctor server --respond라고 밝혔습니다. 여기서 연결이 닿았으므로 이 컴퓨터와 호스트 { $host } 사이에서 포트 { $port }을(를) 막는 것은 없습니다.
    .fix = 응답기를 멈추고(Ctrl+C) 같은 포트({ $port })에서 서버를 실행하세요. 그래도 클라이언트가 실패한다면 원인은 네트워크가 아니라 서버 프로세스나 바인드 설정입니다.

evidence-netdoctor-responder = 상대가 스스로 밝힌 이름: { $sign }
