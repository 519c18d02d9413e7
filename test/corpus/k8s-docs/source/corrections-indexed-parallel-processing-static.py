# The hand corrections of indexed-parallel-processing-static.md, re-applied after a re-import (python3 THIS).
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'indexed-parallel-processing-static.md')
s = open(p).read()
# How the program is called, for illustration (the page has no data.txt): shown, not run, with
# no output (import --record recorded rev's complaint).
s, n = re.subn(r'```console\n\$ rev data\.txt\n(?:.*\n)*?```\n', '```console norun\n$ rev data.txt\n```\n\n> **Corrected by hand:** how the program is called, for illustration: shown, not run.\n', s, count=1)
assert n == 1
open(p, 'w').write(s)

# The page shows the Job with indexes 0-2 completed: wait for that state (then
# `kindling update --mark-stale` marks what kubectl 1.32 prints otherwise).
s = open(p).read()
old = '```console\n$ kubectl describe jobs/indexed-job\n'
assert old in s
s = s.replace(old, '```console until=/Completed Indexes: +0-2\\n/ timeout=2m\n$ kubectl describe jobs/indexed-job\n', 1)
s = s.replace('Once you have created the Job, wait a moment then check on progress:\n', '''Once you have created the Job, wait a moment then check on progress:

> **Corrected by hand:** `until=` waits for the state the page shows (indexes 0-2 completed).
''', 1)
open(p, 'w').write(s)
