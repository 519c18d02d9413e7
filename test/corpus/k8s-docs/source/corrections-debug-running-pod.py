# The hand corrections of debug-running-pod.md, re-applied after a re-import (python3 THIS), then
# `node test/corpus/k8s-docs/record-unrecorded.mjs test/corpus/k8s-docs/debug-running-pod.md` and `kindling update --mark-stale` on it.
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'debug-running-pod.md')
s = open(p).read()

def sub(pattern, repl, note=None):
    global s
    s, n = re.subn(pattern, repl, s, count=1)
    assert n == 1, pattern

# `cassandra` is a Pod the page only supposes (as in the example before it): shown, not run.
sub(r'```console\n(\$ kubectl exec -it cassandra -- sh\n)(?:(?!```).*\n)*```\n', r'''```console norun
\1```

> **Corrected by hand:** `cassandra` is a Pod the page only supposes, as in the example above;
> the command is shown, not run.
''')
open(p, 'w').write(s)

s = open(p).read()
# The page shows the Pods Running 13s after the apply: a hidden step waits for the Deployment.
sub(r'(Check pod status by following command:\n)', r'''```console hidden
$ kubectl wait --for=condition=Available deployment/nginx-deployment --timeout=2m
```

> **Set-up added by hand:** the page shows both Pods running; a hidden step waits for the
> Deployment to be available, as the reader would.

\1''')
# "Let's say we created the previous Deployment with 5 replicas ... on a four-node cluster": a
# supposed cluster the page does not create; its `get pods` is shown, not run.
sub(r'```console\n(\$ kubectl get pods\nNAME                                READY     STATUS)', r'''> **Corrected by hand:** this `get pods` is from the cluster the paragraph above supposes (five
> replicas of 600 millicores on four one-CPU nodes), which the page does not create: shown, not run.

```console norun
\1''')
# The page opens a shell in ephemeral-demo right after `kubectl run`: a hidden step waits for it.
sub(r'(\$ kubectl run ephemeral-demo --image=registry.k8s.io/pause:3.1 --restart=Never\n)```\n', r'''\1```

```console hidden
$ kubectl wait --for=condition=Ready pod/ephemeral-demo --timeout=2m
```

> **Set-up added by hand:** a hidden step waits for `ephemeral-demo` to run, as the reader would
> before opening a shell in it.
''')
open(p, 'w').write(s)

s = open(p).read()
# The shell the pause image does not have: kubectl exits with the exec's 126 (kubectl 1.32 adds
# `command terminated with exit code 126`; the page's runc message is older: marked stale).
sub(r'```console\n(\$ kubectl exec -it ephemeral-demo -- sh\n)', r'```console exit=126\n\1')
# `import --record` recorded these before the waits above; the page documents no output for them.
for cmd in ['$ kubectl get events\n', '$ kubectl get events --namespace=my-namespace\n']:
    sub(re.escape(cmd) + r'(?:(?!```).*\n)*', cmd.replace('\\', '\\\\'))
open(p, 'w').write(s)

s = open(p).read()
# Simulator gap: a shell attached with `kubectl debug -it --copy-to` does not end when the lesson's
# (empty) stdin closes, so the command waits until its timeout; shown, not run, until that is
# fixed (the ephemeral-container `debug -it` above runs).
for cmd in ['$ kubectl debug myapp -it --image=ubuntu --share-processes --copy-to=myapp-debug\n',
            '$ kubectl debug myapp -it --copy-to=myapp-debug --container=myapp -- sh\n']:
    sub(r'```console\n' + re.escape(cmd), '```console norun\n' + cmd)
    sub(r'(```console norun\n' + re.escape(cmd) + r'(?:(?!```).*\n)*```\n)', r'''\1
> **Corrected by hand:** shown, not run: in the simulator, a shell attached by `kubectl debug -it
> --copy-to` does not end when the lesson's empty input closes (a simulator gap).
''')
# `mynode` is a node the page supposes; the debugging Pod's name is generated (KL911).
sub(r'```console\n(\$ kubectl debug node/mynode -it --image=ubuntu\n)', r'```console norun\n\1')
sub(r'(When creating a debugging session on a node, keep in mind that:\n)', r'''> **Corrected by hand:** `mynode` is a node the page supposes; the command is shown, not run.

\1''')
# `--custom` is not modelled by the simulator; the file it reads is only shown by the page.
sub(r'```console\n(\$ kubectl debug -it myapp --image=busybox:1.28 --target=myapp --profile=general --custom=custom-profile.yaml\n)(?:(?!```).*\n)*```\n', r'''```console norun
\1```

> **Corrected by hand:** `kubectl debug --custom` is not modelled by the simulator (and the page
> only shows `custom-profile.yaml`); this command and the two that read what it adds are shown,
> not run.
''')
for cmd in ["$ kubectl get pod myapp -o jsonpath='{.spec.ephemeralContainers[0].env}'\n"]:
    sub(r'```console\n' + re.escape(cmd), '```console norun\n' + cmd.replace('\\', '\\\\'))
open(p, 'w').write(s)

s = open(p).read()
old = "```console\n$ kubectl get pod myapp -o jsonpath='{.spec.ephemeralContainers[0].securityContext}'\n{\"capabilities\""
assert s.count(old) == 1
s = s.replace(old, old.replace('```console\n', '```console norun\n', 1), 1)
open(p, 'w').write(s)

s = open(p).read()
# So that the page's clean-up finds `myapp-debug`: a hidden step makes the same copy without
# attaching to it (`--attach=false`), which the simulator runs.
for shown, hidden in [
    ('> --copy-to` does not end when the lesson\'s empty input closes (a simulator gap).\n',
     '$ kubectl debug myapp -i --image=ubuntu --share-processes --copy-to=myapp-debug --attach=false\n'),
]:
    pass
blocks = s.split('> --copy-to` does not end when the lesson\'s empty input closes (a simulator gap).\n')
assert len(blocks) == 3
hidden = [
    '\n```console hidden\n$ kubectl debug myapp -i --image=ubuntu --share-processes --copy-to=myapp-debug --attach=false\n```\n\n> **Set-up added by hand:** a hidden step makes the same copy without attaching to it\n> (`--attach=false`), so that the clean-up below finds `myapp-debug`.\n',
    '\n```console hidden\n$ kubectl debug myapp -i --copy-to=myapp-debug --container=myapp --attach=false -- sh\n```\n\n> **Set-up added by hand:** a hidden step makes the same copy without attaching to it\n> (`--attach=false`), so that the clean-up below finds `myapp-debug`.\n',
]
marker = '> --copy-to` does not end when the lesson\'s empty input closes (a simulator gap).\n'
s = blocks[0] + marker + hidden[0] + blocks[1] + marker + hidden[1] + blocks[2]
open(p, 'w').write(s)
