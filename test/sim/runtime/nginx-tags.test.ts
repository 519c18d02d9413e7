// nginx across the tags the docs use: builds before 1.19 run nginx directly and log at `warn`
// (nothing at start), serve the 612-byte page and have no curl; 1.25+ print the entrypoint lines
// with the local-resolvers script; nginx-slim (the StatefulSet tutorial) answers 403 until an
// index.html is written into its html root.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/runtime/golden';

describe('nginx tags', () => {
  it('1.14.2 and 1.16.1 print nothing at start, serve the old page, log only requests and have no curl', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run old --image=nginx:1.14.2');
    s.ok('kubectl run older --image=nginx:1.16.1');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    expect(s.ok('kubectl logs old')).toBe('');
    expect(s.ok('kubectl logs older')).toBe('');
    const ip = s.ok("kubectl get pod old -o jsonpath='{.status.podIP}'");
    const page = s.ok(`kubectl exec client -- wget -qO- ${ip}`);
    expect(new TextEncoder().encode(page).length).toBe(612);
    expect(page).toContain('<style>\n    body {\n        width: 35em;');
    expect(s.ok('kubectl logs old')).toMatch(/^10\.244\.\d+\.\d+ - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 612 "-" "Wget" "-"\n$/);
    const missing = s.run(`kubectl exec client -- wget -qO- ${ip}/nope`);
    expect(missing.output).toContain('wget: server returned error: HTTP/1.1 404 Not Found\n');
    expect(s.ok('kubectl logs old')).toContain('[error] 29#29: *1 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory)');
    expect(s.ok('kubectl exec old -- nginx -v')).toBe('nginx version: nginx/1.14.2\n');
    expect(s.run('kubectl exec old -- sh -c "curl localhost"')).toMatchObject({ exitCode: 127, output: 'sh: 1: curl: not found\ncommand terminated with exit code 127\n' });
    expect(s.ok('kubectl exec old -- cat /etc/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 9 (stretch)"\n');
    // SIGTERM, and nothing logged at `warn` level.
    s.ok('kubectl delete pod old');
    expect(s.ok('kubectl get pods -o name')).not.toContain('pod/old\n');
  });

  it('1.25 prints the entrypoint lines with 15-local-resolvers and its version in the notices', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run web --image=nginx:1.25');
    s.ok('kubectl wait --for=condition=Ready pod/web --timeout=120s');
    const logs = s.ok('kubectl logs web');
    expectGolden(s.transcript(), `${GOLDEN}/nginx-1.25-start.txt`);
    expect(logs).toContain('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n');
    expect(logs).toMatch(/ \[notice\] 1#1: nginx\/1\.25\.5\n/);
    expect(s.ok('kubectl exec web -- env')).toContain('NGINX_VERSION=1.25.5\n');
  });

  it('1.26 ships curl, whose progress meter goes to stderr unless -s', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run web --image=nginx:1.26');
    s.ok('kubectl wait --for=condition=Ready pod/web --timeout=120s');
    const quiet = s.ok('kubectl exec web -- curl -s localhost');
    expect(new TextEncoder().encode(quiet).length).toBe(615);
    const loud = s.ok('kubectl exec web -- curl localhost');
    expect(loud.startsWith('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0<!DOCTYPE html>')).toBe(true);
    expect(loud).toMatch(/<\/html>\n\r100 {3}615 {2}100 {3}615 {4}0 {5}0 +\d+k? {6}0 --:--:-- --:--:-- --:--:-- +\d+k?\n$/);
    expect(s.run('kubectl exec web -- curl http://nothere').output).toContain('--:--:--     0curl: (6) Could not resolve host: nothere\n');
  });
});

describe('nginx-slim (StatefulSet tutorial)', () => {
  it('answers 403 from an empty html volume, then serves the hostname written into it', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web-0
spec:
  containers:
  - name: nginx
    image: registry.k8s.io/nginx-slim:0.8
    ports:
    - containerPort: 80
      name: web
    volumeMounts:
    - name: www
      mountPath: /usr/share/nginx/html
  volumes:
  - name: www
    emptyDir: {}
EOF`);
    s.ok('kubectl wait --for=condition=Ready pod/web-0 --timeout=120s');
    expect(s.ok('kubectl logs web-0')).toBe('');
    const forbidden = s.ok('kubectl exec web-0 -- curl -s localhost');
    expect(forbidden).toBe('<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.11.1</center>\r\n</body>\r\n</html>\r\n');
    s.ok("kubectl exec web-0 -- sh -c 'echo $(hostname) > /usr/share/nginx/html/index.html'");
    expect(s.ok('kubectl exec -it web-0 -- curl localhost 2>/dev/null')).toBe('web-0\n');
    expect(s.ok('kubectl logs web-0')).toMatch(/\[error\] 29#29: \*1 directory index of "\/usr\/share\/nginx\/html\/" is forbidden, client: /);
  });
});
