# Watch mode: re-checking endpoints on a timer (app and `netdoctor check --watch`).

## App

watch-window-title-changed = • { $title }
watch-all = 모두 감시
watch-all-hint = 모든 엔드포인트를 주기적으로 다시 검사하고 판정이 바뀌면 표시합니다
watch-interval = 간격(초)
watch-this = 감시
watch-start = 감시
watch-stop = 감시 중지
watch-col-history = 이력
watch-every = { $count }초마다
watch-last-change = 마지막 변경: { $from } → { $to } ({ $time })
watch-no-change = 결과 { $count }개, 판정 변경 없음
watch-plot-change = 판정 변경
watch-plot-ms = ms
watch-changed-notice = { $name }: 판정 변경: { $from } → { $to } ({ $time })
# Desktop notification under the endpoint's name, when the window is not focused.
watch-notify-body = 이전: { $from }, 현재: { $to }

## Command line

watch-cli-help-watch = Ctrl+C를 누를 때까지 SECONDS초마다 다시 검사하고, 판정이 바뀔 때마다 한 줄씩 출력합니다
watch-cli-help-count = --watch와 함께: N회 검사 후 종료합니다
watch-cli-first = { $time }  { $target }  { $verdict } — { $detail }
watch-cli-changed = { $time }  { $target }  { $previous } → { $verdict } — { $detail }
watch-error-damaged = 감시 기록을 읽을 수 없습니다({ $error }). 그 파일은 { $path } 위치로 옮겼고, 감시는 처음부터 다시 시작합니다.
watch-error-damaged-kept = 감시 기록을 읽을 수 없고({ $error }) 옮길 수도 없어 그대로 두었습니다. 이번 세션의 기록은 저장하지 않습니다.
