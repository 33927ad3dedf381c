## レポートとプロファイル

## レポート文書（HTML と Markdown）

report-title = netdoctor レポート
report-title-profile = netdoctor レポート: { $profile }
report-meta-profile = プロファイル
report-meta-generated = 生成日時
report-meta-version = バージョン
report-meta-system = システム
report-secrets-masked = パスワード、トークン、Cookie などの秘密情報は *** に置き換えてあるため、このレポートはそのまま共有できます。秘密情報を残すには --include-secrets を付けて実行してください。
report-secrets-included = このレポートには、パスワード、トークン、Cookie などの秘密情報が含まれています。見てもよい人にだけ共有してください。
report-redacted = この結果の秘密情報は *** に置き換えてあります。以下のバイト列もマスク後の値です。
report-summary = 概要
report-col-number = #
report-col-endpoint = エンドポイント
report-col-verdict = 判定
report-col-cause = 推定原因
report-col-time = 所要時間
report-col-address = アドレス
report-col-pid = PID
report-col-process = プロセス
report-none = —
report-tally = { $failed ->
        [0] { $total ->
               *[other] すべて正常です（{ $total } 件）。
            }
       *[other] { $total } 件中 { $failed } 件が失敗しています。
    }
report-resolved = 解決先アドレス
report-peer = 接続したアドレス
report-certificate = 証明書
report-trust = 信頼したストア
report-trust-value = このマシンの OS ストア: { $os }、Mozilla のバンドル: { $mozilla }、--ca-file: { $cafile }
report-trust-accepted = 受け入れた
report-trust-rejected = 拒否した
report-trust-absent = 使っていない
report-chain = 送られてきたチェーン
report-chain-link = { $index }. { $subject } ← { $issuer }
report-certificate-value = { $subject }、発行者 { $issuer }、有効期間 { $from } 〜 { $until }、名前: { $names }
report-certificate-expires-soon = { $count ->
        [0] 本日で期限切れになります。自動更新しているなら、更新に失敗しています（原因の確認: sudo certbot renew --dry-run）
       *[other] あと { $count } 日で期限切れです。自動更新しているなら、更新に失敗しています（原因の確認: sudo certbot renew --dry-run）
    }
report-causes = 考えられる原因
report-no-causes = 対処は不要です。エンドポイントは正常に応答しました。
report-likelihood = 可能性 { $percent }%
report-evidence = 根拠
report-fix = 対処法
report-timings = 所要時間
report-phase-dns = DNS
report-phase-connect = 接続
report-phase-tls = TLS
report-phase-handshake = ハンドシェイク
report-phase-total = 合計
report-duration = { $ms } ms
report-bytes = 送受信したバイト列
report-bytes-sent = { $count ->
       *[other] 送信: { $count } バイト
    }
report-bytes-received = { $count ->
       *[other] 受信: { $count } バイト
    }
report-bytes-none = 送受信したバイトはありません。
report-bytes-truncated = 応答は { $count } バイトで打ち切られています。サーバーはそれ以上のデータを送っていました。
report-bytes-shortened = 全 { $count } バイトのうち先頭の { $shown } バイトを表示しています。HTML と JSON のレポートにはすべて含まれています。

## レポートファイルとコマンドラインオプション

report-error-format = { $path } にレポートを書き出せません。拡張子が .html、.md、.json のいずれかのファイルを指定してください。
report-cli-help-include-secrets = --report のファイルにパスワード、トークン、Cookie をそのまま残します（既定ではマスクされるため、レポートを安全に共有できます）

## プロファイル
## 変数: $path（プロファイルファイル）、$detail（問題の内容）

profile-unsaved = プロファイルのテキスト
profile-error-read = プロファイル { $path } を読み込めません: { $detail }
profile-error-syntax = { $path }、{ $line } 行目、{ $column } 列目: { $detail }
profile-error-invalid = { $path } は有効なプロファイルではありません: { $detail }
profile-error-version = { $path }: version = { $version } というプロファイル形式はありません。version = 1 と書いてください。
profile-error-write = プロファイルを { $path } に保存できません: { $detail }。ディスク上のファイルは変更されていません。
profile-error-refused-overwrite = { $path } には上書き保存しません。netdoctor が読めるプロファイルではないため、保存すると内容が失われます。手で修正するか、別の名前で保存してください。（{ $detail }）
profile-error-serialize = プロファイルを TOML として書き出せません: { $detail }
profile-error-endpoint = { $path } のエンドポイント「{ $name }」: { $detail }
profile-error-endpoint-timeout = timeout_ms = { $ms } は範囲外です。1〜{ $max } の値を指定してください。
profile-error-empty = プロファイル { $path } にエンドポイントがありません。name と url を持つ [[endpoint]] テーブルを追加してください。
profile-warning-newer-version = { $path } は新しいバージョンの netdoctor で作成されています（プロファイル形式 { $version }。このバージョンが読める形式は { $supported }）。認識できない設定は保持されますが、効果はありません。
# Heading of the error line the user pasted from their own client.
report-reported = クライアントが報告したエラー
