# The hand corrections of kustomization.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/kustomization.md` and
# `kindling update --mark-stale` on it.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'kustomization.md')
s = open(p).read()

def sub(pattern, repl, count=1):
    global s
    s, n = re.subn(pattern, repl, s, count=count)
    assert n == count, pattern

# The two secretGenerator examples show what `kubectl kustomize ./` prints without the command:
# the import hung that output on the block's last `cat`. The command is added before it.
added = '''EOF
```

> **Corrected by hand:** the page shows what `kubectl kustomize ./` prints for this
> kustomization, without the command; it is added here.

```console
$ kubectl kustomize ./
apiVersion: v1
data:
  password'''
sub(r'EOF\napiVersion: v1\ndata:\n  password', added, count=2)

# Simulator gap: the kustomization field `vars` is not modelled. Shown, not run.
sub(r'(Run `kubectl kustomize \./` to see that the Service name injected into containers is `dev-my-nginx-001`:\n\n)```console\n',
    r'''\1> **Corrected by hand:** the simulator's kustomize does not model `vars`; the command is shown,
> not run.

```console norun
''')

open(p, 'w').write(s)
