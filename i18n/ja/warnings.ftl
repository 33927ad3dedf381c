# 警告: ここでは動くが、すべてのクライアントでは動かない（またはまもなく動かなくなる）エンドポイント。
# 原因と同じ形: メッセージがタイトルで、.detail と .fix が属性。

report-warning = 警告
report-warnings = 警告

warn-first-address-fails = { $host } の最初のアドレスは失敗し、後のアドレスは動く
    .detail = { $host } は複数のアドレスに解決されます。netdoctor は次のアドレスへ切り替えるクライアントと同じく後のアドレスで接続しましたが、最初に試したアドレスはポート { $port } への接続を受け付けません。最初のアドレスしか使わないクライアントは失敗します。
    .fix = 名前が指すすべてのアドレスでサーバーをリッスンさせてください（localhost なら [::1] と 127.0.0.1 の両方。例: [::]:{ $port } でデュアルスタック）。または、クライアントの接続先を動くアドレスにしてください。
        Node.js では dns.setDefaultResultOrder("ipv4first") か net.connect({"{"} autoSelectFamily: true {"}"})。


warn-certificate-expires-soon = { $host } の証明書がまもなく期限切れになる
    .detail = 証明書は今は有効ですが、2 週間以内に期限が切れます。自動更新（certbot、cert-manager、Caddy）は 30 日前に更新するので、たいていは更新が失敗し続けているということです。
    .fix = 証明書を更新してサーバーを再読み込みし、自動更新が止まった理由を調べてください（Let's Encrypt の場合）:
        sudo certbot renew --dry-run
    サーバーが送る証明書の日付は次で確認できます:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

warn-trusted-by-os-only = { $host } の証明書を受け入れるのはこのマシンのトラストストアだけ
    .detail = チェーンの終わりの CA は、このマシンの OS ストアにはありますが Mozilla のバンドルにはありません。ここではブラウザーや curl はつながりますが、独自のバンドルを読む Node.js、Python（requests、certifi）、Java、Linux コンテナーの Go は "unable to get local issuer certificate" で失敗します。
    .fix = 各ランタイムに CA の証明書（ca.pem。このマシンのストアから書き出す）を渡してください:
        Node.js: NODE_EXTRA_CA_CERTS=/path/to/ca.pem node app.js
        Python: REQUESTS_CA_BUNDLE=/path/to/ca.pem (requests) または SSL_CERT_FILE=/path/to/ca.pem (ssl, httpx)
        keytool -importcert -alias private-ca -file ca.pem -cacerts -storepass changeit
    コンテナーでは、イメージの中で ca.pem を /usr/local/share/ca-certificates/ にコピーして update-ca-certificates を実行してください。

evidence-first-address-refused-clients = 最初のアドレスにしか接続しないクライアントは { $addr } で止まって失敗します: Node.js 17〜19（それ以降も autoSelectFamily を切った場合）は ECONNREFUSED { $ip } を返し、Java の new Socket(host, port) も同じです。ブラウザー、curl、Go、Python、Rust は次のアドレスを試して接続します。
evidence-first-address-silent-clients = 最初のアドレスにしか接続しないクライアントは { $addr } でタイムアウトまで待ちます: Node.js 17〜19（それ以降も autoSelectFamily を切った場合）、Java の new Socket(host, port)。Python と Rust は自分のタイムアウトが過ぎてから次のアドレスを試し、ブラウザー、curl、Go は少し待って切り替えます。

warn-netdoctor-responder = 応答したのはサーバー本体ではなく netdoctor のレスポンダーです。ポート { $port } までの経路は開いています
    .detail = 相手は netdoctor server --respond だと名乗りました。ここからの接続が届いたので、このマシンと { $host } の間でポート { $port } を塞いでいるものはありません。
    .fix = レスポンダーを止めて (Ctrl+C)、ポート { $port } で本来のサーバーを起動してください。それでもクライアントが失敗するなら、原因はネットワークではなくサーバーのプロセスか bind の設定です。

evidence-netdoctor-responder = 相手の名乗り: { $sign }
