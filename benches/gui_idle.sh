#!/usr/bin/env bash
# Startup and idle CPU of the real window under Xvfb.
#   benches/gui_idle.sh [path/to/netdoctor]     (default: target/release/netdoctor)
# Needs: Xvfb and xdotool (apt-get install -y xvfb xdotool).
# Prints: time from launch until the window is mapped (an upper bound on the first
# frame) and the CPU seconds the process uses over 10 s with nothing happening.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/netdoctor}"
display=":$((90 + RANDOM % 9))"
config="$(mktemp -d)"
app=""
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp -noreset >"$config/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $app "$xvfb" 2>/dev/null || true; rm -rf "$config"' EXIT
ready=""
for _ in $(seq 200); do
    if xdpyinfo -display "$display" >/dev/null 2>&1; then ready=1; break; fi
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.05
done
[ -n "$ready" ] || { echo "Xvfb did not start:" >&2; cat "$config/xvfb.log" >&2; exit 1; }

ticks=$(getconf CLK_TCK)
start=$(date +%s.%N)
DISPLAY="$display" NETDOCTOR_CONFIG_DIR="$config" LANG=C "$bin" &
app=$!
window=""
for _ in $(seq 600); do
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name '^netdoctor$' 2>/dev/null | head -n1 || true)
    [ -n "$window" ] && break
    sleep 0.005
done
mapped=$(date +%s.%N)
[ -n "$window" ] || { echo "window never appeared" >&2; exit 1; }
echo "startup_ms=$(echo "($mapped - $start) * 1000" | bc -l | xargs printf '%.0f')"

# Let the first frames settle, then measure 10 s of idling.
sleep 2
cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; }
before=$(cpu)
sleep 10
after=$(cpu)
echo "idle_cpu_s_over_10s=$(echo "($after - $before) / $ticks" | bc -l | xargs printf '%.3f')"
