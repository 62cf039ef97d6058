#!/usr/bin/env bash
# Installs what CoexPlan needs to build and test on Debian 12, and nothing that is
# already there. Debian packages only (plus the npm registry for test tools, see
# tests/tools/package.json). Run as root or with sudo available.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# The list lives in a file of its own so that scripts/check-deps.py reads the same one.
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$here/debian-packages.txt")

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

# Node.js + npm run the PowerShell parser used by the tests. Any installation will do
# (Debian's nodejs + npm, or a vendor nodejs package that bundles npm): only install
# Debian's when the commands are missing, so as not to fight an existing one.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The PowerShell parser the tests use (tree-sitter-powershell, WebAssembly build) comes
# from the npm registry, pinned by tests/tools/package-lock.json.
tools_dir="$here/../tests/tools"
if [ -f "$tools_dir/package-lock.json" ] && [ ! -d "$tools_dir/node_modules/web-tree-sitter" ]; then
    echo "Installing the test tools in tests/tools (npm ci)" >&2
    (cd "$tools_dir" && npm ci --no-audit --no-fund >&2)
fi
