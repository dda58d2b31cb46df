#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb with apt-get (Depends only, no Recommends, to prove they suffice), runs the
# installed programs (--version without a display, the sandbox over HTTP, the console under Xvfb
# with tests/ui/smoke_console.sh, its X11 WM_CLASS against the desktop file's StartupWMClass),
# then purges the package and fails on anything it leaves behind.
# Needs root or sudo without a password; otherwise, or when avara-console is already installed
# (it would be replaced and purged), it exits 77, which ctest reports as skipped.
# Usage: check_install.sh <package.deb> <output folder for the screenshot and logs>
set -euo pipefail

deb=$(realpath "$1")
out=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
out=$(realpath "$out")

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        echo "install-check: skipped, needs root or sudo without a password"
        exit 77
    fi
fi
state=$(dpkg-query -W -f='${db:Status-Status}' avara-console 2>/dev/null || true)
if [ -n "$state" ] && [ "$state" != not-installed ] && [ "$state" != config-files ]; then
    echo "install-check: skipped, avara-console $(dpkg-query -W -f='${Version}' avara-console) is already installed;"
    echo "install-check: remove it first (apt-get purge avara-console) to let this test install and purge its own"
    exit 77
fi

failed=0
ok() { echo "install-check: ok    $*"; }
bad() { echo "install-check: FAIL  $*"; failed=1; }
export DEBIAN_FRONTEND=noninteractive
installed=0
purge() { "${as_root[@]}" apt-get purge -y -qq avara-console >"$out/purge.log" 2>&1; }
# A failed run must not leave the package behind: the next run would skip.
trap '[ "$installed" = 1 ] && purge || true' EXIT

# --- Install ------------------------------------------------------------------------------------
if "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$deb" >"$out/install.log" 2>&1; then
    installed=1
    ok "apt-get install $(basename "$deb")"
else
    cat "$out/install.log"
    bad "apt-get install failed"
    exit 1
fi
dpkg -L avara-console | LC_ALL=C sort >"$out/installed-files.txt"
echo "install-check: $(grep -c . "$out/installed-files.txt") paths from dpkg -L (in $out/installed-files.txt)"

# --- The installed programs -------------------------------------------------------------------
for program in avara-console avara-sandbox; do
    missing=$(ldd "/usr/bin/$program" | grep 'not found' || true)
    [ -z "$missing" ] && ok "ldd /usr/bin/$program: every library found" || bad "/usr/bin/$program: $missing"
done
version=$(dpkg-query -W -f='${Version}' avara-console)
# As from a terminal without a display: no DISPLAY, no WAYLAND_DISPLAY, no platform override.
for program in avara-console avara-sandbox; do
    if answer=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 20 "/usr/bin/$program" --version 2>&1) &&
        [[ $answer == *" $version" ]]; then
        ok "$program --version without a display: $answer"
    else
        bad "$program --version without a display gave: $answer"
    fi
done

# The installed sandbox answers the API on a free port and stops cleanly on SIGTERM.
/usr/bin/avara-sandbox --port 0 --customers 3 --orgs 2 >"$out/sandbox.log" 2>&1 &
sandbox=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on //p' "$out/sandbox.log")
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -n "$url" ]; then
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url/v1/express")
    body=$(curl -fsS -H 'Authorization: Bearer sandbox-key' "$url/v1/express?limit=2" || true)
    [ "$status" = 401 ] && ok "avara-sandbox refuses a request without a key (401)" || bad "without a key: $status"
    [[ $body == *'"expressCustomers"'* ]] && ok "avara-sandbox lists customers at $url" || bad "list: $body"
    kill -TERM "$sandbox"
    code=0; wait "$sandbox" || code=$?
    [ "$code" = 0 ] && ok "avara-sandbox exits 0 on SIGTERM" || bad "avara-sandbox exited $code on SIGTERM"
else
    kill "$sandbox" 2>/dev/null || true
    bad "avara-sandbox did not start:"; cat "$out/sandbox.log"
fi

# The installed console on a private X server, with the lead's smoke test.
if "$src/tests/ui/smoke_console.sh" /usr/bin/avara-console "$out/installed-console.png" --customers 500 \
    >"$out/smoke.log" 2>&1; then
    ok "smoke_console.sh against /usr/bin/avara-console (screenshot $out/installed-console.png)"
else
    bad "smoke_console.sh against the installed console:"; cat "$out/smoke.log"
fi

# Docks and task bars tie the window to the desktop file through StartupWMClass on X11.
wmclass=$(sed -n 's/^StartupWMClass=//p' /usr/share/applications/org.avaraconsole.AvaraConsole.desktop)
if xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        profile=$(mktemp -d); trap "rm -rf \"$profile\"" EXIT
        mkdir -m 700 "$profile/runtime"
        HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_RUNTIME_DIR=$profile/runtime QT_QPA_PLATFORM=xcb \
            /usr/bin/avara-console --sandbox \
            --customers 10 --orgs 2 >"$profile/log" 2>&1 &
        found=$(timeout 60 xdotool search --sync --onlyvisible --classname "^$1\$" | head -n 1)
        kill -TERM $! 2>/dev/null; wait $! 2>/dev/null
        [ -n "$found" ]' _ "$wmclass" >"$out/wmclass.log" 2>&1; then
    ok "the console's window has WM_CLASS instance $wmclass, as StartupWMClass says"
else
    bad "no console window with WM_CLASS instance $wmclass"; cat "$out/wmclass.log"
fi

# Clicking an avara-console:// link starts the console: the desktop's MIME cache names it.
if command -v update-desktop-database >/dev/null; then
    if grep -q '^x-scheme-handler/avara-console=.*org.avaraconsole.AvaraConsole.desktop' \
        /usr/share/applications/mimeinfo.cache 2>/dev/null; then
        ok "mimeinfo.cache sends x-scheme-handler/avara-console to the console"
    else
        bad "x-scheme-handler/avara-console is not in /usr/share/applications/mimeinfo.cache"
    fi
fi

# --- Purge and look for leftovers -----------------------------------------------------------
if purge; then
    installed=0
    ok "apt-get purge avara-console"
else
    cat "$out/purge.log"
    bad "apt-get purge failed"
fi
state=$(dpkg-query -W -f='${db:Status-Status}' avara-console 2>/dev/null || echo not-installed)
[ "$state" = not-installed ] && ok "dpkg knows nothing of avara-console any more" || bad "dpkg state: $state"
leftovers=()
while read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    # Directories other packages own as well (/usr/share/man/man1, hicolor/...) stay, of course.
    if [ -d "$path" ] && [ ! -L "$path" ] && dpkg-query -S "$path" >/dev/null 2>&1; then
        continue
    fi
    leftovers+=("$path")
done <"$out/installed-files.txt"
[ ${#leftovers[@]} -eq 0 ] && ok "nothing the package installed is left" || bad "left after purge: ${leftovers[*]}"

if [ "$failed" -ne 0 ]; then
    echo "install-check: the installed package has problems (see FAIL above; logs in $out)"
    exit 1
fi
echo "install-check: install, run and purge passed"
