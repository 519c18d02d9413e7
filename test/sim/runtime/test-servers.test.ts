// The docs' small test servers as pods: echoserver (hello-minikube, transcript 13), serve_hostname
// (debug Services, transcript 14), agnhost's pause, serve-hostname and netexec, and http-echo;
// reached with busybox wget from another pod, through Services, and by probes.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';

const GOLDEN = 'test/sim/runtime/golden';

function ipOf(s: ScriptedSession, pod: string): string {
  return s.ok(`kubectl get pod ${pod} -o jsonpath='{.status.podIP}'`);
}

describe('echoserver', () => {
  it('1.4 answers through a LoadBalancer Service with the request in text and logs one access line per request (transcript 13)', () => {
    const s = new ScriptedSession();
    s.ok('kubectl create deployment hello-node --image=k8s.gcr.io/echoserver:1.4');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Available deployment/hello-node --timeout=120s');
    s.ok('kubectl wait --for=condition=Ready pod/client');
    expect(rows(s.ok('kubectl get deployments'))).toEqual([['hello-node', '1/1', '1', '1', expect.stringMatching(/^\d+s$/)]]);
    s.ok('kubectl expose deployment hello-node --type=LoadBalancer --port=8080');
    const body = s.ok('kubectl exec client -- wget -qO- hello-node:8080/path?x=1');
    const logs = s.ok('kubectl logs deployment/hello-node');
    expectGolden(s.transcript(), `${GOLDEN}/echoserver-1.4.txt`);
    const client = ipOf(s, 'client');
    expect(body).toBe(
      `CLIENT VALUES:\nclient_address=${client}\ncommand=GET\nreal path=/path?x=1\nquery=x=1\nrequest_version=1.1\nrequest_uri=http://hello-node:8080/path?x=1\n\n` +
        'SERVER VALUES:\nserver_version=nginx: 1.10.0 - lua: 10001\n\nHEADERS RECEIVED:\nconnection=close\nhost=hello-node:8080\nuser-agent=Wget\nBODY:\n-no body in request-',
    );
    expect(logs).toMatch(new RegExp(`^${client.replace(/\./g, '\\.')} - - \\[\\d\\d/Jan/2025:[\\d:]{8} \\+0000\\] "GET /path\\?x=1 HTTP/1\\.1" 200 \\d+ "-" "Wget"\\n$`));
  });

  it('1.10 prints its certificate generation, answers with the Hostname template and passes an httpGet readiness probe', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: echo
spec:
  containers:
  - name: echo
    image: registry.k8s.io/echoserver:1.10
    readinessProbe:
      httpGet:
        path: /
        port: 8080
EOF`);
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/echo pod/client --timeout=120s');
    const body = s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'echo')}:8080/`);
    expect(body).toContain('\nHostname: echo\n\nPod Information:\n\t-no pod information available-\n\nServer values:\n\tserver_version=nginx: 1.13.3 - lua: 10008\n');
    expect(body.startsWith('\nHostname: echo\n')).toBe(true);
    expect(body.endsWith('Request Body:\n\t-no body in request-\n\n')).toBe(true);
    expect(s.ok('kubectl logs echo')).toMatch(/^Generating self-signed cert\nGenerating a 2048 bit RSA private key\n[.+\n]+writing new private key to '\/certs\/privateKey\.key'\n-----\nStarting nginx\n$/);
  });
});

describe('serve_hostname (transcript 14)', () => {
  it('answers each pod IP on 9376 with the pod name, no newline, and the Service on 80 -> 9376 with one of them', () => {
    const s = new ScriptedSession();
    s.ok('kubectl create deployment hostnames --image=registry.k8s.io/serve_hostname');
    expect(s.ok('kubectl scale deployment hostnames --replicas=3')).toBe('deployment.apps/hostnames scaled\n');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Available deployment/hostnames --timeout=120s');
    s.ok('kubectl wait --for=condition=Ready pod/client');
    const names = s.ok("kubectl get pods -l app=hostnames -o jsonpath='{.items[*].metadata.name}'").split(' ');
    // (The source's go-template form of this is not simulated by our kubectl; jsonpath is.)
    const ips = s.ok("kubectl get pods -l app=hostnames -o jsonpath='{.items[*].status.podIP}'").split(' ');
    const answers = ips.map((ip) => s.ok(`kubectl exec client -- wget -qO- ${ip}:9376`));
    expect(answers).toEqual(names);
    s.ok('kubectl expose deployment hostnames --port=80 --target-port=9376');
    const viaService = s.ok('kubectl exec client -- wget -qO- hostnames:80');
    expect(names).toContain(viaService);
    const logs = s.ok(`kubectl logs ${names[0]}`);
    expect(logs).toMatch(/^\d{4}\/\d\d\/\d\d [\d:]{8} Serving on port 9376\.\n\d{4}\/\d\d\/\d\d [\d:]{8} HTTP request from 10\.244\.\d+\.\d+:\d+\n/);
  });
});

describe('agnhost', () => {
  it('runs pause by default (the Dockerfile CMD), netexec and serve-hostname as subcommands', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run paused --image=registry.k8s.io/e2e-test-images/agnhost:2.39');
    s.ok('kubectl run netexec --image=registry.k8s.io/e2e-test-images/agnhost:2.43 -- netexec --http-port=8080');
    s.ok('kubectl run hostname --image=registry.k8s.io/e2e-test-images/agnhost:2.52 -- serve-hostname --port 9000');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    expect(s.ok('kubectl logs paused')).toBe('Paused\n');
    const netexec = ipOf(s, 'netexec');
    expect(s.ok(`kubectl exec client -- wget -qO- ${netexec}:8080/hostname`)).toBe('netexec');
    expect(s.ok(`kubectl exec client -- wget -qO- "${netexec}:8080/echo?msg=hello"`)).toBe('hello');
    expect(s.ok(`kubectl exec client -- wget -qO- ${netexec}:8080/clientip`)).toMatch(new RegExp(`^${ipOf(s, 'client').replace(/\./g, '\\.')}:\\d+$`));
    expect(s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'hostname')}:9000`)).toBe('hostname');
    expect(s.ok('kubectl logs netexec').replace(/^\S+ \S+ /gm, '')).toBe('Started HTTP server on port 8080\nStarted UDP server on port  8081\nGET /hostname\nGET /echo?msg=hello\nGET /clientip\n');
    // pause exits 2 on SIGTERM (os.Exit(2) in its handler), so the pod goes quickly.
    const before = s.seconds();
    s.ok('kubectl delete pod paused');
    expect(s.seconds() - before).toBeLessThan(5);
    expect(s.run('kubectl get pod paused').exitCode).toBe(1);
  });

  it('logs and keeps serving on SIGTERM under serve-hostname, so deletion waits for the grace period', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run hostname --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- serve-hostname');
    s.ok('kubectl wait --for=condition=Ready pod/hostname --timeout=120s');
    const before = s.seconds();
    s.ok('kubectl delete pod hostname');
    expect(s.seconds() - before).toBeGreaterThanOrEqual(30);
  });
});

describe('hashicorp/http-echo', () => {
  it('serves its -text on 5678 in every tag the docs use', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run old --image=hashicorp/http-echo:0.2.3 -- -text=old');
    s.ok('kubectl run new --image=hashicorp/http-echo:1.0 -- -text=new');
    s.ok('kubectl run client --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod --all --timeout=120s');
    expect(s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'old')}:5678`)).toBe('old\n');
    expect(s.ok(`kubectl exec client -- wget -qO- ${ipOf(s, 'new')}:5678`)).toBe('new\n');
    expect(s.ok('kubectl logs new')).toMatch(/^\d{4}\/\d\d\/\d\d [\d:]{8} \[INFO\] server is listening on :5678\n$/);
  });
});
