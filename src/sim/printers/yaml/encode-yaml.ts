// sigs.k8s.io/yaml's JSONToYAML as kubectl uses it (JSON -> go-yaml v2 Unmarshal -> Marshal): the
// go-yaml v2 encoder turning decoded JSON values into emitter events. Strings that would read
// back as another type are double-quoted, multi-line strings use literal style, keys are sorted.
import { encodeUtf8 } from '../../core/text/utf8.js';
import { formatGoFloat } from '../format-go-value.js';
import { type ScalarStyle, YamlEmitter } from './emitter.js';
import { isBase60Float, resolvePlain } from './resolve.js';
import { sortYamlKeys } from './yaml-key-order.js';

function scalar(emitter: YamlEmitter, value: string, style: ScalarStyle): void {
  emitter.emit({ type: 'SCALAR', value: encodeUtf8(value), style });
}

/** stringv: the style go-yaml v2 (2.4) asks the emitter for. */
export function stringStyle(s: string): ScalarStyle {
  if (s.includes('\n')) return 'literal';
  const canUsePlain = resolvePlain(s) === 'str' && !isBase60Float(s);
  return canUsePlain ? 'plain' : 'double';
}

function marshal(emitter: YamlEmitter, value: unknown): void {
  if (value === null || value === undefined) return scalar(emitter, 'null', 'plain');
  switch (typeof value) {
    case 'string':
      return scalar(emitter, value, stringStyle(value));
    case 'boolean':
      return scalar(emitter, value ? 'true' : 'false', 'plain');
    case 'number': {
      // JSON integers decode to int, others to float64 (FormatFloat 'g', -1, 64).
      if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) return scalar(emitter, String(BigInt(value)), 'plain');
      let s = formatGoFloat(value);
      if (s === '+Inf') s = '.inf';
      else if (s === '-Inf') s = '-.inf';
      else if (s === 'NaN') s = '.nan';
      return scalar(emitter, s, 'plain');
    }
    case 'object':
      break;
    default:
      throw new Error(`yaml: cannot marshal type ${typeof value}`);
  }
  if (Array.isArray(value)) {
    emitter.emit({ type: 'SEQUENCE_START', flow: false });
    for (const item of value) marshal(emitter, item);
    emitter.emit({ type: 'SEQUENCE_END' });
    return;
  }
  const map = value as Record<string, unknown>;
  emitter.emit({ type: 'MAPPING_START', flow: false });
  for (const key of sortYamlKeys(Object.keys(map).filter((k) => map[k] !== undefined))) {
    marshal(emitter, key);
    marshal(emitter, map[key]);
  }
  emitter.emit({ type: 'MAPPING_END' });
}

/** yaml.Marshal of a decoded JSON value, exactly as kubectl's `-o yaml` prints it. */
export function marshalYaml(value: unknown): string {
  const emitter = new YamlEmitter();
  emitter.emit({ type: 'STREAM_START' });
  emitter.emit({ type: 'DOCUMENT_START', implicit: true });
  marshal(emitter, value);
  emitter.emit({ type: 'DOCUMENT_END', implicit: true });
  emitter.clearOpenEnded();
  emitter.emit({ type: 'STREAM_END' });
  return emitter.output();
}
