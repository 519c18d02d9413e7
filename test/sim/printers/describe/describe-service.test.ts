import { describe, expect, it } from 'vitest';
import { describeService, formatEndpointSlices } from '../../../../src/sim/printers/describe/describe-service.js';
import { NOW, ago, endpointSlice, event, service } from '../tables/fixtures.js';
import { expectGolden } from '../../../support/golden.js';

const opts = { now: NOW };
const ready = (ip: string, r: boolean | null = true) => ({ addresses: [ip], conditions: r === null ? {} : { ready: r } });

describe('describeService (kubectl-formats §3 samples, byte for byte)', () => {
  it('myservice: slices exist but no endpoint is ready -> empty Endpoints cell with trailing spaces', () => {
    const svc = service('myservice', {
      selector: { 'app.kubernetes.io/name': 'MyApp' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 9376 }],
      clusterIP: '10.96.45.12',
      clusterIPs: ['10.96.45.12'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    });
    const slice = endpointSlice('myservice-abcde', 'myservice', [{ name: '', port: 9376, protocol: 'TCP' }], [ready('10.244.0.5', false)]);
    const out = describeService(svc, [slice], [], opts);
    expect(out).toBe(
      [
        'Name:                     myservice',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app.kubernetes.io/name=MyApp',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.45.12',
        'IPs:                      10.96.45.12',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               9376/TCP',
        'Endpoints:                ',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('kubernetes: labels on two lines, named port, one ready endpoint', () => {
    const svc = service(
      'kubernetes',
      {
        ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 8443 }],
        clusterIP: '10.96.0.1',
        clusterIPs: ['10.96.0.1'],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
      },
      { labels: { provider: 'kubernetes', component: 'apiserver' } },
    );
    const slice = endpointSlice('kubernetes', 'kubernetes', [{ name: 'https', port: 8443, protocol: 'TCP' }], [ready('192.168.49.2', null)]);
    expect(describeService(svc, [slice], [], opts)).toBe(
      [
        'Name:                     kubernetes',
        'Namespace:                default',
        'Labels:                   component=apiserver',
        '                          provider=kubernetes',
        'Annotations:              <none>',
        'Selector:                 <none>',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.96.0.1',
        'IPs:                      10.96.0.1',
        'Port:                     https  443/TCP',
        'TargetPort:               8443/TCP',
        'Endpoints:                192.168.49.2:8443',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('web: NodePort with External Traffic Policy', () => {
    const svc = service('web', {
      type: 'NodePort',
      selector: { app: 'web' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
      clusterIP: '10.100.7.3',
      clusterIPs: ['10.100.7.3'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
    });
    const slice = endpointSlice('web-x1', 'web', [{ name: 'http', port: 8080, protocol: 'TCP' }], [ready('10.244.0.7'), ready('10.244.0.8')]);
    expect(describeService(svc, [slice], [], opts)).toBe(
      [
        'Name:                     web',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=web',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.100.7.3',
        'IPs:                      10.100.7.3',
        'Port:                     http  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 http  30080/TCP',
        'Endpoints:                10.244.0.7:8080,10.244.0.8:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });
});

describe('formatEndpointSlices', () => {
  const port = (name: string, p: number) => [{ name, port: p, protocol: 'TCP' as const }];

  it('no slices at all -> <none>', () => {
    expect(formatEndpointSlices([], new Set(['']))).toBe('<none>');
  });

  it('lists three ready endpoints then "+ N more..." counting only ready ones', () => {
    const s1 = endpointSlice('a', 'svc', port('', 80), [ready('10.0.0.1'), ready('10.0.0.2', false), ready('10.0.0.3')]);
    const s2 = endpointSlice('b', 'svc', port('', 80), [ready('10.0.0.4'), ready('10.0.0.5'), ready('10.0.0.6', false), ready('10.0.0.7')]);
    expect(formatEndpointSlices([s1, s2], new Set(['']))).toBe('10.0.0.1:80,10.0.0.3:80,10.0.0.4:80 + 2 more...');
  });

  it('filters slice ports by the service port name', () => {
    const s = endpointSlice('a', 'svc', [...port('http', 8080), ...port('metrics', 9090)], [ready('10.0.0.1')]);
    expect(formatEndpointSlices([s], new Set(['metrics']))).toBe('10.0.0.1:9090');
    expect(formatEndpointSlices([s], new Set(['other']))).toBe('');
  });

  it('headless slices without ports list bare addresses', () => {
    const s = endpointSlice('a', 'svc', [], [ready('10.0.0.1'), ready('10.0.0.2')]);
    expect(formatEndpointSlices([s], new Set(['']))).toBe('10.0.0.1,10.0.0.2');
  });

  it('IPv6 addresses are bracketed (net.JoinHostPort)', () => {
    const s = endpointSlice('a', 'svc', port('', 80), [ready('fd00::1')]);
    expect(formatEndpointSlices([s], new Set(['']))).toBe('[fd00::1]:80');
  });
});

describe('describeService: optional lines and events', () => {
  it('LoadBalancer with ingress, source ranges, health check port, string target port, session affinity, events', () => {
    const svc = service(
      'edge',
      {
        type: 'LoadBalancer',
        selector: { app: 'edge', tier: 'front' },
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 'web', nodePort: 31000 },
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53, nodePort: 31053 },
        ],
        clusterIP: '10.96.10.10',
        clusterIPs: ['10.96.10.10', 'fd00:10::10'],
        ipFamilies: ['IPv4', 'IPv6'],
        ipFamilyPolicy: 'PreferDualStack',
        externalIPs: ['203.0.113.5'],
        loadBalancerIP: '198.51.100.7',
        sessionAffinity: 'ClientIP',
        externalTrafficPolicy: 'Local',
        internalTrafficPolicy: 'Cluster',
        healthCheckNodePort: 32100,
        loadBalancerSourceRanges: ['10.0.0.0/8', '192.168.0.0/16'],
      },
      { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' } },
    );
    svc.status = { loadBalancer: { ingress: [{ ip: '198.51.100.7', ipMode: 'VIP' }, { hostname: 'edge.example.com' }] } };
    const slice = endpointSlice(
      'edge-1',
      'edge',
      [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { name: 'dns', port: 53, protocol: 'UDP' },
      ],
      [ready('10.244.1.4'), ready('10.244.2.9')],
    );
    const events = [
      event('e1', {
        involvedObject: { kind: 'Service', name: 'edge', namespace: 'default' },
        reason: 'EnsuringLoadBalancer',
        message: 'Ensuring load balancer',
        source: { component: 'service-controller' },
        firstTimestamp: ago(300),
        lastTimestamp: ago(120),
        count: 3,
      }),
      event('e2', {
        involvedObject: { kind: 'Service', name: 'edge', namespace: 'default' },
        reason: 'EnsuredLoadBalancer',
        message: 'Ensured load balancer',
        source: { component: 'service-controller' },
        firstTimestamp: ago(110),
        lastTimestamp: ago(110),
      }),
    ];
    expectGolden(describeService(svc, [slice], events, opts), 'test/sim/kubectl/print/golden/describe-service-lb.txt');
  });

  it('ExternalName service without slices; --show-events=false drops Events', () => {
    const svc = service('ext', { type: 'ExternalName', externalName: 'db.example.com', ports: [] });
    const out = describeService(svc, [], [], { now: NOW, showEvents: false });
    expect(out).toBe(
      [
        'Name:              ext',
        'Namespace:         default',
        'Labels:            <none>',
        'Annotations:       <none>',
        'Selector:          <none>',
        'Type:              ExternalName',
        'IP Families:       <none>',
        'IP:                ',
        'IPs:               <none>',
        'External Name:     db.example.com',
        'Session Affinity:  None',
        '',
      ].join('\n'),
    );
  });
});
