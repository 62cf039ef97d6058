#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++ (-fsanitize=fuzzer,address) and runs each
# for a bounded time, seeded with the golden import inputs. Any crash, leak or
# sanitizer report fails the run; the reproducer is left in BUILD/artifacts/.
# Usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
src=$(cd "$1" && pwd)
build=$2
seconds=${3:-20}
command -v clang++ >/dev/null || { echo "clang++ is missing: run scripts/install-deps.sh" >&2; exit 1; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$src/tests/fuzz/standalone" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" -j2

seeds="$build/seeds"
rm -rf "$seeds" && mkdir -p "$seeds" "$build/artifacts"
n=0
for f in "$src"/tests/data/imports/*/input*; do
    n=$((n + 1))
    cp "$f" "$seeds/seed-$n"
done

status=0
for target in textdecoding formatlist formattable autodiscoverxml planimport; do
    corpus="$build/corpus-$target"
    rm -rf "$corpus" && mkdir -p "$corpus"
    echo "== fuzz_$target: ${seconds}s" >&2
    if ! "$build/fuzz_$target" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 2>"$build/fuzz_$target.log"; then
        echo "fuzz_$target FAILED:" >&2
        tail -n 60 "$build/fuzz_$target.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units' "$build/fuzz_$target.log" >&2 || true
    fi
done
exit $status
