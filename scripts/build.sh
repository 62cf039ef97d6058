#!/usr/bin/env bash
# Configures and builds CoexPlan into build/ (warnings are errors here).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOEXPLAN_WARNINGS_AS_ERRORS=ON "${launcher[@]}" >/dev/null
cmake --build build --parallel "$(nproc)"
