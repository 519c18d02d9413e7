# The hand corrections of automated-tasks-with-cron-jobs.md, re-applied after a re-import (python3 THIS).
# The stored example is a batch/v1beta1 CronJob (removed in Kubernetes 1.25), and no stored
# version of the page or the example uses batch/v1: kubectl 1.32 refuses it, so the create is
# expected to fail (exit=1, its lines marked stale by `kindling update --mark-stale`) and the
# steps that need the CronJob are shown, not run.
import os
p = os.path.join(os.path.dirname(__file__), '..', 'automated-tasks-with-cron-jobs.md')
s = open(p).read()
create = '```console\n$ kubectl create -f https://k8s.io/examples/application/job/cronjob.yaml\n'
assert create in s
s = s.replace(create, create.replace('```console', '```console exit=1'), 1)
head, sep, tail = s.partition(create.replace('```console', '```console exit=1'))
tail = tail.replace('```console interrupt=70s\n', '```console norun interrupt=70s\n').replace('```console\n', '```console norun\n')
s = head + sep + tail
note = 'After creating the cron job, get its status using this command:'
s = s.replace(note, """> **Corrected by hand:** the example, as stored (and in every stored version of the page), is a
> `batch/v1beta1` CronJob, an API version Kubernetes removed in 1.25: kubectl 1.32 refuses the
> file (`exit=1`, the documented line marked stale as an error). No CronJob is created, so the
> steps that need it are shown, not run (`norun`). With `apiVersion: batch/v1` the same object
> is created.

""" + note, 1)
open(p, 'w').write(s)
