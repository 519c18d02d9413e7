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

# `kubectl diff` exits with 1 when it finds differences (the page's object does not exist yet).
sub(r'```console\n(\$ kubectl diff -f https://k8s\.io/examples/application/simple_deployment\.yaml\n)',
    r'''> **Corrected by hand:** `exit=1`: `kubectl diff` exits with 1 when it finds differences, as it
> does here (the object does not exist yet).

```console exit=1
\1''')
# The block that diffs and applies the update: both commands fail, each with its own status
# (`kubectl diff` exits 2 on an error, `apply` 1), and a block has one `exit=`: it is split in two.
sub(r'```console\n(\$ kubectl diff -f https://k8s\.io/examples/application/update_deployment\.yaml\n)(\$ kubectl apply -f https://k8s\.io/examples/application/update_deployment\.yaml\n)(?:(?!```).*\n)*```\n',
    r'''```console exit=2
\1```

```console exit=1
\2```

> **Corrected by hand:** the page's block is split in two, since its two commands fail with
> different statuses (`kubectl diff` exits 2 on an error, `kubectl apply` 1). Both fail: the stored
> `update_deployment.yaml` (a later commit than the page) selects `app.kubernetes.io/name: nginx`
> where `simple_deployment.yaml` selects `app: nginx`, and a Deployment's selector is immutable in
> `apps/v1`. The Deployment stays as it was, so the page's output below is marked stale.
''')
open(p, 'w').write(s)
