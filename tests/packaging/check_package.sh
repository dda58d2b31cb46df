#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built Avara Console .deb (and tarball) without installing it: exactly the expected
# files, the control fields, desktop-file-validate, appstreamcli, the versions in the metadata,
# the man pages against each program's --help, and lintian (no errors, only the warnings listed
# in packaging/lintian-allowed-warnings).
# Usage: check_package.sh <package.deb> [<package.tar.gz>]
set -euo pipefail

deb=$(realpath "$1")
tgz=${2:+$(realpath "$2")}
src=$(cd "$(dirname "$0")/../.." && pwd)
app_id=org.avaraconsole.AvaraConsole

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
ok() { echo "check: ok    $*"; }
bad() { echo "check: FAIL  $*"; failed=1; }

root=$work/root
dpkg-deb -x "$deb" "$root"
field() { dpkg-deb -f "$deb" "$1"; }
version=$(field Version)
echo "check: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, installed size $(field Installed-Size) KiB"

# --- Exactly the expected files ---------------------------------------------------------------
cat >"$work/expected" <<EOF
/usr/bin/avara-console
/usr/bin/avara-sandbox
/usr/share/applications/$app_id.desktop
/usr/share/doc/avara-console/changelog.gz
/usr/share/doc/avara-console/copyright
/usr/share/icons/hicolor/128x128/apps/$app_id.png
/usr/share/icons/hicolor/256x256/apps/$app_id.png
/usr/share/icons/hicolor/48x48/apps/$app_id.png
/usr/share/icons/hicolor/64x64/apps/$app_id.png
/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/man/man1/avara-console.1.gz
/usr/share/man/man1/avara-sandbox.1.gz
/usr/share/metainfo/$app_id.metainfo.xml
EOF
(cd "$root" && find . ! -type d | sed 's|^\.||' | LC_ALL=C sort) >"$work/actual"
if diff -u "$work/expected" "$work/actual" >"$work/files.diff"; then
    ok "the package holds exactly the $(wc -l <"$work/expected") expected files"
else
    bad "the package's files differ from the expected list:"; cat "$work/files.diff"
fi
for size in 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$png" 2>/dev/null | grep -q "PNG image data, $size x $size," || bad "$png is not a ${size}x${size} PNG"
done
wrong_modes=$(cd "$root" && find . \( -type d ! -perm 755 \) -o \( -type f -path './usr/bin/*' ! -perm 755 \) \
    -o \( -type f ! -path './usr/bin/*' ! -perm 644 \))
[ -z "$wrong_modes" ] && ok "modes: directories and programs 0755, other files 0644" || bad "wrong modes: $wrong_modes"

# --- Control fields ---------------------------------------------------------------------------
project_version=$(sed -n '/^project(/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
expect_field() {
    local value; value=$(field "$1")
    [ "$value" = "$2" ] && ok "$1: $value" || bad "$1 is '$value', expected '$2'"
}
expect_field Package avara-console
expect_field Version "$project_version"
expect_field Architecture "$(dpkg --print-architecture)"
expect_field Section utils
expect_field Priority optional
[ -n "$(field Homepage)" ] && ok "Homepage: $(field Homepage)" || bad "no Homepage"
[[ $(field Maintainer) == *"<"*@*">" ]] && ok "Maintainer: $(field Maintainer)" || bad "no Maintainer address"
[ "$(field Description | wc -l)" -ge 5 ] && ok "Description has a long part" || bad "the Description has no long part"
depends=$(field Depends)
echo "check: Depends: $depends"
echo "check: Recommends: $(field Recommends)"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6keychain1 \
    libqt6svg6 libsecret-1-0; do
    [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] || bad "Depends lacks $package"
done

# --- desktop-file-validate and appstreamcli ----------------------------------------------------
desktop=$root/usr/share/applications/$app_id.desktop
if desktop-file-validate "$desktop" >"$work/desktop.out" 2>&1 && ! grep -qE 'error:|warning:' "$work/desktop.out"; then
    ok "desktop-file-validate: no errors or warnings"
else
    bad "desktop-file-validate:"
fi
sed 's/^/    /' "$work/desktop.out"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if appstreamcli validate --no-net --strict "$metainfo" >"$work/appstream.out" 2>&1; then
    ok "appstreamcli validate --no-net --strict: $(tail -n 1 "$work/appstream.out")"
else
    bad "appstreamcli validate --no-net --strict:"; sed 's/^/    /' "$work/appstream.out"
fi
grep -q "^StartupWMClass=avara-console$" "$desktop" || bad "StartupWMClass is not avara-console"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    bad "the metainfo does not launch $app_id.desktop"

# --- One version everywhere ---------------------------------------------------------------------
release=$(grep -o '<release version="[^"]*" date="[^"]*"' "$metainfo" | head -n 1)
changelog=$(zcat "$root/usr/share/doc/avara-console/changelog.gz")
changelog_version=$(head -n 1 <<<"$changelog" | sed -n 's/^avara-console (\([^)]*\)).*/\1/p')
changelog_date=$(date -u -d "$(sed -n '0,/^ -- /s/^ -- .*>  //p' <<<"$changelog")" +%F)
[ "$release" = "<release version=\"$version\" date=\"$changelog_date\"" ] &&
    ok "metainfo release, changelog and package agree: $version of $changelog_date" ||
    bad "versions disagree: package $version, metainfo '$release', changelog $changelog_version of $changelog_date"
[ "$changelog_version" = "$version" ] || bad "the changelog's newest entry is $changelog_version, not $version"

# --- Man pages ------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
for program in avara-console avara-sandbox; do
    page=$root/usr/share/man/man1/$program.1.gz
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] && ok "$program.1: man --warnings is quiet" || bad "$program.1: $warnings"
    zcat "$page" | sed 's/\\-/-/g' >"$work/$program.man"
    grep -q "^\.TH [^ ]* 1 \"$changelog_date\" \"Avara Console $version\"" "$work/$program.man" ||
        bad "$program.1's .TH line does not say $changelog_date and Avara Console $version"
    "$root/usr/bin/$program" --help >"$work/$program.help" 2>&1 || bad "$program --help failed"
    grep -oE -- '--[a-z][a-z0-9-]*' "$work/$program.help" | sort -u >"$work/$program.options"
    missing=()
    while read -r option; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" "$work/$program.man" || missing+=("$option")
    done <"$work/$program.options"
    # Options the page describes (the line after each .TP) that the program no longer has.
    stale=()
    for option in $(sed -n '/^\.TP/{n;p}' "$work/$program.man" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u); do
        grep -qx -- "$option" "$work/$program.options" || stale+=("$option")
    done
    if [ ${#missing[@]} -eq 0 ] && [ ${#stale[@]} -eq 0 ]; then
        ok "$program.1 documents the $(wc -l <"$work/$program.options") options of $program --help"
    else
        bad "$program.1: undocumented: ${missing[*]:-none}; documented but gone: ${stale[*]:-none}"
    fi
done
for variable in AVARA_API_KEY AVARA_BASE_URL; do
    grep -q "^\.B $variable$" "$work/avara-console.man" || bad "avara-console.1 does not describe $variable"
done

# --- The tarball holds the same files, relative to its top folder -------------------------------
if [ -n "$tgz" ]; then
    top=$(basename "$tgz" .tar.gz)
    tar -tzf "$tgz" | grep -v '/$' | sed "s|^$top/|/usr/|" | LC_ALL=C sort >"$work/tar"
    diff -u "$work/actual" "$work/tar" >"$work/tar.diff" && ok "$(basename "$tgz") holds the same files under $top/" ||
        { bad "the tarball differs from the package:"; cat "$work/tar.diff"; }
fi

# --- lintian ------------------------------------------------------------------------------------
allowed=$(sed 's/#.*//' "$src/packaging/lintian-allowed-warnings" | awk 'NF { print $1 }')
lintian --display-info --fail-on none "$deb" 2>&1 | grep -v '^$' >"$work/lintian.out" || true
sed 's/^/    /' "$work/lintian.out"
errors=$(grep -c '^E: ' "$work/lintian.out" || true)
unexpected=$(grep '^W: ' "$work/lintian.out" | awk '{ print $3 }' | sort -u | grep -vxF "${allowed:-none}" || true)
if [ "$errors" -eq 0 ] && [ -z "$unexpected" ]; then
    ok "lintian: no errors; warnings only from packaging/lintian-allowed-warnings"
else
    bad "lintian: $errors errors; warnings not allowed: ${unexpected:-none}"
fi

if [ "$failed" -ne 0 ]; then
    echo "check: the package has problems (see FAIL above)"
    exit 1
fi
echo "check: all package checks passed"
