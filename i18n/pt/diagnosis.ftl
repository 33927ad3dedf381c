# Causas lidas em respostas que não vêm do próprio servidor: um proxy com o backend
# fora do ar, um redirecionamento, frames HTTP/2.

cause-error-proxy-upstream-down = Um proxy reverso respondeu: o backend dele está fora do ar
    .detail = A resposta para { $target } é a página de erro do próprio proxy ({ $status }): o proxy ou balanceador na frente está no ar, mas não obteve resposta da aplicação atrás dele.
    .fix = Suba o backend ou corrija o endereço para onde o proxy encaminha (nginx: proxy_pass; HAProxy: linhas server) e depois veja o log de erros do proxy, por exemplo:
        sudo tail -n 20 /var/log/nginx/error.log
cause-protocol-mismatch-redirect = O servidor redireciona, e clientes WebSocket não seguem redirecionamentos
    .detail = { $target } respondeu ao upgrade com { $status } em vez de 101. Navegadores e bibliotecas WebSocket tratam um redirecionamento no upgrade como falha.
    .fix = Conecte direto ao endereço do cabeçalho Location (veja as evidências); um redirecionamento para https:// quer dizer que o cliente deve usar wss://.
cause-protocol-mismatch-http2-only = O servidor só fala HTTP/2 (prior knowledge), por exemplo gRPC
    .detail = { $scheme ->
        [http] { $peer } respondeu a uma requisição HTTP/1.1 com frames HTTP/2: ele espera clientes que já começam em HTTP/2, como os de gRPC, então um cliente HTTP/1.1 não consegue falar com ele.
        [https] { $peer } respondeu a uma requisição HTTP/1.1 com frames HTTP/2: ele espera clientes que já começam em HTTP/2, como os de gRPC, então um cliente HTTP/1.1 não consegue falar com ele.
       *[other] { $peer } respondeu a uma requisição HTTP/1.1 com frames HTTP/2: ele espera clientes que já começam em HTTP/2, como os de gRPC, e WebSocket sobre HTTP/1.1 não funciona ali.
    }
    .fix = { $scheme ->
        [http] Use um cliente HTTP/2 nesta porta (curl --http2-prior-knowledge { $target }; para gRPC: grpcurl -plaintext { $host }:{ $port } list) ou aponte o cliente para a porta que atende HTTP/1.1.
        [https] Use um cliente HTTP/2 ou gRPC nesta porta (para gRPC: grpcurl { $host }:{ $port } list) ou aponte o cliente para a porta que atende HTTP/1.1.
       *[other] Use um cliente HTTP/2 ou gRPC nesta porta (grpcurl -plaintext { $host }:{ $port } list) ou aponte o cliente WebSocket para a porta que o atende.
    }

evidence-proxy-header = a resposta passou por um proxy: { $name }: { $value }
evidence-proxy-error-page = o corpo é a página de erro embutida do { $proxy }
evidence-redirect = redirecionamento { $status } para { $location }
evidence-http2-settings = a resposta começa com um frame HTTP/2 SETTINGS, não com uma linha de status HTTP/1.1
evidence-http2-goaway = o servidor fechou com um GOAWAY HTTP/2: { $text }
evidence-grpc-frames = os frames são de gRPC: { $sign }
evidence-reply-stalled = a resposta começou como HTTP e parou depois de { $count } bytes, antes do fim do cabeçalho: o servidor (ou um proxy na frente) travou no meio da resposta
evidence-reply-stalled-closed = a resposta começou como HTTP e a conexão fechou depois de { $count } bytes, antes do fim do cabeçalho: o servidor (ou um proxy na frente) desistiu no meio da resposta
evidence-socketio-answers-at = { $at ->
        [prefix] a mesma origem responde ao handshake do Engine.IO em { $path }: conecte um cliente Socket.IO à origem com a opção path definida como { $mount } (por padrão ele procura só em /socket.io/), não um cliente WebSocket puro
       *[other] a mesma origem responde ao handshake do Engine.IO em { $path }: conecte um cliente Socket.IO à origem (ele mesmo acrescenta /socket.io/), não um cliente WebSocket puro
    }
