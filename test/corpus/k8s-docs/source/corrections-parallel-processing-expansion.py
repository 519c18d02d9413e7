# The hand corrections of parallel-processing-expansion.md, re-applied after a re-import (python3 THIS).
import os, re
p = os.path.join(os.path.dirname(__file__), '..', 'parallel-processing-expansion.md')
s = open(p).read()
# curl downloads the template: the lesson's urls: map serves `kubectl -f URL` only, so the download
# is shown, not run, and a hidden step puts the file the URL maps to where curl -O writes it.
s, n = re.subn(r'```console\n(\$ # Use curl to download job-tmpl.yaml\n\$ curl -L -s -O https://k8s.io/examples/application/job/job-tmpl.yaml\n)(?:.*\n)*?```\n',
               r'''```console norun
\1```

```console hidden
$ cp application/job/job-tmpl.yaml job-tmpl.yaml
```

> **Corrected by hand:** `curl` does not read the lesson's `urls:` map (only `kubectl -f URL`
> does), so the download is shown, not run; a hidden step copies the file the URL stands for.
''', s, count=1)
assert n == 1
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
