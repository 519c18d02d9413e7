import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.js';
import { buildTable } from '../../../src/sim/printers/tables/build-table.js';
import { TableWatchPrinter } from '../../../src/sim/printers/watch-printer.js';
import { ago, condition, container, NOW, pod, status } from './tables/fixtures.js';

const spec = { initContainers: [container('init-myservice'), container('init-mydb')], containers: [container('myapp-container')] };

function stage(initStates: Array<'waiting' | 'running' | 'done'>, app?: 'running'): Pod {
  const init = initStates.map((s, i) =>
    status(
      spec.initContainers[i]?.name ?? '',
      s === 'done' ? { terminated: { exitCode: 0, reason: 'Completed' } } : s === 'running' ? { running: {} } : { waiting: { reason: 'PodInitializing' } },
    ),
  );
  return pod(
    'myapp-pod',
    spec,
    {
      phase: app ? 'Running' : 'Pending',
      conditions: app ? [condition('Initialized', 'True'), condition('Ready', 'True')] : [],
      initContainerStatuses: init,
      containerStatuses: [status('myapp-container', app ? { running: {} } : { waiting: { reason: 'PodInitializing' } }, { ready: !!app })],
    },
    { creationTimestamp: ago(0) },
  );
}

describe('TableWatchPrinter', () => {
  it('prints the header once and then one aligned row per event', () => {
    const w = new TableWatchPrinter({ kind: 'Pod' });
    let out = w.print(buildTable('Pod', [stage(['running', 'waiting'])], { now: NOW }));
    out += w.print(buildTable('Pod', [stage(['done', 'running'])], { now: NOW + 1000, noHeaders: true }), 'MODIFIED');
    out += w.print(buildTable('Pod', [stage(['done', 'done'], 'running')], { now: NOW + 1500, noHeaders: true }), 'MODIFIED');
    expect(out).toBe(
      [
        'NAME        READY   STATUS     RESTARTS   AGE',
        'myapp-pod   0/1     Init:0/2   0          0s',
        'myapp-pod   0/1     Init:1/2   0          1s',
        'myapp-pod   1/1     Running    0          1s',
        '',
      ].join('\n'),
    );
  });

  it('keeps earlier column widths when later rows are narrower, and widens for longer ones', () => {
    const w = new TableWatchPrinter({ kind: 'Pod' });
    const first = w.print(buildTable('Pod', [pod('a-rather-long-pod-name', {}, {}, { creationTimestamp: ago(0) })], { now: NOW }));
    const next = w.print(buildTable('Pod', [pod('b', {}, {}, { creationTimestamp: ago(0) })], { now: NOW, noHeaders: true }));
    expect(first).toBe('NAME                     READY   STATUS    RESTARTS   AGE\na-rather-long-pod-name   0/1     Pending   0          0s\n');
    expect(next).toBe('b                        0/1     Pending   0          0s\n');
  });

  it('prints the header with the first row when the initial list was empty', () => {
    const w = new TableWatchPrinter({ kind: 'Pod' });
    expect(w.print(buildTable('Pod', [], { now: NOW }))).toBe('');
    expect(w.print(buildTable('Pod', [pod('x', {}, {}, { creationTimestamp: ago(0) })], { now: NOW, noHeaders: true }))).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\nx      0/1     Pending   0          0s\n',
    );
  });

  it('adds the EVENT column with --output-watch-events', () => {
    const w = new TableWatchPrinter({ kind: 'Pod', outputWatchEvents: true });
    const out = w.print(buildTable('Pod', [pod('x', {}, {}, { creationTimestamp: ago(0) })], { now: NOW }), 'ADDED');
    expect(out).toBe('EVENT      NAME   READY   STATUS    RESTARTS   AGE\nADDED      x      0/1     Pending   0          0s\n');
    expect(w.print(buildTable('Pod', [pod('x', {}, {}, { creationTimestamp: ago(0) })], { now: NOW, noHeaders: true }), 'DELETED')).toBe(
      'DELETED    x      0/1     Pending   0          0s\n',
    );
  });
});
