# The hand corrections of security-context.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/security-context.md`.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'security-context.md')
s = open(p).read()

# "Verify that the Pod's Container is running": the reader looks until it is; `until="Running"`
# waits for it. `import --record` recorded the output before the wait (the page documents none).
for pod in ['security-context-demo', 'security-context-demo-2', 'security-context-demo-3']:
    cmd = f'$ kubectl get pod {pod}\n'
    s, n = re.subn(r'```console\n' + re.escape(cmd) + r'(?:(?!```).*\n)*', '```console until="Running" timeout=2m\n' + cmd, s, count=1)
    assert n == 1, pod
    # The shell opened on a Pod that was not running yet failed: recorded again after the wait.
    cmd = f'$ kubectl exec -it {pod} -- sh\n'
    s, n = re.subn(re.escape(cmd) + r'(?:(?!```).*\n)*', cmd, s, count=1)
    assert n == 1, pod
old = "Verify that the Pod's Container is running:\n"
assert s.count(old) == 3
s = s.replace(old, "Verify that the Pod's Container is running (`until=\"Running\"`, added by hand, waits for it):\n")

# The page opens a shell in security-context-demo-4 right after creating it: a hidden step waits
# for the Pod, as the reader would.
cmd = '$ kubectl exec -it security-context-demo-4 -- sh\n'
s, n = re.subn(r'(Get a shell into the running Container:\n\n)```console\n' + re.escape(cmd) + r'(?:(?!```).*\n)*```\n',
               r'''```console hidden
$ kubectl wait --for=condition=Ready pod/security-context-demo-4 --timeout=2m
```

> **Set-up added by hand:** the page opens a shell in `security-context-demo-4` right after
> creating it; a hidden step waits for the Pod to be ready, as the reader would.

\1```console
''' + cmd + '```\n', s, count=1)
assert n == 1

open(p, 'w').write(s)
