import { describe, expect, it } from 'vitest';
import { completeCommand } from '../../src/playground/complete-command.js';
import { PlaygroundSession } from '../../src/playground/playground-session.js';

function cluster() {
  const s = new PlaygroundSession({ slug: 't', file: 't.md', title: 't', blocks: [] }, { output: () => {}, exited: () => {} });
  s.run('kubectl create deployment web --image=nginx && kubectl run box --image=busybox -- sleep 100 && kubectl create service clusterip myservice --tcp=80:80');
  s.drive(s.now() + 5_000);
  return s.session.cluster.store;
}

describe('completeCommand', () => {
  const store = cluster();
  const complete = (line: string) => completeCommand(line, line.length, store);

  it('completes kubectl verbs', () => {
    expect(complete('kubectl de')).toEqual({ from: 8, candidates: ['debug', 'delete', 'describe'] });
  });

  it('completes resource types after a verb that takes one, and names after the type', () => {
    expect(complete('kubectl get deploy').candidates).toEqual(['deploy', 'deployments']);
    expect(complete('kubectl get deployments w')).toEqual({ from: 24, candidates: ['web'] });
    expect(complete('kubectl describe svc my').candidates).toEqual(['myservice']);
    expect(complete('kubectl rollout status deployment/').candidates).toEqual(['deployment/web']);
  });

  it('completes Pod names after logs and exec, in the namespace given with -n', () => {
    expect(complete('kubectl logs b').candidates).toEqual(['box']);
    expect(complete('kubectl -n kube-system logs kube-sch').candidates).toEqual(['kube-scheduler-kind-control-plane']);
    expect(complete('kubectl get pods -n kube-').candidates).toEqual(['kube-node-lease', 'kube-public', 'kube-system']);
  });

  it('offers nothing for other commands or flags', () => {
    expect(complete('echo de').candidates).toEqual([]);
    expect(complete('kubectl get pods --all').candidates).toEqual([]);
  });
});
