// Fence attributes -> FenceAttributes, with a diagnostic for every unknown, malformed, repeated
// or badly valued attribute, each at the attribute's own column on the fence line.
import { closestName, describeChoices } from './closest-name.js';
import { lessonCodes } from './codes.js';
import { attributeNames, attributeSpecs, isAttributeName, type AttributeName } from './fence-attribute-specs.js';
import { makeDiagnostic } from './make-diagnostic.js';
import type { InfoProblem, TokenizedInfo } from './tokenize-info-string.js';
import type { Diagnostic, FenceAttributes } from './types.js';

export interface ParsedAttributes {
  attrs: FenceAttributes;
  /** Column of each attribute that was written (valid or not), for checks that span attributes. */
  columns: Partial<Record<AttributeName, number>>;
  diagnostics: Diagnostic[];
}

/** Validates the attributes of a block that runs (file, console or script block). */
export function parseFenceAttributes(info: TokenizedInfo, file: string, line: number): ParsedAttributes {
  const attrs: FenceAttributes = { hidden: false, norun: false };
  const columns: Partial<Record<AttributeName, number>> = {};
  const diagnostics = info.problems.map((p) => problemDiagnostic(p, file, line));
  const report = (column: number, code: Parameters<typeof makeDiagnostic>[0], message: string, hint?: string): void => {
    diagnostics.push(makeDiagnostic(code, file, { line, column }, message, hint));
  };
  for (const token of info.tokens) {
    const { key, value, style, column } = token;
    if (!isAttributeName(key)) {
      report(column, lessonCodes.unknownAttribute, `Unknown attribute "${key}", ${describeChoices(key, attributeNames)}`);
      continue;
    }
    const earlier = columns[key];
    if (earlier !== undefined) {
      report(column, lessonCodes.duplicateAttribute, `Duplicate attribute "${key}": it is already given at column ${earlier}`, 'Keep one of them.');
      continue;
    }
    columns[key] = column;
    const spec = attributeSpecs[key];
    if (spec.flag) {
      if (value !== undefined) {
        report(column, lessonCodes.flagWithValue, `Attribute "${key}" is a flag and takes no value, got ${key}=${value}`, `Write just "${key}".`);
      }
      spec.apply(attrs, '', 'bare');
      continue;
    }
    if (value === undefined && spec.optionalValue) {
      spec.apply(attrs, '', 'bare');
      continue;
    }
    if (value === undefined || (value === '' && style === 'bare')) {
      report(column, lessonCodes.missingAttributeValue, `Attribute "${key}" needs a value, expected ${spec.example}`);
      continue;
    }
    const problem = spec.apply(attrs, value, style ?? 'bare');
    if (problem) report(column, problem.code, problem.message, problem.hint);
  }
  return { attrs, columns, diagnostics };
}

/**
 * Checks the attributes of a block that does not run. Other tools' attributes (`title="x"`,
 * `{1,3}`) are left alone; kindling attributes, and near misses of them, are reported.
 */
export function checkProseAttributes(info: TokenizedInfo, lang: string, file: string, line: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const known = info.tokens.filter((t) => isAttributeName(t.key));
  const first = known[0];
  if (first) {
    const names = known.map((t) => t.key).join(', ');
    const what = lang === '' ? 'a block without a language' : `a ${lang} block`;
    diagnostics.push(
      makeDiagnostic(
        lessonCodes.attributesOnProseBlock,
        file,
        { line, column: first.column },
        `Attribute${known.length > 1 ? 's' : ''} ${names} on ${what}, which does not run: only file= blocks and console, sh, bash and shell blocks run`,
        'Add file=NAME to write the block into the workspace, use a console or sh block, or remove the attributes.',
      ),
    );
  }
  for (const token of info.tokens) {
    // Only a one-edit near miss (`fiel=`, `hiden`): other tools use their own attributes here.
    if (isAttributeName(token.key) || token.key.length < 3 || closestName(token.key, attributeNames, 1) === undefined) continue;
    diagnostics.push(
      makeDiagnostic(lessonCodes.unknownAttribute, file, { line, column: token.column }, `Unknown attribute "${token.key}", ${describeChoices(token.key, attributeNames)}`),
    );
  }
  return diagnostics;
}

function problemDiagnostic(problem: InfoProblem, file: string, line: number): Diagnostic {
  const place = { line, column: problem.column };
  if (problem.kind === 'unterminated-quote') {
    return makeDiagnostic(
      lessonCodes.unterminatedQuote,
      file,
      place,
      `Unterminated quote in ${problem.text}: expected a closing ${problem.quote ?? '"'}`,
      'Inside double quotes, write \\" for a quote and \\\\ for a backslash.',
    );
  }
  return makeDiagnostic(lessonCodes.malformedAttribute, file, place, `Malformed attribute "${problem.text}", expected key=value, key="a b" or a bare flag`);
}
