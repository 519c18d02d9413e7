# The hand corrections of debug-service.md, re-applied after a re-import
# (`bash test/corpus/k8s-docs/import-corpus.sh debug-service.md`, then python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/debug-service.md` (the
# hidden wait's output) and `node bin/kindling.js update --mark-stale test/corpus/k8s-docs/debug-service.md`.
# Run in that order from a fresh import, they give the committed lesson byte for byte.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'debug-service.md')
s = open(p).read()

# "You can confirm your Pods are running": wait for them, as the reader does.
old = 'You can confirm your Pods are running:\n'
assert old in s
s = s.replace(old, '''```console hidden
$ kubectl rollout status deployment/hostnames --timeout=2m
```

> **Set-up added by hand:** a hidden `kubectl rollout status` waits for the three Pods before
> the `get pods` that shows them running, as the reader does.

''' + old, 1)

# Every command the page types "from within a Pod" (the busybox shell of the `kubectl run -it`
# it shows as an illustration in a plain block, not as a step) or "on a Node" is shown without
# running: the lesson's shell is the host's. They are the console blocks whose command is not
# `kubectl`.
def norun_non_kubectl(m):
    head, body = m.group(1), m.group(2)
    first = body.split('\n', 1)[0]
    if first.startswith('$ kubectl') or 'norun' in head:
        return m.group(0)
    return '```console' + head + ' norun\n' + body
s, n = re.subn(r'^```console([^\n]*)\n(\$ [^\n]*\n)', norun_non_kubectl, s, flags=re.M)

old = 'From within a pod:\n\n```console norun\n'
assert old in s
s = s.replace(old, '''> **Corrected by hand:** the commands the page types "from within a Pod" (`wget`, `nslookup`,
> `cat /etc/resolv.conf`) are shown without running, with the outputs the page documents (not
> compared): the page runs them in the shell of the busybox Pod of "Running commands in a Pod",
> which it shows as an illustration, not as a step, and the lesson's shell is the host's.

''' + old, 1)

old = 'You can also try this from a Node in the cluster:\n'
assert old in s
s = s.replace(old, old + '''
> **Corrected by hand:** this command and those the page types "on a Node" further on
> (`ps auxw`, `iptables-save`, `ipvsadm`, `curl`, the `/sys` loop, `ifconfig`) are shown without
> running: the simulator does not model a node's shell, its processes, or the iptables, IPVS and
> bridge state kube-proxy and the kubelet set up there.
''', 1)

# The Service does not exist yet: `get svc` fails (exit 1), as the page shows.
old = '```console\n$ kubectl get svc hostnames\nNo resources found.\n'
assert old in s
s = s.replace(old, '```console exit=1\n$ kubectl get svc hostnames\nNo resources found.\n', 1)
old = 'Let\'s create the Service.'
assert old in s
s = s.replace(old, '''> **Corrected by hand:** `exit=1`: the command fails, as the page shows; kubectl 1.32 no longer
> prints `No resources found.` before the error (marked stale).

''' + old, 1)

# The page documents the output of `get service -o json` in a ```json block after the command:
# the import takes it for the command's output (an import before corpus4 did not: then by hand).
old = '$ kubectl get service hostnames -o json\n```\n\n```json\n'
s = s.replace(old, '$ kubectl get service hostnames -o json\n', 1)
old = 'Read back your Service\nand verify it:\n'
assert old in s
s = s.replace(old, old + '''
> **Note:** the page's ```` ```json ```` block after the command is its output (the import takes
> it so). It is a Service of 2015, marked stale: kubectl 1.32 prints the keys sorted, the fields
> added since (`clusterIPs`, `ipFamilies`, `ipFamilyPolicy`, `internalTrafficPolicy`), no
> `"nodePort": 0`, and no port name (`kubectl expose` names ports only when there are several).
''', 1)
open(p, 'w').write(s)
