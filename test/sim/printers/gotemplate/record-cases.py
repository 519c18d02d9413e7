#!/usr/bin/env python3
"""Records what the real kubectl 1.32 prints for each template in cases.txt (records separated by a
line `----`; a `STRICT:` prefix adds --allow-missing-template-keys=false) on the Deployment that
`kubectl create deployment x --image=nginx --replicas=3 --dry-run=client` builds, into
kubectl-1.32.json. Run it by hand on a machine with kubectl 1.32 (no cluster is needed)."""
import json, pathlib, subprocess

here = pathlib.Path(__file__).parent
base = ['kubectl', 'create', 'deployment', 'x', '--image=nginx', '--replicas=3', '--dry-run=client']
obj = json.loads(subprocess.run(base + ['-o', 'json'], capture_output=True, text=True, check=True).stdout)
cases = []
for rec in (here / 'cases.txt').read_text().split('\n----\n'):
    rec = rec.rstrip('\n')
    if not rec:
        continue
    strict = rec.startswith('STRICT:')
    tpl = rec[len('STRICT:'):] if strict else rec
    flags = ['--allow-missing-template-keys=false'] if strict else []
    r = subprocess.run(base + flags + ['-o', 'go-template=' + tpl], capture_output=True, text=True)
    cases.append({'template': tpl, 'strict': strict, 'stdout': r.stdout, 'stderr': r.stderr, 'exitCode': r.returncode})
(here / 'kubectl-1.32.json').write_text(json.dumps({'object': obj, 'cases': cases}, indent=1, ensure_ascii=False) + '\n')
print(len(cases), 'cases')
