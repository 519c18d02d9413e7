// Expected texts are built from the Go sources the decoder copies:
// - prefix `<Kind> in version "<v>" cannot be handled as a <Kind>: ` — apiserver
//   endpoints/handlers/rest.go transformDecodeError (`%s in version %q cannot be handled as a %s: %v`);
// - `strict decoding error: ` + errors joined by ", " — apimachinery runtime/error.go strictDecodingError;
// - `unknown field "<path>"` / `duplicate field "<path>"` with `[i]` indexes — sigs.k8s.io/json
//   kubernetes_patch.go (strictError, appendStrictFieldStackKey/Index);
// - `json: cannot unmarshal <what> into Go struct field <Struct>.<path> of type <type>` — Go
//   encoding/json UnmarshalTypeError.Error, with Struct/Field from decodeState.addErrorContext;
// - quantity texts — apimachinery api/resource/quantity.go ErrFormatWrong / ErrSuffix;
// - time texts — Go time.ParseError; base64 — Go base64.CorruptInputError.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decodeObject, decodeObjectText, type FieldValidation } from '../../../../src/sim/api/schema/decode-object.js';

const POD_PREFIX = 'Pod in version "v1" cannot be handled as a Pod: ';
const QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

function fixture(name: string): Record<string, unknown> {
  return parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** A Pod with one container, merged with `spec` fields and `container` fields. */
function pod(spec: Record<string, unknown> = {}, container: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', ...metadata },
    spec: { containers: [{ name: 'c', image: 'busybox', ...container }], ...spec },
  };
}

const decodePod = (body: unknown, mode: FieldValidation = 'Strict') => decodeObject('Pod', 'v1', body, mode);
const podError = (body: unknown) => decodePod(body).error;

describe('valid objects', () => {
  test('the init-container walkthrough Pod decodes without an error or a warning', () => {
    expect(decodePod(fixture('init-containers-pod.yaml'))).toEqual({ warnings: [] });
  });

  test('a Pod as `kubectl get -o yaml` prints it, status included, decodes cleanly', () => {
    expect(decodePod(fixture('pod-get-o-yaml-1.31.yaml'))).toEqual({ warnings: [] });
  });

  test('a Pod that sets a field in most corners of the PodSpec tree decodes cleanly', () => {
    expect(decodePod(fixture('kitchen-sink-pod.yaml'))).toEqual({ warnings: [] });
  });

  test('a Service, a Deployment and an EndpointSlice decode cleanly', () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'myservice' },
      spec: {
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30080, appProtocol: 'http' }],
        sessionAffinity: 'ClientIP',
        sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        externalTrafficPolicy: 'Cluster',
        internalTrafficPolicy: 'Cluster',
      },
      status: { loadBalancer: { ingress: [{ ip: '1.2.3.4', ipMode: 'VIP', ports: [{ port: 80, protocol: 'TCP' }] }] } },
    };
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
      },
    };
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abc' },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.244.0.5'], conditions: { ready: true, serving: true, terminating: false }, nodeName: 'kind-control-plane' }],
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
    };
    expect(decodeObject('Service', 'v1', service, 'Strict')).toEqual({ warnings: [] });
    expect(decodeObject('Deployment', 'apps/v1', deployment, 'Strict')).toEqual({ warnings: [] });
    expect(decodeObject('EndpointSlice', 'discovery.k8s.io/v1', slice, 'Strict')).toEqual({ warnings: [] });
  });

  test('null is accepted for any field, as encoding/json leaves the field alone', () => {
    expect(podError(pod({ nodeSelector: null, priority: null }, { ports: null, stdin: null }, { creationTimestamp: null }))).toBeUndefined();
  });
});

describe('unknown fields (Strict)', () => {
  test('a misspelt field in a container is named by its path with the index', () => {
    expect(podError(pod({}, { imagee: 'busybox' }))).toBe(`${POD_PREFIX}strict decoding error: unknown field "spec.containers[0].imagee"`);
  });

  test('unknown fields are found in metadata, at the top, in spec and in volume sources', () => {
    expect(podError(pod({}, {}, { labelz: { a: 'b' } }))).toBe(`${POD_PREFIX}strict decoding error: unknown field "metadata.labelz"`);
    expect(podError({ ...pod(), specs: {} })).toBe(`${POD_PREFIX}strict decoding error: unknown field "specs"`);
    expect(podError(pod({ volumes: [{ name: 'v', emptyDir: { sizelimit: '1Gi' } }] }))).toBe(
      `${POD_PREFIX}strict decoding error: unknown field "spec.volumes[0].emptyDir.sizelimit"`,
    );
  });

  test('indexes are given at every level: initContainers[i].ports[j]', () => {
    const body = pod({
      initContainers: [
        { name: 'a', image: 'busybox' },
        { name: 'b', image: 'busybox', ports: [{ containerPort: 80 }, { containerPort: 81, hostport: 8081 }] },
      ],
    });
    expect(podError(body)).toBe(`${POD_PREFIX}strict decoding error: unknown field "spec.initContainers[1].ports[1].hostport"`);
  });

  test('field names are case-sensitive, as kubectl 1.32 finds when a lesson writes `Image:`', () => {
    expect(podError(pod({ restartpolicy: 'Never' }, { Image: 'busybox' }))).toBe(
      `${POD_PREFIX}strict decoding error: unknown field "spec.containers[0].Image", unknown field "spec.restartpolicy"`,
    );
  });

  test('several unknown fields are joined with ", " in document order', () => {
    const body = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', label: { a: 'b' } },
      spec: { containers: [{ name: 'c', image: 'busybox', cmd: ['sh'] }, { name: 'd', image: 'busybox', args: ['x'], port: 80 }], restart: 'Never' },
      extra: true,
    };
    expect(podError(body)).toBe(
      `${POD_PREFIX}strict decoding error: unknown field "metadata.label", unknown field "spec.containers[0].cmd", ` +
        'unknown field "spec.containers[1].port", unknown field "spec.restart", unknown field "extra"',
    );
  });

  test('a field in the wrong place is unknown there, and what is under it is not looked at', () => {
    expect(podError(pod({ image: 'busybox', ports: [{ containerPort: 80, bogus: 1 }] }))).toBe(
      `${POD_PREFIX}strict decoding error: unknown field "spec.image", unknown field "spec.ports"`,
    );
  });

  test('the pod template of a Deployment is checked, with the Deployment named in version "v1"', () => {
    const body = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'web', imagee: 'nginx' }] } } },
    };
    expect(decodeObject('Deployment', 'apps/v1', body, 'Strict').error).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagee"',
    );
  });

  test('the path is quoted as Go quotes it (strconv.Quote)', () => {
    expect(podError(pod({ 'a"b\n': 1 }))).toBe(`${POD_PREFIX}strict decoding error: unknown field "spec.a\\"b\\n"`);
  });

  test('at most 100 strict errors are reported', () => {
    const spec: Record<string, unknown> = { containers: [] };
    for (let i = 0; i < 150; i++) spec[`x${i}`] = i;
    const error = podError({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec }) ?? '';
    expect(error.match(/unknown field/g)).toHaveLength(100);
    expect(error.endsWith('unknown field "spec.x99"')).toBe(true);
  });
});

describe('type mismatches (every mode)', () => {
  const typeError = (what: string, field: string, type: string) =>
    `${POD_PREFIX}json: cannot unmarshal ${what} into Go struct field ${field} of type ${type}`;

  test('a string for an integer names the innermost struct and the path without indexes', () => {
    expect(podError(pod({}, { ports: [{ containerPort: '80' }] }))).toBe(
      typeError('string', 'ContainerPort.spec.containers.ports.containerPort', 'int32'),
    );
  });

  test('a number for a string', () => {
    expect(podError(pod({}, { env: [{ name: 'N', value: 1 }] }))).toBe(typeError('number', 'EnvVar.spec.containers.env.value', 'string'));
  });

  test('a bool for a string, and a string for a bool', () => {
    expect(podError(pod({}, { image: true }))).toBe(typeError('bool', 'Container.spec.containers.image', 'string'));
    expect(podError(pod({}, { stdin: 'yes' }))).toBe(typeError('string', 'Container.spec.containers.stdin', 'bool'));
  });

  test('an object for a list, a list for an object, a string for a list', () => {
    expect(podError({ ...pod(), spec: { containers: { name: 'c', image: 'busybox' } } })).toBe(
      typeError('object', 'PodSpec.spec.containers', '[]v1.Container'),
    );
    expect(podError({ ...pod(), metadata: [{ name: 'p' }] })).toBe(typeError('array', 'Pod.metadata', 'v1.ObjectMeta'));
    expect(podError(pod({}, { command: 'sleep 10' }))).toBe(typeError('string', 'Container.spec.containers.command', '[]string'));
  });

  test('named types are named, pointers are not shown, and map values report the map field', () => {
    expect(podError(pod({}, { ports: [{ containerPort: 80, protocol: 6 }] }))).toBe(
      typeError('number', 'ContainerPort.spec.containers.ports.protocol', 'v1.Protocol'),
    );
    expect(podError(pod({ terminationGracePeriodSeconds: '30' }))).toBe(typeError('string', 'PodSpec.spec.terminationGracePeriodSeconds', 'int64'));
    expect(podError(pod({}, {}, { labels: { app: 1 } }))).toBe(typeError('number', 'ObjectMeta.metadata.labels', 'string'));
    expect(podError(pod({}, { resources: { limits: [] } }))).toBe(typeError('array', 'ResourceRequirements.spec.containers.resources.limits', 'v1.ResourceList'));
  });

  test('a fraction or an overflow for an integer quotes the number', () => {
    expect(podError(pod({}, { ports: [{ containerPort: 80.5 }] }))).toBe(
      typeError('number 80.5', 'ContainerPort.spec.containers.ports.containerPort', 'int32'),
    );
    expect(podError(pod({}, { ports: [{ containerPort: 99999999999 }] }))).toBe(
      typeError('number 99999999999', 'ContainerPort.spec.containers.ports.containerPort', 'int32'),
    );
    expect(
      decodeObject('Deployment', 'apps/v1', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 1.5 } }, 'Strict').error,
    ).toBe('Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  test('the first type error wins, and strict errors are not reported beside it', () => {
    const body = pod({ bogus: 1 }, { image: 5, ports: [{ containerPort: '80' }] });
    expect(podError(body)).toBe(typeError('number', 'Container.spec.containers.image', 'string'));
  });

  test('a type error is an error in Warn and Ignore modes too', () => {
    const body = pod({}, { ports: [{ containerPort: '80' }] });
    const expected = typeError('string', 'ContainerPort.spec.containers.ports.containerPort', 'int32');
    expect(decodePod(body, 'Warn')).toEqual({ error: expected, warnings: [] });
    expect(decodePod(body, 'Ignore')).toEqual({ error: expected, warnings: [] });
  });
});

describe('types that decode themselves', () => {
  test('IntOrString takes a number or a string', () => {
    for (const targetPort of [9376, 'http']) {
      const body = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort }] } };
      expect(decodeObject('Service', 'v1', body, 'Strict')).toEqual({ warnings: [] });
    }
  });

  test('IntOrString reports an int32 error with the field it is in', () => {
    const service = (targetPort: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort }] } });
    const prefix = 'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal';
    expect(decodeObject('Service', 'v1', service(true), 'Strict').error).toBe(`${prefix} bool into Go struct field ServicePort.spec.ports.targetPort of type int32`);
    expect(decodeObject('Service', 'v1', service(1.5), 'Strict').error).toBe(`${prefix} number 1.5 into Go struct field ServicePort.spec.ports.targetPort of type int32`);
    expect(podError(pod({}, { livenessProbe: { httpGet: { port: {} } } }))).toBe(
      `${POD_PREFIX}json: cannot unmarshal object into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32`,
    );
  });

  test('quantities take strings and bare numbers', () => {
    const body = pod({}, { resources: { requests: { cpu: '500m', memory: '64Mi' }, limits: { cpu: 0.5, memory: 134217728 } } });
    expect(podError(body)).toBeUndefined();
  });

  test('a malformed quantity is reported with the regular expression, a bad suffix on its own', () => {
    expect(podError(pod({}, { resources: { limits: { memory: '1Gb' } } }))).toBe(POD_PREFIX + QUANTITY_FORMAT);
    expect(podError(pod({}, { resources: { limits: { cpu: 'one' } } }))).toBe(POD_PREFIX + QUANTITY_FORMAT);
    expect(podError(pod({}, { resources: { limits: { cpu: true } } }))).toBe(POD_PREFIX + QUANTITY_FORMAT);
    expect(podError(pod({ volumes: [{ name: 'v', emptyDir: { sizeLimit: '1Mm' } }] }))).toBe(`${POD_PREFIX}unable to parse quantity's suffix`);
  });

  test('a quantity error stops decoding and wins over an earlier type error', () => {
    const body = pod({}, { image: 5, resources: { limits: { memory: '1Gb' } } });
    expect(podError(body)).toBe(POD_PREFIX + QUANTITY_FORMAT);
  });

  test('timestamps must be RFC 3339 strings', () => {
    expect(podError(pod({}, {}, { creationTimestamp: 'yesterday' }))).toBe(
      `${POD_PREFIX}parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"`,
    );
    expect(podError(pod({}, {}, { creationTimestamp: 5 }))).toBe(
      `${POD_PREFIX}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string`,
    );
  });

  test('Secret data must be base64; the error has no field path', () => {
    const secret = (data: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data });
    expect(decodeObject('Secret', 'v1', secret({ password: 'cGFzc3dvcmQ=' }), 'Strict')).toEqual({ warnings: [] });
    expect(decodeObject('Secret', 'v1', secret({ password: 'hello world' }), 'Strict').error).toBe(
      'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 5',
    );
    expect(decodeObject('Secret', 'v1', secret({ n: 1 }), 'Strict').error).toBe(
      'Secret in version "v1" cannot be handled as a Secret: json: cannot unmarshal number into Go struct field Secret.data of type []uint8',
    );
  });
});

describe('field validation modes', () => {
  const body = pod({ restart: 'Never' }, { imagee: 'busybox' });

  test('Warn returns the strict errors as warnings and no error', () => {
    expect(decodePod(body, 'Warn')).toEqual({ warnings: ['unknown field "spec.containers[0].imagee"', 'unknown field "spec.restart"'] });
  });

  test('Ignore drops unknown fields silently', () => {
    expect(decodePod(body, 'Ignore')).toEqual({ warnings: [] });
  });
});

describe('request body text', () => {
  const head = '{"apiVersion":"v1","kind":"Pod",';

  test('duplicate fields are reported with the unknown ones, in document order', () => {
    const text = `${head}"metadata":{"name":"a","unknownMeta":1,"name":"b"},"spec":{"unknown1":1,"containers":[{"name":"c","image":"x","image":"y"}]}}`;
    expect(decodeObjectText('Pod', 'v1', text, 'Strict').error).toBe(
      `${POD_PREFIX}strict decoding error: unknown field "metadata.unknownMeta", duplicate field "metadata.name", ` +
        'unknown field "spec.unknown1", duplicate field "spec.containers[0].image"',
    );
  });

  test('a duplicate map key is named with the key in the path', () => {
    const text = `${head}"metadata":{"name":"a","labels":{"app":"x","app":"y"}},"spec":{"containers":[]}}`;
    expect(decodeObjectText('Pod', 'v1', text, 'Warn')).toEqual({ warnings: ['duplicate field "metadata.labels.app"'] });
  });

  test('number literals keep their text in type errors', () => {
    const text = `${head}"metadata":{"name":"a"},"spec":{"containers":[{"name":"c","ports":[{"containerPort":8e1}]}]}}`;
    expect(decodeObjectText('Pod', 'v1', text, 'Strict').error).toBe(
      `${POD_PREFIX}json: cannot unmarshal number 8e1 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`,
    );
  });

  test('a syntax error is reported as an unrecognized object with a summary of the body', () => {
    const text = `${head}"metadata":{"name":"a",}}`;
    expect(decodeObjectText('Pod', 'v1', text, 'Strict').error).toBe(
      'the object provided is unrecognized (must be of type Pod): couldn\'t get version/kind; json parse error: ' +
        `invalid character '}' looking for beginning of object key string ({"apiVersion":"v1","kind":"Pod ...)`,
    );
  });
});

test('a kind without a schema is not checked', () => {
  expect(decodeObject('Widget', 'example.com/v1', { spec: { anything: 1 } }, 'Strict')).toEqual({ warnings: [] });
});
