# The hand corrections of get-shell-running-container.md, re-applied after a re-import (python3 THIS).
import os
p = os.path.join(os.path.dirname(__file__), '..', 'get-shell-running-container.md')
s = open(p).read()
old = '```console\n$ kubectl get pod shell-demo\n'
assert old in s
s = s.replace(old, '```console until="Running" timeout=2m\n$ kubectl get pod shell-demo\n', 1)
s = s.replace('Verify that the container is running:', 'Verify that the container is running (`until="Running"`, added by hand, waits for it):', 1)
open(p, 'w').write(s)

import re
s = open(p).read()
# `import --record` recorded these before the wait above; the page documents no output for them.
for cmd in ['$ kubectl get pod shell-demo\n', '$ kubectl exec --stdin --tty shell-demo -- /bin/bash\n']:
    s = re.sub(re.escape(cmd) + r'(?:(?!```).*\n)*', cmd, s, count=1)
# kubectl 1.32 no longer takes a command without `--`: the page's command fails (exit=1), and its
# error is marked stale by `kindling update --mark-stale`.
s = re.sub(r'```console\n(\$ kubectl exec shell-demo env\n)(?:(?!```).*\n)*', r'```console exit=1\n\1', s, count=1)
s = s.replace('In an ordinary command window, not your shell, list the environment\nvariables in the running container:', '''In an ordinary command window, not your shell, list the environment
variables in the running container:

> **Corrected by hand:** kubectl 1.32 refuses a command given without `--` (`exit=1`); the
> page's command is kept as written, and its error marked stale.''', 1)
# The last command is for a Pod the page only supposes (my-pod): shown, not run.
s = s.replace('```console\n$ kubectl exec -i -t my-pod --container main-app -- /bin/bash\n', '```console norun\n$ kubectl exec -i -t my-pod --container main-app -- /bin/bash\n', 1)
open(p, 'w').write(s)

s = open(p).read()
# `ps` comes from procps, which the page installs in the container shell (`apt-get install -y
# procps`, shown, not run, above): without it the nginx image has no `ps` (exit 126).
s = re.sub(r'```console\n(\$ kubectl exec shell-demo -- ps aux\n)(?:(?!```).*\n)*', r'```console norun\n\1', s, count=1)
s = s.replace('Experiment with running other commands. Here are some examples:', '''Experiment with running other commands. Here are some examples:

> **Corrected by hand:** `ps` comes from the procps package the page installs inside the
> container shell (`apt-get`, shown above, not run); the nginx image has no `ps` without it, so
> these examples are shown, not run.''', 1)
open(p, 'w').write(s)
