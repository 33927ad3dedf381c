# netdoctor server: o que um cliente remoto encontra nesta máquina, e o respondedor.

server-port = Porta { $port }
server-host = Esta máquina ({ $os }): { $addresses }
server-listening = { $owner } escuta em { $socket }
server-listening-unknown = Um processo escuta em { $socket } (rode com sudo para ver qual)
server-not-listening = Nada escuta na porta { $port }.
server-connect = Conexão a partir desta máquina: { $results }
server-connect-ok = aceita
server-connect-refused = recusada
server-connect-timeout = sem resposta
server-connect-unreachable = inalcançável
server-connect-error = falhou
server-firewall-heading = Regras de firewall para uma nova conexão à porta { $port }:
server-firewall-none = Nenhuma regra de firewall filtra as conexões de entrada aqui.
server-rule-conditional = só para alguns clientes
server-fix = Correção:
server-tally = { $total ->
    [1] 1 porta verificada
   *[other] { $total } portas verificadas
}, { $failed ->
    [0] nenhuma falharia
    [1] 1 falharia
   *[other] { $failed } falhariam
}
server-ok-reachable = Clientes remotos conseguem se conectar à porta { $port }: há um processo escutando e nenhuma regra desta máquina bloqueia.
server-ok-partly-read = Há um processo escutando na porta { $port }, e nenhuma regra de firewall que pôde ser lida a bloqueia; mas nem todos os firewalls puderam ser lidos.
server-ok-outside = Se mesmo assim um cliente esgota o tempo, o bloqueio está fora desta máquina: um security group ou firewall da nuvem, uma ACL de rede ou uma rota. Confira as regras de entrada da porta no console do provedor (security groups da AWS, NSG do Azure, firewall de VPC do GCP, security groups da Alibaba ou da Tencent Cloud) e depois trace o caminho a partir do cliente com: mtr -T -P { $port } { $address }
server-ev-nothing-listens = Nenhum socket escuta na porta { $port } desta máquina.
server-ev-nearest = Portas próximas que estão escutando: { $list }
server-ev-loopback-only = { $owner } escuta apenas em { $socket }, que clientes remotos não alcançam.
server-ev-connect-ok = Uma conexão desta máquina para { $address } é aceita.
server-ev-rule = { $source } ({ $table } { $chain }) decide com { $action }: { $rule }
server-ev-rejects-prohibited = A regra responde com ICMP "prohibited": os clientes recebem "No route to host" na hora.
server-ev-rejects-refused = A regra responde com port-unreachable ou um reset TCP: os clientes recebem "Connection refused" na hora.
server-ev-panel = O { $panel } está instalado aqui ({ $path }) e mantém a própria lista de portas abertas; essa lista não foi lida.
server-ev-needs-root = Não dá para ler o { $tool } sem root, então as regras dele não entram nesta resposta. Rode: sudo netdoctor server { $port }
server-ev-read-failed = Não foi possível ler o { $tool } ({ $error }), então as regras dele não entram nesta resposta.
server-ev-not-on-platform = O { $firewall } não é lido nesta plataforma; confira você mesmo.
server-fix-start = Inicie o servidor na porta { $port } ou aponte o cliente para a porta em que ele de fato escuta.
server-fix-bind = Faça o servidor escutar em 0.0.0.0:{ $port } (e em [::]:{ $port } para IPv6) em vez de { $current }, por exemplo com --host 0.0.0.0 ou bind = "0.0.0.0:{ $port }", e reinicie-o.
server-fix-open = Abra a porta: { $command }
server-fix-panel = Abra a porta { $port } na página do { $panel } (Segurança, depois Firewall, depois adicionar porta), para que o painel a mantenha aberta; o comando do firewall do sistema é: { $command }
server-respond-ready = Respondedor do netdoctor pronto na porta { $ports } (todos os endereços IPv4 e IPv6); pare com Ctrl+C.
server-respond-stopped = Respondedor do netdoctor parado.
server-error-port = "{ $value }" não é um número de porta (1 a 65535).
server-error-no-ports = Informe pelo menos uma porta.
server-error-busy = A porta { $port } já está em uso; o respondedor só atende numa porta livre. Pare esse servidor antes, ou confira com: netdoctor server { $port }
server-error-busy-by = A porta { $port } já está em uso por { $owner }; o respondedor só atende numa porta livre. Pare esse servidor antes, ou confira com: netdoctor server { $port }
server-error-bind = Não é possível escutar na porta { $port }: { $error }
cli-help-server = Verifica o que um cliente remoto encontraria nas portas desta máquina (rode no servidor)
cli-help-ports = Portas a verificar (1 a 65535)
cli-help-respond = Responde em cada porta livre para que um cliente teste o caminho de rede
cli-help-respond-for = Com --respond: para depois de SECONDS segundos
