# Warnings: the endpoint works here, but not for every client (or not for long).
# Same shape as a cause: the message is the title, .detail and .fix its attributes.

report-warning = Warning
report-warnings = Warnings

warn-first-address-fails = The first address of { $host } fails; a later one works
    .detail = { $host } resolves to more than one address. netdoctor connected through a later one, as clients that fall back do, but the address tried first does not accept connections on port { $port }. Clients that use only the first address fail.
    .fix = Make the server listen on every address the name resolves to (for localhost both [::1] and 127.0.0.1, for example [::]:{ $port } dual-stack), or point the client at the address that works.
        Node.js: dns.setDefaultResultOrder("ipv4first") or net.connect({"{"} autoSelectFamily: true {"}"}).

evidence-first-address-refused-clients = Clients that dial only the first address stop at { $addr } and fail: Node.js 17 to 19 (and later ones with autoSelectFamily off) report ECONNREFUSED { $ip }, as does Java's new Socket(host, port). Browsers, curl, Go, Python and Rust try the next address and connect.
evidence-first-address-silent-clients = Clients that dial only the first address wait at { $addr } until they time out: Node.js 17 to 19 (and later ones with autoSelectFamily off), Java's new Socket(host, port). Python and Rust try the next address only after their own timeout; browsers, curl and Go switch after a short delay.

warn-netdoctor-responder = This is netdoctor's responder, not your server: the network path to port { $port } is open
    .detail = The peer named itself as netdoctor server --respond. A connection from here reached it, so nothing between this machine and { $host } blocks port { $port }.
    .fix = Stop the responder (Ctrl+C) and start your server on port { $port }. If the client still fails then, the cause is the server process or how it binds, not the network.

evidence-netdoctor-responder = The peer identified itself: { $sign }
