// `kubectl replace -f FILE [--force]` (replace.go): each object of the files replaces the stored
// one whole (a PUT); with --force the stored one is deleted first, its deletion waited for, and
// the object created again.
import type { KubeObject } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagDuration, flagString, flagStrings, type FlagSpec } from '../flags.js';
import { readManifests } from '../manifests.js';
import { withUrls } from './read-sources.js';
import { formatName } from '../../printers/print-name.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { visitManifests, type ManifestTarget } from './visit-manifests.js';
import { DRY_RUN_FLAG, dryRunStrategy, fieldValidation, VALIDATE_FLAG } from './write-options.js';

export const REPLACE_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'timeout', type: 'duration' },
  { name: 'wait', type: 'bool' },
  DRY_RUN_FLAG,
  VALIDATE_FLAG,
  { name: 'save-config', type: 'bool' },
];

function printReplaced(k: Kubectl, obj: KubeObject, suffix: string): void {
  const output = flagString(k.flags, 'output');
  const format = outputFormatOf(k, 'replace');
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : undefined;
  if (output === 'name') k.out(`${formatName(obj.kind, group, obj.metadata.name)}\n`);
  else if (format) printOutput(k, format, [obj]);
  else k.out(`${formatName(obj.kind, group, obj.metadata.name)} replaced${suffix}\n`);
}

export function* replace(k: Kubectl): VerbResult {
  const files = flagStrings(k.flags, 'filename');
  if (files.length === 0) throw plainError('must specify one of -f and -k');
  const validation = fieldValidation(k);
  const dry = dryRunStrategy(k);
  const force = flagBool(k.flags, 'force');
  if (force && dry !== 'none') throw plainError('--dry-run can not be used when --force is set');
  const m = readManifests(k.io.fs, k.io.cwd, files, k.io.stdin, withUrls(k, { recursive: flagBool(k.flags, 'recursive'), validate: validation !== 'Ignore' }));
  if (m.fatal) throw plainError(m.fatal.join('\n'));
  const errors: SourcedError[] = [];
  const targets: ManifestTarget[] = [];
  visitManifests(k, m.entries, errors, (t) => targets.push(t));
  const api = k.cluster.api;
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  for (const t of targets) {
    const name = t.object.metadata?.name ?? '';
    try {
      if (force) {
        // forceReplace: delete, wait until the object is gone, then create it anew.
        const old = api.find(t.type, t.namespace, name);
        if (old) {
          api.delete(t.type, t.namespace, name, k.flags.values.has('grace-period') ? { gracePeriodSeconds: Number(k.flags.values.get('grace-period')) } : {});
          k.out(`${t.type.kind.toLowerCase()}${t.type.group ? `.${t.type.group}` : ''} "${name}" deleted\n`);
          const gone = () => api.find(t.type, t.namespace, name)?.metadata.uid !== old.metadata.uid;
          const timeout = flagDuration(k.flags, 'timeout', 0);
          yield { kind: 'wait', ready: gone, deadline: k.cluster.now() + (timeout > 0 ? timeout : 168 * 3_600_000) };
          if (!gone()) throw plainError('timed out waiting for the condition');
        }
        printReplaced(k, api.create(t.type, t.namespace, t.object, { fieldValidation: validation }), '');
        continue;
      }
      if (dry === 'client') {
        printReplaced(k, { ...t.object, metadata: { ...t.object.metadata, ...(t.namespace ? { namespace: t.namespace } : {}) } }, suffix);
        continue;
      }
      // Replace with overwrite: a missing resourceVersion is taken from the stored object.
      const current = api.get(t.type, t.namespace, name);
      const body = { ...t.object, metadata: { ...t.object.metadata, resourceVersion: t.object.metadata?.resourceVersion ?? current.metadata.resourceVersion } };
      printReplaced(k, api.update(t.type, t.namespace, body, { dryRun: dry === 'server', fieldValidation: validation }), suffix);
    } catch (e) {
      errors.push({ error: e, source: { verb: 'replacing', file: t.source } });
    }
  }
  if (targets.length === 0 && errors.length === 0) errors.push({ error: new Error('no objects passed to replace') });
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
