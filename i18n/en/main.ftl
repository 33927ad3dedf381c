## Verdicts: short labels

verdict-ok = OK
verdict-refused = connection refused
verdict-timeout = connection timed out
verdict-addr-not-available = address not available
verdict-protocol-mismatch = protocol mismatch
verdict-unreachable = unreachable
verdict-dns-failure = name does not resolve
verdict-reset = connection reset
verdict-tls-error = TLS error
verdict-error = error

## Verdicts: one sentence about this endpoint
## Variables: $target, $host, $port, $path, $scheme, $peer, $status, $ms

summary-ok = { $target } answered as a { $scheme } server should.
summary-refused = { $peer } refused the connection: nothing accepts connections on port { $port } there.
summary-timeout = No answer from { $peer } within { $ms } ms: packets to port { $port } are dropped or never arrive.
summary-addr-not-available = This machine could not pick a local port to reach { $peer }.
summary-protocol-mismatch = Connected to { $peer }, but the server there does not speak { $scheme ->
        [ws] WebSocket
        [wss] WebSocket over TLS
        [http] HTTP
        [https] HTTPS
       *[other] { $scheme }
    }.
summary-unreachable = There is no route from this machine to { $host }.
summary-dns-failure = The name { $host } does not resolve to any address.
summary-reset = { $peer } accepted the connection, then dropped it without a proper answer.
summary-tls-error = The TLS handshake with { $peer } failed, or its certificate would be rejected.
summary-error = Checking { $target } failed in an unexpected way.

## Phases shown while a check runs

phase-resolving = resolving
phase-connecting = connecting
phase-tls = TLS
phase-handshake = handshake
phase-follow-up = probing further

## Evidence lines

evidence-connect-failed = connect to { $addr }: { $error ->
        [refused] connection refused
        [timed-out] timed out
        [addr-not-available] cannot assign requested address
        [net-unreachable] network unreachable
        [host-unreachable] no route to host
        [reset] connection reset
        [aborted] connection aborted
        [closed] closed by the peer
       *[other] failed
    } (OS error { $code })
evidence-connect-timed-out = connect to { $addr }: no answer within { $ms } ms
evidence-alternate-accepts = { $addr } accepts connections on the same port
evidence-ports-open = { $ip } accepts connections on { $count ->
        [one] port { $ports }
       *[other] ports { $ports }
    }
evidence-ports-refused = { $ip } answers with a refusal on { $count ->
        [one] port { $ports }, so the host is up
       *[other] ports { $ports }, so the host is up
    }
evidence-ports-silent = { $ip } gave no answer on { $count ->
        [one] port { $ports } either
       *[other] { $count } other ports either ({ $ports })
    }
evidence-resolved = { $name } resolves to { $addrs }
evidence-dns-mismatch = { $name } resolves to { $resolved }, but you expect { $expected }
evidence-no-such-host = { $server ->
        [system] the system resolver has no address for { $name }
       *[other] DNS server { $server } has no address for { $name }
    }
evidence-dns-timed-out = { $server ->
        [system] the system resolver did not answer in time
       *[other] DNS server { $server } did not answer in time
    }
evidence-dns-error = resolver error: { $message }
evidence-proxy-variable = proxy setting { $var } is { $value }
evidence-fake-ip = { $ip } is in { $range }, the range TUN-mode proxy tools hand out as fake IPs
evidence-cdn-header = response header { $name }: { $value } shows a CDN or proxy in front
evidence-cdn-address = { $ip } belongs to a CDN ({ $range }), not to your server
evidence-cdn-port-not-proxied = the CDN forwards only ports { $ports }; port { $port } is not one of them
evidence-cdn-origin-error = the CDN answered { $status } with its own error page: it could not get an answer from your origin server
evidence-private-address = { $ip } is a private address ({ $range }) and this machine has no interface on its network (local addresses: { $interfaces })
evidence-port-range = local port range is { $low }–{ $high } ({ $count } ports)
evidence-sockets-to-destination = { $count ->
        [one] { $count } socket of this machine is connected to { $dest }
       *[other] { $count } sockets of this machine are connected to { $dest }
    }
evidence-time-wait-sockets = { $count ->
        [one] { $count } socket is in TIME_WAIT
       *[other] { $count } sockets are in TIME_WAIT
    }
evidence-no-port-census = this system does not expose its socket table, so local port use could not be counted
evidence-http-status = server answered { $status }
evidence-http-header = response header { $name }: { $value }
evidence-upgrade-requested = the request asked for Upgrade: websocket; a WebSocket server answers 101 Switching Protocols
evidence-non-http-reply = { $kind ->
        [ssh] the server sent an SSH banner: { $line }
        [smtp] the server sent an SMTP greeting: { $line }
        [ftp] the server sent an FTP greeting: { $line }
        [redis] the server answered like Redis: { $line }
        [mysql] the server sent a MySQL greeting: { $line }
        [mail] the server sent a mail-server greeting: { $line }
       *[text] the server sent text that is not HTTP: { $line }
    }
evidence-binary-reply = { $count ->
        [one] the server sent { $count } byte of binary data, not HTTP
       *[other] the server sent { $count } bytes of binary data, not HTTP
    }
evidence-tls-record-reply = the server answered the plain-text request with a TLS record
evidence-tls-works-on-port = a TLS handshake with { $addr } succeeds
evidence-plain-reply-to-tls = the server answered the TLS ClientHello in plain text: { $line }
evidence-plain-works-on-port = a plain-text request to { $addr } gets: { $line }
evidence-silence = nothing came back within { $ms } ms
evidence-reset-after-request = { $count ->
        [0] the server reset the connection before any request
        [one] the server reset the connection after { $count } byte of request
       *[other] the server reset the connection after { $count } bytes of request
    }
evidence-closed-without-reply = { $count ->
        [0] the server closed the connection without sending a byte
       *[other] the server closed the connection without sending a byte back
    }
evidence-tls-alert = the server sent the TLS alert { $alert }
evidence-certificate-problem = certificate check: { $detail }
evidence-certificate-issued = certificate for { $subject }, issued by { $issuer }
evidence-certificate-self-signed = self-signed: { $subject } issued it to itself, so no trust store has it
evidence-certificate-untrusted-issuer = issued by { $issuer }, which is not in the trust store (a private CA? trust it with --ca-file)
evidence-certificate-self-signed-ca = it is marked as a CA (CA:TRUE), as openssl req -x509 makes it by default, so clients also refuse it as a server certificate
evidence-certificate-dev-ca = issued by { $issuer }, the local CA of { $tool }: only machines where it was installed trust it, and the server does not send it
evidence-certificate-inspection = { $issuer } is the CA of { $product }, a TLS-inspection product: a proxy on the way decrypts and re-signs the traffic
evidence-certificate-issuer-not-sent = the server did not send { $issuer }, which signed its certificate; the certificate says it can be downloaded from { $url }
evidence-trusted-by-os-only = the chain ends at { $issuer }: this machine's trust store holds it, the Mozilla bundle does not
evidence-client-certificate-requested = { $count ->
        [0] the server asked for a client certificate and named no CA
        [one] the server asked for a client certificate from { $names }
       *[other] the server asked for a client certificate from one of { $count } CAs: { $names }
    }
evidence-certificate-expires-soon = { $count ->
        [0] expires today, at { $until }
        [one] expires in { $count } day, on { $until }
       *[other] expires in { $count } days, on { $until }
    }
evidence-certificate-names = { $count ->
        [one] the certificate names { $names }; the URL says { $host }
       *[other] the certificate names { $count } hosts: { $names }; the URL says { $host }
    }
evidence-certificate-no-names = the certificate has no subjectAltName: clients ignore its CN, so it matches no name, not even { $host }
evidence-certificate-validity = valid from { $from } until { $until }
evidence-certificate-expired-ago = { $count ->
        [0] expired today, at { $until }
        [one] expired { $count } day ago, on { $until }
       *[other] expired { $count } days ago, on { $until }
    }
evidence-certificate-not-yet-valid = not valid before { $from }, but the check ran at { $now }: a clock is wrong on one side
evidence-tls-server-version = the server chose { $version }; netdoctor, like current clients, speaks only TLS 1.2 and 1.3
evidence-tls-version-alert = the server answered TLS 1.2 and 1.3 with a protocol_version alert: it speaks neither
evidence-upgrade-rejected = the upgrade reply failed validation: { $detail }
evidence-reply-truncated = { $count ->
        [one] the reply was cut at { $count } byte
       *[other] the reply was cut at { $count } bytes
    }
evidence-windows-retried-refused = Windows retries a refused connect for about 2 seconds before it reports it
evidence-cannot-tell-apart = from the client side a host firewall, a cloud security group and a panel firewall look the same: all drop the packets silently
evidence-message = { $text }
evidence-reverse-proxy-header = response header { $name }: { $value } shows a reverse proxy answered
evidence-upgrade-lost = the reply asks for a WebSocket upgrade ({ $hint }) although the request carried one: Upgrade and Connection were lost on the way
evidence-socketio-reply = the reply body is Engine.IO's (Socket.IO's transport): { $body }
evidence-socketio-path = { $path } is the path Socket.IO servers answer on
evidence-origin-retry = { $origin ->
        [none] without an Origin header
       *[other] with Origin: { $origin }
    } the upgrade got { $status ->
        [none] no HTTP reply
       *[other] { $status }
    }
evidence-subprotocol-hint = the reply names the subprotocol: { $hint }
evidence-subprotocol-unrequested = the server picked the subprotocol { $protocol }, which the client did not offer, so the client refuses the upgrade
evidence-hang-up-on-accept = a second connection to { $addr } was accepted, then closed at once, before a byte either way
evidence-other-family-works = { $addr } ({ $family }) accepts, and the check worked there
evidence-first-address-only = { $addr } ({ $family }) is tried first: a client that does not fall back to the next address (no Happy Eyeballs) fails

## Target errors (command line and URL field)
## Variables: $target (the text typed), $value (the offending part)

target-error-empty = The target is empty. Write a URL like ws://127.0.0.1:8080/chat.
target-error-too-long = { $target }: the target is { $value } characters long; that is not a URL.
target-error-control-character = The target contains a control character (a line break or similar). Paste the URL alone.
target-error-missing-scheme = { $target }: no scheme. Start with tcp://, ws://, wss://, http:// or https://.
target-error-unknown-scheme = { $target }: unknown scheme “{ $value }”. Use tcp, ws, wss, http or https.
target-error-empty-host = { $target }: no host after the scheme.
target-error-invalid-host = { $target }: “{ $value }” is not a valid host name or IP address.
target-error-invalid-port = { $target }: “{ $value }” is not a port. Use a number from 1 to 65535.
target-error-port-zero = { $target }: port 0 cannot be connected to. Use a number from 1 to 65535.
target-error-missing-port = { $target }: tcp:// needs a port, like tcp://db.example.com:5432.
target-error-malformed = { $target }: not a valid URL ({ $value }).

## Command line

cli-about = Tells why a client cannot connect to a server, and how to fix it.
cli-help-lang = Language: en, ko, ja, ru or pt (default: system language)
cli-help-check = Check endpoints without the window and print the diagnosis
cli-help-targets = Endpoint URLs: tcp://, ws://, wss://, http://, https://
cli-help-json = Print one JSON document instead of text
cli-help-timeout = Limit for each phase (connect, TLS, handshake), in milliseconds
cli-help-expect-ip = Address the host name should resolve to (repeatable)
cli-help-dns-server = Resolve names through this DNS server instead of the system resolver
cli-help-profile = Check every endpoint saved in a profile file
cli-help-concurrency = How many targets to probe at once
cli-help-report = Also write a shareable report (.html, .md or .json)
cli-help-no-followups = Skip the extra probes that tell causes apart
cli-help-ca-file = Also trust the certificates in this PEM file (your private or development CA)
cli-error-usage = Usage: netdoctor check [OPTIONS] <TARGET>... (see netdoctor check --help)
cli-error-unknown-argument = Unknown option { $arg }. See netdoctor check --help.
cli-error-unknown-command = Unknown command { $value }. Did you mean: netdoctor check { $value }?
cli-error-invalid-value = Invalid value “{ $value }” for { $arg }.
cli-error-missing-value = { $arg } needs a value.
cli-error-conflict = { $arg } cannot be combined with the other options given.
cli-error-no-targets = No targets. Give at least one URL, like: netdoctor check ws://127.0.0.1:8080/
cli-error-report-write = Cannot write the report to { $path }: { $error }
cli-error-runtime = Cannot start the probe engine: { $error }
cli-error-ca-file = Cannot use { $path } as a CA file: { $error }
cli-note-concurrency-reduced = The open-file limit ({ $limit }) allows only { $count } targets at once; the rest wait their turn. Raise it with: ulimit -n 65536
cli-progress = checked { $done } of { $total }
cli-duration = { $ms } ms
cli-fix-label = Fix:
cli-tally = { $failed ->
        [0] { $total ->
                [one] The endpoint is fine.
               *[other] All { $total } endpoints are fine.
            }
       *[other] { $failed } of { $total } failing.
    }

## Desktop app

gui-unavailable = This netdoctor was built without the desktop app. Use: netdoctor check <URL>

evidence-nothing-listens = Nothing listens on port { $port } on this machine
evidence-listens-only-on = { $who ->
    [known] { $owner } listens on { $addr } only
   *[unknown] A process this user cannot inspect listens on { $addr } only
}
evidence-listens-nearby = { $who ->
    [known] { $owner } listens on { $addr }
   *[unknown] A process this user cannot inspect listens on { $addr }
}
evidence-container-proxy-listens = { $owner } holds { $addr }: a container runtime forwards this port to a container
local-listeners-heading = Listening on this machine
local-listeners-none = Nothing listens on port { $port } on this machine.
local-listener-unknown-owner = owner not visible to this user
server-hint-heading = Confirm on the server
server-hint-intro = Run one of these on the machine that should accept the connection:
server-hint-inspect = listeners, local connects and firewall rules for the port
server-hint-respond = answers on the port while your server is stopped, to test the network path
## Reading files the user names, and checking options before any probe
file-kind-directory = a folder
file-kind-fifo = a named pipe
file-kind-device = a device
file-kind-other = a special file
file-error-not-regular = it is { $kind }, not a regular file
file-error-too-large = it is larger than { $mib } MiB, the limit for this kind of file
file-error-utf8 = the text is not valid UTF-8
report-path-no-folder = the folder does not exist
report-path-is-folder = it is a folder
report-path-not-writable = the folder cannot be written to
ca-file-no-certificate = it holds no PEM certificate
cli-error-watch-count-needs-watch = --watch-count only works together with --watch SECONDS.
cli-warning-unknown-lang = Unknown language “{ $tag }”; available: { $list }. Using { $used }.
