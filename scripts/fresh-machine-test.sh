#!/usr/bin/env bash
# Proves the README's test command on a truly fresh Debian 12 machine: builds a minimal
# Debian 12 root with debootstrap (Debian packages only), gives it what a fresh machine of
# this kind has (g++, cmake, ninja, git, python3, node and npm; no Qt, no X server, no
# fonts), copies a clean clone of the committed HEAD in, and runs scripts/test-all.sh
# inside it. Prints how long each part took and how much the test command downloaded.
#
# scripts/test-all.sh runs this when COEXPLAN_FRESH_MACHINE_TEST=1. Root only (debootstrap,
# chroot, mounts). The root lives in COEXPLAN_FRESH_ROOT (default
# /var/tmp/coexplan-fresh-root) and is built anew every run.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
root=${COEXPLAN_FRESH_ROOT:-/var/tmp/coexplan-fresh-root}
log=${COEXPLAN_FRESH_LOG:-$root.log}
[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-test: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }

step_start=0
step() { step_start=$(date +%s); echo "== $*" >&2; }
took() { echo $(($(date +%s) - step_start)); }

unmount_all() {
    # Deepest first; a lazy unmount when a process still holds one.
    local m
    for m in $(awk -v r="$root" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}
remove_root() {
    unmount_all
    if awk -v r="$root" '$2 == r || index($2, r "/") == 1 {found = 1} END {exit !found}' /proc/mounts; then
        echo "fresh-machine-test: $root still has mounts; not removing it" >&2
        return 1
    fi
    rm -rf --one-file-system "$root"
}
trap unmount_all EXIT

if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
fi

# The Debian mirror this machine's apt uses (deb822 .sources or a one-line sources.list).
mirror=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && !/security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || { echo "fresh-machine-test: no Debian mirror found in /etc/apt" >&2; exit 2; }

remove_root
mkdir -p "$root"
: >"$log"
total_start=$(date +%s)

step "debootstrap: a minimal Debian 12 (bookworm) root in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1 || { tail -n 30 "$log"; exit 1; }
t_debootstrap=$(took)

# The machine's own network settings (not packages): its apt sources and options, name
# server, certificate authorities (its egress proxy's among them) and npm settings.
cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/" 2>/dev/null || true
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1 && rm -f "$root/etc/apt/sources.list"
cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
# Keep downloaded packages, so that what the test command fetched can be measured.
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/usr/local/share/ca-certificates"
cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
[ -f /etc/npmrc ] && cp /etc/npmrc "$root/etc/npmrc"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null || mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

step "the toolchain a fresh machine has: g++ cmake ninja git python3 node npm"
in_root apt-get update -qq >>"$log" 2>&1
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    g++ cmake ninja-build git python3 nodejs npm ca-certificates >>"$log" 2>&1 || { tail -n 30 "$log"; exit 1; }
in_root update-ca-certificates >>"$log" 2>&1
in_root apt-get clean
t_toolchain=$(took)

step "a clean clone of $(git -C "$src" rev-parse --short HEAD) into the root"
git clone -q --no-hardlinks "$src" "$root/src/coexplan"
git -C "$root/src/coexplan" checkout -q "$(git -C "$src" rev-parse HEAD)"

step "scripts/test-all.sh inside the root (log: $log)"
set +e
in_root bash -c 'cd /src/coexplan && scripts/test-all.sh' >>"$log" 2>&1
code=$?
set -e
t_test=$(took)

# The README's first command on the same machine (its packages are in place now, so this
# is the build's up-to-date check and the run). With no X server it says so and prints
# the plan's check; the wizard's window itself is proven by the suite's
# gui_opens_under_xvfb test above.
step "scripts/run-sample.sh inside the root, with no display"
set +e
in_root bash -c 'cd /src/coexplan && scripts/run-sample.sh' >"$root.run-sample" 2>&1
sample_code=$?
set -e
cat "$root.run-sample" >>"$log"
sample_ok=no
if grep -q '^CoexPlan check of Contoso' "$root.run-sample" && grep -q 'no display' "$root.run-sample"; then
    sample_ok=yes
fi

debs_kib=$(du -sk "$root/var/cache/apt/archives" | awk '{print $1}')
debs_count=$(find "$root/var/cache/apt/archives" -name '*.deb' | wc -l)
npm_kib=$(du -sk "$root/root/.npm" 2>/dev/null | awk '{print $1}')
summary=$(grep -E 'tests passed|tests failed out of' "$log" | tail -n 1)
phases=$(grep -E '^test-all: install' "$log" | tail -n 1)
echo
echo "fresh-machine-test: scripts/test-all.sh exited $code in ${t_test} s: ${summary:-no test summary}"
[ -n "$phases" ] && echo "  $phases"
echo "  debootstrap ${t_debootstrap} s, toolchain ${t_toolchain} s, total $(($(date +%s) - total_start)) s"
echo "  the test command downloaded $debs_count Debian packages ($((debs_kib / 1024)) MiB) and $((${npm_kib:-0} / 1024)) MiB from npm"
echo "  scripts/run-sample.sh exited $sample_code (1: the sample plan has errors to fix); it printed the plan's check: $sample_ok"
[ "$sample_ok" = yes ] || { echo "--- scripts/run-sample.sh printed:"; tail -n 30 "$root.run-sample"; [ "$code" -ne 0 ] || code=1; }
if [ "$code" -ne 0 ]; then
    echo "--- the last lines of $log:"
    tail -n 60 "$log"
fi
exit "$code"
