// The RuntimeClass admission plugin: a pod naming a RuntimeClass gets its overhead and its
// scheduling; a missing class, a different overhead, an overhead no class defines and a node
// selector conflict are refused with the plugin's messages.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../../backends/sim/scripted-session.js';

const RUNTIME_CLASSES = `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: kata-fc
handler: kata-fc
overhead:
  podFixed:
    memory: 120Mi
    cpu: 250m
---
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: pinned
handler: runc
scheduling:
  nodeSelector:
    kubernetes.io/os: linux
    disk: ssd
  tolerations:
  - key: sandbox
    operator: Exists
  - key: node.kubernetes.io/not-ready
    operator: Exists
    effect: NoExecute
`;

const pod = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;

async function session(): Promise<ScriptedSession> {
  const s = new ScriptedSession();
  await s.file('classes.yaml', RUNTIME_CLASSES);
  s.ok('kubectl apply -f classes.yaml');
  return s;
}

const refusal = (s: ScriptedSession, file: string) => s.run(`kubectl create -f ${file}`).output;

describe('RuntimeClass admission', () => {
  it('sets the overhead the RuntimeClass defines, and accepts a pod that already has an equal one', async () => {
    const s = await session();
    await s.file('a.yaml', pod('a', '  runtimeClassName: kata-fc\n'));
    await s.file('b.yaml', pod('b', '  runtimeClassName: kata-fc\n  overhead:\n    cpu: "0.25"\n    memory: 120Mi\n'));
    s.ok('kubectl create -f a.yaml -f b.yaml');
    expect(s.ok("kubectl get pod a b -o jsonpath='{range .items[*]}{.spec.overhead}{\"\\n\"}{end}'")).toBe('{"cpu":"250m","memory":"120Mi"}\n{"cpu":"250m","memory":"120Mi"}\n');
  });

  it('refuses a RuntimeClass that does not exist, a different overhead, and an overhead without one', async () => {
    const s = await session();
    await s.file('missing.yaml', pod('missing', '  runtimeClassName: gvisor\n'));
    await s.file('different.yaml', pod('different', '  runtimeClassName: kata-fc\n  overhead:\n    cpu: 250m\n'));
    await s.file('own.yaml', pod('own', '  overhead:\n    cpu: 100m\n'));
    await s.file('classless.yaml', pod('classless', '  runtimeClassName: pinned\n  overhead:\n    memory: 10Mi\n'));
    expect(refusal(s, 'missing.yaml')).toBe('Error from server (Forbidden): error when creating "missing.yaml": pods "missing" is forbidden: pod rejected: RuntimeClass "gvisor" not found\n');
    expect(refusal(s, 'different.yaml')).toBe(
      'Error from server (Forbidden): error when creating "different.yaml": pods "different" is forbidden: pod rejected: Pod\'s Overhead doesn\'t match RuntimeClass\'s defined Overhead\n',
    );
    const without = 'is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead\n';
    expect(refusal(s, 'own.yaml')).toBe(`Error from server (Forbidden): error when creating "own.yaml": pods "own" ${without}`);
    expect(refusal(s, 'classless.yaml')).toBe(`Error from server (Forbidden): error when creating "classless.yaml": pods "classless" ${without}`);
  });

  it('validates an overhead the pod brings before admission refuses it', async () => {
    const s = await session();
    await s.file('bad.yaml', pod('bad', '  runtimeClassName: Not_A_Class\n  overhead:\n    cpu: "-1"\n'));
    expect(refusal(s, 'bad.yaml')).toBe('Error from server (Forbidden): error when creating "bad.yaml": pods "bad" is forbidden: pod rejected: RuntimeClass "Not_A_Class" not found\n');
    await s.file('negative.yaml', pod('negative', '  overhead:\n    cpu: "-1"\n'));
    expect(refusal(s, 'negative.yaml')).toBe('The Pod "negative" is invalid: spec.overhead.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0\n');
  });

  it('merges the node selector and the tolerations, dropping those another one covers', async () => {
    const s = await session();
    await s.file('p.yaml', pod('p', '  runtimeClassName: pinned\n  nodeSelector:\n    disk: ssd\n'));
    s.ok('kubectl create -f p.yaml');
    expect(s.ok("kubectl get pod p -o jsonpath='{.spec.nodeSelector}{\"\\n\"}{.spec.tolerations}'")).toBe(
      '{"disk":"ssd","kubernetes.io/os":"linux"}\n' +
        '[{"effect":"NoExecute","key":"node.kubernetes.io/unreachable","operator":"Exists","tolerationSeconds":300},{"key":"sandbox","operator":"Exists"},{"effect":"NoExecute","key":"node.kubernetes.io/not-ready","operator":"Exists"}]',
    );
  });

  it('refuses a pod whose node selector conflicts with the RuntimeClass’s', async () => {
    const s = await session();
    await s.file('w.yaml', pod('w', '  runtimeClassName: pinned\n  nodeSelector:\n    disk: hdd\n'));
    expect(refusal(s, 'w.yaml')).toBe(
      'Error from server (Forbidden): error when creating "w.yaml": pods "w" is forbidden: conflict: runtimeClass.scheduling.nodeSelector[disk] = ssd; pod.spec.nodeSelector[disk] = hdd\n',
    );
  });

  it('counts the overhead in the namespace’s quota', async () => {
    const s = await session();
    s.ok('kubectl create namespace q');
    await s.file('quota.yaml', 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\nspec:\n  hard:\n    requests.cpu: "1"\n    requests.memory: 1Gi\n');
    s.ok('kubectl create -f quota.yaml -n q');
    s.ok('sleep 2');
    await s.file('p.yaml', pod('p', '  runtimeClassName: kata-fc\n').replace("command: ['sh', '-c', 'sleep 3600']", "command: ['sh', '-c', 'sleep 3600']\n    resources:\n      requests:\n        cpu: 100m\n        memory: 10Mi"));
    s.ok('kubectl create -f p.yaml -n q');
    expect(s.ok("kubectl get quota compute -n q -o jsonpath='{.status.used}'")).toBe('{"requests.cpu":"350m","requests.memory":"130Mi"}');
  });

  it('names the generateName prefix when it refuses a pod a ReplicaSet creates', async () => {
    const s = await session();
    s.ok('kubectl create deployment web --image=nginx:1.27');
    s.ok('kubectl patch deployment web -p \'{"spec":{"template":{"spec":{"runtimeClassName":"gone"}}}}\'');
    s.ok('sleep 5');
    const events = s.ok('kubectl get events --field-selector reason=FailedCreate -o custom-columns=MSG:.message --no-headers');
    expect(events).toMatch(/^Error creating: pods "web-[a-z0-9]+-" is forbidden: pod rejected: RuntimeClass "gone" not found\n/);
  });
});
