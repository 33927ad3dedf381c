# Watch mode: re-checking endpoints on a timer (app and `netdoctor check --watch`).

## App

watch-window-title-changed = • { $title }
watch-all = Monitorar todos
watch-all-hint = Verifica todos os endpoints periodicamente e marca as mudanças de veredito
watch-interval = Intervalo (s)
watch-this = Monitorar
watch-start = Monitorar
watch-stop = Parar de monitorar
watch-col-history = Histórico
watch-every = { $count ->
        [one] a cada { $count } segundo
       *[other] a cada { $count } segundos
    }
watch-last-change = Última mudança: { $from } → { $to } às { $time }
watch-no-change = { $count ->
        [one] { $count } resultado, sem mudança de veredito
       *[other] { $count } resultados, sem mudança de veredito
    }
watch-plot-change = Veredito mudou
watch-plot-ms = ms
watch-changed-notice = { $name }: o veredito mudou: { $from } → { $to } às { $time }
# Desktop notification under the endpoint's name, when the window is not focused.
watch-notify-body = Era { $from }, agora { $to }

## Command line

watch-cli-help-watch = Verifica de novo a cada SECONDS segundos até Ctrl+C e imprime uma linha a cada mudança de veredito
watch-cli-help-count = Com --watch: para após N rodadas
watch-cli-first = { $time }  { $target }  { $verdict } — { $detail }
watch-cli-changed = { $time }  { $target }  { $previous } → { $verdict } — { $detail }
watch-error-damaged = Não foi possível ler o histórico de monitoramento ({ $error }); ele foi movido para { $path } e o monitoramento recomeça do zero.
watch-error-damaged-kept = Não foi possível ler o histórico de monitoramento ({ $error }) nem movê-lo; ele fica como está e o histórico desta sessão não será salvo.
