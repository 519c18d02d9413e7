// `kubectl create secret generic NAME [--type=string] [--from-file=[key=]source]
// [--from-literal=key=value] [--from-env-file=file] [--append-hash]`: create_secret.go. Literals
// first, then files, then env files (the reverse of create configmap's first two); every value is
// bytes, so nothing goes elsewhere for not being UTF-8.
import { goQuote } from '../../api/schema/go-quote.js';
import { typeForKind } from '../../api/resources.js';
import { base64Encode } from '../../api/strategies/generic-strategy.js';
import type { Secret } from '../../api/types.js';
import { configMapKeyProblems } from '../../api/validation/names.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagBool, flagString, flagStrings } from '../flags.js';
import { secretHash } from '../hash/object-hash.js';
import { checkEnvFileAlone } from './create-configmap.js';
import { addEnvFileSources } from './create-env-file.js';
import { imperativeMeta, nameFromArgs, nonEmpty, type Imperative } from './create-imperative.js';
import { addFileSources, parseLiteralSource, sliceFlag } from './create-sources.js';

/** A Secret as newSecretObj makes it: data as a map being filled; the type "" when none was given. */
export function newSecret(k: Kubectl, name: string, type: string): Secret {
  return { apiVersion: 'v1', kind: 'Secret', metadata: imperativeMeta(k, name), type, data: {} };
}

/** addKeyFromLiteralToSecret: the key checked, then its value (base64, as the object holds bytes). */
export function addSecretKey(secret: Secret, key: string, value: string): void {
  const problems = configMapKeyProblems(key);
  // Sic: `is not valid key name` and problems joined with `;`, unlike create configmap.
  if (problems.length > 0) throw plainError(`${goQuote(key)} is not valid key name for a Secret ${problems.join(';')}`);
  if (key in secret.data!) throw plainError(`cannot add key ${key}, another key by that name already exists`);
  secret.data![key] = base64Encode(value);
}

/** --append-hash, then the Secret as kubectl sends it (empty data and type left out). */
export function finishSecret(k: Kubectl, secret: Secret): Imperative {
  if (flagBool(k.flags, 'append-hash')) secret.metadata.name = `${secret.metadata.name}-${secretHash(secret)}`;
  return {
    type: typeForKind('Secret', 'v1')!,
    obj: { apiVersion: 'v1', kind: 'Secret', metadata: secret.metadata, ...nonEmpty('data', secret.data!), ...(secret.type ? { type: secret.type } : {}) },
    // kubectl 1.32 words it without a colon for every secret type (later releases add one).
    failure: 'failed to create secret ',
  };
}

export function createSecretGeneric(k: Kubectl, args: string[]): Imperative {
  const secret = newSecret(k, nameFromArgs(k, 'secret generic', args), flagString(k.flags, 'type') ?? '');
  checkEnvFileAlone(k);
  const add = (key: string, value: string) => addSecretKey(secret, key, value);
  for (const literal of flagStrings(k.flags, 'from-literal')) add(...parseLiteralSource(literal));
  addFileSources(k, sliceFlag(k, 'from-file'), add);
  addEnvFileSources(k, sliceFlag(k, 'from-env-file'), 'env secret file cannot be a directory', add);
  return finishSecret(k, secret);
}
