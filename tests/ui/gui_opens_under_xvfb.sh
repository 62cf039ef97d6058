#!/usr/bin/env bash
# `coexplan PLAN` on a real X server (Xvfb, as the README's `xvfb-run` line uses it):
# the wizard's window is mapped with the plan's name in its title, at the size of a
# 1366x768 screen at most, and nothing reaches stderr (no XDG_RUNTIME_DIR warning, no
# platform plugin noise). Usage: gui_opens_under_xvfb.sh COEXPLAN PLAN
set -euo pipefail
coexplan=$1 plan=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Inside xvfb-run: start the wizard, wait (bounded) for its window, read its geometry.
cat >"$work/inside.sh" <<'INSIDE'
set -u
"$COEXPLAN" "$PLAN" 2>"$WORK/stderr" &
app=$!
found=""
for _ in $(seq 1 100); do
    found=$(xwininfo -root -tree 2>/dev/null | grep -F -- '- CoexPlan"' | head -n1 || true)
    [ -n "$found" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
echo "$found" >"$WORK/window"
if [ -n "$found" ]; then
    id=$(awk '{print $1}' <<<"$found")
    xwininfo -id "$id" >"$WORK/geometry"
fi
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
INSIDE

env -u XDG_RUNTIME_DIR -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM COEXPLAN="$coexplan" PLAN="$plan" WORK="$work" \
    xvfb-run -a -s "-screen 0 1366x768x24" bash "$work/inside.sh"

window=$(cat "$work/window")
[ -n "$window" ] || { echo "FAIL: no CoexPlan window appeared within 10 s"; cat "$work/stderr"; exit 1; }
echo "window: $window"
name=$(basename "$plan" .coexplan)
grep -qF "$name" <<<"$window" || { echo "FAIL: the title does not name the plan ($name)"; exit 1; }
grep -q 'Map State: IsViewable' "$work/geometry" || { echo "FAIL: the window is not mapped"; cat "$work/geometry"; exit 1; }
width=$(awk -F: '/Width:/ {gsub(/ /, "", $2); print $2}' "$work/geometry")
height=$(awk -F: '/Height:/ {gsub(/ /, "", $2); print $2}' "$work/geometry")
[ "$width" -le 1366 ] && [ "$height" -le 768 ] || { echo "FAIL: window ${width}x${height} exceeds the 1366x768 screen"; exit 1; }
if [ -s "$work/stderr" ]; then
    echo "FAIL: the wizard wrote to stderr:"
    cat "$work/stderr"
    exit 1
fi
echo "PASS: the wizard opened on $name (${width}x${height}) with nothing on stderr"
