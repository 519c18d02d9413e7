// Databases, language runtimes and debug images through the simulator: their entrypoints'
// decisions and errors, their startup logs, and what they serve.
import { describe, expect, it } from 'vitest';
import { podIPOf as ipOf, ScriptedSession } from '../../../backends/sim/scripted-session.js';

describe('mysql', () => {
  it('refuses to initialize without a root password option, as its entrypoint says', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run db --image=mysql:8.0 --restart=Never');
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Failed pod/db --timeout=120s');
    expect(s.ok('kubectl logs db').replace(/^[\d-]+ [\d:]+\+00:00 /gm, '')).toBe(
      "[Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.\n[Note] [Entrypoint]: Switching to dedicated user 'mysql'\n[Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.\n" +
        '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n',
    );
  });

  it('initializes, creates the database and is ready for connections on 3306', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run db --image=mysql:8.0 --env=MYSQL_ROOT_PASSWORD=secret --env=MYSQL_DATABASE=shop --port=3306');
    s.ok('sleep 20');
    const logs = s.ok('kubectl logs db');
    expect(logs).toContain('[Note] [Entrypoint]: Creating database shop\n');
    expect(logs).toContain('[Note] [Entrypoint]: MySQL init process done. Ready for start up.\n');
    expect(logs.trimEnd().split('\n').pop()).toMatch(/\[System\] \[MY-010931\] \[Server\] \/usr\/sbin\/mysqld: ready for connections\. Version: '8\.0\.40'  socket: '\/var\/run\/mysqld\/mysqld\.sock'  port: 3306  MySQL Community Server - GPL\.$/);
  });
});

describe('postgres', () => {
  it('refuses to start without POSTGRES_PASSWORD and starts with it', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run bad --image=postgres:16 --restart=Never');
    s.ok('kubectl run good --image=postgres:16 --env=POSTGRES_PASSWORD=secret');
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Failed pod/bad --timeout=120s');
    s.ok('kubectl wait --for=condition=Ready pod/good --timeout=120s');
    s.ok('sleep 5');
    expect(s.ok('kubectl logs bad').startsWith('Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD')).toBe(true);
    const good = s.ok('kubectl logs good');
    expect(good).toContain('PostgreSQL init process complete; ready for start up.\n');
    expect(good.trimEnd().split('\n').pop()).toMatch(/^[\d-]+ [\d:.]+ UTC \[1\] LOG:  database system is ready to accept connections$/);
  });
});

describe('python -m http.server', () => {
  it('lists the directory and logs requests on stderr, its banner held in the stdout buffer', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run py --image=python:3.12-slim -- python -m http.server 8000');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    s.ok('kubectl exec py -- mkdir /srv');
    const page = s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'py')}:8000/`);
    expect(page).toContain('<title>Directory listing for /</title>');
    expect(page).toContain('<li><a href="srv/">srv/</a></li>');
    expect(s.ok('kubectl logs py')).toMatch(/^10\.244\.\d+\.\d+ - - \[\d\d\/\w{3}\/\d{4} [\d:]{8}\] "GET \/ HTTP\/1\.1" 200 -\n$/);
  });
});

describe('entrypoint scripts', () => {
  it('node completes at once without a script, bash runs -c arguments, curl fetches a URL given as its argument', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run web --image=nginx:1.27 --port=80');
    s.ok('kubectl wait --for=condition=Ready pod/web --timeout=120s');
    s.ok('kubectl run node --image=node:20 --restart=Never');
    s.ok(`kubectl run sh --image=bash:5.2 --restart=Never -- -c 'echo hi from bash'`);
    s.ok(`kubectl run fetch --image=curlimages/curl --restart=Never -- -s http://${ipOf(s, 'web')}/`);
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/node pod/sh pod/fetch --timeout=120s');
    expect(s.ok('kubectl logs sh')).toBe('hi from bash\n');
    expect(s.ok('kubectl logs fetch')).toContain('<title>Welcome to nginx!</title>');
    expect(s.ok('kubectl logs node')).toBe('');
  });
});

describe('praqma/network-multitool', () => {
  it('serves its hostname page on 80 and announces it in the log', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run multitool --image=praqma/network-multitool');
    s.ok('kubectl wait --for=condition=Ready pod/multitool --timeout=120s');
    const ip = ipOf(s, 'multitool');
    expect(s.ok(`kubectl exec multitool -- curl -s http://${ip}/`)).toBe(`Praqma Network MultiTool (with NGINX) - multitool - ${ip}\n`);
    expect(s.ok('kubectl logs multitool').split('\n').slice(0, 2)).toEqual(['The directory /usr/share/nginx/html is not mounted.', 'Over-writing the default index.html file with some useful information.']);
  });
});

describe('etcd for the gRPC probe example', () => {
  it('serves gRPC health on 2379', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run etcd --image=registry.k8s.io/etcd:3.5.1-0 --command -- /usr/local/bin/etcd --data-dir /var/lib/etcd --listen-client-urls http://0.0.0.0:2379 --advertise-client-urls http://127.0.0.1:2379');
    s.ok('kubectl wait --for=condition=Ready pod/etcd --timeout=120s');
    s.ok('sleep 2');
    const ip = ipOf(s, 'etcd');
    const found = [...s.session.cluster.kubelets.values()].map((k) => k.listener(ip, 2379)).find((l) => l !== undefined);
    expect(found?.grpcHealth?.(0)).toBe('SERVING');
    expect(s.ok('kubectl logs etcd')).toContain('"msg":"serving client traffic insecurely; this is strongly discouraged!","address":"[::]:2379"}\n');
  });
});
