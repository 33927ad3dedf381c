# Watch mode: re-checking endpoints on a timer (app and `netdoctor check --watch`).

## App

watch-window-title-changed = • { $title }
watch-all = Следить за всеми
watch-all-hint = Перепроверять все адреса по таймеру и отмечать смену вердикта
watch-interval = Интервал, с
watch-this = Следить
watch-start = Следить
watch-stop = Перестать следить
watch-col-history = История
watch-every = { $count ->
        [1] каждую секунду
        [one] каждую { $count } секунду
        [few] каждые { $count } секунды
        [many] каждые { $count } секунд
       *[other] каждые { $count } секунды
    }
watch-last-change = Последняя смена: { $from } → { $to } в { $time }
watch-no-change = { $count ->
        [one] { $count } результат, вердикт не менялся
        [few] { $count } результата, вердикт не менялся
        [many] { $count } результатов, вердикт не менялся
       *[other] { $count } результата, вердикт не менялся
    }
watch-plot-change = Смена вердикта
watch-plot-ms = мс
watch-changed-notice = { $name }: вердикт сменился: { $from } → { $to } в { $time }
# Desktop notification under the endpoint's name, when the window is not focused.
watch-notify-body = Было: { $from }, стало: { $to }

## Command line

watch-cli-help-watch = Перепроверять каждые SECONDS секунд до Ctrl+C и выводить строку при каждой смене вердикта
watch-cli-help-count = Вместе с --watch: остановиться после N проверок
watch-cli-first = { $time }  { $target }  { $verdict } — { $detail }
watch-cli-changed = { $time }  { $target }  { $previous } → { $verdict } — { $detail }
watch-error-damaged = Не удалось прочитать историю наблюдения ({ $error }); файл перемещён в { $path }, наблюдение начинается заново.
watch-error-damaged-kept = Не удалось ни прочитать историю наблюдения ({ $error }), ни переместить её; файл оставлен как есть, история этой сессии не будет сохранена.
