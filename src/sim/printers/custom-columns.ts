// `-o custom-columns=HEADER:path,...` and `-o custom-columns-file=FILE` (cli-runtime
// customcolumn.go): each column's relaxed field spec becomes a `{.path}` jsonpath template run
// with missing keys allowed; no result prints `<none>`, several are joined with ','. Errors are
// returned as the message kubectl prints after `error: `.
import { escapeTerminal } from './escape-terminal.js';
import { goSprintV } from './go-format.js';
import { JsonPath } from './jsonpath/jsonpath.js';
import { JsonPathParseError } from './jsonpath/parser.js';
import { GET_TABWRITER } from './print-table.js';
import { tabwrite } from './tabwriter.js';

export interface CustomColumn {
  header: string;
  /** The complete jsonpath template, e.g. `{.metadata.name}`. */
  fieldSpec: string;
}

export type CustomColumnsOutcome = { ok: true; stdout: string } | { ok: false; stdout: string; error: string };

const JSON_REGEXP = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/**
 * RelaxedJSONPathExpression: `metadata.name`, `.metadata.name`, `{metadata.name}` and
 * `{.metadata.name}` all become `{.metadata.name}`; '' stays ''.
 */
export function relaxedJsonPathExpression(pathExpression: string): { spec: string } | { error: string } {
  if (pathExpression.length === 0) return { spec: pathExpression };
  const m = JSON_REGEXP.exec(pathExpression);
  if (m === null) {
    return { error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  }
  const fieldSpec = m[1] !== undefined && m[1].length > 0 ? m[1] : (m[2] ?? '');
  return { spec: `{.${fieldSpec}}` };
}

/** NewCustomColumnsPrinterFromSpec: a comma-separated list of `<header>:<json-path-expr>`. */
export function parseCustomColumnsSpec(spec: string): CustomColumn[] | { error: string } {
  if (spec.length === 0) return { error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon === -1) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const relaxed = relaxedJsonPathExpression(part.slice(colon + 1));
    if ('error' in relaxed) return relaxed;
    columns.push({ header: part.slice(0, colon), fieldSpec: relaxed.spec });
  }
  return columns;
}

/** bufio.ScanWords over one line: fields split on Unicode white space. */
function splitOnWhitespace(line: string): string[] {
  return line.split(/[\s\u0085\u00a0]+/u).filter((w) => w.length > 0);
}

/**
 * NewCustomColumnsPrinterFromTemplate (`--custom-columns-file`): a line of headers and a line of
 * field specs, both separated by white space.
 */
export function parseCustomColumnsTemplate(text: string): CustomColumn[] | { error: string } {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (text.length === 0 || lines[0] === undefined) {
    return { error: 'invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.' };
  }
  const specLine = lines[1];
  if (specLine === undefined || (specLine === '' && lines.length === 2)) {
    return { error: 'invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.' };
  }
  const headers = splitOnWhitespace(lines[0]);
  const specs = splitOnWhitespace(specLine);
  if (headers.length !== specs.length) {
    return { error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` };
  }
  const columns: CustomColumn[] = [];
  for (let i = 0; i < headers.length; i++) {
    const relaxed = relaxedJsonPathExpression(specs[i] ?? '');
    if ('error' in relaxed) return relaxed;
    columns.push({ header: headers[i] ?? '', fieldSpec: relaxed.spec });
  }
  return columns;
}

function isListObject(obj: unknown): obj is { items: unknown[] } {
  return typeof obj === 'object' && obj !== null && Array.isArray((obj as { items?: unknown }).items);
}

/**
 * CustomColumnsPrinter.PrintObj for one object (a List prints one row per item), through a
 * fresh tabwriter like `kubectl get`'s (3 spaces between columns). The header line is printed
 * unless `noHeaders`.
 */
export function printCustomColumnsWith(columns: readonly CustomColumn[], obj: unknown, options: { noHeaders?: boolean } = {}): CustomColumnsOutcome {
  let text = '';
  if (!options.noHeaders) text += `${columns.map((c) => c.header).join('\t')}\n`;
  const parsers: JsonPath[] = [];
  for (const column of columns) {
    try {
      parsers.push(new JsonPath(column.fieldSpec, true));
    } catch (err) {
      if (err instanceof JsonPathParseError) return { ok: false, stdout: '', error: err.message };
      throw err;
    }
  }
  const objects = isListObject(obj) ? obj.items : [obj];
  for (const item of objects) {
    const cells: string[] = [];
    for (const parser of parsers) {
      let values: unknown[][];
      try {
        values = parser.findResults(item);
      } catch (err) {
        // Rows already written stay on stdout (the tabwriter is flushed on return).
        return { ok: false, stdout: tabwrite(text, GET_TABWRITER), error: err instanceof Error ? err.message : String(err) };
      }
      const strings: string[] = [];
      if (values.length === 0 || (values[0] ?? []).length === 0) strings.push('<none>');
      for (const list of values) for (const v of list) strings.push(escapeTerminal(goSprintV(v)));
      cells.push(strings.join(','));
    }
    text += `${cells.join('\t')}\n`;
  }
  return { ok: true, stdout: tabwrite(text, GET_TABWRITER) };
}

/** `kubectl get -o custom-columns=SPEC` of one object or List. */
export function printCustomColumns(spec: string, obj: unknown, options: { noHeaders?: boolean } = {}): CustomColumnsOutcome {
  const columns = parseCustomColumnsSpec(spec);
  if ('error' in columns) return { ok: false, stdout: '', error: columns.error };
  return printCustomColumnsWith(columns, obj, options);
}
