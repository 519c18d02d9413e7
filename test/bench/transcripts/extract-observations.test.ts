import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../../src/bench/transcripts/extract-observations.js';

const lines = (text: string) => text.split('\n');

describe('extractObservations', () => {
  it('reads STATUS and RESTARTS of pod tables, old and new', () => {
    expect(extractObservations(lines('NAME            READY     STATUS    RESTARTS   AGE\nliveness-exec   1/1       Running   1          1m'))).toEqual({
      statuses: ['Running'],
      restarts: ['1'],
      reasons: [],
    });
    expect(extractObservations(lines('NAME     READY   STATUS             RESTARTS      AGE\ncrashy   0/1     CrashLoopBackOff   5 (37s ago)   4m'))).toMatchObject({
      statuses: ['CrashLoopBackOff'],
      restarts: ['5'],
    });
  });

  it('follows a watch that repeats its header and misaligns later rows', () => {
    const watch = [
      'NAME      READY     STATUS    RESTARTS   AGE',
      'web-0     0/1       Pending   0          0s',
      'web-0     0/1       Pending   0         0s',
      'web-0     0/1       ContainerCreating   0         0s',
      'NAME      READY     STATUS    RESTARTS   AGE',
      'web-0     1/1       Running   0         19s',
    ];
    expect(extractObservations(watch).statuses).toEqual(['Pending', 'Pending', 'ContainerCreating', 'Running']);
  });

  it('reads event reasons from describe, and from the old table whose empty cells shift the columns', () => {
    const modern = [
      'Events:',
      '  Type     Reason     Age                From               Message',
      '  ----     ------     ----               ----               -------',
      '  Normal   Scheduled  57s                default-scheduler  Successfully assigned default/x to node01',
      '  Warning  Unhealthy  10s (x3 over 20s)  kubelet, node01    Liveness probe failed',
    ];
    expect(extractObservations(modern).reasons).toEqual(['Scheduled', 'Unhealthy']);
    const old = [
      'Events:',
      '  FirstSeen    LastSeen    Count    From                      SubObjectPath                           Type          Reason        Message',
      '  ---------    --------    -----    ----                      -------------                           --------      ------        -------',
      '  16s          16s         1        {default-scheduler }                                              Normal        Scheduled     Successfully assigned myapp-pod to 172.17.4.201',
      '  16s          16s         1        {kubelet 172.17.4.201}    spec.initContainers{init-myservice}     Normal        Pulling       pulling image "busybox"',
    ];
    expect(extractObservations(old).reasons).toEqual(['Scheduled', 'Pulling']);
  });

  it('reads describe restart counts, and no reasons from a conditions table', () => {
    const describe = [
      'Containers:',
      '  app:',
      '    State:          Waiting',
      '      Reason:       CrashLoopBackOff',
      '    Restart Count:  3',
      'Conditions:',
      '  Type           Status  Reason',
      '  ----           ------  ------',
      '  Available      True    MinimumReplicasAvailable',
    ];
    expect(extractObservations(describe)).toEqual({ statuses: [], restarts: ['3'], reasons: [] });
  });

  it('ends a describe table where a less indented line starts', () => {
    const text = ['  Type    Reason   Age   From     Message', '  ----    ------   ----  ----     -------', '  Normal  Pulled   3s    kubelet  ok', 'Name:   next'];
    expect(extractObservations(text).reasons).toEqual(['Pulled']);
  });
});
