#!/usr/bin/env bash
# Installs what CoexPlan needs to build and test on Debian 12, and nothing that is
# already there. Debian packages only (plus the npm registry for test tools, see
# tests/tools/package.json). Run as root or with sudo available.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev nlohmann-json3-dev
    fonts-dejavu-core
    # tests: JSON Schema validation, PDF inspection, fuzzing, packaging checks
    python3 python3-jsonschema poppler-utils clang libclang-rt-dev
    desktop-file-utils appstream dpkg-dev file
    xvfb xauth
)

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
tools_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/tools"
if [ -f "$tools_dir/package-lock.json" ] && [ ! -d "$tools_dir/node_modules/web-tree-sitter" ]; then
    echo "Installing the test tools in tests/tools (npm ci)" >&2
    (cd "$tools_dir" && npm ci --no-audit --no-fund >&2)
fi
