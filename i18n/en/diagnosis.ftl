# Causes read from replies that are not the server's own answer: a proxy whose
# backend is down, a redirect, HTTP/2 frames. Title, then .detail and .fix.

cause-error-proxy-upstream-down = A reverse proxy answered: its backend is down
    .detail = The reply to { $target } is the proxy's own error page ({ $status }): the proxy or load balancer in front is up, but it could not get an answer from the application behind it.
    .fix = Start the backend, or fix the address the proxy forwards to (nginx: proxy_pass; HAProxy: server lines), then look at the proxy's error log, for example:
        sudo tail -n 20 /var/log/nginx/error.log
cause-protocol-mismatch-redirect = The server redirects, and WebSocket clients do not follow redirects
    .detail = { $target } answered the upgrade with { $status } instead of 101. Browsers and WebSocket libraries treat a redirect on the upgrade as a failure.
    .fix = Connect to the address in the Location header (see the evidence) directly; a redirect to https:// means the client should use wss://.
cause-protocol-mismatch-http2-only = The server speaks only HTTP/2 (prior knowledge), for example gRPC
    .detail = { $scheme ->
        [http] { $peer } answered an HTTP/1.1 request with HTTP/2 frames: it expects clients that start with HTTP/2 at once, as gRPC clients do, so an HTTP/1.1 client cannot talk to it.
        [https] { $peer } answered an HTTP/1.1 request with HTTP/2 frames: it expects clients that start with HTTP/2 at once, as gRPC clients do, so an HTTP/1.1 client cannot talk to it.
       *[other] { $peer } answered an HTTP/1.1 request with HTTP/2 frames: it expects clients that start with HTTP/2 at once, as gRPC clients do, and WebSocket over HTTP/1.1 cannot work there.
    }
    .fix = { $scheme ->
        [http] Use an HTTP/2 client for this port (curl --http2-prior-knowledge { $target }; for gRPC: grpcurl -plaintext { $host }:{ $port } list), or point the client at the port that serves HTTP/1.1.
        [https] Use an HTTP/2 or gRPC client for this port (for gRPC: grpcurl { $host }:{ $port } list), or point the client at the port that serves HTTP/1.1.
       *[other] Use an HTTP/2 or gRPC client for this port (grpcurl -plaintext { $host }:{ $port } list), or point the WebSocket client at the port that serves it.
    }

evidence-proxy-header = the reply came through a proxy: { $name }: { $value }
evidence-proxy-error-page = the body is { $proxy }'s built-in error page
evidence-redirect = { $status } redirect to { $location }
evidence-http2-settings = the reply starts with an HTTP/2 SETTINGS frame, not an HTTP/1.1 status line
evidence-http2-goaway = the server closed with an HTTP/2 GOAWAY: { $text }
evidence-grpc-frames = the frames are gRPC's: { $sign }
evidence-reply-stalled = the reply began like HTTP and stopped after { $count } bytes, before its head ended: the server (or a proxy in front) stalls mid-reply
evidence-reply-stalled-closed = the reply began like HTTP and the connection closed after { $count } bytes, before the head ended: the server (or a proxy in front) gave up mid-reply
evidence-socketio-answers-at = { $at ->
        [prefix] the same origin answers Engine.IO's handshake at { $path }: connect a Socket.IO client to the origin with its path option set to { $mount } (by default it looks at /socket.io/ only), not a plain WebSocket client
       *[other] the same origin answers Engine.IO's handshake at { $path }: connect a Socket.IO client to the origin (it adds /socket.io/ itself), not a plain WebSocket client
    }
