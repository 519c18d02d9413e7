// Reads the protobuf bodies kubectl's typed clients send (`kubectl create namespace`,
// `create deployment`, `create configmap|secret|serviceaccount|service|quota`): the `k8s\0`
// envelope (a runtime.Unknown with apiVersion and kind), then the object by the schema kubectl's
// own descriptors give (proto-schema.json). The result is the JSON object the same command would
// have sent as JSON; the API server's decoder and validation take it from there.
import schema from './proto-schema.json' with { type: 'json' };

/** [field number, JSON name, type, message or map-value type, map-value message]. */
type Row = [number, string, string, string?, string?];

const MESSAGES = schema.messages as unknown as Record<string, Row[]>;
const MAGIC = [0x6b, 0x38, 0x73, 0x00];
/** Go's zero time.Time encodes as this many seconds: an unset timestamp. */
const ZERO_TIME_SECONDS = -62135596800;

/**
 * Go pointer fields, by message, where zero is a value the sender set (`replicas: 0`,
 * `optional: false`). Every other zero is a field the sender left unset: gogo-protobuf writes all
 * non-pointer scalars, set or not, where the JSON encoder would have left them out.
 */
const KEEP_ZERO: Record<string, readonly string[]> = {
  'apps.v1.DeploymentSpec': ['replicas', 'revisionHistoryLimit', 'progressDeadlineSeconds'],
  'apps.v1.ReplicaSetSpec': ['replicas'],
  'apps.v1.DaemonSetSpec': ['revisionHistoryLimit'],
  'core.v1.PodSpec': ['terminationGracePeriodSeconds', 'activeDeadlineSeconds', 'automountServiceAccountToken', 'enableServiceLinks', 'shareProcessNamespace', 'setHostnameAsFQDN', 'hostUsers', 'priority'],
  'core.v1.ServiceAccount': ['automountServiceAccountToken'],
  'core.v1.ConfigMap': ['immutable'],
  'core.v1.Secret': ['immutable'],
  'core.v1.ServiceSpec': ['allocateLoadBalancerNodePorts'],
  'core.v1.Toleration': ['tolerationSeconds'],
  'core.v1.SecurityContext': ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem'],
  'core.v1.PodSecurityContext': ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'fsGroup'],
  'core.v1.ConfigMapVolumeSource': ['defaultMode', 'optional'],
  'core.v1.SecretVolumeSource': ['defaultMode', 'optional'],
  'core.v1.ProjectedVolumeSource': ['defaultMode'],
  'core.v1.DownwardAPIVolumeSource': ['defaultMode'],
  'core.v1.KeyToPath': ['mode'],
  'core.v1.ConfigMapKeySelector': ['optional'],
  'core.v1.SecretKeySelector': ['optional'],
  'core.v1.ConfigMapEnvSource': ['optional'],
  'core.v1.SecretEnvSource': ['optional'],
  'core.v1.ConfigMapProjection': ['optional'],
  'core.v1.SecretProjection': ['optional'],
  'core.v1.ServiceAccountTokenProjection': ['expirationSeconds'],
  'meta.v1.DeleteOptions': ['gracePeriodSeconds', 'orphanDependents'],
};

/**
 * Embedded Go structs the JSON encoder inlines (`json:",inline"`) but protobuf keeps as a field
 * of their own: their fields belong to the parent in the JSON form.
 */
const INLINE: Record<string, readonly string[]> = {
  'core.v1.Volume': ['volumeSource'],
  'core.v1.PersistentVolumeSpec': ['persistentVolumeSource'],
  'core.v1.Probe': ['handler'],
  'core.v1.EphemeralContainer': ['ephemeralContainerCommon'],
};
/** LocalObjectReference is inlined wherever it is embedded (ConfigMap and Secret sources and selectors). */
const INLINE_ANYWHERE = ['localObjectReference'];

export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
}

class Reader {
  #pos = 0;
  constructor(readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.#pos >= this.buf.length;
  }

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (this.#pos >= this.buf.length) throw new ProtobufError('truncated varint');
      const b = this.buf[this.#pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (b < 0x80) return result;
    }
  }

  bytes(): Uint8Array {
    const len = Number(this.varint());
    if (this.#pos + len > this.buf.length) throw new ProtobufError('truncated field');
    const out = this.buf.subarray(this.#pos, this.#pos + len);
    this.#pos += len;
    return out;
  }

  fixed(size: 4 | 8): DataView {
    if (this.#pos + size > this.buf.length) throw new ProtobufError('truncated field');
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.#pos, size);
    this.#pos += size;
    return view;
  }

  /** Reads one field: its number, wire type and raw value. */
  field(): { num: number; wire: number; value: bigint | Uint8Array | DataView } {
    const key = Number(this.varint());
    const wire = key & 7;
    const num = key >>> 3;
    if (wire === 0) return { num, wire, value: this.varint() };
    if (wire === 2) return { num, wire, value: this.bytes() };
    if (wire === 1) return { num, wire, value: this.fixed(8) };
    if (wire === 5) return { num, wire, value: this.fixed(4) };
    throw new ProtobufError(`unsupported wire type ${wire}`);
  }
}

const text = new TextDecoder();

function scalar(type: string, wire: number, value: bigint | Uint8Array | DataView): unknown {
  switch (type) {
    case 's':
      return text.decode(value as Uint8Array);
    case 'y':
      return Buffer.from(value as Uint8Array).toString('base64');
    case 'b':
      return value !== 0n;
    case 'i':
      return Number(BigInt.asIntN(64, value as bigint));
    case 'u':
      return Number(value as bigint);
    case 'd':
      return (value as DataView).getFloat64(0, true);
    case 'f':
      return (value as DataView).getFloat32(0, true);
    default:
      throw new ProtobufError(`unexpected ${type} field with wire type ${wire}`);
  }
}

function isZero(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

/** Messages with their own JSON form (metav1.Time, Quantity, IntOrString, RawExtension). */
const SPECIAL: Record<string, (fields: Record<string, unknown>, raw: Uint8Array) => unknown> = {
  'meta.v1.Time': (f) => timeOf(f, false),
  'meta.v1.MicroTime': (f) => timeOf(f, true),
  'resource.Quantity': (f) => f['string'] ?? '0',
  'intstr.IntOrString': (f) => (f['type'] === 1 ? (f['strVal'] ?? '') : (f['intVal'] ?? 0)),
  'runtime.RawExtension': (f) => (typeof f['raw'] === 'string' ? JSON.parse(Buffer.from(f['raw'], 'base64').toString('utf8')) : {}),
  'meta.v1.FieldsV1': (f) => (typeof f['Raw'] === 'string' ? JSON.parse(Buffer.from(f['Raw'], 'base64').toString('utf8')) : {}),
};

/** An empty Time message is Go's zero time (its Marshal writes nothing): JSON null. */
function timeOf(f: Record<string, unknown>, micro: boolean): string | null {
  if (f['seconds'] === undefined && f['nanos'] === undefined) return null;
  const seconds = Number(f['seconds'] ?? 0);
  if (seconds <= ZERO_TIME_SECONDS) return null;
  const iso = new Date(seconds * 1000 + Math.floor(Number(f['nanos'] ?? 0) / 1e6)).toISOString();
  return micro ? iso.replace(/\.(\d{3})Z$/, `.$1${String(Math.floor(Number(f['nanos'] ?? 0) / 1000) % 1000).padStart(3, '0')}Z`) : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** Decodes one message of type `name` into its JSON form. */
export function decodeMessage(buf: Uint8Array, name: string): unknown {
  const rows = MESSAGES[name];
  if (!rows) throw new ProtobufError(`no schema for message ${name}`);
  const byNumber = new Map(rows.map((r) => [r[0], r]));
  const out: Record<string, unknown> = {};
  const reader = new Reader(buf);
  while (!reader.done) {
    const { num, wire, value } = reader.field();
    const row = byNumber.get(num);
    if (!row) continue;
    const [, json, type, ref, mapRef] = row;
    if (type === 'map') {
      const entry = new Reader(value as Uint8Array);
      let key = '';
      let val: unknown = ref === 's' ? '' : undefined;
      while (!entry.done) {
        const f = entry.field();
        if (f.num === 1) key = text.decode(f.value as Uint8Array);
        else if (f.num === 2) val = ref === 'm' ? decodeMessage(f.value as Uint8Array, mapRef!) : scalar(ref!, f.wire, f.value);
      }
      const map = (out[json] ??= {}) as Record<string, unknown>;
      map[key] = val;
      continue;
    }
    const repeated = type.endsWith('[]');
    const base = repeated ? type.slice(0, -2) : type;
    let values: unknown[];
    if (base === 'm') values = [decodeMessage(value as Uint8Array, ref!)];
    else if (wire === 2 && base !== 's' && base !== 'y') {
      // A packed run of varints.
      const packed = new Reader(value as Uint8Array);
      values = [];
      while (!packed.done) values.push(scalar(base, 0, packed.varint()));
    } else values = [scalar(base, wire, value)];
    if (repeated) ((out[json] ??= []) as unknown[]).push(...values);
    else out[json] = values[0];
  }
  const special = SPECIAL[name];
  if (special) return special(out, buf);
  for (const key of [...(INLINE[name] ?? []), ...INLINE_ANYWHERE]) {
    const inner = out[key];
    if (inner === undefined) continue;
    delete out[key];
    if (inner !== null && typeof inner === 'object') Object.assign(out, inner);
  }
  const keep = KEEP_ZERO[name] ?? [];
  for (const [key, value] of Object.entries(out)) {
    if (isZero(value) && !keep.includes(key)) delete out[key];
    else if (value === null) delete out[key];
  }
  return out;
}

/** `v1` + `Pod` -> `core.v1.Pod`; `apps/v1` -> `apps.v1.*`; `discovery.k8s.io/v1` -> `discovery.v1.*`; DeleteOptions -> `meta.v1.DeleteOptions`. */
function messageFor(apiVersion: string, kind: string): string | undefined {
  // DeleteOptions is registered in every group version (a delete on pods sends it as `v1`).
  if (kind === 'DeleteOptions') return 'meta.v1.DeleteOptions';
  const slash = apiVersion.indexOf('/');
  const pkg = slash < 0 ? `core.${apiVersion}` : `${apiVersion.slice(0, slash).split('.')[0]}.${apiVersion.slice(slash + 1)}`;
  const name = `${pkg}.${kind}`;
  return MESSAGES[name] ? name : undefined;
}

/** Decodes a `application/vnd.kubernetes.protobuf` body into the object as JSON. */
export function decodeK8sProtobuf(body: Uint8Array): Record<string, unknown> {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) throw new ProtobufError('the body does not start with the k8s protobuf prefix');
  const envelope = new Reader(body.subarray(4));
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array = new Uint8Array();
  while (!envelope.done) {
    const f = envelope.field();
    if (f.num === 1) {
      const meta = new Reader(f.value as Uint8Array);
      while (!meta.done) {
        const m = meta.field();
        if (m.num === 1) apiVersion = text.decode(m.value as Uint8Array);
        else if (m.num === 2) kind = text.decode(m.value as Uint8Array);
      }
    } else if (f.num === 2) raw = f.value as Uint8Array;
  }
  const name = messageFor(apiVersion, kind);
  if (!name) throw new ProtobufError(`no protobuf schema for ${apiVersion}/${kind}`);
  return { apiVersion, kind, ...(decodeMessage(raw, name) as Record<string, unknown>) };
}
