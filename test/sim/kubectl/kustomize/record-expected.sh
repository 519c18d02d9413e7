#!/bin/sh
# Records what the real kubectl 1.32 (kustomize v5.5.0) prints for each target in targets.txt:
# expected/<target with / as __>.out (stdout) and .err (stderr, the klog header and the absolute
# path of cases/ replaced by <ROOT>, and the Go pointer a generator error prints fixed) and .code.
# Run from anywhere: sh test/sim/kubectl/kustomize/record-expected.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/expected"
while read -r target; do
  [ -z "$target" ] && continue
  name=$(echo "$target" | sed 's#/#__#g')
  (cd "$here/cases" && kubectl kustomize "$target" >"$here/expected/$name.out" 2>"$here/expected/$name.err.raw")
  echo $? >"$here/expected/$name.code"
  sed -e 's/&{0xc[0-9a-f]* /\&{0xc000010000 /' -e 's#^E[0-9]\{4\} [0-9:.]* *[0-9]* run.go:72\] #<KLOG> #' -e "s#$here/cases#<ROOT>#g" "$here/expected/$name.err.raw" >"$here/expected/$name.err"
  rm "$here/expected/$name.err.raw"
done <"$here/targets.txt"
