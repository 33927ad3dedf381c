# 警告: ここでは動くが、すべてのクライアントでは動かない（またはまもなく動かなくなる）エンドポイント。
# 原因と同じ形: メッセージがタイトルで、.detail と .fix が属性。

report-warning = 警告
report-warnings = 警告

warn-first-address-fails = { $host } の最初のアドレスは失敗し、後のアドレスは動く
    .detail = { $host } は複数のアドレスに解決されます。netdoctor は次のアドレスへ切り替えるクライアントと同じく後のアドレスで接続しましたが、最初に試したアドレスはポート { $port } への接続を受け付けません。最初のアドレスしか使わないクライアントは失敗します。
    .fix = 名前が指すすべてのアドレスでサーバーをリッスンさせてください（localhost なら [::1] と 127.0.0.1 の両方。例: [::]:{ $port } でデュアルスタック）。または、クライアントの接続先を動くアドレスにしてください。
        Node.js では dns.setDefaultResultOrder("ipv4first") か net.connect({"{"} autoSelectFamily: true {"}"})。

evidence-first-address-refused-clients = 最初のアドレスにしか接続しないクライアントは { $addr } で止まって失敗します: Node.js 17〜19（それ以降も autoSelectFamily を切った場合）は ECONNREFUSED { $ip } を返し、Java の new Socket(host, port) も同じです。ブラウザー、curl、Go、Python、Rust は次のアドレスを試して接続します。
evidence-first-address-silent-clients = 最初のアドレスにしか接続しないクライアントは { $addr } でタイムアウトまで待ちます: Node.js 17〜19（それ以降も autoSelectFamily を切った場合）、Java の new Socket(host, port)。Python と Rust は自分のタイムアウトが過ぎてから次のアドレスを試し、ブラウザー、curl、Go は少し待って切り替えます。

warn-netdoctor-responder = 応答したのはサーバー本体ではなく netdoctor のレスポンダーです。ポート { $port } までの経路は開いています
    .detail = 相手は netdoctor server --respond だと名乗りました。ここからの接続が届いたので、このマシンと { $host } の間でポート { $port } を塞いでいるものはありません。
    .fix = レスポンダーを止めて (Ctrl+C)、ポート { $port } で本来のサーバーを起動してください。それでもクライアントが失敗するなら、原因はネットワークではなくサーバーのプロセスか bind の設定です。

evidence-netdoctor-responder = 相手の名乗り: { $sign }
