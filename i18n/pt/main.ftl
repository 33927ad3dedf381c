## Veredictos: rótulos curtos

verdict-ok = OK
verdict-refused = conexão recusada
verdict-timeout = tempo esgotado
verdict-addr-not-available = endereço indisponível
verdict-protocol-mismatch = protocolo incompatível
verdict-unreachable = inacessível
verdict-dns-failure = nome não resolvido
verdict-reset = conexão redefinida
verdict-tls-error = erro de TLS
verdict-error = erro

## Veredictos: uma frase sobre este endpoint
## Variáveis: $target, $host, $port, $path, $scheme, $peer, $status, $ms

summary-ok = { $target } respondeu como se espera de um servidor { $scheme }.
summary-refused = { $peer } recusou a conexão: nenhum processo aceita conexões na porta { $port } nesse endereço.
summary-timeout = Nenhuma resposta de { $peer } em { $ms } ms: os pacotes para a porta { $port } são descartados ou não chegam.
summary-addr-not-available = Esta máquina não conseguiu obter uma porta local para alcançar { $peer }.
summary-protocol-mismatch = A conexão com { $peer } foi aberta, mas o servidor não fala { $scheme ->
        [ws] WebSocket
        [wss] WebSocket sobre TLS
        [http] HTTP
        [https] HTTPS
       *[other] { $scheme }
    }.
summary-unreachable = Não há rota desta máquina até { $host }.
summary-dns-failure = O nome { $host } não resolve para nenhum endereço.
summary-reset = { $peer } aceitou a conexão e depois a encerrou sem uma resposta válida.
summary-tls-error = O handshake TLS com { $peer } falhou, ou o certificado apresentado seria rejeitado.
summary-error = A verificação de { $target } falhou de forma inesperada.

## Fases exibidas durante uma verificação (sozinhas na coluna Veredito, após “Em andamento:” no painel de detalhes)

phase-resolving = resolvendo o nome
phase-connecting = conectando
phase-tls = negociando TLS
phase-handshake = fazendo o handshake
phase-follow-up = investigando a causa

## Linhas de evidência

evidence-connect-failed = conexão com { $addr }: { $error ->
        [refused] conexão recusada
        [timed-out] tempo esgotado
        [addr-not-available] impossível atribuir o endereço solicitado
        [net-unreachable] rede inacessível
        [host-unreachable] sem rota para o host
        [reset] conexão redefinida
        [aborted] conexão abortada
        [closed] fechada pelo outro lado
       *[other] falhou
    } (erro do sistema { $code })
evidence-connect-timed-out = conexão com { $addr }: nenhuma resposta em { $ms } ms
evidence-alternate-accepts = { $addr } aceita conexões na mesma porta
evidence-ports-open = { $ip } aceita conexões { $count ->
        [1] na porta { $ports }
       *[other] nas portas { $ports }
    }
evidence-ports-refused = { $ip } responde com uma recusa { $count ->
        [1] na porta { $ports }, então o host está ativo
       *[other] nas portas { $ports }, então o host está ativo
    }
evidence-ports-silent = { $ip } também não respondeu { $count ->
        [1] na porta { $ports }
       *[other] em { $count } outras portas ({ $ports })
    }
evidence-resolved = { $name } resolve para { $addrs }
evidence-dns-mismatch = { $name } resolve para { $resolved }, mas o esperado é { $expected }
evidence-no-such-host = { $server ->
        [system] o resolvedor do sistema não tem endereço para { $name }
       *[other] o servidor DNS { $server } não tem endereço para { $name }
    }
evidence-dns-timed-out = { $server ->
        [system] o resolvedor do sistema não respondeu a tempo
       *[other] o servidor DNS { $server } não respondeu a tempo
    }
evidence-dns-error = erro do resolvedor: { $message }
evidence-proxy-variable = a configuração de proxy { $var } está definida como { $value }
evidence-fake-ip = { $ip } está em { $range }, a faixa que ferramentas de proxy em modo TUN usam para IPs falsos (fake IP)
evidence-cdn-header = o cabeçalho de resposta { $name }: { $value } indica uma CDN ou um proxy à frente do servidor
evidence-cdn-address = { $ip } pertence a uma CDN ({ $range }), não ao seu servidor
evidence-cdn-port-not-proxied = a CDN encaminha só as portas { $ports }; a porta { $port } não está entre elas
evidence-cdn-origin-error = a CDN respondeu { $status } com a própria página de erro: não obteve resposta do seu servidor de origem
evidence-private-address = { $ip } é um endereço privado ({ $range }) e esta máquina não tem interface nessa rede (endereços locais: { $interfaces })
evidence-port-range = a faixa de portas locais é { $low }–{ $high } ({ $count } portas)
evidence-sockets-to-destination = { $count ->
        [0] nenhum socket desta máquina está conectado a { $dest }
        [one] { $count } socket desta máquina está conectado a { $dest }
       *[other] { $count } sockets desta máquina estão conectados a { $dest }
    }
evidence-time-wait-sockets = { $count ->
        [0] nenhum socket está em TIME_WAIT
        [one] { $count } socket está em TIME_WAIT
       *[other] { $count } sockets estão em TIME_WAIT
    }
evidence-no-port-census = este sistema não expõe a tabela de sockets, então não foi possível contar as portas locais em uso
evidence-http-status = o servidor respondeu { $status }
evidence-http-header = cabeçalho de resposta { $name }: { $value }
evidence-upgrade-requested = a requisição pediu Upgrade: websocket; um servidor WebSocket responde 101 Switching Protocols
evidence-non-http-reply = { $kind ->
        [ssh] o servidor enviou um banner SSH: { $line }
        [smtp] o servidor enviou uma saudação SMTP: { $line }
        [ftp] o servidor enviou uma saudação FTP: { $line }
        [redis] o servidor respondeu como um Redis: { $line }
        [mysql] o servidor enviou uma saudação MySQL: { $line }
        [mail] o servidor enviou uma saudação de servidor de e-mail: { $line }
       *[text] o servidor enviou um texto que não é HTTP: { $line }
    }
evidence-binary-reply = { $count ->
        [one] o servidor enviou { $count } byte de dados binários, não HTTP
       *[other] o servidor enviou { $count } bytes de dados binários, não HTTP
    }
evidence-tls-record-reply = o servidor respondeu à requisição sem TLS com um registro TLS
evidence-tls-works-on-port = um handshake TLS com { $addr } funciona
evidence-plain-reply-to-tls = o servidor respondeu ao ClientHello TLS em texto puro: { $line }
evidence-plain-works-on-port = uma requisição sem TLS para { $addr } recebe: { $line }
evidence-silence = nenhuma resposta em { $ms } ms
evidence-reset-after-request = { $count ->
        [0] o servidor redefiniu a conexão antes de qualquer requisição
        [one] o servidor redefiniu a conexão após { $count } byte da requisição
       *[other] o servidor redefiniu a conexão após { $count } bytes da requisição
    }
evidence-closed-without-reply = { $count ->
        [0] o servidor fechou a conexão sem enviar nenhum byte
       *[other] o servidor fechou a conexão sem enviar nenhum byte de volta
    }
evidence-tls-alert = o servidor enviou o alerta TLS { $alert }
evidence-certificate-problem = verificação do certificado: { $detail }
evidence-certificate-issued = certificado de { $subject }, emitido por { $issuer }
evidence-certificate-self-signed = autoassinado: { $subject } emitiu o certificado para si mesmo, por isso ele não está em nenhum repositório de confiança
evidence-certificate-untrusted-issuer = emitido por { $issuer }, que não está no repositório de confiança (é uma CA privada? adicione-a com --ca-file)
evidence-certificate-self-signed-ca = está marcado como CA (CA:TRUE), como o openssl req -x509 faz por padrão, então os clientes também o recusam como certificado de servidor
evidence-certificate-dev-ca = emitido por { $issuer }, a CA local do { $tool }: só as máquinas onde ela foi instalada confiam nela, e o servidor não a envia
evidence-certificate-inspection = { $issuer } é a CA do { $product }, um produto de inspeção TLS: um proxy no caminho decifra e reassina o tráfego
evidence-certificate-issuer-not-sent = o servidor não enviou { $issuer }, que assinou o certificado dele; o certificado diz que ele pode ser baixado de { $url }
evidence-trusted-by-os-only = a cadeia termina em { $issuer }: o repositório de confiança desta máquina o tem, o pacote da Mozilla não
evidence-client-certificate-requested = { $count ->
        [0] o servidor pediu um certificado de cliente sem citar nenhuma CA
        [one] o servidor pediu um certificado de cliente emitido por { $names }
       *[other] o servidor pediu um certificado de cliente emitido por uma de { $count } CAs: { $names }
    }
evidence-certificate-expires-soon = { $count ->
        [0] expira hoje, às { $until }
        [one] expira em { $count } dia, em { $until }
       *[other] expira em { $count } dias, em { $until }
    }
evidence-certificate-names = { $count ->
        [1] o certificado vale para { $names }, mas a URL usa { $host }
       *[other] o certificado vale para { $count } nomes ({ $names }), mas a URL usa { $host }
    }
evidence-certificate-no-names = o certificado não tem subjectAltName: os clientes ignoram o CN, então ele não vale para nenhum nome, nem para { $host }
evidence-certificate-validity = válido de { $from } até { $until }
evidence-certificate-expired-ago = { $count ->
        [0] expirou hoje ({ $until })
        [one] expirou há { $count } dia ({ $until })
       *[other] expirou há { $count } dias ({ $until })
    }
evidence-certificate-not-yet-valid = só vale a partir de { $from }, mas a verificação rodou em { $now }: o relógio de um dos lados está errado
evidence-tls-server-version = o servidor escolheu { $version }; o netdoctor, como os clientes atuais, só aceita TLS 1.2 e 1.3
evidence-tls-version-alert = o servidor respondeu a TLS 1.2 e 1.3 com um alerta protocol_version: ele não aceita nenhuma das duas
evidence-upgrade-rejected = a resposta ao upgrade não passou na validação: { $detail }
evidence-reply-truncated = { $count ->
        [one] a resposta foi cortada em { $count } byte
       *[other] a resposta foi cortada em { $count } bytes
    }
evidence-windows-retried-refused = o Windows tenta de novo por cerca de 2 segundos antes de informar uma conexão recusada
evidence-cannot-tell-apart = do lado do cliente, o firewall do host, um grupo de segurança da nuvem e o firewall de um painel parecem iguais: todos descartam os pacotes em silêncio
evidence-message = { $text }
evidence-reverse-proxy-header = o cabeçalho de resposta { $name }: { $value } mostra que um proxy reverso respondeu
evidence-upgrade-lost = a resposta pede um upgrade para WebSocket ({ $hint }), embora a requisição já o pedisse: Upgrade e Connection se perderam no caminho
evidence-socketio-reply = o corpo da resposta é do Engine.IO (o transporte do Socket.IO): { $body }
evidence-socketio-path = { $path } é o caminho em que servidores Socket.IO respondem
evidence-origin-retry = { $origin ->
        [none] sem cabeçalho Origin
       *[other] com Origin: { $origin }
    }, o upgrade { $status ->
        [none] não recebeu resposta HTTP
       *[other] recebeu { $status }
    }
evidence-subprotocol-hint = a resposta cita o subprotocolo: { $hint }
evidence-subprotocol-unrequested = o servidor escolheu o subprotocolo { $protocol }, que o cliente não ofereceu, então o cliente recusa o upgrade
evidence-hang-up-on-accept = uma segunda conexão a { $addr } foi aceita e fechada na hora, antes de qualquer byte em qualquer direção
evidence-other-family-works = { $addr } ({ $family }) aceita, e a verificação funcionou ali
evidence-first-address-only = { $addr } ({ $family }) é tentado primeiro: um cliente que não passa para o próximo endereço (sem Happy Eyeballs) falha

## Erros no destino (linha de comando e campo de URL)
## Variáveis: $target (o texto digitado), $value (a parte com problema)

target-error-empty = O destino está vazio. Informe uma URL como ws://127.0.0.1:8080/chat.
target-error-too-long = { $target }: o destino tem { $value } caracteres; isso não é uma URL.
target-error-control-character = O destino contém um caractere de controle (uma quebra de linha ou algo parecido). Cole apenas a URL.
target-error-missing-scheme = { $target }: falta o esquema. Comece com tcp://, ws://, wss://, http:// ou https://.
target-error-unknown-scheme = { $target }: esquema desconhecido “{ $value }”. Use tcp, ws, wss, http ou https.
target-error-empty-host = { $target }: falta o host depois do esquema.
target-error-invalid-host = { $target }: “{ $value }” não é um nome de host nem um endereço IP válido.
target-error-invalid-port = { $target }: “{ $value }” não é uma porta. Use um número de 1 a 65535.
target-error-port-zero = { $target }: não é possível conectar à porta 0. Use um número de 1 a 65535.
target-error-missing-port = { $target }: tcp:// exige uma porta, como tcp://db.example.com:5432.
target-error-malformed = { $target }: URL inválida ({ $value }).

## Linha de comando

cli-about = Mostra por que um cliente não consegue se conectar a um servidor e como corrigir.
cli-help-lang = Idioma: en, ko, ja, ru ou pt (padrão: idioma do sistema)
cli-help-check = Verifica os endpoints sem abrir a janela e imprime o diagnóstico
cli-help-targets = URLs dos endpoints: tcp://, ws://, wss://, http://, https://
cli-help-json = Imprime um único documento JSON em vez de texto
cli-help-timeout = Limite de cada fase (conexão, TLS, handshake), em milissegundos
cli-help-expect-ip = Endereço para o qual o nome do host deve resolver (pode ser repetido)
cli-help-dns-server = Resolve os nomes com este servidor DNS em vez do resolvedor do sistema
cli-help-profile = Verifica todos os endpoints salvos em um arquivo de perfil
cli-help-concurrency = Quantos destinos testar ao mesmo tempo
cli-help-report = Grava também um relatório para compartilhar (.html, .md ou .json)
cli-help-no-followups = Não executa os testes extras que ajudam a distinguir as causas
cli-help-ca-file = Confia também nos certificados deste arquivo PEM (sua CA privada ou de desenvolvimento)
cli-error-usage = Uso: netdoctor check [OPTIONS] <TARGET>... (veja netdoctor check --help)
cli-error-unknown-argument = Opção desconhecida { $arg }. Veja netdoctor check --help.
cli-error-unknown-command = Comando desconhecido { $value }. Quis dizer: netdoctor check { $value }?
cli-error-invalid-value = Valor inválido “{ $value }” para { $arg }.
cli-error-missing-value = { $arg } precisa de um valor.
cli-error-conflict = { $arg } não pode ser combinado com as outras opções informadas.
cli-error-no-targets = Nenhum destino. Informe pelo menos uma URL, como: netdoctor check ws://127.0.0.1:8080/
cli-error-report-write = Não foi possível gravar o relatório em { $path }: { $error }
cli-error-runtime = Não foi possível iniciar o motor de testes: { $error }
cli-error-ca-file = Não foi possível usar { $path } como arquivo de CA: { $error }
cli-note-concurrency-reduced = O limite de arquivos abertos ({ $limit }) permite só { $count } destinos ao mesmo tempo; os demais aguardam a vez. Aumente o limite com: ulimit -n 65536
cli-progress = { $done } de { $total } verificados
cli-duration = { $ms } ms
cli-fix-label = Solução:
cli-tally = { $failed ->
        [0] { $total ->
                [1] O endpoint está OK.
               *[other] Todos os { $total } endpoints estão OK.
            }
       *[other] { $failed } de { $total } com falha.
    }

## Aplicativo de desktop

gui-unavailable = Este netdoctor foi compilado sem o aplicativo de desktop. Use: netdoctor check <URL>

evidence-nothing-listens = Nada escuta na porta { $port } nesta máquina
evidence-listens-only-on = { $who ->
    [known] { $owner } escuta só em { $addr }
   *[unknown] Um processo que este usuário não consegue ver escuta só em { $addr }
}
evidence-listens-nearby = { $who ->
    [known] { $owner } escuta em { $addr }
   *[unknown] Um processo que este usuário não consegue ver escuta em { $addr }
}
evidence-container-proxy-listens = { $owner } ocupa { $addr }: um runtime de contêineres repassa esta porta para um contêiner
local-listeners-heading = Escutando nesta máquina
local-listeners-none = Nada escuta na porta { $port } nesta máquina.
local-listener-unknown-owner = dono não visível para este usuário
server-hint-heading = Confirme no servidor
server-hint-intro = Rode um destes comandos na máquina que deveria aceitar a conexão:
server-hint-inspect = mostra quem escuta, conexões locais e regras de firewall da porta
server-hint-respond = responde na porta enquanto o seu servidor está parado, para testar o caminho de rede
## Leitura dos arquivos indicados e verificação das opções antes de testar
file-kind-directory = uma pasta
file-kind-fifo = um pipe nomeado
file-kind-device = um dispositivo
file-kind-other = um arquivo especial
file-error-not-regular = é { $kind }, não um arquivo comum
file-error-too-large = passa de { $mib } MiB, o limite para este tipo de arquivo
file-error-utf8 = o texto não está em UTF-8 válido
report-path-no-folder = a pasta não existe
report-path-is-folder = é uma pasta
report-path-not-writable = não há permissão de escrita na pasta
ca-file-no-certificate = não contém nenhum certificado PEM
cli-error-watch-count-needs-watch = --watch-count só funciona junto com --watch SECONDS.
cli-warning-unknown-lang = Idioma desconhecido “{ $tag }”; disponíveis: { $list }. Usando { $used }.
