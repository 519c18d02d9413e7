// LimitRanges through the in-process API server: SetDefaults_LimitRangeItem, canonical
// quantities, and ValidateLimitRange's messages.
import { describe, expect, it } from 'vitest';
import type { LimitRange, LimitRangeItem } from '../../../../src/sim/api/policy-types.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { rejectionCauses } from './rejection-causes.js';

const LIMIT_RANGES = typeForKind('LimitRange', 'v1')!;

/** A body as the decoder hands it over: quantities may be JSON numbers. */
type Body = Omit<LimitRange, 'spec'> & { spec?: { limits?: Array<Record<string, unknown>> } };

const body = (name: string, limits?: Array<Record<string, unknown>>): Body => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name }, ...(limits ? { spec: { limits } } : {}) });

function create(b: Body): LimitRange {
  return new Cluster(defaultSimConfig()).api.create(LIMIT_RANGES, 'default', b as unknown as LimitRange);
}

const causes = (b: Body) => rejectionCauses(() => create(b));

describe('LimitRange defaults', () => {
  it('defaults a Container item’s limit to its max and its request to the limit', () => {
    const lr = create(body('mem-min-max-demo-lr', [{ type: 'Container', max: { memory: '1Gi' }, min: { memory: '500Mi' } }]));
    expect(lr.spec.limits).toEqual([{ type: 'Container', max: { memory: '1Gi' }, min: { memory: '500Mi' }, default: { memory: '1Gi' }, defaultRequest: { memory: '1Gi' } }]);
  });

  it('defaults the request to the min when there is no limit to copy', () => {
    const [item] = create(body('min-only', [{ type: 'Container', min: { cpu: '100m' } }])).spec.limits as LimitRangeItem[];
    expect(item).toEqual({ type: 'Container', min: { cpu: '100m' }, defaultRequest: { cpu: '100m' } });
  });

  it('keeps what was given and defaults nothing for Pod and PersistentVolumeClaim items', () => {
    const limits = [
      { type: 'Pod', max: { memory: '2Gi' } },
      { type: 'PersistentVolumeClaim', min: { storage: '1Gi' } },
      { type: 'Container', default: { cpu: '1' }, defaultRequest: { cpu: '250m' }, max: { cpu: '2' } },
    ];
    expect(create(body('kept', limits)).spec.limits).toEqual(limits);
  });

  it('stores quantities in canonical form, YAML numbers included', () => {
    const lr = create(body('cpu-limit-range', [{ type: 'Container', default: { cpu: 1, memory: '1.5Gi' }, defaultRequest: { cpu: 0.5, memory: '0.75Gi' }, maxLimitRequestRatio: { cpu: ' 2 ' } }]));
    expect(lr.spec.limits).toEqual([{ type: 'Container', default: { cpu: '1', memory: '1536Mi' }, defaultRequest: { cpu: '500m', memory: '768Mi' }, maxLimitRequestRatio: { cpu: '2' } }]);
  });

  it('stores a range without limits with a null list, as etcd returns it', () => {
    expect(create(body('empty')).spec).toEqual({ limits: null });
    expect(create(body('empty', [])).spec).toEqual({ limits: null });
  });
});

describe('LimitRange validation', () => {
  it('rejects a min above the max, printing the decoded Quantity as the bad value', () => {
    expect(causes(body('bad', [{ type: 'PersistentVolumeClaim', min: { storage: '2Gi' }, max: { storage: 1.5e9 } }]))).toEqual([
      'spec.limits[0].min[storage]: Invalid value: resource.Quantity{i:resource.int64Amount{value:2147483648, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"2Gi", Format:"BinarySI"}: min value 2Gi is greater than max value 1500M',
    ]);
  });

  it('checks the defaults against min and max after defaulting', () => {
    expect(causes(body('bad', [{ type: 'Container', min: { cpu: '500m' }, max: { cpu: '1' }, default: { cpu: '2' }, defaultRequest: { cpu: '0.25' } }]))).toEqual([
      'spec.limits[0].defaultRequest[cpu]: Invalid value: resource.Quantity{i:resource.int64Amount{value:25, scale:-2}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}: min value 500m is greater than default request value 250m',
      'spec.limits[0].default[cpu]: Invalid value: resource.Quantity{i:resource.int64Amount{value:1, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1", Format:"DecimalSI"}: default value 2 is greater than max value 1',
    ]);
  });

  it('rejects a default request above the default limit (512Mi is not cached in the Quantity: 512 is a multiple of 8)', () => {
    expect(causes(body('bad', [{ type: 'Container', default: { memory: '256Mi' }, defaultRequest: { memory: '512Mi' } }]))).toEqual([
      'spec.limits[0].defaultRequest[memory]: Invalid value: resource.Quantity{i:resource.int64Amount{value:536870912, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"BinarySI"}: default request value 512Mi is greater than default limit value 256Mi',
    ]);
  });

  it('bounds the limit-to-request ratio by 1 and by max/min', () => {
    expect(causes(body('bad', [{ type: 'Container', min: { cpu: '250m' }, max: { cpu: '1' }, maxLimitRequestRatio: { cpu: '5' } }, { type: 'Pod', maxLimitRequestRatio: { memory: '0.9' } }]))).toEqual([
      'spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: resource.Quantity{i:resource.int64Amount{value:5, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"5", Format:"DecimalSI"}: ratio 5 is greater than max/min = 4.000000',
      'spec.limits[1].maxLimitRequestRatio[memory]: Invalid value: resource.Quantity{i:resource.int64Amount{value:9, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}: ratio 900m is less than 1',
    ]);
  });

  it('rejects unknown and duplicate types, defaults on a Pod item, and names a container cannot request', () => {
    expect(
      causes(
        body('bad', [
          { type: 'Container', max: { pods: '2', 'example.com/gpu': '1' } },
          { type: 'Container' },
          { type: 'Pod', default: { cpu: '1' }, defaultRequest: { cpu: '1' } },
          { type: 'Node' },
          { type: 'PersistentVolumeClaim' },
        ]),
      ),
    ).toEqual([
      'spec.limits[0].max[pods]: Invalid value: "pods": must be a standard resource for containers',
      'spec.limits[0].default[pods]: Invalid value: "pods": must be a standard resource for containers',
      'spec.limits[0].defaultRequest[pods]: Invalid value: "pods": must be a standard resource for containers',
      'spec.limits[1].type: Duplicate value: "Container"',
      "spec.limits[2].default: Forbidden: may not be specified when `type` is 'Pod'",
      "spec.limits[2].defaultRequest: Forbidden: may not be specified when `type` is 'Pod'",
      'spec.limits[3].type: Invalid value: "Node": must be a standard limit type or fully qualified',
      'spec.limits[4].limits: Required value: either minimum or maximum storage value is required, but neither was provided',
    ]);
  });

  it('requires a default equal to its request for a resource that cannot be overcommitted', () => {
    expect(causes(body('bad', [{ type: 'Container', default: { 'hugepages-2Mi': '4Mi' }, defaultRequest: { 'hugepages-2Mi': '2Mi' } }]))).toEqual([
      'spec.limits[0].defaultRequest[hugepages-2Mi]: Invalid value: resource.Quantity{i:resource.int64Amount{value:2097152, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"2Mi", Format:"BinarySI"}: default value 4Mi must equal to defaultRequest value 2Mi in hugepages-2Mi',
    ]);
  });
});
