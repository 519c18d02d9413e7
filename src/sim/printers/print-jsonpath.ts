// `-o jsonpath=...`: cli-runtime's JSONPathPrinter around client-go jsonpath, with kubectl's
// error texts (printed by kubectl as `error: ` + message). Missing keys print nothing unless
// --allow-missing-template-keys=false.
import { goQuote } from '../api/schema/go-quote.js';
import { goSprintSharpV } from './go-format.js';
import { JsonPath } from './jsonpath/jsonpath.js';
import { JsonPathParseError } from './jsonpath/parser.js';

export type JsonPathOutcome = { ok: true; stdout: string } | { ok: false; stdout: string; error: string };

export interface JsonPathPrintOptions {
  /** --allow-missing-template-keys (kubectl's default is true). */
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json`. */
  asJson?: boolean;
}

/** Parses a template as kubectl does; returns the error message when it does not parse. */
export function compileJsonPath(template: string, options: JsonPathPrintOptions = {}): JsonPath | { error: string } {
  try {
    return new JsonPath(template, options.allowMissingKeys ?? true, options.asJson ?? false);
  } catch (err) {
    if (err instanceof JsonPathParseError) return { error: `error parsing jsonpath ${template}, ${err.message}\n` };
    throw err;
  }
}

/** Prints one object (often a List) through a compiled template, as JSONPathPrinter.PrintObj does. */
export function printJsonPathWith(path: JsonPath, template: string, obj: unknown): JsonPathOutcome {
  try {
    return { ok: true, stdout: path.execute(obj) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const buf =
      `Error executing template: ${message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSprintSharpV(obj)}\n\n`;
    return { ok: false, stdout: '', error: `error executing jsonpath ${goQuote(template)}: ${buf}\n` };
  }
}

/** `kubectl get -o jsonpath=TEMPLATE` of one object: stdout, or the error kubectl reports. */
export function printJsonPath(template: string, obj: unknown, options: JsonPathPrintOptions = {}): JsonPathOutcome {
  const compiled = compileJsonPath(template, options);
  if ('error' in compiled) return { ok: false, stdout: '', error: compiled.error };
  return printJsonPathWith(compiled, template, obj);
}
