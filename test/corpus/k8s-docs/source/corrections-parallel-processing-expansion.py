# The hand corrections of parallel-processing-expansion.md, re-applied after a re-import (python3 THIS).
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'parallel-processing-expansion.md')
s = open(p).read()
# curl downloads the template: the import maps its URL in `urls:` (curl -O of an example), and
# the simulator's curl serves the mapped file, so the download runs as the page wrote it.
# The Jobs run five seconds each: the page's listings show them complete.
s = s.replace('```console\n$ kubectl get jobs -l jobgroup=jobexample\n', '```console until=/1\\/1[\\s\\S]*1\\/1[\\s\\S]*1\\/1/ timeout=2m\n$ kubectl get jobs -l jobgroup=jobexample\n', 1)
s = s.replace('Now, check on the jobs:', 'Now, check on the jobs (`until=`, added by hand, waits for the three to complete):', 1)
# The advanced section runs a Python one-liner with Jinja2, which the simulator does not model.
head, sep, tail = s.partition('## Use advanced template parameters\n')
tail = tail.replace('```console\n', '```console norun\n')
s = head + sep + '''
> **Corrected by hand:** this section's commands run a Python program with the Jinja2 library,
> which the simulator does not model (`python` is not in its userland), so they are shown, not
> run.
''' + tail
open(p, 'w').write(s)
