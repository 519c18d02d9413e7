// Whole rollouts on the simulated cluster, recorded as transcripts (golden files): a rollout to an
// image that never pulls and the undo, Recreate, a resize in the middle of a rollout (proportional
// scaling), and revisionHistoryLimit. Each transcript is what the commands printed, in order.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { KubectlSession } from '../kubectl/verbs/kubectl-session.js';

function deployment(name: string, replicas: number, extra: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
${extra}  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: nginx
        image: nginx:1.26
`;
}

/** Runs commands, each with its output under it, as a lesson transcript shows them. */
function transcript(s: KubectlSession, ...commands: string[]): string {
  return commands
    .map((c) => {
      if (c.startsWith('# wait ')) {
        s.wait(Number(c.slice('# wait '.length)) * 1000);
        return `${c}\n`;
      }
      const r = s.both(c);
      return `$ ${c}\n${r.output}${r.exitCode === 0 ? '' : `[exit ${r.exitCode}]\n`}`;
    })
    .join('');
}

describe('Deployment rollouts, whole', () => {
  test('10 replicas, maxUnavailable 2, maxSurge 3, a broken image: 8 old Pods stay, 5 new ones wait; undo brings revision 2 back as 4', () => {
    const s = new KubectlSession().file('web.yaml', deployment('web', 10, '  progressDeadlineSeconds: 90\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 2\n      maxSurge: 3\n'));
    const text = transcript(
      s,
      'kubectl apply -f web.yaml',
      'kubectl rollout status deploy/web',
      'kubectl set image deploy/web nginx=nginx:1.27',
      'kubectl rollout status deploy/web',
      'kubectl set image deploy/web nginx=nginx:no-such-tag',
      'kubectl rollout status deploy/web',
      'kubectl get rs',
      "kubectl get deploy web -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{\"\\n\"}{end}'",
      'kubectl rollout undo deploy/web --to-revision=7',
      'kubectl rollout undo deploy/web',
      'kubectl rollout status deploy/web',
      'kubectl get rs',
      "kubectl get rs -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.annotations}{\"\\n\"}{end}'",
      'kubectl rollout history deploy/web',
      'kubectl rollout undo deploy/web --to-revision=4',
      "kubectl get events --field-selector reason=ScalingReplicaSet -o custom-columns=MESSAGE:.message,COUNT:.count",
    );
    expectGolden(text, 'test/sim/controllers/golden/deployment-broken-rollout-and-undo.txt');
    // The issue's numbers: the old ReplicaSet keeps 8 (10 less maxUnavailable), the new one has 5 (13 in all).
    expect(text).toMatch(/web-\w+ +8 +8 +8 .*\nweb-\w+ +5 +5 +0 /);
  });

  test('Recreate: every old Pod is gone before the new ReplicaSet is created', () => {
    const s = new KubectlSession().file('db.yaml', deployment('db', 3, '  strategy:\n    type: Recreate\n'));
    const text = transcript(
      s,
      'kubectl apply -f db.yaml',
      'kubectl rollout status deploy/db',
      'kubectl set image deploy/db nginx=nginx:1.27',
      'kubectl get rs',
      'kubectl rollout status deploy/db',
      'kubectl get rs',
      "kubectl get events --field-selector reason=ScalingReplicaSet -o custom-columns=MESSAGE:.message",
    );
    expectGolden(text, 'test/sim/controllers/golden/deployment-recreate.txt');
  });

  test('resized mid-rollout: every active ReplicaSet grows in proportion; paused, the rollout waits', () => {
    const s = new KubectlSession().file('api.yaml', deployment('api', 10, '  progressDeadlineSeconds: 600\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 2\n      maxSurge: 3\n'));
    const text = transcript(
      s,
      'kubectl apply -f api.yaml',
      'kubectl rollout status deploy/api',
      'kubectl set image deploy/api nginx=nginx:no-such-tag',
      '# wait 20',
      'kubectl get rs',
      'kubectl scale deploy/api --replicas=20',
      '# wait 20',
      'kubectl get rs',
      'kubectl rollout pause deploy/api',
      'kubectl scale deploy/api --replicas=5',
      '# wait 20',
      'kubectl get rs',
      "kubectl get deploy api -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{\"\\n\"}{end}'",
      'kubectl rollout resume deploy/api',
      'kubectl rollout resume deploy/api',
      '# wait 5',
      "kubectl get deploy api -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason}: {.message}{\"\\n\"}{end}'",
    );
    expectGolden(text, 'test/sim/controllers/golden/deployment-proportional-scaling.txt');
  });

  test('revisionHistoryLimit: old ReplicaSets past the limit are deleted, the oldest revision first', () => {
    const s = new KubectlSession().file('app.yaml', deployment('app', 1, '  revisionHistoryLimit: 1\n'));
    const text = transcript(
      s,
      'kubectl apply -f app.yaml',
      'kubectl rollout status deploy/app',
      'kubectl set image deploy/app nginx=nginx:1.27',
      'kubectl rollout status deploy/app',
      'kubectl set image deploy/app nginx=nginx:1.25',
      'kubectl rollout status deploy/app',
      '# wait 5',
      'kubectl get rs',
      'kubectl rollout history deploy/app',
    );
    expectGolden(text, 'test/sim/controllers/golden/deployment-revision-history-limit.txt');
    expect(text).toMatch(/REVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n$/);
  });
});
