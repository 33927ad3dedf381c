#!/usr/bin/env bash
# Build the Linux packages of netdoctor:
#   target/dist/netdoctor_<version>-1_<arch>.deb          (cargo-deb, [package.metadata.deb])
#   target/dist/netdoctor-<version>-<arch>-linux.tar.gz   (binary + desktop entry + icons + metainfo)
#
# Needs: a Rust toolchain, cargo-deb (`cargo install cargo-deb --locked`), and
# dpkg-dev for dpkg-shlibdeps (`apt-get install dpkg-dev`). Downloads nothing
# but crates (the same as `cargo build`). See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "build-linux: $*" >&2; exit 1; }
command -v cargo >/dev/null || die "cargo not found (install Rust 1.95 or newer)"
cargo deb --version >/dev/null 2>&1 || die "cargo-deb not found: cargo install cargo-deb --locked"
command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps not found: apt-get install dpkg-dev"

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

# 3. The .tar.gz. Its top folder is laid out as a prefix (bin/, share/), so
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
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
tarball="$out/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C "$target_dir/dist/stage" -cf - "$name" | gzip -9n > "$tarball"
rm -rf "$target_dir/dist/stage"

size() { stat -c %s "$1"; }
human() { numfmt --to=iec-i --suffix=B "$1"; }
echo "build-linux: binary   $bin  $(size "$bin") bytes ($(human "$(size "$bin")"))"
echo "build-linux: deb      $deb  $(size "$deb") bytes ($(human "$(size "$deb")"))"
echo "build-linux: tarball  $tarball  $(size "$tarball") bytes ($(human "$(size "$tarball")"))"
