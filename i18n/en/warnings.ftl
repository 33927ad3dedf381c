# Warnings: the endpoint works here, but not for every client (or not for long).
# Same shape as a cause: the message is the title, .detail and .fix its attributes.

report-warning = Warning
report-warnings = Warnings

warn-first-address-fails = The first address of { $host } fails; a later one works
    .detail = { $host } resolves to more than one address. netdoctor connected through a later one, as clients that fall back do, but the address tried first does not accept connections on port { $port }. Clients that use only the first address fail.
    .fix = Make the server listen on every address the name resolves to (for localhost both [::1] and 127.0.0.1, for example [::]:{ $port } dual-stack), or point the client at the address that works.
        Node.js: dns.setDefaultResultOrder("ipv4first") or net.connect({"{"} autoSelectFamily: true {"}"}).


warn-certificate-expires-soon = The certificate of { $host } expires soon
    .detail = The certificate works today but runs out within two weeks. Automated renewal (certbot, cert-manager, Caddy) renews 30 days ahead, so this usually means renewal has been failing.
    .fix = Renew it and reload the server, and find out why automatic renewal stopped (for Let's Encrypt):
        sudo certbot renew --dry-run
    Check the dates the server sends with:
        openssl s_client -connect { $host }:{ $port } -servername { $host } </dev/null | openssl x509 -noout -dates

warn-trusted-by-os-only = Only this machine's trust store accepts the certificate of { $host }
    .detail = The chain ends at a CA that this machine's OS store holds but the Mozilla bundle does not. Browsers and curl here work; Node.js, Python (requests, certifi), Java and Go in Linux containers read their own bundle and fail with "unable to get local issuer certificate".
    .fix = Give each runtime the CA's certificate (ca.pem; export it from this machine's store):
        Node.js: NODE_EXTRA_CA_CERTS=/path/to/ca.pem node app.js
        Python: REQUESTS_CA_BUNDLE=/path/to/ca.pem (requests) or SSL_CERT_FILE=/path/to/ca.pem (ssl, httpx)
        keytool -importcert -alias private-ca -file ca.pem -cacerts -storepass changeit
    In a container, copy ca.pem into /usr/local/share/ca-certificates/ and run update-ca-certificates in the image.

evidence-first-address-refused-clients = Clients that dial only the first address stop at { $addr } and fail: Node.js 17 to 19 (and later ones with autoSelectFamily off) report ECONNREFUSED { $ip }, as does Java's new Socket(host, port). Browsers, curl, Go, Python and Rust try the next address and connect.
evidence-first-address-silent-clients = Clients that dial only the first address wait at { $addr } until they time out: Node.js 17 to 19 (and later ones with autoSelectFamily off), Java's new Socket(host, port). Python and Rust try the next address only after their own timeout; browsers, curl and Go switch after a short delay.

warn-netdoctor-responder = This is netdoctor's responder, not your server: the network path to port { $port } is open
    .detail = The peer named itself as netdoctor server --respond. A connection from here reached it, so nothing between this machine and { $host } blocks port { $port }.
    .fix = Stop the responder (Ctrl+C) and start your server on port { $port }. If the client still fails then, the cause is the server process or how it binds, not the network.

evidence-netdoctor-responder = The peer identified itself: { $sign }
