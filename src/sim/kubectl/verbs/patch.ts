// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (patch.go): the patch is YAML
// or JSON, sent to the API server (or, with --dry-run=client, applied here); the message says
// whether the object changed. The patch functions are the API server's own (src/sim/api/patch).
import { badRequest, pathNotFound, StatusError } from '../../api/status-error.js';
import { applyPatch, type PatchType } from '../../api/patch/apply-patch.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError, type SourcedError } from '../errors.js';
import { flagString, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';
import { formatName } from '../../printers/print-name.js';
import { groupByType, NO_RESOURCES, resourceTargets } from '../resource-args.js';
import { yamlToJson } from '../yaml-to-json.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const PATCH_FLAGS: FlagSpec[] = [
  { name: 'patch', short: 'p', type: 'string' },
  { name: 'patch-file', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  { name: 'field-manager', type: 'string' },
  { name: 'subresource', type: 'string' },
];

/** patch.go's patchSubresources. */
const PATCH_SUBRESOURCES = ['status', 'scale'];

type Json = unknown;

const PATCH_TYPES: readonly PatchType[] = ['json', 'merge', 'strategic'];

/** The patch text as kubectl reads it: --patch, or the file --patch-file names. */
function patchText(k: Kubectl): string {
  const inline = flagString(k.flags, 'patch');
  const file = flagString(k.flags, 'patch-file');
  if (inline !== undefined && file !== undefined) throw plainError('cannot specify --patch and --patch-file together');
  if (!inline && !file) throw plainError('must specify --patch or --patch-file containing the contents of the patch');
  if (inline) return inline;
  try {
    return k.io.fs.readFile(resolvePath(k.io.cwd, file!));
  } catch {
    throw plainError(`unable to read patch file: open ${file}: no such file or directory`);
  }
}

/**
 * The patch as JSON (yaml.ToJSON): text that starts with `{` is taken for JSON and sent as it is,
 * so the API server is the one to refuse it; anything else is read as YAML here.
 */
function isServerError(body: Json | { serverError: StatusError }): body is { serverError: StatusError } {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && (body as { serverError?: unknown }).serverError instanceof StatusError;
}

function patchBody(text: string): Json | { serverError: StatusError } {
  if (text.trimStart().startsWith('{')) {
    try {
      return JSON.parse(text) as Json;
    } catch {
      // The API server decodes the patch after it read the object: NotFound comes first.
      return { serverError: badRequest(`error decoding patch: invalid JSON: ${text.slice(0, 30)}`) };
    }
  }
  const parsed = yamlToJson(text);
  if ('error' in parsed) throw plainError(`unable to parse "${text}": ${parsed.error}`);
  return parsed.values[0] ?? null;
}

// eslint-disable-next-line require-yield
export function* patch(k: Kubectl): VerbResult {
  // PatchOptions.Validate: a subresource other than these is refused before anything is read.
  const subresource = flagString(k.flags, 'subresource') ?? '';
  if (subresource !== '' && !PATCH_SUBRESOURCES.includes(subresource)) {
    throw plainError(`invalid subresource value: "${subresource}". Must be one of [${PATCH_SUBRESOURCES.join(' ')}]`);
  }
  if (subresource === 'scale') throw notModelled('patch --subresource=scale');
  const text = patchText(k);
  const kind = (flagString(k.flags, 'type') ?? 'strategic').toLowerCase();
  const patchType = PATCH_TYPES.find((t) => t === kind);
  if (!patchType) throw plainError(`--type must be one of [json merge strategic], not "${flagString(k.flags, 'type')}"`);
  const body = patchBody(text);
  if (k.flags.args.length === 0) throw plainError(NO_RESOURCES);
  const dry = dryRunStrategy(k);
  const output = flagString(k.flags, 'output');
  const api = k.cluster.api;
  const errors: SourcedError[] = [];
  for (const g of groupByType(resourceTargets(k.flags.args))) {
    if (g.names === undefined) throw plainError('resource(s) were provided, but no name was specified');
    for (const name of g.names) {
      try {
        // The builder fetches the object first: NotFound comes from that GET.
        const current = api.get(g.type, k.namespace, name);
        if (isServerError(body)) throw body.serverError;
        if (subresource === 'status' && !g.type.subresources.includes('status')) {
          // The API server has no such subresource: the GET of <type>/<name>/status is a 404.
          throw pathNotFound();
        }
        const next = applyPatch(patchType, structuredClone(current), body as Json, g.type);
        next.metadata = { ...next.metadata, name, ...(current.metadata.namespace ? { namespace: current.metadata.namespace } : {}) };
        let result;
        if (subresource === 'status') {
          // The status subresource's strategy keeps everything but the status as stored.
          const statusOnly = { ...structuredClone(current), status: next['status'] };
          result = dry === 'client' || dry === 'server' ? statusOnly : api.updateStatus(g.type, statusOnly);
        } else {
          if (g.type.subresources.includes('status') && 'status' in current) next['status'] = current['status'];
          result = dry === 'client' ? next : api.update(g.type, k.namespace, next, { dryRun: dry === 'server' });
        }
        const changed = JSON.stringify(result) !== JSON.stringify(current);
        const format = outputFormatOf(k, 'patch');
        if (format) {
          printOutput(k, format, [result]);
          continue;
        }
        // patch.go's message says nothing of a dry run, either kind.
        k.out(`${formatName(g.type.kind, g.type.group || undefined, name)} ${changed ? 'patched' : 'patched (no change)'}\n`);
      } catch (e) {
        errors.push({ error: e });
      }
    }
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}
