# Предупреждения: здесь конечная точка работает, но не для всех клиентов (или недолго).
# Устроены как причины: сообщение — заголовок, .detail и .fix — атрибуты.

report-warning = Предупреждение
report-warnings = Предупреждения

warn-first-address-fails = Первый адрес { $host } не принимает соединения, следующий принимает
    .detail = Имя { $host } разрешается в несколько адресов. netdoctor подключился через один из следующих, как это делают клиенты, переходящие к другому адресу, но адрес, опробованный первым, не принимает соединения на порт { $port }. Клиенты, которые берут только первый адрес, не подключатся.
    .fix = Пусть сервер слушает на всех адресах, в которые разрешается имя (для localhost — и [::1], и 127.0.0.1, например [::]:{ $port } в режиме dual-stack), или направьте клиента на рабочий адрес.
        Node.js: dns.setDefaultResultOrder("ipv4first") или net.connect({"{"} autoSelectFamily: true {"}"}).


warn-certificate-expires-soon = Сертификат { $host } скоро истекает
    .detail = Сертификат пока работает, но истекает в ближайшие две недели. Автоматическое продление (certbot, cert-manager, Caddy) срабатывает за 30 дней, так что обычно это значит, что продление давно не удаётся.
    .fix = Продлите сертификат, перезагрузите сервер и выясните, почему остановилось автопродление (для Let's Encrypt):
        sudo certbot renew --dry-run
    Даты сертификата, который отдаёт сервер, видно так:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

warn-trusted-by-os-only = Сертификат { $host } принимает только хранилище доверия этой машины
    .detail = Цепочка заканчивается на CA, который есть в хранилище ОС этой машины, но отсутствует в наборе Mozilla. Браузеры и curl здесь работают, а Node.js, Python (requests, certifi), Java и Go в Linux-контейнерах читают свой набор и падают с «unable to get local issuer certificate».
    .fix = Передайте каждой среде сертификат CA (ca.pem; выгрузите его из хранилища этой машины):
        Node.js: NODE_EXTRA_CA_CERTS=/path/to/ca.pem node app.js
        Python: REQUESTS_CA_BUNDLE=/path/to/ca.pem (requests) или SSL_CERT_FILE=/path/to/ca.pem (ssl, httpx)
        keytool -importcert -alias private-ca -file ca.pem -cacerts -storepass changeit
    В контейнере скопируйте ca.pem в /usr/local/share/ca-certificates/ и выполните update-ca-certificates при сборке образа.

evidence-first-address-refused-clients = Клиенты, которые подключаются только к первому адресу, останавливаются на { $addr } и получают ошибку: Node.js с 17 по 19 (и более новые с выключенным autoSelectFamily) сообщают ECONNREFUSED { $ip }, так же ведёт себя new Socket(host, port) в Java. Браузеры, curl, Go, Python и Rust пробуют следующий адрес и подключаются.
evidence-first-address-silent-clients = Клиенты, которые подключаются только к первому адресу, ждут на { $addr } до своего тайм-аута: Node.js с 17 по 19 (и более новые с выключенным autoSelectFamily), new Socket(host, port) в Java. Python и Rust переходят к следующему адресу только после своего тайм-аута; браузеры, curl и Go переключаются после короткой паузы.

warn-netdoctor-responder = Ответил не ваш сервер, а ответчик netdoctor: сетевой путь до порта { $port } открыт
    .detail = Собеседник представился как netdoctor server --respond. Соединение отсюда до него дошло, значит, между этой машиной и { $host } порт { $port } ничто не блокирует.
    .fix = Остановите ответчик (Ctrl+C) и запустите на порту { $port } свой сервер. Если клиент и тогда не подключится, дело в самом серверном процессе или в том, на каком адресе он слушает, а не в сети.

evidence-netdoctor-responder = Собеседник назвал себя: { $sign }
