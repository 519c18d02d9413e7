# The hand corrections of dns-debugging-resolution.md, re-applied after a re-import (python3
# THIS), then `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/dns-debugging-resolution.md`.
import os
p = os.path.join(os.path.dirname(__file__), '..', 'dns-debugging-resolution.md')
s = open(p).read()

# "Once that pod is running": wait for it, as the reader does.
old = 'Once that pod is running, you can exec `nslookup` in that environment.\n'
assert old in s
s = s.replace(old, '''```console hidden
$ kubectl wait --for=condition=Ready pod/dnsutils --timeout=2m
```

> **Set-up added by hand:** a hidden `kubectl wait` waits for the Pod to be ready before the
> `exec`, as the reader does ("once that pod is running").

''' + old, 1)

# "For kube-dns, there are 3 sets of logs": kind runs CoreDNS, whose Pods have no container
# `kubedns`, `dnsmasq` or `sidecar`: the three commands fail there (`exit=1`), as they would on
# any CoreDNS cluster.
old = 'For kube-dns, there are 3 sets of logs:\n\n```console\n'
assert old in s
s = s.replace(old, """For kube-dns, there are 3 sets of logs:

> **Corrected by hand:** `exit=1`: on a cluster that runs CoreDNS (kind does), the DNS Pods have
> none of these containers, and each command fails.

```console exit=1
""", 1)
open(p, 'w').write(s)
