## 판정: 짧은 라벨

verdict-ok = 정상
verdict-refused = 연결 거부
verdict-timeout = 연결 시간 초과
verdict-addr-not-available = 주소 할당 불가
verdict-protocol-mismatch = 프로토콜 불일치
verdict-unreachable = 도달 불가
verdict-dns-failure = DNS 조회 실패
verdict-reset = 연결 리셋
verdict-tls-error = TLS 오류
verdict-error = 오류

## 판정: 이 엔드포인트에 대한 한 문장 요약
## 변수: $target, $host, $port, $path, $scheme, $peer, $status, $ms

summary-ok = { $target } 엔드포인트가 { $scheme } 서버로서 정상 응답했습니다.
summary-refused = { $peer } 주소에서 연결을 거부했습니다. 그 주소의 { $port }번 포트에서 연결을 받는 프로세스가 없습니다.
summary-timeout = { $peer } 주소에서 { $ms }ms 안에 응답이 없습니다. { $port }번 포트로 보낸 패킷이 중간에 버려지거나 도착하지 못하고 있습니다.
summary-addr-not-available = 이 머신에서 { $peer } 주소로 연결할 로컬 포트(임시 포트)를 할당하지 못했습니다.
summary-protocol-mismatch = { $peer } 주소에 연결은 됐지만, 그 서버는 { $scheme ->
        [ws] WebSocket
        [wss] TLS 기반 WebSocket
        [http] HTTP
        [https] HTTPS
       *[other] { $scheme }
    } 프로토콜을 쓰지 않습니다.
summary-unreachable = 이 머신에서 { $host } 호스트로 가는 라우팅 경로가 없습니다.
summary-dns-failure = { $host } 이름에 해당하는 주소가 없습니다.
summary-reset = { $peer } 주소에서 연결을 받은 뒤 제대로 응답하지 않고 연결을 끊었습니다.
summary-tls-error = { $peer } 서버와의 TLS 핸드셰이크에 실패했거나, 서버 인증서가 검증을 통과하지 못합니다.
summary-error = { $target } 검사 중 예상치 못한 오류가 발생했습니다.

## 검사 중에 표시되는 단계 (표의 판정 칸에는 단독으로, 세부 정보 창에는 “…”를 붙여 표시)

phase-resolving = DNS 조회 중
phase-connecting = 연결 중
phase-tls = TLS 협상 중
phase-handshake = 핸드셰이크 중
phase-follow-up = 추가 검사 중

## 근거 항목

evidence-connect-failed = { $addr } 연결: { $error ->
        [refused] 연결 거부
        [timed-out] 시간 초과
        [addr-not-available] 요청한 주소를 할당할 수 없음
        [net-unreachable] 네트워크에 도달할 수 없음
        [host-unreachable] 호스트로 가는 경로 없음
        [reset] 연결 리셋
        [aborted] 연결 중단
        [closed] 상대방이 연결을 닫음
       *[other] 실패
    } (OS 오류 { $code })
evidence-connect-timed-out = { $addr } 연결: { $ms }ms 안에 응답 없음
evidence-alternate-accepts = { $addr } 주소에서는 같은 포트로 연결이 됨
evidence-ports-open = { $ip } 주소의 { $count ->
       *[other] { $ports }번 포트는 연결을 받음
    }
evidence-ports-refused = { $ip } 주소의 { $count ->
       *[other] { $ports }번 포트에서 거부 응답이 옴(호스트는 살아 있음)
    }
evidence-ports-silent = { $ip } 주소의 { $count ->
       *[other] 다른 포트 { $count }개({ $ports })에서도 응답 없음
    }
evidence-resolved = { $name } 조회 결과: { $addrs }
evidence-dns-mismatch = { $name } 조회 결과는 { $resolved }, 예상한 주소는 { $expected }
evidence-no-such-host = { $server ->
        [system] 시스템 리졸버에 { $name } 호스트의 주소가 없음
       *[other] DNS 서버({ $server })에 { $name } 호스트의 주소가 없음
    }
evidence-dns-timed-out = { $server ->
        [system] 시스템 리졸버에서 제때 응답이 없음
       *[other] DNS 서버({ $server })에서 제때 응답이 없음
    }
evidence-dns-error = 리졸버 오류: { $message }
evidence-proxy-variable = 프록시 설정이 있음: { $var } = { $value }
evidence-fake-ip = { $ip } 주소는 { $range } 대역에 있음. TUN 모드 프록시 도구가 가짜 IP(fake-ip)로 나눠 주는 대역임
evidence-cdn-header = 응답 헤더 { $name }: { $value } (앞단에 CDN 또는 프록시가 있음)
evidence-cdn-address = { $ip } 주소는 내 서버가 아니라 CDN({ $range })에 속함
evidence-cdn-port-not-proxied = CDN은 { $ports } 포트만 전달하며, { $port } 포트는 여기에 없음
evidence-cdn-origin-error = CDN이 자체 오류 페이지로 { $status } 응답을 보냄: 원본 서버에서 응답을 받지 못함
evidence-private-address = { $ip } 주소는 사설 주소({ $range })인데, 이 머신에는 그 네트워크에 속한 인터페이스가 없음 (로컬 주소: { $interfaces })
evidence-port-range = 로컬 포트 범위: { $low }–{ $high } ({ $count }개)
evidence-sockets-to-destination = { $count ->
       *[other] 이 머신에서 { $dest } 주소로 연결된 소켓: { $count }개
    }
evidence-time-wait-sockets = { $count ->
       *[other] TIME_WAIT 상태인 소켓: { $count }개
    }
evidence-no-port-census = 이 시스템은 소켓 테이블을 제공하지 않아 로컬 포트 사용량을 셀 수 없음
evidence-http-status = 서버 응답: { $status }
evidence-http-header = 응답 헤더 { $name }: { $value }
evidence-upgrade-requested = 요청에 Upgrade: websocket 헤더를 넣었음. WebSocket 서버라면 101 Switching Protocols로 응답함
evidence-non-http-reply = { $kind ->
        [ssh] 서버가 SSH 배너를 보냄: { $line }
        [smtp] 서버가 SMTP 배너를 보냄: { $line }
        [ftp] 서버가 FTP 배너를 보냄: { $line }
        [redis] 서버가 Redis처럼 응답함: { $line }
        [mysql] 서버가 MySQL 배너를 보냄: { $line }
        [mail] 서버가 메일 서버 배너를 보냄: { $line }
       *[text] 서버가 HTTP가 아닌 텍스트를 보냄: { $line }
    }
evidence-binary-reply = { $count ->
       *[other] 서버가 HTTP가 아닌 바이너리 데이터 { $count }바이트를 보냄
    }
evidence-tls-record-reply = 평문 요청에 서버가 TLS 레코드로 응답함
evidence-tls-works-on-port = { $addr } 주소에서는 TLS 핸드셰이크가 성공함
evidence-plain-reply-to-tls = TLS ClientHello에 서버가 평문으로 응답함: { $line }
evidence-plain-works-on-port = { $addr } 주소에 평문으로 요청하면 받는 응답: { $line }
evidence-silence = { $ms }ms 동안 아무 응답 없음
evidence-reset-after-request = { $count ->
        [0] 요청을 보내기도 전에 서버가 연결을 리셋함(RST)
       *[other] 요청을 { $count }바이트 보낸 뒤 서버가 연결을 리셋함(RST)
    }
evidence-closed-without-reply = { $count ->
        [0] 서버가 한 바이트도 보내지 않고 연결을 닫음
       *[other] 서버가 응답을 한 바이트도 돌려주지 않고 연결을 닫음
    }
evidence-tls-alert = 서버가 보낸 TLS 경고(alert): { $alert }
evidence-certificate-problem = 인증서 검사: { $detail }
evidence-certificate-issued = 인증서 주체 { $subject }, 발급자 { $issuer }
evidence-certificate-self-signed = 자체 서명 인증서: 주체({ $subject })가 직접 발급한 인증서라 어떤 신뢰 저장소에도 없음
evidence-certificate-untrusted-issuer = 발급자({ $issuer })가 신뢰 저장소에 없음(사설 CA라면 --ca-file 옵션으로 그 CA를 신뢰하게 할 수 있음)
evidence-certificate-self-signed-ca = CA로 표시되어 있어(CA:TRUE, openssl req -x509의 기본값) 클라이언트가 서버 인증서로도 거부함
evidence-certificate-dev-ca = 발급자: { $issuer } (로컬 CA, 만든 도구: { $tool }). 이 CA를 설치한 컴퓨터만 신뢰하며, 서버는 이 CA를 보내지 않음
evidence-certificate-inspection = { $issuer }: TLS 검사 제품의 CA (제품: { $product }). 중간의 프록시가 트래픽을 복호화한 뒤 다시 서명함
evidence-certificate-issuer-not-sent = 서버 인증서에 서명한 { $issuer } 인증서를 서버가 보내지 않음. 인증서에 적힌 다운로드 주소: { $url }
evidence-trusted-by-os-only = 체인의 끝은 { $issuer }: 이 컴퓨터의 신뢰 저장소에는 있고 Mozilla 번들에는 없음
evidence-client-certificate-requested = { $count ->
        [0] 서버가 클라이언트 인증서를 요청했으며, 받아들이는 CA는 밝히지 않음
       *[other] 서버가 클라이언트 인증서를 요청함. 받아들이는 CA { $count }개: { $names }
    }
evidence-certificate-expires-soon = { $count ->
        [0] 오늘 만료 (만료 시각: { $until })
       *[other] { $count }일 뒤 만료 (만료 시각: { $until })
    }
evidence-certificate-names = { $count ->
       *[other] 인증서의 이름 { $count }개: { $names }, URL의 호스트: { $host }
    }
evidence-certificate-no-names = 인증서에 subjectAltName이 없음: 클라이언트는 CN을 보지 않으므로 { $host } 호스트를 포함해 어떤 이름과도 맞지 않음
evidence-certificate-validity = 유효 기간 { $from } ~ { $until }
evidence-certificate-expired-ago = { $count ->
        [0] 오늘 만료됨 ({ $until })
       *[other] { $count }일 전 만료됨 ({ $until })
    }
evidence-certificate-not-yet-valid = 유효 기간 시작: { $from }, 검사 시각: { $now }. 어느 한쪽의 시계가 틀림
evidence-tls-server-version = 서버가 고른 버전: { $version }. netdoctor는 최신 클라이언트와 마찬가지로 TLS 1.2와 1.3만 지원함
evidence-tls-version-alert = 서버가 TLS 1.2와 1.3 제안에 protocol_version 경고(alert)로 응답: 둘 다 지원하지 않음
evidence-upgrade-rejected = 업그레이드 응답 검증 실패: { $detail }
evidence-reply-truncated = { $count ->
       *[other] 응답이 { $count }바이트에서 잘림
    }
evidence-windows-retried-refused = Windows는 거부된 연결을 약 2초 동안 재시도한 뒤에 오류를 보고함
evidence-cannot-tell-apart = 클라이언트 쪽에서는 호스트 방화벽, 클라우드 보안 그룹, 패널 방화벽을 구분할 수 없음. 셋 다 패킷을 조용히 버림
evidence-message = { $text }
evidence-reverse-proxy-header = 응답 헤더 { $name }: { $value } — 리버스 프록시가 응답했음을 보여 줌
evidence-upgrade-lost = 요청에 업그레이드가 있었는데도 응답이 WebSocket 업그레이드를 요구함({ $hint }): Upgrade와 Connection이 도중에 사라짐
evidence-socketio-reply = 응답 본문이 Engine.IO(Socket.IO의 전송 계층)의 것임: { $body }
evidence-socketio-path = Socket.IO 서버가 응답하는 경로: { $path }
evidence-origin-retry = { $origin ->
        [none] Origin 헤더 없이
       *[other] Origin: { $origin }(으)로
    } 보낸 업그레이드의 응답: { $status ->
        [none] HTTP 응답 없음
       *[other] { $status }
    }
evidence-subprotocol-hint = 응답에 서브프로토콜 지정이 있음: { $hint }
evidence-subprotocol-unrequested = 클라이언트가 제안하지 않은 서브프로토콜({ $protocol })을 서버가 골라서 클라이언트가 업그레이드를 거부함
evidence-hang-up-on-accept = { $addr } 주소로 두 번째 연결을 맺자 서버가 받아들인 뒤, 어느 쪽도 한 바이트도 보내기 전에 바로 닫음
evidence-other-family-works = { $addr }({ $family })는 연결을 받고, 그쪽에서는 검사가 성공함
evidence-first-address-only = { $addr }({ $family })를 먼저 시도함: 다음 주소로 넘어가지 않는 클라이언트(Happy Eyeballs 없음)는 실패함

## 대상 오류 (명령줄과 URL 입력란)
## 변수: $target (입력한 텍스트), $value (문제가 된 부분)

target-error-empty = 대상이 비어 있습니다. ws://127.0.0.1:8080/chat 같은 URL을 입력하세요.
target-error-too-long = { $target }: 길이가 { $value }자나 됩니다. URL로 보기에는 너무 깁니다.
target-error-control-character = 대상에 제어 문자(줄바꿈 등)가 들어 있습니다. URL만 붙여 넣으세요.
target-error-missing-scheme = { $target }: 스킴이 없습니다. tcp://, ws://, wss://, http://, https:// 중 하나로 시작하세요.
target-error-unknown-scheme = { $target }: 알 수 없는 스킴 “{ $value }”. tcp, ws, wss, http, https 중 하나를 쓰세요.
target-error-empty-host = { $target }: 스킴 뒤에 호스트가 없습니다.
target-error-invalid-host = { $target }: “{ $value }” 부분이 올바른 호스트 이름이나 IP 주소가 아닙니다.
target-error-invalid-port = { $target }: “{ $value }” 부분이 포트 번호가 아닙니다. 1~65535 범위의 숫자를 쓰세요.
target-error-port-zero = { $target }: 0번 포트로는 연결할 수 없습니다. 1~65535 범위의 숫자를 쓰세요.
target-error-missing-port = { $target }: tcp://에는 포트가 필요합니다. 예: tcp://db.example.com:5432
target-error-malformed = { $target }: 올바른 URL이 아닙니다 ({ $value }).

## 명령줄

cli-about = 클라이언트가 서버에 연결하지 못하는 이유와 해결 방법을 알려 줍니다.
cli-help-lang = 언어: en, ko, ja, ru, pt (기본값: 시스템 언어)
cli-help-check = 창 없이 엔드포인트를 검사하고 진단 결과를 출력합니다
cli-help-targets = 엔드포인트 URL: tcp://, ws://, wss://, http://, https://
cli-help-json = 텍스트 대신 JSON 문서 하나로 출력합니다
cli-help-timeout = 단계별(연결, TLS, 핸드셰이크) 제한 시간(밀리초)
cli-help-expect-ip = 호스트 이름이 가리켜야 하는 주소 (여러 번 지정 가능)
cli-help-dns-server = 시스템 리졸버 대신 이 DNS 서버로 이름을 조회합니다
cli-help-profile = 프로필 파일에 저장된 엔드포인트를 모두 검사합니다
cli-help-concurrency = 동시에 검사할 대상 수
cli-help-report = 공유용 보고서도 함께 저장합니다 (.html, .md, .json)
cli-help-no-followups = 원인을 가려내는 추가 검사를 건너뜁니다
cli-help-ca-file = 이 PEM 파일의 인증서도 신뢰합니다(사설 CA나 개발용 CA)
cli-error-usage = 사용법: netdoctor check [OPTIONS] <TARGET>... (netdoctor check --help 참고)
cli-error-unknown-argument = 알 수 없는 옵션: { $arg }. netdoctor check --help를 참고하세요.
cli-error-unknown-command = 알 수 없는 명령: { $value }. netdoctor check { $value } 명령을 입력하려고 하셨습니까?
cli-error-invalid-value = { $arg } 옵션에 잘못된 값: “{ $value }”
cli-error-missing-value = { $arg } 옵션에 값이 필요합니다.
cli-error-conflict = { $arg } 옵션은 함께 지정한 다른 옵션과 같이 쓸 수 없습니다.
cli-error-no-targets = 대상이 없습니다. URL을 하나 이상 지정하세요. 예: netdoctor check ws://127.0.0.1:8080/
cli-error-report-write = { $path } 파일에 보고서를 저장할 수 없습니다: { $error }
cli-error-runtime = 검사 엔진을 시작할 수 없습니다: { $error }
cli-error-ca-file = { $path } 파일을 CA 파일로 쓸 수 없습니다: { $error }
cli-note-concurrency-reduced = 열린 파일 수 제한({ $limit }) 때문에 한 번에 대상 { $count }개만 검사합니다. 나머지는 차례를 기다립니다. 제한을 늘리려면: ulimit -n 65536
cli-progress = { $total }개 중 { $done }개 검사 완료
cli-duration = { $ms }ms
cli-fix-label = 해결:
cli-tally = { $failed ->
        [0] { $total ->
               *[other] 검사한 엔드포인트 { $total }개에 문제가 없습니다.
            }
       *[other] { $total }개 중 { $failed }개 실패.
    }

## 데스크톱 앱

gui-unavailable = 이 netdoctor 빌드에는 데스크톱 앱이 없습니다. 다음 명령을 쓰세요: netdoctor check <URL>

evidence-nothing-listens = 이 컴퓨터에서 포트 { $port }을(를) 리스닝하는 프로세스가 없음
evidence-listens-only-on = { $who ->
    [known] 프로세스 { $owner }: { $addr } 주소에서만 리스닝
   *[unknown] 이 사용자가 볼 수 없는 프로세스: { $addr } 주소에서만 리스닝
}
evidence-listens-nearby = { $who ->
    [known] 프로세스 { $owner }: { $addr } 주소에서 리스닝
   *[unknown] 이 사용자가 볼 수 없는 프로세스: { $addr } 주소에서 리스닝
}
evidence-container-proxy-listens = 프로세스 { $owner }: { $addr } 주소를 점유 중. 컨테이너 런타임이 이 포트를 컨테이너로 전달함
local-listeners-heading = 이 컴퓨터에서 리스닝 중
local-listeners-none = 이 컴퓨터에서 포트 { $port }을(를) 리스닝하는 프로세스가 없습니다.
local-listener-unknown-owner = 이 사용자에게는 소유자가 보이지 않음
server-hint-heading = 서버에서 확인하기
server-hint-intro = 연결을 받아야 하는 서버 컴퓨터에서 다음 중 하나를 실행하세요:
server-hint-inspect = 그 포트의 리스너, 로컬 연결, 방화벽 규칙을 보여 줌
server-hint-respond = 서버를 멈춘 동안 그 포트에서 대신 응답해 네트워크 경로를 시험함
## 사용자가 지정한 파일 읽기, 검사 전 옵션 확인
file-kind-directory = 폴더
file-kind-fifo = 이름 있는 파이프
file-kind-device = 장치
file-kind-other = 특수 파일
file-error-not-regular = 일반 파일이 아닙니다(종류: { $kind })
file-error-too-large = 이 종류의 파일 한도인 { $mib }MiB보다 큽니다
file-error-utf8 = 올바른 UTF-8 텍스트가 아닙니다
report-path-no-folder = 폴더가 존재하지 않습니다
report-path-is-folder = 파일이 아니라 폴더입니다
report-path-not-writable = 폴더에 쓸 권한이 없습니다
ca-file-no-certificate = PEM 인증서가 하나도 들어 있지 않습니다
cli-error-watch-count-needs-watch = --watch-count 옵션은 --watch SECONDS 옵션과 함께 써야 합니다.
cli-warning-unknown-lang = 알 수 없는 언어입니다: “{ $tag }”. 사용할 수 있는 언어: { $list }. 지금은 { $used } 언어로 표시합니다.
