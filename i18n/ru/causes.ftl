## Причины: сообщение — заголовок; .detail объясняет, .fix говорит, что делать.
## Переменные: $target, $host, $port, $path, $scheme, $peer, $status, $ms

cause-refused-wrong-port = Клиент подключается не к тому порту
    .detail = Хост работает, но порт { $port } никто не слушает. При этом другой порт на нём отвечает.
    .fix = Сверьте порт в клиенте с портом, который слушает сервер. Список слушающих портов на сервере:
        ss -ltnp            (Linux)
        lsof -iTCP -sTCP:LISTEN   (macOS)
        netstat -ano | findstr LISTENING   (Windows)

cause-refused-wrong-host = Клиент подключается не к тому хосту или IP
    .detail = { $peer } отклоняет соединение, а на другом адресе этой машины тот же порт его принимает. Сервер слушает там, а клиент обращается не туда.
    .fix = Укажите в клиенте адрес, который слушает сервер, или настройте сервер на прослушивание всех адресов (0.0.0.0 для IPv4, :: для IPv6).

cause-refused-dns-wrong-ip = Домен указывает не на тот IP
    .detail = { $host } указывает на адрес, где ваш сервер не запущен.
    .fix = Проверьте записи A/AAAA: dig +short { $host }
        Исправьте запись у DNS-провайдера или в /etc/hosts (в Windows — C:\Windows\System32\drivers\etc\hosts), если там её перебивает устаревшая строка.

cause-refused-cdn-proxy = Перед сервером стоит CDN или прокси-ускоритель
    .detail = Адрес, к которому вы подключаетесь, принадлежит CDN или прокси, а не вашему серверу. Он сам отклоняет соединение или отвечает от своего имени.
    .fix = Используйте порт, который CDN пробрасывает (Cloudflare проксирует только фиксированный список, например 80, 443, 8080, 8443), или отключите проксирование для этой записи («DNS only») и подключайтесь к исходному серверу напрямую.

cause-refused-server-not-running = Сервер не запущен или слушает другой порт
    .detail = На { $peer } никто не принимает соединения: процесс остановлен, упал при запуске или слушает другой порт.
    .fix = Запустите сервер и проверьте, что он слушает порт { $port }:
        ss -ltnp | grep :{ $port }
        Затем поищите в логе запуска ошибку bind, например "address already in use".

cause-refused-proxy-software = Соединение идёт через прокси на этой машине
    .detail = Соединение идёт не напрямую к серверу: его перехватывает прокси — из переменной окружения или прокси-клиент в режиме TUN.
    .fix = Попробуйте с выключенным прокси или исключите хост: export NO_PROXY={ $host }
        В прокси-клиенте с режимом TUN добавьте для { $host } правило DIRECT.

cause-refused-loopback-only-bind = Сервер слушает только 127.0.0.1
    .detail = На loopback-адресе порт принимает соединения, а на { $peer } отклоняет. Сервер, привязанный к 127.0.0.1, доступен только с той же машины и только через 127.0.0.1.
    .fix = Настройте сервер на прослушивание всех адресов: 0.0.0.0:{ $port } (IPv4) или [::]:{ $port } (IPv6). Например:
        websocket://0.0.0.0:{ $port }
        node: server.listen({ $port }, "0.0.0.0")
        docker: -p { $port }:{ $port }, а внутри контейнера слушайте 0.0.0.0

cause-timeout-firewall = Файрвол на сервере отбрасывает соединение
    .detail = Пакеты на порт { $port } остаются совсем без ответа. Именно так выглядит файрвол, который отбрасывает пакеты (DROP), а не отклоняет (REJECT).
    .fix = Откройте порт на сервере:
        sudo ufw allow { $port }/tcp
        sudo firewall-cmd --add-port={ $port }/tcp --permanent && sudo firewall-cmd --reload
        sudo iptables -I INPUT -p tcp --dport { $port } -j ACCEPT
        Для проверки ненадолго выключите файрвол и попробуйте снова.

cause-timeout-cloud-security-group = Порт закрыт группой безопасности в облаке
    .detail = У облачного сервера трафик фильтрует группа безопасности провайдера — ещё до того, как он дойдёт до машины.
    .fix = В консоли провайдера добавьте в группу безопасности инстанса входящее правило: TCP, порт { $port }, источник — адрес вашего клиента (или 0.0.0.0/0 для всех).

cause-timeout-panel-firewall = Порт не открыт в панели управления хостингом
    .detail = Панели вроде Baota (aaPanel) держат свой файрвол перед системным.
    .fix = В панели на странице «Безопасность» (Security, файрвол) добавьте правило, разрешающее TCP-порт { $port }, и повторите проверку.

cause-timeout-server-not-running = Сервера нет или он выключен
    .detail = По адресу { $peer } ничего не отвечает, даже на других портах: машина выключена или по этому адресу вообще нет машины.
    .fix = Проверьте, что сервер включён и у него есть этот адрес: ip addr (Linux) или ipconfig (Windows) на сервере. Затем убедитесь, что ваш сервис работает на порту { $port }.

cause-timeout-dns-wrong-ip = Домен указывает не на тот IP
    .detail = { $host } указывает на адрес, где не отвечает ни один ваш сервер.
    .fix = Проверьте записи A/AAAA: dig +short { $host }
        Исправьте запись у DNS-провайдера или удалите устаревшую строку из /etc/hosts.

cause-timeout-private-ip-unreachable = Клиент обращается к внутреннему IP из другой сети
    .detail = { $peer } — адрес локальной сети. Он доступен только из той же сети, а эта машина к ней не подключена.
    .fix = Используйте публичный IP или домен сервера либо сначала подключитесь к его сети (VPN, тот же Wi-Fi, VPC peering).

cause-addr-not-available-ephemeral-ports-exhausted = Закончились эфемерные (локальные) порты для этого сервера
    .detail = Каждое исходящее соединение занимает локальный порт. Когда к одному серверу открыты десятки тысяч соединений, диапазон заканчивается.
    .fix = Расширьте диапазон локальных портов. Добавьте в /etc/sysctl.conf:
        net.ipv4.ip_local_port_range = 10000 65535
        и выполните: sudo sysctl -p
        А если переиспользовать соединения (keep-alive, пул), проблемы не будет вовсе.

cause-addr-not-available-time-wait = Закрытые короткие соединения держат локальные порты в TIME_WAIT
    .detail = Закрытое соединение ещё какое-то время держит свой локальный порт в состоянии TIME_WAIT. Если за короткое время открыть и закрыть много соединений, диапазон заканчивается.
    .fix = Разрешите ядру переиспользовать порты из TIME_WAIT для новых исходящих соединений. Добавьте в /etc/sysctl.conf:
        net.ipv4.tcp_tw_reuse = 1
        net.ipv4.ip_local_port_range = 10000 65535
        и выполните: sudo sysctl -p
        Посчитать такие сокеты: ss -tan state time-wait | wc -l

cause-protocol-mismatch-ws-to-http = WebSocket-клиент попал на обычный HTTP-сервер
    .detail = Сервер ответил { $status } вместо 101 Switching Protocols. Браузер в таком случае пишет "Error during WebSocket handshake: Unexpected response code".
    .fix = Добавьте серверу на этом порту WebSocket-маршрут { $path } или укажите в клиенте порт и путь, на которых действительно слушает WebSocket-сервер. Как добавить маршрут, зависит от сервера, например:
        Node.js (ws): new WebSocketServer({"{"} server, path: "{ $path }" {"}"})
        Python (websockets): serve(handler, "0.0.0.0", { $port })
        Workerman / GatewayWorker: new Worker('websocket://0.0.0.0:{ $port }');
        За nginx: proxy_pass на WebSocket-бэкенд с proxy_http_version 1.1 и заголовками Upgrade и Connection.

cause-protocol-mismatch-invalid-http-response = Сервер отвечает вообще не по HTTP
    .detail = { $scheme ->
        [http] HTTP-клиент ждёт, что ответ начнётся со строки статуса вроде HTTP/1.1 200 OK, за которой идут заголовки и пустая строка. Ответ этого сервера выглядит иначе.
        [https] HTTP-клиент ждёт, что ответ начнётся со строки статуса вроде HTTP/1.1 200 OK, за которой идут заголовки и пустая строка. Ответ этого сервера выглядит иначе.
       *[other] На WebSocket-рукопожатие ожидается ответ по HTTP, а этот сервер работает по другому протоколу. Браузер показывает "net::ERR_INVALID_HTTP_RESPONSE".
    }
    .fix = { $scheme ->
        [http] Проверьте, какая программа на самом деле слушает порт { $port } и по какому протоколу она работает. Сырой ответ и программу, которая занимает порт, покажут эти команды (ss — на сервере):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Затем направьте клиента на порт, который слушает ваш HTTP-сервер, или настройте сервер на этом порту так, чтобы он отвечал по HTTP/1.1.
        [https] Проверьте, какая программа на самом деле слушает порт { $port } и по какому протоколу она работает. Сырой ответ и программу, которая занимает порт, покажут эти команды (ss — на сервере):
            curl -v --http0.9 { $target }
            ss -ltnp | grep :{ $port }
            Затем направьте клиента на порт, который слушает ваш HTTP-сервер, или настройте сервер на этом порту так, чтобы он отвечал по HTTP/1.1.
       *[other] Проверьте, что порт { $port } слушает ваш WebSocket-сервер, а не другой сервис. Сервер должен слушать с протоколом websocket:
            new Worker('websocket://0.0.0.0:{ $port }');
    }

cause-protocol-mismatch-plain-to-tls = Сервер ждёт TLS, а клиент подключается без шифрования
    .detail = На этом порту работает TLS, а клиент использовал { $scheme }://.
    .fix = Используйте схему с TLS: wss:// вместо ws://, https:// вместо http://.

cause-protocol-mismatch-tls-to-plain = Клиент подключается по TLS к серверу без TLS
    .detail = Клиент использовал { $scheme }://, но сервер отвечает открытым текстом: TLS на этом порту нет.
    .fix = Используйте для этого порта ws:// или http:// либо включите TLS на сервере (или на обратном прокси перед ним) с сертификатом для { $host }.

cause-protocol-mismatch-silent-server = Сервер принял соединение, но так и не ответил
    .detail = Соединение установлено, запрос отправлен, но за { $ms } мс ничего не пришло. Сервис на этом порту ждёт чего-то другого или завис.
    .fix = Посмотрите, какая программа занимает порт: ss -ltnp | grep :{ $port }
        Если это ваш сервис, проверьте, не завис ли воркер и не ждёт ли сервис другого протокола.

cause-protocol-mismatch-bad-upgrade = Некорректный ответ сервера на Upgrade
    .detail = Сервер ответил 101 Switching Protocols, но его ответ нарушает правила WebSocket-рукопожатия (например, неверный Sec-WebSocket-Accept).
    .fix = Используйте на сервере поддерживаемую WebSocket-библиотеку и проверьте, что никакой прокси не переписывает заголовки рукопожатия.

cause-refused-cdn-port-not-proxied = CDN не пропускает этот порт
    .detail = { $host } указывает на CDN, а CDN пропускает только определённые порты. Соединения на порт { $port } останавливаются в CDN и до сервера не доходят.
    .fix = Используйте порт, который CDN пропускает (у Cloudflare: 80, 443, 2052, 2053, 2082, 2083, 2086, 2087, 2095, 2096, 8080, 8443, 8880), или переключите эту DNS-запись в режим «DNS only», чтобы клиенты шли на сервер напрямую.

cause-error-cdn-origin-unreachable = CDN не может связаться с исходным сервером
    .detail = Ответ { $status } прислал сам CDN: сервер за ним отклонил соединение (521), не ответил вовремя (522), был недоступен (523) или не смог установить TLS-соединение с CDN (525, 526). Проблема между CDN и сервером, а не на этой машине.
    .fix = Проверьте, что исходный сервер запущен и принимает соединения с адресов CDN на нужном порту. На сервере:
        ss -ltnp
        Разрешите в файрволе сервера диапазоны адресов CDN (Cloudflare публикует их на своём сайте на странице /ips).

cause-error-http-status = Сервер ответил HTTP-ошибкой
    .detail = Сервер ответил { $status }: он доступен, но отклоняет этот запрос.
    .fix = Проверьте путь ({ $path }) и маршруты сервера, найдите этот запрос в его логе ошибок.

cause-unreachable-no-route = Нет маршрута до сервера
    .detail = У ОС нет маршрута до { $host }: сеть не работает или адрес находится в сети, недоступной с этой машины.
    .fix = Проверьте подключение и маршруты этой машины: ip route (Linux), netstat -rn (macOS), route print (Windows). Возможно, нужно включить VPN.

cause-unreachable-firewall-reject = Файрвол на сервере отклоняет этот порт
    .detail = Хост { $host } работает, но соединение с портом { $port } сразу завершается ошибкой «No route to host»: файрвол отвечает ICMP-сообщением «administratively prohibited» или «host prohibited». Так ведут себя firewalld по умолчанию и правило REJECT с icmp-host-prohibited.
    .fix = Откройте порт в файрволе сервера, например:
        sudo firewall-cmd --permanent --add-port={ $port }/tcp && sudo firewall-cmd --reload
        Какое правило отклоняет соединение, покажет netdoctor server { $port }, запущенный на сервере.

cause-dns-failure-no-such-host = Имя не найдено в DNS
    .detail = Для { $host } не найдено ни записи A, ни записи AAAA.
    .fix = Проверьте написание, затем саму запись: dig { $host }
        Новая запись появляется не сразу; локальное имя, возможно, нужно прописать в /etc/hosts.

cause-dns-failure-server-unreachable = DNS-сервер не ответил
    .detail = Резолвер вовремя не получил внятного ответа, поэтому адрес { $host } узнать не удалось.
    .fix = Проверьте настройки DNS (/etc/resolv.conf или resolvectl status) или попробуйте другой сервер: dig @1.1.1.1 { $host }

cause-reset-during-handshake = Сервер сбросил соединение во время рукопожатия
    .detail = Сервер принял соединение, а после отправки запроса оборвал его пакетом RST. Так серверы отвергают клиента: не тот протокол или TLS, IP не в белом списке, падение процесса.
    .fix = Посмотрите лог сервера на момент проверки. Убедитесь, что протокол клиента ({ $scheme }://) — именно тот, который сервер ждёт на порту { $port }.

cause-reset-on-connect = Соединение сброшено при установке
    .detail = Соединение оборвалось, не успев установиться. Часто виноваты промежуточные устройства или перегруженный сервер.
    .fix = Повторите попытку. Если не помогает, проверьте очередь accept (backlog) на сервере и файрволы и балансировщики на пути.

cause-reset-closed-without-reply = Сервер закрыл соединение, ничего не ответив
    .detail = Сервер принял соединение и закрыл его, не прислав ни байта. Так бывает, когда сервер не понимает запрос или отказывает клиенту.
    .fix = Убедитесь, что протокол клиента ({ $scheme }://) — именно тот, который сервер ждёт на порту { $port }. Затем найдите это закрытое соединение в логе сервера.

cause-tls-error-certificate-expired = Истёк срок действия сертификата сервера
    .detail = Клиенты не принимают просроченный сертификат.
    .fix = Обновите сертификат (для Let's Encrypt: sudo certbot renew) и перезагрузите конфигурацию сервера (reload). Даты можно проверить так:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-not-yet-valid = Сертификат ещё не вступил в силу
    .detail = Дата начала действия сертификата позже, чем показывают часы этой машины. Обычно врут часы: здесь или на сервере, который выпустил сертификат.
    .fix = Проверьте часы здесь и включите синхронизацию времени:
        timedatectl
        sudo timedatectl set-ntp true
    Затем сравните с датами сертификата:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

cause-tls-error-certificate-name-mismatch = Сертификат выписан на другое имя
    .detail = В сертификате нет имени { $host }, поэтому клиенты его отклоняют.
    .fix = Выпустите сертификат, который покрывает { $host }, или подключайтесь по имени, указанному в сертификате. Посмотреть имена в сертификате:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -ext subjectAltName

cause-tls-error-self-signed = Сертификат самоподписанный
    .detail = Сертификат сделан для самостоятельного использования: он подписан сам собой или локальным CA инструмента разработчика (mkcert, rcgen), а сервер этот CA не отдаёт. Доверяет ему только машина, где его сделали или установили; остальные клиенты его отклоняют.
    .fix = Для разработки создайте локальный CA через mkcert, установите его на каждую клиентскую машину и выпустите серверу сертификат от него:
        mkcert -install
        mkcert { $host }
    Чтобы проверить сервер как есть, доверьтесь его сертификату (или CA от mkcert, $(mkcert -CAROOT)/rootCA.pem) на одну проверку:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 > server.pem
        netdoctor check --ca-file server.pem { $target }
    В продакшене берите сертификат у публичного CA (Let's Encrypt — бесплатно).

cause-tls-error-untrusted-issuer = CA, выдавший сертификат, здесь не доверенный
    .detail = Сертификат подписан CA какой-то организации, но его нет ни в хранилище доверия этой машины, ни в наборе Mozilla, который встроен в большинство сред выполнения. Это частный или корпоративный CA либо прокси TLS-инспекции, который по пути переподписывает трафик. Клиенты, где этот CA установлен, работают; остальные сертификат отклоняют.
    .fix = Получите сертификат CA (у тех, кто им управляет, или выгрузите с машины, которая ему доверяет) и убедитесь, что это он:
        netdoctor check --ca-file ca.pem { $target }
    Затем установите его туда, где его ищут клиенты; в Debian и Ubuntu:
        sudo cp ca.pem /usr/local/share/ca-certificates/private-ca.crt && sudo update-ca-certificates
    Или поставьте на сервер сертификат публичного CA.

cause-tls-error-incomplete-chain = Сервер не отдаёт промежуточный сертификат
    .detail = Сервер отдаёт свой сертификат без сертификата CA, который его подписал. Браузеры скачивают недостающий или берут его из кэша, поэтому сайт у них открывается, а curl, Node.js, Python, Java и Go падают с «unable to verify the first certificate».
    .fix = Настройте сервер так, чтобы он отдавал свой сертификат и за ним промежуточные (файл fullchain). В nginx:
        ssl_certificate /etc/letsencrypt/live/{ $host }/fullchain.pem;
    Apache 2.4.8 и новее принимает файл fullchain в SSLCertificateFile; в старых версиях цепочка указывается отдельно:
        SSLCertificateChainFile /etc/letsencrypt/live/{ $host }/chain.pem
    Caddy и Traefik сами отдают полную цепочку для сертификатов, которые получают. Что именно отдаёт сервер, видно так:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -showcerts </dev/null

cause-tls-error-client-certificate-required = Сервер требует клиентский сертификат
    .detail = Сервер запросил клиентский сертификат (взаимный TLS) и закрыл соединение, не получив его. У netdoctor нет клиентского сертификата, поэтому видно только требование сервера, а не то, пройдёт ли сертификат вашего клиента.
    .fix = Выдайте клиенту сертификат от CA, которому сервер доверяет (список ниже), и проверьте его так:
        openssl s_client -connect { $host }:{ $port } -servername { $host } -cert client.pem -key client.key </dev/null
    Если этот сервер не должен требовать сертификат, ослабьте настройку (nginx: ssl_verify_client optional; или off).

cause-tls-error-protocol-version = Нет общей версии TLS
    .detail = Сервер предлагает только версии TLS, которые клиент не принимает (SSLv3, TLS 1.0 или 1.1), или наоборот.
    .fix = Включите на сервере TLS 1.2 и 1.3. Для nginx: ssl_protocols TLSv1.2 TLSv1.3;

cause-tls-error-handshake-failed = Ошибка TLS-рукопожатия
    .detail = Сервер прервал TLS-рукопожатие с ошибкой.
    .fix = Сравните настройки TLS на сервере и в клиенте: openssl s_client -connect { $host }:{ $port } -servername { $host }

cause-error-unexpected = Непредвиденная ошибка
    .detail = netdoctor не смог понять, что произошло; ниже всё, что он увидел.
    .fix = Повторите с большим --timeout. Если ошибка не уходит, создайте issue и приложите отчёт (netdoctor check --json { $target }).

cause-protocol-mismatch-proxy-dropped-upgrade = Обратный прокси не передал WebSocket-апгрейд дальше
    .detail = Прокси перед сервером (nginx, Apache, Caddy, Traefik, envoy) ответил { $status } вместо 101 Switching Protocols. Если прокси не настроен передавать Upgrade и Connection, он пересылает обычный запрос, и WebSocket-сервер за ним его отклоняет.
    .fix = Настройте прокси так, чтобы он передавал апгрейд для { $path }.
        nginx, в блоке location:
          proxy_http_version 1.1;
          proxy_set_header Upgrade $http_upgrade;
          proxy_set_header Connection "upgrade";
        Apache (mod_proxy_wstunnel):
          RewriteEngine on
          RewriteCond %{"{"}HTTP:Upgrade{"}"} websocket [NC]
          RewriteRule ^/?(.*) ws://127.0.0.1:8080/$1 [P,L]
          или, в Apache 2.4.47+: ProxyPass { $path } http://127.0.0.1:8080{ $path } upgrade=websocket
        Caddy передаёт WebSocket по умолчанию: проверьте, что reverse_proxy указывает на порт WebSocket.
        Traefik тоже передаёт по умолчанию: проверьте middleware, которые удаляют заголовки (Upgrade, Connection).

cause-protocol-mismatch-socketio-endpoint = Сервер работает по Socket.IO, а не по чистому WebSocket
    .detail = Ответ пришёл от Socket.IO (Engine.IO). Socket.IO использует собственный протокол поверх WebSocket и HTTP long-polling, поэтому обычный WebSocket-клиент не может с ним работать, и наоборот.
    .fix = { $socketio_at ->
        [prefix] Используйте клиент Socket.IO той же старшей версии и укажите ему путь, по которому отвечает этот сервер ({ $socketio_path }); по умолчанию клиенты ищут только /socket.io:
            JavaScript: npm install socket.io-client, затем io("{ $http_origin }", {"{"} path: "{ $socketio_path }" {"}"})
            Python: pip install "python-socketio[client]", затем sio.connect("{ $http_origin }", socketio_path="{ $socketio_path }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            Проверить сам транспорт: { $ws_origin }{ $socketio_path }/?EIO=4&transport=websocket
       *[other] Используйте клиент Socket.IO той же старшей версии:
            JavaScript: npm install socket.io-client, затем io("{ $http_origin }")
            Python: pip install "python-socketio[client]", затем sio.connect("{ $http_origin }")
            Java: io.socket:socket.io-client; Swift: Socket.IO-Client-Swift; Go: github.com/zishang520/socket.io
            Проверить сам транспорт: { $ws_origin }/socket.io/?EIO=4&transport=websocket
    }

cause-protocol-mismatch-origin-rejected = Сервер отклоняет апгрейд из-за заголовка Origin
    .detail = На апгрейд пришёл ответ { $status }, а тот же апгрейд с заголовком Origin, указывающим на собственный сайт сервера, принят. Сервер сверяет Origin со списком разрешённых — браузеры отправляют этот заголовок всегда.
    .fix = Добавьте origin страницы клиента (scheme://host:port, ровно как его шлёт браузер) в список разрешённых на сервере, например:
        gorilla/websocket: Upgrader{"{"} CheckOrigin: func(r *http.Request) bool {"{"} return r.Header.Get("Origin") == "https://app.example.com" {"}"} {"}"}
        Socket.IO: new Server(httpServer, {"{"} cors: {"{"} origin: ["https://app.example.com"] {"}"} {"}"})
        Spring: registry.addHandler(handler, "{ $path }").setAllowedOrigins("https://app.example.com")
        Клиент не из браузера может сам отправить ожидаемый заголовок Origin.

cause-protocol-mismatch-subprotocol = Сервер и клиент не сошлись в подпротоколе WebSocket
    .detail = Сервер требует или выбирает Sec-WebSocket-Protocol, который клиент не предлагал, и рукопожатие срывается. Так делают серверы GraphQL (graphql-transport-ws, graphql-ws), MQTT (mqtt), STOMP (v12.stomp) и OCPP (ocpp1.6).
    .fix = Предложите подпротокол, который ждёт сервер, например:
        JavaScript: new WebSocket("{ $scheme }://{ $host }:{ $port }{ $path }", ["graphql-transport-ws"])
        Python websockets: connect(uri, subprotocols=["graphql-transport-ws"])
        websocat: websocat --protocol graphql-transport-ws { $scheme }://{ $host }:{ $port }{ $path }
        Или разрешите на сервере клиентов без подпротокола.

cause-reset-loopback-only-bind-in-container = Сервер в контейнере слушает только 127.0.0.1
    .detail = { $holder ->
        [container-proxy] Порт принимает соединение и сразу закрывает его, прежде чем хоть одна сторона отправит байт, а держит порт процесс проброса портов среды выполнения контейнеров. Он так поступает, когда не может достучаться до сервера в контейнере: сервер слушает там 127.0.0.1, недоступный снаружи контейнера, или этот порт в контейнере вообще никто не слушает.
       *[other] Опубликованный порт контейнера принимает соединение и сразу закрывает его, прежде чем хоть одна сторона отправит байт. Так поступает docker-proxy (или другой проброс портов), когда процесс в контейнере слушает 127.0.0.1, недоступный снаружи контейнера. Другие серверы, сразу обрывающие всех клиентов, отсюда выглядят так же.
    }
    .fix = Настройте сервер внутри контейнера на прослушивание всех адресов и опубликуйте порт:
        docker run -p { $port }:{ $port } image app --host 0.0.0.0 --port { $port }
        Flask: flask run --host 0.0.0.0; uvicorn: --host 0.0.0.0; Vite: --host; Node: server.listen({ $port }, "0.0.0.0")
        Проверка: docker exec <container> ss -ltnp (нужно 0.0.0.0:{ $port } или [::]:{ $port }, а не 127.0.0.1:{ $port })

cause-refused-other-family-works = Отклоняет только одно семейство адресов
    .detail = { $families ->
        [both] У { $host } есть адреса IPv6 (AAAA) и IPv4 (A). Адрес, опробованный первым, отклоняет соединение, а адрес другого семейства его принимает. Клиенты, которые пробуют только первый адрес, не подключаются; клиенты с Happy Eyeballs переключаются, но чуть позже.
        [one] Имя { $host } разрешилось только в адреса одного семейства, и они отклоняют соединение; тот же порт на адресе другого семейства этой машины его принимает. Сервер слушает одно семейство, а имя указывает на другое.
       *[literal] { $host } отклоняет соединение, но тот же порт на адресе другого семейства этой машины его принимает: сервер слушает только одно семейство. Клиенты, которым дан адрес { $host }, не подключаются.
    }
    .fix = { $families ->
        [both] Настройте сервер на прослушивание обоих семейств: [::]:{ $port } (dual-stack) или 0.0.0.0:{ $port } и [::]:{ $port }. Или удалите DNS-запись того семейства, на котором ничего не слушает (dig AAAA { $host }, dig A { $host }).
            На стороне клиента: подключайтесь к рабочему адресу напрямую или (Node.js) используйте dns.setDefaultResultOrder("ipv4first") / net.connect({"{"} autoSelectFamily: true {"}"}).
       *[other] Настройте сервер на прослушивание обоих семейств: [::]:{ $port } (dual-stack) или 0.0.0.0:{ $port } и [::]:{ $port }. Или направьте клиента на адрес, который принимает соединение (он указан выше).
    }

cause-timeout-other-family-works = Одно семейство адресов не отвечает, другое работает
    .detail = { $families ->
        [both] У { $host } есть адреса IPv6 (AAAA) и IPv4 (A). Адрес, опробованный первым, не отвечает, а адрес другого семейства работает. Клиенты, которые пробуют только первый адрес, получают тайм-аут; остальные переключаются лишь после тайм-аута.
        [one] Имя { $host } разрешилось только в адреса одного семейства, и они не отвечают; тот же порт на адресе другого семейства этой машины работает.
       *[literal] { $host } не отвечает, но тот же порт на адресе другого семейства этой машины работает: что-то блокирует только это семейство.
    }
    .fix = { $families ->
        [both] Почините неработающее семейство: откройте для него порт в файрволе или проверьте маршрут (ip -6 route, ping -6 { $host }). Если рабочего адреса в этом семействе нет, удалите его DNS-запись (dig AAAA { $host }, dig A { $host }).
            На стороне клиента: предпочтите рабочее семейство (curl -4 / -6, Node.js dns.setDefaultResultOrder("ipv4first")).
       *[other] Почините неработающее семейство: откройте для него порт в файрволе (ip6tables -L / iptables -L) или проверьте маршрут (ip -6 route). Или направьте клиента на рабочий адрес (он указан выше).
    }
