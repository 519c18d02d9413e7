# The hand corrections of debug-init-containers.md, re-applied after a re-import (python3 THIS).
# The page assumes a Pod it never creates ("Before you begin": you should have configured an
# init container) and writes its commands with placeholders (<pod-name>). Commands stay verbatim:
# the placeholder commands stay `norun` (KL906), and a set-up step, marked as added by hand,
# creates the Pod `nginx` the one runnable command reads.
import os
p = os.path.join(os.path.dirname(__file__), '..', 'debug-init-containers.md')
s = open(p).read()
anchor = '## Checking the status of Init Containers'
assert anchor in s
s = s.replace(anchor, """> **Set-up added by hand:** the page's commands need a Pod with init containers that the page
> never creates. This Pod `nginx` (the name the page's `--template` command reads) has one,
> which completes before nginx starts; the commands with placeholders (`<pod-name>`) are shown,
> not run.

```yaml file=nginx-with-init.yaml
apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  initContainers:
  - name: wait-a-moment
    image: busybox:1.28
    command: ['sh', '-c', 'echo preparing; sleep 2']
  containers:
  - name: nginx
    image: nginx
```

```console
$ kubectl apply -f nginx-with-init.yaml
$ kubectl wait --for=condition=Ready pod/nginx --timeout=2m
```

""" + anchor, 1)
open(p, 'w').write(s)
