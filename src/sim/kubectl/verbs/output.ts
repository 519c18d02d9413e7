// `-o` formats for objects: yaml, json, name, jsonpath, custom-columns; one named object prints
// as itself, anything else as a v1 List (what kubectl's get does).
import type { KubeObject } from '../../api/types.js';
import { usageError } from '../errors.js';
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

const ALLOWED = 'custom-columns, custom-columns-file, go-template, go-template-file, json, jsonpath, jsonpath-as-json, jsonpath-file, name, template, templatefile, wide, yaml';

export function parseOutput(value: string | undefined, verb = 'get'): OutputFormat {
  if (value === undefined || value === '') return { kind: 'table' };
  if (value === 'wide' || value === 'yaml' || value === 'json' || value === 'name') return { kind: value };
  const m = value.match(/^(jsonpath|jsonpath-as-json|custom-columns)=(.*)$/s);
  if (m) {
    if (m[1] === 'custom-columns') return { kind: 'custom-columns', spec: m[2]! };
    return { kind: 'jsonpath', template: m[2]!, asJson: m[1] === 'jsonpath-as-json' };
  }
  throw usageError(verb, `unable to match a printer suitable for the output format "${value}", allowed formats are: ${ALLOWED}`);
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
