// `kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--append-hash]`:
// create_secret_tls.go. Both files are read, the pair is checked by X509KeyPair (here as far as
// its PEM checks go: see tls/x509-key-pair.ts for what is not checked), and they become tls.crt
// and tls.key of a kubernetes.io/tls Secret.
import type { FileStat } from '../../core/vfs/vfs.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString } from '../flags.js';
import { x509KeyPairError } from '../tls/x509-key-pair.js';
import { nameFromArgs, type Imperative } from './create-imperative.js';
import { addSecretKey, finishSecret, newSecret } from './create-secret-generic.js';
import { errnoText } from './create-sources.js';

/** readFile: os.ReadFile, its PathError after `Cannot read file`. */
function readFile(k: Kubectl, path: string): string {
  const resolved = resolvePath(k.io.cwd, path);
  let type: FileStat['type'];
  try {
    type = k.io.fs.stat(resolved).type;
  } catch (e) {
    throw plainError(`Cannot read file ${path}, open ${path}: ${errnoText(e)}`);
  }
  // Opening a directory succeeds; reading it is what fails.
  if (type === 'dir') throw plainError(`Cannot read file ${path}, read ${path}: is a directory`);
  return k.io.fs.readFile(resolved);
}

export function createSecretTls(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'secret tls', args);
  const certPath = flagString(k.flags, 'cert') ?? '';
  const keyPath = flagString(k.flags, 'key') ?? '';
  if (certPath === '' || keyPath === '') throw plainError('key and cert must be specified');
  const cert = readFile(k, certPath);
  const key = readFile(k, keyPath);
  const problem = x509KeyPairError(cert, key);
  if (problem) throw plainError(problem);
  const secret = newSecret(k, name, 'kubernetes.io/tls');
  addSecretKey(secret, 'tls.crt', cert);
  addSecretKey(secret, 'tls.key', key);
  return finishSecret(k, secret);
}
