// Transcript 05 (kubernetes.io, configure pod initialization): an init container writes a page
// into an emptyDir that nginx then serves. Compared by behaviour: the source elides the page
// and used curl inside the container; here another pod fetches it with busybox wget.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const INIT_DEMO = `apiVersion: v1
kind: Pod
metadata:
  name: init-demo
spec:
  containers:
  - name: nginx
    image: nginx
    ports:
    - containerPort: 80
    volumeMounts:
    - name: workdir
      mountPath: /usr/share/nginx/html
  # These containers are run during pod initialization
  initContainers:
  - name: install
    image: busybox
    command:
    - wget
    - "-O"
    - "/work-dir/index.html"
    - http://info.cern.ch
    volumeMounts:
    - name: workdir
      mountPath: "/work-dir"
  dnsPolicy: Default
  volumes:
  - name: workdir
    emptyDir: {}
`;

describe('transcript 05: init-demo', () => {
  it('runs nginx 1/1 serving the page the init container fetched into the shared emptyDir', async () => {
    const s = new ScriptedSession();
    await s.file('init-containers.yaml', INIT_DEMO);
    s.ok('kubectl apply -f init-containers.yaml');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/init-demo pod/client --timeout=120s');
    expect(rows(s.ok('kubectl get pod init-demo'))).toEqual([['init-demo', '1/1', 'Running', '0', expect.any(String)]]);

    const saved = s.ok('kubectl exec init-demo -c nginx -- cat /usr/share/nginx/html/index.html');
    expect(saved).toContain('<title>http://info.cern.ch</title>');
    const ip = s.ok("kubectl get pod init-demo -o jsonpath='{.status.podIP}'");
    const served = s.ok(`kubectl exec client -- wget -qO- http://${ip}/`);
    expect(served).toBe(saved);
    // The init container's own log is busybox wget's.
    expect(s.ok('kubectl logs init-demo -c install')).toMatch(/^Connecting to info\.cern\.ch \(\S+:80\)\nsaving to '\/work-dir\/index\.html'\n[\s\S]*'\/work-dir\/index\.html' saved\n$/);
  });
});
