# Watch mode: re-checking endpoints on a timer (app and `netdoctor check --watch`).

## App

watch-window-title-changed = • { $title }
watch-all = Watch all
watch-all-hint = Re-check every endpoint on a timer and mark changes of verdict
watch-interval = Interval (s)
watch-this = Watch
watch-start = Watch
watch-stop = Stop watching
watch-col-history = History
watch-every = { $count ->
        [one] every { $count } second
       *[other] every { $count } seconds
    }
watch-last-change = Last change: { $from } → { $to } at { $time }
watch-no-change = { $count ->
        [one] { $count } result, no change of verdict
       *[other] { $count } results, no change of verdict
    }
watch-plot-change = Verdict changed
watch-plot-ms = ms
watch-changed-notice = { $name }: verdict changed: { $from } → { $to } at { $time }
# Desktop notification under the endpoint's name, when the window is not focused.
watch-notify-body = Was { $from }, now { $to }

## Command line

watch-cli-help-watch = Re-check every SECONDS until Ctrl+C, printing a line for each change of verdict
watch-cli-help-count = With --watch: stop after N rounds
watch-cli-first = { $time }  { $target }  { $verdict } — { $detail }
watch-cli-changed = { $time }  { $target }  { $previous } → { $verdict } — { $detail }
watch-error-damaged = The watch history could not be read ({ $error }); it was moved to { $path } and watching starts afresh.
watch-error-damaged-kept = The watch history could not be read ({ $error }) nor moved aside, so it is left untouched and this session's history will not be saved.
