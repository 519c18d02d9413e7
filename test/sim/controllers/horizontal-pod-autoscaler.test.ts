// The HPA controller end to end on the simulated cluster: without metrics-server it reports why
// it cannot scale; with it, a CPU-bound server under load is scaled up, and back down after the
// stabilization window; a target below minReplicas is raised at once.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/controllers/golden';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: php-apache
spec:
  selector:
    matchLabels:
      run: php-apache
  template:
    metadata:
      labels:
        run: php-apache
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
        resources:
          limits:
            cpu: 500m
          requests:
            cpu: 200m
---
apiVersion: v1
kind: Service
metadata:
  name: php-apache
spec:
  ports:
  - port: 80
  selector:
    run: php-apache
`;

describe('the HPA controller', () => {
  it('says it cannot get resource metrics when metrics-server is absent', async () => {
    const s = new ScriptedSession();
    await s.file('app.yaml', DEPLOYMENT);
    s.ok('kubectl apply -f app.yaml');
    s.ok('kubectl autoscale deployment php-apache --cpu-percent=50 --max=3');
    s.ok('sleep 40');
    const describe = s.ok('kubectl describe hpa php-apache');
    expect(describe).toContain('  resource cpu on pods  (as a percentage of request):  <unknown> / 50%\n');
    expect(describe).toContain(
      'ScalingActive  False   FailedGetResourceMetric  the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)\n',
    );
    expect(describe).toContain('invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization');
    expect(s.ok('kubectl get hpa php-apache -o jsonpath={.status.currentMetrics}')).toBe('[{"type":""}]');
  });

  it('raises a target below minReplicas without metrics', async () => {
    const s = new ScriptedSession();
    await s.file('app.yaml', DEPLOYMENT);
    s.ok('kubectl apply -f app.yaml');
    s.ok('kubectl autoscale deployment php-apache --min=2 --max=4');
    s.ok('sleep 20');
    expect(rows(s.ok('kubectl get deployment php-apache'))[0]![0]).toBe('php-apache');
    expect(s.ok('kubectl get deployment php-apache -o jsonpath={.spec.replicas}')).toBe('2');
    expect(s.ok('kubectl get events --field-selector reason=SuccessfulRescale -o jsonpath={.items[0].message}')).toBe('New size: 2; reason: Current number of replicas below Spec.MinReplicas');
  });

  it('scales a server up under load and down five minutes after it stops', async () => {
    const s = new ScriptedSession({ addons: ['metrics-server'] });
    await s.file('app.yaml', DEPLOYMENT);
    s.ok('kubectl apply -f app.yaml');
    s.ok('kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
    s.ok('sleep 60');
    s.ok('kubectl run load --image=busybox:1.36 --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"');
    s.ok('sleep 120');
    const up = Number(s.ok('kubectl get deployment php-apache -o jsonpath={.spec.replicas}'));
    s.ok('kubectl delete pod load --now');
    s.ok('sleep 60');
    const held = Number(s.ok('kubectl get deployment php-apache -o jsonpath={.spec.replicas}'));
    s.ok('sleep 300');
    const down = Number(s.ok('kubectl get deployment php-apache -o jsonpath={.spec.replicas}'));
    const hpa = s.ok('kubectl get hpa php-apache');
    expectGolden(s.transcript(), `${GOLDEN}/hpa-load.txt`);
    expect(up).toBeGreaterThanOrEqual(4);
    expect(held).toBe(up);
    expect(down).toBe(1);
    expect(rows(hpa)[0]![2]).toBe('cpu: 0%/50%');
  });
});
