#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++ (-fsanitize=fuzzer,address) and runs each
# for a bounded time, seeded with the golden import inputs (the parsers) and with values
# that matter to XML, HTML and Markdown (the writers). Any crash, leak or
# sanitizer report fails the run; the reproducer is left in BUILD/artifacts/.
# Usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
src=$(cd "$1" && pwd)
build=$2
seconds=${3:-20}
command -v clang++ >/dev/null || { echo "clang++ is missing: run scripts/install-deps.sh" >&2; exit 1; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The whole project with clang++ and every target instrumented; only the fuzz programs
# (and what they link) are built.
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOEXPLAN_FUZZ=ON -DCOEXPLAN_BUILD_TESTS=OFF -DCOEXPLAN_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzzers -j2
bin="$build/tests/fuzz/targets"

seeds="$build/seeds"
rm -rf "$seeds" && mkdir -p "$seeds" "$build/artifacts"
n=0
for f in "$src"/tests/data/imports/*/input*; do
    n=$((n + 1))
    cp "$f" "$seeds/seed-$n"
done

status=0
# Seeds for the writers: plan values that matter to XML, HTML and Markdown.
writer_seeds="$build/writer-seeds"
rm -rf "$writer_seeds" && mkdir -p "$writer_seeds"
i=0
for v in '<script>alert(1)</script>' '"><img src=x onerror=alert(1)>' 'a & b < c' '*bold* _it_ `code` [l](u)' \
    'a #' '# heading' '| cell | x |' ']]> <!-- x -->' '&amp; &#x41;' 'C:\_x\y' '1. item' '- item' \
    "$(printf 'a\001\033[31mb')" "$(printf 'tab\there')" \
    "$(printf 'smile \360\237\230\200 plane 8 \362\242\242\242\r\rpsn\r #')"; do
    i=$((i + 1))
    printf '%s' "$v" >"$writer_seeds/seed-$i"
done

export LSAN_OPTIONS="suppressions=$src/tests/fuzz/lsan-suppressions.txt"
for target in textdecoding formatlist formattable autodiscoverxml planimport writers; do
    target_seeds=$seeds
    target_seconds=$seconds
    # The writers lay out and render whole documents (about 10 inputs a second under
    # ASan, against thousands for a parser): twice the time.
    [ "$target" = writers ] && target_seeds=$writer_seeds && target_seconds=$((2 * seconds))
    corpus="$build/corpus-$target"
    rm -rf "$corpus" && mkdir -p "$corpus"
    echo "== fuzz_$target: ${target_seconds}s" >&2
    if ! "$bin/fuzz_$target" "$corpus" "$target_seeds" -max_total_time="$target_seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 2>"$build/fuzz_$target.log"; then
        echo "fuzz_$target FAILED:" >&2
        tail -n 60 "$build/fuzz_$target.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units' "$build/fuzz_$target.log" >&2 || true
    fi
done
exit $status
