#!/usr/bin/env bash
# Takes the README screenshots of the real desktop app, one per language:
# docs/screenshot-{en,ko,ja,ru,pt}.png, in a 1280×800 window. Runs the window on a virtual X server against a few
# loopback servers (traffic stays on 127.0.0.1), checks every endpoint with the
# keyboard (Ctrl+A, Ctrl+R), selects the first row (Up) and captures the window.
#
# Needs (Debian/Ubuntu):
#   apt-get install -y xvfb xdotool imagemagick python3
# Usage:
#   dist/screenshot.sh            # debug build
#   PROFILE=release dist/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in Xvfb xdotool import python3; do
    command -v "$tool" >/dev/null || {
        echo "screenshot: $tool not found (apt-get install -y xvfb xdotool imagemagick python3)" >&2
        exit 1
    }
done

profile="${PROFILE:-debug}"
if [[ "$profile" == release ]]; then cargo build --release; else cargo build; fi
bin="${CARGO_TARGET_DIR:-target}/$profile/netdoctor"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Loopback servers: an HTTP file server and an SSH-like banner server, each on a
# free port it picks itself and reports through a file; plus a port nobody listens on.
python3 - "$work" <<'PY' &
import functools, http.server, os, socket, socketserver, sys, threading

work = sys.argv[1]

def publish(name, port):
    with open(os.path.join(work, name + ".tmp"), "w") as f:
        f.write(str(port))
    os.rename(os.path.join(work, name + ".tmp"), os.path.join(work, name))

class Banner(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"SSH-2.0-OpenSSH_9.6p1 Debian-4\r\n")
        self.request.settimeout(10)
        try:
            while self.request.recv(4096):
                pass
        except OSError:
            pass

socketserver.ThreadingTCPServer.daemon_threads = True
banner = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Banner)
threading.Thread(target=banner.serve_forever, daemon=True).start()
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass  # the TLS ClientHello netdoctor sends to a plain server is expected noise

handler = functools.partial(Quiet, directory=work)
web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed = probe.getsockname()[1]
probe.close()
publish("banner.port", banner.server_address[1])
publish("closed.port", closed)
publish("http.port", web.server_address[1])
web.serve_forever()
PY
pids+=($!)

wait_for() { # file, what
    for _ in $(seq 100); do [[ -s "$1" ]] && return 0; sleep 0.1; done
    echo "screenshot: $2 did not start" >&2
    exit 1
}
wait_for "$work/http.port" "the loopback servers"
http_port="$(cat "$work/http.port")"
banner_port="$(cat "$work/banner.port")"
closed_port="$(cat "$work/closed.port")"

# The app's state file, seeded with the endpoints (same layout the app writes).
mkdir -p "$work/config"
cat >"$work/config/gui-state.json" <<JSON
{
  "version": 1,
  "window_size": [1280.0, 800.0],
  "endpoints": [
    {"id": 1, "name": "chat", "url": "ws://127.0.0.1:$http_port/chat", "timeout_ms": 2000},
    {"id": 2, "name": "web", "url": "http://127.0.0.1:$http_port/", "timeout_ms": 2000},
    {"id": 3, "name": "api", "url": "tcp://127.0.0.1:$closed_port", "timeout_ms": 2000},
    {"id": 4, "name": "admin", "url": "https://127.0.0.1:$http_port/", "timeout_ms": 2000},
    {"id": 5, "name": "events", "url": "ws://127.0.0.1:$banner_port/events", "timeout_ms": 2000}
  ]
}
JSON

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1050x24 -nolisten tcp -noreset &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

mkdir -p docs
shoot() { # lang, output
    NETDOCTOR_CONFIG_DIR="$work/config" "$bin" --lang "$1" &
    local app=$!
    local wid
    wid="$(timeout 60 xdotool search --sync --onlyvisible --name '^netdoctor$' | head -n1)"
    xdotool windowfocus --sync "$wid"
    sleep 1 # let the first frames settle before typing
    xdotool key ctrl+a ctrl+r
    sleep 8 # every check (follow-ups included) ends within the 2 s timeouts
    xdotool key Up
    xdotool mousemove 1599 1049
    sleep 1
    import -window "$wid" "$2"
    kill "$app"
    wait "$app" || true
    echo "screenshot: wrote $2"
}
for lang in en ko ja ru pt; do
    shoot "$lang" "docs/screenshot-$lang.png"
done
