# Причины, видные по ответу, который дал не сам сервер: прокси с упавшим бэкендом,
# перенаправление, кадры HTTP/2.

cause-error-proxy-upstream-down = Ответил обратный прокси: его бэкенд не работает
    .detail = На запрос к { $target } пришла собственная страница ошибки прокси ({ $status }): прокси или балансировщик впереди работает, но не получил ответа от приложения за ним.
    .fix = Запустите бэкенд или исправьте адрес, на который прокси пересылает запросы (nginx: proxy_pass; HAProxy: строки server), затем посмотрите журнал ошибок прокси, например:
        sudo tail -n 20 /var/log/nginx/error.log
cause-protocol-mismatch-redirect = Сервер перенаправляет, а клиенты WebSocket не следуют перенаправлениям
    .detail = { $target } ответил на запрос upgrade кодом { $status } вместо 101. Браузеры и библиотеки WebSocket считают перенаправление при upgrade ошибкой.
    .fix = Подключайтесь сразу к адресу из заголовка Location (см. доказательства); перенаправление на https:// означает, что клиенту нужен wss://.
cause-protocol-mismatch-http2-only = Сервер говорит только на HTTP/2 (prior knowledge), например gRPC
    .detail = { $scheme ->
        [http] { $peer } ответил на запрос HTTP/1.1 кадрами HTTP/2: он ждёт клиентов, которые сразу начинают с HTTP/2, как клиенты gRPC, поэтому клиент, говорящий на HTTP/1.1, работать с ним не может.
        [https] { $peer } ответил на запрос HTTP/1.1 кадрами HTTP/2: он ждёт клиентов, которые сразу начинают с HTTP/2, как клиенты gRPC, поэтому клиент, говорящий на HTTP/1.1, работать с ним не может.
       *[other] { $peer } ответил на запрос HTTP/1.1 кадрами HTTP/2: он ждёт клиентов, которые сразу начинают с HTTP/2, как клиенты gRPC, и WebSocket поверх HTTP/1.1 здесь работать не может.
    }
    .fix = { $scheme ->
        [http] Используйте для этого порта клиент HTTP/2 (curl --http2-prior-knowledge { $target }; для gRPC: grpcurl -plaintext { $host }:{ $port } list) либо направьте клиента на порт, который обслуживает HTTP/1.1.
        [https] Используйте для этого порта клиент HTTP/2 или gRPC (для gRPC: grpcurl { $host }:{ $port } list) либо направьте клиента на порт, который обслуживает HTTP/1.1.
       *[other] Используйте для этого порта клиент HTTP/2 или gRPC (grpcurl -plaintext { $host }:{ $port } list) либо направьте клиента WebSocket на порт, который его обслуживает.
    }

evidence-proxy-header = ответ прошёл через прокси: { $name }: { $value }
evidence-proxy-error-page = тело ответа — встроенная страница ошибки { $proxy }
evidence-redirect = перенаправление { $status } на { $location }
evidence-http2-settings = ответ начинается с кадра HTTP/2 SETTINGS, а не со строки статуса HTTP/1.1
evidence-http2-goaway = сервер закрыл соединение кадром HTTP/2 GOAWAY: { $text }
evidence-grpc-frames = кадры принадлежат gRPC: { $sign }
evidence-reply-stalled = ответ начался как HTTP и остановился на { $count ->
        [one] { $count } байте
        [few] { $count } байтах
        [many] { $count } байтах
       *[other] { $count } байтах
    } до конца заголовков: сервер (или прокси перед ним) завис посреди ответа
evidence-reply-stalled-closed = ответ начался как HTTP, и соединение закрылось на { $count ->
        [one] { $count } байте
        [few] { $count } байтах
        [many] { $count } байтах
       *[other] { $count } байтах
    } до конца заголовков: сервер (или прокси перед ним) бросил ответ на середине
evidence-socketio-answers-at = { $at ->
        [prefix] тот же источник отвечает на рукопожатие Engine.IO по пути { $path }: подключайтесь к источнику клиентом Socket.IO с параметром path, равным { $mount } (по умолчанию клиент ищет только /socket.io/), а не обычным клиентом WebSocket
       *[other] тот же источник отвечает на рукопожатие Engine.IO по пути { $path }: подключайтесь к источнику клиентом Socket.IO (он сам добавит /socket.io/), а не обычным клиентом WebSocket
    }
