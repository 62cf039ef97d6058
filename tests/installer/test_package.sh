#!/usr/bin/env bash
# usage: test_package.sh BUILD_DIR VERSION SOURCE_DIR
set -euo pipefail
build=$1 version=$2 source=$3
app_id=io.github.coexplan.CoexPlan
fail() { echo "FAIL: $*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Build the packages into a scratch directory.
(cd "$build" && cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/coexplan_"$version"_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$work"/out/coexplan-"$version"-*.tar.gz 2>/dev/null | head -n1)
[ -f "$deb" ] || { ls -la "$work/out"; fail "no .deb for version $version"; }
[ -f "$tgz" ] || fail "no .tar.gz for version $version"
echo "built $(basename "$deb") and $(basename "$tgz")"

# 2. Metadata: dependencies come from the binaries (Qt 6 libraries).
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6svg6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
tar -tzf "$tgz" | grep -q '/bin/coexplan$' || fail "the tarball has no bin/coexplan"

# 3. Validate the desktop entry and AppStream metainfo as packaged.
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo invalid"
grep -q 'glob pattern="\*.coexplan"' "$work/root/usr/share/mime/packages/coexplan.xml" || fail "no .coexplan MIME glob"
[ -f "$work/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no SVG icon"
ls "$work"/root/usr/share/coexplan/samples/*.coexplan >/dev/null || fail "no bundled samples"

# 4. Install on the machine, run the installed binary, remove, check nothing is left.
if dpkg-query -W -f='${Status}' coexplan 2>/dev/null | grep -q 'install ok installed'; then
    fail "a coexplan package is already installed on this machine; remove it first (dpkg --purge coexplan)"
fi
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' > "$work/files"
$SUDO dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
cleanup_pkg() { $SUDO dpkg --purge coexplan >/dev/null 2>&1 || true; }
trap 'cleanup_pkg; rm -rf "$work"' EXIT

installed_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/coexplan --version)
[ "$installed_version" = "coexplan $version" ] || fail "installed --version printed '$installed_version'"
set +e
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/coexplan check /usr/share/coexplan/samples/contoso-before.coexplan >"$work/check.txt" 2>"$work/check.err"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/check.err"; fail "check of the installed sample exited $code, expected 1 (error findings)"; }
grep -q 'PB-002' "$work/check.txt" || fail "the installed check did not report PB-002"
echo "installed coexplan ran: $installed_version; check exit $code"

$SUDO dpkg --purge coexplan >/dev/null || fail "dpkg --purge failed"
trap 'rm -rf "$work"' EXIT
left=0
while read -r f; do
    if [ -e "$f" ]; then
        # Shared directories (e.g. /usr/share/applications) may remain; files must not.
        [ -d "$f" ] && continue
        echo "left behind: $f" >&2
        left=1
    fi
done < "$work/files"
[ "$left" -eq 0 ] || fail "files remained after purge"
dpkg-query -W coexplan >/dev/null 2>&1 && fail "dpkg still knows the package"
echo "PASS: package built, validated, installed, run and removed cleanly"
