#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (this is what .ci/run calls).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
# The same command once more, on a minimal Debian 12 root built with debootstrap (about
# 20 minutes): proves that nothing on this machine but what install-deps.sh brings is used.
if [ "${COEXPLAN_FRESH_MACHINE_TEST:-0}" = 1 ]; then
    scripts/fresh-machine-test.sh
fi
