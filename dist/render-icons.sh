#!/usr/bin/env bash
# Render the launcher icons from assets/icon.svg (the single source of truth).
#
#   assets/icons/hicolor/<N>x<N>/apps/netdoctor.png   N = 16 24 32 48 64 128 256 512
#   assets/icons/hicolor/scalable/apps/netdoctor.svg  (copy of the source)
#   assets/icons/netdoctor.ico                        Windows: 16 24 32 48 64 256 (256 as PNG)
#   assets/icons/netdoctor.icns                       macOS:   16 32 48 128 256 512 1024
#
# Tools, all from Debian: librsvg2-bin (rsvg-convert), icoutils (icotool),
# icnsutils (png2icns). Run `dist/render-icons.sh --install-tools` as root to
# apt-get them first. The outputs are committed, so building packages does not
# need these tools; re-run this only after changing assets/icon.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--install-tools" ]]; then
    apt-get update
    apt-get install -y --no-install-recommends librsvg2-bin icoutils icnsutils
fi

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "render-icons: $tool not found (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    }
done

src=assets/icon.svg
out=assets/icons
sizes=(16 24 32 48 64 128 256 512)

mkdir -p "$out/hicolor/scalable/apps"
cp "$src" "$out/hicolor/scalable/apps/netdoctor.svg"

for n in "${sizes[@]}"; do
    dir="$out/hicolor/${n}x${n}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio \
        --format png --output "$dir/netdoctor.png" "$src"
done
png() { echo "$out/hicolor/$1x$1/apps/netdoctor.png"; }

# Windows .ico: small sizes as BMP entries (what old shells expect), 256 as PNG.
icotool --create --output "$out/netdoctor.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
    --raw="$(png 256)"

# macOS .icns: png2icns picks the icon type from each PNG's size (16, 32, 48,
# 128, 256, 512, 1024; 256 and up are stored as JPEG 2000, which macOS reads).
# 1024 (512@2x, the Retina Dock and Finder size) is rendered only for the .icns.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 1024 --height 1024 --keep-aspect-ratio \
    --format png --output "$tmp/netdoctor-1024.png" "$src"
png2icns "$out/netdoctor.icns" \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" \
    "$tmp/netdoctor-1024.png" >/dev/null

echo "render-icons: wrote $out/ (${sizes[*]} px PNGs, netdoctor.ico, netdoctor.icns)"
