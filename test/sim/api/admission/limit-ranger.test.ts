// LimitRanger: a namespace's LimitRanges fill in missing requests and limits on new pods (and say
// so in an annotation), then refuse pods outside min, max and the limit/request ratio.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../../backends/sim/scripted-session.js';

const limitRange = (items: string) => `apiVersion: v1
kind: LimitRange
metadata:
  name: lr
spec:
  limits:
${items}`;

const pod = (name: string, resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: ${name}-ctr
    image: nginx:1.27
${resources ? `    resources:\n${resources}` : ''}`;

async function session(items: string): Promise<ScriptedSession> {
  const s = new ScriptedSession();
  await s.file('lr.yaml', limitRange(items));
  s.ok('kubectl create namespace ex');
  s.ok('kubectl apply -f lr.yaml -n ex');
  return s;
}

describe('LimitRanger', () => {
  it('defaults what a container leaves out and names what it set in the annotation', async () => {
    const s = await session('  - type: Container\n    default:\n      memory: 512Mi\n    defaultRequest:\n      memory: 256Mi\n');
    await s.file('p1.yaml', pod('default-mem-demo', ''));
    await s.file('p2.yaml', pod('default-mem-demo-2', '      limits:\n        memory: 1Gi\n'));
    await s.file('p3.yaml', pod('default-mem-demo-3', '      requests:\n        memory: 128Mi\n'));
    s.ok('kubectl apply -f p1.yaml -f p2.yaml -f p3.yaml -n ex');
    const resources = (name: string) => s.ok(`kubectl get pod ${name} -n ex -o jsonpath='{.spec.containers[0].resources} {.metadata.annotations.kubernetes\\.io/limit-ranger}'`);
    expect(resources('default-mem-demo')).toBe(
      '{"limits":{"memory":"512Mi"},"requests":{"memory":"256Mi"}} LimitRanger plugin set: memory request for container default-mem-demo-ctr; memory limit for container default-mem-demo-ctr',
    );
    // The API server already copied the limit into the request: nothing left to set, no annotation.
    expect(resources('default-mem-demo-2')).toBe('{"limits":{"memory":"1Gi"},"requests":{"memory":"1Gi"}} ');
    expect(resources('default-mem-demo-3')).toBe('{"limits":{"memory":"512Mi"},"requests":{"memory":"128Mi"}} LimitRanger plugin set: memory limit for container default-mem-demo-3-ctr');
  });

  it('refuses pods outside min and max with the plugin’s messages, after applying the defaults', async () => {
    const s = await session('  - type: Container\n    max:\n      memory: 1Gi\n    min:\n      memory: 500Mi\n');
    await s.file('big.yaml', pod('constraints-mem-demo-2', '      limits:\n        memory: "1.5Gi"\n      requests:\n        memory: 800Mi\n'));
    await s.file('small.yaml', pod('constraints-mem-demo-3', '      limits:\n        memory: 800Mi\n      requests:\n        memory: 100Mi\n'));
    await s.file('none.yaml', pod('constraints-mem-demo-4', ''));
    expect(s.run('kubectl apply -f big.yaml -n ex').output).toBe(
      'Error from server (Forbidden): error when creating "big.yaml": pods "constraints-mem-demo-2" is forbidden: maximum memory usage per Container is 1Gi, but limit is 1536Mi\n',
    );
    expect(s.run('kubectl apply -f small.yaml -n ex').output).toBe(
      'Error from server (Forbidden): error when creating "small.yaml": pods "constraints-mem-demo-3" is forbidden: minimum memory usage per Container is 500Mi, but request is 100Mi\n',
    );
    // min/max default the LimitRange's own default and defaultRequest (to max), so this one passes.
    expect(s.ok('kubectl apply -f none.yaml -n ex')).toBe('pod/constraints-mem-demo-4 created\n');
  });

  it('checks the limit to request ratio, and lists several failures at once', async () => {
    const s = await session('  - type: Container\n    maxLimitRequestRatio:\n      memory: 2\n    max:\n      cpu: 800m\n');
    await s.file('p.yaml', pod('ratio', '      limits:\n        memory: 1Gi\n        cpu: "1"\n      requests:\n        memory: 256Mi\n'));
    expect(s.run('kubectl apply -f p.yaml -n ex').output).toBe(
      'Error from server (Forbidden): error when creating "p.yaml": pods "ratio" is forbidden: [maximum cpu usage per Container is 800m, but limit is 1, memory max limit to request ratio per Container is 2, but provided ratio is 4.000000]\n',
    );
  });

  it('names the generateName prefix when it refuses a pod a controller creates', async () => {
    const s = await session('  - type: Container\n    maxLimitRequestRatio:\n      memory: 2\n');
    s.ok('kubectl create deployment web --image=nginx:1.27 -n ex');
    s.ok('sleep 5');
    const events = s.ok("kubectl get events -n ex --field-selector reason=FailedCreate -o custom-columns=MSG:.message --no-headers | head -1");
    expect(events).toMatch(/^Error creating: pods "web-[a-z0-9]+-" is forbidden: memory max limit to request ratio per Container is 2, but no request is specified or request is 0\n$/);
  });
});
