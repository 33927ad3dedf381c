## Aplicativo de desktop

gui-window-title = netdoctor

## Abertura da janela
## Variáveis: $error (o que o sistema de janelas informou)

gui-error-no-display = Não foi possível abrir a janela: não há ambiente gráfico disponível ({ $error }). Sem ambiente gráfico, use a linha de comando: netdoctor check <URL>
gui-error-start = Não foi possível abrir a janela: { $error }. A linha de comando funciona sem janela: netdoctor check <URL>
gui-error-worker = Não foi possível iniciar o motor de testes: { $error }
# $path: para onde o arquivo danificado foi movido
gui-error-state-damaged = Não foi possível ler a lista de endpoints salva ({ $error }); ela foi movida para { $path } e o aplicativo começa com a lista vazia.

## Menus

gui-menu-file = Arquivo
gui-menu-open-profile = Abrir perfil…
gui-menu-save-profile = Salvar perfil
gui-menu-export-report = Exportar relatório…
gui-menu-quit = Sair
gui-menu-edit = Editar
gui-menu-undo-delete = Desfazer exclusão
gui-menu-select-all = Selecionar tudo
gui-menu-copy-summary = Copiar resumo
gui-menu-language = Idioma

## Barra de ferramentas

gui-check-all = Verificar todos
gui-check-selected = Verificar selecionados
gui-cancel = Cancelar
gui-filter-label = Filtro
gui-filter-hint = nome, URL ou veredito
gui-add-label = Novo endpoint
gui-add-hint = ws://127.0.0.1:8080/chat
gui-add-button = Adicionar

## Tabela de endpoints

gui-col-status = Status
gui-col-name = Nome
gui-col-target = Destino
gui-col-verdict = Veredito
gui-col-cause = Causa provável
gui-col-time = Tempo
gui-status-not-checked = não verificado
gui-status-queued = na fila
gui-status-cancelled = cancelado
gui-empty-list = Nenhum endpoint ainda. Digite uma URL acima e pressione Enter.
gui-no-match = Nenhum endpoint corresponde ao filtro.
# $ms: uma duração, já formatada
gui-ms = { $ms } ms

## Ações sobre os endpoints

gui-recheck = Verificar de novo
gui-duplicate = Duplicar
gui-delete = Excluir
gui-undo = Desfazer
gui-copy = Copiar

## Painel de detalhes

gui-detail-none = Selecione um endpoint para ver o diagnóstico.
gui-detail-not-checked = Ainda não verificado. Clique em Verificar de novo ou pressione Ctrl+R.
# $phase: a fase em que a verificação está (resolvendo o nome, conectando, …)
gui-detail-running = Em andamento: { $phase }
gui-resolved = Resolve para { $addrs }
gui-peer = Conectado a { $peer }
gui-causes = Causas prováveis
gui-cause-score = { $percent }% de probabilidade
gui-evidence = Evidências
gui-fix = Como corrigir
gui-timeline = Linha do tempo
gui-phase-dns = DNS
gui-phase-connect = Conexão
gui-phase-tls = TLS
gui-phase-handshake = Handshake
gui-phase-total = Total
gui-phase-not-run = não executada

## Bytes brutos

gui-bytes = Bytes trocados
gui-bytes-sent = { $count ->
        [0] Enviados: { $count } bytes
        [one] Enviado: { $count } byte
       *[other] Enviados: { $count } bytes
    }
gui-bytes-received = { $count ->
        [0] Recebidos: { $count } bytes
        [one] Recebido: { $count } byte
       *[other] Recebidos: { $count } bytes
    }
gui-bytes-none = nada
gui-bytes-truncated = Truncado: o limite de captura cortou os bytes aqui.
gui-view-hex = Hex
gui-view-text = Texto
gui-copy-hex = Copiar hex
gui-copy-text = Copiar texto

## Configurações do endpoint

gui-edit = Configurações do endpoint
gui-edit-name = Nome
gui-edit-url = URL
gui-edit-expect-ips = IPs esperados
gui-edit-expect-ips-hint = separados por vírgula, ex.: 203.0.113.7
gui-edit-timeout = Tempo limite (ms)
gui-edit-timeout-hint = padrão: 5000
gui-edit-save = Salvar
gui-edit-revert = Reverter
gui-error-ip = “{ $value }” não é um endereço IP.
gui-error-timeout = “{ $value }” não é um tempo limite válido: use um número inteiro de milissegundos de 1 a 600000.

## Barra de status

gui-count = { $total ->
        [0] { $shown } de { $total } endpoints
        [one] { $shown } de { $total } endpoint
       *[other] { $shown } de { $total } endpoints
    }
gui-selected = Selecionados: { $count }
gui-running = { $count ->
        [one] verificando { $count } endpoint
       *[other] verificando { $count } endpoints
    }
gui-deleted = { $count ->
        [one] { $count } endpoint excluído
       *[other] { $count } endpoints excluídos
    }
gui-save-error = Não foi possível salvar a lista de endpoints: { $error }

## Perfis e relatórios (menu Arquivo, caixas de diálogo de arquivo, avisos)

gui-menu-save-profile-as = Salvar perfil como…
gui-menu-recent = Perfis recentes
gui-menu-undo-replace = Desfazer substituição
# $count: quantos endpoints estão selecionados
gui-report-selected-only = Relatórios: apenas os endpoints selecionados ({ $count })
gui-report-include-secrets = Relatórios: incluir segredos (senhas, tokens, cookies)
gui-copy-markdown = Copiar como Markdown
gui-copy-markdown-hint = Copia um relatório em Markdown dos endpoints verificados, pronto para colar em uma issue ou em um chat. O escopo e os segredos seguem o que foi definido no menu Arquivo.
gui-dismiss = Fechar
# $name: o nome do perfil, ou o nome do arquivo dele
gui-profile = Perfil: { $name }
# $count: quantos endpoints a lista tinha antes de outra lista substituí-la
gui-replaced = { $count ->
        [0] Lista vazia substituída
        [one] Lista de { $count } endpoint substituída
       *[other] Lista de { $count } endpoints substituída
    }
gui-edit-tags = Tags
gui-edit-tags-hint = separadas por vírgula, ex.: prod, eu
gui-edit-notes = Notas
gui-dialog-open-title = Abrir perfil
gui-dialog-open-intro = Substitui a lista de endpoints pelos endpoints do perfil. Desfazer (Ctrl+Z) traz de volta a lista atual.
gui-dialog-open = Abrir
gui-dialog-save-title = Salvar perfil
gui-dialog-save-intro = Salva a lista de endpoints como um perfil TOML. Um perfil substituído é mantido ao lado, com .bak acrescentado ao nome.
gui-dialog-save = Salvar
gui-dialog-export-title = Exportar relatório
gui-dialog-export-intro = A extensão do arquivo define o formato: .html, .md ou .json.
gui-dialog-export = Exportar
gui-dialog-cancel = Cancelar
gui-file-path = Caminho
gui-file-hint-profile = ~/profiles/staging.toml
gui-file-hint-report = ~/netdoctor-report.html
gui-file-browse = Procurar…
gui-file-browsing = Aguardando o seletor de arquivos…
gui-file-none-chosen = Nenhum arquivo foi escolhido. Se nenhum seletor de arquivos apareceu (alguns ambientes de desktop não têm), digite o caminho acima.
gui-file-no-path = Digite o caminho de um arquivo, ou use Procurar…
gui-filter-profile = Perfil do netdoctor
gui-filter-html = Página HTML
gui-filter-markdown = Markdown
gui-filter-json = JSON
# $count: quantos endpoints o relatório abrange
gui-report-scope = { $count ->
        [0] O relatório não abrange nenhum endpoint.
        [one] O relatório abrange { $count } endpoint.
       *[other] O relatório abrange { $count } endpoints.
    }
gui-report-unchecked = { $count ->
        [one] { $count } deles ainda não foi verificado e ficará de fora.
       *[other] { $count } deles ainda não foram verificados e ficarão de fora.
    }
gui-confirm-replace-title = Substituir este arquivo?
# $backup: onde o arquivo substituído é guardado
gui-confirm-replace-backup = Se você substituir mesmo assim, o conteúdo atual será guardado como { $backup }.
gui-confirm-replace = Substituir mesmo assim
# $path: o arquivo de perfil
gui-recent-missing = O perfil { $path } não existe mais; ele foi removido dos perfis recentes.
# $name: nome do perfil; $count: endpoints carregados; $path: o arquivo
gui-profile-opened = { $count ->
        [one] Perfil “{ $name }” carregado de { $path }, com { $count } endpoint.
       *[other] Perfil “{ $name }” carregado de { $path }, com { $count } endpoints.
    }
gui-profile-saved = { $count ->
        [0] Lista vazia salva em { $path }.
        [one] { $count } endpoint salvo em { $path }.
       *[other] { $count } endpoints salvos em { $path }.
    }
gui-report-nothing = Nenhum destes endpoints tem resultado ainda, então não há nada para relatar. Verifique-os primeiro.
# $count: endpoints no relatório; $skipped: endpoints deixados de fora porque nunca foram verificados
gui-report-saved = { $skipped ->
        [0] { $count ->
            [one] Relatório de { $count } endpoint salvo em { $path }.
           *[other] Relatório de { $count } endpoints salvo em { $path }.
        }
        [one] { $count ->
            [one] Relatório de { $count } endpoint salvo em { $path }; { $skipped } endpoint ainda não verificado ficou de fora.
           *[other] Relatório de { $count } endpoints salvo em { $path }; { $skipped } endpoint ainda não verificado ficou de fora.
        }
       *[other] { $count ->
            [one] Relatório de { $count } endpoint salvo em { $path }; { $skipped } endpoints ainda não verificados ficaram de fora.
           *[other] Relatório de { $count } endpoints salvo em { $path }; { $skipped } endpoints ainda não verificados ficaram de fora.
        }
    }
gui-report-copied = { $skipped ->
        [0] { $count ->
            [one] Relatório em Markdown de { $count } endpoint copiado.
           *[other] Relatório em Markdown de { $count } endpoints copiado.
        }
        [one] { $count ->
            [one] Relatório em Markdown de { $count } endpoint copiado; { $skipped } endpoint ainda não verificado ficou de fora.
           *[other] Relatório em Markdown de { $count } endpoints copiado; { $skipped } endpoint ainda não verificado ficou de fora.
        }
       *[other] { $count ->
            [one] Relatório em Markdown de { $count } endpoint copiado; { $skipped } endpoints ainda não verificados ficaram de fora.
           *[other] Relatório em Markdown de { $count } endpoints copiado; { $skipped } endpoints ainda não verificados ficaram de fora.
        }
    }
# $error: o que o sistema informou
gui-report-error = Não foi possível gravar o relatório em { $path }: { $error }

## Opening the state file
gui-notice-copy = Copiar aviso
gui-notice-state-newer = A lista de endpoints salva foi gravada por um netdoctor mais novo (versão de formato { $version }). Ela foi mantida intacta em { $path }; este aplicativo grava a própria versão no lugar dela.
gui-notice-state-capped = Algumas entradas de { $path } eram longas demais e foram encurtadas (limites: nomes com { $name } caracteres, URLs com { $url } caracteres, { $count } endpoints).

## Detail tabs

gui-tab-diagnosis = Diagnóstico
gui-tab-exchange = Dados trocados
gui-tab-history = Histórico
gui-tab-server = Servidor
gui-server-hint-when = Os comandos para rodar no servidor aparecem quando a conexão é recusada, o tempo se esgota ou não há rota até o host.
gui-verdict-ok-warning = OK, com um aviso

## View menu

gui-menu-view = Exibir
gui-view-check-on-add = Verificar novos endpoints na hora
gui-view-notify-changes = Notificar quando um endpoint monitorado mudar

## Reproduce

gui-copy-curl = Copiar como curl
gui-copy-websocat = Copiar como websocat

## What the client reported

gui-reported-heading = O que seu cliente informou
# $verdict: netdoctor's verdict, e.g. "connection refused"
gui-reported-differs = O netdoctor viu outra coisa: a verificação terminou em “{ $verdict }”.
gui-reported-differs-ok = A verificação do netdoctor passou sem este erro. Se o seu cliente ainda falhar, compare o endereço, a porta e o proxy que ele usa com os mostrados acima.

## Protocol question (pasted host:port)

gui-ask-scheme-title = Qual protocolo?
# $target: host:port from the pasted text
gui-ask-scheme-text = O texto colado cita { $target }, mas não diz qual protocolo é usado ali. Verificar como:
gui-ask-scheme-tcp = Conexão TCP
gui-ask-scheme-http = HTTP
gui-ask-scheme-https = HTTPS
gui-ask-scheme-ws = WebSocket (ws)
gui-ask-scheme-wss = WebSocket sobre TLS (wss)
gui-ask-scheme-skip = Pular este
