#!/usr/bin/env bash
# Installs what is missing, builds, and runs CoexPlan on the bundled sample plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/coexplan resources/samples/contoso-before.coexplan "$@"
