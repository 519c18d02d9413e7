# The hand corrections of namespaces-walkthrough.md, re-applied after a re-import (python3 THIS):
# the page's kubeconfig names (its cluster and user `lithe-cocoa-92103_kubernetes`, which its
# `set-context` commands name verbatim).
import os
p = os.path.join(os.path.dirname(__file__), '..', 'namespaces-walkthrough.md')
s = open(p).read()

old = 'match: normalized\n'
assert old in s
s = s.replace(old, '''match: normalized
sim:
  kubeconfig: lithe-cocoa-92103_kubernetes
''', 1)
open(p, 'w').write(s)

# The page shows `kubectl config view`'s output in a ```yaml block; the import takes it for the
# command's output (an import before corpus4 recorded the simulator's: the page's block then
# becomes the output here).
import re
s = open(p).read()
pattern = re.compile(r'```console\n\$ kubectl config view\n(?:(?!```).*\n)*```\n\n```yaml\n((?:(?!```).*\n)*)```\n')
found = pattern.findall(s)
assert len(found) in (0, 2), len(found)
s = pattern.sub(lambda m: '```console\n$ kubectl config view\n' + m.group(1) + '```\n', s)
s = s.replace('We first check what is the current context:', '''We first check what is the current context:

> **Corrected by hand:** the page shows the output of `kubectl config view` in a YAML block
> right under the command, which the import takes for its output.
> `sim.kubeconfig` gives the simulated kubeconfig the page's names (`lithe-cocoa-92103_kubernetes`
> for its cluster, user and context), so the `set-context` commands below run verbatim.''', 1)
open(p, 'w').write(s)

# The page shows the snowflake Deployment ready two minutes on: wait for it, as the reader does.
s = open(p).read()
old = '```console\n$ kubectl get deployment\nNAME         READY   UP-TO-DATE   AVAILABLE   AGE\nsnowflake '
assert old in s
s = s.replace(old, '```console until=/snowflake\\s+2\\/2/ timeout=5m\n' + old[len('```console\n'):], 1)
s = s.replace('We have just created a deployment whose replica size is 2', '''> **Corrected by hand:** `until=` on the `get deployment` below waits for the two replicas to be
> ready, as the page shows them two minutes on.

We have just created a deployment whose replica size is 2''', 1)
open(p, 'w').write(s)
