// `-o` formats for objects: yaml, json, name, jsonpath, custom-columns; one named object prints
// as itself, anything else as a v1 List (what kubectl's get does).
import type { KubeObject } from '../../api/types.js';
import { plainError } from '../errors.js';
import { printCustomColumns } from '../print/custom-columns.js';
import { printJson } from '../print/print-json.js';
import { printJsonPath } from '../print/print-jsonpath.js';
import { printNames } from '../print/print-name.js';
import { toList } from '../print/to-list.js';
import { printYaml } from '../print/yaml/print-yaml.js';

export type OutputFormat =
  | { kind: 'table' }
  | { kind: 'wide' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string };

/** The formats printers.PrintFlags knows: get adds the human-readable ones (`wide`, custom columns). */
const GENERIC = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];
const GET_ONLY = ['custom-columns', 'custom-columns-file', 'wide'];

/**
 * `-o` as PrintFlags.ToPrinter reads it (kubectl validates it before doing anything): the formats
 * we print, kubectl's errors for a template format without its template and for an unknown format.
 */
export function parseOutput(value: string | undefined, verb = 'get'): OutputFormat {
  if (value === undefined || value === '') return { kind: 'table' };
  const human = verb === 'get';
  if (value === 'yaml' || value === 'json' || value === 'name' || (human && value === 'wide')) return { kind: value };
  const m = value.match(/^(jsonpath|jsonpath-as-json|custom-columns)=(.*)$/s);
  if (m && (human || m[1] !== 'custom-columns')) {
    if (m[1] === 'custom-columns') return { kind: 'custom-columns', spec: m[2]! };
    return { kind: 'jsonpath', template: m[2]!, asJson: m[1] === 'jsonpath-as-json' };
  }
  if (['jsonpath', 'jsonpath-as-json', 'go-template', 'template'].includes(value)) throw plainError('template format specified but no template given');
  if (human && value === 'custom-columns') throw plainError('custom-columns format specified but no custom columns given');
  const allowed = (human ? [...GENERIC, ...GET_ONLY] : GENERIC).sort();
  throw plainError(`unable to match a printer suitable for the output format "${value}", allowed formats are: ${allowed.join(',')}`);
}

/** Prints objects in a non-table format; `single` prints one object rather than a List. */
export function outputObjects(format: OutputFormat, objects: KubeObject[], single: boolean, options: { noHeaders?: boolean; allowMissingKeys?: boolean } = {}): { stdout: string; error?: string } {
  const subject: unknown = single ? objects[0] : toList(objects);
  switch (format.kind) {
    case 'yaml':
      return { stdout: printYaml(subject) };
    case 'json':
      return { stdout: printJson(subject) };
    case 'name':
      return { stdout: printNames(objects) };
    case 'jsonpath': {
      const r = printJsonPath(format.template, subject, { asJson: format.asJson, allowMissingKeys: options.allowMissingKeys ?? true });
      return r.ok ? { stdout: r.stdout } : { stdout: r.stdout, error: r.error.replace(/\n$/, '') };
    }
    case 'custom-columns': {
      const r = printCustomColumns(format.spec, subject, { noHeaders: options.noHeaders ?? false });
      return r.ok ? { stdout: r.stdout } : { stdout: r.stdout, error: r.error };
    }
    default:
      return { stdout: '' };
  }
}
