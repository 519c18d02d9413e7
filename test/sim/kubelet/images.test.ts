// Getting a container started: image pulls (unknown images, pull policies) and a command whose
// executable is not in the image.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../support/golden.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from './pod-history.js';

const GOLDEN = 'test/sim/kubelet/golden';
const CONTAINERD_DENIED =
  'failed to pull and unpack image "docker.io/library/no-such-image:1.0": failed to resolve reference "docker.io/library/no-such-image:1.0": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';

describe('image pulls', () => {
  it('of an unknown image fail with ErrImagePull, then back off as ImagePullBackOff', () => {
    const s = new ScriptedSession();
    const history = recordPodHistory(s.session.cluster, 'default', 'ghost');
    s.ok('kubectl run ghost --image=no-such-image:1.0');
    s.ok('sleep 3');
    s.ok('kubectl get pod ghost');
    s.ok('sleep 120');
    s.ok('kubectl get pod ghost');
    const describe = s.ok('kubectl describe pod ghost');
    s.run('kubectl logs ghost');
    expectGolden(s.transcript(), `${GOLDEN}/image-unknown.txt`);

    const statuses = history.statuses.map((h) => h.status);
    expect(statuses.slice(0, 3)).toEqual(['Pending', 'ContainerCreating', 'ErrImagePull']);
    expect(statuses).toContain('ImagePullBackOff');
    expect(describe).toContain(`Warning  Failed     `);
    expect(describe).toContain(`Failed to pull image "no-such-image:1.0": ${CONTAINERD_DENIED}`);
    expect(describe).toMatch(/Warning {2}Failed {5}\S+( \(x\d+ over \S+\))? +kubelet +Error: ErrImagePull\n/);
    expect(describe).toMatch(/Normal {3}BackOff {4}.* kubelet +Back-off pulling image "no-such-image:1.0"\n/);
    expect(describe).toMatch(/Warning {2}Failed {5}.* kubelet +Error: ImagePullBackOff\n/);
    // Pulls are retried with a growing back-off (10s, 20s, 40s ...), not on every sync.
    const pulls = history.eventTimes('Pulling');
    const gaps = pulls.slice(1).map((t, i) => (t - pulls[i]!) / 1000);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    expect(gaps[0]).toBeGreaterThanOrEqual(10);
    expect(gaps[1]).toBeGreaterThanOrEqual(20);
    expect(gaps[2]).toBeGreaterThanOrEqual(40);
    history.stop();
  });

  it('happen on every start under imagePullPolicy Always; IfNotPresent finds the image already present', () => {
    const s = new ScriptedSession();
    const always = recordPodHistory(s.session.cluster, 'default', 'always');
    const ifnp = recordPodHistory(s.session.cluster, 'default', 'ifnp');
    // An untagged image means :latest, which defaults the policy to Always; a tagged one to IfNotPresent.
    s.ok('kubectl run always --image=busybox -- sh -c "exit 1"');
    s.ok('kubectl run ifnp --image=busybox:1.36 -- sh -c "exit 1"');
    s.ok('sleep 60');
    s.ok("kubectl get pods -o custom-columns='NAME:.metadata.name,POLICY:.spec.containers[0].imagePullPolicy,RESTARTS:.status.containerStatuses[0].restartCount'");
    s.ok("kubectl describe pod always | sed -n '/^Events:/,$p'");
    s.ok("kubectl describe pod ifnp | sed -n '/^Events:/,$p'");
    expectGolden(s.transcript(), `${GOLDEN}/image-pull-policy.txt`);

    const starts = (h: typeof always) => h.eventTimes('Started').length;
    expect(starts(always)).toBeGreaterThanOrEqual(3);
    expect(always.eventTimes('Pulling')).toHaveLength(starts(always));
    expect(always.eventTimes('Pulled')).toHaveLength(starts(always));
    expect(ifnp.eventTimes('Pulling')).toHaveLength(1);
    // The first Pulled is the real pull; each restart records "already present on machine".
    expect(ifnp.eventTimes('Pulled')).toHaveLength(starts(ifnp));
    always.stop();
    ifnp.stop();
  });
});

describe('a command whose executable is not in the image', () => {
  it('fails to start: RunContainerError, then CrashLoopBackOff; the run is StartError, exit 128, started at the epoch', () => {
    const s = new ScriptedSession();
    const history = recordPodHistory(s.session.cluster, 'default', 'typo');
    s.ok('kubectl run typo --image=busybox:1.36 -- sleeep 3600');
    s.run('timeout 40 kubectl get pod typo -w');
    const describe = s.ok('kubectl describe pod typo');
    expectGolden(s.transcript(), `${GOLDEN}/exec-not-found.txt`);

    const statuses = history.statuses.map((h) => h.status);
    expect(statuses).toContain('RunContainerError');
    expect(statuses.indexOf('CrashLoopBackOff')).toBeGreaterThan(statuses.indexOf('RunContainerError'));
    expect(describe).toContain(`    Last State:     Terminated
      Reason:       StartError
      Message:      failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sleeep": executable file not found in $PATH: unknown
      Exit Code:    128
      Started:      Thu, 01 Jan 1970 00:00:00 +0000
`);
    expect(describe).toMatch(/Warning {2}Failed {5}.* kubelet +Error: failed to create containerd task: .*exec: "sleeep": executable file not found in \$PATH: unknown\n/);
    expect(history.runs('typo').every((r) => r.reason === 'StartError' && r.exitCode === 128 && r.startedAt === 0)).toBe(true);
    history.stop();
  });

  it('under restartPolicy Never leaves the container Terminated with StartError and the pod Failed', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run typo --image=busybox:1.36 --restart=Never -- sleeep 3600');
    s.ok('sleep 10');
    const table = s.ok('kubectl get pod typo');
    const describe = s.ok("kubectl describe pod typo | sed -n '/^Status:/p;/^    State:/,/Restart Count/p'");
    expectGolden(s.transcript(), `${GOLDEN}/exec-not-found-never.txt`);
    expect(table).toMatch(/^typo\s+0\/1\s+StartError\s+0\s/m);
    expect(describe).toMatch(/^Status:\s+Failed\n {4}State:\s+Terminated\n {6}Reason:\s+StartError\n/);
  });
});

describe('image pulls from registries that refuse or do not resolve', () => {
  it('name missing pull secrets in a FailedToRetrieveImagePullSecret event and report the refusal', () => {
    const s = new ScriptedSession({ images: { 'ghcr.io/acme/private-app:1.0': { private: true } } });
    s.ok(`cat <<'EOF' > pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: private
spec:
  imagePullSecrets:
  - name: regcred
  containers:
  - name: app
    image: ghcr.io/acme/private-app:1.0
EOF`);
    s.ok('kubectl apply -f pod.yaml');
    s.ok('sleep 20');
    const events = s.ok("kubectl get events --field-selector involvedObject.name=private -o custom-columns=REASON:.reason,MESSAGE:.message --sort-by=.lastTimestamp");
    expect(events).toContain('FailedToRetrieveImagePullSecret   Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.');
    expect(events).toContain(
      'Failed to pull image "ghcr.io/acme/private-app:1.0": failed to pull and unpack image "ghcr.io/acme/private-app:1.0": failed to resolve reference "ghcr.io/acme/private-app:1.0": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fprivate-app%3Apull&service=ghcr.io: 403 Forbidden',
    );
    // With the secret in place, the next attempt pulls.
    s.ok(`cat <<'EOF' > regcred.yaml
apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: eyJhdXRocyI6eyJnaGNyLmlvIjp7InVzZXJuYW1lIjoibWUiLCJwYXNzd29yZCI6InB3IiwiYXV0aCI6ImJXVTZjSGM9In19fQ==
EOF`);
    s.ok('kubectl apply -f regcred.yaml');
    s.ok('sleep 60');
    expect(s.ok('kubectl get pod private -o jsonpath={.status.phase}')).toBe('Running');
  });

  it('say the registry host does not resolve, from the node resolver', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run app --image=registry.internal.example/team/app:7');
    s.ok('sleep 10');
    expect(s.ok('kubectl get pod app -o jsonpath={.status.containerStatuses[0].state.waiting.message}')).toBe(
      'failed to pull and unpack image "registry.internal.example/team/app:7": failed to resolve reference "registry.internal.example/team/app:7": failed to do request: Head "https://registry.internal.example/v2/team/app/manifests/7": dial tcp: lookup registry.internal.example on 172.18.0.1:53: no such host',
    );
  });
});
