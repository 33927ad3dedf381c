## 原因: メッセージがタイトル、.detail が説明、.fix が対処法。
## 変数: $target, $host, $port, $path, $scheme, $peer, $status, $ms

cause-refused-wrong-port = クライアントの接続先ポートが間違っている
    .detail = ホストは稼働していますが、ポート { $port } をリッスンしているプロセスがありません。同じホストの別のポートは応答します。
    .fix = クライアントの接続先ポートと、サーバーのリッスンポートを見比べてください。サーバー上でリッスン中のポートを一覧するには:
        ss -ltnp            (Linux)
        lsof -iTCP -sTCP:LISTEN   (macOS)
        netstat -ano | findstr LISTENING   (Windows)

cause-refused-wrong-host = クライアントの接続先ホスト（IP）が間違っている
    .detail = { $peer } は接続を拒否しますが、同じポートがこのマシンの別のアドレスでは接続を受け付けます。サーバーがリッスンしているのはそちらで、クライアントの接続先ではありません。
    .fix = クライアントの接続先を、サーバーがリッスンしているアドレスに合わせてください。または、サーバーをすべてのアドレスでリッスンさせてください（IPv4 は 0.0.0.0、IPv6 は ::）。

cause-refused-dns-wrong-ip = ドメインが別のサーバー IP を指している
    .detail = { $host } が、サーバーの動いていないアドレスに解決されます。
    .fix = A/AAAA レコードを確認してください: dig +short { $host }
        DNS プロバイダー側でレコードを直してください。古いエントリが上書きしている場合は /etc/hosts（Windows では C:\Windows\System32\drivers\etc\hosts）を修正してください。

cause-refused-cdn-proxy = サーバーの前段に CDN や高速化プロキシがある
    .detail = 接続しているアドレスはサーバーではなく、CDN かプロキシのものです。接続を拒否しているのも、応答しているのもそちらです。
    .fix = CDN が転送するポートを使ってください（Cloudflare がプロキシするのは 80、443、8080、8443 など決まったポートだけです）。または、このレコードのプロキシを無効にして（DNS のみ）、オリジンに直接接続してください。

cause-refused-server-not-running = サーバーが起動していない、またはこのポートで動いていない
    .detail = { $peer } で接続を受け付けているものがありません。プロセスが停止しているか、起動時にクラッシュしたか、別のポートでリッスンしています。
    .fix = サーバーを起動し、ポート { $port } をリッスンしているか確認してください:
        ss -ltnp | grep :{ $port }
        次に起動ログを見て、"address already in use" などの bind エラーが出ていないか確認してください。

cause-refused-proxy-software = このマシンのプロキシソフトが経路に割り込んでいる
    .detail = この接続はサーバーへ直接送られず、プロキシ（環境変数の設定か、TUN モードのプロキシツール）が処理しています。
    .fix = プロキシを切って再試行するか、このホストを除外してください: export NO_PROXY={ $host }
        TUN モードのツールでは、{ $host } に DIRECT ルールを追加してください。

cause-refused-loopback-only-bind = サーバーが 127.0.0.1 でしかリッスンしていない
    .detail = このポートはループバックアドレスでは接続を受け付けますが、{ $peer } では拒否します。127.0.0.1 にバインドしたサーバーには、同じマシンから 127.0.0.1 経由でしか接続できません。
    .fix = サーバーをすべてのアドレスでリッスンさせてください: 0.0.0.0:{ $port }（IPv4）または [::]:{ $port }（IPv6）。例:
        websocket://0.0.0.0:{ $port }
        node: server.listen({ $port }, "0.0.0.0")
        docker: -p { $port }:{ $port } を指定し、コンテナ内では 0.0.0.0 にバインドする

cause-timeout-firewall = サーバーのファイアウォールが接続を遮断している
    .detail = ポート { $port } へのパケットにまったく応答がありません。拒否（reject）せずに破棄（drop）するファイアウォールだと、まさにこうなります。
    .fix = サーバーでポートを開放してください:
        sudo ufw allow { $port }/tcp
        sudo firewall-cmd --add-port={ $port }/tcp --permanent && sudo firewall-cmd --reload
        sudo iptables -I INPUT -p tcp --dport { $port } -j ACCEPT
        切り分けるには、ファイアウォールを一時的に止めて再試行してください。

cause-timeout-cloud-security-group = クラウドのセキュリティグループがポートを遮断
    .detail = クラウドサーバーでは、マシンに届く前にクラウド事業者のセキュリティグループが通信をフィルタリングします。
    .fix = 管理コンソールで、インスタンスのセキュリティグループにインバウンドルールを追加してください: TCP ポート { $port }、ソースはクライアントのアドレス（全体に公開するなら 0.0.0.0/0）。

cause-timeout-panel-firewall = サーバー管理パネルでポートが開放されていない
    .detail = Baota（aaPanel、BT パネル）などのパネルは、OS のファイアウォールの手前に独自のファイアウォールを持っています。
    .fix = パネルのセキュリティ（ファイアウォール）設定で TCP ポート { $port } を許可するルールを追加し、再試行してください。

cause-timeout-server-not-running = サーバーが存在しない、または電源が入っていない
    .detail = { $peer } は他のポートでも応答しません。マシンが停止しているか、そのアドレスを持つマシンが存在しない可能性があります。
    .fix = サーバーマシンが起動していて、このアドレスを持っているか確認してください。サーバー上で ip addr（Linux）または ipconfig（Windows）を実行します。次に、サービスがポート { $port } で動いているか確認してください。

cause-timeout-dns-wrong-ip = ドメインが別のサーバー IP を指している
    .detail = { $host } が、自分のサーバーが応答しないアドレスに解決されます。
    .fix = A/AAAA レコードを確認してください: dig +short { $host }
        DNS プロバイダー側でレコードを直すか、/etc/hosts の古い行を削除してください。

cause-timeout-private-ip-unreachable = ネットワークの外からプライベート IP に接続している
    .detail = { $peer } は LAN 内専用のアドレスです。同じネットワーク上のマシンからしか届かず、このマシンはそのネットワークにいません。
    .fix = サーバーのグローバル IP かドメインを使うか、先にそのネットワークに参加してください（VPN、同じ Wi-Fi、VPC ピアリング）。

cause-addr-not-available-ephemeral-ports-exhausted = この宛先へのエフェメラルポートが枯渇した
    .detail = 外向きの接続は 1 本ごとにローカルポート（エフェメラルポート）を 1 つ使います。1 台のサーバーに数万本の接続を張ると、ポート範囲が尽きます。
    .fix = ローカルポートの範囲を広げてください。/etc/sysctl.conf に次を追加します:
        net.ipv4.ip_local_port_range = 10000 65535
        追加後に sudo sysctl -p を実行してください。
        接続を再利用すれば（keep-alive、コネクションプール）、この問題自体を避けられます。

cause-addr-not-available-time-wait = 閉じた短い接続が TIME_WAIT でローカルポートを占有している
    .detail = 閉じた接続は、しばらく TIME_WAIT 状態のままローカルポートを保持します。短い接続を一気に大量に張ると、ポート範囲が尽きます。
    .fix = 新しい外向きの接続で TIME_WAIT のポートを再利用できるよう、カーネルを設定してください。/etc/sysctl.conf に次を追加します:
        net.ipv4.tcp_tw_reuse = 1
        net.ipv4.ip_local_port_range = 10000 65535
        追加後に sudo sysctl -p を実行してください。
        TIME_WAIT の数は次で確認できます: ss -tan state time-wait | wc -l

cause-protocol-mismatch-ws-to-http = WebSocket クライアントが通常の HTTP サーバーに接続している
    .detail = サーバーは 101 Switching Protocols ではなく { $status } を返しました。ブラウザーではこれが "Error during WebSocket handshake: Unexpected response code" と表示されます。
    .fix = このポートのサーバーに { $path } の WebSocket ルートを追加するか、クライアントの接続先を WebSocket サーバーが実際にリッスンしているポートとパスに変えてください。ルートの追加方法はサーバーによって違います。例:
        Node.js（ws）: new WebSocketServer({"{"} server, path: "{ $path }" {"}"})
        Python（websockets）: serve(handler, "0.0.0.0", { $port })
        Workerman / GatewayWorker: new Worker('websocket://0.0.0.0:{ $port }');
        nginx の背後なら: proxy_http_version 1.1 と Upgrade・Connection ヘッダーを付けて WebSocket バックエンドへ proxy_pass します。

cause-protocol-mismatch-invalid-http-response = サーバーの応答がそもそも HTTP ではない
    .detail = { $scheme ->
        [http] HTTP クライアントは、応答が HTTP/1.1 200 OK のようなステータス行で始まり、ヘッダーと空行が続くことを期待します。このサーバーの応答はそうなっていません。
        [https] HTTP クライアントは、応答が HTTP/1.1 200 OK のようなステータス行で始まり、ヘッダーと空行が続くことを期待します。このサーバーの応答はそうなっていません。
       *[other] WebSocket のハンドシェイクには HTTP の応答が必要ですが、このサーバーは別のプロトコルで応答しています。ブラウザーでは "net::ERR_INVALID_HTTP_RESPONSE" と表示されます。
    }
    .fix = { $scheme ->
        [http] ポート { $port } で実際に何がリッスンしていて、どのプロトコルを話すのか確認してください。生の応答とポートを使っているプログラムは次で確認できます（ss はサーバー上で実行）:
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            そのうえで、クライアントの接続先を HTTP サーバーがリッスンしているポートにするか、このポートのサーバーが HTTP/1.1 で応答するようにしてください。
        [https] ポート { $port } で実際に何がリッスンしていて、どのプロトコルを話すのか確認してください。生の応答とポートを使っているプログラムは次で確認できます（ss はサーバー上で実行）:
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            そのうえで、クライアントの接続先を HTTP サーバーがリッスンしているポートにするか、このポートのサーバーが HTTP/1.1 で応答するようにしてください。
       *[other] ポート { $port } を使っているのが別のサービスではなく、WebSocket サーバーか確認してください。サーバーは websocket プロトコルでリッスンさせます:
            new Worker('websocket://0.0.0.0:{ $port }');
    }

cause-protocol-mismatch-plain-to-tls = サーバーは TLS を要求しているが、クライアントが平文で接続した
    .detail = このポートは TLS で通信しますが、クライアントは { $scheme }:// を使いました。
    .fix = TLS のスキームを使ってください: ws:// ではなく wss://、http:// ではなく https://。

cause-protocol-mismatch-tls-to-plain = クライアントが平文のサーバーに TLS で接続している
    .detail = クライアントは { $scheme }:// を使いましたが、サーバーは平文で応答しており、このポートでは TLS に対応していません。
    .fix = このポートには ws:// か http:// を使ってください。または、{ $host } の証明書を用意し、サーバー（または前段のリバースプロキシ）で TLS を有効にしてください。

cause-protocol-mismatch-silent-server = サーバーが接続を受け付けたまま応答しない
    .detail = 接続は確立し、リクエストも送りましたが、{ $ms } ms 以内に何も返ってきませんでした。このポートのサービスが別の入力を待っているか、ハングしています。
    .fix = どのプログラムがポートを使っているか確認してください: ss -ltnp | grep :{ $port }
        自分のサービスなら、ワーカーがブロックされていないか、クライアントが先に別のプロトコルで話しかけるのを待っていないかを調べてください。

cause-protocol-mismatch-bad-upgrade = サーバーのアップグレード応答が不正
    .detail = サーバーは 101 Switching Protocols を返しましたが、応答が WebSocket ハンドシェイクの規則に違反しています（例: Sec-WebSocket-Accept の値が誤っている）。
    .fix = サーバーではメンテナンスされている WebSocket ライブラリを使ってください。途中のプロキシがハンドシェイクのヘッダーを書き換えていないかも確認してください。

cause-refused-cdn-port-not-proxied = CDN がこのポートを転送していない
    .detail = { $host } は CDN を指していますが、CDN が転送するポートは決まっています。ポート { $port } への接続は CDN で止まり、サーバーには届きません。
    .fix = CDN が転送するポートで公開してください（Cloudflare: 80、443、2052、2053、2082、2083、2086、2087、2095、2096、8080、8443、8880）。または、この DNS レコードを「DNS のみ」にして、クライアントがサーバーに直接つながるようにしてください。

cause-error-cdn-origin-unreachable = CDN がオリジンサーバーに到達できない
    .detail = { $status } は CDN 自身の応答です。背後のサーバーが拒否した（521）、タイムアウトした（522）、到達できなかった（523）、または CDN との TLS に失敗した（525, 526）ことを示します。問題はこのマシンではなく、CDN とサーバーの間にあります。
    .fix = オリジンサーバーが起動していて、CDN が使うポートで CDN のアドレスからの接続を受け付けているか確認してください。サーバー上で:
        ss -ltnp
        サーバーのファイアウォールで CDN のアドレス範囲を許可してください（Cloudflare はサイトの /ips で公開しています）。

cause-error-http-status = サーバーが HTTP エラーを返した
    .detail = サーバーは { $status } を返しました。到達はできていますが、このリクエストを拒否しています。
    .fix = パス（{ $path }）とサーバーのルーティングを確認し、このリクエストに対応するエラーログを読んでください。

cause-unreachable-no-route = サーバーへの経路がない
    .detail = OS に { $host } への経路がありません。ネットワークが切断されているか、このマシンから届かないネットワーク上のアドレスです。
    .fix = このマシンのネットワーク接続とルーティングを確認してください: ip route（Linux）、netstat -rn（macOS）、route print（Windows）。VPN の接続が必要な場合もあります。

cause-unreachable-firewall-reject = サーバーのファイアウォールがこのポートを拒否している
    .detail = { $host } は稼働していますが、ポート { $port } への接続はすぐに「No route to host」で失敗します。ファイアウォールが ICMP の「administratively prohibited」または「host prohibited」で拒否しているためです。firewalld の既定の動作や、icmp-host-prohibited を返す REJECT ルールがこの挙動になります。
    .fix = サーバーのファイアウォールでポートを開放してください。例:
        sudo firewall-cmd --permanent --add-port={ $port }/tcp && sudo firewall-cmd --reload
        どのルールが拒否しているかは、サーバー上で netdoctor server { $port } を実行すると分かります。

cause-dns-failure-no-such-host = 名前解決できない
    .detail = { $host } の A / AAAA レコードが見つかりません。
    .fix = 綴りを確認してから、レコードを確認してください: dig { $host }
        新しいレコードは反映まで時間がかかることがあります。ローカル用の名前なら /etc/hosts に書くべきかもしれません。

cause-dns-failure-server-unreachable = DNS サーバーが応答しない
    .detail = リゾルバーが時間内に有効な応答を得られず、{ $host } を引けませんでした。
    .fix = DNS 設定（/etc/resolv.conf、または resolvectl status）を確認するか、別の DNS サーバーで試してください: dig @1.1.1.1 { $host }

cause-reset-during-handshake = ハンドシェイク中にサーバーが接続をリセットした
    .detail = サーバーは接続を受け付けましたが、リクエスト送信後に RST で切断しました。サーバーがクライアントを拒否するとき（TLS やプロトコルの不一致、IP 許可リスト、クラッシュ）によく起きます。
    .fix = 診断した時刻のサーバーログを確認してください。クライアントのプロトコル（{ $scheme }://）が、サーバーがポート { $port } で想定しているものと一致しているかも確認してください。

cause-reset-on-connect = 接続の確立中にリセットされた
    .detail = 接続が確立しきる前に中断されました。途中の中継機器（ミドルボックス）や、過負荷のサーバーが原因であることが多いです。
    .fix = 再試行してください。続く場合は、サーバーの accept バックログと、途中のファイアウォールやロードバランサーを確認してください。

cause-reset-closed-without-reply = サーバーが応答せずに接続を閉じた
    .detail = サーバーは接続を受け付けた後、1 バイトも返さずに閉じました。サーバーがリクエストを解釈できないときや、クライアントを拒否するときによくある挙動です。
    .fix = クライアントのプロトコル（{ $scheme }://）が、サーバーがポート { $port } で想定しているものか確認してください。そのうえで、閉じられた接続についてサーバーのログを確認してください。

cause-tls-error-certificate-expired = サーバー証明書の有効期限が切れている
    .detail = 有効期限を過ぎた証明書は、クライアントに拒否されます。
    .fix = 証明書を更新し（Let's Encrypt なら sudo certbot renew）、サーバーをリロードしてください。有効期限は次で確認できます:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-not-yet-valid = 証明書がまだ有効になっていない
    .detail = 証明書の有効期間の開始日時が、このマシンの時計より後になっています。たいていは、このマシンか証明書を発行したサーバーのどちらかの時計がずれています。
    .fix = このマシンの時計を確認し、時刻同期を有効にしてください:
        timedatectl
        sudo timedatectl set-ntp true
    そのうえで証明書の有効期間と比べてください:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-name-mismatch = 証明書のホスト名が一致しない
    .detail = 証明書の名前に { $host } が含まれていないため、クライアントに拒否されます。
    .fix = { $host } を含む証明書を発行するか、証明書に載っている名前で接続してください。証明書の名前は次で確認できます:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -ext subjectAltName

cause-tls-error-self-signed = 自己署名証明書を使っている
    .detail = この証明書は単独で使う前提で作られています。自分自身で署名しているか、開発ツールのローカル CA（mkcert、rcgen）が署名しているのにサーバーがその CA を送っていません。作ったマシンかその CA を入れたマシンだけが信頼し、ほかのクライアントはすべて拒否します。
    .fix = 開発用なら mkcert でローカル CA を作って各クライアントマシンにインストールし、その CA で発行した証明書をサーバーに使ってください:
        mkcert -install
        mkcert { $host }
    今のサーバーをそのまま確かめるには、この 1 回だけその証明書（または mkcert の CA、$(mkcert -CAROOT)/rootCA.pem）を信頼させます:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 > server.pem
        netdoctor check --ca-file server.pem { $target }
    本番では公的な CA の証明書を使ってください（Let's Encrypt は無料）。

cause-tls-error-untrusted-issuer = 証明書を発行した CA がこのマシンで信頼されていない
    .detail = ある組織の CA が署名した証明書ですが、このマシンのトラストストアにも、多くのランタイムが同梱する Mozilla のバンドルにもその CA がありません。プライベート CA や社内 CA、あるいは通信を途中で署名し直す TLS インスペクション用のプロキシです。その CA を入れたクライアントはつながり、それ以外は証明書を拒否します。
    .fix = CA の証明書を入手し（運用している人に頼むか、この証明書を信頼しているマシンから書き出す）、それが正しい CA か確かめてください:
        netdoctor check --ca-file ca.pem { $target }
    そのうえでクライアントが参照する場所にインストールします。Debian や Ubuntu では:
        sudo cp ca.pem /usr/local/share/ca-certificates/private-ca.crt && sudo update-ca-certificates
    あるいはサーバーに公的な CA の証明書を使ってください。

cause-tls-error-incomplete-chain = サーバーが中間証明書を送っていない
    .detail = サーバーは自分の証明書だけを送り、それに署名した CA の証明書を送っていません。ブラウザーは欠けた証明書をダウンロードするかキャッシュから補うので開けますが、curl、Node.js、Python、Java、Go は "unable to verify the first certificate" で失敗します。
    .fix = サーバーが自分の証明書に続けて中間証明書も送るよう（fullchain ファイル）設定してください。nginx なら:
        ssl_certificate /etc/letsencrypt/live/{ $host }/fullchain.pem;
    Apache 2.4.8 以降は SSLCertificateFile に fullchain ファイルを指定します。それより古い版ではチェーンを別の行で指定します:
        SSLCertificateChainFile /etc/letsencrypt/live/{ $host }/chain.pem
    Caddy と Traefik は、自分で取得した証明書ならチェーン全体を自動で送ります。サーバーが何を送っているかは次で確認できます:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -showcerts </dev/null

cause-tls-error-client-certificate-required = サーバーがクライアント証明書を求めている
    .detail = サーバーはクライアント証明書（相互 TLS）を要求し、届かなかったので接続を終えました。netdoctor は提示できるクライアント証明書を持たないため、ここでわかるのはサーバーが証明書を求めていることだけで、あなたのクライアントの証明書が通るかどうかではありません。
    .fix = サーバーが受け入れる CA（下の一覧）が発行した証明書をクライアントに持たせ、次で試してください:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -cert client.pem -key client.key </dev/null
    このサーバーが証明書を要求すべきでないなら、設定を緩めてください（nginx: ssl_verify_client optional; または off）。

cause-tls-error-protocol-version = 共通の TLS バージョンがない
    .detail = サーバーが、クライアントの拒否する TLS バージョン（SSLv3、TLS 1.0、1.1）しか提供していないか、その逆です。
    .fix = サーバーで TLS 1.2 と 1.3 を有効にしてください。nginx の場合: ssl_protocols TLSv1.2 TLSv1.3;

cause-tls-error-handshake-failed = TLS ハンドシェイクに失敗した
    .detail = サーバーがエラーで TLS ハンドシェイクを打ち切りました。
    .fix = サーバーとクライアントの TLS 設定を見比べてください: openssl s_client -connect { $host }:{ $port } -servername { $host }

cause-error-unexpected = 予期しないエラー
    .detail = netdoctor は何が起きたかを分類できませんでした。以下の根拠は、netdoctor が観測した内容です。
    .fix = --timeout を長くして再試行してください。それでも続く場合は、レポートを添えて Issue を登録してください（netdoctor check --json { $target }）。

cause-protocol-mismatch-proxy-dropped-upgrade = リバースプロキシが WebSocket のアップグレードを転送していない
    .detail = サーバーの前にあるプロキシ（nginx、Apache、Caddy、Traefik、envoy）が 101 Switching Protocols ではなく { $status } を返しました。プロキシは Upgrade と Connection を渡すよう設定しないと通常のリクエストとして転送し、後ろの WebSocket サーバーはそれを拒否します。
    .fix = { $path } のアップグレードをプロキシが転送するようにしてください。
        nginx（location ブロック内）:
          proxy_http_version 1.1;
          proxy_set_header Upgrade $http_upgrade;
          proxy_set_header Connection "upgrade";
        Apache（mod_proxy_wstunnel）:
          RewriteEngine on
          RewriteCond %{"{"}HTTP:Upgrade{"}"} websocket [NC]
          RewriteRule ^/?(.*) ws://127.0.0.1:8080/$1 [P,L]
          または Apache 2.4.47 以降: ProxyPass { $path } http://127.0.0.1:8080{ $path } upgrade=websocket
        Caddy は既定で WebSocket を転送します: reverse_proxy が WebSocket のポートを指しているか確認してください。
        Traefik も既定で転送します: ヘッダー（Upgrade、Connection）を削除するミドルウェアがないか確認してください。

cause-protocol-mismatch-socketio-endpoint = サーバーは素の WebSocket ではなく Socket.IO を話している
    .detail = 応答は Socket.IO（Engine.IO）のものです。Socket.IO は WebSocket と HTTP ロングポーリングの上に独自のプロトコルを載せるため、素の WebSocket クライアントとは通信できず、その逆もできません。
    .fix = { $socketio_at ->
        [prefix] メジャーバージョンの合う Socket.IO クライアントを使い、このサーバーが応答するパス（{ $socketio_path }）を指定してください。クライアントは既定では /socket.io しか見ません:
            JavaScript: npm install socket.io-client のあと io("{ $http_origin }", {"{"} path: "{ $socketio_path }" {"}"})
            Python: pip install "python-socketio[client]" のあと sio.connect("{ $http_origin }", socketio_path="{ $socketio_path }")
            Java: io.socket:socket.io-client、Swift: Socket.IO-Client-Swift、Go: github.com/zishang520/socket.io
            トランスポートだけを試すには: { $ws_origin }{ $socketio_path }/?EIO=4&transport=websocket
       *[other] メジャーバージョンの合う Socket.IO クライアントを使ってください:
            JavaScript: npm install socket.io-client のあと io("{ $http_origin }")
            Python: pip install "python-socketio[client]" のあと sio.connect("{ $http_origin }")
            Java: io.socket:socket.io-client、Swift: Socket.IO-Client-Swift、Go: github.com/zishang520/socket.io
            トランスポートだけを試すには: { $ws_origin }/socket.io/?EIO=4&transport=websocket
    }

cause-protocol-mismatch-origin-rejected = サーバーが Origin ヘッダーを理由にアップグレードを拒否している
    .detail = アップグレード要求には { $status } が返りましたが、サーバー自身のサイトを Origin ヘッダーに入れた同じ要求は受け付けられました。ブラウザーは必ず Origin を送るため、サーバーはその値を許可リストと照合しています。
    .fix = クライアントのページの Origin（ブラウザーが送るとおりの scheme://host:port）をサーバーの許可リストに追加してください。例:
        gorilla/websocket: Upgrader{"{"} CheckOrigin: func(r *http.Request) bool {"{"} return r.Header.Get("Origin") == "https://app.example.com" {"}"} {"}"}
        Socket.IO: new Server(httpServer, {"{"} cors: {"{"} origin: ["https://app.example.com"] {"}"} {"}"})
        Spring: registry.addHandler(handler, "{ $path }").setAllowedOrigins("https://app.example.com")
        ブラウザー以外のクライアントは、期待される Origin ヘッダーを自分で送れます。

cause-protocol-mismatch-subprotocol = WebSocket のサブプロトコルがサーバーとクライアントで合わない
    .detail = サーバーがクライアントの提示していない Sec-WebSocket-Protocol を要求または選択したため、ハンドシェイクが失敗します。GraphQL（graphql-transport-ws、graphql-ws）、MQTT（mqtt）、STOMP（v12.stomp）、OCPP（ocpp1.6）のサーバーがこうします。
    .fix = サーバーが期待するサブプロトコルを提示してください。例:
        JavaScript: new WebSocket("{ $scheme }://{ $host }:{ $port }{ $path }", ["graphql-transport-ws"])
        Python websockets: connect(uri, subprotocols=["graphql-transport-ws"])
        websocat: websocat --protocol graphql-transport-ws { $scheme }://{ $host }:{ $port }{ $path }
        または、サブプロトコルを提示しないクライアントもサーバーが受け付けるようにしてください。

cause-reset-loopback-only-bind-in-container = コンテナ内のサーバーが 127.0.0.1 にしかバインドしていない
    .detail = { $holder ->
        [container-proxy] このポートは接続を受け付けたあと、どちらも 1 バイトも送らないうちにすぐ閉じます。このポートをリッスンしているプロセスは、コンテナランタイムのポートフォワーダーです。フォワーダーはコンテナ内のサーバーに届かないときにこうします。サーバーがコンテナ内で 127.0.0.1 でリッスンしていてコンテナの外から届かないか、コンテナ内でそのポートをリッスンしているものがまったくないかのどちらかです。
       *[other] コンテナの公開ポートは接続を受け付けたあと、どちらも 1 バイトも送らないうちにすぐ閉じます。コンテナ内のプロセスが 127.0.0.1 でリッスンしているとコンテナの外からは届かないため、docker-proxy（または他のポートフォワーダー）がこうします。すべてのクライアントをすぐ切る別のサーバーも、ここからは同じに見えます。
    }
    .fix = コンテナ内のサーバーをすべてのアドレスでリッスンさせ、ポートを公開してください:
        docker run -p { $port }:{ $port } image app --host 0.0.0.0 --port { $port }
        Flask: flask run --host 0.0.0.0、uvicorn: --host 0.0.0.0、Vite: --host、Node: server.listen({ $port }, "0.0.0.0")
        確認: docker exec <container> ss -ltnp（127.0.0.1:{ $port } ではなく 0.0.0.0:{ $port } か [::]:{ $port } になっていること）

cause-refused-other-family-works = IPv4/IPv6 の一方だけ接続を拒否（もう一方は正常）
    .detail = { $families ->
        [both] { $host } には IPv6（AAAA）と IPv4（A）の両方のアドレスがあります。最初に試したアドレスは接続を拒否し、もう一方の IP バージョンのアドレスは接続を受け付けます。最初のアドレスしか試さないクライアントは失敗し、Happy Eyeballs を使うクライアントは少し遅れて切り替えます。
        [one] { $host } を名前解決しても一方の IP バージョンのアドレスしか得られず、そのアドレスは接続を拒否します。このマシンのもう一方の IP バージョンのアドレスでは、同じポートが接続を受け付けます。サーバーは一方の IP バージョンだけでリッスンし、名前はもう一方を指しています。
       *[literal] { $host } は接続を拒否しますが、このマシンのもう一方の IP バージョンのアドレスでは同じポートが接続を受け付けます。サーバーは一方の IP バージョンだけでリッスンしています。{ $host } に接続するクライアントは失敗します。
    }
    .fix = { $families ->
        [both] サーバーを IPv4 と IPv6 の両方でリッスンさせてください: [::]:{ $port }（デュアルスタック）、または 0.0.0.0:{ $port } と [::]:{ $port }。あるいは、何もリッスンしていない側の DNS レコードを削除してください（dig AAAA { $host }、dig A { $host }）。
            クライアント側では、動くアドレスに直接接続するか、（Node.js）dns.setDefaultResultOrder("ipv4first") / net.connect({"{"} autoSelectFamily: true {"}"}) を使ってください。
       *[other] サーバーを IPv4 と IPv6 の両方でリッスンさせてください: [::]:{ $port }（デュアルスタック）、または 0.0.0.0:{ $port } と [::]:{ $port }。あるいは、クライアントの接続先を接続を受け付けるアドレス（上記）にしてください。
    }

cause-timeout-other-family-works = IPv4/IPv6 の一方だけ応答なし（もう一方は正常）
    .detail = { $families ->
        [both] { $host } には IPv6（AAAA）と IPv4（A）の両方のアドレスがあります。最初に試したアドレスは応答がなく、もう一方の IP バージョンのアドレスは正常です。最初のアドレスしか試さないクライアントはタイムアウトし、それ以外もタイムアウトを待ってから切り替えます。
        [one] { $host } を名前解決しても一方の IP バージョンのアドレスしか得られず、そのアドレスは応答しません。このマシンのもう一方の IP バージョンのアドレスでは、同じポートが正常です。
       *[literal] { $host } は応答しませんが、このマシンのもう一方の IP バージョンのアドレスでは同じポートが正常です。この IP バージョンだけを何かが遮断しています。
    }
    .fix = { $families ->
        [both] 応答のない側の IP バージョンを直してください: ファイアウォールでそちらのポートを開けるか、経路を確認します（ip -6 route、ping -6 { $host }）。そちらに動くアドレスがなければ、その DNS レコードを削除してください（dig AAAA { $host }、dig A { $host }）。
            クライアント側では、動く方の IP バージョンを優先してください（curl -4 / -6、Node.js dns.setDefaultResultOrder("ipv4first")）。
       *[other] 応答のない側の IP バージョンを直してください: ファイアウォールでそちらのポートを開けるか（ip6tables -L / iptables -L）、経路を確認します（ip -6 route）。あるいは、クライアントの接続先を動くアドレス（上記）にしてください。
    }
