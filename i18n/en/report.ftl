## Reports and profiles

## Report documents (HTML and Markdown)

report-title = netdoctor report
report-title-profile = netdoctor report: { $profile }
report-meta-profile = Profile
report-meta-generated = Generated
report-meta-version = Version
report-meta-system = System
report-secrets-masked = Passwords, tokens, cookies and other secrets were replaced by ***, so this report is safe to share. To keep them, run with --include-secrets.
report-secrets-included = This report includes secrets such as passwords, tokens and cookies. Share it only with people who may see them.
report-redacted = Secrets in this result were replaced by ***; the bytes below show the masked values.
report-summary = Summary
report-col-number = #
report-col-endpoint = Endpoint
report-col-verdict = Verdict
report-col-cause = Most likely cause
report-col-time = Time
report-col-address = Address
report-col-pid = PID
report-col-process = Process
report-none = —
report-tally = { $failed ->
        [0] { $total ->
                [one] The endpoint is fine.
               *[other] All { $total } endpoints are fine.
            }
       *[other] { $failed } of { $total } failing.
    }
report-resolved = Resolved to
report-peer = Connected to
report-certificate = Certificate
report-trust = Trusted by
report-trust-value = this machine's OS store: { $os }; Mozilla bundle: { $mozilla }; --ca-file: { $cafile }
report-trust-accepted = accepted
report-trust-rejected = rejected
report-trust-absent = not used
report-chain = Chain as sent
report-chain-link = { $index }. { $subject } ← { $issuer }
report-certificate-value = { $subject }, issued by { $issuer }, valid { $from } to { $until }; names: { $names }
report-certificate-expires-soon = { $count ->
        [0] expires today: if it renews automatically, renewal is failing (sudo certbot renew --dry-run shows why)
        [one] expires in { $count } day: if it renews automatically, renewal is failing (sudo certbot renew --dry-run shows why)
       *[other] expires in { $count } days: if it renews automatically, renewal is failing (sudo certbot renew --dry-run shows why)
    }
report-causes = Likely causes
report-no-causes = Nothing to fix: the endpoint answered as it should.
report-likelihood = { $percent }% likely
report-evidence = Evidence
report-fix = How to fix
report-timings = Timings
report-phase-dns = DNS
report-phase-connect = Connect
report-phase-tls = TLS
report-phase-handshake = Handshake
report-phase-total = Total
report-duration = { $ms } ms
report-bytes = Bytes exchanged
report-bytes-sent = { $count ->
        [one] Sent: { $count } byte
       *[other] Sent: { $count } bytes
    }
report-bytes-received = { $count ->
        [one] Received: { $count } byte
       *[other] Received: { $count } bytes
    }
report-bytes-none = No bytes were exchanged.
report-bytes-truncated = The reply was cut at { $count } bytes; the server sent more.
report-bytes-shortened = Showing the first { $shown } of { $count } bytes; the HTML and JSON reports hold them all.

## Report files and their command-line options

report-error-format = Cannot write a report to { $path }: use a file ending in .html, .md or .json.
report-cli-help-include-secrets = Keep passwords, tokens and cookies in the --report file (masked by default, so the report is safe to share)

## Profiles
## Variables: $path (the profile file), $detail (what went wrong)

profile-unsaved = the profile text
profile-error-read = Cannot read the profile { $path }: { $detail }
profile-error-syntax = { $path }, line { $line }, column { $column }: { $detail }
profile-error-invalid = { $path } is not a valid profile: { $detail }
profile-error-version = { $path }: version = { $version } is not a profile format. Write version = 1.
profile-error-write = Cannot save the profile to { $path }: { $detail }. The file on disk is unchanged.
profile-error-refused-overwrite = Not saving over { $path }: it is not a profile netdoctor can read, and saving would destroy it. Fix it by hand or save under another name. ({ $detail })
profile-error-serialize = Cannot write the profile as TOML: { $detail }
profile-error-endpoint = Endpoint “{ $name }” in { $path }: { $detail }
profile-error-endpoint-timeout = timeout_ms = { $ms } is out of range; use 1 to { $max }.
profile-error-empty = The profile { $path } has no endpoints. Add [[endpoint]] tables with a name and a url.
profile-warning-newer-version = { $path } was written by a newer netdoctor (profile format { $version }; this one reads format { $supported }). Settings it does not know are kept but have no effect.
# Heading of the error line the user pasted from their own client.
report-reported = Your client reported
