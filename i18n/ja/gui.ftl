## デスクトップアプリ

gui-window-title = netdoctor

## ウィンドウの起動
## 変数: $error（ウィンドウシステムが返したエラー）

gui-error-no-display = ウィンドウを開けません: 使用できるディスプレイがありません（{ $error }）。ディスプレイがない環境では、代わりにコマンドラインを使ってください: netdoctor check <URL>
gui-error-start = ウィンドウを開けません: { $error }。コマンドラインならウィンドウなしで使えます: netdoctor check <URL>
gui-error-worker = プローブエンジンを起動できません: { $error }
# $path: 破損したファイルの移動先
gui-error-state-damaged = 保存済みのエンドポイント一覧を読み込めませんでした（{ $error }）。ファイルを { $path } に移動し、空の一覧で起動します。

## メニュー

gui-menu-file = ファイル
gui-menu-open-profile = プロファイルを開く…
gui-menu-save-profile = プロファイルを保存
gui-menu-export-report = レポートを書き出す…
gui-menu-quit = 終了
gui-menu-edit = 編集
gui-menu-undo-delete = 削除を元に戻す
gui-menu-select-all = すべて選択
gui-menu-copy-summary = 概要をコピー
gui-menu-language = 言語

## ツールバー

gui-check-all = すべて診断
gui-check-selected = 選択項目を診断
gui-cancel = キャンセル
gui-filter-label = フィルター
gui-filter-hint = 名前、URL、判定
gui-add-label = 新しいエンドポイント
gui-add-hint = ws://127.0.0.1:8080/chat
gui-add-button = 追加

## エンドポイント一覧

gui-col-status = 状態
gui-col-name = 名前
gui-col-target = 接続先
gui-col-verdict = 判定
gui-col-cause = 推定原因
gui-col-time = 時間
gui-status-not-checked = 未診断
gui-status-queued = 待機中
gui-status-cancelled = キャンセル済み
gui-empty-list = エンドポイントはまだありません。上の欄に URL を入力して Enter キーを押してください。
gui-no-match = フィルターに一致するエンドポイントはありません。
# $ms: 整形済みの所要時間
gui-ms = { $ms } ms

## エンドポイントの操作

gui-recheck = 再診断
gui-duplicate = 複製
gui-delete = 削除
gui-undo = 元に戻す
gui-copy = コピー

## 詳細ペイン

gui-detail-none = エンドポイントを選択すると、診断結果が表示されます。
gui-detail-not-checked = まだ診断していません。「再診断」または Ctrl+R を押してください。
# $phase: 現在のフェーズ（名前解決中、接続中、…）。フェーズ名に「中」が付いているので「診断中」は重ねない
gui-detail-running = { $phase }…
gui-resolved = 解決先アドレス: { $addrs }
gui-peer = 接続したアドレス: { $peer }
gui-causes = 考えられる原因
gui-cause-score = 可能性 { $percent }%
gui-evidence = 根拠
gui-fix = 対処法
gui-timeline = タイムライン
gui-phase-dns = DNS
gui-phase-connect = 接続
gui-phase-tls = TLS
gui-phase-handshake = ハンドシェイク
gui-phase-total = 合計
gui-phase-not-run = 未実行

## 生のバイト列

gui-bytes = 送受信したバイト列
gui-bytes-sent = { $count ->
       *[other] 送信: { $count } バイト
    }
gui-bytes-received = { $count ->
       *[other] 受信: { $count } バイト
    }
gui-bytes-none = なし
gui-bytes-truncated = キャプチャの上限に達したため、バイト列はここで打ち切られています。
gui-view-hex = 16 進数
gui-view-text = テキスト
gui-copy-hex = 16 進数をコピー
gui-copy-text = テキストをコピー

## エンドポイントの設定

gui-edit = エンドポイントの設定
gui-edit-name = 名前
gui-edit-url = URL
gui-edit-expect-ips = 想定する IP
gui-edit-expect-ips-hint = カンマ区切り。例: 203.0.113.7
gui-edit-timeout = タイムアウト（ms）
gui-edit-timeout-hint = 既定値 5000
gui-edit-save = 保存
gui-edit-revert = 変更を破棄
gui-error-ip = 「{ $value }」は IP アドレスではありません。
gui-error-timeout = 「{ $value }」はタイムアウト値として使えません。1〜600000 の整数（ミリ秒）を指定してください。

## ステータスバー

gui-count = { $total ->
       *[other] エンドポイント: { $shown } / { $total } 件
    }
gui-selected = { $count } 件選択中
gui-running = { $count ->
       *[other] { $count } 件のエンドポイントを診断中
    }
gui-deleted = { $count ->
       *[other] { $count } 件のエンドポイントを削除しました
    }
gui-save-error = エンドポイント一覧を保存できません: { $error }

## プロファイルとレポート（ファイルメニュー、ファイルダイアログ、バナー）

gui-menu-save-profile-as = 名前を付けてプロファイルを保存…
gui-menu-recent = 最近使ったプロファイル
gui-menu-undo-replace = 置き換えを元に戻す
# $count: 選択中のエンドポイントの数
gui-report-selected-only = レポート: 選択したエンドポイントのみ（{ $count } 件）
gui-report-include-secrets = レポート: 秘密情報（パスワード、トークン、Cookie）を含める
gui-copy-markdown = Markdown としてコピー
gui-copy-markdown-hint = 診断済みのエンドポイントの Markdown レポートをコピーします。そのまま Issue やチャットに貼り付けられます。対象範囲と秘密情報の扱いは「ファイル」メニューの設定に従います。
gui-dismiss = 閉じる
# $name: プロファイル名、またはそのファイル名
gui-profile = プロファイル: { $name }
# $count: 別の一覧で置き換えられる前の一覧にあったエンドポイントの数
gui-replaced = { $count ->
       *[other] エンドポイント { $count } 件の一覧を置き換えました
    }
gui-edit-tags = タグ
gui-edit-tags-hint = カンマ区切り。例: prod, eu
gui-edit-notes = メモ
gui-dialog-open-title = プロファイルを開く
gui-dialog-open-intro = エンドポイント一覧を、プロファイルのエンドポイントで置き換えます。元に戻す（Ctrl+Z）と、現在の一覧が戻ります。
gui-dialog-open = 開く
gui-dialog-save-title = プロファイルを保存
gui-dialog-save-intro = エンドポイント一覧を TOML プロファイルとして保存します。上書きされる既存のプロファイルは、名前に .bak を付けて同じ場所に残します。
gui-dialog-save = 保存
gui-dialog-export-title = レポートを書き出す
gui-dialog-export-intro = 形式はファイルの拡張子で決まります: .html、.md、.json
gui-dialog-export = 書き出す
gui-dialog-cancel = キャンセル
gui-file-path = パス
gui-file-hint-profile = ~/profiles/staging.toml
gui-file-hint-report = ~/netdoctor-report.html
gui-file-browse = 参照…
gui-file-browsing = ファイル選択ダイアログを待っています…
gui-file-none-chosen = ファイルが選択されませんでした。ファイル選択ダイアログが表示されなかった場合は（ダイアログのないデスクトップ環境もあります）、上の欄にパスを入力してください。
gui-file-no-path = ファイルのパスを入力するか、「参照…」を使ってください。
gui-filter-profile = netdoctor プロファイル
gui-filter-html = HTML ページ
gui-filter-markdown = Markdown
gui-filter-json = JSON
# $count: レポートの対象となるエンドポイントの数
gui-report-scope = { $count ->
       *[other] レポートの対象は { $count } 件のエンドポイントです。
    }
gui-report-unchecked = { $count ->
       *[other] そのうち { $count } 件はまだ診断していないため、除外されます。
    }
gui-confirm-replace-title = このファイルを置き換えますか？
# $backup: 置き換えられたファイルの保存先
gui-confirm-replace-backup = 置き換えても、現在の内容は { $backup } として残ります。
gui-confirm-replace = それでも置き換える
# $path: プロファイルファイル
gui-recent-missing = プロファイル { $path } はもう存在しないため、最近使ったプロファイルから削除しました。
# $name: プロファイル名、$count: 読み込んだエンドポイントの数、$path: ファイル
gui-profile-opened = { $count ->
       *[other] プロファイル「{ $name }」（エンドポイント { $count } 件）を { $path } から開きました。
    }
gui-profile-saved = { $count ->
       *[other] エンドポイント { $count } 件を { $path } に保存しました。
    }
gui-report-nothing = どのエンドポイントにもまだ結果がないため、レポートにする内容がありません。先に診断してください。
# $count: レポートに含まれるエンドポイントの数、$skipped: 一度も診断していないため除外したエンドポイントの数
gui-report-saved = { $skipped ->
        [0] { $count ->
               *[other] エンドポイント { $count } 件のレポートを { $path } に保存しました。
            }
       *[other] { $count ->
               *[other] エンドポイント { $count } 件のレポートを { $path } に保存しました。未診断の { $skipped } 件は除外しました。
            }
    }
gui-report-copied = { $skipped ->
        [0] { $count ->
               *[other] エンドポイント { $count } 件の Markdown レポートをコピーしました。
            }
       *[other] { $count ->
               *[other] エンドポイント { $count } 件の Markdown レポートをコピーしました。未診断の { $skipped } 件は除外しました。
            }
    }
# $error: システムが返したエラー
gui-report-error = { $path } にレポートを書き出せません: { $error }

## Opening the state file
gui-notice-copy = お知らせをコピー
gui-notice-state-newer = 保存済みのエンドポイント一覧は、より新しい netdoctor（形式バージョン { $version }）で書かれています。元のファイルは { $path } にそのまま残し、このアプリは元の場所に自分の形式で保存します。
gui-notice-state-capped = { $path } の一部の項目が長すぎたため短くしました（上限: 名前 { $name } 文字、URL { $url } 文字、エンドポイント { $count } 件）。

## Detail tabs

gui-tab-diagnosis = 診断
gui-tab-exchange = 通信内容
gui-tab-history = 履歴
gui-tab-server = サーバー
gui-server-hint-when = サーバーで実行するコマンドは、接続拒否、タイムアウト、またはホストへの経路がないときに表示されます。
gui-verdict-ok-warning = OK（警告あり）

## View menu

gui-menu-view = 表示
gui-view-check-on-add = 追加したエンドポイントをすぐに診断する
gui-view-notify-changes = 監視中のエンドポイントが変化したら通知する

## Reproduce

gui-copy-curl = curl コマンドとしてコピー
gui-copy-websocat = websocat コマンドとしてコピー

## What the client reported

gui-reported-heading = クライアントが報告したエラー
# $verdict: netdoctor's verdict, e.g. "connection refused"
gui-reported-differs = netdoctor の診断では別の結果になりました:「{ $verdict }」
gui-reported-differs-ok = netdoctor の診断はこのエラーなしで通りました。クライアントがまだ失敗する場合は、クライアントが使うアドレス、ポート、プロキシを上の値と比べてください。

## Protocol question (pasted host:port)

gui-ask-scheme-title = どのプロトコルですか？
# $target: host:port from the pasted text
gui-ask-scheme-text = 貼り付けたテキストには { $target } がありますが、そこで使われるプロトコルは書かれていません。次の方法で診断:
gui-ask-scheme-tcp = TCP 接続
gui-ask-scheme-http = HTTP
gui-ask-scheme-https = HTTPS
gui-ask-scheme-ws = WebSocket (ws)
gui-ask-scheme-wss = TLS 上の WebSocket (wss)
gui-ask-scheme-skip = これは追加しない
