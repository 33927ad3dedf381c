# Avisos: o endpoint funciona aqui, mas não para todo cliente (ou não por muito tempo).
# Mesmo formato de uma causa: a mensagem é o título, .detail e .fix são atributos.

report-warning = Aviso
report-warnings = Avisos

warn-first-address-fails = O primeiro endereço de { $host } falha; um seguinte funciona
    .detail = { $host } resolve para mais de um endereço. O netdoctor conectou por um dos seguintes, como fazem os clientes que passam para o próximo, mas o endereço tentado primeiro não aceita conexões na porta { $port }. Clientes que usam só o primeiro endereço falham.
    .fix = Faça o servidor escutar em todos os endereços do nome (para localhost, [::1] e 127.0.0.1; por exemplo, [::]:{ $port } em dual-stack) ou aponte o cliente para o endereço que funciona.
        Node.js: dns.setDefaultResultOrder("ipv4first") ou net.connect({"{"} autoSelectFamily: true {"}"}).


warn-certificate-expires-soon = O certificado de { $host } expira em breve
    .detail = O certificado funciona hoje, mas vence em menos de duas semanas. A renovação automática (certbot, cert-manager, Caddy) renova 30 dias antes, então em geral isso indica que a renovação vem falhando.
    .fix = Renove o certificado, recarregue o servidor e descubra por que a renovação automática parou (no Let's Encrypt):
        sudo certbot renew --dry-run
    Confira as datas que o servidor envia com:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

warn-trusted-by-os-only = Só o repositório de confiança desta máquina aceita o certificado de { $host }
    .detail = A cadeia termina numa CA que o repositório do sistema desta máquina tem e o pacote da Mozilla não. Aqui, navegadores e curl funcionam; Node.js, Python (requests, certifi), Java e Go em contêineres Linux leem o próprio pacote e falham com "unable to get local issuer certificate".
    .fix = Passe a cada runtime o certificado da CA (ca.pem; exporte-o do repositório desta máquina):
        Node.js: NODE_EXTRA_CA_CERTS=/path/to/ca.pem node app.js
        Python: REQUESTS_CA_BUNDLE=/path/to/ca.pem (requests) ou SSL_CERT_FILE=/path/to/ca.pem (ssl, httpx)
        keytool -importcert -alias private-ca -file ca.pem -cacerts -storepass changeit
    Num contêiner, copie ca.pem para /usr/local/share/ca-certificates/ e rode update-ca-certificates na imagem.

evidence-first-address-refused-clients = Clientes que discam só o primeiro endereço param em { $addr } e falham: o Node.js 17 a 19 (e versões mais novas com autoSelectFamily desligado) acusa ECONNREFUSED { $ip }, e o new Socket(host, port) do Java também. Navegadores, curl, Go, Python e Rust tentam o próximo endereço e conectam.
evidence-first-address-silent-clients = Clientes que discam só o primeiro endereço esperam em { $addr } até estourar o tempo: o Node.js 17 a 19 (e versões mais novas com autoSelectFamily desligado) e o new Socket(host, port) do Java. Python e Rust só tentam o próximo endereço depois do próprio timeout; navegadores, curl e Go trocam após uma breve espera.

warn-netdoctor-responder = Quem respondeu foi o respondedor do netdoctor, não o seu servidor: o caminho de rede até a porta { $port } está aberto
    .detail = O outro lado se identificou como netdoctor server --respond. Uma conexão daqui chegou até ele, então nada entre esta máquina e { $host } bloqueia a porta { $port }.
    .fix = Pare o respondedor (Ctrl+C) e suba o seu servidor na porta { $port }. Se o cliente ainda falhar, a causa é o processo do servidor ou o endereço em que ele escuta, não a rede.

evidence-netdoctor-responder = O outro lado se identificou: { $sign }
