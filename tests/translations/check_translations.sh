#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a string of the current sources has no translation. For each .ts file: copy it,
# run lupdate on the copy with the same lupdate project (sources, include paths) and options
# as the update_translations target, then look for unfinished, empty or missing (plural)
# translations in the copy and ask lrelease for its count of unfinished ones.
#   --ts FILE           a full translation (every string); German has two plural forms
#   --plurals-ts FILE   a plural-only translation (lupdate -pluralonly), as the English one
set -euo pipefail

ts_files=()
plural_ts_files=()
while [ $# -gt 0 ]; do
    case "$1" in
    --cmake) cmake=$2 ;;
    --lupdate) lupdate=$2 ;;
    --lrelease) lrelease=$2 ;;
    --project) project=$2 ;;
    --project-to-json) project_to_json=$2 ;;
    --options) read -r -a options <<<"${2//;/ }" ;;
    --work) work=$2 ;;
    --ts) ts_files+=("$2") ;;
    --plurals-ts) plural_ts_files+=("$2") ;;
    *) echo "check_translations: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

for file in "$cmake" "$lupdate" "$lrelease" "$project" "$project_to_json"; do
    [ -e "$file" ] || { echo "check_translations: $file is missing (configure the build again)" >&2; exit 2; }
done

rm -rf "$work"
mkdir -p "$work"
# The same conversion of the CMake-written project file that update_translations runs.
"$cmake" -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$project_to_json"

failures=0

# Prints the source text of every message in FILE that is unfinished, has an empty translation,
# or has fewer than FORMS non-empty plural forms.
untranslated() {
    awk -v forms="$2" '
        function flush() {
            if (!inMessage) return
            bad = unfinished || (numerus ? filled < forms : !hasText)
            if (bad) print "    " (numerus ? "[plural] " : "") source
            inMessage = 0
        }
        /<message/ { inMessage = 1; numerus = /numerus="yes"/; unfinished = 0; filled = 0; hasText = 0; source = "" }
        inMessage && /<source>/ { source = $0; sub(/^[ \t]*<source>/, "", source); sub(/<\/source>.*/, "", source) }
        inMessage && /<translation[ >\/]/ {
            if (/type="unfinished"/) unfinished = 1
            if (/<translation[^>]*>[^<]+/) hasText = 1
        }
        inMessage && /<numerusform>[^<]+<\/numerusform>/ { filled++ }
        /<\/message>/ { flush() }
    ' "$1"
}

check() {
    local tracked=$1 forms=$2
    shift 2
    local name copy
    name=$(basename "$tracked")
    copy="$work/$name"
    cp "$tracked" "$copy"
    "$lupdate" -silent -project "$work/project.json" "${options[@]}" "$@" -ts "$copy" >"$work/$name.lupdate.log" 2>&1 || {
        cat "$work/$name.lupdate.log" >&2
        echo "FAIL $name: lupdate failed" >&2
        failures=$((failures + 1))
        return
    }
    local missing
    missing=$(untranslated "$copy" "$forms")
    if [ -n "$missing" ]; then
        echo "FAIL $name: $(printf '%s\n' "$missing" | wc -l) string(s) of the sources have no translation:"
        printf '%s\n' "$missing"
        failures=$((failures + 1))
    fi
    local report
    report=$("$lrelease" "$copy" -qm "$work/${name%.ts}.qm" 2>&1)
    if ! grep -q ' 0 unfinished)' <<<"$report" || grep -qi 'untranslated' <<<"$report"; then
        echo "FAIL $name: lrelease: $report"
        failures=$((failures + 1))
    fi
    if ! cmp -s "$copy" "$tracked"; then
        echo "NOTE $name: lupdate would change the tracked file; run the update_translations target:"
        diff -u "$tracked" "$copy" | head -40 || true
    fi
    echo "checked $name: $(grep -c '<message' "$copy") message(s)"
}

for ts in "${ts_files[@]}"; do
    check "$ts" 2
done
for ts in "${plural_ts_files[@]}"; do
    check "$ts" 2 -pluralonly
done

if [ "$failures" -gt 0 ]; then
    echo "$failures translation check(s) failed"
    exit 1
fi
echo "every string has its translations"
