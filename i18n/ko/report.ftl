## 보고서와 프로필

## 보고서 문서 (HTML과 Markdown)

report-title = netdoctor 보고서
report-title-profile = netdoctor 보고서: { $profile }
report-meta-profile = 프로필
report-meta-generated = 생성 시각
report-meta-version = 버전
report-meta-system = 시스템
report-secrets-masked = 비밀번호, 토큰, 쿠키 같은 비밀 정보는 ***로 바꿨으므로 이 보고서는 안심하고 공유할 수 있습니다. 비밀 정보를 그대로 남기려면 --include-secrets 옵션을 붙여 실행하세요.
report-secrets-included = 이 보고서에는 비밀번호, 토큰, 쿠키 같은 비밀 정보가 들어 있습니다. 이 정보를 봐도 되는 사람에게만 공유하세요.
report-redacted = 이 결과의 비밀 정보는 ***로 바꿨습니다. 아래 바이트도 가린 뒤의 값입니다.
report-summary = 요약
report-col-number = #
report-col-endpoint = 엔드포인트
report-col-verdict = 판정
report-col-cause = 가장 유력한 원인
report-col-time = 시간
report-col-address = 주소
report-col-pid = PID
report-col-process = 프로세스
report-none = —
report-tally = { $failed ->
        [0] { $total ->
               *[other] 검사한 엔드포인트 { $total }개에 문제가 없습니다.
            }
       *[other] { $total }개 중 { $failed }개 실패.
    }
report-resolved = 조회된 주소
report-peer = 연결된 주소
report-certificate = 인증서
report-certificate-value = { $subject }, 발급자 { $issuer }, 유효 기간 { $from } ~ { $until }, 이름: { $names }
report-trust = 신뢰 여부
report-trust-value = 이 컴퓨터의 OS 저장소: { $os }; Mozilla 번들: { $mozilla }; --ca-file: { $cafile }
report-trust-accepted = 신뢰함
report-trust-rejected = 거부함
report-trust-absent = 사용 안 함
report-chain = 서버가 보낸 체인
report-chain-link = { $index }. { $subject } ← { $issuer }
report-certificate-expires-soon = { $count ->
        [0] 오늘 만료: 자동 갱신을 쓴다면 갱신이 실패하고 있음 (원인 확인: sudo certbot renew --dry-run)
       *[other] { $count }일 후 만료: 자동 갱신을 쓴다면 갱신이 실패하고 있음 (원인 확인: sudo certbot renew --dry-run)
    }
report-causes = 유력한 원인
report-no-causes = 고칠 것이 없습니다. 엔드포인트가 정상적으로 응답했습니다.
report-likelihood = 가능성 { $percent }%
report-evidence = 근거
report-fix = 해결 방법
report-timings = 소요 시간
report-phase-dns = DNS
report-phase-connect = 연결
report-phase-tls = TLS
report-phase-handshake = 핸드셰이크
report-phase-total = 합계
report-duration = { $ms }ms
report-bytes = 주고받은 바이트
report-bytes-sent = { $count ->
       *[other] 보냄: { $count }바이트
    }
report-bytes-received = { $count ->
       *[other] 받음: { $count }바이트
    }
report-bytes-none = 주고받은 바이트가 없습니다.
report-bytes-truncated = 응답이 { $count }바이트에서 잘렸습니다. 서버는 그보다 더 많이 보냈습니다.
report-bytes-shortened = 전체 { $count }바이트 중 처음 { $shown }바이트만 표시합니다. HTML과 JSON 보고서에는 전부 들어 있습니다.

## 보고서 파일과 명령줄 옵션

report-error-format = { $path } 파일에 보고서를 저장할 수 없습니다. 파일 이름이 .html, .md, .json 중 하나로 끝나야 합니다.
report-cli-help-include-secrets = --report 파일에 비밀번호, 토큰, 쿠키를 그대로 남깁니다 (기본값은 가림 처리로, 보고서를 안심하고 공유할 수 있음)

## 프로필
## 변수: $path (프로필 파일), $detail (무엇이 잘못됐는지)

profile-unsaved = 프로필 텍스트
profile-error-read = { $path } 프로필을 읽을 수 없습니다: { $detail }
profile-error-syntax = { $path }, { $line }행 { $column }열: { $detail }
profile-error-invalid = { $path } 파일의 내용이 올바른 프로필이 아닙니다: { $detail }
profile-error-version = { $path }: version = { $version } 형식의 프로필은 없습니다. version = 1로 쓰세요.
profile-error-write = { $path } 파일에 프로필을 저장할 수 없습니다: { $detail }. 디스크의 파일은 바뀌지 않았습니다.
profile-error-refused-overwrite = { $path } 파일을 덮어쓰지 않습니다. netdoctor가 읽을 수 있는 프로필이 아니어서, 저장하면 그 내용이 사라집니다. 직접 고치거나 다른 이름으로 저장하세요. ({ $detail })
profile-error-serialize = 프로필을 TOML로 쓸 수 없습니다: { $detail }
profile-error-endpoint = { $path } 파일의 “{ $name }” 엔드포인트: { $detail }
profile-error-endpoint-timeout = timeout_ms = { $ms } 값이 허용 범위를 벗어났습니다. 1~{ $max } 범위의 값을 쓰세요.
profile-error-empty = { $path } 프로필에 엔드포인트가 없습니다. name과 url이 있는 [[endpoint]] 테이블을 추가하세요.
profile-warning-newer-version = { $path }: 더 새로운 netdoctor가 작성한 프로필입니다(프로필 형식 { $version }, 이 버전이 읽는 형식은 { $supported }). 모르는 설정은 그대로 보존되지만 적용되지는 않습니다.
# Heading of the error line the user pasted from their own client.
report-reported = 클라이언트가 보고한 오류
