// DaemonSet ControllerRevisions on the simulator (pkg/controller/daemon/update.go): one revision
// per template, the pods' controller-revision-hash naming it, an old template coming back taking
// its old revision to the top, revisionHistoryLimit, and `kubectl rollout history|undo|restart`
// of DaemonSets and StatefulSets (polymorphichelpers history.go, rollback.go).
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';
const NODES = { nodes: [{ name: 'kind-control-plane', role: 'control-plane' }, { name: 'kind-worker' }, { name: 'kind-worker2' }] };

function daemonSet(image: string, limit?: number): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
${limit !== undefined ? `  revisionHistoryLimit: ${limit}\n` : ''}  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: ${image}
        command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
`;
}

const revisionsOf = (s: ScriptedSession) =>
  s.ok("kubectl get controllerrevisions -l app=agent -o jsonpath='{range .items[*]}{.metadata.name}{\" \"}{.revision}{\"\\n\"}{end}'").trim().split('\n').filter((l) => l !== '');

describe('DaemonSet revisions', () => {
  it('keeps one ControllerRevision per template, named by the hash its pods carry, and rolls back to one', async () => {
    const s = new ScriptedSession(NODES);
    await s.file('agent.yaml', daemonSet('busybox:1.36'));
    s.ok('kubectl apply -f agent.yaml');
    s.ok('kubectl rollout status ds/agent --timeout=120s');
    const first = revisionsOf(s);
    expect(first).toHaveLength(1);
    const hash = s.ok("kubectl get pods -l app=agent -o jsonpath='{.items[0].metadata.labels.controller-revision-hash}'");
    expect(first[0]).toBe(`agent-${hash} 1`);
    s.ok('kubectl get controllerrevisions');
    s.ok('kubectl set image ds/agent agent=busybox:1.37');
    s.ok('kubectl annotate ds/agent kubernetes.io/change-cause="busybox 1.37"');
    s.ok('kubectl rollout status ds/agent --timeout=120s');
    expect(revisionsOf(s)).toHaveLength(2);
    s.ok('kubectl rollout history ds/agent');
    s.ok('kubectl rollout history ds/agent --revision=1');
    expect(s.run('kubectl rollout history ds/agent --revision=7').exitCode).toBe(1);
    expect(s.ok('kubectl rollout undo ds/agent')).toBe('daemonset.apps/agent rolled back\n');
    s.ok('kubectl rollout status ds/agent --timeout=120s');
    // The first template is back: its revision becomes number 3, no new revision is made.
    const after = revisionsOf(s);
    expect(after).toHaveLength(2);
    expect(after).toContain(`agent-${hash} 3`);
    expect(s.ok("kubectl get pods -l app=agent -o jsonpath='{.items[*].spec.containers[0].image}'")).toBe('busybox:1.36 busybox:1.36');
    s.ok('kubectl rollout history ds/agent');
    expect(s.ok('kubectl rollout undo ds/agent --to-revision=3')).toBe('daemonset.apps/agent skipped rollback (current template already matches revision 3)\n');
    s.run('kubectl rollout undo ds/agent --to-revision=9');
    s.ok('kubectl rollout restart ds/agent');
    s.ok('kubectl rollout status ds/agent --timeout=120s');
    expect(revisionsOf(s)).toHaveLength(3);
    s.ok('kubectl get ds agent -o yaml');
    s.ok("kubectl get controllerrevisions -l app=agent --sort-by=.revision -o yaml");
    expectGolden(s.transcript(), `${GOLDEN}/daemonset-history-undo.txt`);
  });

  it('deletes the oldest revisions no pod uses beyond revisionHistoryLimit', async () => {
    const s = new ScriptedSession(NODES);
    await s.file('agent.yaml', daemonSet('busybox:1.35', 1));
    s.ok('kubectl apply -f agent.yaml');
    s.ok('kubectl rollout status ds/agent --timeout=120s');
    for (const tag of ['1.36', '1.37']) {
      s.ok(`kubectl set image ds/agent agent=busybox:${tag}`);
      s.ok('kubectl rollout status ds/agent --timeout=120s');
    }
    s.ok('sleep 1');
    expect(revisionsOf(s).map((l) => l.split(' ')[1]).sort()).toEqual(['2', '3']);
    expect(rows(s.ok('kubectl rollout history ds/agent')).slice(1).map((r) => r[0])).toEqual(['2', '3']);
    expect(s.run('kubectl rollout undo ds/agent --to-revision=1').output).toBe('error: unable to find specified revision 1 in history\n');
  });

  it('says there is no last revision while a DaemonSet has one template', async () => {
    const s = new ScriptedSession(NODES);
    await s.file('agent.yaml', daemonSet('busybox:1.36'));
    s.ok('kubectl apply -f agent.yaml');
    s.ok('sleep 1');
    const r = s.run('kubectl rollout undo daemonset agent');
    expect([r.exitCode, r.output]).toEqual([1, 'error: no last revision to roll back to\n']);
    expect(s.run('kubectl rollout history ds/missing').output).toBe('Error from server (NotFound): daemonsets.apps "missing" not found\n');
  });
});

describe('StatefulSet revisions through kubectl rollout', () => {
  it('lists revisions without change-causes, rolls back and restarts', async () => {
    const s = new ScriptedSession();
    await s.file(
      'web.yaml',
      `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: busybox:1.36
        command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
`,
    );
    s.ok('kubectl apply -f web.yaml');
    s.ok('kubectl rollout status sts/web --timeout=120s');
    s.ok('kubectl set image sts/web web=busybox:1.37');
    s.ok('kubectl rollout status sts/web --timeout=120s');
    s.ok('kubectl rollout history sts/web');
    s.ok('kubectl rollout history sts/web --revision=2');
    expect(s.ok('kubectl rollout undo sts/web')).toBe('statefulset.apps/web rolled back\n');
    s.ok('kubectl rollout status sts/web --timeout=120s');
    expect(s.ok("kubectl get pods -l app=web -o jsonpath='{.items[*].spec.containers[0].image}'")).toBe('busybox:1.36 busybox:1.36');
    s.ok('kubectl rollout history sts/web');
    expect(s.ok('kubectl rollout restart sts/web')).toBe('statefulset.apps/web restarted\n');
    s.ok('kubectl rollout status sts/web --timeout=120s');
    s.ok('kubectl rollout history sts/web');
    expectGolden(s.transcript(), `${GOLDEN}/statefulset-history-undo.txt`);
  });
});
