// The aggregator's availability checks, in order: the Service, its port, its endpoints, and a
// backend that answers discovery; each failure with its reason and message.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const APISERVICE = (service: string, port = 443) => `apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1beta1.metrics.k8s.io
spec:
  group: metrics.k8s.io
  version: v1beta1
  groupPriorityMinimum: 100
  versionPriority: 100
  insecureSkipTLSVerify: true
  service: { name: ${service}, namespace: default, port: ${port} }
`;

const condition = (s: ScriptedSession) => s.ok("kubectl get apiservice v1beta1.metrics.k8s.io -o jsonpath='{.status.conditions[0].reason}: {.status.conditions[0].message}'");

describe('the APIService availability controller', () => {
  it('wants the Service, the port, ready endpoints, and a backend that serves the group version', async () => {
    const s = new ScriptedSession();
    await s.file('apiservice.yaml', APISERVICE('web'));
    s.ok('kubectl apply -f apiservice.yaml');
    s.ok('sleep 1');
    expect(condition(s)).toBe('ServiceNotFound: service/web in "default" is not present');
    s.ok('kubectl create service clusterip web --tcp=80:80');
    s.ok('sleep 1');
    expect(condition(s)).toBe('ServicePortError: service/web in "default" is not listening on port 443');
    s.ok('kubectl delete service web; kubectl create service clusterip web --tcp=443:80; sleep 1');
    expect(condition(s)).toBe('MissingEndpoints: endpoints for service/web in "default" have no addresses with port name "443-80"');
    s.ok('kubectl run web --image=nginx --labels=app=web && kubectl wait --for=condition=Ready pod/web --timeout=60s && sleep 1');
    expect(condition(s)).toBe('FailedDiscoveryCheck: kindling: the simulator serves v1beta1.metrics.k8s.io only from metrics-server');
    expect(s.ok('kubectl get apiservice v1beta1.metrics.k8s.io --no-headers')).toMatch(/^v1beta1\.metrics\.k8s\.io   default\/web   False \(FailedDiscoveryCheck\)   \d+s\n$/);
  });
});
