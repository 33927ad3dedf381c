# サーバー自身の応答ではない応答から読む原因: バックエンドが落ちたプロキシ、リダイレクト、HTTP/2 フレーム。

cause-error-proxy-upstream-down = リバースプロキシが応答: その背後のバックエンドが落ちている
    .detail = { $target } への応答はプロキシ自身のエラーページ（{ $status }）です。手前のプロキシやロードバランサーは動いていますが、背後のアプリケーションから応答を得られませんでした。
    .fix = バックエンドを起動するか、プロキシの転送先（nginx なら proxy_pass、HAProxy なら server 行）を直してから、プロキシのエラーログを確認してください。例:
        sudo tail -n 20 /var/log/nginx/error.log
cause-protocol-mismatch-redirect = サーバーはリダイレクトするが、WebSocket クライアントはリダイレクトに従わない
    .detail = { $target } はアップグレード要求に 101 ではなく { $status } を返しました。ブラウザーも WebSocket ライブラリも、アップグレード時のリダイレクトを失敗として扱います。
    .fix = Location ヘッダーのアドレス（証拠を参照）に直接接続してください。https:// へのリダイレクトなら、クライアントは wss:// を使うべきです。
cause-protocol-mismatch-http2-only = サーバーは HTTP/2（事前知識方式）しか話さない（gRPC など）
    .detail = { $scheme ->
        [http] { $peer } は HTTP/1.1 の要求に HTTP/2 のフレームで答えました。gRPC クライアントのように最初から HTTP/2 で始めるクライアントを前提としており、HTTP/1.1 のクライアントはここでは通信できません。
        [https] { $peer } は HTTP/1.1 の要求に HTTP/2 のフレームで答えました。gRPC クライアントのように最初から HTTP/2 で始めるクライアントを前提としており、HTTP/1.1 のクライアントはここでは通信できません。
       *[other] { $peer } は HTTP/1.1 の要求に HTTP/2 のフレームで答えました。gRPC クライアントのように最初から HTTP/2 で始めるクライアントを前提としており、HTTP/1.1 上の WebSocket はここでは動きません。
    }
    .fix = { $scheme ->
        [http] このポートには HTTP/2 のクライアントを使うか（curl --http2-prior-knowledge { $target }、gRPC なら grpcurl -plaintext { $host }:{ $port } list）、クライアントの接続先を HTTP/1.1 を提供するポートにしてください。
        [https] このポートには HTTP/2 か gRPC のクライアントを使うか（gRPC なら grpcurl { $host }:{ $port } list）、クライアントの接続先を HTTP/1.1 を提供するポートにしてください。
       *[other] このポートには HTTP/2 か gRPC のクライアントを使うか（grpcurl -plaintext { $host }:{ $port } list）、WebSocket クライアントの接続先を WebSocket を提供するポートにしてください。
    }

evidence-proxy-header = 応答はプロキシを経由している: { $name }: { $value }
evidence-proxy-error-page = 本文は { $proxy } 組み込みのエラーページ
evidence-redirect = { $status } リダイレクト、転送先: { $location }
evidence-http2-settings = 応答が HTTP/1.1 のステータス行ではなく HTTP/2 の SETTINGS フレームで始まる
evidence-http2-goaway = サーバーが HTTP/2 の GOAWAY で接続を閉じた: { $text }
evidence-grpc-frames = フレームに gRPC の印がある: { $sign }
evidence-reply-stalled = 応答は HTTP のように始まったが、ヘッダーが終わる前に { $count } バイトで止まった: サーバー（または手前のプロキシ）が応答の途中で止まっている
evidence-reply-stalled-closed = 応答は HTTP のように始まったが、ヘッダーが終わる前に { $count } バイトで接続が閉じた: サーバー（または手前のプロキシ）が応答の途中で打ち切った
evidence-socketio-answers-at = { $at ->
        [prefix] 同じオリジンの { $path } で Engine.IO のハンドシェイクに応答がある: 素の WebSocket クライアントではなく Socket.IO クライアントで、path オプションを { $mount } にしてオリジンに接続してください（既定では /socket.io/ しか見ません）
       *[other] 同じオリジンの { $path } で Engine.IO のハンドシェイクに応答がある: 素の WebSocket クライアントではなく Socket.IO クライアントでオリジンに接続してください（/socket.io/ はクライアントが自分で付けます）
    }
