// `sim:` front matter: defaults, and a problem naming the key for every value the simulator
// cannot use.
import { describe, expect, it } from 'vitest';
import { defaultSimConfig, resolveSimConfig } from '../../../../src/sim/core/config/config.js';
import { parseDuration } from '../../../../src/sim/core/time/parse-duration.js';

describe('resolveSimConfig', () => {
  it('gives the single-node kind cluster when there is no sim: block', () => {
    const { config, problems } = resolveSimConfig(undefined);
    expect(problems).toEqual([]);
    expect(config).toEqual(defaultSimConfig());
    expect(config).toMatchObject({
      kubernetesVersion: 'v1.32.2',
      nodes: [{ name: 'kind-control-plane', role: 'control-plane', ip: '172.18.0.2' }],
      podCIDR: '10.244.0.0/16',
      serviceCIDR: '10.96.0.0/12',
      dnsIP: '10.96.0.10',
      clusterDomain: 'cluster.local',
      cni: 'kindnet',
      cniNamespace: 'kube-system',
    });
  });

  it('reads the seed shape: nodes by name or mapping, durations, flannel', () => {
    const { config, problems } = resolveSimConfig({
      clusterName: 'k8s',
      nodes: [{ name: 'k8s-master', role: 'control-plane', ip: '192.168.180.132' }, 'k8s-node01', { name: 'k8s-node02' }],
      cni: 'flannel',
      dnsSearch: ['localdomain'],
      clusterAge: '10h',
      commandStep: '500ms',
    });
    expect(problems).toEqual([]);
    expect(config.nodes).toEqual([
      { name: 'k8s-master', role: 'control-plane', ip: '192.168.180.132' },
      { name: 'k8s-node01', role: 'worker', ip: '172.18.0.3' },
      { name: 'k8s-node02', role: 'worker', ip: '172.18.0.4' },
    ]);
    expect(config).toMatchObject({ clusterAge: 36_000_000, commandStep: 500, cni: 'flannel', cniNamespace: 'kube-flannel', dnsSearch: ['localdomain'] });
  });

  it('derives the DNS address from a custom service CIDR and the node name from the cluster name', () => {
    const { config } = resolveSimConfig({ serviceCIDR: '10.0.0.0/16', clusterName: 'demo' });
    expect(config.dnsIP).toBe('10.0.0.10');
    expect(config.nodes).toEqual([{ name: 'demo-control-plane', role: 'control-plane', ip: '172.18.0.2' }]);
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['an unknown key', { nodeCount: 3 }, 'nodeCount', /^unknown key "nodeCount", expected one of: seed, start, /],
    ['a seed that is not an integer', { seed: 1.5 }, 'seed', /expected an integer/],
    ['a start that is not a time', { start: 'yesterday' }, 'start', /RFC 3339/],
    ['a cluster age that is not a duration', { clusterAge: 'ten hours' }, 'clusterAge', /expected a duration/],
    ['a command step that is not a duration', { commandStep: '-1s' }, 'commandStep', /expected a duration/],
    ['an empty string', { clusterDomain: '' }, 'clusterDomain', /expected a non-empty string/],
    ['another Kubernetes version', { kubernetesVersion: 'v1.29.0' }, 'kubernetesVersion', /models Kubernetes v1\.32; expected "v1\.32\.N", got "v1\.29\.0"/],
    ['a malformed CIDR', { podCIDR: '10.244.0.0' }, 'podCIDR', /IPv4 CIDR/],
    ['a malformed DNS address', { dnsIP: '10.96.0.300' }, 'dnsIP', /IPv4 address/],
    ['a search list that is not a list', { dnsSearch: 'localdomain' }, 'dnsSearch', /list of domain names/],
    ['an unknown CNI', { cni: 'cilium' }, 'cni', /one of: kindnet, flannel, calico/],
    ['an empty node list', { nodes: [] }, 'nodes', /non-empty list/],
    ['a node that is neither a name nor a mapping', { nodes: [42] }, 'nodes[0]', /node name or a mapping/],
    ['a node without a name', { nodes: [{ role: 'control-plane' }] }, 'nodes[0].name', /expected a node name/],
    ['a node with an unknown role', { nodes: ['cp', { name: 'w', role: 'master' }] }, 'nodes[1].role', /"control-plane" or "worker"/],
    ['a node with a bad IP', { nodes: [{ name: 'cp', ip: 'x' }] }, 'nodes[0].ip', /IPv4 address/],
    ['a node with an unknown key', { nodes: [{ name: 'cp', zone: 'a' }] }, 'nodes[0].zone', /unknown key "zone"/],
    ['two nodes with one name', { nodes: ['cp', 'cp'] }, 'nodes', /duplicate node name "cp"/],
    ['no control-plane node', { nodes: [{ name: 'w', role: 'worker' }] }, 'nodes', /one node with role "control-plane"/],
  ];
  it.each(bad)('reports %s, naming the key', (_what, raw, path, message) => {
    const { problems } = resolveSimConfig(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports every bad key at once', () => {
    const { problems } = resolveSimConfig({ seed: 'x', cni: 'weave', colour: 'blue' });
    expect(problems.map((p) => p.path).sort()).toEqual(['cni', 'colour', 'seed']);
  });
});

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['10h', 36_000_000],
    ['2d', 172_800_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['45', 45_000],
    [90, 90_000],
  ] as const)('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'soon', '5 m', '-1s', '1x', '1h30'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('node capacity, labels and taints in sim.nodes', () => {
  it('reads them, canonicalising quantities', () => {
    const { config, problems } = resolveSimConfig({
      nodes: [{ name: 'cp', cpu: 4, memory: '8Gi', pods: 20 }, { name: 'w1', cpu: '2500m', labels: { disktype: 'ssd' }, taints: ['dedicated=gpu:NoSchedule', 'spot:PreferNoSchedule'] }],
    });
    expect(problems).toEqual([]);
    expect(config.nodes).toEqual([
      { name: 'cp', role: 'control-plane', ip: '172.18.0.2', capacity: { cpu: '4', memory: '8Gi', pods: '20' } },
      {
        name: 'w1',
        role: 'worker',
        ip: '172.18.0.3',
        capacity: { cpu: '2500m' },
        labels: { disktype: 'ssd' },
        taints: [
          { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
          { key: 'spot', effect: 'PreferNoSchedule' },
        ],
      },
    ]);
  });

  it('names each bad value', () => {
    const { problems } = resolveSimConfig({ nodes: [{ name: 'cp', cpu: -1, memory: 'lots', pods: 2.5, labels: ['a'], taints: ['x:Sometimes'] }] });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'nodes[0].cpu: expected a positive quantity such as "4" or "2500m", got -1',
      'nodes[0].memory: expected a positive quantity such as "8Gi", got "lots"',
      'nodes[0].pods: expected a positive whole number of pods, got 2.5',
      'nodes[0].labels: expected a mapping of label names to string values',
      'nodes[0].taints[0]: expected a taint such as "key=value:NoSchedule" (effects: NoSchedule, PreferNoSchedule, NoExecute), got "x:Sometimes"',
    ]);
  });

  it('reads add-ons, and names an unknown one with the add-ons it knows', () => {
    expect(resolveSimConfig({ addons: ['metrics-server'] }).config.addons).toEqual(['metrics-server']);
    const { problems } = resolveSimConfig({ addons: ['metrics-server', 'ingress-nginx'] });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['addons[1]: unknown add-on "ingress-nginx", expected one of: metrics-server']);
    expect(resolveSimConfig({ addons: 'metrics-server' }).problems.map((p) => p.path)).toEqual(['addons']);
  });
});
