#!/usr/bin/env bash
# Imports every page of source/SOURCES.tsv into a lesson beside this script, with kindling import
# --record (outputs the page does not document are recorded on the simulator). Run it once per
# page: the lessons are then corrected by hand where the import failed, and say so.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
only=${1:-}
grep -v '^#' "$here/source/SOURCES.tsv" | while IFS=$'\t' read -r page commit lesson; do
  [ -n "$only" ] && [ "$only" != "$lesson" ] && continue
  node "$root/bin/kindling.js" import "$here/source/content/en/docs/$page" \
    --source "content/en/docs/$page" --commit "$commit" --out "$here/$lesson" --record || true
done
