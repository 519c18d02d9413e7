# The hand corrections of downward-api-volume-expose-pod-information.md, re-applied after a
# re-import (python3 THIS).
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'downward-api-volume-expose-pod-information.md')
s = open(p).read()
# "Verify that the Container in the Pod is running": wait for it, as the reader does.
s = re.sub(r'```console\n(\$ kubectl get pods\n)(?:(?!```).*\n)*', r'```console until="Running" timeout=2m\n\1', s, count=1)
s = s.replace('Verify that the Container in the Pod is running:', 'Verify that the Container in the Pod is running (`until="Running"`, added by hand, waits for it):', 1)
open(p, 'w').write(s)
