# 서버 자신의 응답이 아닌 응답에서 읽은 원인: 백엔드가 죽은 프록시, 리다이렉트, HTTP/2 프레임.

cause-error-proxy-upstream-down = 리버스 프록시가 응답함: 뒤의 백엔드가 내려가 있음
    .detail = { $target } 요청에 돌아온 것은 프록시 자체의 오류 페이지({ $status })입니다. 앞단의 프록시나 로드 밸런서는 살아 있지만 뒤의 애플리케이션에서 응답을 받지 못했습니다.
    .fix = 백엔드를 시작하거나 프록시가 전달하는 주소를 고치세요(nginx: proxy_pass, HAProxy: server 줄). 그다음 프록시의 오류 로그를 보세요. 예:
        sudo tail -n 20 /var/log/nginx/error.log
cause-protocol-mismatch-redirect = 서버가 리다이렉트하지만 WebSocket 클라이언트는 리다이렉트를 따라가지 않음
    .detail = { $target } 서버가 업그레이드 요청에 101 대신 { $status } 응답을 보냈습니다. 브라우저와 WebSocket 라이브러리는 업그레이드 중의 리다이렉트를 실패로 처리합니다.
    .fix = Location 헤더의 주소(증거 참고)로 직접 접속하세요. https://로 보내는 리다이렉트라면 클라이언트가 wss://를 써야 합니다.
cause-protocol-mismatch-http2-only = 서버가 HTTP/2(사전 지식 방식)만 사용함, 예: gRPC
    .detail = { $scheme ->
        [http] { $peer } 주소의 서버가 HTTP/1.1 요청에 HTTP/2 프레임으로 답했습니다. gRPC 클라이언트처럼 처음부터 HTTP/2로 시작하는 클라이언트를 기대하므로, HTTP/1.1 클라이언트는 이 서버와 통신할 수 없습니다.
        [https] { $peer } 주소의 서버가 HTTP/1.1 요청에 HTTP/2 프레임으로 답했습니다. gRPC 클라이언트처럼 처음부터 HTTP/2로 시작하는 클라이언트를 기대하므로, HTTP/1.1 클라이언트는 이 서버와 통신할 수 없습니다.
       *[other] { $peer } 주소의 서버가 HTTP/1.1 요청에 HTTP/2 프레임으로 답했습니다. gRPC 클라이언트처럼 처음부터 HTTP/2로 시작하는 클라이언트를 기대하므로, HTTP/1.1 위의 WebSocket은 여기서 동작할 수 없습니다.
    }
    .fix = { $scheme ->
        [http] 이 포트에는 HTTP/2 클라이언트를 쓰거나(curl --http2-prior-knowledge { $target }, gRPC라면 grpcurl -plaintext { $host }:{ $port } list), 클라이언트를 HTTP/1.1을 제공하는 포트로 돌리세요.
        [https] 이 포트에는 HTTP/2나 gRPC 클라이언트를 쓰거나(gRPC라면 grpcurl { $host }:{ $port } list), 클라이언트를 HTTP/1.1을 제공하는 포트로 돌리세요.
       *[other] 이 포트에는 HTTP/2나 gRPC 클라이언트를 쓰거나(grpcurl -plaintext { $host }:{ $port } list), WebSocket 클라이언트를 WebSocket을 제공하는 포트로 돌리세요.
    }

evidence-proxy-header = 응답이 프록시를 거쳐 옴: { $name }: { $value }
evidence-proxy-error-page = 본문이 { $proxy } 프록시의 기본 오류 페이지임
evidence-redirect = { $status } 리다이렉트, 대상: { $location }
evidence-http2-settings = 응답이 HTTP/1.1 상태 줄이 아니라 HTTP/2 SETTINGS 프레임으로 시작함
evidence-http2-goaway = 서버가 HTTP/2 GOAWAY로 연결을 닫음: { $text }
evidence-grpc-frames = 프레임에 gRPC의 표시가 있음: { $sign }
evidence-reply-stalled = 응답이 HTTP처럼 시작했지만 헤더가 끝나기 전 { $count }바이트에서 멈춤: 서버(또는 앞단 프록시)가 응답 도중 멈춰 있음
evidence-reply-stalled-closed = 응답이 HTTP처럼 시작했지만 헤더가 끝나기 전 { $count }바이트에서 연결이 닫힘: 서버(또는 앞단 프록시)가 응답 도중 포기함
evidence-socketio-answers-at = { $at ->
        [prefix] 같은 오리진의 { $path } 경로에서 Engine.IO 핸드셰이크 응답이 옴: 일반 WebSocket 클라이언트 대신 Socket.IO 클라이언트로 오리진에 접속하되, path 옵션을 { $mount } 경로로 지정하세요(기본값으로는 /socket.io/만 찾음)
       *[other] 같은 오리진의 { $path } 경로에서 Engine.IO 핸드셰이크 응답이 옴: 일반 WebSocket 클라이언트 대신 Socket.IO 클라이언트로 오리진에 접속하세요(/socket.io/는 클라이언트가 직접 붙임)
    }
