# The hand corrections of assign-pods-nodes-using-node-affinity.md, re-applied after a re-import
# (python3 THIS): the page's nodes, the label its placeholder command adds, waits for the Pods,
# and the deletion of the first Pod, which the page leaves to the reader.
import os
p = os.path.join(os.path.dirname(__file__), '..', 'assign-pods-nodes-using-node-affinity.md')
s = open(p).read()
s = s.replace('match: normalized\n', '''match: normalized
sim:
  nodes:
    - { name: kind-control-plane, role: control-plane }
    - { name: worker0, role: worker }
    - { name: worker1, role: worker }
    - { name: worker2, role: worker }
  clusterAge: 1d
''', 1)
where = '   where `<your-node-name>` is the name of your chosen node.\n'
assert where in s
s = s.replace(where, where + '''
   ```console hidden
   $ kubectl label nodes worker0 disktype=ssd
   node/worker0 labeled
   ```

   > **Corrected by hand:** the command above has a placeholder, so it is shown, not run; a
   > hidden block labels `worker0`, the node the page chose. The simulated cluster has the
   > page's three nodes, and a control plane as kind makes (`sim:` front matter).
''', 1)
s = s.replace('```console\n   $ kubectl get pods --output=wide\n', '```console until="Running" timeout=2m\n   $ kubectl get pods --output=wide\n')
pref = '## Schedule a Pod using preferred node affinity\n'
assert pref in s
s = s.replace(pref, pref + '''
> **Set-up added by hand:** the Pod of this section has the name of the previous one, which
> the page leaves to the reader to delete first (kubectl cannot change a Pod's affinity).

```console
$ kubectl delete pod nginx
pod "nginx" deleted
```
''', 1)
s = s.replace('Verify that the pod is running on your chosen node:\n', 'Verify that the pod is running on your chosen node (`until="Running"`, added by hand, waits\n   for it):\n')
open(p, 'w').write(s)

# `import --record` recorded the second apply's refusal (the first Pod still existed then); the
# page documents no output for it, so it is recorded again after the deletion above.
s = open(p).read()
start = s.index('$ kubectl apply -f https://k8s.io/examples/pods/pod-nginx-preferred-affinity.yaml\n')
start += len('$ kubectl apply -f https://k8s.io/examples/pods/pod-nginx-preferred-affinity.yaml\n')
end = s.index('```', start)
s = s[:start] + s[end:].lstrip(' ') if False else s[:start] + s[s.rindex('\n', start, end) + 1:]
open(p, 'w').write(s)
