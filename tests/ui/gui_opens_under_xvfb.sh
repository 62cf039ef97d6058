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
# The window is shown first and the plan opened into it: wait for the title that names
# the plan, and remember the last CoexPlan title seen.
found="" seen=""
for _ in $(seq 1 150); do
    seen=$(xwininfo -root -tree 2>/dev/null | grep -F -- '- CoexPlan"' | head -n1 || true)
    if [ -n "$seen" ] && grep -qF -- "$NAME" <<<"$seen"; then found=$seen; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
echo "$found" >"$WORK/window"
echo "$seen" >"$WORK/seen"
if [ -n "$found" ]; then
    id=$(awk '{print $1}' <<<"$found")
    xwininfo -id "$id" >"$WORK/geometry"
fi
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
INSIDE

name=$(basename "$plan" .coexplan)
env -u XDG_RUNTIME_DIR -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM COEXPLAN="$coexplan" PLAN="$plan" NAME="$name" WORK="$work" \
    xvfb-run -a -s "-screen 0 1366x768x24" bash "$work/inside.sh"

window=$(cat "$work/window")
if [ -z "$window" ]; then
    echo "FAIL: no CoexPlan window named after $name appeared within 15 s (last seen: $(cat "$work/seen"))"
    cat "$work/stderr"
    exit 1
fi
echo "window: $window"
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
