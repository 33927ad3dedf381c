#!/usr/bin/env bash
# Package check, end to end, on a fresh Debian or Ubuntu machine, as root:
#   install the tools, build the .deb, .rpm and .tar.gz from one release binary
#   (dist/build-linux.sh), read the .rpm's header and file list with rpm, install
#   the .deb with dpkg, run the installed `netdoctor check --json` against a
#   loopback HTTP server, open the installed desktop app under Xvfb and take a
#   screenshot (target/ci-screenshot.png), read its accessibility tree over
#   AT-SPI (dist/a11y-check.sh), and validate the shipped desktop entry and
#   AppStream metainfo.
#
# Exits non-zero at the first failure. Network: only crates.io and the Debian
# archive (through cargo and apt-get), and 127.0.0.1; Xvfb listens on no TCP port.
#
#   NETDOCTOR_KEEP_INSTALLED=1   leave the package installed afterwards
#                                (by default it is removed again when all passed)
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
ok() { passed=$((passed + 1)); echo "ci-package: ok    $*"; }
fail() {
    echo "ci-package: FAIL  $*" >&2
    echo "ci-package: $passed passed, 1 failed"
    exit 1
}
step() { echo; echo "ci-package: == $* =="; }

[[ $(id -u) -eq 0 ]] || fail "run as root: it installs packages with apt-get and dpkg"
command -v cargo >/dev/null || fail "cargo not found: install Rust 1.95 or newer"

tmp=$(mktemp -d /tmp/netdoctor-ci.XXXXXX)
http_pid="" xvfb_pid="" gui_pid=""
cleanup() {
    for pid in "$gui_pid" "$xvfb_pid" "$http_pid"; do
        if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; fi
    done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# Waits until "$@" succeeds, polling every 0.2 s for at most $limit seconds.
# $alive (a pid) may name a process whose death ends the wait early.
wait_for() {
    local limit=$1 alive=$2
    shift 2
    local deadline=$((SECONDS + limit))
    until "$@" >/dev/null 2>&1; do
        if [[ -n "$alive" ]] && ! kill -0 "$alive" 2>/dev/null; then return 2; fi
        if ((SECONDS >= deadline)); then return 1; fi
        sleep 0.2
    done
}

version=$(grep -m 1 '^version = ' Cargo.toml | sed 's/^version = "\(.*\)"$/\1/')
desktop_id=io.github.netdoctor.Netdoctor
prefix=/usr
# Opened with dlopen by winit/glutin/xkbcommon-dl, so no linker records them: both
# packages must name them (the .deb by package, the .rpm by soname).
dlopen_sonames=(libX11.so.6 libX11-xcb.so.1 libxcb.so.1 libXcursor.so.1 libXi.so.6
    libxkbcommon.so.0 libxkbcommon-x11.so.0 libGL.so.1 libEGL.so.1
    libwayland-client.so.0 libwayland-cursor.so.0 libwayland-egl.so.1)

# ---------------------------------------------------------------------------
step "tools"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# xvfb: X server; xdotool: find the window; x11-utils: xdpyinfo, xprop;
# imagemagick: import (screenshot), identify; dpkg-dev: dpkg-shlibdeps for cargo-deb;
# dbus, at-spi2-core, python3-pyatspi: read the window as a screen reader does;
# rpm: find-requires for cargo-generate-rpm, and rpm -qp to read the package.
apt-get install -y -q --no-install-recommends \
    xvfb xauth xdotool x11-utils imagemagick desktop-file-utils appstream \
    dpkg-dev rpm binutils python3 ca-certificates dbus at-spi2-core python3-pyatspi
ok "tools: $(appstreamcli --version), $(rpm --version)"

# ---------------------------------------------------------------------------
step "build"
# --install-tools: cargo-deb and cargo-generate-rpm at the versions the script pins.
dist/build-linux.sh --install-tools
deb=$(ls target/dist/netdoctor_"$version"-*.deb)
rpm_file=$(ls target/dist/netdoctor-"$version"-*.rpm)
tarball=$(ls target/dist/netdoctor-"$version"-*-linux.tar.gz)
ok "built $deb, $rpm_file and $tarball"
tar -tzf "$tarball" >"$tmp/tarball.txt"
grep -q "/bin/netdoctor$" "$tmp/tarball.txt" || fail "tarball has no bin/netdoctor"
grep -q "/share/applications/$desktop_id.desktop$" "$tmp/tarball.txt" || fail "tarball has no desktop entry"
grep -q "/share/metainfo/$desktop_id.metainfo.xml$" "$tmp/tarball.txt" || fail "tarball has no metainfo"
grep -q "/share/doc/netdoctor/LICENSE-MIT$" "$tmp/tarball.txt" || fail "tarball has no licence"
grep -q "/share/icons/hicolor/256x256/apps/netdoctor.png$" "$tmp/tarball.txt" || fail "tarball has no icons"
ok "tarball holds the binary, desktop entry, metainfo and icons"

# ---------------------------------------------------------------------------
step "rpm"
info=$(rpm -qip "$rpm_file" 2>&1) || { echo "$info"; fail "rpm -qip $rpm_file"; }
rpm_field() { sed -n "s/^$1 *: //p" <<<"$info" | head -n 1; }
[[ "$(rpm_field Name)" == netdoctor ]] || { echo "$info"; fail "rpm Name is not netdoctor"; }
[[ "$(rpm_field Version)" == "$version" ]] || { echo "$info"; fail "rpm Version is not $version"; }
[[ "$(rpm_field Architecture)" == "$(uname -m)" ]] || { echo "$info"; fail "rpm Architecture is not $(uname -m)"; }
[[ "$(rpm_field License)" == "MIT OR Apache-2.0" ]] || { echo "$info"; fail "rpm License is not MIT OR Apache-2.0"; }
ok "rpm -qip: $(rpm_field Name) $(rpm_field Version)-$(rpm_field Release) $(rpm_field Architecture), $(rpm_field License)"

files=$(rpm -qlp "$rpm_file")
expected=("$prefix/bin/netdoctor"
    "$prefix/share/applications/$desktop_id.desktop"
    "$prefix/share/metainfo/$desktop_id.metainfo.xml"
    "$prefix/share/icons/hicolor/scalable/apps/netdoctor.svg"
    "$prefix/share/licenses/netdoctor/LICENSE-MIT"
    "$prefix/share/licenses/netdoctor/LICENSE-APACHE"
    "$prefix/share/licenses/netdoctor/OFL-NotoSansCJK.txt"
    "$prefix/share/doc/netdoctor/README.md")
for n in 16 24 32 48 64 128 256 512; do
    expected+=("$prefix/share/icons/hicolor/${n}x$n/apps/netdoctor.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$files" || { echo "$files"; fail "rpm lacks $f"; }
done
ok "rpm -qlp: binary, desktop entry, metainfo, 8 PNG icons + SVG, 3 licences, README"
modes=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm_file")
grep -qx -- "-rwxr-xr-x $prefix/bin/netdoctor" <<<"$modes" || { echo "$modes"; fail "rpm: $prefix/bin/netdoctor is not 755"; }
ok "rpm: $prefix/bin/netdoctor is -rwxr-xr-x"

# Requires: exactly the dlopen'ed sonames (the .deb's hand-written Depends), plus
# the libraries the binary links (ELF NEEDED), nothing else.
requires=$(rpm -qp --requires "$rpm_file")
for so in "${dlopen_sonames[@]}"; do
    grep -qxF "$so()(64bit)" <<<"$requires" || { echo "$requires"; fail "rpm does not require $so"; }
done
is_dlopened() {
    local so
    for so in "${dlopen_sonames[@]}"; do [[ "$so" == "$1" ]] && return 0; done
    return 1
}
needed=$(objdump -p target/release/netdoctor | sed -n 's/^ *NEEDED *//p')
while read -r req; do
    # rpmlib(...): features of rpm itself; rtld(GNU_HASH): the dynamic loader's hash style.
    [[ -z "$req" || "$req" == rpmlib\(* || "$req" == rtld\(* ]] && continue
    so=${req%%(*}
    if is_dlopened "$so"; then continue; fi
    grep -qxF "$so" <<<"$needed" || { echo "$requires"; fail "rpm requires $req, which neither the binary links nor the app opens"; }
done <<<"$requires"
while read -r so; do
    grep -q "^$so" <<<"$requires" || { echo "$requires"; fail "rpm does not require $so, which the binary links"; }
done <<<"$needed"
ok "rpm requires the ${#dlopen_sonames[@]} dlopen'ed sonames and the $(wc -l <<<"$needed") linked ones ($(tr '\n' ' ' <<<"$needed"| sed 's/ $//')), nothing else"
recommends=$(rpm -qp --recommends "$rpm_file")
[[ "$recommends" == "(xdg-desktop-portal or zenity)" ]] || fail "rpm recommends: $recommends"
ok "rpm recommends $recommends"

# ---------------------------------------------------------------------------
step "install"
if ! dpkg -i "$deb"; then
    echo "ci-package: dpkg -i left dependencies to install; apt-get install -f"
fi
apt-get install -f -y -q --no-install-recommends
status=$(dpkg-query -W -f='${Status} ${Version}' netdoctor)
[[ "$status" == "install ok installed $version-"* ]] || fail "package state: $status"
ok "dpkg: netdoctor $status"

for f in "$prefix/bin/netdoctor" \
    "$prefix/share/applications/$desktop_id.desktop" \
    "$prefix/share/metainfo/$desktop_id.metainfo.xml" \
    "$prefix/share/doc/netdoctor/copyright" \
    "$prefix/share/icons/hicolor/scalable/apps/netdoctor.svg"; do
    [[ -f "$f" ]] || fail "not installed: $f"
done
for n in 16 24 32 48 64 128 256 512; do
    [[ -f "$prefix/share/icons/hicolor/${n}x$n/apps/netdoctor.png" ]] || fail "no ${n}x$n icon installed"
done
[[ -x "$prefix/bin/netdoctor" ]] || fail "$prefix/bin/netdoctor is not executable"
ok "installed: binary, desktop entry, metainfo, copyright, 8 PNG icons + SVG"

# (Outputs go to variables first: `producer | grep -q` can fail under pipefail
# when grep stops reading early.)
linked=$(ldd "$prefix/bin/netdoctor")
if grep -q "not found" <<<"$linked"; then
    echo "$linked"
    fail "linked libraries missing"
fi
cache=$(ldconfig -p)
# The .deb names packages, the .rpm sonames: each soname the .rpm requires must come
# from a package the .deb depends on, so the two lists cannot drift apart.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
for so in "${dlopen_sonames[@]}"; do
    path=$(sed -n "s/^[[:space:]]*$so (.*) => //p" <<<"$cache" | head -n 1)
    [[ -n "$path" ]] || fail "runtime library $so is not installed"
    owner=$(dpkg -S "$(realpath "$path")" 2>/dev/null | head -n 1 | sed 's/:.*//') ||
        fail "no package owns $path"
    grep -qxF "$owner" <<<"$depends" || fail "$so comes from $owner, which the .deb does not depend on"
done
ok "libraries: linked ones resolve; the ${#dlopen_sonames[@]} dlopen'ed ones are installed, each from a package the .deb depends on"

out=$("$prefix/bin/netdoctor" --version)
[[ "$out" == *"$version"* ]] || fail "netdoctor --version said: $out"
ok "netdoctor --version: $out"

# ---------------------------------------------------------------------------
step "netdoctor check against a loopback server"
mkdir -p "$tmp/www"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$tmp/www" >"$tmp/http.log" 2>&1 &
http_pid=$!
wait_for 10 "$http_pid" grep -q " port [0-9]" "$tmp/http.log" || {
    cat "$tmp/http.log"
    fail "python3 -m http.server did not start"
}
port=$(grep -m 1 -o " port [0-9]*" "$tmp/http.log" | tr -dc 0-9)
target="ws://127.0.0.1:$port/"
# --no-followups: the follow-up probes are not needed for this verdict, and this
# keeps every connection on 127.0.0.1.
set +e
"$prefix/bin/netdoctor" check --json --no-followups --timeout 5000 "$target" >"$tmp/check.json" 2>"$tmp/check.err"
code=$?
set -e
kill "$http_pid" 2>/dev/null || true
wait "$http_pid" 2>/dev/null || true
http_pid=""
[[ $code -eq 1 ]] || { cat "$tmp/check.json" "$tmp/check.err"; fail "netdoctor check exited $code, expected 1"; }
grep -q '"verdict": "protocol-mismatch"' "$tmp/check.json" || {
    cat "$tmp/check.json"
    fail "no \"verdict\": \"protocol-mismatch\" in the JSON"
}
python3 - "$tmp/check.json" "$target" <<'EOF' || fail "JSON report is not what was expected"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schema"] == 1, doc["schema"]
(result,) = doc["results"]
assert result["target"] == sys.argv[2], result["target"]
assert result["verdict"] == "protocol-mismatch", result["verdict"]
assert result["causes"][0]["id"] == "protocol-mismatch.ws-to-http", result["causes"][0]["id"]
EOF
ok "netdoctor check --json $target: exit 1, verdict protocol-mismatch, cause protocol-mismatch.ws-to-http"

# ---------------------------------------------------------------------------
step "desktop app under Xvfb"
display=""
for n in $(seq 99 140); do
    if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then display=":$n"; break; fi
done
[[ -n "$display" ]] || fail "no free X display number in :99..:140"
# -noreset: by default Xvfb resets when its last client leaves, and a client that
# connects during the reset (the app, right after the xdpyinfo probe) is refused.
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for 15 "$xvfb_pid" xdpyinfo -display "$display" || {
    cat "$tmp/xvfb.log"
    fail "Xvfb $display did not start"
}
ok "Xvfb running on $display"

# A clean user: no saved state, no Wayland, English.
mkdir -p "$tmp/home"
env -u WAYLAND_DISPLAY DISPLAY="$display" HOME="$tmp/home" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_STATE_HOME="$tmp/home/.local/state" XDG_CACHE_HOME="$tmp/home/.cache" \
    LC_ALL=en_US.UTF-8 LANG=en_US.UTF-8 \
    "$prefix/bin/netdoctor" >"$tmp/gui.log" 2>&1 &
gui_pid=$!

find_window() {
    local ids
    ids=$(DISPLAY="$display" xdotool search --onlyvisible --name '^netdoctor') || return 1
    [[ -n "$ids" ]] && echo "${ids%%$'\n'*}"
}
if ! wait_for 30 "$gui_pid" find_window; then
    cat "$tmp/gui.log"
    cat "$tmp/xvfb.log"
    kill -0 "$gui_pid" 2>/dev/null || fail "netdoctor exited before its window appeared"
    fail "no netdoctor window within 30 s"
fi
win=$(find_window)
ok "window $win \"$(DISPLAY="$display" xdotool getwindowname "$win")\" appeared ($(DISPLAY="$display" xdotool getwindowgeometry "$win" | sed -n 's/ *Geometry: //p'))"

wm_class=$(DISPLAY="$display" xprop -id "$win" WM_CLASS)
startup_wm_class=$(sed -n 's/^StartupWMClass=//p' "$prefix/share/applications/$desktop_id.desktop")
[[ "$wm_class" == *"\"$startup_wm_class\""* ]] || fail "window $wm_class does not match StartupWMClass=$startup_wm_class"
ok "window class matches the desktop entry: $wm_class"

# Screenshot once the first frame is drawn: the root window of an empty Xvfb is
# one colour; the app's first frame (text, widgets) has many.
shot="$tmp/shot.png"
painted() {
    DISPLAY="$display" import -window root "$shot" && (($(identify -format %k "$shot") > 32))
}
wait_for 20 "$gui_pid" painted || {
    cat "$tmp/gui.log"
    fail "the window was not drawn within 20 s"
}
mkdir -p target
cp "$shot" target/ci-screenshot.png
ok "screenshot target/ci-screenshot.png ($(identify -format '%wx%h, %k colours' target/ci-screenshot.png))"

kill "$gui_pid"
gone() { ! kill -0 "$gui_pid" 2>/dev/null; }
wait_for 10 "" gone || fail "netdoctor did not exit within 10 s of SIGTERM"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
ok "app and Xvfb stopped"

# ---------------------------------------------------------------------------
step "what a screen reader sees"
a11y=$(dbus-run-session -- dist/a11y-check.sh "$prefix/bin/netdoctor" 2>"$tmp/a11y.log") || {
    grep -v '^dbus-daemon' "$tmp/a11y.log" >&2 || true
    fail "the installed app exposes no accessibility tree over AT-SPI"
}
ok "$a11y"

# ---------------------------------------------------------------------------
step "shipped metadata"
# Hints count too: one of them (two main categories) means the app is listed twice.
notes=$(desktop-file-validate "$prefix/share/applications/$desktop_id.desktop" 2>&1) ||
    { echo "$notes"; fail "desktop-file-validate $prefix/share/applications/$desktop_id.desktop"; }
[[ -z "$notes" ]] || { echo "$notes"; fail "desktop-file-validate has notes on the desktop entry"; }
ok "desktop-file-validate $prefix/share/applications/$desktop_id.desktop: no errors, warnings or hints"
appstreamcli validate --no-net "$prefix/share/metainfo/$desktop_id.metainfo.xml" ||
    fail "appstreamcli validate --no-net $prefix/share/metainfo/$desktop_id.metainfo.xml"
ok "appstreamcli validate --no-net $prefix/share/metainfo/$desktop_id.metainfo.xml"
grep -q "^Icon=netdoctor$" "$prefix/share/applications/$desktop_id.desktop" || fail "desktop entry: Icon is not netdoctor"
grep -q "^Exec=netdoctor$" "$prefix/share/applications/$desktop_id.desktop" || fail "desktop entry: Exec is not netdoctor"
grep -q "<launchable type=\"desktop-id\">$desktop_id.desktop</launchable>" \
    "$prefix/share/metainfo/$desktop_id.metainfo.xml" || fail "metainfo: launchable is not $desktop_id.desktop"
ok "desktop entry and metainfo agree: Icon=netdoctor, Exec=netdoctor, launchable $desktop_id.desktop"

# ---------------------------------------------------------------------------
if [[ -z "${NETDOCTOR_KEEP_INSTALLED:-}" ]]; then
    dpkg -r netdoctor >/dev/null
    ok "package removed again (NETDOCTOR_KEEP_INSTALLED=1 keeps it)"
fi
echo
echo "ci-package: $passed passed, 0 failed"
