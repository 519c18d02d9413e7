import { describe, expect, it } from 'vitest';
import { normalizeTranscriptLine, oldNameRules, transcriptRules, versionRules } from '../../../src/bench/transcripts/normalize-transcript-line.js';
import { normalizeLine } from '../../../src/verify/normalize.js';

const same = (documented: string, simulated: string, options = {}) =>
  expect(normalizeTranscriptLine(documented, options)).toBe(normalizeTranscriptLine(simulated, options));
const different = (documented: string, simulated: string) => expect(normalizeTranscriptLine(documented)).not.toBe(normalizeTranscriptLine(simulated));

describe('the transcript rules', () => {
  // The version rules work on the placeholders the project's rules leave, so each runs in the chain.
  it.each([...oldNameRules, ...versionRules].map((r) => [r.name, r] as const))('rewrite their own example (%s)', (_name, rule) => {
    const without = transcriptRules.filter((r) => r !== rule);
    expect(normalizeLine(rule.example, transcriptRules)).not.toBe(normalizeLine(rule.example, without));
  });

  it('have unique names, the project rules included', () => {
    expect(new Set(transcriptRules.map((r) => r.name)).size).toBe(transcriptRules.length);
  });
});

describe('normalizeTranscriptLine', () => {
  it('compares an old padded pod row with a row of kubectl 1.32', () => {
    same('hostnames-632524106-bbpiw   1/1       Running   0          2m', 'hostnames-7f8c6bd5c-x2k9q   1/1     Running   0          2m3s');
    same('NAME        READY     STATUS     RESTARTS   AGE', 'NAME        READY   STATUS     RESTARTS   AGE');
    same('nginx-deployment-75675f5897-7ci7o   1/1       Running   0          18s', 'nginx-deployment-6b7f8c9d5b-5xk2p   1/1     Running   0          20s');
  });

  it('names ReplicaSets and standalone suffixes of old formats alike', () => {
    same('NewReplicaSet:    nginx-deployment-1771418926 (2/2 replicas created)', 'NewReplicaSet:    nginx-deployment-7854ff8877 (2/2 replicas created)');
    same('default-token-il9rc   kubernetes.io/service-account-token   1         1d', 'default-token-7kq2x   kubernetes.io/service-account-token   1      3d');
    expect(normalizeTranscriptLine('my-nginx   ClusterIP   None')).toContain('my-nginx');
  });

  it('drops the restart time kubectl 1.22+ adds, and keeps the count', () => {
    same('liveness-exec   1/1       Running   1          1m', 'liveness-exec   1/1     Running   1 (14s ago)   86s');
    different('liveness-exec   1/1       Running   1          1m', 'liveness-exec   1/1     Running   2 (14s ago)   86s');
  });

  it('reads `kubelet, node01` as `kubelet`, and event ages with their repeat counts as ages', () => {
    same(
      'Warning  Unhealthy  10s (x3 over 20s)  kubelet, node01    Liveness probe failed: cat: no such file',
      'Warning  Unhealthy  15s (x3 over 25s)  kubelet            Liveness probe failed: cat: no such file',
    );
  });

  it('drops the pull time and image size of newer Pulled events', () => {
    same(
      'Normal  Pulled     7s    kubelet, node01    Successfully pulled image "busybox"',
      'Normal  Pulled     9s    kubelet            Successfully pulled image "busybox" in 1.421s (1.421s including waiting). Image size: 722543 bytes.',
    );
  });

  it('keeps statuses, reasons and messages as they are', () => {
    different('tiny   1/1       Running   0          20s', 'tiny   0/1     Completed   0          20s');
    different('Normal  Created    7s    kubelet, node01    Created container liveness', 'Normal  Created    9s    kubelet    Created container: liveness');
    different('Normal  Killing    7s    kubelet    Container x failed', 'Normal  Started    7s    kubelet    Container x failed');
  });

  it('replaces the given node names, IPs and resourceVersions', () => {
    same('Successfully assigned default/x to node01', 'Successfully assigned default/x to kind-control-plane', { nodeNames: ['node01', 'kind-control-plane'] });
    same('  resourceVersion: "987"', '  resourceVersion: "156"');
    same('        "resourceVersion": "347189",', '        "resourceVersion": "12",');
    same('kube-dns   ClusterIP   10.0.0.10    <none>', 'kube-dns   ClusterIP   10.96.0.10   <none>');
    expect(normalizeTranscriptLine('etcd-node01', { nodeNames: ['node01'] })).toBe('etcd-node01');
  });

  it('ignores indentation only when asked', () => {
    expect(normalizeTranscriptLine('  Normal  Started  7s  kubelet  Started container x', { ignoreIndentation: true })).toBe(
      normalizeTranscriptLine('Normal  Started  9s  kubelet  Started container x'),
    );
    different('  Restart Count:  0', 'Restart Count:  0');
  });
});
