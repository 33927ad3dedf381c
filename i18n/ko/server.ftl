# netdoctor server: 이 머신에서 원격 클라이언트가 겪게 될 일과 응답기.

server-port = 포트 { $port }
server-host = 이 머신({ $os }) 주소: { $addresses }
server-listening = { $owner } 프로세스가 { $socket } 주소에서 대기 중
server-listening-unknown = 어떤 프로세스가 { $socket } 주소에서 대기 중(어느 프로세스인지는 sudo로 실행하면 보입니다)
server-not-listening = { $port }번 포트에서 대기 중인 프로세스가 없습니다.
server-connect = 이 머신에서 접속해 본 결과: { $results }
server-connect-ok = 연결됨
server-connect-refused = 거부됨
server-connect-timeout = 응답 없음
server-connect-unreachable = 도달 불가
server-connect-error = 실패
server-firewall-heading = { $port }번 포트의 새 연결에 적용되는 방화벽 규칙:
server-firewall-none = 들어오는 연결을 거르는 방화벽 규칙이 이 머신에는 없습니다.
server-rule-conditional = 일부 클라이언트에만 적용
server-fix = 해결:
server-tally = 포트 { $total }개 점검, { $failed ->
    [0] 실패할 포트 없음
   *[other] { $failed }개는 실패함
}
server-ok-reachable = 원격 클라이언트가 { $port }번 포트에 접속할 수 있습니다. 대기 중인 프로세스가 있고, 이 머신의 어떤 규칙도 막지 않습니다.
server-ok-partly-read = { $port }번 포트에는 대기 중인 프로세스가 있고, 읽을 수 있었던 방화벽 규칙 중에는 막는 것이 없습니다. 다만 읽지 못한 방화벽이 있습니다.
server-ok-outside = 그런데도 클라이언트가 시간 초과로 실패한다면 막는 곳은 이 머신 밖입니다. 클라우드 보안 그룹이나 방화벽, 네트워크 ACL, 라우팅을 의심하세요. 클라우드 콘솔(AWS 보안 그룹, Azure NSG, GCP VPC 방화벽, 알리바바·텐센트 클라우드 보안 그룹)에서 이 포트의 인바운드 규칙을 확인한 뒤, 클라이언트에서 다음 명령으로 경로를 추적해 보세요: mtr -T -P { $port } { $address }
server-ev-nothing-listens = 이 머신의 { $port }번 포트에서 대기 중인 소켓이 없습니다.
server-ev-nearest = 근처에서 대기 중인 포트: { $list }
server-ev-loopback-only = { $owner } 프로세스가 { $socket } 주소에서만 대기하고 있어 원격 클라이언트는 닿을 수 없습니다.
server-ev-connect-ok = 이 머신에서 { $address } 주소로 접속하면 연결됩니다.
server-ev-rule = { $source }({ $table } { $chain }) 규칙의 판정은 { $action }: { $rule }
server-ev-rejects-prohibited = 이 규칙은 ICMP "prohibited"로 응답하므로 클라이언트는 곧바로 "No route to host" 오류를 받습니다.
server-ev-rejects-refused = 이 규칙은 port-unreachable 또는 TCP 리셋으로 응답하므로 클라이언트는 곧바로 "Connection refused" 오류를 받습니다.
server-ev-panel = 이 머신에 { $panel } 패널이 설치되어 있고({ $path }), 패널이 열린 포트 목록을 따로 관리합니다. 그 목록은 읽지 않았습니다.
server-ev-needs-root = { $tool } 도구는 root 권한 없이 읽을 수 없어 그 규칙은 이 결과에 반영되지 않았습니다. 다음 명령으로 실행하세요: sudo netdoctor server { $port }
server-ev-read-failed = { $tool } 도구를 읽지 못해({ $error }) 그 규칙은 이 결과에 반영되지 않았습니다.
server-ev-not-on-platform = 이 플랫폼에서는 { $firewall } 설정을 읽지 않습니다. 직접 확인하세요.
server-fix-start = { $port }번 포트에서 서버를 시작하거나, 서버가 실제로 대기 중인 포트로 클라이언트를 접속시키세요.
server-fix-bind = 서버가 { $current } 대신 0.0.0.0:{ $port }(IPv6는 [::]:{ $port })에서 대기하도록 설정한 뒤(예: --host 0.0.0.0 또는 bind = "0.0.0.0:{ $port }") 다시 시작하세요.
server-fix-open = 포트를 여세요: { $command }
server-fix-panel = { $panel } 웹 화면에서 { $port }번 포트를 여세요(보안 → 방화벽 → 포트 추가). 그래야 패널이 다시 닫지 않습니다. 시스템 방화벽 명령은 다음과 같습니다: { $command }
server-respond-ready = netdoctor 응답기가 { $ports }번 포트에서 준비되었습니다(모든 IPv4·IPv6 주소). 멈추려면 Ctrl+C를 누르세요.
server-respond-stopped = netdoctor 응답기를 멈췄습니다.
server-error-port = "{ $value }" 값은 포트 번호(1–65535)가 아닙니다.
server-error-no-ports = 포트를 하나 이상 지정하세요.
server-error-busy = { $port }번 포트는 이미 사용 중입니다. 응답기는 비어 있는 포트에서만 응답합니다. 먼저 그 서버를 멈추거나 다음 명령으로 확인하세요: netdoctor server { $port }
server-error-busy-by = { $port }번 포트는 이미 { $owner } 프로세스가 사용 중입니다. 응답기는 비어 있는 포트에서만 응답합니다. 먼저 그 서버를 멈추거나 다음 명령으로 확인하세요: netdoctor server { $port }
server-error-bind = { $port }번 포트에서 대기할 수 없습니다: { $error }
cli-help-server = 이 머신의 포트에서 원격 클라이언트가 겪을 일을 점검합니다(서버에서 실행)
cli-help-ports = 점검할 포트(1–65535)
cli-help-respond = 비어 있는 각 포트에서 응답해 클라이언트가 네트워크 경로를 시험할 수 있게 합니다
cli-help-respond-for = --respond와 함께: SECONDS초 뒤에 멈춤
