// RuntimeClasses through the in-process API server: stored as etcd returns them, and checked by
// ValidateRuntimeClass and ValidateRuntimeClassUpdate with their messages.
import { describe, expect, it } from 'vitest';
import type { ApiServer } from '../../../../src/sim/api/api-server.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import type { RuntimeClass } from '../../../../src/sim/api/runtime-class-types.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { rejectionCauses } from './rejection-causes.js';

const RUNTIME_CLASSES = typeForKind('RuntimeClass', 'node.k8s.io/v1')!;

const body = (name: string, rest: Record<string, unknown>): RuntimeClass => ({ apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', metadata: { name }, ...rest }) as RuntimeClass;

const api = (): ApiServer => new Cluster(defaultSimConfig()).api;
const causes = (rest: Record<string, unknown>, name = 'rc') => rejectionCauses(() => api().create(RUNTIME_CLASSES, undefined, body(name, rest)));

const LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('RuntimeClass storage', () => {
  it('keeps the handler, stores overhead quantities in canonical form and drops empty scheduling lists', () => {
    const rc = api().create(RUNTIME_CLASSES, undefined, body('kata-fc', { handler: 'kata-fc', overhead: { podFixed: { memory: '0.125Gi', cpu: 0.25 } }, scheduling: { nodeSelector: {}, tolerations: [] } }));
    expect(rc).toMatchObject({ handler: 'kata-fc', overhead: { podFixed: { cpu: '250m', memory: '128Mi' } }, scheduling: {} });
    expect(rc.metadata.namespace).toBeUndefined();
    expect(rc.metadata.generation).toBeUndefined();
  });

  it('keeps an overhead without podFixed as an empty object', () => {
    expect(api().create(RUNTIME_CLASSES, undefined, body('empty', { handler: 'runc', overhead: { podFixed: {} } })).overhead).toEqual({});
  });
});

describe('RuntimeClass validation', () => {
  it('requires the handler to be a DNS-1123 label, an absent one included', () => {
    expect(causes({})).toEqual([`handler: Invalid value: "": ${LABEL}`]);
    expect(causes({ handler: 'Kata_FC' })).toEqual([`handler: Invalid value: "Kata_FC": ${LABEL}`]);
  });

  it('validates the overhead as container limits: names, signs, whole extended resources and hugepages', () => {
    expect(causes({ handler: 'runc', overhead: { podFixed: { cpu: '-1', widgets: '1', 'example.com/dongle': '500m' } } })).toEqual([
      'overhead.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      'overhead.limits[example.com/dongle]: Invalid value: resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}: must be an integer',
      'overhead.limits[widgets]: Invalid value: "widgets": must be a standard resource type or fully qualified',
      'overhead.limits[widgets]: Invalid value: "widgets": must be a standard resource for containers',
    ]);
    expect(causes({ handler: 'runc', overhead: { podFixed: { 'hugepages-2Mi': '3Mi' } } })).toEqual([
      'overhead.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi',
      'overhead: Forbidden: HugePages require cpu or memory',
    ]);
  });

  it('checks the scheduling node selector as labels and the tolerations, repeats included', () => {
    const scheduling = {
      nodeSelector: { 'bad key!': 'x' },
      tolerations: [
        { key: 'a', operator: 'Exists', value: 'b' },
        { operator: 'Equal' },
        { key: 'c', operator: 'Within', effect: 'Sometimes' },
        { key: 'd', effect: 'NoSchedule', tolerationSeconds: 30 },
        { key: 'd', effect: 'NoSchedule' },
      ],
    };
    expect(causes({ handler: 'runc', scheduling })).toEqual([
      "scheduling.nodeSelector: Invalid value: \"bad key!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      'scheduling.tolerations[0].operator: Invalid value: core.Toleration{Key:"a", Operator:"Exists", Value:"b", Effect:"", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is \'Exists\'',
      'scheduling.tolerations[1].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      'scheduling.tolerations[2].operator: Unsupported value: "Within": supported values: "Equal", "Exists"',
      'scheduling.tolerations[2].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      "scheduling.tolerations[3].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
      'scheduling.tolerations[4]: Duplicate value: core.Toleration{Key:"d", Operator:"", Value:"", Effect:"NoSchedule", TolerationSeconds:(*int64)(nil)}',
    ]);
  });

  it('refuses a changed handler on update but takes other changes', () => {
    const server = api();
    const rc = server.create(RUNTIME_CLASSES, undefined, body('kata-fc', { handler: 'kata-fc' }));
    expect(rejectionCauses(() => server.update(RUNTIME_CLASSES, undefined, { ...rc, handler: 'kata-qemu' }))).toEqual(['handler: Invalid value: "kata-qemu": field is immutable']);
    const labelled = server.update(RUNTIME_CLASSES, undefined, { ...rc, metadata: { ...rc.metadata, labels: { vm: 'firecracker' } } });
    expect(labelled.metadata.labels).toEqual({ vm: 'firecracker' });
  });
});
