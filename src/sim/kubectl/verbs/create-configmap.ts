// `kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key=value]
// [--from-env-file=file] [--append-hash]`: create_configmap.go. Files first, then literals, then
// env files; each key is checked as it is added. A file that is not UTF-8 goes to binaryData: in
// the simulator, whose files are text, that is a file holding a lone surrogate (the stand-in for
// bytes that are not UTF-8); its bytes are then the UTF-8 of the text with U+FFFD in their place.
import { goQuote } from '../../api/schema/go-quote.js';
import { typeForKind } from '../../api/resources.js';
import { base64Encode } from '../../api/strategies/generic-strategy.js';
import type { ConfigMap } from '../../api/types.js';
import { configMapKeyProblems } from '../../api/validation/names.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagBool, flagStrings } from '../flags.js';
import { configMapHash } from '../hash/object-hash.js';
import { addEnvFileSources } from './create-env-file.js';
import { imperativeMeta, nameFromArgs, nonEmpty, type Imperative } from './create-imperative.js';
import { addFileSources, isUtf8Text, parseLiteralSource, sliceFlag } from './create-sources.js';

/** Validate: the env-file sources exclude the others. */
export function checkEnvFileAlone(k: Kubectl): void {
  if (sliceFlag(k, 'from-env-file').length > 0 && (sliceFlag(k, 'from-file').length > 0 || flagStrings(k.flags, 'from-literal').length > 0)) {
    throw plainError('from-env-file cannot be combined with from-file or from-literal');
  }
}

export function createConfigMap(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'configmap', args);
  checkEnvFileAlone(k);
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  // validateNewConfigMap
  const check = (key: string) => {
    const problems = configMapKeyProblems(key);
    if (problems.length > 0) throw plainError(`${goQuote(key)} is not a valid key name for a ConfigMap: ${problems.join(',')}`);
    if (key in data) throw plainError(`cannot add key ${goQuote(key)}, another key by that name already exists in Data for ConfigMap ${goQuote(name)}`);
    if (key in binaryData) throw plainError(`cannot add key ${goQuote(key)}, another key by that name already exists in BinaryData for ConfigMap ${goQuote(name)}`);
  };
  const addLiteral = (key: string, value: string) => {
    check(key);
    data[key] = value;
  };
  addFileSources(k, sliceFlag(k, 'from-file'), (key, content) => {
    if (isUtf8Text(content)) return addLiteral(key, content);
    check(key);
    binaryData[key] = base64Encode(content);
  });
  for (const literal of flagStrings(k.flags, 'from-literal')) addLiteral(...parseLiteralSource(literal));
  addEnvFileSources(k, sliceFlag(k, 'from-env-file'), 'env config file cannot be a directory', addLiteral);
  const cm: ConfigMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: imperativeMeta(k, name), data, binaryData };
  if (flagBool(k.flags, 'append-hash')) cm.metadata.name = `${name}-${configMapHash(cm)}`;
  return {
    type: typeForKind('ConfigMap', 'v1')!,
    obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: cm.metadata, ...nonEmpty('binaryData', binaryData), ...nonEmpty('data', data) },
    failure: 'failed to create configmap: ',
  };
}
