# The hand corrections of indexed-parallel-processing-static.md, re-applied after a re-import (python3 THIS).
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'indexed-parallel-processing-static.md')
s = open(p).read()
# How the program is called, for illustration (the page has no data.txt): shown, not run, with
# no output (import --record recorded rev's complaint).
s, n = re.subn(r'```console\n\$ rev data\.txt\n(?:.*\n)*?```\n', '```console norun\n$ rev data.txt\n```\n\n> **Corrected by hand:** how the program is called, for illustration: shown, not run.\n', s, count=1)
assert n == 1
open(p, 'w').write(s)

# The Job's init container runs a bash program with an array (`items=(foo bar baz qux xyz)`),
# which the simulator's shell does not interpret (a simulator gap): its Pods fail, so the describe
# is shown, not run.
s = open(p).read()
old = '```console\n$ kubectl describe jobs/indexed-job\n'
assert old in s
s = s.replace(old, '```console norun\n$ kubectl describe jobs/indexed-job\n', 1)
s = s.replace('Once you have created the Job, wait a moment then check on progress:', """Once you have created the Job, wait a moment then check on progress:

> **Corrected by hand:** the init container's bash program uses an array
> (`items=(foo bar baz qux xyz)`), which the simulator's shell does not interpret (a simulator
> gap: its Pods fail), so this step and the next are shown, not run.""", 1)
open(p, 'w').write(s)
