# Watch mode: re-checking endpoints on a timer (app and `netdoctor check --watch`).

## App

watch-window-title-changed = • { $title }
watch-all = すべて監視
watch-all-hint = すべてのエンドポイントを定期的に再診断し、判定の変化を知らせます
watch-interval = 間隔（秒）
watch-this = 監視
watch-start = 監視を開始
watch-stop = 監視を停止
watch-col-history = 履歴
watch-every = { $count } 秒ごと
watch-last-change = 最後の変化: { $from } → { $to }（{ $time }）
watch-no-change = 結果 { $count } 件、判定の変化なし
watch-plot-change = 判定が変化
watch-plot-ms = ms
watch-changed-notice = { $name }: 判定が変化: { $from } → { $to }（{ $time }）
# Desktop notification under the endpoint's name, when the window is not focused.
watch-notify-body = 以前は{ $from }、現在は{ $to }

## Command line

watch-cli-help-watch = Ctrl+C まで SECONDS 秒ごとに再診断し、判定が変わるたびに 1 行出力します
watch-cli-help-count = --watch と併用: N 回診断したら終了します
watch-cli-first = { $time }  { $target }  { $verdict } — { $detail }
watch-cli-changed = { $time }  { $target }  { $previous } → { $verdict } — { $detail }
watch-error-damaged = 監視履歴を読み込めませんでした（{ $error }）。ファイルを { $path } に移動し、監視を最初からやり直します。
watch-error-damaged-kept = 監視履歴を読み込めず（{ $error }）、移動もできなかったため、そのままにしています。このセッションの履歴は保存しません。
