// APIServices through the in-process API server: the service port defaulted, the status reset on
// create (a local one Available at once), and ValidateAPIService's messages.
import { describe, expect, it } from 'vitest';
import type { APIService } from '../../../../src/sim/api/apiservice-types.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { rejectionCauses } from './rejection-causes.js';

const APISERVICES = typeForKind('APIService', 'apiregistration.k8s.io/v1')!;

const body = (name: string, spec: Record<string, unknown>, extra: Record<string, unknown> = {}): APIService =>
  ({ apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService', metadata: { name }, spec, ...extra }) as unknown as APIService;

const create = (b: APIService) => new Cluster(defaultSimConfig()).api.create(APISERVICES, undefined, b);

const REMOTE = { group: 'wardle.example.com', version: 'v1alpha1', groupPriorityMinimum: 1000, versionPriority: 15, service: { namespace: 'wardle', name: 'api' } };

describe('APIService create', () => {
  it('defaults the service port to 443 and starts a remote one with no status, whatever it was sent', () => {
    const svc = create(body('v1alpha1.wardle.example.com', REMOTE, { status: { conditions: [{ type: 'Available', status: 'True' }] } }));
    expect(svc.spec.service).toEqual({ namespace: 'wardle', name: 'api', port: 443 });
    expect(svc.status).toEqual({});
  });

  it('makes a local one Available at once', () => {
    const svc = create(body('v1.example.com', { group: 'example.com', version: 'v1', groupPriorityMinimum: 100, versionPriority: 10 }));
    expect(svc.status?.conditions).toEqual([{ type: 'Available', status: 'True', lastTransitionTime: '2025-01-06T10:00:00Z', reason: 'Local', message: 'Local APIServices are always available' }]);
  });
});

describe('ValidateAPIService', () => {
  it('wants the name to be version.group', () => {
    expect(rejectionCauses(() => create(body('wrong-name', REMOTE)))).toEqual(['metadata.name: Invalid value: "wrong-name": must be `spec.version+"."+spec.group`: "v1alpha1.wardle.example.com"']);
  });

  it('bounds the priorities, names the version rule, and wants a service reference complete', () => {
    const causes = rejectionCauses(() => create(body('V1.wardle.example.com', { group: 'wardle.example.com', version: 'V1', groupPriorityMinimum: 20001, versionPriority: 0, service: { port: 70000 } })));
    expect(causes).toEqual([
      'spec.version: Invalid value: "V1": a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic character, and end with an alphanumeric character (e.g. \'my-name\',  or \'abc-123\', regex used for validation is \'[a-z]([-a-z0-9]*[a-z0-9])?\')',
      'spec.groupPriorityMinimum: Invalid value: 20001: must be positive and less than 20000',
      'spec.versionPriority: Invalid value: 0: must be positive and less than 1000',
      'spec.service.namespace: Required value',
      'spec.service.name: Required value',
      'spec.service.port: Invalid value: 70000: port is not valid: must be between 1 and 65535, inclusive',
    ]);
  });

  it('lets only v1 have an empty group, and no local one skip TLS verification', () => {
    expect(rejectionCauses(() => create(body('v2.', { version: 'v2', groupPriorityMinimum: 1, versionPriority: 1, insecureSkipTLSVerify: true })))).toEqual([
      'spec.group: Required value: only v1 may have an empty group and it better be legacy kube',
      'spec.insecureSkipTLSVerify: Invalid value: true: local APIServices may not have insecureSkipTLSVerify',
    ]);
  });
});
