// Transcript 06 (kubernetes.io, debug init containers; templated by hand): the describe layout of
// a completed init container next to one in CrashLoopBackOff, and the meaning of the Init:
// status strings. Compared by shape and field labels, as the source's placeholders allow.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from '../kubelet/pod-history.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug-me
spec:
  initContainers:
  - name: init-one
    image: busybox:1.36
    command: ['sh', '-c', 'echo one']
  - name: init-two
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 4; echo two failed; exit 1']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;

/** The labels and values from `State:` to `Restart Count:` of one init container. */
function stateBlock(describe: string, container: string): Array<[string, string]> {
  const at = describe.indexOf(`\n  ${container}:\n`);
  if (at < 0) return [];
  const from = describe.indexOf('\n    State:', at);
  const to = describe.indexOf('\n', describe.indexOf('\n    Restart Count:', at) + 1);
  return describe
    .slice(from + 1, to)
    .split('\n')
    .map((l) => {
      const m = l.match(/^(\s+[A-Za-z ]+):\s*(.*)$/)!;
      return [m[1]!, m[2]!.trim()] as [string, string];
    });
}

describe('transcript 06: debugging init containers', () => {
  it('shows a completed init container Terminated/Completed and a failing one in CrashLoopBackOff with its last Error', async () => {
    const s = new ScriptedSession();
    await s.file('pod.yaml', POD);
    const history = recordPodHistory(s.session.cluster, 'default', 'debug-me');
    s.ok('kubectl apply -f pod.yaml');
    s.ok('sleep 5');
    expect(s.ok('kubectl get pod debug-me')).toMatch(/^debug-me\s+0\/1\s+Init:1\/2\s+0\s/m);
    // Wait until init-two waits in CrashLoopBackOff after its third restart, as in the source.
    let describe = '';
    const value = (key: string) => stateBlock(describe, 'init-two').find(([k]) => k.trim() === key)?.[1];
    for (let i = 0; i < 60 && !(value('Reason') === 'CrashLoopBackOff' && value('Restart Count') === '3'); i++) {
      s.ok('sleep 2');
      describe = s.ok('kubectl describe pod debug-me');
    }
    const label = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${k}: ${/^\w{3}, \d\d \w{3} \d{4}/.test(v) ? '<date>' : v}`);
    expect(label(stateBlock(describe, 'init-one'))).toEqual([
      '    State: Terminated',
      '      Reason: Completed',
      '      Exit Code: 0',
      '      Started: <date>',
      '      Finished: <date>',
      '    Ready: True',
      '    Restart Count: 0',
    ]);
    expect(label(stateBlock(describe, 'init-two'))).toEqual([
      '    State: Waiting',
      '      Reason: CrashLoopBackOff',
      '    Last State: Terminated',
      '      Reason: Error',
      '      Exit Code: 1',
      '      Started: <date>',
      '      Finished: <date>',
      '    Ready: False',
      '    Restart Count: 3',
    ]);
    expect(s.ok('kubectl logs debug-me -c init-two')).toBe('two failed\n');

    // The status strings, with the meanings the source's table gives them.
    const statuses = history.statuses.map((h) => h.status);
    expect(statuses).toEqual(expect.arrayContaining(['Init:0/2', 'Init:1/2', 'Init:Error', 'Init:CrashLoopBackOff']));
    expect(statuses).not.toContain('PodInitializing');
    expect(statuses).not.toContain('Running');
    history.stop();
  });
});
