// kubectl port-forward and kubectl proxy: what they print, the ports they pick and the errors on
// the way, with curl on the lesson machine as the client.
import { describe, expect, test } from 'vitest';
import { SimSession } from '../../../../src/backends/sim/sim-session.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - {name: http, containerPort: 80}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - {name: web, port: 8000, targetPort: http}
`;

function session(): SimSession {
  const s = new SimSession(defaultSimConfig());
  void s.writeFile('web.yaml', POD);
  s.runSync('kubectl apply -f web.yaml && kubectl wait --for=condition=Ready pod/web', { timeoutMs: 120_000 });
  return s;
}

const bg = (s: SimSession, command: string) => s.runSync(command, { timeoutMs: 10_000, background: true });
const fg = (s: SimSession, command: string) => s.runSync(command, { timeoutMs: 10_000 });

describe('kubectl port-forward', () => {
  test('a Service port forwards to the container port behind its named targetPort, on both loopback addresses', () => {
    const s = session();
    expect(bg(s, 'kubectl port-forward svc/web 9000:web &').output).toBe('Forwarding from 127.0.0.1:9000 -> 80\nForwarding from [::1]:9000 -> 80\n');
    expect(fg(s, 'curl -s localhost:9000 | head -1').output).toBe('Handling connection for 9000\n<!DOCTYPE html>\n');
  });

  test('a named pod port, a free local port for :PORT, and --address', () => {
    const s = session();
    const picked = bg(s, 'kubectl port-forward web :http --address 0.0.0.0 &').output;
    expect(picked).toMatch(/^Forwarding from 0\.0\.0\.0:(\d+) -> 80\n$/);
    const port = /:(\d+) ->/.exec(picked)?.[1];
    expect(Number(port)).toBeGreaterThanOrEqual(32768);
    expect(fg(s, `curl -s 127.0.0.1:${port} | head -1`).output).toBe(`Handling connection for ${port}\n<!DOCTYPE html>\n`);
  });

  test('a port already taken on every address: kubectl’s listener errors', () => {
    const s = session();
    bg(s, 'kubectl port-forward web 9000:80 &');
    const second = fg(s, 'kubectl port-forward web 9000:80');
    expect(second.exitCode).toBe(1);
    expect(second.output).toBe(
      'Unable to listen on port 9000: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:9000: bind: address already in use unable to create listener: Error listen tcp6 [::1]:9000: bind: address already in use]\n' +
        'error: unable to listen on any of the requested ports: [{9000 80}]\n',
    );
  });

  test('usage, a pod that is not running, a Service without the port', () => {
    const s = session();
    expect(fg(s, 'kubectl port-forward web').output).toBe("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
    expect(fg(s, 'kubectl port-forward svc/web 9000:81').output).toBe('error: Service web does not have a service port 81\n');
    fg(s, 'kubectl run slow --image=example.com/never:1');
    expect(fg(s, 'kubectl port-forward slow 9000:80').output).toBe('error: unable to forward port because pod is not running. Current status=Pending\n');
  });

  test('stops when its pod is deleted, and frees the port', () => {
    const s = session();
    bg(s, 'kubectl port-forward web 9000:80 &');
    const deleted = fg(s, 'kubectl delete pod web --now; sleep 1; curl -s localhost:9000; echo "curl: $?"');
    expect(deleted.output).toBe('pod "web" deleted\nerror: lost connection to pod\ncurl: 7\n');
  });
});

describe('kubectl proxy', () => {
  test('serves the API on 127.0.0.1:8001 until stopped; a second one finds the port taken', () => {
    const s = session();
    expect(bg(s, 'kubectl proxy &').output).toBe('Starting to serve on 127.0.0.1:8001\n');
    expect(fg(s, 'kubectl proxy').output).toBe('error: listen tcp 127.0.0.1:8001: bind: address already in use\n');
    expect(fg(s, 'curl -s localhost:8001/api/v1/namespaces/default/services/web:web/proxy/ | head -1').output).toBe('<!DOCTYPE html>\n');
    expect(fg(s, 'curl -s localhost:8001/api/v1/namespaces/default/services/web/proxy/').output).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"no endpoints available for service \\"web\\"","reason":"ServiceUnavailable","code":503}\n',
    );
    expect(fg(s, 'curl -s localhost:8001/api/v1/namespaces/default/pods | head -c 35').output).toBe('{"kind":"PodList","apiVersion":"v1"');
  });
});
