## 判定: 短いラベル

verdict-ok = OK
verdict-refused = 接続拒否
verdict-timeout = 接続タイムアウト
verdict-addr-not-available = アドレス割り当て不可
verdict-protocol-mismatch = プロトコル不一致
verdict-unreachable = 到達不能
verdict-dns-failure = 名前解決失敗
verdict-reset = 接続リセット
verdict-tls-error = TLS エラー
verdict-error = エラー

## 判定: このエンドポイントについての一文
## 変数: $target, $host, $port, $path, $scheme, $peer, $status, $ms

summary-ok = { $target } は { $scheme } サーバーとして正常に応答しました。
summary-refused = { $peer } が接続を拒否しました。ポート { $port } をリッスンしているプロセスがありません。
summary-timeout = { $peer } から { $ms } ms 以内に応答がありません。ポート { $port } へのパケットが破棄されているか、届いていません。
summary-addr-not-available = { $peer } への接続に使うローカルポートを確保できませんでした。
summary-protocol-mismatch = { $peer } には接続できましたが、サーバーが { $scheme ->
        [ws] WebSocket
        [wss] TLS 上の WebSocket
        [http] HTTP
        [https] HTTPS
       *[other] { $scheme }
    } に対応していません。
summary-unreachable = このマシンから { $host } への経路がありません。
summary-dns-failure = { $host } の名前解決に失敗しました。アドレスが 1 つも返りません。
summary-reset = { $peer } は接続を受け付けた後、正常な応答を返さずに切断しました。
summary-tls-error = { $peer } との TLS ハンドシェイクに失敗したか、証明書が検証を通りません。
summary-error = { $target } の診断中に予期しないエラーが発生しました。

## 診断実行中に表示するフェーズ（一覧の判定欄には単独で、詳細ペインには「…」を付けて表示）

phase-resolving = 名前解決中
phase-connecting = 接続中
phase-tls = TLS ネゴシエーション中
phase-handshake = ハンドシェイク中
phase-follow-up = 追加調査中

## 根拠の行

evidence-connect-failed = { $addr } への接続: { $error ->
        [refused] 接続拒否
        [timed-out] タイムアウト
        [addr-not-available] アドレス割り当て不可
        [net-unreachable] ネットワーク到達不能
        [host-unreachable] ホストへの経路なし
        [reset] 接続リセット
        [aborted] 接続中断
        [closed] 相手側が切断
       *[other] 失敗
    }（OS エラー { $code }）
evidence-connect-timed-out = { $addr } への接続: { $ms } ms 以内に応答なし
evidence-alternate-accepts = { $addr } では同じポートで接続を受け付けています
evidence-ports-open = { $count ->
       *[other] { $ip } はポート { $ports } で接続を受け付けています
    }
evidence-ports-refused = { $count ->
       *[other] { $ip } はポート { $ports } で拒否応答を返すため、ホスト自体は稼働しています
    }
evidence-ports-silent = { $count ->
        [1] { $ip } はポート { $ports } でも応答がありません
       *[other] { $ip } は他の { $count } 個のポート（{ $ports }）でも応答がありません
    }
evidence-resolved = { $name } は { $addrs } に解決されます
evidence-dns-mismatch = { $name } は { $resolved } に解決されますが、想定は { $expected } です
evidence-no-such-host = { $server ->
        [system] システムのリゾルバーに { $name } のアドレスがありません
       *[other] DNS サーバー { $server } に { $name } のアドレスがありません
    }
evidence-dns-timed-out = { $server ->
        [system] システムのリゾルバーが時間内に応答しませんでした
       *[other] DNS サーバー { $server } が時間内に応答しませんでした
    }
evidence-dns-error = リゾルバーのエラー: { $message }
evidence-proxy-variable = プロキシ設定 { $var } が { $value } になっています
evidence-fake-ip = { $ip } は { $range } 内にあります。TUN モードのプロキシツールが Fake IP として割り当てる範囲です
evidence-cdn-header = レスポンスヘッダー { $name }: { $value } から、前段に CDN かプロキシがあるとわかります
evidence-cdn-address = { $ip } はサーバーではなく CDN（{ $range }）のアドレスです
evidence-cdn-port-not-proxied = CDN が転送するのはポート { $ports } だけで、ポート { $port } は含まれません
evidence-cdn-origin-error = CDN が自前のエラーページ（{ $status }）を返しました。オリジンサーバーから応答を得られていません
evidence-private-address = { $ip } はプライベートアドレス（{ $range }）ですが、このマシンはそのネットワークにインターフェースを持っていません（ローカルアドレス: { $interfaces }）
evidence-port-range = ローカルポート範囲: { $low }〜{ $high }（{ $count } 個）
evidence-sockets-to-destination = { $count ->
       *[other] このマシンの { $count } 個のソケットが { $dest } に接続しています
    }
evidence-time-wait-sockets = { $count ->
       *[other] { $count } 個のソケットが TIME_WAIT 状態です
    }
evidence-no-port-census = このシステムはソケットテーブルを公開していないため、ローカルポートの使用数を数えられませんでした
evidence-http-status = サーバーの応答: { $status }
evidence-http-header = レスポンスヘッダー { $name }: { $value }
evidence-upgrade-requested = リクエストには Upgrade: websocket を付けました。WebSocket サーバーなら 101 Switching Protocols を返します
evidence-non-http-reply = { $kind ->
        [ssh] サーバーが SSH バナーを返しました: { $line }
        [smtp] サーバーが SMTP のグリーティングを返しました: { $line }
        [ftp] サーバーが FTP のグリーティングを返しました: { $line }
        [redis] サーバーが Redis のような応答を返しました: { $line }
        [mysql] サーバーが MySQL のグリーティングを返しました: { $line }
        [mail] サーバーがメールサーバーのグリーティングを返しました: { $line }
       *[text] サーバーが HTTP ではないテキストを返しました: { $line }
    }
evidence-binary-reply = { $count ->
       *[other] サーバーが HTTP ではなく { $count } バイトのバイナリデータを返しました
    }
evidence-tls-record-reply = 平文のリクエストに対し、サーバーが TLS レコードで応答しました
evidence-tls-works-on-port = { $addr } との TLS ハンドシェイクは成功します
evidence-plain-reply-to-tls = TLS の ClientHello に対し、サーバーが平文で応答しました: { $line }
evidence-plain-works-on-port = { $addr } に平文でリクエストすると、次の応答が返ります: { $line }
evidence-silence = { $ms } ms 以内に何も返ってきませんでした
evidence-reset-after-request = { $count ->
        [0] リクエストを送る前にサーバーが接続をリセットしました
       *[other] リクエストを { $count } バイト送った後、サーバーが接続をリセットしました
    }
evidence-closed-without-reply = { $count ->
        [0] サーバーは 1 バイトも送らずに接続を閉じました
       *[other] サーバーは何も返さずに接続を閉じました
    }
evidence-tls-alert = サーバーが TLS アラート { $alert } を送ってきました
evidence-certificate-problem = 証明書の検証: { $detail }
evidence-certificate-issued = 証明書の発行先は { $subject }、発行者は { $issuer } です
evidence-certificate-self-signed = 自己署名です: { $subject } が自分で発行したため、どのトラストストアにもありません
evidence-certificate-untrusted-issuer = 発行者 { $issuer } がトラストストアにありません（プライベート CA なら、--ca-file でその CA を信頼済みとして追加できます）
evidence-certificate-self-signed-ca = CA として印が付いている（CA:TRUE、openssl req -x509 の既定）ため、サーバー証明書としても拒否されます
evidence-certificate-dev-ca = 発行者は { $issuer } で、{ $tool } のローカル CA です。これを入れたマシンだけが信頼し、サーバーはこの CA を送っていません
evidence-certificate-inspection = { $issuer } は TLS インスペクション製品 { $product } の CA です。途中のプロキシが通信を復号して署名し直しています
evidence-certificate-issuer-not-sent = サーバー証明書に署名した { $issuer } をサーバーが送っていません。証明書には取得先として { $url } が書かれています
evidence-trusted-by-os-only = チェーンの終わりは { $issuer } です。このマシンのトラストストアにはありますが、Mozilla のバンドルにはありません
evidence-client-certificate-requested = { $count ->
        [0] サーバーはクライアント証明書を求めましたが、受け入れる CA は示していません
       *[other] サーバーはクライアント証明書を求めています。受け入れる CA（{ $count } 件）: { $names }
    }
evidence-certificate-expires-soon = { $count ->
        [0] 今日 { $until } に期限切れになります
       *[other] あと { $count } 日、{ $until } に期限切れになります
    }
evidence-certificate-names = { $count ->
        [1] 証明書の名前は { $names } だけです。URL のホストは { $host } です
       *[other] 証明書の名前は { $count } 個: { $names }。URL のホストは { $host } です
    }
evidence-certificate-no-names = 証明書に subjectAltName がありません。クライアントは CN を見ないので、{ $host } を含めどの名前にも一致しません
evidence-certificate-validity = 有効期間は { $from } から { $until } まで
evidence-certificate-expired-ago = { $count ->
        [0] 本日（{ $until }）期限切れになりました
       *[other] { $count } 日前（{ $until }）に期限切れになりました
    }
evidence-certificate-not-yet-valid = { $from } より前は無効ですが、診断したのは { $now } です。どちらかの時計がずれています
evidence-tls-server-version = サーバーは { $version } を選びました。netdoctor は現行のクライアントと同様、TLS 1.2 と 1.3 にしか対応していません
evidence-tls-version-alert = サーバーは TLS 1.2 と 1.3 の提案に protocol_version アラートで応答しました。サーバーはどちらにも対応していません
evidence-upgrade-rejected = アップグレード応答の検証に失敗しました: { $detail }
evidence-reply-truncated = { $count ->
       *[other] 応答が { $count } バイトで途切れました
    }
evidence-windows-retried-refused = Windows は接続拒否を報告する前に約 2 秒間再試行します
evidence-cannot-tell-apart = クライアント側からは、ホストのファイアウォール、クラウドのセキュリティグループ、パネルのファイアウォールを区別できません。どれもパケットを黙って破棄します
evidence-message = { $text }
evidence-reverse-proxy-header = レスポンスヘッダー { $name }: { $value } はリバースプロキシが応答したことを示しています
evidence-upgrade-lost = リクエストにはアップグレードが含まれていたのに、応答が WebSocket へのアップグレードを求めています（{ $hint }）: Upgrade と Connection が途中で失われました
evidence-socketio-reply = 応答本文は Engine.IO（Socket.IO のトランスポート）のものです: { $body }
evidence-socketio-path = { $path } は Socket.IO サーバーが応答するパスです
evidence-origin-retry = { $origin ->
        [none] Origin ヘッダーなしで
       *[other] Origin: { $origin } 付きで
    }送ったアップグレードへの応答: { $status ->
        [none] HTTP の応答なし
       *[other] { $status }
    }
evidence-subprotocol-hint = 応答にサブプロトコルの指定があります: { $hint }
evidence-subprotocol-unrequested = サーバーはクライアントが提示していないサブプロトコル { $protocol } を選んだため、クライアントはアップグレードを拒否します
evidence-hang-up-on-accept = { $addr } への 2 本目の接続は受け付けられたあと、どちらも 1 バイトも送らないうちにすぐ閉じられました
evidence-other-family-works = { $addr }（{ $family }）は接続を受け付け、そちらでは診断が成功しました
evidence-first-address-only = { $addr }（{ $family }）が最初に試されます: 次のアドレスに切り替えないクライアント（Happy Eyeballs なし）は失敗します

## 接続先のエラー（コマンドラインと URL 入力欄）
## 変数: $target（入力されたテキスト）、$value（問題のある部分）

target-error-empty = 接続先が空です。URL を入力してください。例: ws://127.0.0.1:8080/chat
target-error-too-long = { $target }: 接続先が { $value } 文字あり、URL としては長すぎます。
target-error-control-character = 接続先に制御文字（改行など）が含まれています。URL だけを貼り付けてください。
target-error-missing-scheme = { $target }: スキームがありません。tcp://、ws://、wss://、http://、https:// のいずれかで始めてください。
target-error-unknown-scheme = { $target }: 不明なスキーム「{ $value }」です。tcp、ws、wss、http、https のいずれかを使ってください。
target-error-empty-host = { $target }: スキームの後にホストがありません。
target-error-invalid-host = { $target }: 「{ $value }」は有効なホスト名でも IP アドレスでもありません。
target-error-invalid-port = { $target }: 「{ $value }」はポート番号ではありません。1〜65535 の数値を指定してください。
target-error-port-zero = { $target }: ポート 0 には接続できません。1〜65535 の数値を指定してください。
target-error-missing-port = { $target }: tcp:// にはポートが必要です。例: tcp://db.example.com:5432
target-error-malformed = { $target }: 有効な URL ではありません（{ $value }）。

## コマンドライン

cli-about = クライアントがサーバーに接続できない理由と、その直し方を示します。
cli-help-lang = 表示言語: en、ko、ja、ru、pt（既定: システムの言語）
cli-help-check = ウィンドウを開かずにエンドポイントを診断し、結果を表示します
cli-help-targets = エンドポイントの URL: tcp://、ws://、wss://、http://、https://
cli-help-json = テキストの代わりに JSON ドキュメントを 1 つ出力します
cli-help-timeout = 各フェーズ（接続、TLS、ハンドシェイク）の制限時間（ミリ秒）
cli-help-expect-ip = ホスト名の解決先として想定するアドレス（複数指定可）
cli-help-dns-server = システムのリゾルバーではなく、この DNS サーバーで名前解決します
cli-help-profile = プロファイルファイルに保存されたすべてのエンドポイントを診断します
cli-help-concurrency = 同時に診断する接続先の数
cli-help-report = 共有用のレポート（.html、.md、.json）も書き出します
cli-help-no-followups = 原因を絞り込むための追加プローブを省略します
cli-help-ca-file = この PEM ファイルの証明書も信頼します（プライベート CA や開発用 CA）
cli-error-usage = 使い方: netdoctor check [OPTIONS] <TARGET>...（詳細は netdoctor check --help）
cli-error-unknown-argument = 不明なオプション { $arg } です。netdoctor check --help を参照してください。
cli-error-unknown-command = 不明なコマンド { $value } です。netdoctor check { $value } のことですか？
cli-error-invalid-value = { $arg } の値「{ $value }」が不正です。
cli-error-missing-value = { $arg } には値が必要です。
cli-error-conflict = { $arg } は、指定された他のオプションと併用できません。
cli-error-no-targets = 接続先がありません。URL を 1 つ以上指定してください。例: netdoctor check ws://127.0.0.1:8080/
cli-error-report-write = { $path } にレポートを書き出せません: { $error }
cli-error-runtime = プローブエンジンを起動できません: { $error }
cli-error-ca-file = { $path } を CA ファイルとして使えません: { $error }
cli-note-concurrency-reduced = オープンファイル数の上限（{ $limit }）により、同時に処理できる接続先は { $count } 件までです。残りは順番待ちになります。上限を上げるには: ulimit -n 65536
cli-progress = { $done } / { $total } 件診断済み
cli-duration = { $ms } ms
cli-fix-label = 対処法:
cli-tally = { $failed ->
        [0] { $total ->
               *[other] すべて正常です（{ $total } 件）。
            }
       *[other] { $total } 件中 { $failed } 件が失敗しています。
    }

## デスクトップアプリ

gui-unavailable = この netdoctor はデスクトップアプリなしでビルドされています。代わりに netdoctor check <URL> を使ってください。

evidence-nothing-listens = このマシンではポート { $port } で待ち受けているものがありません
evidence-listens-only-on = { $who ->
    [known] { $owner } は { $addr } だけで待ち受けています
   *[unknown] このユーザーからは見えないプロセスが { $addr } だけで待ち受けています
}
evidence-listens-nearby = { $who ->
    [known] { $owner } が { $addr } で待ち受けています
   *[unknown] このユーザーからは見えないプロセスが { $addr } で待ち受けています
}
evidence-container-proxy-listens = { $owner } が { $addr } を握っています。コンテナランタイムがこのポートをコンテナへ転送しています
local-listeners-heading = このマシンで待ち受け中
local-listeners-none = このマシンではポート { $port } で待ち受けているものがありません。
local-listener-unknown-owner = このユーザーからは所有者が見えません
server-hint-heading = サーバー側で確かめる
server-hint-intro = 接続を受けるはずのマシンで、次のどちらかを実行してください:
server-hint-inspect = そのポートの待ち受け、ローカル接続、ファイアウォール規則を表示します
server-hint-respond = サーバーを止めている間そのポートで応答し、ネットワーク経路を試します
## ユーザーが指定したファイルの読み込みと、検査前のオプション確認
file-kind-directory = フォルダー
file-kind-fifo = 名前付きパイプ
file-kind-device = デバイス
file-kind-other = 特殊ファイル
file-error-not-regular = 通常のファイルではありません（{ $kind }）
file-error-too-large = この種類のファイルの上限 { $mib } MiB を超えています
file-error-utf8 = テキストが正しい UTF-8 ではありません
report-path-no-folder = フォルダーが存在しません
report-path-is-folder = ファイルではなくフォルダーです
report-path-not-writable = フォルダーに書き込めません
ca-file-no-certificate = PEM 形式の証明書が 1 つも含まれていません
cli-error-watch-count-needs-watch = --watch-count は --watch SECONDS と一緒にしか使えません。
cli-warning-unknown-lang = 「{ $tag }」という言語はありません。使える言語: { $list }。{ $used } で表示します。
