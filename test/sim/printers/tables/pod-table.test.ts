import { describe, expect, it } from 'vitest';
import { podStatusCells, podTable } from '../../../../src/sim/printers/tables/pod-table.js';
import { ago, condition, container, NOW, pod, status } from './fixtures.js';

const INIT2 = { initContainers: [container('init-myservice'), container('init-mydb')], containers: [container('myapp-container')] };

function cells(p: Parameters<typeof podStatusCells>[0]) {
  return podStatusCells(p, NOW);
}

describe('printPod STATUS, READY and RESTARTS', () => {
  it('shows the phase before any container reports', () => {
    expect(cells(pod('p'))).toEqual({ ready: '0/1', reason: 'Pending', restarts: '0' });
  });

  it('counts init containers as Init:i/n while they wait to start or run', () => {
    const waiting = pod('p', INIT2, {
      initContainerStatuses: [
        status('init-myservice', { waiting: { reason: 'PodInitializing' } }),
        status('init-mydb', { waiting: { reason: 'PodInitializing' } }),
      ],
      containerStatuses: [status('myapp-container', { waiting: { reason: 'PodInitializing' } })],
    });
    expect(cells(waiting).reason).toBe('Init:0/2');
    const second = pod('p', INIT2, {
      initContainerStatuses: [
        status('init-myservice', { terminated: { exitCode: 0, reason: 'Completed' } }),
        status('init-mydb', { running: { startedAt: ago(5) } }),
      ],
    });
    expect(cells(second).reason).toBe('Init:1/2');
  });

  it('shows the app container waiting reason once init containers are done', () => {
    const p = pod('p', INIT2, {
      conditions: [condition('Initialized', 'True')],
      initContainerStatuses: [
        status('init-myservice', { terminated: { exitCode: 0, reason: 'Completed' } }),
        status('init-mydb', { terminated: { exitCode: 0, reason: 'Completed' } }),
      ],
      containerStatuses: [status('myapp-container', { waiting: { reason: 'PodInitializing' } })],
    });
    expect(cells(p)).toEqual({ ready: '0/1', reason: 'PodInitializing', restarts: '0' });
  });

  it('counts ready running containers', () => {
    const p = pod('p', INIT2, {
      phase: 'Running',
      conditions: [condition('Initialized', 'True'), condition('Ready', 'True')],
      initContainerStatuses: [
        status('init-myservice', { terminated: { exitCode: 0, reason: 'Completed' } }),
        status('init-mydb', { terminated: { exitCode: 0, reason: 'Completed' } }),
      ],
      containerStatuses: [status('myapp-container', { running: { startedAt: ago(30) } }, { ready: true })],
    });
    expect(cells(p)).toEqual({ ready: '1/1', reason: 'Running', restarts: '0' });
  });

  it('reports a failed init container by reason, exit code or signal', () => {
    const failed = (terminated: { exitCode: number; reason?: string; signal?: number }) =>
      pod('p', INIT2, { initContainerStatuses: [status('init-myservice', { terminated })] });
    expect(cells(failed({ exitCode: 1, reason: 'Error' })).reason).toBe('Init:Error');
    expect(cells(failed({ exitCode: 137, reason: 'OOMKilled' })).reason).toBe('Init:OOMKilled');
    expect(cells(failed({ exitCode: 2 })).reason).toBe('Init:ExitCode:2');
    expect(cells(failed({ exitCode: 143, signal: 15 })).reason).toBe('Init:Signal:15');
  });

  it('shows Init:CrashLoopBackOff with the restarts and the time since the last one', () => {
    const p = pod('p', INIT2, {
      initContainerStatuses: [
        status(
          'init-myservice',
          { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container' } },
          { restartCount: 5, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(38), finishedAt: ago(37) } } },
        ),
        status('init-mydb', { waiting: { reason: 'PodInitializing' } }),
      ],
    });
    expect(cells(p)).toEqual({ ready: '0/1', reason: 'Init:CrashLoopBackOff', restarts: '5 (37s ago)' });
  });

  it('shows image pull failures of app containers and ignores restarts of unfinished init containers after initialization', () => {
    const p = pod('p', {}, { containerStatuses: [status('app', { waiting: { reason: 'ErrImagePull' } })] });
    expect(cells(p).reason).toBe('ErrImagePull');
    const backoff = pod('p', {}, { containerStatuses: [status('app', { waiting: { reason: 'ImagePullBackOff' } })] });
    expect(cells(backoff).reason).toBe('ImagePullBackOff');
  });

  it('lets the first app container win, since statuses are read in reverse', () => {
    const p = pod(
      'p',
      { containers: [container('a'), container('b')] },
      {
        phase: 'Running',
        containerStatuses: [
          status('a', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: ago(125) } } }),
          status('b', { running: { startedAt: ago(100) } }, { ready: true, restartCount: 1, lastState: { terminated: { exitCode: 0, finishedAt: ago(200) } } }),
        ],
      },
    );
    expect(cells(p)).toEqual({ ready: '1/2', reason: 'CrashLoopBackOff', restarts: '4 (2m5s ago)' });
  });

  it('turns Completed into Running or NotReady while another container still runs', () => {
    const spec = { containers: [container('a'), container('b')] };
    const statuses = [status('a', { terminated: { exitCode: 0, reason: 'Completed' } }), status('b', { running: {} }, { ready: true })];
    expect(cells(pod('p', spec, { phase: 'Running', conditions: [condition('Ready', 'True')], containerStatuses: statuses })).reason).toBe(
      'Running',
    );
    expect(cells(pod('p', spec, { phase: 'Running', conditions: [condition('Ready', 'False')], containerStatuses: statuses })).reason).toBe(
      'NotReady',
    );
  });

  it('shows Completed and ExitCode for finished pods', () => {
    const done = pod('p', {}, { phase: 'Succeeded', containerStatuses: [status('app', { terminated: { exitCode: 0, reason: 'Completed' } })] });
    expect(cells(done).reason).toBe('Completed');
    const failed = pod('p', {}, { phase: 'Failed', containerStatuses: [status('app', { terminated: { exitCode: 3 } })] });
    expect(cells(failed).reason).toBe('ExitCode:3');
    const killed = pod('p', {}, { phase: 'Failed', containerStatuses: [status('app', { terminated: { exitCode: 137, signal: 9 } })] });
    expect(cells(killed).reason).toBe('Signal:9');
  });

  it('shows Terminating for a deleted running pod but not for a finished one, and Unknown for a lost node', () => {
    const meta = { deletionTimestamp: ago(-30), deletionGracePeriodSeconds: 30 };
    const running = pod('p', {}, { phase: 'Running', containerStatuses: [status('app', { running: {} }, { ready: true })] }, meta);
    expect(cells(running)).toEqual({ ready: '1/1', reason: 'Terminating', restarts: '0' });
    const done = pod('p', {}, { phase: 'Succeeded', containerStatuses: [status('app', { terminated: { exitCode: 0, reason: 'Completed' } })] }, meta);
    expect(cells(done).reason).toBe('Completed');
    const lost = pod('p', {}, { phase: 'Running', reason: 'NodeLost' }, meta);
    expect(cells(lost).reason).toBe('Unknown');
  });

  it('prefers status.reason (Evicted) and the SchedulingGated condition over the phase', () => {
    expect(cells(pod('p', {}, { phase: 'Failed', reason: 'Evicted' })).reason).toBe('Evicted');
    const gated = pod('p', {}, { conditions: [{ ...condition('PodScheduled', 'False'), reason: 'SchedulingGated' }] });
    expect(cells(gated).reason).toBe('SchedulingGated');
  });

  it('counts started sidecars towards READY and total, and their restarts after initialization', () => {
    const spec = {
      initContainers: [container('init'), container('logger', { restartPolicy: 'Always' })],
      containers: [container('app')],
    };
    const p = pod('p', spec, {
      phase: 'Running',
      conditions: [condition('Initialized', 'True')],
      initContainerStatuses: [
        status('init', { terminated: { exitCode: 0, reason: 'Completed' } }),
        status('logger', { running: {} }, { started: true, ready: true, restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: ago(90) } } }),
      ],
      containerStatuses: [status('app', { running: {} }, { ready: true })],
    });
    expect(cells(p)).toEqual({ ready: '2/2', reason: 'Running', restarts: '2 (90s ago)' });
    const starting = pod('p', spec, {
      initContainerStatuses: [
        status('init', { terminated: { exitCode: 0, reason: 'Completed' } }),
        status('logger', { waiting: { reason: 'PodInitializing' } }),
      ],
    });
    expect(cells(starting)).toEqual({ ready: '0/2', reason: 'Init:1/2', restarts: '0' });
  });

  it('fills the wide cells with <none> and counts true readiness gates', () => {
    const p = pod(
      'p',
      { nodeName: 'minikube', readinessGates: [{ conditionType: 'example.com/feature-1' }, { conditionType: 'example.com/feature-2' }] },
      { podIPs: [{ ip: '10.244.0.5' }], conditions: [condition('example.com/feature-1', 'True')] },
    );
    expect(podTable.cells(p, NOW).slice(5)).toEqual(['10.244.0.5', 'minikube', '<none>', '1/2']);
    expect(podTable.cells(pod('q'), NOW).slice(4)).toEqual(['10m', '<none>', '<none>', '<none>', '<none>']);
  });
});
