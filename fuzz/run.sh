#!/usr/bin/env bash
# Runs every fuzz target for a set time (default 300 s each) from the seed corpora.
#   fuzz/run.sh            # 300 s per target
#   fuzz/run.sh 3600       # an hour per target
# Needs cargo-fuzz (`cargo install cargo-fuzz`). On a stable toolchain the sanitizer
# flags need RUSTC_BOOTSTRAP=1, which this script sets for the fuzz build only.
# New inputs go to a scratch corpus so the committed seeds stay small; crashes land
# in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
scratch="${TMPDIR:-/tmp}/netdoctor-fuzz-corpus"
for target in target_parse reply_sniff profile_parse; do
    mkdir -p "$scratch/$target"
    echo "== $target for ${seconds}s"
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "$scratch/$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=4096 -print_final_stats=1
done
