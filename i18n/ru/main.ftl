## Вердикты: короткие метки

verdict-ok = OK
verdict-refused = соединение отклонено
verdict-timeout = тайм-аут соединения
verdict-addr-not-available = нельзя назначить адрес
verdict-protocol-mismatch = не тот протокол
verdict-unreachable = недоступен
verdict-dns-failure = имя не найдено в DNS
verdict-reset = соединение сброшено
verdict-tls-error = ошибка TLS
verdict-error = ошибка

## Вердикты: одно предложение об адресе
## Переменные: $target, $host, $port, $path, $scheme, $peer, $status, $ms

summary-ok = { $target }: сервер отвечает по { $scheme }, как и положено.
summary-refused = { $peer }: соединение отклонено — порт { $port } там никто не слушает.
summary-timeout = Нет ответа от { $peer } за { $ms } мс: пакеты на порт { $port } отбрасываются или не доходят.
summary-addr-not-available = Этой машине не удалось выделить локальный порт для подключения к { $peer }.
summary-protocol-mismatch = Соединение с { $peer } установлено, но сервер там не работает по { $scheme ->
        [ws] WebSocket
        [wss] WebSocket поверх TLS
        [http] HTTP
        [https] HTTPS
       *[other] { $scheme }
    }.
summary-unreachable = С этой машины нет маршрута до { $host }.
summary-dns-failure = Для имени { $host } не найдено ни одного адреса.
summary-reset = { $peer }: соединение принято, но потом оборвано без нормального ответа.
summary-tls-error = TLS-рукопожатие с { $peer } не удалось, либо клиент отклонит сертификат сервера.
summary-error = Проверка { $target } завершилась непредвиденной ошибкой.

## Фазы, которые видны во время проверки

phase-resolving = разрешение имени
phase-connecting = подключение
phase-tls = TLS
phase-handshake = рукопожатие
phase-follow-up = уточнение причины

## Строки с наблюдениями (evidence)

evidence-connect-failed = подключение к { $addr }: { $error ->
        [refused] соединение отклонено
        [timed-out] тайм-аут
        [addr-not-available] не удаётся назначить запрошенный адрес
        [net-unreachable] сеть недоступна
        [host-unreachable] нет маршрута до хоста
        [reset] соединение сброшено
        [aborted] соединение прервано
        [closed] закрыто удалённой стороной
       *[other] ошибка
    } (ошибка ОС { $code })
evidence-connect-timed-out = подключение к { $addr }: нет ответа за { $ms } мс
evidence-alternate-accepts = { $addr } принимает соединения на том же порту
evidence-ports-open = { $ip } принимает соединения на { $count ->
        [1] порту { $ports }
        [few] портах { $ports }
        [many] портах { $ports }
       *[other] портах { $ports }
    }
evidence-ports-refused = { $ip } отклоняет соединения на { $count ->
        [1] порту { $ports }, значит, хост работает
        [few] портах { $ports }, значит, хост работает
        [many] портах { $ports }, значит, хост работает
       *[other] портах { $ports }, значит, хост работает
    }
evidence-ports-silent = { $ip } не отвечает и на { $count ->
        [1] порту { $ports }
        [few] { $count } других портах ({ $ports })
        [many] { $count } других портах ({ $ports })
       *[other] { $count } других портах ({ $ports })
    }
evidence-resolved = { $name } указывает на { $addrs }
evidence-dns-mismatch = { $name } указывает на { $resolved }, а ожидается { $expected }
evidence-no-such-host = { $server ->
        [system] у системного резолвера нет адреса для { $name }
       *[other] у DNS-сервера { $server } нет адреса для { $name }
    }
evidence-dns-timed-out = { $server ->
        [system] системный резолвер не ответил вовремя
       *[other] DNS-сервер { $server } не ответил вовремя
    }
evidence-dns-error = ошибка резолвера: { $message }
evidence-proxy-variable = задана настройка прокси { $var }: { $value }
evidence-fake-ip = { $ip } входит в { $range } — из этого диапазона прокси-клиенты в режиме TUN раздают фиктивные IP (fake-ip)
evidence-cdn-header = заголовок ответа { $name }: { $value } — перед сервером стоит CDN или прокси
evidence-cdn-address = { $ip } принадлежит CDN ({ $range }), а не вашему серверу
evidence-cdn-port-not-proxied = CDN пропускает только порты { $ports }; порта { $port } среди них нет
evidence-cdn-origin-error = CDN ответил своей страницей ошибки { $status }: от вашего исходного сервера ответа он не получил
evidence-private-address = { $ip } — внутренний адрес ({ $range }), а у этой машины нет интерфейса в его сети (локальные адреса: { $interfaces })
evidence-port-range = диапазон локальных портов: { $low }–{ $high } ({ $count ->
        [one] { $count } порт
        [few] { $count } порта
        [many] { $count } портов
       *[other] { $count } порта
    })
evidence-sockets-to-destination = { $count ->
        [one] с этой машины к { $dest } подключён { $count } сокет
        [few] с этой машины к { $dest } подключено { $count } сокета
        [many] с этой машины к { $dest } подключено { $count } сокетов
       *[other] с этой машины к { $dest } подключено { $count } сокета
    }
evidence-time-wait-sockets = { $count ->
        [one] { $count } сокет в состоянии TIME_WAIT
        [few] { $count } сокета в состоянии TIME_WAIT
        [many] { $count } сокетов в состоянии TIME_WAIT
       *[other] { $count } сокета в состоянии TIME_WAIT
    }
evidence-no-port-census = система не отдаёт таблицу сокетов, поэтому занятые локальные порты не подсчитать
evidence-http-status = сервер ответил { $status }
evidence-http-header = заголовок ответа { $name }: { $value }
evidence-upgrade-requested = в запросе был Upgrade: websocket; WebSocket-сервер отвечает на него 101 Switching Protocols
evidence-non-http-reply = { $kind ->
        [ssh] сервер прислал SSH-баннер: { $line }
        [smtp] сервер прислал приветствие SMTP: { $line }
        [ftp] сервер прислал приветствие FTP: { $line }
        [redis] сервер ответил как Redis: { $line }
        [mysql] сервер прислал приветствие MySQL: { $line }
        [mail] сервер прислал приветствие почтового сервера: { $line }
       *[text] сервер прислал не HTTP, а текст: { $line }
    }
evidence-binary-reply = { $count ->
        [one] сервер прислал { $count } байт двоичных данных, а не HTTP
        [few] сервер прислал { $count } байта двоичных данных, а не HTTP
        [many] сервер прислал { $count } байт двоичных данных, а не HTTP
       *[other] сервер прислал { $count } байта двоичных данных, а не HTTP
    }
evidence-tls-record-reply = на запрос без шифрования сервер ответил TLS-записью
evidence-tls-works-on-port = TLS-рукопожатие с { $addr } проходит успешно
evidence-plain-reply-to-tls = на TLS ClientHello сервер ответил открытым текстом: { $line }
evidence-plain-works-on-port = на запрос без шифрования { $addr } отвечает: { $line }
evidence-silence = за { $ms } мс ничего не пришло
evidence-reset-after-request = { $count ->
        [0] сервер сбросил соединение ещё до запроса
        [one] сервер сбросил соединение после { $count } байта запроса
        [few] сервер сбросил соединение после { $count } байт запроса
        [many] сервер сбросил соединение после { $count } байт запроса
       *[other] сервер сбросил соединение после { $count } байта запроса
    }
evidence-closed-without-reply = { $count ->
        [0] сервер закрыл соединение, не прислав ни байта
       *[other] сервер закрыл соединение, так и не прислав ни байта в ответ
    }
evidence-tls-alert = сервер прислал TLS alert { $alert }
evidence-certificate-problem = проверка сертификата: { $detail }
evidence-certificate-issued = сертификат выдан { $subject }, издатель { $issuer }
evidence-certificate-self-signed = самоподписанный: { $subject } выдал его сам себе, поэтому его нет ни в одном хранилище доверия
evidence-certificate-untrusted-issuer = издатель { $issuer } не найден в хранилище доверия (частный CA? добавьте его через --ca-file)
evidence-certificate-self-signed-ca = он помечен как CA (CA:TRUE), как по умолчанию делает openssl req -x509, поэтому клиенты не принимают его и как сертификат сервера
evidence-certificate-dev-ca = выдан { $issuer } — локальным CA инструмента { $tool }: ему доверяют только машины, где он установлен, а сервер его не отдаёт
evidence-certificate-inspection = { $issuer } — CA продукта TLS-инспекции { $product }: прокси по пути расшифровывает трафик и переподписывает его
evidence-certificate-issuer-not-sent = сервер не отдал сертификат { $issuer }, которым подписан его сертификат; в сертификате указано, что его можно скачать с { $url }
evidence-trusted-by-os-only = цепочка заканчивается на { $issuer }: в хранилище доверия этой машины он есть, в наборе Mozilla — нет
evidence-client-certificate-requested = { $count ->
        [0] сервер запросил клиентский сертификат и не назвал ни одного CA
        [1] сервер запросил клиентский сертификат от { $names }
        [few] сервер запросил клиентский сертификат от одного из { $count } CA: { $names }
        [many] сервер запросил клиентский сертификат от одного из { $count } CA: { $names }
       *[other] сервер запросил клиентский сертификат от одного из { $count } CA: { $names }
    }
evidence-certificate-expires-soon = { $count ->
        [0] истекает сегодня, в { $until }
        [one] истекает через { $count } день, { $until }
        [few] истекает через { $count } дня, { $until }
        [many] истекает через { $count } дней, { $until }
       *[other] истекает через { $count } дня, { $until }
    }
evidence-certificate-names = { $count ->
        [one] в сертификате { $count } имя: { $names }; в URL — { $host }
        [few] в сертификате { $count } имени: { $names }; в URL — { $host }
        [many] в сертификате { $count } имён: { $names }; в URL — { $host }
       *[other] в сертификате { $count } имени: { $names }; в URL — { $host }
    }
evidence-certificate-no-names = в сертификате нет subjectAltName: клиенты не смотрят на CN, поэтому он не подходит ни к одному имени, даже к { $host }
evidence-certificate-validity = действует с { $from } по { $until }
evidence-certificate-expired-ago = { $count ->
        [0] истёк сегодня ({ $until })
        [one] истёк { $count } день назад ({ $until })
        [few] истёк { $count } дня назад ({ $until })
        [many] истёк { $count } дней назад ({ $until })
       *[other] истёк { $count } дня назад ({ $until })
    }
evidence-certificate-not-yet-valid = действует только с { $from }, а проверка шла в { $now }: на одной из сторон неверные часы
evidence-tls-server-version = сервер выбрал { $version }; netdoctor, как и современные клиенты, поддерживает только TLS 1.2 и 1.3
evidence-tls-version-alert = на TLS 1.2 и 1.3 сервер ответил alert protocol_version: ни одну из версий он не поддерживает
evidence-upgrade-rejected = ответ на Upgrade не прошёл проверку: { $detail }
evidence-reply-truncated = { $count ->
        [one] ответ обрезан до { $count } байта
        [few] ответ обрезан до { $count } байт
        [many] ответ обрезан до { $count } байт
       *[other] ответ обрезан до { $count } байта
    }
evidence-windows-retried-refused = Windows около 2 секунд повторяет отклонённое подключение и только потом сообщает об ошибке
evidence-cannot-tell-apart = со стороны клиента файрвол на хосте, группа безопасности в облаке и файрвол панели выглядят одинаково: все молча отбрасывают пакеты
evidence-message = { $text }
evidence-reverse-proxy-header = заголовок ответа { $name }: { $value } показывает, что ответил обратный прокси
evidence-upgrade-lost = ответ требует апгрейда до WebSocket ({ $hint }), хотя запрос его уже содержал: Upgrade и Connection потерялись по дороге
evidence-socketio-reply = тело ответа — от Engine.IO (транспорта Socket.IO): { $body }
evidence-socketio-path = { $path } — путь, на котором отвечают серверы Socket.IO
evidence-origin-retry = на апгрейд { $origin ->
        [none] без заголовка Origin
       *[other] с Origin: { $origin }
    } сервер { $status ->
        [none] не прислал HTTP-ответа
       *[other] ответил { $status }
    }
evidence-subprotocol-hint = ответ упоминает подпротокол: { $hint }
evidence-subprotocol-unrequested = сервер выбрал подпротокол { $protocol }, который клиент не предлагал, поэтому клиент отклоняет апгрейд
evidence-hang-up-on-accept = второе соединение с { $addr } было принято и сразу закрыто, прежде чем хоть одна сторона отправила байт
evidence-other-family-works = { $addr } ({ $family }) принимает соединение, и проверка там прошла
evidence-first-address-only = первым пробуется { $addr } ({ $family }): клиент, который не переходит к следующему адресу (без Happy Eyeballs), не подключится

## Ошибки в адресе (командная строка и поле URL)
## Переменные: $target (введённый текст), $value (ошибочная часть)

target-error-empty = Адрес не указан. Укажите URL, например ws://127.0.0.1:8080/chat.
target-error-too-long = { $target }: слишком длинная строка (символов: { $value }) — это не URL.
target-error-control-character = В адресе есть управляющий символ (перевод строки или подобный). Вставьте только URL.
target-error-missing-scheme = { $target }: нет схемы. Начните с tcp://, ws://, wss://, http:// или https://.
target-error-unknown-scheme = { $target }: неизвестная схема «{ $value }». Используйте tcp, ws, wss, http или https.
target-error-empty-host = { $target }: после схемы нет хоста.
target-error-invalid-host = { $target }: «{ $value }» — не имя хоста и не IP-адрес.
target-error-invalid-port = { $target }: «{ $value }» — не порт. Укажите число от 1 до 65535.
target-error-port-zero = { $target }: к порту 0 подключиться нельзя. Укажите число от 1 до 65535.
target-error-missing-port = { $target }: для tcp:// нужен порт, например tcp://db.example.com:5432.
target-error-malformed = { $target }: некорректный URL ({ $value }).

## Командная строка

cli-about = Объясняет, почему клиент не может подключиться к серверу, и как это исправить.
cli-help-lang = Язык: en, ko, ja, ru или pt (по умолчанию — язык системы)
cli-help-check = Проверить адреса без окна и вывести диагноз
cli-help-targets = URL для проверки: tcp://, ws://, wss://, http://, https://
cli-help-json = Вывести один JSON-документ вместо текста
cli-help-timeout = Тайм-аут каждой фазы (подключение, TLS, рукопожатие), в миллисекундах
cli-help-expect-ip = IP, на который имя хоста должно указывать в DNS (можно указать несколько раз)
cli-help-dns-server = Искать имена через этот DNS-сервер, а не через системный резолвер
cli-help-profile = Проверить все адреса из файла профиля
cli-help-concurrency = Сколько адресов проверять одновременно
cli-help-report = Дополнительно сохранить отчёт, которым можно поделиться (.html, .md или .json)
cli-help-no-followups = Не делать дополнительных проверок, которые различают причины
cli-help-ca-file = Доверять также сертификатам из этого PEM-файла (свой или тестовый CA)
cli-error-usage = Использование: netdoctor check [OPTIONS] <TARGET>... (см. netdoctor check --help)
cli-error-unknown-argument = Неизвестная опция { $arg }. См. netdoctor check --help.
cli-error-unknown-command = Неизвестная команда { $value }. Может быть, вы имели в виду: netdoctor check { $value }?
cli-error-invalid-value = Недопустимое значение «{ $value }» для { $arg }.
cli-error-missing-value = Для { $arg } нужно значение.
cli-error-conflict = { $arg } нельзя сочетать с другими указанными опциями.
cli-error-no-targets = Не указан ни один адрес. Укажите хотя бы один URL, например: netdoctor check ws://127.0.0.1:8080/
cli-error-report-write = Не удалось записать отчёт в { $path }: { $error }
cli-error-runtime = Не удалось запустить движок проверок: { $error }
cli-error-ca-file = Не удаётся использовать { $path } как файл CA: { $error }
cli-note-concurrency-reduced = Лимит открытых файлов ({ $limit }) позволяет проверять одновременно только { $count ->
        [one] { $count } адрес
        [few] { $count } адреса
        [many] { $count } адресов
       *[other] { $count } адреса
    }; остальные ждут своей очереди. Поднимите лимит: ulimit -n 65536
cli-progress = проверено { $done } из { $total }
cli-duration = { $ms } мс
cli-fix-label = Что делать:
cli-tally = { $failed ->
        [0] { $total ->
                [one] Всё в порядке: проверен { $total } адрес.
                [few] Всё в порядке: проверено { $total } адреса.
                [many] Всё в порядке: проверено { $total } адресов.
               *[other] Всё в порядке: проверено { $total } адреса.
            }
        [one] Есть проблемы: { $failed } из { $total }.
        [few] Есть проблемы: { $failed } из { $total }.
        [many] Есть проблемы: { $failed } из { $total }.
       *[other] Есть проблемы: { $failed } из { $total }.
    }

## Настольное приложение

gui-unavailable = Эта сборка netdoctor — без настольного приложения. Используйте: netdoctor check <URL>

evidence-nothing-listens = На этой машине порт { $port } никто не слушает
evidence-listens-only-on = { $who ->
    [known] { $owner } слушает только { $addr }
   *[unknown] Процесс, скрытый от этого пользователя, слушает только { $addr }
}
evidence-listens-nearby = { $who ->
    [known] { $owner } слушает { $addr }
   *[unknown] Процесс, скрытый от этого пользователя, слушает { $addr }
}
evidence-container-proxy-listens = { $addr } занимает { $owner }: среда контейнеров пробрасывает этот порт в контейнер
local-listeners-heading = Слушают на этой машине
local-listeners-none = На этой машине порт { $port } никто не слушает.
local-listener-unknown-owner = владелец не виден этому пользователю
server-hint-heading = Проверьте на сервере
server-hint-intro = Запустите одну из команд на машине, которая должна принимать соединение:
server-hint-inspect = кто слушает порт, локальные подключения и правила файрвола для него
server-hint-respond = отвечает на порту, пока ваш сервер остановлен, чтобы проверить сетевой путь
## Чтение указанных файлов и проверка опций до начала проверок
file-kind-directory = папка
file-kind-fifo = именованный канал
file-kind-device = устройство
file-kind-other = специальный файл
file-error-not-regular = это не обычный файл, а { $kind }
file-error-too-large = файл больше { $mib } МиБ — предела для файлов такого рода
file-error-utf8 = текст не в кодировке UTF-8
report-path-no-folder = такой папки нет
report-path-is-folder = это папка, а не файл
report-path-not-writable = в папку нельзя записывать
ca-file-no-certificate = в нём нет ни одного сертификата PEM
cli-error-watch-count-needs-watch = --watch-count работает только вместе с --watch SECONDS.
cli-warning-unknown-lang = Неизвестный язык «{ $tag }»; доступны: { $list }. Используется { $used }.
