// Extracts the protobuf schema of the Kubernetes types from the kubectl binary itself: every Go
// package generated from a `generated.proto` registers its gzipped FileDescriptorProto, and
// those bytes sit in the executable. The result is the table src/server/protobuf uses to read
// the protobuf bodies `kubectl create namespace|deployment|configmap|...` send.
//
//   node test/server/support/extract-proto-schema.mjs [/usr/bin/kubectl] > src/server/protobuf/proto-schema.json
import { readFileSync, realpathSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const FILES = [
  'k8s.io/api/core/v1/generated.proto',
  'k8s.io/api/apps/v1/generated.proto',
  'k8s.io/api/batch/v1/generated.proto',
  'k8s.io/api/discovery/v1/generated.proto',
  'k8s.io/api/autoscaling/v1/generated.proto',
  'k8s.io/api/autoscaling/v2/generated.proto',
  'k8s.io/api/rbac/v1/generated.proto',
  'k8s.io/api/scheduling/v1/generated.proto',
  'k8s.io/api/authorization/v1/generated.proto',
  'k8s.io/api/authentication/v1/generated.proto',
  'k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto',
  'k8s.io/apimachinery/pkg/api/resource/generated.proto',
  'k8s.io/apimachinery/pkg/util/intstr/generated.proto',
  'k8s.io/apimachinery/pkg/runtime/generated.proto',
];

/** The kinds whose bodies may arrive as protobuf: what the simulator serves (and may come to serve). */
const ROOTS = [
  ...['Binding', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'Namespace', 'Node', 'Pod', 'ResourceQuota', 'Secret', 'Service', 'ServiceAccount'].map((k) => `core.v1.${k}`),
  ...['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'].map((k) => `apps.v1.${k}`),
  ...['Job', 'CronJob'].map((k) => `batch.v1.${k}`),
  'discovery.v1.EndpointSlice',
  'autoscaling.v1.HorizontalPodAutoscaler',
  'autoscaling.v2.HorizontalPodAutoscaler',
  ...['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'].map((k) => `rbac.v1.${k}`),
  'scheduling.v1.PriorityClass',
  ...['SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview', 'LocalSubjectAccessReview'].map((k) => `authorization.v1.${k}`),
  'authentication.v1.SelfSubjectReview',
  'meta.v1.DeleteOptions',
];

const SCALARS = { 1: 'd', 2: 'f', 3: 'i', 4: 'u', 5: 'i', 8: 'b', 9: 's', 12: 'y', 13: 'u', 17: 'i', 18: 'i' };

function varint(b, i) {
  let r = 0n;
  let s = 0n;
  for (;;) {
    const x = b[i++];
    r |= BigInt(x & 0x7f) << s;
    s += 7n;
    if (x < 0x80) return [Number(r), i];
  }
}

function fields(b) {
  const out = [];
  let i = 0;
  while (i < b.length) {
    let key;
    [key, i] = varint(b, i);
    const num = key >>> 3;
    const wt = key & 7;
    let v;
    if (wt === 0) [v, i] = varint(b, i);
    else if (wt === 2) {
      let len;
      [len, i] = varint(b, i);
      v = b.subarray(i, i + len);
      i += len;
    } else if (wt === 5) (v = b.subarray(i, i + 4)), (i += 4);
    else if (wt === 1) (v = b.subarray(i, i + 8)), (i += 8);
    else throw new Error(`wire type ${wt}`);
    out.push([num, v]);
  }
  return out;
}

/** `.k8s.io.api.core.v1.Pod` -> `core.v1.Pod`; `.k8s.io.apimachinery.pkg.apis.meta.v1.Time` -> `meta.v1.Time`. */
function short(name) {
  return name.replace(/^\.k8s\.io\.api\./, '').replace(/^\.k8s\.io\.apimachinery\.pkg\.apis\./, '').replace(/^\.k8s\.io\.apimachinery\.pkg\.(api\.|util\.)?/, '');
}

function readMessages(desc, prefix, into) {
  let name;
  const fs = [];
  const nested = [];
  let mapEntry = false;
  for (const [num, v] of fields(desc)) {
    if (num === 1) name = v.toString();
    else if (num === 2) {
      const f = {};
      for (const [n, x] of fields(v)) {
        if (n === 1) f.name = x.toString();
        else if (n === 3) f.number = x;
        else if (n === 4) f.label = x;
        else if (n === 5) f.type = x;
        else if (n === 6) f.typeName = x.toString();
        else if (n === 10) f.json = x.toString();
      }
      fs.push(f);
    } else if (num === 3) nested.push(v);
    else if (num === 7) mapEntry = fields(v).some(([n, x]) => n === 7 && x === 1);
  }
  const full = `${prefix}.${name}`;
  into.set(short(full), { fields: fs, mapEntry });
  for (const n of nested) readMessages(n, full, into);
}

function descriptors(binary) {
  const found = new Map();
  for (let i = binary.indexOf(0x1f); i >= 0 && found.size < FILES.length; i = binary.indexOf(0x1f, i + 1)) {
    if (binary[i + 1] !== 0x8b || binary[i + 2] !== 0x08) continue;
    let out;
    try {
      out = gunzipSync(binary.subarray(i, i + 400_000));
    } catch {
      continue;
    }
    if (out[0] !== 0x0a) continue;
    const name = out.subarray(2, 2 + out[1]).toString();
    if (FILES.includes(name) && !found.has(name)) found.set(name, out);
  }
  const missing = FILES.filter((f) => !found.has(f));
  if (missing.length > 0) throw new Error(`descriptors not found in the kubectl binary: ${missing.join(', ')}`);
  return found;
}

/** The compact schema: message -> [number, jsonName, type, typeName?] rows (see proto-schema.ts). */
export function extractProtoSchema(kubectlPath = '/usr/bin/kubectl') {
  const binary = readFileSync(realpathSync(kubectlPath));
  const all = new Map();
  for (const desc of descriptors(binary).values()) {
    let pkg = '';
    const messages = [];
    for (const [num, v] of fields(desc)) {
      if (num === 2) pkg = v.toString();
      else if (num === 4) messages.push(v);
    }
    for (const m of messages) readMessages(m, `.${pkg}`, all);
  }
  const rowOf = (f) => {
    const repeated = f.label === 3;
    if (f.type === 11 || f.type === 10) {
      const target = all.get(short(f.typeName));
      if (target?.mapEntry) {
        const value = target.fields.find((x) => x.number === 2);
        return value.type === 11 ? [f.number, f.json, 'map', 'm', short(value.typeName)] : [f.number, f.json, 'map', SCALARS[value.type]];
      }
      return [f.number, f.json, repeated ? 'm[]' : 'm', short(f.typeName)];
    }
    const t = SCALARS[f.type];
    if (!t) throw new Error(`unsupported field type ${f.type} (${f.name})`);
    return [f.number, f.json, repeated ? `${t}[]` : t];
  };
  const out = {};
  const stack = [...ROOTS];
  while (stack.length > 0) {
    const name = stack.pop();
    if (out[name]) continue;
    const m = all.get(name);
    if (!m) throw new Error(`message ${name} not in the descriptors`);
    out[name] = m.fields.map(rowOf);
    for (const row of out[name]) {
      const ref = row[2] === 'map' ? row[4] : row[3];
      if (ref) stack.push(ref);
    }
  }
  const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  return { comment: 'Generated by test/server/support/extract-proto-schema.mjs from the descriptors in kubectl 1.32; do not edit.', messages: sorted };
}

/** The JSON file text: one message per line, so diffs stay readable. */
export function formatProtoSchema(schema) {
  const lines = Object.entries(schema.messages).map(([name, rows]) => `    ${JSON.stringify(name)}: ${JSON.stringify(rows)}`);
  return `{\n  "comment": ${JSON.stringify(schema.comment)},\n  "messages": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(formatProtoSchema(extractProtoSchema(process.argv[2])));
}
