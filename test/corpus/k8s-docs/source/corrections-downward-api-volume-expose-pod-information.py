# The hand corrections of downward-api-volume-expose-pod-information.md, re-applied after a
# re-import (python3 THIS), then record-unrecorded.mjs and `kindling update --mark-stale` on it.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'downward-api-volume-expose-pod-information.md')
s = open(p).read()
# "Verify that the Container in the Pod is running": wait for it, as the reader does.
s = re.sub(r'```console\n(\$ kubectl get pods\n)(?:(?!```).*\n)*', r'```console until="Running" timeout=2m\n\1', s, count=1)
s = s.replace('Verify that the Container in the Pod is running:', 'Verify that the Container in the Pod is running (`until="Running"`, added by hand, waits for it):', 1)
open(p, 'w').write(s)

s = open(p).read()
# The page never exits the first Pod's shell; the import takes the next `kubectl apply` for the
# host's (it is), so the second Pod is created, and a hidden step waits for it before its shell.
cmd = '$ kubectl exec -it kubernetes-downwardapi-volume-example-2 -- sh\n'
s, n = re.subn(r'(Get a shell into the Container that is running in your Pod:\n\n)```console\n' + re.escape(cmd) + r'(?:(?!```).*\n)*```\n', r'''```console hidden
$ kubectl wait --for=condition=Ready pod/kubernetes-downwardapi-volume-example-2 --timeout=2m
```

> **Set-up added by hand:** a hidden step waits for the Pod, as the reader would before opening
> a shell in it.

\1```console
''' + cmd + '```\n', s, count=1)
assert n == 1
open(p, 'w').write(s)
