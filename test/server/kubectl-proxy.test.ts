// The real `kubectl proxy` against the served simulator: plain HTTP to the API server, whose
// `services/{name}/proxy/...` and `pods/{name}/proxy/...` paths reach the simulated servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, kubectlCheck, startSimHarness, type Background, type SimHarness } from './support/harness.js';
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
  - name: http
    port: 8080
    targetPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: empty
spec:
  selector:
    app: nothing
  ports:
  - port: 80
`;

describe.skipIf(!kubectlCheck.available)('kubectl proxy against the served simulator', () => {
  let h: SimHarness;
  let proxy: Background;
  let base: string;

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('web.yaml', OBJECTS)]);
    h.server.advance(30_000);
    const port = await freePort();
    proxy = h.background(['proxy', `--port=${port}`]);
    await h.until(() => proxy.stdout().includes(`Starting to serve on 127.0.0.1:${port}`), 20_000);
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    proxy?.kill('SIGINT');
    await proxy?.done;
    await h?.close();
  });

  it('answers the API paths as an API server does', async () => {
    const version = await (await fetch(`${base}/version`)).json();
    expect(version).toMatchObject({ major: '1', gitVersion: expect.stringMatching(/^v1\.32\./) });
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok');
    expect(await (await fetch(`${base}/api`)).json()).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
  });

  it('services/NAME:PORT/proxy/ reaches nginx behind the Service; a port number is the Service port it names', async () => {
    const named = await fetch(`${base}/api/v1/namespaces/default/services/web:http/proxy/`);
    expect(named.status).toBe(200);
    expect(await named.text()).toContain('<title>Welcome to nginx!</title>');
    const numbered = await fetch(`${base}/api/v1/namespaces/default/services/http:web:8080/proxy/index.html`);
    expect(numbered.status).toBe(200);
    const missing = await fetch(`${base}/api/v1/namespaces/default/services/web:http/proxy/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<center>nginx/');
    // nginx saw the requests come from the API server's node.
    const logs = await h.kubectl(['logs', 'web']);
    expect(logs.stdout).toMatch(/^172\.18\.0\.2 - - \[.*\] "GET \/nope HTTP\/1\.1" 404 /m);
  });

  it('pods/NAME/proxy/ uses the first declared container port; pods/NAME:PORT picks one', async () => {
    expect(await (await fetch(`${base}/api/v1/namespaces/default/pods/web/proxy/`)).text()).toContain('Welcome to nginx!');
    expect((await fetch(`${base}/api/v1/namespaces/default/pods/web:80/proxy/`)).status).toBe(200);
    const bare = await fetch(`${base}/api/v1/namespaces/default/pods/web/proxy`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/api/v1/namespaces/default/pods/web/proxy/');
  });

  it('unreachable backends: the 503 Statuses the API server answers', async () => {
    const refused = await fetch(`${base}/api/v1/namespaces/default/pods/web:81/proxy/`);
    expect(refused.status).toBe(503);
    const status = (await refused.json()) as { message: string; reason: string; code: number };
    expect(status).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable', code: 503 });
    expect(status.message).toMatch(/^error trying to reach service: dial tcp 10\.244\.\d+\.\d+:81: connect: connection refused$/);
    const empty = await fetch(`${base}/api/v1/namespaces/default/services/empty/proxy/`);
    expect(await empty.json()).toMatchObject({ message: 'no endpoints available for service "empty"', code: 503 });
    const wrongPort = await fetch(`${base}/api/v1/namespaces/default/services/web:9999/proxy/`);
    expect(await wrongPort.json()).toMatchObject({ message: 'no service port 9999 found for service "web"', code: 503 });
    const nosuch = await fetch(`${base}/api/v1/namespaces/default/services/nosuch/proxy/`);
    expect(await nosuch.json()).toMatchObject({ message: 'services "nosuch" not found', reason: 'NotFound', code: 404 });
  });

  it('kubectl get --raw through the proxy path prints what nginx answered, and the 503 as kubectl words it', async () => {
    const ok = await h.kubectl(['get', '--raw', '/api/v1/namespaces/default/services/web:http/proxy/']);
    expect(ok.stdout).toContain('Welcome to nginx!');
    const refused = await h.kubectl(['get', '--raw', '/api/v1/namespaces/default/pods/web:81/proxy/']);
    expect(refused.stderr).toMatch(/^Error from server \(ServiceUnavailable\): error trying to reach service: dial tcp 10\.244\.\d+\.\d+:81: connect: connection refused\n$/);
  });
});
