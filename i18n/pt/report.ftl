## Relatórios e perfis

## Documentos de relatório (HTML e Markdown)

report-title = Relatório do netdoctor
report-title-profile = Relatório do netdoctor: { $profile }
report-meta-profile = Perfil
report-meta-generated = Gerado em
report-meta-version = Versão
report-meta-system = Sistema
report-secrets-masked = Senhas, tokens, cookies e outros segredos foram substituídos por ***, então este relatório pode ser compartilhado com segurança. Para mantê-los, execute com --include-secrets.
report-secrets-included = Este relatório contém segredos como senhas, tokens e cookies. Compartilhe-o apenas com quem pode vê-los.
report-redacted = Os segredos deste resultado foram substituídos por ***; os bytes abaixo mostram os valores mascarados.
report-summary = Resumo
report-col-number = #
report-col-endpoint = Endpoint
report-col-verdict = Veredito
report-col-cause = Causa mais provável
report-col-time = Tempo
report-col-address = Endereço
report-col-pid = PID
report-col-process = Processo
report-none = —
report-tally = { $failed ->
        [0] { $total ->
                [1] O endpoint está OK.
               *[other] Todos os { $total } endpoints estão OK.
            }
       *[other] { $failed } de { $total } com falha.
    }
report-resolved = Resolve para
report-peer = Conectado a
report-certificate = Certificado
report-trust = Confiança
report-trust-value = repositório do sistema desta máquina: { $os }; pacote da Mozilla: { $mozilla }; --ca-file: { $cafile }
report-trust-accepted = aceita
report-trust-rejected = recusa
report-trust-absent = não usado
report-chain = Cadeia como enviada
report-chain-link = { $index }. { $subject } ← { $issuer }
report-certificate-value = { $subject }, emitido por { $issuer }, válido de { $from } até { $until }; nomes: { $names }
report-certificate-expires-soon = { $count ->
        [0] expira hoje: se ele se renova sozinho, a renovação está falhando (sudo certbot renew --dry-run mostra o motivo)
        [one] expira em { $count } dia: se ele se renova sozinho, a renovação está falhando (sudo certbot renew --dry-run mostra o motivo)
       *[other] expira em { $count } dias: se ele se renova sozinho, a renovação está falhando (sudo certbot renew --dry-run mostra o motivo)
    }
report-causes = Causas prováveis
report-no-causes = Nada a corrigir: o endpoint respondeu como esperado.
report-likelihood = { $percent }% de probabilidade
report-evidence = Evidências
report-fix = Como corrigir
report-timings = Tempos
report-phase-dns = DNS
report-phase-connect = Conexão
report-phase-tls = TLS
report-phase-handshake = Handshake
report-phase-total = Total
report-duration = { $ms } ms
report-bytes = Bytes trocados
report-bytes-sent = { $count ->
        [one] Enviado: { $count } byte
       *[other] Enviados: { $count } bytes
    }
report-bytes-received = { $count ->
        [one] Recebido: { $count } byte
       *[other] Recebidos: { $count } bytes
    }
report-bytes-none = Nenhum byte foi trocado.
report-bytes-truncated = { $count ->
        [one] A resposta foi cortada em { $count } byte; o servidor enviou mais.
       *[other] A resposta foi cortada em { $count } bytes; o servidor enviou mais.
    }
report-bytes-shortened = Exibindo os primeiros { $shown } de { $count } bytes; os relatórios HTML e JSON trazem todos.

## Arquivos de relatório e suas opções de linha de comando

report-error-format = Não foi possível gravar um relatório em { $path }: use um arquivo terminado em .html, .md ou .json.
report-cli-help-include-secrets = Mantém senhas, tokens e cookies no arquivo --report (por padrão eles são mascarados, para que o relatório possa ser compartilhado com segurança)

## Perfis
## Variáveis: $path (o arquivo de perfil), $detail (o que deu errado)

profile-unsaved = texto do perfil
profile-error-read = Não foi possível ler o perfil { $path }: { $detail }
profile-error-syntax = { $path }, linha { $line }, coluna { $column }: { $detail }
profile-error-invalid = { $path } não é um perfil válido: { $detail }
profile-error-version = { $path }: version = { $version } não é um formato de perfil. Use version = 1.
profile-error-write = Não foi possível salvar o perfil em { $path }: { $detail }. O arquivo no disco não foi alterado.
profile-error-refused-overwrite = O perfil não foi salvo por cima de { $path }: esse arquivo não é um perfil que o netdoctor consiga ler, e salvar o destruiria. Corrija-o manualmente ou salve com outro nome. ({ $detail })
profile-error-serialize = Não foi possível gravar o perfil como TOML: { $detail }
profile-error-endpoint = Endpoint “{ $name }” ({ $path }): { $detail }
profile-error-endpoint-timeout = timeout_ms = { $ms } está fora do intervalo; use de 1 a { $max }.
profile-error-empty = O perfil { $path } não tem nenhum endpoint. Adicione tabelas [[endpoint]] com os campos name e url.
profile-warning-newer-version = { $path } foi gravado por uma versão mais nova do netdoctor (formato de perfil { $version }; esta versão lê o formato { $supported }). As configurações que ela não conhece são mantidas, mas não têm efeito.
# Heading of the error line the user pasted from their own client.
report-reported = O que seu cliente informou
