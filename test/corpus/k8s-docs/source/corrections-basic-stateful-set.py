# The hand corrections of basic-stateful-set.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/basic-stateful-set.md`.
import os
p = os.path.join(os.path.dirname(__file__), '..', 'basic-stateful-set.md')
s = open(p).read()

# Cascading Delete: the page watches in a first terminal before it deletes the set. Run after the
# delete (KL920), the watch starts when the Pods are already gone (their nginx stops at once on
# SIGTERM), and prints nothing: the page's block is shown only.
old = '''and wait for all of the Pods to transition to Terminating.

```console interrupt=70s timeout=2m
$ kubectl get pods -w -l app=nginx
'''
assert old in s
s = s.replace(old, '''and wait for all of the Pods to transition to Terminating.

> **Corrected by hand:** shown without running: a watch started after the delete, as a lesson
> runs it (the page starts it before, in another terminal), finds the Pods already gone.

```console interrupt=70s timeout=2m norun
$ kubectl get pods -w -l app=nginx
''', 1)

# "When all of the StatefulSet's Pods transition to Running and Ready": wait for them, as the
# reader does, before the curl.
old = '''When all of the StatefulSet's Pods transition to Running and Ready, retrieve
the contents of their `index.html` files.
'''
assert old in s
s = s.replace(old, '''```console hidden
$ kubectl rollout status sts/web --timeout=2m
```

''' + old + '''
> **Set-up added by hand:** a hidden `kubectl rollout status` waits for the Pods to be Running
> and Ready first, as the reader does.
''', 1)
open(p, 'w').write(s)
