## Отчёты и профили

## Документы отчёта (HTML и Markdown)

report-title = Отчёт netdoctor
report-title-profile = Отчёт netdoctor: { $profile }
report-meta-profile = Профиль
report-meta-generated = Создан
report-meta-version = Версия
report-meta-system = Система
report-secrets-masked = Пароли, токены, cookie и другие секреты заменены на ***, поэтому отчётом можно спокойно делиться. Чтобы сохранить их, запустите с --include-secrets.
report-secrets-included = В этом отчёте есть секреты: пароли, токены, cookie. Делитесь им только с теми, кому можно их видеть.
report-redacted = Секреты в этом результате заменены на ***; в байтах ниже тоже стоят замаскированные значения.
report-summary = Сводка
report-col-number = #
report-col-endpoint = Адрес
report-col-verdict = Вердикт
report-col-cause = Вероятная причина
report-col-time = Время
report-col-address = Адрес и порт
report-col-pid = PID
report-col-process = Процесс
report-none = —
report-tally = { $failed ->
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
report-resolved = Адреса из DNS
report-peer = Подключено к
report-certificate = Сертификат
report-trust = Доверие
report-trust-value = хранилище ОС этой машины: { $os }; набор Mozilla: { $mozilla }; --ca-file: { $cafile }
report-trust-accepted = принимает
report-trust-rejected = отклоняет
report-trust-absent = не используется
report-chain = Цепочка, как её отдал сервер
report-chain-link = { $index }. { $subject } ← { $issuer }
report-certificate-value = { $subject }, издатель { $issuer }, действует с { $from } по { $until }; имена: { $names }
report-certificate-expires-soon = { $count ->
        [0] истекает сегодня: если он обновляется автоматически, обновление не срабатывает (причину покажет sudo certbot renew --dry-run)
        [one] истекает через { $count } день: если он обновляется автоматически, обновление не срабатывает (причину покажет sudo certbot renew --dry-run)
        [few] истекает через { $count } дня: если он обновляется автоматически, обновление не срабатывает (причину покажет sudo certbot renew --dry-run)
        [many] истекает через { $count } дней: если он обновляется автоматически, обновление не срабатывает (причину покажет sudo certbot renew --dry-run)
       *[other] истекает через { $count } дня: если он обновляется автоматически, обновление не срабатывает (причину покажет sudo certbot renew --dry-run)
    }
report-causes = Вероятные причины
report-no-causes = Исправлять нечего: сервер ответил как положено.
report-likelihood = вероятность { $percent } %
report-evidence = Наблюдения
report-fix = Как исправить
report-timings = Время по фазам
report-phase-dns = DNS
report-phase-connect = Подключение
report-phase-tls = TLS
report-phase-handshake = Рукопожатие
report-phase-total = Всего
report-duration = { $ms } мс
report-bytes = Переданные байты
report-bytes-sent = { $count ->
        [one] Отправлено: { $count } байт
        [few] Отправлено: { $count } байта
        [many] Отправлено: { $count } байт
       *[other] Отправлено: { $count } байта
    }
report-bytes-received = { $count ->
        [one] Получено: { $count } байт
        [few] Получено: { $count } байта
        [many] Получено: { $count } байт
       *[other] Получено: { $count } байта
    }
report-bytes-none = Ни одного байта не передано.
report-bytes-truncated = { $count ->
        [one] Ответ обрезан до { $count } байта; сервер прислал больше.
        [few] Ответ обрезан до { $count } байт; сервер прислал больше.
        [many] Ответ обрезан до { $count } байт; сервер прислал больше.
       *[other] Ответ обрезан до { $count } байта; сервер прислал больше.
    }
report-bytes-shortened = { $count ->
        [one] Показаны первые { $shown } из { $count } байта; в отчётах HTML и JSON есть все.
        [few] Показаны первые { $shown } из { $count } байт; в отчётах HTML и JSON есть все.
        [many] Показаны первые { $shown } из { $count } байт; в отчётах HTML и JSON есть все.
       *[other] Показаны первые { $shown } из { $count } байта; в отчётах HTML и JSON есть все.
    }

## Файлы отчётов и их опции командной строки

report-error-format = Не удалось записать отчёт в { $path }: имя файла должно оканчиваться на .html, .md или .json.
report-cli-help-include-secrets = Оставить пароли, токены и cookie в файле --report (по умолчанию они маскируются, чтобы отчётом можно было спокойно делиться)

## Профили
## Переменные: $path (файл профиля), $detail (что пошло не так)

profile-unsaved = текст профиля
profile-error-read = Не удалось прочитать профиль { $path }: { $detail }
profile-error-syntax = { $path }, строка { $line }, столбец { $column }: { $detail }
profile-error-invalid = { $path } — некорректный профиль: { $detail }
profile-error-version = { $path }: version = { $version } — такого формата профиля нет. Укажите version = 1.
profile-error-write = Не удалось сохранить профиль в { $path }: { $detail }. Файл на диске не изменён.
profile-error-refused-overwrite = Сохранять поверх { $path } нельзя: netdoctor не может прочитать этот файл как профиль, и сохранение уничтожило бы его. Исправьте файл вручную или сохраните профиль под другим именем. ({ $detail })
profile-error-serialize = Не удалось записать профиль в формате TOML: { $detail }
profile-error-endpoint = Адрес «{ $name }» ({ $path }): { $detail }
profile-error-endpoint-timeout = timeout_ms = { $ms } вне допустимого диапазона; укажите от 1 до { $max }.
profile-error-empty = В профиле { $path } нет ни одного адреса. Добавьте таблицы [[endpoint]] с полями name и url.
profile-warning-newer-version = { $path } записан более новой версией netdoctor (формат профиля { $version }, а эта версия читает формат { $supported }). Незнакомые ей настройки сохраняются, но ни на что не влияют.
# Heading of the error line the user pasted from their own client.
report-reported = Что сообщил ваш клиент
