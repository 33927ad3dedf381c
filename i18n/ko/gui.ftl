## 데스크톱 앱

gui-window-title = netdoctor

## 창 시작
## 변수: $error (창 시스템이 알려 준 내용)

gui-error-no-display = 창을 열 수 없습니다. 사용할 수 있는 디스플레이가 없습니다({ $error }). 디스플레이가 없을 때는 명령줄을 쓰세요: netdoctor check <URL>
gui-error-start = 창을 열 수 없습니다: { $error }. 명령줄은 창 없이도 쓸 수 있습니다: netdoctor check <URL>
gui-error-worker = 검사 엔진을 시작할 수 없습니다: { $error }
# $path: 손상된 파일을 옮긴 위치
gui-error-state-damaged = 저장된 엔드포인트 목록을 읽을 수 없습니다({ $error }). 그 파일은 { $path } 위치로 옮겼고, 앱은 빈 목록으로 시작합니다.

## 메뉴

gui-menu-file = 파일
gui-menu-open-profile = 프로필 열기…
gui-menu-save-profile = 프로필 저장
gui-menu-export-report = 보고서 내보내기…
gui-menu-quit = 종료
gui-menu-edit = 편집
gui-menu-undo-delete = 삭제 취소
gui-menu-select-all = 모두 선택
gui-menu-copy-summary = 요약 복사
gui-menu-language = 언어

## 도구 모음

gui-check-all = 모두 검사
gui-check-selected = 선택 항목 검사
gui-cancel = 취소
gui-filter-label = 필터
gui-filter-hint = 이름, URL 또는 판정
gui-add-label = 새 엔드포인트
gui-add-hint = ws://127.0.0.1:8080/chat
gui-add-button = 추가

## 엔드포인트 표

gui-col-status = 상태
gui-col-name = 이름
gui-col-target = 대상
gui-col-verdict = 판정
gui-col-cause = 유력한 원인
gui-col-time = 시간
gui-status-not-checked = 검사 전
gui-status-queued = 대기 중
gui-status-cancelled = 취소됨
gui-empty-list = 아직 엔드포인트가 없습니다. 위 입력란에 URL을 입력하고 Enter 키를 누르세요.
gui-no-match = 필터에 맞는 엔드포인트가 없습니다.
# $ms: 이미 형식을 맞춘 소요 시간
gui-ms = { $ms }ms

## 엔드포인트 작업

gui-recheck = 다시 검사
gui-duplicate = 복제
gui-delete = 삭제
gui-undo = 실행 취소
gui-copy = 복사

## 세부 정보 창

gui-detail-none = 엔드포인트를 선택하면 진단 결과가 표시됩니다.
gui-detail-not-checked = 아직 검사하지 않았습니다. 다시 검사 버튼이나 Ctrl+R 키를 누르세요.
# $phase: 진행 중인 단계 (DNS 조회 중, 연결 중, …). 단계 이름에 이미 “중”이 있으므로 앞에 “검사 중”을 붙이지 않음
gui-detail-running = { $phase }…
gui-resolved = 조회된 주소: { $addrs }
gui-peer = 연결된 주소: { $peer }
gui-causes = 유력한 원인
gui-cause-score = 가능성 { $percent }%
gui-evidence = 근거
gui-fix = 해결 방법
gui-timeline = 타임라인
gui-phase-dns = DNS
gui-phase-connect = 연결
gui-phase-tls = TLS
gui-phase-handshake = 핸드셰이크
gui-phase-total = 합계
gui-phase-not-run = 실행 안 됨

## 원시 바이트

gui-bytes = 주고받은 바이트
gui-bytes-sent = { $count ->
       *[other] 보냄: { $count }바이트
    }
gui-bytes-received = { $count ->
       *[other] 받음: { $count }바이트
    }
gui-bytes-none = 없음
gui-bytes-truncated = 잘림: 캡처 한도에 도달해 여기까지만 기록했습니다.
gui-view-hex = 16진수
gui-view-text = 텍스트
gui-copy-hex = 16진수 복사
gui-copy-text = 텍스트 복사

## 엔드포인트 설정

gui-edit = 엔드포인트 설정
gui-edit-name = 이름
gui-edit-url = URL
gui-edit-expect-ips = 예상 IP
gui-edit-expect-ips-hint = 쉼표로 구분, 예: 203.0.113.7
gui-edit-timeout = 제한 시간(ms)
gui-edit-timeout-hint = 기본값 5000
gui-edit-save = 저장
gui-edit-revert = 되돌리기
gui-error-ip = “{ $value }” 값은 IP 주소가 아닙니다.
gui-error-timeout = “{ $value }” 값은 제한 시간으로 쓸 수 없습니다. 1~600000 범위의 밀리초 값을 정수로 쓰세요.

## 상태 표시줄

gui-count = { $total ->
       *[other] 엔드포인트 { $total }개 중 { $shown }개 표시
    }
gui-selected = { $count }개 선택됨
gui-running = { $count ->
       *[other] 엔드포인트 { $count }개 검사 중
    }
gui-deleted = { $count ->
       *[other] 엔드포인트 { $count }개 삭제됨
    }
gui-save-error = 엔드포인트 목록을 저장할 수 없습니다: { $error }

## 프로필과 보고서 (파일 메뉴, 파일 대화 상자, 배너)

gui-menu-save-profile-as = 프로필을 다른 이름으로 저장…
gui-menu-recent = 최근 프로필
gui-menu-undo-replace = 목록 교체 취소
# $count: 선택한 엔드포인트 수
gui-report-selected-only = 보고서: 선택한 엔드포인트만 ({ $count }개)
gui-report-include-secrets = 보고서: 비밀 정보 포함 (비밀번호, 토큰, 쿠키)
gui-copy-markdown = Markdown으로 복사
gui-copy-markdown-hint = 검사한 엔드포인트의 Markdown 보고서를 복사합니다. 이슈나 채팅에 바로 붙여 넣을 수 있습니다. 범위와 비밀 정보 포함 여부는 파일 메뉴의 설정을 따릅니다.
gui-dismiss = 닫기
# $name: 프로필 이름 또는 파일 이름
gui-profile = 프로필: { $name }
# $count: 다른 목록으로 바뀌기 전 목록에 있던 엔드포인트 수
gui-replaced = { $count ->
       *[other] 목록을 교체함(이전 엔드포인트 { $count }개)
    }
gui-edit-tags = 태그
gui-edit-tags-hint = 쉼표로 구분, 예: prod, eu
gui-edit-notes = 메모
gui-dialog-open-title = 프로필 열기
gui-dialog-open-intro = 엔드포인트 목록을 프로필의 엔드포인트로 바꿉니다. 실행 취소(Ctrl+Z)로 현재 목록을 되돌릴 수 있습니다.
gui-dialog-open = 열기
gui-dialog-save-title = 프로필 저장
gui-dialog-save-intro = 엔드포인트 목록을 TOML 프로필로 저장합니다. 기존 프로필을 덮어쓰면 그 파일은 이름 뒤에 .bak을 붙여 같은 위치에 보관합니다.
gui-dialog-save = 저장
gui-dialog-export-title = 보고서 내보내기
gui-dialog-export-intro = 파일 확장자에 따라 형식이 정해집니다: .html, .md, .json
gui-dialog-export = 내보내기
gui-dialog-cancel = 취소
gui-file-path = 경로
gui-file-hint-profile = ~/profiles/staging.toml
gui-file-hint-report = ~/netdoctor-report.html
gui-file-browse = 찾아보기…
gui-file-browsing = 파일 선택 창을 기다리는 중…
gui-file-none-chosen = 선택한 파일이 없습니다. 파일 선택 창이 나타나지 않았다면(선택 창이 없는 데스크톱 환경도 있습니다) 위에 경로를 입력하세요.
gui-file-no-path = 파일 경로를 입력하거나 찾아보기… 버튼을 누르세요.
gui-filter-profile = netdoctor 프로필
gui-filter-html = HTML 페이지
gui-filter-markdown = Markdown
gui-filter-json = JSON
# $count: 보고서에 들어가는 엔드포인트 수
gui-report-scope = { $count ->
       *[other] 보고서에 엔드포인트 { $count }개가 들어갑니다.
    }
gui-report-unchecked = { $count ->
       *[other] 그중 { $count }개는 아직 검사하지 않아 제외됩니다.
    }
gui-confirm-replace-title = 이 파일을 덮어쓸까요?
# $backup: 덮어쓴 파일의 기존 내용을 보관하는 위치
gui-confirm-replace-backup = 그래도 덮어쓰면 지금 내용은 { $backup } 파일로 보관됩니다.
gui-confirm-replace = 그래도 덮어쓰기
# $path: 프로필 파일
gui-recent-missing = { $path } 프로필이 더 이상 없어 최근 프로필 목록에서 제거했습니다.
# $name: 프로필 이름, $count: 불러온 엔드포인트 수, $path: 파일
gui-profile-opened = { $count ->
       *[other] “{ $name }” 프로필을 열었습니다(엔드포인트 { $count }개, 파일: { $path }).
    }
gui-profile-saved = { $count ->
       *[other] 엔드포인트 { $count }개를 저장했습니다: { $path }
    }
gui-report-nothing = 아직 결과가 있는 엔드포인트가 없어 보고서에 넣을 내용이 없습니다. 먼저 검사하세요.
# $count: 보고서에 들어간 엔드포인트 수, $skipped: 한 번도 검사하지 않아 제외된 엔드포인트 수
gui-report-saved = { $skipped ->
        [0] { $count ->
           *[other] 엔드포인트 { $count }개의 보고서를 저장했습니다: { $path }
        }
       *[other] { $count ->
           *[other] 엔드포인트 { $count }개의 보고서를 저장했습니다: { $path }. 아직 검사하지 않은 { $skipped }개는 제외했습니다.
        }
    }
gui-report-copied = { $skipped ->
        [0] { $count ->
           *[other] 엔드포인트 { $count }개의 Markdown 보고서를 복사했습니다.
        }
       *[other] { $count ->
           *[other] 엔드포인트 { $count }개의 Markdown 보고서를 복사했습니다. 아직 검사하지 않은 { $skipped }개는 제외했습니다.
        }
    }
# $error: 시스템이 알려 준 내용
gui-report-error = { $path } 파일에 보고서를 저장할 수 없습니다: { $error }

## Opening the state file
gui-notice-copy = 알림 복사
gui-notice-state-newer = 저장된 엔드포인트 목록은 더 새로운 netdoctor(형식 버전 { $version })에서 저장한 것입니다. 원본은 { $path } 위치에 그대로 보관했으며, 이 앱은 원래 자리에 자기 형식으로 저장합니다.
gui-notice-state-capped = { $path } 파일의 일부 항목이 너무 길어 잘라 냈습니다(한도: 이름 { $name }자, URL { $url }자, 엔드포인트 { $count }개).

## Detail tabs

gui-tab-diagnosis = 진단
gui-tab-exchange = 주고받은 데이터
gui-tab-history = 기록
gui-tab-server = 서버
gui-server-hint-when = 서버에서 실행할 명령은 연결이 거부되거나, 시간 초과되거나, 호스트로 가는 경로가 없을 때 제시됩니다.
gui-verdict-ok-warning = 정상(경고 있음)

## View menu

gui-menu-view = 보기
gui-view-check-on-add = 새 엔드포인트를 추가하면 바로 검사
gui-view-notify-changes = 감시 중인 엔드포인트가 바뀌면 알림

## Reproduce

gui-copy-curl = curl 명령으로 복사
gui-copy-websocat = websocat 명령으로 복사

## What the client reported

gui-reported-heading = 클라이언트가 보고한 오류
# $verdict: netdoctor's verdict, e.g. "connection refused"
gui-reported-differs = netdoctor는 다른 결과를 보았습니다. 검사 결과: “{ $verdict }”
gui-reported-differs-ok = netdoctor의 검사는 이 오류 없이 통과했습니다. 클라이언트가 계속 실패하면 클라이언트가 쓰는 주소, 포트, 프록시를 위의 값과 비교해 보세요.

## Protocol question (pasted host:port)

gui-ask-scheme-title = 어떤 프로토콜인가요?
# $target: host:port from the pasted text
gui-ask-scheme-text = 붙여 넣은 텍스트에 주소 { $target } 항목은 있지만 그곳에서 쓰는 프로토콜은 없습니다. 다음 방식으로 검사:
gui-ask-scheme-tcp = TCP 연결
gui-ask-scheme-http = HTTP
gui-ask-scheme-https = HTTPS
gui-ask-scheme-ws = WebSocket (ws)
gui-ask-scheme-wss = TLS 위 WebSocket (wss)
gui-ask-scheme-skip = 이 항목 건너뛰기
