# The hand corrections of replicaset.md, re-applied after a re-import (python3 THIS).
import os
p = os.path.join(os.path.dirname(__file__), '..', 'replicaset.md')
s = open(p).read()

# The page shows the ReplicaSet ready: wait for it, as the reader does.
old = '```console\n$ kubectl get rs\n'
assert old in s
s = s.replace(old, '```console until=/frontend\s+3\s+3\s+3\s/ timeout=2m\n$ kubectl get rs\n', 1)
s = s.replace('You can then get the current ReplicaSets deployed:', '''You can then get the current ReplicaSets deployed:

> **Corrected by hand:** `until=` waits for the three Pods to be ready, as the page's output
> shows them (the reader runs the command a few seconds later).''', 1)

# "If you create the Pods first" assumes the ReplicaSet and its Pods are gone.
first = 'If you create the Pods first:'
assert first in s
s = s.replace(first, '''> **Set-up added by hand:** the page goes on as if the ReplicaSet and its Pods were gone; they
> are deleted here first.

```console
$ kubectl delete rs frontend
$ kubectl wait --for=delete pod -l tier=frontend --timeout=2m
```

''' + first, 1)

# The last listing: the Pods the page shows running.
i = s.rindex('```console\n$ kubectl get pods\n')
s = s[:i] + '```console until=/(?:\\S+\\s+1\\/1\\s+Running[^\\n]*(?:\\n|$)){3}/ timeout=2m\n$ kubectl get pods\n' + s[i + len('```console\n$ kubectl get pods\n'):]
s = s.replace('Will reveal in its output:', '''Will reveal in its output (`until=`, added by hand, waits for the three Pods to run):''', 1)
open(p, 'w').write(s)
