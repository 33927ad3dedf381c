## Desktop app

gui-window-title = netdoctor

## Starting the window
## Variables: $error (what the windowing system said)

gui-error-no-display = Cannot open the window: no display is available ({ $error }). Without a display, use the command line instead: netdoctor check <URL>
gui-error-start = Cannot open the window: { $error }. The command line works without a window: netdoctor check <URL>
gui-error-worker = Cannot start the probe engine: { $error }
# $path: where the damaged file was moved
gui-error-state-damaged = The saved endpoint list could not be read ({ $error }); it was moved to { $path } and the app starts empty.

## Menus

gui-menu-file = File
gui-menu-open-profile = Open profile…
gui-menu-save-profile = Save profile
gui-menu-export-report = Export report…
gui-menu-quit = Quit
gui-menu-edit = Edit
gui-menu-undo-delete = Undo delete
gui-menu-select-all = Select all
gui-menu-copy-summary = Copy summary
gui-menu-language = Language

## Toolbar

gui-check-all = Check all
gui-check-selected = Check selected
gui-cancel = Cancel
gui-filter-label = Filter
gui-filter-hint = name, URL or verdict
gui-add-label = New endpoint
gui-add-hint = ws://127.0.0.1:8080/chat
gui-add-button = Add

## Endpoint table

gui-col-status = Status
gui-col-name = Name
gui-col-target = Target
gui-col-verdict = Verdict
gui-col-cause = Likely cause
gui-col-time = Time
gui-status-not-checked = not checked
gui-status-queued = waiting
gui-status-cancelled = cancelled
gui-empty-list = No endpoints yet. Type a URL above and press Enter.
gui-no-match = No endpoint matches the filter.
# $ms: a duration, already formatted
gui-ms = { $ms } ms

## Actions on endpoints

gui-recheck = Re-check
gui-duplicate = Duplicate
gui-delete = Delete
gui-undo = Undo
gui-copy = Copy

## Detail pane

gui-detail-none = Select an endpoint to see its diagnosis.
gui-detail-not-checked = Not checked yet. Press Re-check or Ctrl+R.
# $phase: the phase the check is in (resolving, connecting, …)
gui-detail-running = Checking: { $phase }
gui-resolved = Resolved to { $addrs }
gui-peer = Connected to { $peer }
gui-causes = Likely causes
gui-cause-score = { $percent }% likely
gui-evidence = Evidence
gui-fix = How to fix
gui-timeline = Timeline
gui-phase-dns = DNS
gui-phase-connect = Connect
gui-phase-tls = TLS
gui-phase-handshake = Handshake
gui-phase-total = Total
gui-phase-not-run = not run

## Raw bytes

gui-bytes = Bytes exchanged
gui-bytes-sent = { $count ->
        [one] Sent: { $count } byte
       *[other] Sent: { $count } bytes
    }
gui-bytes-received = { $count ->
        [one] Received: { $count } byte
       *[other] Received: { $count } bytes
    }
gui-bytes-none = nothing
gui-bytes-truncated = Truncated: the capture limit cut the bytes here.
gui-view-hex = Hex
gui-view-text = Text
gui-copy-hex = Copy hex
gui-copy-text = Copy text

## Endpoint settings

gui-edit = Endpoint settings
gui-edit-name = Name
gui-edit-url = URL
gui-edit-expect-ips = Expected IPs
gui-edit-expect-ips-hint = comma-separated, e.g. 203.0.113.7
gui-edit-timeout = Timeout (ms)
gui-edit-timeout-hint = default 5000
gui-edit-save = Save
gui-edit-revert = Revert
gui-error-ip = “{ $value }” is not an IP address.
gui-error-timeout = “{ $value }” is not a timeout: use a whole number of milliseconds from 1 to 600000.

## Status bar

gui-count = { $total ->
        [one] { $shown } of { $total } endpoint
       *[other] { $shown } of { $total } endpoints
    }
gui-selected = { $count } selected
gui-running = { $count ->
        [one] checking { $count } endpoint
       *[other] checking { $count } endpoints
    }
gui-deleted = { $count ->
        [one] { $count } endpoint deleted
       *[other] { $count } endpoints deleted
    }
gui-save-error = Cannot save the endpoint list: { $error }

## Profiles and reports (File menu, file dialogs, banners)

gui-menu-save-profile-as = Save profile as…
gui-menu-recent = Recent profiles
gui-menu-undo-replace = Undo replace
# $count: how many endpoints are selected
gui-report-selected-only = Reports: selected endpoints only ({ $count })
gui-report-include-secrets = Reports: include secrets (passwords, tokens, cookies)
gui-copy-markdown = Copy as Markdown
gui-copy-markdown-hint = Copies a Markdown report of the checked endpoints, ready to paste into an issue or a chat. Scope and secrets as set in the File menu.
gui-dismiss = Dismiss
# $name: the profile's name, or its file name
gui-profile = Profile: { $name }
# $count: how many endpoints the list had before another list replaced it
gui-replaced = { $count ->
        [one] List of { $count } endpoint replaced
       *[other] List of { $count } endpoints replaced
    }
gui-edit-tags = Tags
gui-edit-tags-hint = comma-separated, e.g. prod, eu
gui-edit-notes = Notes
gui-dialog-open-title = Open profile
gui-dialog-open-intro = Replaces the endpoint list with the profile's endpoints. Undo (Ctrl+Z) brings the current list back.
gui-dialog-open = Open
gui-dialog-save-title = Save profile
gui-dialog-save-intro = Saves the endpoint list as a TOML profile. A profile it replaces is kept beside it, with .bak added to its name.
gui-dialog-save = Save
gui-dialog-export-title = Export report
gui-dialog-export-intro = The file's extension chooses the format: .html, .md or .json.
gui-dialog-export = Export
gui-dialog-cancel = Cancel
gui-file-path = Path
gui-file-hint-profile = ~/profiles/staging.toml
gui-file-hint-report = ~/netdoctor-report.html
gui-file-browse = Browse…
gui-file-browsing = Waiting for the file chooser…
gui-file-none-chosen = No file was chosen. If no file chooser appeared (some desktops have none), type the path above.
gui-file-no-path = Type the path of a file, or use Browse…
gui-filter-profile = netdoctor profile
gui-filter-html = HTML page
gui-filter-markdown = Markdown
gui-filter-json = JSON
# $count: how many endpoints the report covers
gui-report-scope = { $count ->
        [one] The report covers { $count } endpoint.
       *[other] The report covers { $count } endpoints.
    }
gui-report-unchecked = { $count ->
        [one] { $count } of them is not checked yet and will be left out.
       *[other] { $count } of them are not checked yet and will be left out.
    }
gui-confirm-replace-title = Replace this file?
# $backup: where the replaced file is kept
gui-confirm-replace-backup = If you replace it anyway, its current contents are kept as { $backup }.
gui-confirm-replace = Replace anyway
# $path: the profile file
gui-recent-missing = The profile { $path } no longer exists; it was removed from the recent profiles.
# $name: profile name; $count: endpoints loaded; $path: the file
gui-profile-opened = { $count ->
        [one] Opened profile “{ $name }” with { $count } endpoint from { $path }.
       *[other] Opened profile “{ $name }” with { $count } endpoints from { $path }.
    }
gui-profile-saved = { $count ->
        [one] Saved { $count } endpoint to { $path }.
       *[other] Saved { $count } endpoints to { $path }.
    }
gui-report-nothing = None of these endpoints has a result yet, so there is nothing to report. Check them first.
# $count: endpoints in the report; $skipped: endpoints left out because they were never checked
gui-report-saved = { $skipped ->
        [0] { $count ->
            [one] Saved the report of { $count } endpoint to { $path }.
           *[other] Saved the report of { $count } endpoints to { $path }.
        }
       *[other] { $count ->
            [one] Saved the report of { $count } endpoint to { $path }; { $skipped } not checked yet left out.
           *[other] Saved the report of { $count } endpoints to { $path }; { $skipped } not checked yet left out.
        }
    }
gui-report-copied = { $skipped ->
        [0] { $count ->
            [one] Copied the Markdown report of { $count } endpoint.
           *[other] Copied the Markdown report of { $count } endpoints.
        }
       *[other] { $count ->
            [one] Copied the Markdown report of { $count } endpoint; { $skipped } not checked yet left out.
           *[other] Copied the Markdown report of { $count } endpoints; { $skipped } not checked yet left out.
        }
    }
# $error: what the system said
gui-report-error = Cannot write the report to { $path }: { $error }

## Opening the state file
gui-notice-copy = Copy notice
gui-notice-state-newer = The saved endpoint list was written by a newer netdoctor (format version { $version }). It is kept unchanged at { $path }; this app saves its own version in its place.
gui-notice-state-capped = Some entries in { $path } were too long and were shortened (limits: names { $name } characters, URLs { $url } characters, { $count } endpoints).

## Detail tabs

gui-tab-diagnosis = Diagnosis
gui-tab-exchange = Exchange
gui-tab-history = History
gui-tab-server = Server
gui-server-hint-when = Commands to run on the server are offered when the connection is refused, times out or finds no route to the host.
gui-verdict-ok-warning = OK with a warning

## View menu

gui-menu-view = View
gui-view-check-on-add = Check new endpoints at once
gui-view-notify-changes = Notify when a watched endpoint changes

## Reproduce

gui-copy-curl = Copy as curl
gui-copy-websocat = Copy as websocat

## What the client reported

gui-reported-heading = Your client reported
# $verdict: netdoctor's verdict, e.g. "connection refused"
gui-reported-differs = netdoctor saw something different: its check ended with “{ $verdict }”.
gui-reported-differs-ok = netdoctor's check got through without this error. If your client still fails, compare the address, port and proxy it uses with the ones above.

## Protocol question (pasted host:port)

gui-ask-scheme-title = Which protocol?
# $target: host:port from the pasted text
gui-ask-scheme-text = The pasted text names { $target } but not the protocol spoken there. Check it as:
gui-ask-scheme-tcp = TCP connect
gui-ask-scheme-http = HTTP
gui-ask-scheme-https = HTTPS
gui-ask-scheme-ws = WebSocket (ws)
gui-ask-scheme-wss = WebSocket over TLS (wss)
gui-ask-scheme-skip = Skip this one
