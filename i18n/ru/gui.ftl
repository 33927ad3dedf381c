## Настольное приложение

gui-window-title = netdoctor

## Запуск окна
## Переменные: $error (что сообщила оконная система)

gui-error-no-display = Не удалось открыть окно: нет доступного дисплея ({ $error }). Без дисплея пользуйтесь командной строкой: netdoctor check <URL>
gui-error-start = Не удалось открыть окно: { $error }. Командная строка работает и без окна: netdoctor check <URL>
gui-error-worker = Не удалось запустить движок проверок: { $error }
# $path: куда перемещён повреждённый файл
gui-error-state-damaged = Не удалось прочитать сохранённый список адресов ({ $error }); файл перемещён в { $path }, и приложение запускается с пустым списком.

## Меню

gui-menu-file = Файл
gui-menu-open-profile = Открыть профиль…
gui-menu-save-profile = Сохранить профиль
gui-menu-export-report = Экспортировать отчёт…
gui-menu-quit = Выход
gui-menu-edit = Правка
gui-menu-undo-delete = Отменить удаление
gui-menu-select-all = Выделить всё
gui-menu-copy-summary = Копировать сводку
gui-menu-language = Язык

## Панель инструментов

gui-check-all = Проверить все
gui-check-selected = Проверить выбранные
gui-cancel = Остановить
gui-filter-label = Фильтр
gui-filter-hint = имя, URL или вердикт
gui-add-label = Новый адрес
gui-add-hint = ws://127.0.0.1:8080/chat
gui-add-button = Добавить

## Таблица адресов

gui-col-status = Статус
gui-col-name = Имя
gui-col-target = URL
gui-col-verdict = Вердикт
gui-col-cause = Причина
gui-col-time = Время
gui-status-not-checked = не проверен
gui-status-queued = в очереди
gui-status-cancelled = отменено
gui-empty-list = Адресов пока нет. Введите URL выше и нажмите Enter.
gui-no-match = Ни один адрес не подходит под фильтр.
# $ms: длительность, уже отформатированная
gui-ms = { $ms } мс

## Действия с адресами

gui-recheck = Перепроверить
gui-duplicate = Дублировать
gui-delete = Удалить
gui-undo = Отменить
gui-copy = Копировать

## Панель подробностей

gui-detail-none = Выберите адрес, чтобы увидеть диагноз.
gui-detail-not-checked = Ещё не проверен. Нажмите «Перепроверить» или Ctrl+R.
# $phase: фаза, на которой сейчас проверка (разрешение имени, подключение, …)
gui-detail-running = Проверка: { $phase }
gui-resolved = Адреса из DNS: { $addrs }
gui-peer = Подключено к { $peer }
gui-causes = Вероятные причины
gui-cause-score = вероятность { $percent } %
gui-evidence = Наблюдения
gui-fix = Как исправить
gui-timeline = Время по фазам
gui-phase-dns = DNS
gui-phase-connect = Подключение
gui-phase-tls = TLS
gui-phase-handshake = Рукопожатие
gui-phase-total = Всего
gui-phase-not-run = не выполнялась

## Сырые байты

gui-bytes = Переданные байты
gui-bytes-sent = { $count ->
        [one] Отправлено: { $count } байт
        [few] Отправлено: { $count } байта
        [many] Отправлено: { $count } байт
       *[other] Отправлено: { $count } байта
    }
gui-bytes-received = { $count ->
        [one] Получено: { $count } байт
        [few] Получено: { $count } байта
        [many] Получено: { $count } байт
       *[other] Получено: { $count } байта
    }
gui-bytes-none = ничего
gui-bytes-truncated = Обрезано: дальше байты не сохранены из-за лимита захвата.
gui-view-hex = Hex
gui-view-text = Текст
gui-copy-hex = Копировать hex
gui-copy-text = Копировать текст

## Настройки адреса

gui-edit = Настройки адреса
gui-edit-name = Имя
gui-edit-url = URL
gui-edit-expect-ips = Ожидаемые IP
gui-edit-expect-ips-hint = через запятую, например 203.0.113.7
gui-edit-timeout = Тайм-аут, мс
gui-edit-timeout-hint = по умолчанию 5000
gui-edit-save = Сохранить
gui-edit-revert = Отменить изменения
gui-error-ip = «{ $value }» — не IP-адрес.
gui-error-timeout = Недопустимый тайм-аут «{ $value }»: укажите целое число миллисекунд от 1 до 600000.

## Строка состояния

gui-count = { $total ->
        [one] { $shown } из { $total } адреса
        [few] { $shown } из { $total } адресов
        [many] { $shown } из { $total } адресов
       *[other] { $shown } из { $total } адреса
    }
gui-selected = { $count ->
        [one] выбран { $count } адрес
        [few] выбрано { $count } адреса
        [many] выбрано { $count } адресов
       *[other] выбрано { $count } адреса
    }
gui-running = { $count ->
        [one] проверяется { $count } адрес
        [few] проверяются { $count } адреса
        [many] проверяется { $count } адресов
       *[other] проверяется { $count } адреса
    }
gui-deleted = { $count ->
        [one] удалён { $count } адрес
        [few] удалено { $count } адреса
        [many] удалено { $count } адресов
       *[other] удалено { $count } адреса
    }
gui-save-error = Не удалось сохранить список адресов: { $error }

## Профили и отчёты (меню «Файл», диалоги выбора файла, баннеры)

gui-menu-save-profile-as = Сохранить профиль как…
gui-menu-recent = Недавние профили
gui-menu-undo-replace = Отменить замену
# $count: сколько адресов выбрано
gui-report-selected-only = Отчёты: только выбранные адреса ({ $count })
gui-report-include-secrets = Отчёты: включать секреты (пароли, токены, cookie)
gui-copy-markdown = Копировать как Markdown
gui-copy-markdown-hint = Копирует отчёт в формате Markdown по проверенным адресам — его можно сразу вставить в issue или чат. Какие адреса войдут и скрывать ли секреты, задаётся в меню «Файл».
gui-dismiss = Закрыть
# $name: имя профиля или имя его файла
gui-profile = Профиль: { $name }
# $count: сколько адресов было в списке до того, как его заменил другой список
gui-replaced = { $count ->
        [one] Список из { $count } адреса заменён
        [few] Список из { $count } адресов заменён
        [many] Список из { $count } адресов заменён
       *[other] Список из { $count } адреса заменён
    }
gui-edit-tags = Теги
gui-edit-tags-hint = через запятую, например prod, eu
gui-edit-notes = Заметки
gui-dialog-open-title = Открыть профиль
gui-dialog-open-intro = Список адресов будет заменён адресами из профиля. Вернуть текущий список можно через Ctrl+Z.
gui-dialog-open = Открыть
gui-dialog-save-title = Сохранить профиль
gui-dialog-save-intro = Сохраняет список адресов как профиль TOML. Если на этом месте уже есть профиль, он остаётся рядом, с .bak в конце имени.
gui-dialog-save = Сохранить
gui-dialog-export-title = Экспортировать отчёт
gui-dialog-export-intro = Формат определяется расширением файла: .html, .md или .json.
gui-dialog-export = Экспортировать
gui-dialog-cancel = Отмена
gui-file-path = Путь
gui-file-hint-profile = ~/profiles/staging.toml
gui-file-hint-report = ~/netdoctor-report.html
gui-file-browse = Обзор…
gui-file-browsing = Ожидание окна выбора файла…
gui-file-none-chosen = Файл не выбран. Если окно выбора файла не появилось (в некоторых рабочих окружениях его нет), введите путь выше.
gui-file-no-path = Введите путь к файлу или нажмите «Обзор…»
gui-filter-profile = Профиль netdoctor
gui-filter-html = Страница HTML
gui-filter-markdown = Markdown
gui-filter-json = JSON
# $count: сколько адресов входит в отчёт
gui-report-scope = { $count ->
        [one] В отчёт входит { $count } адрес.
        [few] В отчёт входят { $count } адреса.
        [many] В отчёт входят { $count } адресов.
       *[other] В отчёт входят { $count } адреса.
    }
gui-report-unchecked = { $count ->
        [one] { $count } из них ещё не проверен и в отчёт не войдёт.
        [few] { $count } из них ещё не проверены и в отчёт не войдут.
        [many] { $count } из них ещё не проверены и в отчёт не войдут.
       *[other] { $count } из них ещё не проверены и в отчёт не войдут.
    }
gui-confirm-replace-title = Заменить этот файл?
# $backup: где сохраняется заменённый файл
gui-confirm-replace-backup = Если всё же заменить его, текущее содержимое сохранится как { $backup }.
gui-confirm-replace = Всё равно заменить
# $path: файл профиля
gui-recent-missing = Профиля { $path } больше нет; он убран из списка недавних профилей.
# $name: имя профиля; $count: сколько адресов загружено; $path: файл
gui-profile-opened = { $count ->
        [one] Открыт профиль «{ $name }» из { $path }: { $count } адрес.
        [few] Открыт профиль «{ $name }» из { $path }: { $count } адреса.
        [many] Открыт профиль «{ $name }» из { $path }: { $count } адресов.
       *[other] Открыт профиль «{ $name }» из { $path }: { $count } адреса.
    }
gui-profile-saved = { $count ->
        [one] Сохранён { $count } адрес в { $path }.
        [few] Сохранено { $count } адреса в { $path }.
        [many] Сохранено { $count } адресов в { $path }.
       *[other] Сохранено { $count } адреса в { $path }.
    }
gui-report-nothing = Ни у одного из этих адресов ещё нет результата, так что отчёт составлять не из чего. Сначала проверьте их.
# $count: адресов в отчёте; $skipped: адресов, не вошедших в отчёт, потому что их ни разу не проверяли
gui-report-saved = { $skipped ->
        [0] { $count ->
            [one] Отчёт ({ $count } адрес) сохранён в { $path }.
            [few] Отчёт ({ $count } адреса) сохранён в { $path }.
            [many] Отчёт ({ $count } адресов) сохранён в { $path }.
           *[other] Отчёт ({ $count } адреса) сохранён в { $path }.
        }
        [one] { $count ->
            [one] Отчёт ({ $count } адрес) сохранён в { $path }; { $skipped } непроверенный адрес пропущен.
            [few] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенный адрес пропущен.
            [many] Отчёт ({ $count } адресов) сохранён в { $path }; { $skipped } непроверенный адрес пропущен.
           *[other] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенный адрес пропущен.
        }
        [few] { $count ->
            [one] Отчёт ({ $count } адрес) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
            [few] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
            [many] Отчёт ({ $count } адресов) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
           *[other] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
        }
        [many] { $count ->
            [one] Отчёт ({ $count } адрес) сохранён в { $path }; { $skipped } непроверенных адресов пропущено.
            [few] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адресов пропущено.
            [many] Отчёт ({ $count } адресов) сохранён в { $path }; { $skipped } непроверенных адресов пропущено.
           *[other] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адресов пропущено.
        }
       *[other] { $count ->
            [one] Отчёт ({ $count } адрес) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
            [few] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
            [many] Отчёт ({ $count } адресов) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
           *[other] Отчёт ({ $count } адреса) сохранён в { $path }; { $skipped } непроверенных адреса пропущены.
        }
    }
gui-report-copied = { $skipped ->
        [0] { $count ->
            [one] Отчёт в Markdown ({ $count } адрес) скопирован.
            [few] Отчёт в Markdown ({ $count } адреса) скопирован.
            [many] Отчёт в Markdown ({ $count } адресов) скопирован.
           *[other] Отчёт в Markdown ({ $count } адреса) скопирован.
        }
        [one] { $count ->
            [one] Отчёт в Markdown ({ $count } адрес) скопирован; { $skipped } непроверенный адрес пропущен.
            [few] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенный адрес пропущен.
            [many] Отчёт в Markdown ({ $count } адресов) скопирован; { $skipped } непроверенный адрес пропущен.
           *[other] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенный адрес пропущен.
        }
        [few] { $count ->
            [one] Отчёт в Markdown ({ $count } адрес) скопирован; { $skipped } непроверенных адреса пропущены.
            [few] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адреса пропущены.
            [many] Отчёт в Markdown ({ $count } адресов) скопирован; { $skipped } непроверенных адреса пропущены.
           *[other] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адреса пропущены.
        }
        [many] { $count ->
            [one] Отчёт в Markdown ({ $count } адрес) скопирован; { $skipped } непроверенных адресов пропущено.
            [few] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адресов пропущено.
            [many] Отчёт в Markdown ({ $count } адресов) скопирован; { $skipped } непроверенных адресов пропущено.
           *[other] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адресов пропущено.
        }
       *[other] { $count ->
            [one] Отчёт в Markdown ({ $count } адрес) скопирован; { $skipped } непроверенных адреса пропущены.
            [few] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адреса пропущены.
            [many] Отчёт в Markdown ({ $count } адресов) скопирован; { $skipped } непроверенных адреса пропущены.
           *[other] Отчёт в Markdown ({ $count } адреса) скопирован; { $skipped } непроверенных адреса пропущены.
        }
    }
# $error: что сообщила система
gui-report-error = Не удалось записать отчёт в { $path }: { $error }

## Opening the state file
gui-notice-copy = Копировать сообщение
gui-notice-state-newer = Сохранённый список адресов записан более новой версией netdoctor (версия формата { $version }). Он сохранён без изменений в { $path }, а это приложение записывает на его место свою версию.
gui-notice-state-capped = Некоторые записи в { $path } оказались слишком длинными и были укорочены (пределы: имя — { $name } симв., URL — { $url } симв., адресов — не больше { $count }).

## Detail tabs

gui-tab-diagnosis = Диагноз
gui-tab-exchange = Обмен данными
gui-tab-history = История
gui-tab-server = Сервер
gui-server-hint-when = Команды для сервера предлагаются, когда соединение отклонено, истёк тайм-аут или до хоста нет маршрута.
gui-verdict-ok-warning = OK с предупреждением

## View menu

gui-menu-view = Вид
gui-view-check-on-add = Сразу проверять новые адреса
gui-view-notify-changes = Уведомлять об изменениях адресов, за которыми вы следите

## Reproduce

gui-copy-curl = Копировать как curl
gui-copy-websocat = Копировать как websocat

## What the client reported

gui-reported-heading = Что сообщил ваш клиент
# $verdict: netdoctor's verdict, e.g. "connection refused"
gui-reported-differs = netdoctor увидел другое: проверка закончилась результатом «{ $verdict }».
gui-reported-differs-ok = Проверка netdoctor прошла без этой ошибки. Если клиент всё ещё не подключается, сравните адрес, порт и прокси, которые он использует, с указанными выше.

## Protocol question (pasted host:port)

gui-ask-scheme-title = Какой протокол?
# $target: host:port from the pasted text
gui-ask-scheme-text = Во вставленном тексте есть { $target }, но не сказано, какой там протокол. Проверить как:
gui-ask-scheme-tcp = TCP-соединение
gui-ask-scheme-http = HTTP
gui-ask-scheme-https = HTTPS
gui-ask-scheme-ws = WebSocket (ws)
gui-ask-scheme-wss = WebSocket поверх TLS (wss)
gui-ask-scheme-skip = Пропустить этот адрес
