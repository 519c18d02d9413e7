// `kubectl create secret docker-registry NAME --docker-username=user --docker-password=password
// [--docker-email=email] [--docker-server=string] [--from-file=[key=]source] [--append-hash]`:
// create_secret_docker.go. Without --from-file the one key is .dockerconfigjson, the JSON that
// handleDockerCfgJSONContent marshals: struct fields in declaration order, empty ones left out.
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString } from '../flags.js';
import { base64Encode } from '../../api/strategies/generic-strategy.js';
import { goJsonString } from '../../printers/go-json.js';
import { nameFromArgs, type Imperative } from './create-imperative.js';
import { addSecretKey, finishSecret, newSecret } from './create-secret-generic.js';
import { addFileSources, sliceFlag } from './create-sources.js';

/** NewSecretDockerRegistryOptions' default server. */
const DEFAULT_SERVER = 'https://index.docker.io/v1/';

/** json.Marshal(DockerConfigJSON{Auths: {server: {Username, Password, Email, Auth}}}). */
export function dockerConfigJson(username: string, password: string, email: string, server: string): string {
  const entry: Array<[string, string]> = [
    ['username', username],
    ['password', password],
    ['email', email],
    // encodeDockerConfigFieldAuth: base64 of `user:password`.
    ['auth', base64Encode(`${username}:${password}`)],
  ];
  const fields = entry.filter(([, v]) => v !== '').map(([key, v]) => `${goJsonString(key)}:${goJsonString(v)}`);
  return `{"auths":{${goJsonString(server)}:{${fields.join(',')}}}}`;
}

export function createSecretDocker(k: Kubectl, args: string[]): Imperative {
  const secret = newSecret(k, nameFromArgs(k, 'secret docker-registry', args), 'kubernetes.io/dockerconfigjson');
  const files = sliceFlag(k, 'from-file');
  const username = flagString(k.flags, 'docker-username') ?? '';
  const password = flagString(k.flags, 'docker-password') ?? '';
  const server = flagString(k.flags, 'docker-server') ?? DEFAULT_SERVER;
  if (files.length === 0 && (username === '' || password === '' || server === '')) {
    throw plainError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
  }
  if (files.length > 0) addFileSources(k, files, (key, value) => addSecretKey(secret, key, value));
  else secret.data!['.dockerconfigjson'] = base64Encode(dockerConfigJson(username, password, flagString(k.flags, 'docker-email') ?? '', server));
  return finishSecret(k, secret);
}
