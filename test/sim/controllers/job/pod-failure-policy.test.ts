// pod_failure_policy_test.go cases: exit codes In/NotIn (containers, then init containers; a
// containerName limits the match; exit code 0 never matches), pod conditions, rule order, and
// the FailJob messages the Job's conditions carry.
import { describe, expect, it } from 'vitest';
import { matchPodFailurePolicy, type PodFailurePolicy } from '../../../../src/sim/controllers/job/pod-failure-policy.js';
import type { Pod } from '../../../../src/sim/api/types.js';

function failedPod(exits: Record<string, number>, init: Record<string, number> = {}, conditions: Array<{ type: string; status: string }> = []): Pod {
  const statuses = (m: Record<string, number>) =>
    Object.entries(m).map(([name, exitCode]) => ({ name, state: { terminated: { exitCode } }, lastState: {}, ready: false, restartCount: 0, image: '', imageID: '' }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'mypod', namespace: 'default' },
    spec: { containers: [] },
    status: { phase: 'Failed', containerStatuses: statuses(exits), initContainerStatuses: statuses(init), conditions },
  } as unknown as Pod;
}

const policy = (...rules: PodFailurePolicy['rules']): PodFailurePolicy => ({ rules });

describe('matchPodFailurePolicy', () => {
  it('counts every failure without a policy', () => {
    expect(matchPodFailurePolicy(undefined, failedPod({ main: 1 }))).toEqual({ countFailed: true });
  });

  it('fails the Job on an exit code In the list, with upstream’s message', () => {
    const r = matchPodFailurePolicy(policy({ action: 'FailJob', onExitCodes: { operator: 'In', values: [1, 2, 3] } }), failedPod({ main: 2 }));
    expect(r).toEqual({ countFailed: true, action: 'FailJob', message: 'Container main for pod default/mypod failed with exit code 2 matching FailJob rule at index 0' });
  });

  it('matches NotIn, skips exit code 0, and honours containerName', () => {
    const notIn = policy({ action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [5, 6, 7] } });
    expect(matchPodFailurePolicy(notIn, failedPod({ main: 42 })).action).toBe('FailJob');
    expect(matchPodFailurePolicy(notIn, failedPod({ main: 6 })).action).toBeUndefined();
    expect(matchPodFailurePolicy(notIn, failedPod({ main: 0 })).action).toBeUndefined();
    const named = policy({ action: 'FailJob', onExitCodes: { containerName: 'side', operator: 'In', values: [1] } });
    expect(matchPodFailurePolicy(named, failedPod({ main: 1 })).action).toBeUndefined();
    expect(matchPodFailurePolicy(named, failedPod({ main: 1, side: 1 })).message).toBe('Container side for pod default/mypod failed with exit code 1 matching FailJob rule at index 0');
  });

  it('looks at init containers after containers', () => {
    const r = matchPodFailurePolicy(policy({ action: 'FailJob', onExitCodes: { operator: 'In', values: [3] } }), failedPod({}, { setup: 3 }));
    expect(r.message).toBe('Container setup for pod default/mypod failed with exit code 3 matching FailJob rule at index 0');
  });

  it('ignores a disruption, counts or fails an index as the first matching rule says', () => {
    const p = policy(
      { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
      { action: 'FailIndex', onExitCodes: { operator: 'In', values: [42] } },
      { action: 'Count', onExitCodes: { operator: 'In', values: [1] } },
      { action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [0] } },
    );
    expect(matchPodFailurePolicy(p, failedPod({ main: 137 }, {}, [{ type: 'DisruptionTarget', status: 'True' }]))).toEqual({ countFailed: false, action: 'Ignore' });
    expect(matchPodFailurePolicy(p, failedPod({ main: 42 }))).toEqual({ countFailed: true, action: 'FailIndex' });
    expect(matchPodFailurePolicy(p, failedPod({ main: 1 }))).toEqual({ countFailed: true, action: 'Count' });
    expect(matchPodFailurePolicy(p, failedPod({ main: 9 })).message).toBe('Container main for pod default/mypod failed with exit code 9 matching FailJob rule at index 3');
  });

  it('words a FailJob on a pod condition', () => {
    const r = matchPodFailurePolicy(policy({ action: 'FailJob', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }), failedPod({ main: 137 }, {}, [{ type: 'DisruptionTarget', status: 'True' }]));
    expect(r.message).toBe('Pod default/mypod has condition DisruptionTarget matching FailJob rule at index 0');
  });
});
