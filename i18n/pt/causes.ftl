## Causas: a mensagem é o título; .detail explica, .fix diz o que fazer.
## Variáveis: $target, $host, $port, $path, $scheme, $peer, $status, $ms

cause-refused-wrong-port = O cliente usa a porta errada
    .detail = O host está ativo, mas nenhum processo escuta na porta { $port }. Outra porta do mesmo host responde.
    .fix = Compare a porta configurada no cliente com a porta em que o servidor escuta. No servidor, liste as portas em escuta com:
        ss -ltnp            (Linux)
        lsof -iTCP -sTCP:LISTEN   (macOS)
        netstat -ano | findstr LISTENING   (Windows)

cause-refused-wrong-host = O cliente se conecta ao host ou IP errado
    .detail = { $peer } recusa a conexão, mas a mesma porta aceita conexões em outro endereço desta máquina. O servidor escuta nesse outro endereço, não no que o cliente usa.
    .fix = Aponte o cliente para o endereço em que o servidor escuta, ou faça o servidor escutar em todos os endereços (0.0.0.0 para IPv4, :: para IPv6).

cause-refused-dns-wrong-ip = O domínio aponta para o IP errado
    .detail = { $host } resolve para um endereço onde o seu servidor não está em execução.
    .fix = Confira os registros A/AAAA: dig +short { $host }
        Corrija o registro no seu provedor de DNS, ou em /etc/hosts (C:\Windows\System32\drivers\etc\hosts no Windows) se uma entrada antiga tiver prioridade sobre o DNS.

cause-refused-cdn-proxy = Há uma CDN ou um proxy de aceleração à frente do servidor
    .detail = O endereço alcançado pertence a uma CDN ou a um proxy, não ao seu servidor. É esse intermediário que recusa ou responde no lugar do servidor.
    .fix = Use uma porta que a CDN encaminha (a Cloudflare só faz proxy de uma lista fixa de portas, por exemplo 80, 443, 8080, 8443), ou desative o proxy neste registro (modo “DNS only”) e conecte direto à origem.

cause-refused-server-not-running = O servidor não está em execução, ou não nesta porta
    .detail = Nada aceita conexões em { $peer }: o processo está parado, caiu ao iniciar ou escuta em outra porta.
    .fix = Inicie o servidor e confira se ele escuta na porta { $port }:
        ss -ltnp | grep :{ $port }
        Depois procure no log de inicialização um erro de bind como "address already in use".

cause-refused-proxy-software = Um software de proxy nesta máquina está no caminho
    .detail = Um proxy (via variável de ambiente ou ferramenta em modo TUN) intercepta esta conexão em vez de enviá-la direto ao servidor.
    .fix = Tente de novo com o proxy desligado, ou tire o host do proxy: export NO_PROXY={ $host }
        Em uma ferramenta em modo TUN, adicione uma regra DIRECT para { $host }.

cause-refused-loopback-only-bind = O servidor escuta apenas em 127.0.0.1
    .detail = A porta aceita conexões no endereço de loopback, mas recusa em { $peer }. Um servidor que escuta só em 127.0.0.1 só é acessível da própria máquina, via 127.0.0.1.
    .fix = Faça o servidor escutar em todos os endereços: 0.0.0.0:{ $port } (IPv4) ou [::]:{ $port } (IPv6). Por exemplo:
        websocket://0.0.0.0:{ $port }
        node: server.listen({ $port }, "0.0.0.0")
        docker: -p { $port }:{ $port } e faça o bind em 0.0.0.0 dentro do contêiner

cause-timeout-firewall = O firewall do servidor descarta a conexão
    .detail = Os pacotes para a porta { $port } não recebem resposta nenhuma. É exatamente assim que se comporta um firewall que descarta (DROP) em vez de rejeitar.
    .fix = Abra a porta no servidor:
        sudo ufw allow { $port }/tcp
        sudo firewall-cmd --add-port={ $port }/tcp --permanent && sudo firewall-cmd --reload
        sudo iptables -I INPUT -p tcp --dport { $port } -j ACCEPT
        Para testar, desative o firewall por um instante e tente de novo.

cause-timeout-cloud-security-group = Um grupo de segurança da nuvem bloqueia a porta
    .detail = Em um servidor na nuvem, o grupo de segurança do provedor filtra o tráfego antes que ele chegue à máquina.
    .fix = No console do provedor, adicione uma regra de entrada ao grupo de segurança da instância: TCP, porta { $port }, com o endereço do seu cliente como origem (ou 0.0.0.0/0 para liberar a todos).

cause-timeout-panel-firewall = O painel de hospedagem não liberou a porta
    .detail = Painéis como o Baota (aaPanel) mantêm um firewall próprio à frente do firewall do sistema.
    .fix = Na página de segurança (firewall) do painel, adicione uma regra que libere a porta TCP { $port } e tente de novo.

cause-timeout-server-not-running = O servidor não existe ou está desligado
    .detail = Nada responde em { $peer }, nem em outras portas: a máquina pode estar desligada, ou o endereço não pertence a máquina nenhuma.
    .fix = Confira se a máquina do servidor está ligada e tem este endereço: ip addr (Linux) ou ipconfig (Windows) no servidor. Depois confira se o seu serviço está em execução na porta { $port }.

cause-timeout-dns-wrong-ip = O domínio aponta para o IP errado
    .detail = { $host } resolve para um endereço onde nenhum servidor seu responde.
    .fix = Confira os registros A/AAAA: dig +short { $host }
        Corrija o registro no seu provedor de DNS, ou remova uma linha antiga do /etc/hosts.

cause-timeout-private-ip-unreachable = O cliente acessa um IP privado de fora da rede
    .detail = { $peer } é um endereço de rede local (LAN). Só máquinas da mesma rede o alcançam, e esta máquina não está nela.
    .fix = Use o IP público ou o domínio do servidor, ou entre primeiro na rede dele (VPN, mesmo Wi-Fi, VPC peering).

cause-addr-not-available-ephemeral-ports-exhausted = Esta máquina ficou sem portas locais para este destino
    .detail = Cada conexão de saída ocupa uma porta local. Com dezenas de milhares de conexões para o mesmo servidor, a faixa se esgota.
    .fix = Amplie a faixa de portas locais. Adicione ao /etc/sysctl.conf:
        net.ipv4.ip_local_port_range = 10000 65535
        e depois execute: sudo sysctl -p
        Reutilizar conexões (keep-alive, pool de conexões) elimina o problema.

cause-addr-not-available-time-wait = Conexões curtas já fechadas prendem as portas locais em TIME_WAIT
    .detail = Uma conexão fechada continua ocupando a porta local por algum tempo em TIME_WAIT. Muitas conexões curtas em pouco tempo esgotam a faixa.
    .fix = Permita que o kernel reutilize portas em TIME_WAIT para novas conexões de saída. Adicione ao /etc/sysctl.conf:
        net.ipv4.tcp_tw_reuse = 1
        net.ipv4.ip_local_port_range = 10000 65535
        e depois execute: sudo sysctl -p
        Para contá-las: ss -tan state time-wait | wc -l

cause-protocol-mismatch-ws-to-http = Um cliente WebSocket chegou a um servidor HTTP comum
    .detail = O servidor respondeu { $status } em vez de 101 Switching Protocols. Os navegadores mostram isso como "Error during WebSocket handshake: Unexpected response code".
    .fix = Crie no servidor desta porta uma rota WebSocket em { $path }, ou aponte o cliente para a porta e o caminho em que o servidor WebSocket realmente escuta. Como criar a rota depende do servidor, por exemplo:
        Node.js (ws): new WebSocketServer({"{"} server, path: "{ $path }" {"}"})
        Python (websockets): serve(handler, "0.0.0.0", { $port })
        Workerman / GatewayWorker: new Worker('websocket://0.0.0.0:{ $port }');
        Atrás do nginx: proxy_pass para o backend WebSocket com proxy_http_version 1.1 e os cabeçalhos Upgrade e Connection.

cause-protocol-mismatch-invalid-http-response = A resposta do servidor nem é HTTP
    .detail = { $scheme ->
        [http] Um cliente HTTP espera que a resposta comece com uma linha de status como HTTP/1.1 200 OK, seguida dos cabeçalhos e de uma linha em branco. A resposta deste servidor não é assim.
        [https] Um cliente HTTP espera que a resposta comece com uma linha de status como HTTP/1.1 200 OK, seguida dos cabeçalhos e de uma linha em branco. A resposta deste servidor não é assim.
       *[other] Um handshake WebSocket espera uma resposta HTTP, mas este servidor fala outro protocolo. Os navegadores mostram "net::ERR_INVALID_HTTP_RESPONSE".
    }
    .fix = { $scheme ->
        [http] Verifique o que realmente escuta na porta { $port } e que protocolo ele fala. Para ver a resposta bruta e o programa dono da porta (rode o ss no servidor):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Depois aponte o cliente para a porta em que o seu servidor HTTP escuta, ou faça o servidor desta porta responder em HTTP/1.1.
        [https] Verifique o que realmente escuta na porta { $port } e que protocolo ele fala. Para ver a resposta bruta e o programa dono da porta (rode o ss no servidor):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Depois aponte o cliente para a porta em que o seu servidor HTTP escuta, ou faça o servidor desta porta responder em HTTP/1.1.
       *[other] Confira se a porta { $port } é do seu servidor WebSocket, e não de outro serviço. Faça o servidor escutar com o protocolo websocket:
            new Worker('websocket://0.0.0.0:{ $port }');
    }

cause-protocol-mismatch-plain-to-tls = O servidor espera TLS, mas o cliente não usou TLS
    .detail = A porta fala TLS, mas o cliente usou { $scheme }://.
    .fix = Use o esquema com TLS: wss:// em vez de ws://, https:// em vez de http://.

cause-protocol-mismatch-tls-to-plain = O cliente fala TLS com um servidor sem TLS
    .detail = O cliente usou { $scheme }://, mas o servidor responde em texto puro e não fala TLS nesta porta.
    .fix = Use ws:// ou http:// nesta porta, ou ative o TLS no servidor (ou no proxy reverso à frente dele) com um certificado para { $host }.

cause-protocol-mismatch-silent-server = O servidor aceitou a conexão, mas nunca respondeu
    .detail = A conexão foi aberta, a requisição foi enviada e nada voltou em { $ms } ms. O serviço nessa porta espera outra coisa, ou está travado.
    .fix = Veja qual programa ocupa a porta: ss -ltnp | grep :{ $port }
        Se for o seu, procure um worker travado, ou veja se ele espera que o cliente fale primeiro em outro protocolo.

cause-protocol-mismatch-bad-upgrade = A resposta de upgrade do servidor é inválida
    .detail = O servidor respondeu 101 Switching Protocols, mas a resposta viola as regras do handshake WebSocket (por exemplo, um Sec-WebSocket-Accept errado).
    .fix = Use no servidor uma biblioteca WebSocket com manutenção ativa, e confira se nenhum proxy reescreve os cabeçalhos do handshake.

cause-refused-cdn-port-not-proxied = A CDN não encaminha esta porta
    .detail = { $host } aponta para uma CDN, e a CDN só encaminha uma lista fixa de portas. Conexões na porta { $port } param na CDN e nunca chegam ao seu servidor.
    .fix = Use uma porta que a CDN encaminha (na Cloudflare: 80, 443, 2052, 2053, 2082, 2083, 2086, 2087, 2095, 2096, 8080, 8443, 8880), ou coloque este registro DNS no modo “DNS only” para os clientes chegarem direto ao servidor.

cause-error-cdn-origin-unreachable = A CDN não conseguiu chegar ao seu servidor de origem
    .detail = A resposta { $status } veio da própria CDN. O servidor por trás dela recusou (521), esgotou o tempo (522), estava inacessível (523) ou falhou no TLS com a CDN (525, 526). O problema está entre a CDN e o servidor, não nesta máquina.
    .fix = Confira se o servidor de origem está rodando e aceita conexões dos endereços da CDN na porta que ela usa. No servidor:
        ss -ltnp
        Libere as faixas de endereço da CDN no firewall do servidor (a Cloudflare publica as faixas no site dela, na página /ips).

cause-error-http-status = O servidor respondeu com um erro HTTP
    .detail = O servidor respondeu { $status }: ele está acessível, mas rejeita esta requisição.
    .fix = Confira o caminho ({ $path }) e as rotas do servidor, e procure esta requisição no log de erros dele.

cause-unreachable-no-route = Não há rota até o servidor
    .detail = O sistema operacional não tem rota para { $host }: a rede está fora do ar, ou o endereço está em uma rede que esta máquina não alcança.
    .fix = Confira a conexão e as rotas desta máquina: ip route (Linux), netstat -rn (macOS), route print (Windows). Talvez seja preciso ligar uma VPN.

cause-unreachable-firewall-reject = O firewall do servidor rejeita esta porta
    .detail = { $host } está no ar, mas a conexão com a porta { $port } falha na hora com "No route to host": um firewall responde com uma mensagem ICMP "administratively prohibited" ou "host prohibited". É o que fazem o firewalld, por padrão, e uma regra REJECT com icmp-host-prohibited.
    .fix = Abra a porta no firewall do servidor, por exemplo:
        sudo firewall-cmd --permanent --add-port={ $port }/tcp && sudo firewall-cmd --reload
        Para ver qual regra rejeita a conexão, rode netdoctor server { $port } no servidor.

cause-dns-failure-no-such-host = O nome não pode ser resolvido
    .detail = Nenhum registro A ou AAAA foi encontrado para { $host }.
    .fix = Confira a grafia e depois o registro: dig { $host }
        Um registro novo pode demorar a aparecer; um nome local talvez deva ficar no /etc/hosts.

cause-dns-failure-server-unreachable = O servidor DNS não respondeu
    .detail = O resolvedor não recebeu uma resposta utilizável a tempo, então não foi possível consultar { $host }.
    .fix = Confira a configuração de DNS (/etc/resolv.conf, ou resolvectl status), ou tente outro servidor: dig @1.1.1.1 { $host }

cause-reset-during-handshake = O servidor redefiniu a conexão durante o handshake
    .detail = O servidor aceitou a conexão e a abortou com RST depois que a requisição foi enviada. Servidores fazem isso quando rejeitam um cliente (TLS ou protocolo incompatível, lista de IPs permitidos, um crash do servidor).
    .fix = Leia o log do servidor no horário da verificação. Confira se o protocolo do cliente ({ $scheme }://) é o que o servidor espera na porta { $port }.

cause-reset-on-connect = Conexão redefinida (RST) ao ser aberta
    .detail = A conexão foi abortada antes de terminar de abrir, muitas vezes por um equipamento intermediário ou por um servidor sobrecarregado.
    .fix = Tente de novo; se persistir, confira o backlog de accept do servidor e qualquer firewall ou balanceador de carga no caminho.

cause-reset-closed-without-reply = O servidor fechou a conexão sem responder
    .detail = O servidor aceitou a conexão e a fechou sem enviar nenhum byte de resposta. Servidores fazem isso quando não entendem a requisição ou recusam o cliente.
    .fix = Confira se o protocolo do cliente ({ $scheme }://) é o que o servidor espera na porta { $port }, e depois procure a conexão fechada no log do servidor.

cause-tls-error-certificate-expired = O certificado do servidor expirou
    .detail = Os clientes recusam um certificado que já passou da data de validade.
    .fix = Renove o certificado (no Let's Encrypt: sudo certbot renew) e recarregue o servidor. Confira as datas com:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-not-yet-valid = O certificado ainda não é válido
    .detail = A data de início do certificado é posterior ao relógio desta máquina. Em geral um relógio está errado: o desta máquina ou o do servidor que emitiu o certificado.
    .fix = Confira o relógio aqui e ligue a sincronização de horário:
        timedatectl
        sudo timedatectl set-ntp true
    Depois compare com as datas do certificado:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-name-mismatch = O certificado é para outro nome
    .detail = O certificado não inclui { $host } entre os seus nomes, então os clientes o recusam.
    .fix = Emita um certificado que cubra { $host }, ou conecte usando um nome que conste no certificado. Veja os nomes dele com:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -ext subjectAltName

cause-tls-error-self-signed = O certificado é autoassinado
    .detail = O certificado foi feito para valer sozinho: assina a si mesmo, ou a CA local de uma ferramenta de desenvolvimento (mkcert, rcgen) o assina e o servidor não envia essa CA. Só a máquina que o criou ou instalou confia nele; os demais clientes o recusam.
    .fix = Para desenvolvimento, crie uma CA local com o mkcert, instale-a em cada máquina cliente e dê ao servidor um certificado emitido por ela:
        mkcert -install
        mkcert { $host }
    Para verificar o servidor como está, confie no certificado dele (ou na CA do mkcert, $(mkcert -CAROOT)/rootCA.pem) só nesta verificação:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 > server.pem
        netdoctor check --ca-file server.pem { $target }
    Em produção, use um certificado de uma CA pública (o Let's Encrypt é gratuito).

cause-tls-error-untrusted-issuer = A CA do certificado não é confiável aqui
    .detail = A CA de alguma organização assinou o certificado, e ela não está nem no repositório de confiança desta máquina nem no pacote da Mozilla que a maioria dos runtimes traz: é uma CA privada ou corporativa, ou um proxy de inspeção TLS que reassina o tráfego no caminho. Clientes com essa CA instalada funcionam; os outros recusam o certificado.
    .fix = Obtenha o certificado da CA (com quem a administra, ou exportando de uma máquina que confia nela) e confirme que é ela:
        netdoctor check --ca-file ca.pem { $target }
    Depois instale-o onde os clientes procuram; no Debian e no Ubuntu:
        sudo cp ca.pem /usr/local/share/ca-certificates/private-ca.crt && sudo update-ca-certificates
    Ou use no servidor um certificado de uma CA pública.

cause-tls-error-incomplete-chain = O servidor não envia o certificado intermediário
    .detail = O servidor envia o próprio certificado sem o certificado da CA que o assinou. Navegadores baixam ou guardam em cache o que falta, então o site abre neles, mas curl, Node.js, Python, Java e Go falham com "unable to verify the first certificate".
    .fix = Configure o servidor para enviar o certificado seguido dos intermediários (o arquivo fullchain). No nginx:
        ssl_certificate /etc/letsencrypt/live/{ $host }/fullchain.pem;
    O Apache 2.4.8 ou mais novo aceita o fullchain em SSLCertificateFile; versões antigas pedem a cadeia numa linha própria:
        SSLCertificateChainFile /etc/letsencrypt/live/{ $host }/chain.pem
    O Caddy e o Traefik enviam a cadeia completa sozinhos para os certificados que obtêm. Veja o que o servidor envia com:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -showcerts </dev/null

cause-tls-error-client-certificate-required = O servidor exige um certificado de cliente
    .detail = O servidor pediu um certificado de cliente (TLS mútuo) e encerrou a conexão quando nenhum chegou. O netdoctor não tem certificado de cliente para apresentar, então isto mostra a exigência do servidor, não se o certificado do seu cliente passaria.
    .fix = Dê ao cliente um certificado emitido por uma CA que o servidor aceita (lista abaixo) e teste com:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -cert client.pem -key client.key </dev/null
    Se este servidor não deveria exigir certificado, afrouxe a regra (nginx: ssl_verify_client optional; ou off).

cause-tls-error-protocol-version = Nenhuma versão de TLS em comum
    .detail = O servidor só oferece versões de TLS que o cliente recusa (SSLv3, TLS 1.0 ou 1.1), ou o contrário.
    .fix = Ative TLS 1.2 e 1.3 no servidor. No nginx: ssl_protocols TLSv1.2 TLSv1.3;

cause-tls-error-handshake-failed = O handshake TLS falhou
    .detail = O servidor encerrou o handshake TLS com um erro.
    .fix = Compare a configuração TLS do servidor com a do cliente: openssl s_client -connect { $host }:{ $port } -servername { $host }

cause-error-unexpected = Erro inesperado
    .detail = O netdoctor não conseguiu classificar o que aconteceu; as evidências abaixo são o que ele observou.
    .fix = Tente de novo com um --timeout maior. Se persistir, abra uma issue com o relatório (netdoctor check --json { $target }).

cause-protocol-mismatch-proxy-dropped-upgrade = Um proxy reverso não repassou o upgrade WebSocket
    .detail = Um proxy na frente do servidor (nginx, Apache, Caddy, Traefik, envoy) respondeu { $status } em vez de 101 Switching Protocols. Sem configuração para repassar Upgrade e Connection, o proxy encaminha uma requisição comum, e o servidor WebSocket por trás a recusa.
    .fix = Faça o proxy repassar o upgrade de { $path }.
        nginx, no bloco location:
          proxy_http_version 1.1;
          proxy_set_header Upgrade $http_upgrade;
          proxy_set_header Connection "upgrade";
        Apache (mod_proxy_wstunnel):
          RewriteEngine on
          RewriteCond %{"{"}HTTP:Upgrade{"}"} websocket [NC]
          RewriteRule ^/?(.*) ws://127.0.0.1:8080/$1 [P,L]
          ou, no Apache 2.4.47+: ProxyPass { $path } http://127.0.0.1:8080{ $path } upgrade=websocket
        O Caddy repassa WebSocket por padrão: confira se o reverse_proxy aponta para a porta do WebSocket.
        O Traefik também repassa por padrão: procure middlewares que removem cabeçalhos (Upgrade, Connection).

cause-protocol-mismatch-socketio-endpoint = O servidor fala Socket.IO, não WebSocket puro
    .detail = A resposta é do Socket.IO (Engine.IO). O Socket.IO usa um protocolo próprio sobre WebSocket e HTTP long-polling, então um cliente WebSocket puro não conversa com ele, nem o contrário.
    .fix = { $socketio_at ->
        [prefix] Use um cliente Socket.IO da mesma versão principal e informe o caminho em que este servidor responde ({ $socketio_path }); por padrão os clientes procuram só em /socket.io:
            JavaScript: npm install socket.io-client, depois io("{ $http_origin }", {"{"} path: "{ $socketio_path }" {"}"})
            Python: pip install "python-socketio[client]", depois sio.connect("{ $http_origin }", socketio_path="{ $socketio_path }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            Para testar só o transporte: { $ws_origin }{ $socketio_path }/?EIO=4&transport=websocket
       *[other] Use um cliente Socket.IO da mesma versão principal:
            JavaScript: npm install socket.io-client, depois io("{ $http_origin }")
            Python: pip install "python-socketio[client]", depois sio.connect("{ $http_origin }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            Para testar só o transporte: { $ws_origin }/socket.io/?EIO=4&transport=websocket
    }

cause-protocol-mismatch-origin-rejected = O servidor recusa o upgrade por causa do cabeçalho Origin
    .detail = O upgrade recebeu { $status }, e o mesmo upgrade com o Origin do próprio site do servidor é aceito. O servidor compara o Origin com uma lista de permitidos, já que os navegadores sempre enviam esse cabeçalho.
    .fix = Adicione a origem da página do cliente (esquema://host:porta, exatamente como o navegador envia) às origens permitidas do servidor, por exemplo:
        gorilla/websocket: Upgrader{"{"} CheckOrigin: func(r *http.Request) bool {"{"} return r.Header.Get("Origin") == "https://app.example.com" {"}"} {"}"}
        Socket.IO: new Server(httpServer, {"{"} cors: {"{"} origin: ["https://app.example.com"] {"}"} {"}"})
        Spring: registry.addHandler(handler, "{ $path }").setAllowedOrigins("https://app.example.com")
        Um cliente que não é navegador pode enviar ele mesmo o cabeçalho Origin esperado.

cause-protocol-mismatch-subprotocol = Servidor e cliente divergem quanto ao subprotocolo WebSocket
    .detail = O servidor exige ou escolhe um Sec-WebSocket-Protocol que o cliente não ofereceu, e o handshake falha. Servidores GraphQL (graphql-transport-ws, graphql-ws), MQTT (mqtt), STOMP (v12.stomp) e OCPP (ocpp1.6) fazem isso.
    .fix = Ofereça o subprotocolo que o servidor espera, por exemplo:
        JavaScript: new WebSocket("{ $scheme }://{ $host }:{ $port }{ $path }", ["graphql-transport-ws"])
        Python websockets: connect(uri, subprotocols=["graphql-transport-ws"])
        websocat: websocat --protocol graphql-transport-ws { $scheme }://{ $host }:{ $port }{ $path }
        Ou faça o servidor aceitar clientes que não oferecem nenhum.

cause-reset-loopback-only-bind-in-container = Servidor no contêiner escuta só em 127.0.0.1
    .detail = { $holder ->
        [container-proxy] A porta aceita a conexão e a fecha na hora, antes de qualquer byte em qualquer direção, e o processo que ocupa a porta é o encaminhador de portas de um runtime de contêineres. O encaminhador faz isso quando não alcança o servidor dentro do contêiner: o servidor escuta em 127.0.0.1 lá dentro, inalcançável de fora do contêiner, ou nada no contêiner escuta nessa porta.
       *[other] A porta publicada do contêiner aceita a conexão e a fecha na hora, antes de qualquer byte em qualquer direção. O docker-proxy (ou outro encaminhador de portas) faz isso quando o processo dentro do contêiner escuta em 127.0.0.1, inalcançável de fora do contêiner. Outros servidores que derrubam todo cliente na hora parecem iguais daqui.
    }
    .fix = Faça o servidor dentro do contêiner escutar em todos os endereços e publique a porta:
        docker run -p { $port }:{ $port } image app --host 0.0.0.0 --port { $port }
        Flask: flask run --host 0.0.0.0; uvicorn: --host 0.0.0.0; Vite: --host; Node: server.listen({ $port }, "0.0.0.0")
        Confira com: docker exec <container> ss -ltnp (procure 0.0.0.0:{ $port } ou [::]:{ $port }, não 127.0.0.1:{ $port })

cause-refused-other-family-works = Uma família de IP recusa; a outra funciona
    .detail = { $families ->
        [both] { $host } tem endereços IPv6 (AAAA) e IPv4 (A). O endereço tentado primeiro recusa, e a outra família aceita. Clientes que tentam só o primeiro endereço falham; clientes com Happy Eyeballs passam para o próximo, um pouco depois.
        [one] O nome { $host } só resolve para endereços de uma família de IP, e eles recusam; a mesma porta no endereço da outra família desta máquina aceita. O servidor escuta numa família, e o nome aponta para a outra.
       *[literal] { $host } recusa, mas a mesma porta no endereço da outra família de IP desta máquina aceita: o servidor escuta numa família só. Clientes que usam { $host } falham.
    }
    .fix = { $families ->
        [both] Faça o servidor escutar nas duas famílias: [::]:{ $port } (dual-stack) ou 0.0.0.0:{ $port } mais [::]:{ $port }. Ou remova o registro DNS da família em que nada escuta (dig AAAA { $host }, dig A { $host }).
            No cliente: conecte direto no endereço que funciona, ou (Node.js) dns.setDefaultResultOrder("ipv4first") / net.connect({"{"} autoSelectFamily: true {"}"}).
       *[other] Faça o servidor escutar nas duas famílias: [::]:{ $port } (dual-stack) ou 0.0.0.0:{ $port } mais [::]:{ $port }. Ou aponte o cliente para o endereço que aceita (mostrado acima).
    }

cause-timeout-other-family-works = Uma família de IP não responde; a outra funciona
    .detail = { $families ->
        [both] { $host } tem endereços IPv6 (AAAA) e IPv4 (A). O endereço tentado primeiro não responde, e a outra família funciona. Clientes que tentam só o primeiro endereço estouram o tempo; os outros esperam o tempo limite antes de passar para o próximo.
        [one] O nome { $host } só resolve para endereços de uma família de IP, e eles não respondem; a mesma porta no endereço da outra família desta máquina funciona.
       *[literal] { $host } não responde, mas a mesma porta no endereço da outra família de IP desta máquina funciona: algo bloqueia só esta família.
    }
    .fix = { $families ->
        [both] Conserte a família quebrada: abra a porta para ela no firewall ou confira a rota (ip -6 route, ping -6 { $host }). Se o servidor não tem endereço funcional nessa família, remova o registro DNS dela (dig AAAA { $host }, dig A { $host }).
            No cliente: prefira a família que funciona (curl -4 / -6, Node.js dns.setDefaultResultOrder("ipv4first")).
       *[other] Conserte a família quebrada: abra a porta para ela no firewall (ip6tables -L / iptables -L) ou confira a rota (ip -6 route). Ou aponte o cliente para o endereço que funciona (mostrado acima).
    }
