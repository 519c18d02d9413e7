// `-o` formats for objects: yaml, json, name, jsonpath, custom-columns, go-template; one named
// object prints as itself, anything else as a v1 List (what kubectl's get does).
import type { KubeObject } from '../../api/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagBool, flagString, type FlagSpec } from '../flags.js';
import { printCustomColumns } from '../../printers/custom-columns.js';
import { compileGoTemplate, printGoTemplateWith, type CompiledGoTemplate } from '../../printers/print-go-template.js';
import { printJson } from '../../printers/print-json.js';
import { printJsonPath } from '../../printers/print-jsonpath.js';
import { printNames } from '../../printers/print-name.js';
import { toList } from '../../printers/to-list.js';
import { printYaml } from '../../printers/yaml/print-yaml.js';

export type OutputFormat =
  | { kind: 'table' }
  | { kind: 'wide' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string }
  | { kind: 'go-template'; compiled: CompiledGoTemplate };

/** The flags cli-runtime's PrintFlags adds besides `-o` (every verb whose `-o` prints objects). */
export const TEMPLATE_FLAGS: FlagSpec[] = [
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

/** Where parseOutput reads a template file from (`-o go-template-file=FILE`). */
export type ReadTemplateFile = (path: string) => string;

/** The formats printers.PrintFlags knows: get adds the human-readable ones (`wide`, custom columns). */
const GENERIC = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];
const GET_ONLY = ['custom-columns', 'custom-columns-file', 'wide'];

const GO_TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];
const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-as-json', 'jsonpath-file'];

/**
 * `-o` (and `--template`) as PrintFlags.ToPrinter reads them (kubectl validates them before doing
 * anything; cli-runtime printers/template_flags.go, jsonpath_flags.go): the formats we print,
 * kubectl's errors for a template format without its template, a template that does not parse
 * and an unknown format. `--template` alone means go-template.
 */
export function parseOutput(value: string | undefined, verb = 'get', template?: string, readFile?: ReadTemplateFile): OutputFormat {
  const templateGiven = template !== undefined && template !== '';
  if (templateGiven && (value === undefined || value === '')) value = 'go-template';
  if (value === undefined || value === '') return { kind: 'table' };
  const human = verb === 'get';
  if (value === 'yaml' || value === 'json' || value === 'name' || (human && value === 'wide')) return { kind: value };
  if (human && value.startsWith('custom-columns=')) return { kind: 'custom-columns', spec: value.slice('custom-columns='.length) };
  // The template formats: `FORMAT=TEMPLATE`, or FORMAT with --template.
  let format = value;
  let text = templateGiven ? template : '';
  if (!templateGiven) {
    const m = value.match(/^(jsonpath|jsonpath-as-json|jsonpath-file|go-template|go-template-file|template|templatefile)=(.*)$/s);
    if (m) [format, text] = [m[1]!, m[2]!];
  }
  if (JSONPATH_FORMATS.includes(format) || GO_TEMPLATE_FORMATS.includes(format)) {
    if (text === '') throw plainError('template format specified but no template given');
    if (format.endsWith('file')) text = readTemplateFile(text, readFile);
    if (JSONPATH_FORMATS.includes(format)) return { kind: 'jsonpath', template: text, asJson: format === 'jsonpath-as-json' };
    const compiled = compileGoTemplate(text);
    if ('error' in compiled) throw plainError(compiled.error.replace(/\n$/, ''));
    return { kind: 'go-template', compiled };
  }
  if (human && value === 'custom-columns') throw plainError('custom-columns format specified but no custom columns given');
  const allowed = (human ? [...GENERIC, ...GET_ONLY] : GENERIC).sort();
  throw plainError(`unable to match a printer suitable for the output format "${value}", allowed formats are: ${allowed.join(',')}`);
}

/** os.ReadFile of a template file, with Go's error text inside kubectl's. */
function readTemplateFile(path: string, readFile: ReadTemplateFile | undefined): string {
  if (!readFile) throw plainError('kindling: kubectl -o go-template-file has no files to read here');
  try {
    return readFile(path);
  } catch (e) {
    if (!isFsError(e)) throw e;
    const why = e.code === 'EISDIR' ? `read ${path}: is a directory` : `open ${path}: ${e.text.charAt(0).toLowerCase()}${e.text.slice(1)}`;
    throw plainError(`error reading --template ${path}, ${why}`);
  }
}

/** The `-o`/`--template` format a verb was given, or undefined when it prints its usual line. */
export function outputFormatOf(k: Kubectl, verb: string = k.verb): OutputFormat | undefined {
  const output = flagString(k.flags, 'output');
  const template = flagString(k.flags, 'template');
  if ((output === undefined || output === '') && (template === undefined || template === '')) return undefined;
  return parseOutput(output, verb, template, (path) => k.io.fs.readFile(resolvePath(k.io.cwd, path)));
}

/** Prints objects with the verb's `-o`, as kubectl does after a write: a template that fails is an error. */
export function printOutput(k: Kubectl, format: OutputFormat, objects: KubeObject[]): void {
  const r = outputObjects(format, objects, objects.length === 1, { allowMissingKeys: flagBool(k.flags, 'allow-missing-template-keys', true) });
  k.out(r.stdout);
  if (r.error) throw plainError(r.error);
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
    case 'go-template': {
      const r = printGoTemplateWith(format.compiled, subject, options.allowMissingKeys ?? true);
      return r.ok ? { stdout: r.stdout } : { stdout: r.stdout, error: r.error };
    }
    default:
      return { stdout: '' };
  }
}
