# netdoctor server: что встретит удалённый клиент на этой машине, и ответчик.

server-port = Порт { $port }
server-host = Эта машина ({ $os }): { $addresses }
server-listening = { $owner } слушает { $socket }
server-listening-unknown = Какой-то процесс слушает { $socket } (запустите с sudo, чтобы увидеть какой)
server-not-listening = Порт { $port } никто не слушает.
server-connect = Подключение с этой машины: { $results }
server-connect-ok = принято
server-connect-refused = отказ
server-connect-timeout = нет ответа
server-connect-unreachable = недоступно
server-connect-error = ошибка
server-firewall-heading = Правила файрвола для нового соединения с портом { $port }:
server-firewall-none = Правил файрвола, фильтрующих входящие соединения, здесь нет.
server-rule-conditional = только для части клиентов
server-fix = Решение:
server-tally = { $total ->
    [one] Проверен { $total } порт
    [few] Проверено { $total } порта
   *[many] Проверено { $total } портов
}, { $failed ->
    [0] ни один не подведёт
    [one] { $failed } не пропустит клиентов
   *[other] { $failed } не пропустят клиентов
}
server-ok-reachable = Удалённые клиенты могут подключиться к порту { $port }: его слушают, и ни одно правило на этой машине не мешает.
server-ok-partly-read = Порт { $port } слушают, и ни одно из прочитанных правил файрвола его не блокирует; но прочитать удалось не все файрволы.
server-ok-outside = Если клиент всё равно получает таймаут, блокировка снаружи этой машины: группа безопасности или файрвол облака, сетевой ACL или маршрут. Проверьте входящие правила для порта в консоли провайдера (security groups в AWS, NSG в Azure, файрвол VPC в GCP, группы безопасности Alibaba Cloud или Tencent Cloud), затем проследите путь со стороны клиента: mtr -T -P { $port } { $address }
server-ev-nothing-listens = На этой машине порт { $port } не слушает ни один сокет.
server-ev-nearest = Соседние порты, которые слушают: { $list }
server-ev-loopback-only = { $owner } слушает только { $socket }, а до этого адреса удалённые клиенты не дотянутся.
server-ev-connect-ok = Подключение с этой машины к { $address } принимается.
server-ev-rule = { $source } ({ $table } { $chain }) решает так: { $action }: { $rule }
server-ev-rejects-prohibited = Правило отвечает ICMP «prohibited»: клиент сразу получает «No route to host».
server-ev-rejects-refused = Правило отвечает port-unreachable или TCP RST: клиент сразу получает «Connection refused».
server-ev-panel = Здесь установлена панель { $panel } ({ $path }), и она ведёт собственный список открытых портов; этот список не прочитан.
server-ev-needs-root = { $tool } нельзя прочитать без root, поэтому его правила в этот ответ не вошли. Запустите: sudo netdoctor server { $port }
server-ev-read-failed = Не удалось прочитать { $tool } ({ $error }), поэтому его правила в этот ответ не вошли.
server-ev-not-on-platform = На этой платформе { $firewall } не читается; проверьте его сами.
server-fix-start = Запустите сервер на порту { $port } или направьте клиента на порт, который сервер действительно слушает.
server-fix-bind = Настройте сервер слушать 0.0.0.0:{ $port } (и [::]:{ $port } для IPv6) вместо { $current }, например через --host 0.0.0.0 или bind = "0.0.0.0:{ $port }", и перезапустите его.
server-fix-open = Откройте порт: { $command }
server-fix-panel = Откройте порт { $port } в веб-интерфейсе { $panel } (Безопасность → Файрвол → добавить порт), чтобы панель не закрыла его снова; команда для системного файрвола: { $command }
server-respond-ready = Ответчик netdoctor готов на порту { $ports } (все адреса IPv4 и IPv6); остановить — Ctrl+C.
server-respond-stopped = Ответчик netdoctor остановлен.
server-error-port = «{ $value }» — не номер порта (от 1 до 65535).
server-error-no-ports = Укажите хотя бы один порт.
server-error-busy = Порт { $port } уже занят; ответчик работает только на свободном порту. Сначала остановите тот сервер или проверьте его: netdoctor server { $port }
server-error-busy-by = Порт { $port } уже занят процессом { $owner }; ответчик работает только на свободном порту. Сначала остановите тот сервер или проверьте его: netdoctor server { $port }
server-error-bind = Не удаётся слушать порт { $port }: { $error }
cli-help-server = Проверить, что встретит удалённый клиент на портах этой машины (запускать на сервере)
cli-help-ports = Порты для проверки (от 1 до 65535)
cli-help-respond = Отвечать на каждом свободном порту, чтобы клиент мог проверить сетевой путь
cli-help-respond-for = Вместе с --respond: остановиться через SECONDS секунд
