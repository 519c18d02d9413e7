// The runtime handler of a pod's RuntimeClass on kind's containerd, which has `runc` and
// `test-handler`: another handler's sandbox is never created, and the pod waits in
// ContainerCreating while the kubelet retries and says why; a RuntimeClass gone since admission
// is named in the kubelet's own error.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from './pod-history.js';

const CLASSES = ['kata-fc', 'runc', 'test-handler']
  .map((handler) => `apiVersion: node.k8s.io/v1\nkind: RuntimeClass\nmetadata:\n  name: ${handler}\nhandler: ${handler}\n`)
  .join('---\n');

async function session(): Promise<ScriptedSession> {
  const s = new ScriptedSession();
  await s.file('classes.yaml', CLASSES);
  s.ok('kubectl apply -f classes.yaml');
  return s;
}

const run = (name: string, runtimeClass: string) => `kubectl run ${name} --image=busybox:1.36 --overrides='{"spec":{"runtimeClassName":"${runtimeClass}"}}' -- sleep 3600`;
const SANDBOX_FAILURE = /^Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "[0-9a-f]{64}": no runtime for "kata-fc" is configured$/;

describe('RuntimeClass handlers on a kind node', () => {
  it('runs the pods of the handlers containerd has', async () => {
    const s = await session();
    s.ok(run('on-runc', 'runc'));
    s.ok(run('on-test-handler', 'test-handler'));
    s.ok('kubectl wait --for=condition=Ready pod/on-runc pod/on-test-handler --timeout=60s');
  });

  it('never creates the sandbox of another handler, and retries every 10 to 15 seconds', async () => {
    const s = await session();
    const history = recordPodHistory(s.session.cluster, 'default', 'vm');
    s.ok(run('vm', 'kata-fc'));
    s.ok('sleep 60');
    expect(s.ok('kubectl get pod vm --no-headers')).toMatch(/^vm +0\/1 +ContainerCreating +0 +6\ds\n$/);
    expect(history.statuses.map((h) => h.status)).toEqual(['Pending', 'ContainerCreating']);
    const messages = s.ok("kubectl get events --field-selector reason=FailedCreatePodSandBox -o jsonpath='{range .items[*]}{.type} {.source.component} {.involvedObject.kind} {.message}{\"\\n\"}{end}'").trim().split('\n');
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const m of messages) {
      const [type, component, kind, ...text] = m.split(' ');
      expect([type, component, kind]).toEqual(['Warning', 'kubelet', 'Pod']);
      expect(text.join(' ')).toMatch(SANDBOX_FAILURE);
    }
    expect(new Set(messages).size).toBe(messages.length);
    const times = history.eventTimes('FailedCreatePodSandBox');
    for (const [i, t] of times.slice(1).entries()) expect((t - times[i]!) / 1000).toSatisfy((gap: number) => gap >= 10 && gap <= 15);
    history.stop();
  });

  it('combines the failures into one counted event from the tenth on', async () => {
    const s = await session();
    s.ok(run('vm', 'kata-fc'));
    s.ok('sleep 150');
    const events = s.ok("kubectl get events --field-selector reason=FailedCreatePodSandBox -o jsonpath='{range .items[*]}{.count} {.message}{\"\\n\"}{end}'").trim().split('\n');
    expect(events.slice(0, 9).every((e) => e.startsWith('1 Failed to create pod sandbox: '))).toBe(true);
    expect(events).toHaveLength(10);
    expect(events[9]).toMatch(/^\d+ \(combined from similar events\): Failed to create pod sandbox: rpc error: /);
    expect(Number(events[9]!.split(' ')[0])).toBeGreaterThan(1);
  });

  it('names a RuntimeClass deleted since the pod was admitted', async () => {
    const s = await session();
    s.ok(run('vm', 'kata-fc'));
    s.ok('sleep 2');
    s.ok('kubectl delete runtimeclass kata-fc');
    s.ok('sleep 30');
    const last = s.ok("kubectl get events --field-selector reason=FailedCreatePodSandBox -o jsonpath='{.items[-1:].message}'");
    expect(last).toBe('Failed to create pod sandbox: runtimeclass.node.k8s.io "kata-fc" not found');
  });

  it('reports the handlers on the node, the default one under the empty name', async () => {
    const s = await session();
    expect(s.ok("kubectl get node kind-control-plane -o jsonpath='{.status.runtimeHandlers}'")).toBe(
      '[{"features":{"recursiveReadOnlyMounts":true,"userNamespaces":true},"name":"runc"},{"features":{"recursiveReadOnlyMounts":true,"userNamespaces":true},"name":""},{"features":{"recursiveReadOnlyMounts":true,"userNamespaces":true},"name":"test-handler"}]',
    );
  });
});
