#!/usr/bin/env bash
# Builds assets/fonts/NotoSansCJK-netdoctor.otf: the subset of Noto Sans CJK JP
# (SIL Open Font License 1.1, see OFL.txt) that netdoctor's UI needs, so
# Korean, Japanese and Russian text renders in egui, whose default fonts have
# no Hangul, Kana or Kanji.
#
# Coverage: all 11,172 Hangul syllables and the compatibility Jamo, Hiragana,
# Katakana, CJK punctuation, full/half-width forms, the Kanji of JIS X 0208
# levels 1 and 2, Cyrillic, common punctuation, arrows and shapes, plus every
# character of every i18n/*/*.ftl file (so new translations are covered when
# this script is re-run; the font test in tests/gui.rs fails when it is due).
#
# Needs:   apt-get install -y fonts-noto-cjk python3
#          pip install fonttools
# Run from anywhere:  assets/fonts/subset.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
out="$here/NotoSansCJK-netdoctor.otf"
chars="$(mktemp)"
trap 'rm -f "$chars"' EXIT

python3 - "$root" "$chars" <<'PY'
import pathlib, sys

root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
ranges = [
    (0x0020, 0x007E), (0x00A0, 0x017F),   # Latin, Latin-1, Latin Extended-A
    (0x0400, 0x04FF),                     # Cyrillic
    (0x2000, 0x206F),                     # general punctuation
    (0x2190, 0x21FF), (0x2200, 0x22FF),   # arrows, maths
    (0x2460, 0x24FF),                     # enclosed numbers
    (0x25A0, 0x25FF), (0x2600, 0x26FF),   # shapes, symbols (where the font has them)
    (0x2713, 0x2713),                     # check mark
    (0x3000, 0x303F),                     # CJK symbols and punctuation
    (0x3040, 0x30FF), (0x31F0, 0x31FF),   # Hiragana, Katakana
    (0x3131, 0x318E),                     # Hangul compatibility Jamo
    (0xAC00, 0xD7A3),                     # every Hangul syllable
    (0xFF00, 0xFFEF),                     # half-width and full-width forms
]
chars = {chr(c) for lo, hi in ranges for c in range(lo, hi + 1)}
# JIS X 0208 rows 16-84 are the level-1 and level-2 Kanji; EUC-JP maps row r,
# cell c to the bytes (0xA0 + r, 0xA0 + c).
for row in range(16, 85):
    for cell in range(1, 95):
        try:
            chars.add(bytes([0xA0 + row, 0xA0 + cell]).decode("euc_jp"))
        except UnicodeDecodeError:
            pass  # unassigned cell at the end of level 2
for ftl in sorted(root.glob("i18n/*/*.ftl")):
    chars.update(ftl.read_text(encoding="utf-8"))
chars = {c for c in chars if c.isprintable()}
pathlib.Path(out).write_text("".join(sorted(chars)), encoding="utf-8")
print(f"{len(chars)} characters requested", file=sys.stderr)
PY

# --font-number=0 is the JP face of the collection; every face has the same
# repertoire. Hinting is dropped: egui does its own anti-aliasing.
pyftsubset "$src" \
    --font-number=0 \
    --text-file="$chars" \
    --layout-features='kern,liga,locl,ccmp,mark,mkmk,calt,palt' \
    --no-hinting \
    --name-IDs='*' \
    --name-languages='*' \
    --output-file="$out"
ls -l "$out"
