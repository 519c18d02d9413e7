// Protobuf bodies recorded from kubectl 1.32.4's typed `create` commands decode to the objects
// those commands would have sent as JSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeK8sProtobuf, decodeMessage, ProtobufError } from '../../../src/server/protobuf/decode-protobuf.js';
import { expectGolden, toGoldenJson } from '../../support/golden.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/protobuf/${name}.pb`, import.meta.url));

describe('decodeK8sProtobuf', () => {
  for (const [name, command] of [
    ['namespace', 'kubectl create namespace team-a'],
    ['configmap', 'kubectl create configmap settings --from-literal=color=blue --from-literal=empty='],
    ['secret', 'kubectl create secret generic creds --from-literal=password=s3cret'],
    ['deployment', "kubectl create deployment web --image=nginx:1.27 --replicas=0 --port=80 -- nginx -g 'daemon off;'"],
    ['service', 'kubectl create service nodeport web --tcp=80:8080 --node-port=30080'],
    ['quota', 'kubectl create quota q --hard=pods=2,cpu=500m'],
  ] as const) {
    it(`decodes the body of \`${command}\``, () => {
      expectGolden(toGoldenJson(decodeK8sProtobuf(fixture(name))), `test/server/golden/protobuf/${name}.json`);
    });
  }

  it('keeps a zero the sender set in a pointer field (replicas: 0) and drops unset scalars', () => {
    const deployment = decodeK8sProtobuf(fixture('deployment')) as { spec: Record<string, unknown> };
    expect(deployment.spec['replicas']).toBe(0);
    expect(deployment.spec).not.toHaveProperty('minReadySeconds');
    expect(deployment.spec).not.toHaveProperty('paused');
    expect(deployment).toMatchObject({ status: {}, metadata: { name: 'web' } });
    expect(deployment).not.toHaveProperty('metadata.creationTimestamp');
  });

  it('refuses bodies without the k8s prefix, and kinds it has no schema for', () => {
    expect(() => decodeK8sProtobuf(Buffer.from('{"kind":"Pod"}'))).toThrow(ProtobufError);
    const widget = Buffer.concat([Buffer.from([0x6b, 0x38, 0x73, 0x00, 0x0a, 0x18, 0x0a, 0x0e]), Buffer.from('example.com/v1'), Buffer.from([0x12, 0x06]), Buffer.from('Widget')]);
    expect(() => decodeK8sProtobuf(widget)).toThrow('no protobuf schema for example.com/v1/Widget');
  });

  it('inlines the embedded structs Go inlines in JSON (the source of a Volume, LocalObjectReference)', () => {
    // A length-delimited field: tag (number << 3 | 2), length, bytes.
    const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >> 7)]);
    const field = (num: number, bytes: Buffer) => Buffer.concat([Buffer.from([...varint((num << 3) | 2), ...varint(bytes.length)]), bytes]);
    const str = (num: number, text: string) => field(num, Buffer.from(text));
    const hostPath = field(2, field(1, str(1, '/')));
    expect(decodeMessage(Buffer.concat([str(1, 'host-root'), hostPath]), 'core.v1.Volume')).toEqual({ name: 'host-root', hostPath: { path: '/' } });
    const configMap = field(2, field(19, field(1, str(1, 'settings'))));
    expect(decodeMessage(Buffer.concat([str(1, 'config'), configMap]), 'core.v1.Volume')).toEqual({ name: 'config', configMap: { name: 'settings' } });
  });
});
