// `-o go-template=...`, `--template`, `-o go-template-file=...`: cli-runtime's GoTemplatePrinter
// (staging/src/k8s.io/cli-runtime/pkg/printers/template.go): the template is named "output", has
// kubectl's functions (exists, base64decode), runs on the object as JSON decoded into
// map[string]interface{} (integers stay int64), and on failure prints what it was given to stdout
// and returns `error executing template "...": ...`.
import { goQuote } from '../api/schema/go-quote.js';
import { marshalGoJson } from './go-json.js';
import { goSprint } from './go-sprintf.js';
import { fromJson } from './go-value.js';
import { executeTemplate } from './gotemplate/exec.js';
import { kubectlTemplateFuncs } from './gotemplate/funcs.js';
import { parseTemplate, TemplateParseError, type ParsedTemplate } from './gotemplate/parse.js';

export type GoTemplateOutcome = { ok: true; stdout: string } | { ok: false; stdout: string; error: string };

export interface CompiledGoTemplate {
  raw: string;
  parsed: ParsedTemplate;
}

const FUNCS = kubectlTemplateFuncs();
const FUNC_NAMES = new Set(FUNCS.keys());

/** NewGoTemplatePrinter: the compiled template, or kubectl's `error parsing template` message. */
export function compileGoTemplate(template: string): CompiledGoTemplate | { error: string } {
  try {
    return { raw: template, parsed: parseTemplate('output', template, FUNC_NAMES) };
  } catch (e) {
    if (e instanceof TemplateParseError) return { error: `error parsing template ${template}, ${e.message}\n` };
    throw e;
  }
}

/** GoTemplatePrinter.PrintObj of one object (often a List). */
export function printGoTemplateWith(compiled: CompiledGoTemplate, obj: unknown, allowMissingKeys = true): GoTemplateOutcome {
  // json.Marshal, then json.Unmarshal into map[string]interface{}: a deep copy of plain data.
  const raw = marshalGoJson(obj);
  const data = JSON.parse(raw) as Record<string, unknown>;
  const r = executeTemplate(compiled.parsed, FUNCS, fromJson(data, false), allowMissingKeys ? 'default' : 'error');
  if (r.error === undefined) return { ok: true, stdout: r.output };
  const debug =
    `Error executing template: ${r.error}. Printing more information for debugging the template:\n` +
    `\ttemplate was:\n\t\t${compiled.raw}\n` +
    `\traw data was:\n\t\t${raw}\n` +
    `\tobject given to template engine was:\n\t\t${goSprint([fromJson(data, false)])}\n\n`;
  return { ok: false, stdout: r.output + debug, error: `error executing template ${goQuote(compiled.raw)}: ${r.error}` };
}

/** `-o go-template=TEMPLATE` of one object: stdout, or the error kubectl reports. */
export function printGoTemplate(template: string, obj: unknown, allowMissingKeys = true): GoTemplateOutcome {
  const compiled = compileGoTemplate(template);
  if ('error' in compiled) return { ok: false, stdout: '', error: compiled.error };
  return printGoTemplateWith(compiled, obj, allowMissingKeys);
}
