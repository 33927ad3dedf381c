# netdoctor server: このマシンでリモートのクライアントが出会う結果と、応答役。

server-port = ポート { $port }
server-host = このマシン（{ $os }）のアドレス: { $addresses }
server-listening = { $owner } が { $socket } で待ち受けています
server-listening-unknown = あるプロセスが { $socket } で待ち受けています（どのプロセスかは sudo で実行すると分かります）
server-not-listening = ポート { $port } で待ち受けているプロセスはありません。
server-connect = このマシンからの接続: { $results }
server-connect-ok = 成功
server-connect-refused = 拒否
server-connect-timeout = 応答なし
server-connect-unreachable = 到達不能
server-connect-error = 失敗
server-firewall-heading = ポート { $port } への新しい接続に効くファイアウォールのルール:
server-firewall-none = このマシンには受信接続を絞り込むファイアウォールのルールがありません。
server-rule-conditional = 一部のクライアントにだけ適用
server-fix = 対処:
server-tally = { $total } 個のポートを確認、{ $failed ->
    [0] 失敗するものはなし
   *[other] { $failed } 個が失敗する見込み
}
server-ok-reachable = リモートのクライアントはポート { $port } に接続できます。待ち受けがあり、このマシンのルールは何も遮っていません。
server-ok-partly-read = ポート { $port } には待ち受けがあり、読めたファイアウォールのルールには遮るものがありません。ただし、読めなかったファイアウォールがあります。
server-ok-outside = それでもクライアントがタイムアウトするなら、遮っているのはこのマシンの外です。クラウドのセキュリティグループやファイアウォール、ネットワーク ACL、経路を疑ってください。クラウドのコンソール（AWS のセキュリティグループ、Azure の NSG、GCP の VPC ファイアウォール、Alibaba Cloud や Tencent Cloud のセキュリティグループ）でこのポートの受信ルールを確かめてから、クライアント側で経路を調べてください: mtr -T -P { $port } { $address }
server-ev-nothing-listens = このマシンのポート { $port } で待ち受けているソケットはありません。
server-ev-nearest = 近くで待ち受けているポート: { $list }
server-ev-loopback-only = { $owner } は { $socket } だけで待ち受けているため、リモートのクライアントからは届きません。
server-ev-connect-ok = このマシンから { $address } への接続は成功します。
server-ev-rule = { $source }（{ $table } { $chain }）の判定は { $action }: { $rule }
server-ev-rejects-prohibited = このルールは ICMP の「prohibited」を返すため、クライアントはすぐに「No route to host」になります。
server-ev-rejects-refused = このルールは port-unreachable か TCP リセットを返すため、クライアントはすぐに「Connection refused」になります。
server-ev-panel = このマシンには { $panel } が入っていて（{ $path }）、開けるポートの一覧を独自に持っています。その一覧は読んでいません。
server-ev-needs-root = { $tool } は root 権限がないと読めないため、そのルールはこの結果に含まれていません。次のように実行してください: sudo netdoctor server { $port }
server-ev-read-failed = { $tool } を読めなかったため（{ $error }）、そのルールはこの結果に含まれていません。
server-ev-not-on-platform = このプラットフォームでは { $firewall } を読みません。ご自身で確認してください。
server-fix-start = ポート { $port } でサーバーを起動するか、サーバーが実際に待ち受けているポートにクライアントをつないでください。
server-fix-bind = サーバーが { $current } ではなく 0.0.0.0:{ $port }（IPv6 なら [::]:{ $port }）で待ち受けるように設定し（例: --host 0.0.0.0、bind = "0.0.0.0:{ $port }"）、再起動してください。
server-fix-open = ポートを開放してください: { $command }
server-fix-panel = { $panel } の画面でポート { $port } を開放してください（セキュリティ → ファイアウォール → ポートを追加）。そうしないとパネルがまた閉じてしまいます。システムのファイアウォールのコマンドは次のとおりです: { $command }
server-respond-ready = netdoctor の応答役がポート { $ports } で準備できました（すべての IPv4・IPv6 アドレス）。止めるには Ctrl+C を押してください。
server-respond-stopped = netdoctor の応答役を止めました。
server-error-port = 「{ $value }」はポート番号（1〜65535）ではありません。
server-error-no-ports = ポートを少なくとも 1 つ指定してください。
server-error-busy = ポート { $port } はすでに使われています。応答役は空いているポートでしか応答しません。先にそのサーバーを止めるか、次のコマンドで確認してください: netdoctor server { $port }
server-error-busy-by = ポート { $port } はすでに { $owner } が使っています。応答役は空いているポートでしか応答しません。先にそのサーバーを止めるか、次のコマンドで確認してください: netdoctor server { $port }
server-error-bind = ポート { $port } で待ち受けできません: { $error }
cli-help-server = このマシンのポートでリモートのクライアントが出会う結果を調べます（サーバー上で実行）
cli-help-ports = 調べるポート（1〜65535）
cli-help-respond = 空いている各ポートで応答し、クライアントがネットワーク経路を試せるようにします
cli-help-respond-for = --respond と併用: SECONDS 秒後に停止
