// `kubectl set resources TYPE NAME --limits=cpu=200m,memory=512Mi --requests=... [-c NAME]`
// (set_resources.go): sets the given requests and limits on the selected containers of the pod
// templates (or pods), leaving the others as they are.
import { StatusError } from '../../api/status-error.js';
import type { Container, KubeObject } from '../../api/types.js';
import { quantityError } from '../../api/schema/quantity.js';
import { canonicalQuantity } from '../../core/quantity.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagBool, flagString } from '../flags.js';
import { formatName } from '../../printers/print-name.js';
import { NO_RESOURCES } from '../resource-args.js';
import { matchPattern } from '../../shell/expand/pattern.js';
import { outputFormatOf, printOutput } from './output.js';
import { podSpecOf, setTargets } from './set-targets.js';
import { dryRunStrategy } from './write-options.js';

/** populateResourceListV1: `cpu=100m,memory=256Mi`. */
function resourceList(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw plainError(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const problem = quantityError(parts[1]!);
    if (problem !== undefined) throw plainError(problem);
    out[parts[0]!] = canonicalQuantity(parts[1]!);
  }
  return out;
}

export function* setResources(k: Kubectl, args: readonly string[]): VerbResult {
  if (args.length === 0 && !flagString(k.flags, 'filename')) throw plainError(NO_RESOURCES);
  const objects = setTargets(k, args);
  if (flagBool(k.flags, 'all') && flagString(k.flags, 'selector') !== undefined) throw plainError('cannot set --all and --selector at the same time');
  const limitsText = flagString(k.flags, 'limits') ?? '';
  const requestsText = flagString(k.flags, 'requests') ?? '';
  if (limitsText === '' && requestsText === '') throw plainError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const limits = limitsText ? resourceList(limitsText) : {};
  const requests = requestsText ? resourceList(requestsText) : {};
  const selector = flagString(k.flags, 'containers') ?? '*';
  const dry = dryRunStrategy(k);
  const output = flagString(k.flags, 'output');
  const errors: SourcedError[] = [];
  for (const { type, obj } of objects) {
    const next = structuredClone(obj) as KubeObject;
    const spec = podSpecOf(next);
    if (!spec) continue;
    const chosen = [...spec.containers, ...(spec.initContainers ?? [])].filter((c: Container) => matchPattern(selector, c.name));
    if (chosen.length === 0) {
      errors.push({ error: new Error(`error: unable to find container named ${selector}`) });
      continue;
    }
    for (const c of chosen) {
      c.resources = {
        ...c.resources,
        ...(limitsText ? { limits: { ...c.resources?.limits, ...limits } } : {}),
        ...(requestsText ? { requests: { ...c.resources?.requests, ...requests } } : {}),
      };
    }
    if (JSON.stringify(next) === JSON.stringify(obj)) continue;
    let result = next;
    if (dry !== 'client') {
      try {
        result = k.cluster.api.update(type, obj.metadata.namespace, next, { dryRun: dry === 'server' });
      } catch (e) {
        const message = e instanceof StatusError ? e.status.message : e instanceof Error ? e.message : String(e);
        errors.push({ error: new Error(`failed to patch resources update to pod template ${message}`) });
        continue;
      }
    }
    const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
    const format = outputFormatOf(k, 'set resources');
    if (format) printOutput(k, format, [result]);
    else k.out(`${formatName(type.kind, type.group || undefined, obj.metadata.name)} resource requirements updated${suffix}\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
