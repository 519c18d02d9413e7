# The hand corrections of deployment.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/deployment.md` and
# `kindling update --mark-stale` on it.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'deployment.md')
s = open(p).read()

def sub(pattern, repl, count=1):
    global s
    s, n = re.subn(pattern, repl, s, count=count)
    assert n == count, pattern

# The rollout of the typo `nginx:1.161` never ends: the page has the reader press Ctrl-C.
sub(r'(  ```console)\n(  \$ kubectl rollout status deployment/nginx-deployment\n  Waiting for rollout to finish: 1 out of 3 new replicas have been updated\.\.\.\n)(  ```\n)',
    r'\1 interrupt=20s\n\2  ^C\n\3')
sub(r'(\* Press Ctrl-C to stop the above rollout status watch\.)', r'''\1 (Corrected by hand: `interrupt=` presses it
  20 seconds after the command starts.)''')

# "Then a new scaling request for the Deployment comes along. The autoscaler increments the
# Deployment replicas to 15": no command of the page does it; a `kubectl scale` stands for it.
sub(r'(In our example above, 3 replicas are added to the old ReplicaSet)', r'''> **Set-up added by hand:** the page's autoscaler raises the Deployment to 15 replicas; here
> `kubectl scale` does it (the HorizontalPodAutoscaler the page created cannot: the Pods have no CPU
> requests to measure against).

```console
$ kubectl scale deployment/nginx-deployment --replicas=15
deployment.apps/nginx-deployment scaled
```

\1''')

# "For example, with a Deployment that was created:": a Deployment fresh from its manifest, where
# the page's is still stuck on `nginx:sometag` with 15 replicas and an autoscaler.
sub(r'(\* For example, with a Deployment that was created:\n)', r'''> **Set-up added by hand:** the page goes on with a Deployment just created, with 3 replicas,
> where the one above is still stuck on `nginx:sometag`: the autoscaler and the Deployment are
> deleted, and the Deployment is created again from its manifest.

```console
$ kubectl delete hpa nginx-deployment
horizontalpodautoscaler.autoscaling "nginx-deployment" deleted
$ kubectl delete deployment nginx-deployment
deployment.apps "nginx-deployment" deleted
$ kubectl wait --for=delete pod -l app.kubernetes.io/name=nginx --timeout=2m
$ kubectl apply -f https://k8s.io/examples/controllers/nginx-deployment.yaml
deployment.apps/nginx-deployment created
$ kubectl rollout status deployment/nginx-deployment
```

\1''')

# The page supposes states it never creates (insufficient quota, an exceeded deadline): those
# outputs are shown, not run.
note = '''> **Corrected by hand:** the page supposes a Deployment short of quota, or past its progress
> deadline, which it does not create; the command is shown, not run.

'''
sub(r'```console\n(\$ kubectl describe deployment nginx-deployment\n\.\.\.\nConditions:)', note.replace('\\', '\\\\') + r'```console norun\n\1')
sub(r'```console\n(\$ kubectl get deployment nginx-deployment -o yaml\n)', note.replace('\\', '\\\\') + r'```console norun\n\1')
sub(r'```console\n(\$ kubectl rollout status deployment/nginx-deployment\nWaiting for rollout to finish: 2 out of 3 new replicas have been updated\.\.\.\nerror: )', note.replace('\\', '\\\\') + r'```console norun\n\1')
sub(r'```console\n(\$ echo \$\?\n1\n)', r'```console norun\n\1')
open(p, 'w').write(s)

s = open(p).read()
# The watch after `rollout resume`: the page's rollout is done 20 s after it starts; Ctrl-C after
# 40 s (the import's 70 s is longer than a command may run).
sub(r'```console interrupt=70s\n(  \$ kubectl get rs -w\n)', r'```console interrupt=40s\n\1')
open(p, 'w').write(s)
