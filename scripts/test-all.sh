#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (this is what .ci/run calls).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
scripts/install-deps.sh
installed=$SECONDS
scripts/build.sh
built=$SECONDS
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
echo "test-all: install $((installed - start)) s, build $((built - installed)) s, tests $((SECONDS - built)) s" >&2
# The same command once more, on a minimal Debian 12 root built with debootstrap (about
# half an hour): proves that nothing on this machine but what install-deps.sh brings is used.
if [ "${COEXPLAN_FRESH_MACHINE_TEST:-0}" = 1 ]; then
    scripts/fresh-machine-test.sh
fi
