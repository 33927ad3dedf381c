#!/usr/bin/env bash
# Build the Linux packages of netdoctor:
#   target/dist/netdoctor_<version>-1_<arch>.deb          (cargo-deb, [package.metadata.deb])
#   target/dist/netdoctor-<version>-1.<arch>.rpm          (cargo-generate-rpm, [package.metadata.generate-rpm])
#   target/dist/netdoctor-<version>-<arch>-linux.tar.gz   (binary + desktop entry + icons + metainfo)
#
# Needs: a Rust toolchain, cargo-deb and cargo-generate-rpm (installed with
# `dist/build-linux.sh --install-tools`, at the versions pinned below),
# dpkg-dev for dpkg-shlibdeps and rpm for find-requires (`apt-get install
# dpkg-dev rpm`). Downloads nothing
# but crates (the same as `cargo build`). One release build serves every
# package. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# The packagers, pinned: a new release can change file layout or metadata keys.
CARGO_DEB_VERSION=3.8.0
CARGO_GENERATE_RPM_VERSION=0.21.1

die() { echo "build-linux: $*" >&2; exit 1; }
command -v cargo >/dev/null || die "cargo not found (install Rust 1.95 or newer)"
# `cargo install --list` prints "name vX.Y.Z:" per installed crate.
installed() {
    local list
    list=$(cargo install --list)
    grep -q "^$1 v$2:" <<<"$list"
}
if [[ "${1:-}" == "--install-tools" ]]; then
    installed cargo-deb "$CARGO_DEB_VERSION" ||
        cargo install cargo-deb --version "=$CARGO_DEB_VERSION" --locked
    installed cargo-generate-rpm "$CARGO_GENERATE_RPM_VERSION" ||
        cargo install cargo-generate-rpm --version "=$CARGO_GENERATE_RPM_VERSION" --locked
fi
installed cargo-deb "$CARGO_DEB_VERSION" ||
    die "cargo-deb $CARGO_DEB_VERSION not found: dist/build-linux.sh --install-tools"
installed cargo-generate-rpm "$CARGO_GENERATE_RPM_VERSION" ||
    die "cargo-generate-rpm $CARGO_GENERATE_RPM_VERSION not found: dist/build-linux.sh --install-tools"
command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps not found: apt-get install dpkg-dev"
[[ -x /usr/lib/rpm/find-requires ]] || die "/usr/lib/rpm/find-requires not found: apt-get install rpm"

version=$(grep -m 1 '^version = ' Cargo.toml | sed 's/^version = "\(.*\)"$/\1/')
[[ -n "$version" ]] || die "no version in Cargo.toml"
target_dir=${CARGO_TARGET_DIR:-target}
out="$target_dir/dist"
mkdir -p "$out"

# 1. The release binary (profile.release: LTO, one codegen unit, stripped), with the GUI.
echo "build-linux: cargo build --release (netdoctor $version)"
cargo build --release --features gui --bin netdoctor
bin="$target_dir/release/netdoctor"
[[ -x "$bin" ]] || die "$bin was not built"

# 2. The .deb, from the binary just built.
echo "build-linux: cargo deb"
rm -f "$out"/netdoctor_*.deb
cargo deb --no-build --output "$out/"
deb=$(ls "$out"/netdoctor_"$version"-*.deb)

# 3. The .rpm, from the same binary. Requires: the dlopen'ed libraries by soname
#    (Cargo.toml) plus what rpm's own find-requires reads from the binary (glibc,
#    with symbol versions), as rpmbuild would.
echo "build-linux: cargo generate-rpm"
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
rm -f "$out"/netdoctor-*.rpm
cargo generate-rpm --auto-req /usr/lib/rpm/find-requires --source-date "$epoch" --output "$out/"
rpm=$(ls "$out"/netdoctor-"$version"-*.rpm)

# 4. The .tar.gz. Its top folder is laid out as a prefix (bin/, share/), so
#    `tar -xzf netdoctor-*.tar.gz -C ~/.local --strip-components=1` installs it
#    for one user; dist/linux/README-tarball.txt says so inside the archive.
arch=$(uname -m)
name="netdoctor-$version-$arch-linux"
stage="$target_dir/dist/stage/$name"
rm -rf "$target_dir/dist/stage"
install -D -m 755 "$bin" "$stage/bin/netdoctor"
install -D -m 644 dist/linux/io.github.netdoctor.Netdoctor.desktop \
    "$stage/share/applications/io.github.netdoctor.Netdoctor.desktop"
install -D -m 644 dist/linux/io.github.netdoctor.Netdoctor.metainfo.xml \
    "$stage/share/metainfo/io.github.netdoctor.Netdoctor.metainfo.xml"
for icon in assets/icons/hicolor/*/apps/netdoctor.*; do
    install -D -m 644 "$icon" "$stage/share/icons/${icon#assets/icons/}"
done
install -D -m 644 README.md "$stage/share/doc/netdoctor/README.md"
install -D -m 644 LICENSE-MIT "$stage/share/doc/netdoctor/LICENSE-MIT"
install -D -m 644 LICENSE-APACHE "$stage/share/doc/netdoctor/LICENSE-APACHE"
install -D -m 644 assets/fonts/OFL.txt "$stage/share/doc/netdoctor/OFL-NotoSansCJK.txt"
install -D -m 644 dist/linux/README-tarball.txt "$stage/README.txt"

# Same bytes for the same inputs: fixed order, owner and time stamps.
tarball="$out/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C "$target_dir/dist/stage" -cf - "$name" | gzip -9n > "$tarball"
rm -rf "$target_dir/dist/stage"

size() { stat -c %s "$1"; }
human() { numfmt --to=iec-i --suffix=B "$1"; }
echo "build-linux: binary   $bin  $(size "$bin") bytes ($(human "$(size "$bin")"))"
echo "build-linux: deb      $deb  $(size "$deb") bytes ($(human "$(size "$deb")"))"
echo "build-linux: rpm      $rpm  $(size "$rpm") bytes ($(human "$(size "$rpm")"))"
echo "build-linux: tarball  $tarball  $(size "$tarball") bytes ($(human "$(size "$tarball")"))"
