// `-o` formats for objects: yaml, json, name, jsonpath, custom-columns; one named object prints
// as itself, anything else as a v1 List (what kubectl's get does).
import type { KubeObject } from '../../api/types.js';
import { usageError } from '../errors.js';
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
export function outputObjects(format: OutputFormat, objects: KubeObject[], single: boolean): { stdout: string; error?: string } {
  const subject: unknown = single ? objects[0] : toList(objects);
  switch (format.kind) {
    case 'yaml':
      return { stdout: printYaml(subject) };
    case 'json':
      return { stdout: printJson(subject) };
    case 'name':
      return { stdout: printNames(objects) };
    case 'jsonpath': {
      const r = printJsonPath(format.template, subject, { asJson: format.asJson });
      return r.ok ? { stdout: r.stdout } : { stdout: r.stdout, error: r.error.replace(/\n$/, '') };
    }
    case 'custom-columns':
      return customColumns(format.spec, objects);
    default:
      return { stdout: '' };
  }
}

function customColumns(spec: string, objects: KubeObject[]): { stdout: string; error?: string } {
  const cols = spec.split(',').map((c) => {
    const i = c.indexOf(':');
    return { header: c.slice(0, i), path: c.slice(i + 1) };
  });
  if (cols.some((c) => c.header === '' || c.path === '')) {
    return { stdout: '', error: `error: unexpected custom-columns spec: ${spec}, expected <header>:<json-path-expr>` };
  }
  const cell = (o: KubeObject, path: string): string => {
    const tpl = path.startsWith('{') ? path : `{${path.startsWith('.') ? path : `.${path}`}}`;
    const r = printJsonPath(tpl, o);
    return r.ok && r.stdout !== '' ? r.stdout : '<none>';
  };
  const rows = [cols.map((c) => c.header), ...objects.map((o) => cols.map((c) => cell(o, c.path)))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i]! + 3))).join(''));
  return { stdout: `${lines.join('\n')}\n` };
}
