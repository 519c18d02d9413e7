// The sample apps tutorials deploy, through the simulator: hello-app, the Kubernetes Basics
// bootcamp app, hello-world, the liveness and goproxy probe targets.
import { describe, expect, it } from 'vitest';
import { podIPOf as ipOf, ScriptedSession } from '../../../backends/sim/scripted-session.js';

describe('hello-app', () => {
  it('answers with its version and hostname and logs each request', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run web --image=gcr.io/google-samples/hello-app:2.0 --port=8080');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    expect(s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'web')}:8080/hi`)).toBe('Hello, world!\nVersion: 2.0.0\nHostname: web\n');
    expect(s.ok('kubectl logs web')).toMatch(/^\d{4}\/\d\d\/\d\d [\d:]{8} Server listening on port 8080\n\d{4}\/\d\d\/\d\d [\d:]{8} Serving request: \/hi\n$/);
  });
});

describe('kubernetes-bootcamp', () => {
  it('answers with its hostname and v=1, counts requests in its log and ships /server.js', () => {
    const s = new ScriptedSession();
    s.ok('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    s.ok('kubectl wait --for=condition=Available deployment/kubernetes-bootcamp --timeout=120s');
    const pod = s.ok("kubectl get pods -o jsonpath='{.items[0].metadata.name}'");
    expect(s.ok(`kubectl exec ${pod} -- curl -s http://localhost:8080`)).toBe(`Hello Kubernetes bootcamp! | Running on: ${pod} | v=1\n`);
    const logs = s.ok(`kubectl logs ${pod}`);
    expect(logs).toMatch(new RegExp(`^Kubernetes Bootcamp App Started At: \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\| Running On:  ${pod} \\n\\nRunning On: ${pod} \\| Total Requests: 1 \\| App Uptime: [\\d.]+ seconds \\| Log Time: \\d{4}-[\\d-]+T[\\d:.]+Z\\n$`));
    expect(s.ok(`kubectl exec ${pod} -- cat /server.js`)).toContain('response.end(" | v=1\\n");');
  });

  it('v2 answers v=2', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run boot --image=jocatalin/kubernetes-bootcamp:v2');
    s.ok('kubectl wait --for=condition=Ready pod/boot --timeout=120s');
    expect(s.ok('kubectl exec boot -- curl -s localhost:8080')).toBe('Hello Kubernetes bootcamp! | Running on: boot | v=2\n');
  });
});

describe('hello-world', () => {
  it('prints Docker\'s greeting and completes', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run hello --image=hello-world --restart=Never');
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/hello --timeout=120s');
    const out = s.ok('kubectl logs hello');
    expect(out.startsWith('\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n')).toBe(true);
    expect(out.endsWith(' https://docs.docker.com/get-started/\n\n')).toBe(true);
  });
});

describe('the probe examples', () => {
  it('registry.k8s.io/liveness /server fails its liveness probe after 10 seconds and is restarted', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/liveness
    args: [/server]
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
      initialDelaySeconds: 3
      periodSeconds: 3
EOF`);
    s.ok('kubectl wait --for=condition=Ready pod/liveness-http --timeout=120s');
    s.ok('sleep 30');
    const events = s.ok('kubectl get events --field-selector involvedObject.name=liveness-http');
    expect(events).toContain('Liveness probe failed: HTTP probe failed with statuscode: 500');
    expect(Number(s.ok("kubectl get pod liveness-http -o jsonpath='{.status.containerStatuses[0].restartCount}'"))).toBeGreaterThanOrEqual(1);
  });

  it('goproxy passes tcpSocket probes and refuses plain requests with its 500', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: goproxy
spec:
  containers:
  - name: goproxy
    image: registry.k8s.io/goproxy:0.1
    ports:
    - containerPort: 8080
    readinessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 5
      periodSeconds: 10
EOF`);
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    const r = s.run(`kubectl exec client -- wget -qO- ${ipOf(s, 'goproxy')}:8080/`);
    expect(r.output).toContain('server returned error: HTTP/1.1 500 Internal Server Error');
  });
});
