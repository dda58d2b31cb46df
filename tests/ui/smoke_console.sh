#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the real avara-console --sandbox on a private X server, waits for its window to be
# mapped, takes a screenshot and checks it shows more than a blank screen.
# Usage: smoke_console.sh <avara-console binary> <screenshot.png> [console arguments...]
set -euo pipefail

console=$1
shot=$2
shift 2

if [ -z "${AVARA_SMOKE_INNER:-}" ]; then
    export AVARA_SMOKE_INNER=1
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$console" "$shot" "$@"
fi

# A fresh profile, so no saved window state or connection changes what appears.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data XDG_CACHE_HOME=$profile/cache
# Its own runtime folder too: one console runs per user, and another test may run one now.
export XDG_RUNTIME_DIR=$profile/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb
# libxkbcommon-x11 strndup()s X atom names that are not NUL-terminated, which ASan's strict
# string checks report inside the X11 plugin, before any of our code runs.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_string_checks=0"
unset AVARA_API_KEY AVARA_BASE_URL

"$console" --sandbox "$@" >"$profile/console.log" 2>&1 &
pid=$!

window=$(timeout 60 xdotool search --sync --onlyvisible --name 'Avara Console' | head -n 1) || {
    echo "smoke: no console window appeared"; cat "$profile/console.log"; kill "$pid" 2>/dev/null; exit 1; }
echo "smoke: window $window is mapped"

# Give the first pages time to arrive and paint; the screenshot is for people to look at,
# the assertions below do not depend on it.
for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || { echo "smoke: console exited early"; cat "$profile/console.log"; exit 1; }
    sleep 0.1
done

import -window root "$shot"
colours=$(convert "$shot" -format '%k' info:)
echo "smoke: screenshot $shot has $colours colours"
# SIGTERM quits as closing the window does (QuitOnSignal): a clean exit, the window state saved.
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
if [ "$colours" -lt 16 ]; then
    echo "smoke: the screenshot is blank"
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "smoke: the console ended with status $status on SIGTERM instead of quitting"; cat "$profile/console.log"
    exit 1
fi
if ! grep -q '^geometry=' "$XDG_CONFIG_HOME/Avara Console/Avara Console.conf" 2>/dev/null; then
    echo "smoke: the window state was not saved on SIGTERM"; cat "$profile/console.log"
    exit 1
fi
echo "smoke: passed"
