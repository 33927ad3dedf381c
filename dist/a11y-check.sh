#!/usr/bin/env bash
# What a screen reader sees: starts BIN (default: the installed netdoctor) on its own
# Xvfb display with an AT-SPI bus, switches accessibility on as a screen reader
# does, and reads the app's accessibility tree through pyatspi. Passes when the
# window, the toolbar's buttons and the add field are there with their names.
#
# Run it inside a private session bus:   dbus-run-session -- dist/a11y-check.sh [BIN]
# Needs: Xvfb, at-spi2-core, python3-pyatspi (Debian), dbus.
set -euo pipefail
bin=${1:-/usr/bin/netdoctor}

tmp=$(mktemp -d /tmp/netdoctor-a11y.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# Waits until "$@" succeeds, polling every 0.1 s for at most $1 seconds.
wait_for() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

display=""
for n in $(seq 141 180); do
    if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then display=":$n"; break; fi
done
[[ -n "$display" ]] || { echo "a11y: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
wait_for 15 xdpyinfo -display "$display" || { cat "$tmp/xvfb.log" >&2; exit 1; }

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$tmp/bus.log" 2>&1 &
pids+=($!)
wait_for 15 busctl --user status org.a11y.Bus || { cat "$tmp/bus.log" >&2; exit 1; }
# What Orca does at start: tell applications that assistive technology is listening.
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true

mkdir -p "$tmp/home"
env -u WAYLAND_DISPLAY DISPLAY="$display" HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
    LC_ALL=C.UTF-8 LANG=C.UTF-8 "$bin" >"$tmp/app.log" 2>&1 &
pids+=($!)

# pyatspi lives in Debian's own Python, whatever else is first on PATH.
/usr/bin/python3 - <<'PY'
import sys, time
import pyatspi

WANTED = {
    ("frame", "netdoctor"),
    ("push button", "Check all"),
    ("entry", "New endpoint"),
    ("push button", "Add"),
}

def nodes(node, depth=0):
    if node is None or depth > 16:
        return
    yield node.getRoleName(), node.name or ""
    for i in range(node.childCount):
        yield from nodes(node.getChildAtIndex(i), depth + 1)

deadline = time.monotonic() + 30
seen = set()
while time.monotonic() < deadline:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (app.name or "").lower() == "netdoctor":
            try:
                seen = set(nodes(app))
            except Exception:
                seen = set()
    if WANTED <= seen:
        print(f"a11y: {len(seen)} named nodes, including " +
              ", ".join(f"{role} '{name}'" for role, name in sorted(WANTED)))
        sys.exit(0)
    time.sleep(0.2)
print(f"a11y: missing {sorted(WANTED - seen)}; saw {sorted(seen)[:40]}", file=sys.stderr)
sys.exit(1)
PY
