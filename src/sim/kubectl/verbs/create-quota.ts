// `kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2]`
// (staging/src/k8s.io/kubectl/pkg/cmd/create/create_quota.go): each hard limit parsed as a
// quantity; scopes are left for the API server to check.
import { quantityError } from '../../api/schema/quantity.js';
import { typeForKind } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

/** populateResourceListV1. */
function hardLimits(spec: string): Record<string, string> | undefined {
  if (spec === '') return undefined;
  const out: Record<string, string> = {};
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw plainError(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const problem = quantityError(parts[1]!);
    if (problem) throw plainError(problem);
    out[parts[0]!] = parts[1]!;
  }
  return out;
}

/** parseScopes. */
function scopes(spec: string): string[] | undefined {
  if (spec === '') return undefined;
  return spec.split(',').map((s) => {
    if (s === '') throw plainError('invalid resource quota scope ""');
    return s;
  });
}

export function createQuota(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'quota', args);
  const hard = hardLimits(flagString(k.flags, 'hard') ?? '');
  const scopeList = scopes(flagString(k.flags, 'scopes') ?? '');
  const obj: KubeObject = {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: imperativeMeta(k, name),
    spec: { ...(hard ? { hard } : {}), ...(scopeList ? { scopes: scopeList } : {}) },
    status: {},
  };
  return { type: typeForKind('ResourceQuota', 'v1')!, obj, failure: 'failed to create quota: ' };
}

export const QUOTA_FLAGS = [
  { name: 'hard', type: 'string' as const },
  { name: 'scopes', type: 'string' as const },
];
