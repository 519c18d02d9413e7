// The real kubectl's `port-forward` against the served simulator: SPDY/3.1 tunnelled in a
// WebSocket (KEP-4006), an error and a data stream per connection, and the bytes of a real HTTP
// request from this test reaching the simulated server in the pod and coming back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeForKind } from '../../src/sim/api/resources.js';
import type { Pod } from '../../src/sim/api/types.js';
import { freePort, kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';
import { WEB_POD } from '../sim/kubectl/verbs/kubectl-session.js';

const OBJECTS = `${WEB_POD}---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 8080
    targetPort: 80
`;

describe.skipIf(!kubectlCheck.available)('kubectl port-forward against the served simulator', () => {
  let h: SimHarness;

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('web.yaml', OBJECTS)]);
    h.server.advance(30_000);
  });
  afterAll(() => h?.close());

  it('forwards a local port to nginx in the pod: a real HTTP request gets its page, and nginx logs it from 127.0.0.1', async () => {
    const port = await freePort();
    const run = h.background(['port-forward', 'pod/web', `${port}:80`]);
    try {
      await h.until(() => run.stdout().includes(`Forwarding from 127.0.0.1:${port} -> 80`), 20_000);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('server')).toMatch(/^nginx\/1\.27\./);
      expect(await res.text()).toContain('<title>Welcome to nginx!</title>');
      const missing = await fetch(`http://127.0.0.1:${port}/nope`, { headers: { connection: 'close' } });
      expect(missing.status).toBe(404);
      await missing.text();
      // One "Handling connection" per TCP connection the client opened.
      expect(run.stdout()).toMatch(new RegExp(`^Forwarding from 127\\.0\\.0\\.1:${port} -> 80\nForwarding from \\[::1\\]:${port} -> 80\n(Handling connection for ${port}\n)+$`));
      expect(h.requests.some((q) => q.url === '/api/v1/namespaces/default/pods/web/portforward')).toBe(true);
      const logs = await h.kubectl(['logs', 'web']);
      expect(logs.stdout).toMatch(/^127\.0\.0\.1 - - \[.*\] "GET \/ HTTP\/1\.1" 200 615 "-" "node" "-"$/m);
      expect(logs.stdout).toMatch(/"GET \/nope HTTP\/1\.1" 404 /);
    } finally {
      run.kill('SIGINT');
      await run.done;
    }
  });

  it('svc/NAME forwards to a pod behind the Service, on the target port of the Service port', async () => {
    const port = await freePort();
    const run = h.background(['port-forward', 'svc/web', `${port}:8080`]);
    try {
      await h.until(() => run.stdout().includes(`Forwarding from 127.0.0.1:${port} -> 80`), 20_000);
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
      expect(await res.text()).toContain('Welcome to nginx!');
    } finally {
      run.kill('SIGINT');
      await run.done;
    }
  });

  it('falls back to a plain SPDY/3.1 upgrade (KUBECTL_PORT_FORWARD_WEBSOCKETS=false) and forwards the same', async () => {
    const port = await freePort();
    const seen = h.requests.length;
    const run = h.background(['port-forward', 'web', `${port}:80`], { env: { KUBECTL_PORT_FORWARD_WEBSOCKETS: 'false' } });
    try {
      await h.until(() => run.stdout().includes(`Forwarding from 127.0.0.1:${port} -> 80`), 20_000);
      const res = await fetch(`http://127.0.0.1:${port}/index.html`, { method: 'HEAD', headers: { connection: 'close' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe('615');
      expect(h.requests.slice(seen).some((q) => q.method === 'POST' && q.url === '/api/v1/namespaces/default/pods/web/portforward')).toBe(true);
    } finally {
      run.kill('SIGINT');
      await run.done;
    }
  });

  it('a port nothing listens on: the error containerd gives, on the error stream, and kubectl loses the pod', async () => {
    const port = await freePort();
    const run = h.background(['port-forward', 'pod/web', `${port}:81`]);
    await h.until(() => run.stdout().includes(`Forwarding from 127.0.0.1:${port} -> 81`), 20_000);
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      () => undefined,
    );
    const r = await run.done;
    const pod = h.cluster.api.get<Pod>(typeForKind('Pod', 'v1')!, 'default', 'web');
    const sandbox = h.cluster.kubeletFor('default', 'web')!.workers.get(pod.metadata.uid!)!.sandbox!.identity;
    expect(sandbox.id).toMatch(/^[0-9a-f]{64}$/);
    expect(sandbox.netnsPath).toMatch(/^\/var\/run\/netns\/cni-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // klog quotes the message (its quotes escaped).
    const message = `an error occurred forwarding ${port} -> 81: error forwarding port 81 to pod ${sandbox.id}, uid : failed to execute portforward in network namespace "${sandbox.netnsPath}": failed to connect to localhost:81 inside namespace "${sandbox.id}", IPv4: dial tcp4 127.0.0.1:81: connect: connection refused IPv6 dial tcp6 [::1]:81: connect: connection refused `;
    expect(r.stderr).toContain(`portforward.go:424] "Unhandled Error" err=${JSON.stringify(message)}\n`);
    expect(r.stderr).toMatch(/error: lost connection to pod\n$/);
    expect(r.exitCode).toBe(1);
  });
});
