# The hand corrections of connect-applications-service.md, re-applied after a re-import (python3
# THIS), then `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/connect-applications-service.md`.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'connect-applications-service.md')
s = open(p).read()

WAIT = '''```console hidden
$ kubectl rollout status deployment/my-nginx --timeout=2m
```

> **Set-up added by hand:** the page's `get pods` shows the Pods running; the lesson runs it
> right after the command that creates them, then waits for them (a hidden `kubectl rollout
> status`) before it goes on, as the reader does.

'''
# After the apply and after the scale to 0 and 2: wait for the Deployment's Pods.
for after in ['Check your pods\' IPs:\n', 'You may notice that the pods have different names, since they are killed and recreated.\n']:
    assert after in s, after
    s = s.replace(after, WAIT + after, 1)

# "Securing the Service" needs keys made with `make keys` (the https-nginx example's Makefile,
# which the page does not give) or `openssl`: the simulated userland has neither, nor the
# `default.conf` the ConfigMap is made from. The secret, the ConfigMap, the Deployment that mounts
# them, and the NodePort Service the last section reads are therefore not there: every block from
# here on is shown without running.
head = '## Securing the Service\n'
i = s.index(head)
rest = s[i:]
rest, n = re.subn(r'^```console(?![^\n]*\bnorun\b)([^\n]*)\n', lambda m: '```console' + m.group(1) + ' norun\n', rest, flags=re.M)
assert n > 5, n
s = s[:i] + head + '''
> **Corrected by hand:** the commands of this section and the next are shown without running:
> the keys come from `make keys` (with the Makefile of the https-nginx example, which the page
> does not give) or from `openssl`, and the simulated userland has neither `make` nor `openssl`;
> nor does the page give the `default.conf` its ConfigMap is made from. Without the secret and
> the ConfigMap, the `bprashanth/nginxhttps` Pods would not start, and the NodePort Service that
> "Exposing the Service" reads would not exist.
''' + rest[len(head):]
open(p, 'w').write(s)
