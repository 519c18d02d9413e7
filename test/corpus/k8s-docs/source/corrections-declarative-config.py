# The hand corrections of declarative-config.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/declarative-config.md` and
# `kindling update --mark-stale` on it.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'declarative-config.md')
s = open(p).read()

def sub(pattern, repl, count=1):
    global s
    s, n = re.subn(pattern, repl, s, count=count)
    assert n == count, pattern

# Simulator gap: `kubectl diff` is not modelled (it prints a `diff -u -N` of the live object and
# the server's dry-run of the apply). Its blocks are shown, not run.
gap = '''> **Corrected by hand:** `kubectl diff` is not modelled by the simulator; it is shown, not run.

'''
sub(r'```console\n(\$ kubectl diff -f https://k8s\.io/examples/application/simple_deployment\.yaml\n)```\n',
    gap.replace('\\', '\\\\') + r'```console norun\n\1```\n')
# The block that diffs and applies the update: shown, and the apply alone runs after it.
sub(r'```console\n(\$ kubectl diff -f https://k8s\.io/examples/application/update_deployment\.yaml\n\$ kubectl apply -f https://k8s\.io/examples/application/update_deployment\.yaml\n)(?:(?!```).*\n)*```\n',
    r'''```console norun
\1```

> **Corrected by hand:** `kubectl diff` is not modelled by the simulator: the block above is shown,
> not run, and its `kubectl apply` runs here on its own. It fails: the stored
> `update_deployment.yaml` (a later commit than the page) selects `app.kubernetes.io/name: nginx`
> where `simple_deployment.yaml` selects `app: nginx`, and a Deployment's selector is immutable in
> `apps/v1`. The Deployment stays as it was, so the page's output below is marked stale.

```console exit=1
$ kubectl apply -f https://k8s.io/examples/application/update_deployment.yaml
```
''')
open(p, 'w').write(s)
